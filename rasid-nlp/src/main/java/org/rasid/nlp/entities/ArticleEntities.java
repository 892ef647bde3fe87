package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.nlp.entities.EntityLinker.MentionSource;
import org.rasid.nlp.ner.Mention;
import org.rasid.nlp.ner.NerTagger;

/**
 * The entity step of the pipeline: an {@link Article} → the same article with its {@code entities} filled. The
 * title and each block are tagged by a {@link MentionSource} (the shipped {@link NerTagger}, or any other), the
 * mentions linked by an {@link EntityLinker} (short names, titles, clitics, places resolved to a country).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Bounded: at most {@link Limits#MAX_ENTITY_TAGGED_CHARS} characters of an article are tagged (title first, then
 *       whole blocks in order; the first block that would pass the bound and every block after it are not tagged,
 *       and {@link Result#untaggedChars()} counts their characters); the linker links at most {@link
 *       Limits#MAX_ENTITY_MENTIONS} mentions and counts the rest in {@link Result#unlinked()}.
 *   <li>Pure, deterministic and thread-safe when the tagger is (the shipped one is): nothing is kept between
 *       articles; the same article gives the same entities.
 *   <li>Degrades cleanly: {@link #shipped()} without a usable model (missing or damaged resource) gives an instance
 *       that is not {@link #enabled()}, whose {@link #unavailable()} says why (for one warning), and that returns
 *       every article unchanged, with no entities.
 *   <li>A tagger or linker failure on one article is thrown to the caller as a {@link RuntimeException}; the
 *       pipeline reports it and keeps the article without entities (see {@code Ingester}).
 * </ul>
 */
public final class ArticleEntities {
  private final MentionSource tagger;
  private final EntityLinker linker;
  private final String unavailable;

  /**
   * An entity step with a tagger and a linker.
   *
   * @param tagger finds mentions in one text (the title or one block)
   * @param linker links them into entities
   */
  public ArticleEntities(MentionSource tagger, EntityLinker linker) {
    this(Objects.requireNonNull(tagger, "tagger"), Objects.requireNonNull(linker, "linker"), null);
  }

  private ArticleEntities(MentionSource tagger, EntityLinker linker, String unavailable) {
    this.tagger = tagger;
    this.linker = linker;
    this.unavailable = unavailable;
  }

  /** A step that finds no entities ({@code --no-entities}, or no model): every article is returned unchanged. */
  public static ArticleEntities off(String reason) {
    return new ArticleEntities(null, null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * The shipped tagger ({@link NerTagger#load()}) and linker ({@link EntityLinker#defaults()}); when either cannot be
   * loaded, a step that is {@link #off off}, saying why.
   */
  public static ArticleEntities shipped() {
    MentionSource tagger;
    try {
      NerTagger ner = NerTagger.load();
      tagger = ner::mentions;
    } catch (RuntimeException | LinkageError e) {
      return off("the named-entity model could not be loaded (" + e.getMessage() + "): articles get no entities");
    }
    try {
      return new ArticleEntities(tagger, EntityLinker.defaults());
    } catch (RuntimeException e) {
      return off("the gazetteer could not be loaded (" + e.getMessage() + "): articles get no entities");
    }
  }

  /** True when the step tags articles; false when it is {@link #off}. */
  public boolean enabled() {
    return tagger != null;
  }

  /** Why the step is off, when it is. */
  public Optional<String> unavailable() {
    return Optional.ofNullable(unavailable);
  }

  /**
   * The outcome for one article.
   *
   * @param article the article with its entities (unchanged when the step is off)
   * @param unlinked tagger mentions the linker left out (past its limit, bad spans)
   * @param untaggedChars characters of the article not tagged, past {@link Limits#MAX_ENTITY_TAGGED_CHARS}
   */
  public record Result(Article article, int unlinked, long untaggedChars) {
    public Result {
      Objects.requireNonNull(article, "article");
    }
  }

  /** The article with its entities; see {@link #run} for the details. */
  public Article annotate(Article article) {
    return run(article).article();
  }

  /**
   * Tags and links one article. Entities it already had are replaced.
   *
   * @throws RuntimeException when the tagger or the linker fails on this article
   */
  public Result run(Article article) {
    Objects.requireNonNull(article, "article");
    if (tagger == null) {
      return new Result(article, 0, 0);
    }
    List<String> texts = new ArrayList<>(article.blocks().size() + 1);
    texts.add(article.title() == null ? "" : article.title());
    article.blocks().stream().map(Block::text).forEach(texts::add);
    List<List<Mention>> mentions = new ArrayList<>(texts.size());
    long budget = Limits.MAX_ENTITY_TAGGED_CHARS;
    long untagged = 0;
    for (String text : texts) {
      if (text.isEmpty()) {
        mentions.add(List.of());
      } else if (text.length() > budget) {
        budget = 0; // once a text does not fit, nothing after it is tagged: the order stays the reading order
        untagged += text.length();
        mentions.add(List.of());
      } else {
        budget -= text.length();
        mentions.add(List.copyOf(Objects.requireNonNullElse(tagger.mentions(text), List.of())));
      }
    }
    EntityLinker.Linked linked = linker.link(texts, mentions);
    return new Result(article.withEntities(linked.entities()), linked.unlinked(), untagged);
  }
}
