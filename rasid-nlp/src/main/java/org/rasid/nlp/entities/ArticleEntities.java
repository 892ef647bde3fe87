package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.nlp.entities.EntityLinker.MentionSource;
import org.rasid.nlp.ner.Mention;
import org.rasid.nlp.ner.NerTagger;

/**
 * The entity step of the pipeline: an {@link Article} → the same article with its {@code entities} filled. The
 * title and the blocks, joined by blank lines into one document (so the tagger's document-level cues see the whole
 * article), are tagged by a {@link MentionSource} (the shipped {@link NerTagger}, or any other); each mention is
 * given back to its text (a mention across a separator is counted unlinked), and the mentions are linked by an
 * {@link EntityLinker} (short names, titles, clitics, places resolved to a country).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Bounded: at most {@link Limits#MAX_ENTITY_TAGGED_CHARS} characters of an article are tagged (title first, then
 *       whole blocks in order; the first block that would pass the bound and every block after it are not tagged,
 *       and {@link Result#untaggedChars()} counts their characters); the linker links at most {@link
 *       Limits#MAX_ENTITY_MENTIONS} mentions and counts the rest in {@link Result#unlinked()}.
 *   <li>Pure, deterministic and thread-safe when the tagger is (the shipped one is): nothing is kept between
 *       articles; the same article gives the same entities — except {@link #withCorpus with a corpus registry},
 *       which learns from every article (still thread-safe).
 *   <li>Degrades cleanly: {@link #shipped()} without a usable model (missing or damaged resource) gives an instance
 *       that is not {@link #enabled()}, whose {@link #unavailable()} says why (for one warning), and that returns
 *       every article unchanged, with no entities.
 *   <li>A tagger or linker failure on one article is thrown to the caller as a {@link RuntimeException}; the
 *       pipeline reports it and keeps the article without entities (see {@code Ingester}).
 * </ul>
 */
public final class ArticleEntities {
  /** Between the title and the blocks in the document the tagger reads: a blank line. */
  static final String SEPARATOR = "\n\n";
  private final MentionSource tagger;
  private final EntityLinker linker;
  private final CorpusEntities corpus;
  private final String unavailable;

  /**
   * An entity step with a tagger and a linker.
   *
   * @param tagger finds mentions in one text (the title or one block)
   * @param linker links them into entities
   */
  public ArticleEntities(MentionSource tagger, EntityLinker linker) {
    this(Objects.requireNonNull(tagger, "tagger"), Objects.requireNonNull(linker, "linker"), null, null);
  }

  private ArticleEntities(MentionSource tagger, EntityLinker linker, CorpusEntities corpus, String unavailable) {
    this.tagger = tagger;
    this.linker = linker;
    this.corpus = corpus;
    this.unavailable = unavailable;
  }

  /**
   * This step, with each article's entities then put in the corpus's terms by {@code corpus} (ids and canonical
   * names across articles, see {@link CorpusEntities}). An {@link #off} step stays off.
   */
  public ArticleEntities withCorpus(CorpusEntities corpus) {
    return tagger == null ? this : new ArticleEntities(tagger, linker, Objects.requireNonNull(corpus, "corpus"), null);
  }

  /** A step that finds no entities ({@code --no-entities}, or no model): every article is returned unchanged. */
  public static ArticleEntities off(String reason) {
    return new ArticleEntities(null, null, null, Objects.requireNonNull(reason, "reason"));
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

  /** Writes the corpus registry this step was given {@link #withCorpus with}, if any ({@link CorpusEntities#save}). */
  public void saveCorpus() throws java.io.IOException {
    if (corpus != null) {
      corpus.save();
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
    // One document, so the tagger's document cues see the whole article: a name introduced with its title in one
    // paragraph is found bare in the next. Texts are joined by a blank line, which ends a sentence.
    StringBuilder doc = new StringBuilder();
    int[] offset = new int[texts.size()];
    long budget = Limits.MAX_ENTITY_TAGGED_CHARS;
    long untagged = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      offset[i] = -1;
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() > budget) {
        budget = 0; // once a text does not fit, nothing after it is tagged: the order stays the reading order
        untagged += text.length();
        continue;
      }
      budget -= text.length();
      if (!doc.isEmpty()) {
        doc.append(SEPARATOR);
      }
      offset[i] = doc.length();
      doc.append(text);
    }
    List<List<Mention>> mentions = new ArrayList<>(texts.size());
    texts.forEach(t -> mentions.add(new ArrayList<>()));
    int across = 0;
    List<Mention> found = doc.isEmpty() ? List.of()
        : Objects.requireNonNullElse(tagger.mentions(doc.toString()), List.<Mention>of());
    for (Mention m : found) {
      int i = textOf(m, offset, texts);
      if (i < 0) {
        across++; // spans a separator, or outside the document: not a mention of one text
        continue;
      }
      mentions.get(i).add(new Mention(m.type(), m.text(), m.start() - offset[i], m.end() - offset[i],
          m.firstToken(), m.endToken()));
    }
    EntityLinker.Linked linked = linker.link(texts, mentions);
    List<Entity> entities = corpus == null ? linked.entities() : corpus.resolve(linked.entities());
    return new Result(article.withEntities(entities), linked.unlinked() + across, untagged);
  }

  /** The index of the text a mention of the joined document lies in, or -1. */
  private static int textOf(Mention m, int[] offset, List<String> texts) {
    for (int i = 0; i < offset.length; i++) {
      if (offset[i] >= 0 && m.start() >= offset[i] && m.end() <= offset[i] + texts.get(i).length()) {
        return i;
      }
    }
    return -1;
  }
}
