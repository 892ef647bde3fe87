package org.rasid.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;

class CorpusCommandTest {

  @TempDir Path dir;

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
  void skipsWithStatusZeroWhenTheDataIsMissing() {
    assertThat(run("corpus", "--shared", dir.resolve("none").toString())).isZero();
    assertThat(out()).contains("skipped").contains("saudinewsnet");
  }

  @Test
  void runsGatesWritesTheReportAndTheSection() throws Exception {
    Map<String, List<Map<String, Object>>> days = new TreeMap<>();
    days.put("2015-07-21", TestCorpus.cleanArticles("sabq", 30));
    Path shared = TestCorpus.write(dir.resolve("shared"), days);
    Path report = dir.resolve("out/report.md");
    Path md = dir.resolve("docs/benchmarks.md");
    int status = run("corpus", "--shared", shared.toString(), "--out", report.toString(), "--md", md.toString(),
        "--warmup", "5", "--note", "test run");
    assertThat(status).as(out() + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out()).contains("| articles ").contains("30").contains("corpus: PASS");
    assertThat(Files.readString(report)).contains("# Corpus run: SaudiNewsNet").contains("test run")
        .contains("## Per source").contains("sabq")
        .contains("## Fields found");
    assertThat(Files.readString(md)).contains("<!-- corpus-run:start -->").contains("<!-- corpus-run:end -->");
  }

  @Test
  void failsWhenTooManyArticlesLoseTheirText() throws Exception {
    List<Map<String, Object>> articles = new ArrayList<>(TestCorpus.cleanArticles("okaz", 18));
    articles.add(TestCorpus.repetitive("okaz", 1));
    articles.add(TestCorpus.repetitive("okaz", 2)); // 2 of 20 = 10% > 5%
    Map<String, List<Map<String, Object>>> days = new TreeMap<>();
    days.put("2015-07-21", articles);
    Path shared = TestCorpus.write(dir.resolve("shared"), days);
    int status = run("corpus", "--shared", shared.toString(), "--out", dir.resolve("r.md").toString(),
        "--warmup", "0", "--sample", "1");
    assertThat(status).isEqualTo(1);
    assertThat(out()).contains("corpus: FAIL").contains("/r").contains("[duplicate of block 0]");
  }

  @Test
  void limitsTheRun() throws Exception {
    Map<String, List<Map<String, Object>>> days = new TreeMap<>();
    days.put("2015-07-21", TestCorpus.cleanArticles("sabq", 10));
    Path shared = TestCorpus.write(dir.resolve("shared"), days);
    assertThat(run("corpus", "--shared", shared.toString(), "--out", dir.resolve("r.md").toString(),
        "--limit", "4", "--warmup", "0")).isZero();
    assertThat(out()).containsPattern("\\| articles +\\| 4 ");
  }
}
