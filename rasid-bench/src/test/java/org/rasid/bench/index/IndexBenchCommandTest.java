package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;
import org.rasid.bench.UsageException;
import org.rasid.bench.corpus.SaudiNewsNet;
import org.rasid.core.json.Json;

class IndexBenchCommandTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void defaults() throws Exception {
    IndexBenchCommand.Options o = IndexBenchCommand.parse(List.of());
    assertThat(o.scales()).containsExactly(31_030L, 1_000_000L);
    assertThat(o.work()).isEqualTo(Path.of("target/index-bench"));
    assertThat(o.shared()).isEqualTo(Path.of("../shared"));
    assertThat(o.queries()).isEqualTo(200);
    assertThat(o.baseline()).isTrue();
    assertThat(o.baselineMax()).isNull();
    assertThat(o.ceiling()).isTrue();
    assertThat(o.heap()).isEqualTo("512m");
    assertThat(o.entities()).isTrue(); // as rasid ingest
    assertThat(o.warmup()).isEqualTo(2);
    assertThat(o.md()).isNull();
  }

  @Test
  void parsesEveryOption() throws Exception {
    IndexBenchCommand.Options o = IndexBenchCommand.parse(List.of("--shared", "/s", "--work=/w", "--scale",
        "31030,1000000", "--md", "docs/benchmarks.md", "--queries", "50", "--baseline", "false", "--baseline-max",
        "250_000", "--ceiling", "false", "--seed", "7", "--warmup", "1", "--rounds", "5", "--threads", "1", "--heap", "1g", "--jfr",
        "--keep", "--note", "n", "--entities", "false"));
    assertThat(o.shared()).isEqualTo(Path.of("/s"));
    assertThat(o.work()).isEqualTo(Path.of("/w"));
    assertThat(o.scales()).containsExactly(31_030L, 1_000_000L);
    assertThat(o.md()).isEqualTo("docs/benchmarks.md");
    assertThat(o.queries()).isEqualTo(50);
    assertThat(o.baseline()).isFalse();
    assertThat(o.baselineMax()).isEqualTo(250_000L);
    assertThat(o.ceiling()).isFalse();
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.warmup()).isEqualTo(1);
    assertThat(o.rounds()).isEqualTo(5);
    assertThat(o.threads()).isEqualTo(1);
    assertThat(o.heap()).isEqualTo("1g");
    assertThat(o.entities()).isFalse();
    assertThat(o.jfr()).isTrue();
    assertThat(o.keep()).isTrue();
    assertThat(o.note()).isEqualTo("n");
  }

  @Test
  void scales() throws Exception {
    assertThat(IndexBenchCommand.scales("31030")).containsExactly(31_030L);
    assertThat(IndexBenchCommand.scales("1m, 250k,1_000_000")).containsExactly(1_000_000L, 250_000L);
    assertThatThrownBy(() -> IndexBenchCommand.scales("31030;1m")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> IndexBenchCommand.scales("0")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> IndexBenchCommand.scales("")).isInstanceOf(UsageException.class);
  }

  @Test
  void badUsageIsStatusTwo() {
    assertThat(run("index", "--baseline", "maybe")).isEqualTo(2);
    assertThat(run("index", "--ceiling", "yes")).isEqualTo(2);
    assertThat(run("index", "--heap", "lots")).isEqualTo(2);
    assertThat(run("index", "--queries", "0")).isEqualTo(2);
    assertThat(run("index", "--frobnicate")).isEqualTo(2);
    assertThat(run("index", "extra")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: rasid bench index");
  }

  @Test
  void helpAndListing() {
    assertThat(run("help", "index")).isZero();
    assertThat(out()).contains("Usage: rasid bench index").contains("--baseline").contains("--ceiling");
    assertThat(run("help")).isZero();
    assertThat(out()).contains("index ");
  }

  @Test
  void skipsWithStatusZeroWhenTheDataIsMissing() {
    assertThat(run("index", "--shared", dir.resolve("none").toString())).isZero();
    assertThat(out()).contains("skipped");
  }

  /** A tiny corpus: 12 articles of four paragraphs, two with no text at all. */
  private Path corpus() throws IOException {
    List<Map<String, Object>> items = new ArrayList<>();
    String[] topics = {"الصحة", "التعليم", "النقل", "الإسكان", "الزراعة", "المياه", "الطاقة", "الثقافة", "الرياضة",
        "السياحة"};
    for (int i = 0; i < topics.length; i++) {
      String t = topics[i];
      items.add(Map.of("source", "sabq", "url", "http://example.com/" + i, "date_extracted", "2015-07-21 02:51:32",
          "title", "وزارة " + t + " تعلن خطة جديدة", "author", "", "content",
          "أعلنت وزارة " + t + " اليوم عن خطة تمتد " + (3 + i) + " سنوات بتكلفة 1250 مليون ريال.\n\n"
              + "وقال المتحدث باسم وزارة " + t + " إن المرحلة الأولى تبدأ العام المقبل وتشمل 12 مدينة.\n\n"
              + "وأضاف أن خطة " + t + " تهدف إلى تحسين الخدمات في جميع المناطق.\n\n"
              + "ويأتي ذلك ضمن برنامج التحول الوطني لمجلس الوزراء وولي العهد."));
    }
    items.add(Map.of("source", "sabq", "url", "http://example.com/empty1", "title", "", "content", " "));
    items.add(Map.of("source", "sabq", "url", "http://example.com/empty2", "title", "", "content", ""));
    Path shared = dir.resolve("shared");
    Path dataset = SaudiNewsNet.datasetDir(shared);
    Files.createDirectories(dataset);
    try (OutputStream os = Files.newOutputStream(dataset.resolve("2015-07-21.zip"));
        ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("2015-07-21.json"));
      zip.write(Json.mapper().writeValueAsBytes(items));
      zip.closeEntry();
    }
    return shared;
  }

  @Test
  void preparesDataOnceAndReusesIt() throws Exception {
    Path dataset = SaudiNewsNet.datasetDir(corpus());
    Path work = dir.resolve("work");
    BenchData.DataFile base = BenchData.base(dataset, work);
    assertThat(base.lines()).isEqualTo(12);
    assertThat(base.reused()).isFalse();
    assertThat(Files.readAllLines(base.path()).getFirst())
        .startsWith("{\"text\":\"وزارة الصحة تعلن خطة جديدة\\n\\nأعلنت وزارة الصحة").endsWith("\"url\":\"http://example.com/0\"}");
    assertThat(BenchData.base(dataset, work).reused()).isTrue();

    BenchData.DataFile big = BenchData.replicated(base, 30, 42, work);
    assertThat(big.lines()).isEqualTo(30);
    assertThat(BenchData.replicated(base, 30, 42, work).reused()).isTrue();
    assertThat(BenchData.replicated(base, 30, 43, work).reused()).isFalse(); // another seed, another file
    Files.writeString(big.path(), "truncated\n");
    assertThat(BenchData.replicated(base, 30, 42, work).reused()).as("size differs from the meta").isFalse();
    assertThat(Files.readAllLines(big.path())).hasSize(30);
  }

  @Test
  void endToEndInChildJvmsWritesTheSection() throws Exception {
    Path shared = corpus();
    Path md = dir.resolve("docs/benchmarks.md");
    int status = run("index", "--shared", shared.toString(), "--work", dir.resolve("work").toString(), "--scale",
        "12,30", "--queries", "20", "--warmup", "1", "--rounds", "1", "--baseline-max", "12", "--md", md.toString());
    String all = out() + err.toString(StandardCharsets.UTF_8);
    // Tiny sets run far below the throughput target, so the run reports FAIL (1); it must not be a crash (2+).
    assertThat(status).as(all).isIn(0, 1);
    assertThat(out()).contains("SaudiNewsNet 12").contains("SaudiNewsNet ×2.5 perturbed, 30")
        .contains("rasid chain (RasidAnalyzers)").contains("stock Lucene ArabicAnalyzer")
        .contains("first 12 only").contains("| two-term ").contains("heap during ingest")
        .contains("not measured").doesNotContain("ran out of heap")
        .contains("Lucene ceiling: bare IndexWriter, raw text").contains("bare Lucene ceiling on this set: ")
        .contains("bare Lucene ceiling on the first 12 articles of this set: ");
    String section = Files.readString(md);
    assertThat(section).contains("<!-- index-bench:start -->").contains("<!-- index-bench:end -->")
        .contains("-Xmx512m");
    // the two empty articles fail in every copy (12 + 12 + the first 6 of a third: 4 failures)
    assertThat(out()).contains("12 documents (10 new, 2 failed)").contains("30 documents (26 new, 4 failed)");
    assertThat(Files.list(dir.resolve("work")).map(p -> p.getFileName().toString()))
        .noneMatch(n -> n.startsWith("index-")); // indexes deleted without --keep
  }
}
