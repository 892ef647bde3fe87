package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchRequest.Sort;

class LuceneArticleIndexLifecycleTest {
  @TempDir
  Path dir;

  private static Article numbered(int i) {
    return Fixtures.article("doc-" + i, "خبر رقم " + i, "مصدر", "2021-09-12", "نص الخبر رقم " + i + " عن الأحداث.");
  }

  private static long count(LuceneArticleIndex index) throws IOException {
    return index.search(SearchRequest.of("")).total();
  }

  @Test
  void upsertTellsWhetherTheIdIsNew() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.upsert(Fixtures.IRAN_DEAL)).isTrue();
      assertThat(index.upsert(Fixtures.IRAN_DEAL)).isFalse();
      index.commit(Map.of());
      assertThat(index.upsert(Fixtures.IRAN_DEAL)).isFalse();
      assertThat(index.upsert(Fixtures.TEHRAN_TALKS)).isTrue();
    }
  }

  @Test
  void upsertingTheSameIdKeepsOneArticle() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of());
      assertThat(index.stats().articles()).isEqualTo(1);
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of());
      assertThat(index.stats().articles()).isEqualTo(1);
      assertThat(index.search(SearchRequest.of("فيينا")).total()).isEqualTo(1);
      assertThat(index.stats().sources()).singleElement().extracting(f -> f.count()).isEqualTo(1L);
    }
  }

  @Test
  void addIfAbsentNeverReplaces() throws IOException {
    Article first = Fixtures.article("same", "العنوان الأول", "مصدر", "2021-09-12", "النص الأول عن المدرسة.");
    Article second = Fixtures.article("same", "العنوان الثاني", "مصدر", "2021-09-12", "النص الثاني عن الجامعة.");
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.addIfAbsent(first)).isTrue();
      assertThat(index.addIfAbsent(second)).isFalse(); // pending
      index.commit(Map.of());
      assertThat(index.addIfAbsent(second)).isFalse(); // committed
      index.commit(Map.of());
      assertThat(index.get("same")).get().extracting(Article::title).isEqualTo("العنوان الأول");
      assertThat(count(index)).isEqualTo(1);
    }
  }

  @Test
  void concurrentAddIfAbsentOfOneIdAddsItOnce() throws Exception {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Boolean>> added = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          Article article = numbered(i % 10);
          added.add(pool.submit(() -> index.addIfAbsent(article)));
        }
        int news = 0;
        for (Future<Boolean> f : added) {
          news += f.get() ? 1 : 0;
        }
        assertThat(news).isEqualTo(10);
      } finally {
        pool.shutdownNow();
      }
      index.commit(Map.of());
      assertThat(count(index)).isEqualTo(10);
    }
  }

  @Test
  void indexOfAnotherLayoutIsRefused() throws IOException {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var old = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig())) {
      var doc = new org.apache.lucene.document.Document();
      doc.add(new org.apache.lucene.document.StringField("id", "x", org.apache.lucene.document.Field.Store.YES));
      old.addDocument(doc);
      old.commit(); // no rasid.schema in the commit: the first layout
    }
    assertThatThrownBy(() -> LuceneArticleIndex.open(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("has layout 1").hasMessageContaining("ingest the articles again");
  }

  @Test
  void schemaIsNotPartOfTheCheckpoint() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.commit(Map.of("k", "v"));
      assertThat(index.checkpoint()).isEqualTo(Map.of("k", "v"));
    }
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) { // the layout was written with it
      assertThat(index.checkpoint()).isEqualTo(Map.of("k", "v"));
    }
  }

  @Test
  void upsertReplacesTheRecord() throws IOException {
    Article edited = Fixtures.article("iran-deal", "عنوان معدل", "الجزيرة", "2021-09-12", "نص جديد كليا.");
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of());
      index.upsert(edited);
      index.commit(Map.of());
      assertThat(index.get("iran-deal")).contains(edited);
      assertThat(index.search(SearchRequest.of("فيينا")).total()).isZero();
      assertThat(index.search(SearchRequest.of("معدل")).total()).isEqualTo(1);
    }
  }

  @Test
  void upsertsAreInvisibleUntilCommit() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      assertThat(index.contains("iran-deal")).isTrue();
      assertThat(count(index)).isZero();
      assertThat(index.get("iran-deal")).isEmpty();
      index.commit(Map.of());
      assertThat(count(index)).isEqualTo(1);
      assertThat(index.get("iran-deal")).contains(Fixtures.IRAN_DEAL);
    }
  }

  @Test
  void containsSeesCommittedAndPendingIds() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of());
      index.upsert(Fixtures.TEHRAN_TALKS);
      assertThat(index.contains("iran-deal")).isTrue();
      assertThat(index.contains("tehran-talks")).isTrue();
      assertThat(index.contains("baghdad-school")).isFalse();
    }
  }

  @Test
  void newIndexHasAnEmptyCheckpoint() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.checkpoint()).isEmpty();
      assertThat(index.stats().articles()).isZero();
      assertThat(index.stats().firstPublished()).isNull();
      assertThat(index.search(SearchRequest.of("")).facets().get("source")).isEmpty();
    }
  }

  @Test
  void checkpointSurvivesCloseAndReopen() throws IOException {
    Map<String, String> checkpoint = Map.of("file", "corpus/part-3.jsonl", "line", "41250");
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of("line", "1"));
      index.upsert(Fixtures.TEHRAN_TALKS);
      index.commit(checkpoint);
      assertThat(index.checkpoint()).isEqualTo(checkpoint);
    }
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.checkpoint()).isEqualTo(checkpoint);
      assertThat(index.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void commitWithoutChangesStillStoresTheCheckpoint() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.commit(Map.of("line", "1"));
      index.commit(Map.of("line", "2"));
      assertThat(index.checkpoint()).containsEntry("line", "2");
    }
  }

  @Test
  void closingWithoutCommitDiscardsUpserts() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      index.upsert(Fixtures.IRAN_DEAL);
      index.commit(Map.of("line", "1"));
      index.upsert(Fixtures.TEHRAN_TALKS);
      index.upsert(Fixtures.BAGHDAD_SCHOOL);
      index.upsert(Fixtures.IRAN_DEAL);
    } // close() rolls the writer back: as after a crash
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.stats().articles()).isEqualTo(1);
      assertThat(index.contains("iran-deal")).isTrue();
      assertThat(index.contains("tehran-talks")).isFalse();
      assertThat(index.checkpoint()).containsExactly(Map.entry("line", "1"));
      assertThat(index.upsert(Fixtures.TEHRAN_TALKS)).isTrue();
    }
  }

  @Test
  void spilledPendingIdsStillTellNewFromKnown() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, 3)) {
      for (int i = 0; i < 10; i++) {
        assertThat(index.upsert(numbered(i))).as("first upsert of doc-%d", i).isTrue();
      }
      for (int i = 0; i < 10; i++) {
        assertThat(index.contains("doc-" + i)).isTrue();
        assertThat(index.upsert(numbered(i))).as("second upsert of doc-%d", i).isFalse();
      }
      assertThat(count(index)).as("spilling makes nothing visible").isZero();
      index.commit(Map.of());
      assertThat(count(index)).isEqualTo(10);
      assertThat(index.upsert(numbered(10))).isTrue();
    }
  }

  @Test
  void secondWriterOnTheSameFolderIsRefused() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThatThrownBy(() -> LuceneArticleIndex.open(dir)).isInstanceOf(IOException.class)
          .hasMessage("index at " + dir.toAbsolutePath().normalize() + " is in use by another rasid process");
      index.upsert(Fixtures.IRAN_DEAL); // the first one is unharmed
      index.commit(Map.of());
    }
    try (LuceneArticleIndex again = LuceneArticleIndex.open(dir)) {
      assertThat(again.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void openCreatesMissingFolders() throws IOException {
    Path nested = dir.resolve("a/b/index");
    try (LuceneArticleIndex index = LuceneArticleIndex.open(nested)) {
      assertThat(Files.isDirectory(nested)).isTrue();
      assertThat(index.stats().articles()).isZero();
    }
  }

  @Test
  void closeIsIdempotentAndFinal() throws IOException {
    LuceneArticleIndex index = LuceneArticleIndex.open(dir);
    index.close();
    index.close();
    assertThatThrownBy(() -> index.search(SearchRequest.of(""))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> index.upsert(Fixtures.IRAN_DEAL)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void searchesRunConcurrentlyWithUpsertsAndCommits() throws Exception {
    int docs = 400;
    int commitEvery = 25;
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, 50)) {
      ExecutorService pool = Executors.newFixedThreadPool(5);
      AtomicBoolean writing = new AtomicBoolean(true);
      try {
        List<Future<List<Long>>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
          readers.add(pool.submit(() -> {
            List<Long> totals = new ArrayList<>();
            while (writing.get()) {
              totals.add(index.search(new SearchRequest("الخبر", 0, 10, Sort.NEWEST)).total());
              index.stats();
            }
            return totals;
          }));
        }
        Future<?> writer = pool.submit(() -> {
          try {
            for (int i = 0; i < docs; i++) {
              index.upsert(numbered(i));
              if ((i + 1) % commitEvery == 0) {
                index.commit(Map.of("done", String.valueOf(i + 1)));
              }
            }
          } finally {
            writing.set(false);
          }
          return null;
        });
        writer.get(60, TimeUnit.SECONDS);
        for (Future<List<Long>> reader : readers) {
          List<Long> totals = reader.get(60, TimeUnit.SECONDS);
          assertThat(totals).as("searches see whole commits, in order")
              .allSatisfy(t -> assertThat(t % commitEvery).isZero())
              .isSorted();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(count(index)).isEqualTo(docs);
      assertThat(index.checkpoint()).containsEntry("done", String.valueOf(docs));
    }
  }
}
