package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchRequest.Sort;

/** The contract's crash promise, tested with a real kill -9 of a child JVM in the middle of an ingest. */
class CrashRecoveryTest {
  private static final int DOCS = 2_000;
  private static final int COMMIT_EVERY = 50;
  private static final int COMMITS_BEFORE_KILL = 3;

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void killedIngestLeavesExactlyTheLastCommit() throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        IngestMain.class.getName(), dir.toString(), String.valueOf(DOCS), String.valueOf(COMMIT_EVERY), "1")
        .redirectErrorStream(true)
        .start();
    int lastReported;
    try {
      lastReported = awaitCommits(child, COMMITS_BEFORE_KILL);
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child died").isTrue();
    }
    assertThat(lastReported).isEqualTo(COMMITS_BEFORE_KILL * COMMIT_EVERY);

    try (Directory directory = FSDirectory.open(dir); CheckIndex check = new CheckIndex(directory)) {
      check.setInfoStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
      assertThat(check.checkIndex().clean).as("CheckIndex finds the index clean").isTrue();
    }

    long committed;
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      committed = index.stats().articles();
      assertThat(committed).as("at least what was reported committed, and a whole commit")
          .isGreaterThanOrEqualTo(lastReported).isLessThan(DOCS);
      assertThat(committed % COMMIT_EVERY).isZero();
      assertThat(index.checkpoint()).containsEntry("committed", String.valueOf(committed));
      assertThat(allIds(index)).hasSize((int) committed);
      assertThat(index.contains("doc-" + (committed - 1))).isTrue();
      assertThat(index.contains("doc-" + committed)).as("nothing after the last commit").isFalse();
    }

    IngestMain.ingest(dir, DOCS, COMMIT_EVERY, 0, new PrintStream(OutputStream.nullOutputStream()));
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.stats().articles()).isEqualTo(DOCS);
      Set<String> ids = allIds(index);
      assertThat(ids).hasSize(DOCS).contains("doc-0", "doc-" + (DOCS - 1));
    }
  }

  /** Reads the child's output until it has reported {@code commits} commits; returns the last count reported. */
  private static int awaitCommits(Process child, int commits) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread pump = Thread.ofVirtual().start(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the child was killed
      }
    });
    StringBuilder transcript = new StringBuilder();
    int seen = 0;
    int last = 0;
    while (seen < commits) {
      String line = lines.poll(60, TimeUnit.SECONDS);
      if (line == null) {
        pump.interrupt();
        fail("child reported " + seen + " commits in time; its output:\n" + transcript);
      }
      transcript.append(line).append('\n');
      if (line.startsWith("COMMITTED ")) {
        last = Integer.parseInt(line.substring("COMMITTED ".length()).strip());
        seen++;
      }
    }
    return last;
  }

  private static Set<String> allIds(LuceneArticleIndex index) throws IOException {
    Set<String> ids = new HashSet<>();
    int offset = 0;
    while (true) {
      List<Hit> page = index.search(new SearchRequest("", offset, SearchRequest.MAX_LIMIT, Sort.OLDEST)).hits();
      if (page.isEmpty()) {
        return ids;
      }
      for (Hit hit : page) {
        assertThat(ids.add(hit.id())).as("id %s listed once", hit.id()).isTrue();
      }
      offset += page.size();
    }
  }
}
