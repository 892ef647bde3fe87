package org.rasid.bench.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.MarkdownSections;

class HtmlBenchReportTest {

  private static ToolRun run(String name, double p, double r) {
    ShingleScore.Metrics m = new ShingleScore.Metrics(p, r, 2 * p * r / (p + r), 2);
    return new ToolRun(name, "1.0", "ok", m, 12.5,
        Map.of("aaaa", new ShingleScore.Counts(0.5, 0.5, 0), "bbbb", new ShingleScore.Counts(1, 0, 0)),
        List.of());
  }

  private static HtmlBenchReport report(double minF1, ToolRun... runs) {
    return new HtmlBenchReport(2, List.of(runs), minF1, "./rasid bench html", "2026-01-01 00:00 UTC", "JDK",
        "2 cores");
  }

  @Test
  void resultsListThisRunsToolsThenThePublishedScores() {
    String table = report(0.5, run("rasid", 0.9, 0.8),
        ToolRun.notRun("readability", "?", "skipped (no node / run npm ci in bench/readability)")).results()
        .render();
    assertThat(table).contains("| rasid", "0.847", "0.900", "0.800", "this run");
    assertThat(table).contains("readability", "skipped (no node / run npm ci in bench/readability)");
    assertThat(table).contains("trafilatura", "0.958", "newspaper4k", "0.949", "Readability.js", "0.947",
        "boilerpipe (python)", "0.860", "published");
    assertThat(table.indexOf("| rasid")).isLessThan(table.indexOf("trafilatura"));
  }

  @Test
  void gatePassesAtTheFloorAndFailsBelowIt() {
    ToolRun rasid = run("rasid", 0.9, 0.9);
    assertThat(report(0.9, rasid).passes()).isTrue();
    assertThat(report(0.9001, rasid).passes()).isFalse();
    assertThat(report(0.9001, rasid).gateLine()).endsWith("FAIL");
  }

  @Test
  void gateFailsWhenRasidDidNotRun() {
    assertThat(report(0.1, ToolRun.notRun("rasid", "x", "failed: boom")).passes()).isFalse();
    assertThat(report(0.1, run("boilerpipe", 0.9, 0.9)).passes()).isFalse();
  }

  @Test
  void worstPagesComeFirst() {
    String worst = report(0.5, run("rasid", 0.9, 0.8)).worst(1).render();
    assertThat(worst).contains("aaaa").doesNotContain("bbbb");
  }

  @Test
  void sectionGoesBetweenItsMarkersAndLeavesOtherSectionsAlone(@TempDir Path dir) throws Exception {
    Path md = dir.resolve("benchmarks.md");
    Files.writeString(md, "# Benchmarks\n\n<!-- corpus-run:start -->\ncorpus numbers\n<!-- corpus-run:end -->\n");
    HtmlBenchReport r = report(0.5, run("rasid", 0.9, 0.8));
    MarkdownSections.update(md, HtmlBenchCommand.SECTION, r.section(), MarkdownSections.BENCHMARKS_HEADER);
    MarkdownSections.update(md, HtmlBenchCommand.SECTION, r.section(), MarkdownSections.BENCHMARKS_HEADER);
    String doc = Files.readString(md);
    assertThat(doc).contains("corpus numbers", "<!-- html-extraction:start -->", "<!-- html-extraction:end -->",
        "evaluate.py", "0.847");
    assertThat(doc.indexOf("<!-- html-extraction:start -->"))
        .isEqualTo(doc.lastIndexOf("<!-- html-extraction:start -->"));
  }
}
