package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.model.Entity;
import org.rasid.core.structure.Structurer;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.EntityLinker;
import org.rasid.nlp.entities.ListedNames;

/** The entity step in ingest: entities filled from a fake tagger; a failing step keeps the article. */
class IngesterEntitiesTest {
  @TempDir Path dir;

  private static final String VISIT = "الكاظمي يصل إلى طهران في زيارة رسمية\n\n"
      + "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران صباح اليوم في زيارة رسمية تستمر يومين، بحسب ما أفادت"
      + " وكالة رويترز.\n\n"
      + "وقال الكاظمي في مؤتمر صحفي إن العراق يسعى إلى تهدئة التوتر في المنطقة وتعزيز التعاون الاقتصادي.";
  private static final String OIL = "أسعار النفط ترتفع في الأسواق العالمية\n\n"
      + "سجلت أسعار النفط ارتفاعا ملحوظا في الأسواق العالمية خلال تداولات الأسبوع الماضي وسط توقعات بزيادة"
      + " الطلب على الخام.";

  private static ListedNames tagger() {
    return new ListedNames().person("مصطفى الكاظمي", "الكاظمي").place("طهران", "العراق").org("وكالة رويترز");
  }

  private Ingester.Summary run(InMemoryIndex index, ArticleEntities entities, String... names) throws IOException {
    List<String> args = List.of(dir.toString());
    InputWalker walker = new InputWalker(args, 5 << 20, new ByteArrayInputStream(new byte[0]));
    return new Ingester(index, new Ingester.Options(100, 2, 4), PageExtractor.html(), entities)
        .run(walker, String.join("\n", args), (d, i, a, f) -> { });
  }

  private static Article stored(InMemoryIndex index, String titleStart) {
    return index.committed.values().stream().filter(a -> a.title().startsWith(titleStart)).findFirst()
        .orElseThrow();
  }

  @Test
  void fillsEntitiesFromTheTagger() throws IOException {
    Files.writeString(dir.resolve("visit.txt"), VISIT);
    Files.writeString(dir.resolve("oil.txt"), OIL);
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, new ArticleEntities(tagger(), EntityLinker.defaults()));

    assertThat(s.ingested()).isEqualTo(2);
    assertThat(s.entityFailed()).isZero();
    Article visit = stored(index, "الكاظمي");
    assertThat(visit.entities()).extracting(Entity::type, Entity::canonical).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Entity.PERSON, "مصطفى الكاظمي"),
        org.assertj.core.groups.Tuple.tuple(Entity.LOCATION, "طهران"),
        org.assertj.core.groups.Tuple.tuple(Entity.ORGANIZATION, "رويترز"),
        org.assertj.core.groups.Tuple.tuple(Entity.LOCATION, "العراق"));
    assertThat(visit.entities().get(0).mentions()).hasSize(4); // title, full name, role phrase, short name
    assertThat(stored(index, "أسعار").entities()).isEmpty();
  }

  @Test
  void anArticleAlreadyInTheIndexIsNotTaggedAgain() throws IOException {
    Files.writeString(dir.resolve("visit.txt"), VISIT);
    InMemoryIndex index = new InMemoryIndex();
    run(index, new ArticleEntities(tagger(), EntityLinker.defaults()));
    java.util.concurrent.atomic.AtomicInteger tagged = new java.util.concurrent.atomic.AtomicInteger();
    ListedNames good = tagger();
    ArticleEntities counting = new ArticleEntities(text -> {
      tagged.incrementAndGet();
      return good.mentions(text);
    }, EntityLinker.defaults());

    Ingester.Summary again = run(index, counting);

    assertThat(again.alreadyPresent()).isEqualTo(1);
    assertThat(tagged).hasValue(0);
  }

  @Test
  void anOffStepLeavesEntitiesEmpty() throws IOException {
    Files.writeString(dir.resolve("visit.txt"), VISIT);
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, ArticleEntities.off("--no-entities"));
    assertThat(s.ingested()).isEqualTo(1);
    assertThat(stored(index, "الكاظمي").entities()).isEmpty();
  }

  @Test
  void aFailingStepIsReportedAndTheArticleStillIndexed() throws IOException {
    Files.writeString(dir.resolve("visit.txt"), VISIT);
    Files.writeString(dir.resolve("oil.txt"), OIL);
    ListedNames good = tagger();
    ArticleEntities failsOnOil = new ArticleEntities(text -> {
      if (text.contains("النفط")) {
        throw new IllegalStateException("tagger broke on this text");
      }
      return good.mentions(text);
    }, EntityLinker.defaults());
    InMemoryIndex index = new InMemoryIndex();

    Ingester.Summary s = run(index, failsOnOil);

    assertThat(s.ingested()).isEqualTo(2);
    assertThat(s.failed()).isZero();
    assertThat(s.entityFailed()).isEqualTo(1);
    assertThat(s.entityFailures()).singleElement().satisfies(f -> {
      assertThat(f.document()).endsWith("oil.txt");
      assertThat(f.reason()).contains("tagger broke on this text").contains("without them");
    });
    assertThat(stored(index, "أسعار").entities()).isEmpty();
    assertThat(stored(index, "الكاظمي").entities()).isNotEmpty();
  }

  @Test
  void aRecordWithEntitiesKeepsThem() throws IOException {
    Article tagged = new ArticleEntities(tagger(), EntityLinker.defaults())
        .annotate(new Structurer().structure(VISIT, "https://example.org/visit").article());
    Files.writeString(dir.resolve("records.jsonl"), Json.compact(tagged) + "\n");
    InMemoryIndex index = new InMemoryIndex();
    ArticleEntities other = new ArticleEntities(new ListedNames().place("العراق"), EntityLinker.defaults());
    run(index, other);
    assertThat(stored(index, "الكاظمي").entities()).isEqualTo(tagged.entities());
  }
}
