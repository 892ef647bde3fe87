package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;
import org.rasid.core.structure.Structurer;

class IngesterTest {

  @TempDir Path dir;

  private static String article(int n) {
    return "الخبر رقم " + n + " في نشرة اليوم\n\n"
        + "أعلنت وزارة الصحة اليوم تسجيل " + n + " إصابة جديدة في العاصمة، وفق بيان رسمي صدر مساء الأحد.\n\n"
        + "وقال المتحدث باسم الوزارة إن الفرق الطبية تعمل على مدار الساعة لاحتواء الوضع في المناطق المتضررة.";
  }

  private Path folder(int count) throws IOException {
    Path d = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < count; i++) {
      Files.writeString(d.resolve(String.format("%03d.txt", i)), article(i));
    }
    return d;
  }

  private static Ingester.Summary run(InMemoryIndex index, List<String> args, int commitEvery) throws IOException {
    InputWalker walker = new InputWalker(args, 5 << 20, new ByteArrayInputStream(new byte[0]));
    return new Ingester(index, new Ingester.Options(commitEvery, 2, 4)).run(walker, String.join("\n", args),
        (d, i, a, f) -> { });
  }

  @Test
  void ingestsAFolderAndSkipsEverythingOnASecondRun() throws IOException {
    Path corpus = folder(10);
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary first = run(index, List.of(corpus.toString()), 3);
    assertThat(first.ingested()).isEqualTo(10);
    assertThat(first.failed()).isZero();
    Ingester.Summary second = run(index, List.of(corpus.toString()), 3);
    assertThat(second.ingested()).isZero();
    assertThat(second.alreadyPresent()).isEqualTo(10);
    assertThat(index.committed).hasSize(10);
  }

  @Test
  void storesTwoCopiesOfOneArticleOnce() throws IOException {
    Path corpus = folder(3);
    Files.writeString(corpus.resolve("copy.txt"), article(1));
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, List.of(corpus.toString()), 100);
    assertThat(s.ingested()).isEqualTo(3);
    assertThat(s.alreadyPresent()).isEqualTo(1);
    assertThat(index.committed).hasSize(3);
  }

  @Test
  void resumesAfterACrashFromTheLastCheckpointWithoutDuplicates() throws IOException {
    Path corpus = folder(12);
    InMemoryIndex index = new InMemoryIndex();
    run(index, List.of(corpus.toString()), 4);
    // Simulate a crash after the second commit: roll the index back to 8 documents and an incomplete checkpoint.
    InMemoryIndex crashed = new InMemoryIndex();
    index.committed.values().stream().limit(8).forEach(crashed::upsert);
    crashed.commit(java.util.Map.of(Ingester.KEY_INPUTS, index.checkpoint.get(Ingester.KEY_INPUTS),
        Ingester.KEY_POSITION, "8", Ingester.KEY_COMPLETE, "false"));
    Ingester.Summary resumed = run(crashed, List.of(corpus.toString()), 4);
    assertThat(resumed.resumed()).isEqualTo(8);
    assertThat(resumed.ingested()).isEqualTo(4);
    assertThat(crashed.committed).hasSize(12);
  }

  @Test
  void reportsBadDocumentsAndGoesOn() throws IOException {
    Path corpus = folder(2);
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    Files.write(corpus.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.writeString(corpus.resolve("feed.jsonl"), "{\"text\": \"" + article(7).replace("\n", "\\n") + "\"}\n"
        + "not json\n" + "{\"title\": \"no text\"}\n");
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, List.of(corpus.toString(), dir.resolve("missing.txt").toString()), 100);
    assertThat(s.ingested()).isEqualTo(3);
    assertThat(s.failed()).isEqualTo(5);
    List<String> reasons = new ArrayList<>();
    s.failures().forEach(f -> reasons.add(f.document() + " → " + f.reason()));
    assertThat(reasons).anyMatch(r -> r.contains("empty.txt") && r.contains("empty"))
        .anyMatch(r -> r.contains("photo.png") && r.contains("binary"))
        .anyMatch(r -> r.contains("feed.jsonl:2") && r.contains("JSON"))
        .anyMatch(r -> r.contains("feed.jsonl:3") && r.contains("text"))
        .anyMatch(r -> r.contains("missing.txt") && r.contains("no such file"));
  }

  @Test
  void readsRecordsTextAndLegacyEncodingsFromJsonlAndFiles() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("mixed"));
    Files.write(corpus.resolve("legacy.txt"), article(1).getBytes(Charset.forName("windows-1256")));
    String record = Json.compact(new Structurer().structure(article(2), "https://example.com/2").article());
    Files.writeString(corpus.resolve("records.jsonl"), record + "\n\n\"" + article(3).replace("\n", "\\n") + "\"\n",
        StandardCharsets.UTF_8);
    InMemoryIndex index = new InMemoryIndex();
    Ingester.Summary s = run(index, List.of(corpus.toString()), 100);
    assertThat(s.failed()).as("%s", s.failures()).isZero();
    assertThat(s.ingested()).isEqualTo(3);
    assertThat(index.committed.values()).anyMatch(a -> "https://example.com/2".equals(a.url()));
  }

  @Test
  void readsOneArticleOrJsonlFromStandardInput() throws IOException {
    InMemoryIndex index = new InMemoryIndex();
    InputWalker walker = new InputWalker(List.of("-"), 5 << 20,
        new ByteArrayInputStream(article(5).getBytes(StandardCharsets.UTF_8)));
    Ingester.Summary s = new Ingester(index, Ingester.Options.defaults()).run(walker, "-", (d, i, a, f) -> { });
    assertThat(s.ingested()).isEqualTo(1);
  }

  @Test
  void countsDocumentsForProgress() throws IOException {
    Path corpus = folder(4);
    Files.writeString(corpus.resolve("x.jsonl"), "\"a\"\n\"b\"\n\"c\"\n");
    assertThat(new InputWalker(List.of(corpus.toString()), 1 << 20, null).count()).isEqualTo(7);
  }
}
