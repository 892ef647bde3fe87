package org.rasid.bench.html;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.bench.Table;

/**
 * A finished {@code bench html} run and its renderings: the results table (this run's tools beside the
 * benchmark's published scores), the F1 gate, the worst pages of rasid, and the section of docs/benchmarks.md.
 *
 * @param pages how many pages were scored
 * @param runs this run's tools, rasid first
 * @param minF1 the gate on rasid's F1
 */
public record HtmlBenchReport(int pages, List<ToolRun> runs, double minF1, String command, String date, String jdk,
    String machine) {

  /** A score published by the benchmark (README.rst of article-extraction-benchmark). */
  public record Published(String tool, String version, double f1, double precision, double recall) {}

  /** The benchmark's published scores shown for comparison (not re-run unless listed in this run too). */
  public static final List<Published> PUBLISHED = List.of(
      new Published("trafilatura", "2.0.0", 0.958, 0.938, 0.978),
      new Published("newspaper4k", "0.9.3.1", 0.949, 0.964, 0.934),
      new Published("Readability.js", "0.6.0", 0.947, 0.914, 0.982),
      new Published("boilerpipe (python)", "ab3694d", 0.860, 0.850, 0.870));

  public ToolRun rasid() {
    return runs.stream().filter(r -> r.name().equals("rasid")).findFirst().orElse(null);
  }

  /** True when rasid ran and its F1 is at least the gate. */
  public boolean passes() {
    ToolRun r = rasid();
    return r != null && r.ok() && r.metrics().f1() >= minF1;
  }

  public Table results() {
    Table t = new Table("tool", "version", "F1", "precision", "recall", "pages/s", "source");
    for (ToolRun r : runs) {
      if (r.ok()) {
        t.row(r.name(), r.version(), f3(r.metrics().f1()), f3(r.metrics().precision()), f3(r.metrics().recall()),
            String.format(Locale.ROOT, "%,.0f", r.pagesPerSecond()),
            "this run" + (r.failures().isEmpty() ? "" : ", " + r.failures().size() + " pages failed"));
      } else {
        t.row(r.name(), r.version(), "—", "—", "—", "—", r.status());
      }
    }
    for (Published p : PUBLISHED) {
      t.row(p.tool(), p.version(), f3(p.f1()), f3(p.precision()), f3(p.recall()), "—", "published");
    }
    return t;
  }

  public String gateLine() {
    ToolRun r = rasid();
    String actual = r == null || !r.ok() ? "did not run" : f3(r.metrics().f1());
    return "gate: rasid F1 " + actual + " ≥ " + f3(minF1) + ": " + (passes() ? "PASS" : "FAIL");
  }

  /** rasid's worst pages by per-page F1. */
  public Table worst(int n) {
    Table t = new Table("page", "F1", "precision", "recall");
    ToolRun r = rasid();
    if (r == null || !r.ok()) {
      return t;
    }
    r.pages().entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, ShingleScore.Counts> e) -> e.getValue().f1())
            .thenComparing(Map.Entry::getKey))
        .limit(n)
        .forEach(e -> t.row(e.getKey().substring(0, Math.min(12, e.getKey().length())), f3(e.getValue().f1()),
            f3(e.getValue().precision()), f3(e.getValue().recall())));
    return t;
  }

  public String stdout(int worstPages) {
    StringBuilder sb = new StringBuilder();
    sb.append("html extraction: ").append(pages).append(" pages of the article-extraction benchmark\n\n");
    sb.append(results().render()).append('\n');
    for (ToolRun r : runs) {
      for (String f : r.failures()) {
        sb.append(r.name()).append(" failed: ").append(f).append('\n');
      }
    }
    if (worstPages > 0 && rasid() != null && rasid().ok()) {
      sb.append("\nrasid's ").append(worstPages).append(" worst pages:\n").append(worst(worstPages).render());
    }
    sb.append('\n').append(gateLine()).append('\n');
    return sb.toString();
  }

  /** The section of docs/benchmarks.md. */
  public String section() {
    StringBuilder sb = new StringBuilder();
    sb.append("## HTML main-content extraction (article-extraction benchmark)\n\n");
    sb.append("`").append(command).append("` — ").append(date).append(", ").append(jdk).append(", ")
        .append(machine).append(".\n\n");
    sb.append(pages).append(" English-language news and blog pages of the article-extraction benchmark "
        + "(scrapinghub, MIT; `shared/data/html/zyte`), scored exactly as its `evaluate.py`: 4-token shingles, "
        + "per-page precision and recall normalized per page and averaged (an empty prediction counts 0 towards "
        + "recall and nothing towards precision), F1 = harmonic mean of the two averages. rasid's body is the "
        + "record's blocks (headings and paragraphs), after the structurer. Scores are deterministic; pages/s "
        + "is the tool's own time on one thread after untimed warm-up passes of the Java tools (Readability: "
        + "jsdom parse + extraction inside Node, no warm-up) and moves with the machine's load. boilerpipe here "
        + "is the Java 1.1.0 jar, the published row the Python wrapper of another revision.\n\n");
    sb.append(results().render()).append('\n');
    for (ToolRun r : runs) {
      if (!r.failures().isEmpty()) {
        sb.append("- ").append(r.name()).append(": ").append(r.failures().size())
            .append(" pages failed (scored as empty)\n");
      }
    }
    sb.append(gateLine()).append('\n');
    return sb.toString();
  }

  static String f3(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
  }
}
