package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.index.SearchRequest;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * kill -9 in the middle of `rasid ingest`: a child JVM runs the real Ingester over a folder and is killed after a
 * few commits; the rerun resumes from the checkpoint, and the index ends with every article exactly once.
 */
class IngestCrashTest {

  static final int DOCS = 600;
  static final int COMMIT_EVERY = 100;

  @TempDir Path dir;

  @Test
  void aKilledIngestResumesAndStoresEveryArticleOnce() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < DOCS; i++) {
      Files.writeString(corpus.resolve(String.format("%04d.txt", i)), "تقرير رقم " + i + " عن الطقس\n\n"
          + "توقعت الأرصاد الجوية أن تسجل درجات الحرارة " + i + " درجة في بعض المناطق اليوم، مع رياح نشطة.\n\n"
          + "ودعت السلطات المواطنين إلى توخي الحذر خلال ساعات الذروة وتجنب التعرض المباشر للشمس.");
    }
    Path index = dir.resolve("index");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        IngestChild.class.getName(), index.toString(), corpus.toString(), String.valueOf(COMMIT_EVERY),
        String.valueOf(2 * COMMIT_EVERY + 50))
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("AT ") && Integer.parseInt(line.substring(3)) >= 2 * COMMIT_EVERY) {
          break; // at least two commits are durable
        }
      }
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no close(), no final commit
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    long committed;
    try (LuceneArticleIndex reopened = LuceneArticleIndex.open(index)) {
      committed = reopened.stats().articles();
      assertThat(committed).isBetween((long) 2 * COMMIT_EVERY, (long) DOCS - COMMIT_EVERY);
      assertThat(committed % COMMIT_EVERY).as("only whole commits survive").isZero();
      assertThat(reopened.checkpoint().get(Ingester.KEY_POSITION)).isEqualTo(String.valueOf(committed));

      InputWalker walker = new InputWalker(List.of(corpus.toString()), 5 << 20, System.in);
      Ingester.Summary rerun = new Ingester(reopened, new Ingester.Options(COMMIT_EVERY, 2, 50))
          .run(walker, corpus.toString(), (d, i, p, f) -> { });
      assertThat(rerun.resumed()).isEqualTo(committed);
      assertThat(rerun.ingested()).isEqualTo(DOCS - committed);
      assertThat(rerun.failed()).isZero();
      assertThat(reopened.stats().articles()).isEqualTo(DOCS);
      assertThat(reopened.search(new SearchRequest("", 0, 1, SearchRequest.Sort.RELEVANCE)).total()).isEqualTo(DOCS);
    }
  }
}
