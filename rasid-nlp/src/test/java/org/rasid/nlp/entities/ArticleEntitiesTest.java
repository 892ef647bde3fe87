package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;

class ArticleEntitiesTest {
  private static final EntityLinker LINKER = EntityLinker.defaults();

  private static ListedNames tagger() {
    return new ListedNames()
        .person("مصطفى الكاظمي", "الكاظمي")
        .place("طهران", "العراق")
        .org("رويترز");
  }

  private static Article article(String title, List<Block> blocks) {
    return new Article(Article.SCHEMA_VERSION, "00000000000000a1", null, null, List.of(), List.of(), null, null,
        null, title, List.of(), blocks, List.of(), List.of(), "ar", List.of());
  }

  private static final Article VISIT = article("الكاظمي يصل إلى طهران", List.of(
      Block.paragraph("وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران في زيارة رسمية، بحسب ما أفادت رويترز."),
      Block.paragraph("وقال الكاظمي إن العراق يسعى إلى تهدئة التوتر في المنطقة.")));

  @Test
  void withACorpusALaterArticleNamingOnlyTheSurnameGetsTheFullName() {
    ArticleEntities step = new ArticleEntities(tagger(), LINKER).withCorpus(CorpusEntities.inMemory());
    Article later = article("الكاظمي يعود إلى بغداد", List.of(Block.paragraph("عاد الكاظمي إلى بغداد مساء الاثنين.")));
    Entity alone = new ArticleEntities(tagger(), LINKER).annotate(later).entities().getFirst();
    assertThat(alone.canonical()).isEqualTo("الكاظمي"); // without the corpus: all the article says

    Entity full = step.annotate(VISIT).entities().getFirst();
    Entity linked = step.annotate(later).entities().getFirst();
    assertThat(linked.canonical()).isEqualTo("مصطفى الكاظمي");
    assertThat(linked.id()).isEqualTo(full.id());
    assertThat(linked.mentions()).extracting(EntityMention::text).containsExactly("الكاظمي", "الكاظمي");
    assertThat(ArticleEntities.off("x").withCorpus(CorpusEntities.inMemory()).enabled()).isFalse();
  }

  @Test
  void tagsTheTitleAndEveryBlockAndLinksTheMentions() {
    Article out = new ArticleEntities(tagger(), LINKER).annotate(VISIT);

    assertThat(out.entities()).extracting(Entity::type, Entity::canonical).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Entity.PERSON, "مصطفى الكاظمي"),
        org.assertj.core.groups.Tuple.tuple(Entity.LOCATION, "طهران"),
        org.assertj.core.groups.Tuple.tuple(Entity.ORGANIZATION, "رويترز"),
        org.assertj.core.groups.Tuple.tuple(Entity.LOCATION, "العراق"));
    Entity kadhimi = out.entities().get(0);
    assertThat(kadhimi.mentions()).extracting(EntityMention::block).contains(EntityMention.TITLE, 0, 1);
    assertThat(kadhimi.country()).isEqualTo("IQ");
    assertThat(out.entities().get(1).country()).isEqualTo("IR");
    // the text is untouched
    assertThat(out.withEntities(List.of())).isEqualTo(VISIT);
  }

  @Test
  void replacesEntitiesTheArticleAlreadyHad() {
    ArticleEntities step = new ArticleEntities(tagger(), LINKER);
    Article once = step.annotate(VISIT);
    Article stale = once.withEntities(List.of(new Entity("p-0", "قديم", Entity.PERSON, null, List.of())));
    assertThat(step.annotate(stale)).isEqualTo(once);
  }

  @Test
  void offReturnsTheArticleUnchangedAndSaysWhy() {
    ArticleEntities off = ArticleEntities.off("no model");
    assertThat(off.enabled()).isFalse();
    assertThat(off.unavailable()).contains("no model");
    ArticleEntities.Result r = off.run(VISIT);
    assertThat(r.article()).isSameAs(VISIT);
    assertThat(r.unlinked()).isZero();
  }

  @Test
  void shippedIsEitherEnabledOrSaysWhyNot() {
    ArticleEntities shipped = ArticleEntities.shipped();
    assertThat(shipped.enabled()).isNotEqualTo(shipped.unavailable().isPresent());
    if (!shipped.enabled()) {
      assertThat(shipped.run(VISIT).article().entities()).isEmpty();
    }
  }

  @Test
  void tagsAtMostTheBoundAndCountsTheRest() {
    String paragraph = "قال مصطفى الكاظمي في العراق " + "كلام ".repeat(9_000); // ~45,000 chars
    List<Block> blocks = new ArrayList<>();
    int n = (int) (Limits.MAX_ENTITY_TAGGED_CHARS / paragraph.length()) + 3;
    for (int i = 0; i < n; i++) {
      blocks.add(Block.paragraph(paragraph));
    }
    Article big = article("", blocks);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger chars = new AtomicInteger();
    ListedNames inner = tagger();
    EntityLinker.MentionSource counting = text -> {
      calls.incrementAndGet();
      chars.addAndGet(text.length());
      return inner.mentions(text);
    };

    ArticleEntities.Result r = new ArticleEntities(counting, LINKER).run(big);

    int tagged = Limits.MAX_ENTITY_TAGGED_CHARS / paragraph.length();
    assertThat(calls.get()).isEqualTo(1); // the article is one document
    assertThat(chars.get()).isEqualTo(tagged * paragraph.length() + (tagged - 1) * ArticleEntities.SEPARATOR.length());
    assertThat(r.untaggedChars()).isEqualTo((long) (n - tagged) * paragraph.length());
    Entity kadhimi = r.article().entities().get(0);
    assertThat(kadhimi.mentions()).extracting(EntityMention::block).allMatch(b -> b < tagged);
    assertThat(kadhimi.mentions()).hasSize(tagged);
  }

  @Test
  void theArticleIsTaggedAsOneDocumentAndMentionsGoBackToTheirBlocks() {
    List<String> seen = new ArrayList<>();
    ListedNames inner = tagger();
    ArticleEntities step = new ArticleEntities(text -> {
      seen.add(text);
      return inner.mentions(text);
    }, LINKER);
    Article out = step.annotate(VISIT);
    assertThat(seen).containsExactly(VISIT.title() + "\n\n" + VISIT.blocks().get(0).text() + "\n\n"
        + VISIT.blocks().get(1).text());
    for (Entity e : out.entities()) {
      for (EntityMention m : e.mentions()) {
        String text = m.block() == EntityMention.TITLE ? VISIT.title() : VISIT.blocks().get(m.block()).text();
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void aMentionAcrossTwoTextsIsCountedNotLinked() {
    ArticleEntities step = new ArticleEntities(text -> {
      int at = text.indexOf("\n\n");
      return List.of(new org.rasid.nlp.ner.Mention(org.rasid.nlp.ner.EntityType.PERSON,
          text.substring(at - 3, at + 4), at - 3, at + 4, 0, 2));
    }, LINKER);
    ArticleEntities.Result r = step.run(VISIT);
    assertThat(r.article().entities()).isEmpty();
    assertThat(r.unlinked()).isEqualTo(1);
  }

  @Test
  void sameArticleSameEntitiesOnManyThreads() {
    ArticleEntities step = new ArticleEntities(tagger(), LINKER);
    Article first = step.annotate(VISIT);
    List<Article> all = IntStream.range(0, 64).parallel().mapToObj(i -> step.annotate(VISIT)).toList();
    assertThat(all).allMatch(first::equals);
  }

  @Test
  void aTaggerFailureReachesTheCaller() {
    ArticleEntities step = new ArticleEntities(text -> {
      throw new IllegalStateException("tagger broke");
    }, LINKER);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> step.run(VISIT)).hasMessageContaining("tagger broke");
  }
}
