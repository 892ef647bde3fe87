package org.rasid.bench.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.bench.RunInfo;
import org.rasid.bench.Table;
import org.rasid.core.model.Dropped;

/**
 * A finished corpus run and its renderings: the stdout summary, the full Markdown report and the section of
 * docs/benchmarks.md.
 *
 * @param wallNanos the timed pass, end to end: unzip, JSON, structure, accounting check
 * @param peakHeapBytes sum of the heap pools' peak usage during the timed pass (an upper bound on the true peak)
 * @param retainedHeapBytes heap in use after a full GC at the end
 */
public record CorpusReport(CorpusStats stats, Path datasetDir, long wallNanos, long peakHeapBytes,
    long retainedHeapBytes, int warmupArticles, String command, String date, String jdk, String machine,
    String heap, String note) {

  static final int TOP_DROPPED_TEXTS = 30;
  static final int SECTION_DROPPED_TEXTS = 10;

  public double structureSeconds() {
    return stats.structureNanos / 1e9;
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }

  /** Articles per second of structurer time on one thread. */
  public double articlesPerSecond() {
    return stats.structureNanos == 0 ? 0 : stats.structured / structureSeconds();
  }

  public Table summaryTable() {
    CorpusStats s = stats;
    return new Table("metric", "value")
        .row("articles", n(s.articles) + (s.exceptions > 0 ? " (" + n(s.exceptions) + " threw)" : ""))
        .row("input chars (content)", n(s.inputChars))
        .row("non-blank line chars", n(s.nonBlankChars))
        .row("empty articles (no non-blank line)", n(s.emptyArticles))
        .row("wall time, timed pass (unzip + JSON + structure + checks)", f("%.2f s", wallSeconds()))
        .row("structurer time (sum of structure() calls)", f("%.2f s", structureSeconds()))
        .row("articles/s per core (structurer only, 1 thread)", f("%,.0f", articlesPerSecond()))
        .row("articles/s per core (end to end, 1 thread)", f("%,.0f", wallSeconds() == 0 ? 0 : s.articles / wallSeconds()))
        .row("million input chars/s per core (structurer only)",
            f("%.1f", structureSeconds() == 0 ? 0 : s.inputChars / 1e6 / structureSeconds()))
        .row("peak heap during timed pass (sum of pool peaks)", RunInfo.mb(peakHeapBytes))
        .row("heap retained after final GC", RunInfo.mb(retainedHeapBytes))
        .row("heap setting", heap)
        .row("dropped lines", n(s.droppedLines))
        .row("dropped chars (share of non-blank)", n(s.droppedChars) + " (" + pct(ratio(s.droppedChars, s.nonBlankChars)) + ")")
        .row("articles losing > " + pct(CorpusStats.HEAVY_LOSS_RATIO) + " of their text",
            n(s.heavyLoss) + " (" + pct(s.heavyLossShare()) + ")")
        .row("articles with line-accounting violations", n(s.violatingArticles))
        .row("exceptions", n(s.exceptions));
  }

  public Table gateTable() {
    CorpusStats s = stats;
    return new Table("gate", "threshold", "actual", "result")
        .row("exceptions", "0", n(s.exceptions), s.exceptions == 0 ? "PASS" : "FAIL")
        .row("articles violating line accounting", "0", n(s.violatingArticles),
            s.violatingArticles == 0 ? "PASS" : "FAIL")
        .row("articles losing > " + pct(CorpusStats.HEAVY_LOSS_RATIO) + " of their text",
            "≤ " + pct(CorpusStats.MAX_HEAVY_LOSS_SHARE), pct(s.heavyLossShare()),
            s.heavyLossGatePasses() ? "PASS" : "FAIL");
  }

  public Table reasonTable() {
    Table t = new Table("reason", "lines", "chars", "share of dropped chars");
    stats.reasons.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .forEach(e -> t.row(e.getKey().code(), n(e.getValue()[0]), n(e.getValue()[1]),
            pct(ratio(e.getValue()[1], stats.droppedChars))));
    return t;
  }

  /** How many articles got each record field; SaudiNewsNet content is body text only. */
  public Table fieldTable() {
    Table t = new Table("field", "articles", "share");
    for (int i = 0; i < CorpusStats.FIELDS.size(); i++) {
      String name = CorpusStats.FIELDS.get(i);
      if (name.equals("title")) {
        name = "title (of which " + n(stats.letterlessTitles) + " without a letter)";
      }
      t.row(name, n(stats.fieldsFound[i]), pct(ratio(stats.fieldsFound[i], stats.structured)));
    }
    return t;
  }

  static final String FIELD_NOTE = "SaudiNewsNet's `content` is the body only (title, author and date are separate"
      + " fields of the dataset), so a title, byline or date found in it is a body line the structurer took for one.";

  public Table sourceTable() {
    Table t = new Table("source", "articles", "non-blank chars", "dropped chars", "drop ratio",
        "articles > " + pct(CorpusStats.HEAVY_LOSS_RATIO), "share");
    for (Map.Entry<String, CorpusStats.SourceStats> e : stats.sources.entrySet()) {
      CorpusStats.SourceStats v = e.getValue();
      t.row(e.getKey(), n(v.articles), n(v.chars), n(v.droppedChars), pct(v.ratio()), n(v.heavy),
          pct(ratio(v.heavy, v.articles)));
    }
    return t;
  }

  public Table topDroppedTable(int n) {
    Table t = new Table("count", "reason", "line (cut to " + CorpusStats.SHOWN_LINE_CHARS + " chars)");
    for (CorpusStats.DroppedText d : stats.topDroppedTexts(n)) {
      t.row(n(d.count()), d.reason(), d.text());
    }
    return t;
  }

  public String verdict() {
    return "corpus: " + (stats.passes() ? "PASS" : "FAIL");
  }

  /** What the command prints. */
  public String stdout() {
    StringBuilder sb = new StringBuilder();
    sb.append("SaudiNewsNet corpus run: ").append(datasetDir).append('\n');
    sb.append(warmupSentence()).append("\n\n");
    sb.append(summaryTable().render()).append('\n');
    sb.append(gateTable().render()).append('\n');
    sb.append("Drop reasons:\n").append(reasonTable().render()).append('\n');
    sb.append("Per source:\n").append(sourceTable().render()).append('\n');
    sb.append("Fields found (").append(FIELD_NOTE.replace("`", "'")).append("):\n").append(fieldTable().render())
        .append('\n');
    problems(sb, "Line-accounting violations", stats.violatingArticles, stats.violations, false);
    problems(sb, "Exceptions", stats.exceptions, stats.exceptionsShown, false);
    List<CorpusStats.HeavyArticle> sample = stats.sample();
    if (!sample.isEmpty()) {
      sb.append("Sample of articles losing > ").append(pct(CorpusStats.HEAVY_LOSS_RATIO)).append(" of their text (")
          .append(sample.size()).append(" of ").append(n(stats.heavyLoss)).append("):\n");
      sample(sb, sample, false);
    }
    sb.append(verdict()).append('\n');
    return sb.toString();
  }

  /** The full report (--out). */
  public String markdown() {
    StringBuilder sb = new StringBuilder("# Corpus run: SaudiNewsNet\n\n");
    header(sb);
    sb.append("\n## Summary\n\n").append(summaryTable().render());
    sb.append("\n## Gates\n\n").append(gateTable().render()).append('\n').append(verdict()).append('\n');
    sb.append("\n## Drop reasons\n\n").append(reasonTable().render());
    sb.append("\n## Per source\n\n").append(sourceTable().render());
    sb.append("\n## Fields found\n\n").append(FIELD_NOTE).append("\n\n").append(fieldTable().render());
    sb.append("\n## Most frequent dropped lines\n\n").append(topDroppedTable(TOP_DROPPED_TEXTS).render());
    sb.append('\n');
    problems(sb, "## Line-accounting violations", stats.violatingArticles, stats.violations, true);
    problems(sb, "## Exceptions", stats.exceptions, stats.exceptionsShown, true);
    List<CorpusStats.HeavyArticle> sample = stats.sample();
    sb.append("## Sample of articles losing > ").append(pct(CorpusStats.HEAVY_LOSS_RATIO)).append(" of their text\n\n");
    if (sample.isEmpty()) {
      sb.append(stats.heavyLoss == 0 ? "None.\n" : "Not sampled (pass --sample K).\n");
    } else {
      sb.append(sample.size()).append(" of ").append(n(stats.heavyLoss)).append(", chosen uniformly (fixed seed).\n\n");
      sample(sb, sample, true);
    }
    return sb.toString();
  }

  /** The section of docs/benchmarks.md. */
  public String section() {
    StringBuilder sb = new StringBuilder("## Corpus run (SaudiNewsNet)\n\n");
    header(sb);
    sb.append('\n').append(summaryTable().render());
    sb.append('\n').append(gateTable().render());
    sb.append("\nDrop reasons:\n\n").append(reasonTable().render());
    sb.append("\nPer source:\n\n").append(sourceTable().render());
    sb.append("\nFields found (").append(FIELD_NOTE).append("):\n\n").append(fieldTable().render());
    sb.append("\nMost frequent dropped lines:\n\n").append(topDroppedTable(SECTION_DROPPED_TEXTS).render());
    return sb.toString();
  }

  private void header(StringBuilder sb) {
    if (note != null && !note.isBlank()) {
      sb.append("> **Note:** ").append(note).append("\n\n");
    }
    sb.append("- Command: `").append(command).append("`\n");
    sb.append("- Date: ").append(date).append('\n');
    sb.append("- JDK: ").append(jdk).append('\n');
    sb.append("- Machine: ").append(machine).append('\n');
    sb.append("- Heap: ").append(heap).append('\n');
    sb.append("- Data: `").append(datasetDir).append("`, ").append(n(stats.articles)).append(" articles\n");
    sb.append("- Single thread (figures are per core). ").append(warmupSentence()).append('\n');
    sb.append("- Peak heap is the sum of the heap pools' peaks after a System.gc() and a peak reset before the timed"
        + " pass: an upper bound that mostly reflects how far the young generation was allowed to grow.\n");
  }

  private String warmupSentence() {
    return warmupArticles > 0
        ? "Warm-up: the first " + n(warmupArticles) + " articles were structured once before the timed pass (JIT), not counted."
        : "No warm-up pass.";
  }

  private static void problems(StringBuilder sb, String title, long total, List<CorpusStats.Problem> shown,
      boolean markdown) {
    if (total == 0) {
      if (markdown) {
        sb.append(title).append("\n\nNone.\n\n");
      }
      return;
    }
    sb.append(title).append(markdown ? "\n\n" : ": ").append(n(total)).append(" articles; the first ")
        .append(shown.size()).append(":\n\n");
    for (CorpusStats.Problem p : shown) {
      sb.append(markdown ? "- article " : "  article ").append(p.index()).append(' ').append(p.url()).append('\n');
      for (String d : p.details()) {
        sb.append(markdown ? "  - " : "      ").append(Table.truncate(d, 300)).append('\n');
      }
    }
    sb.append('\n');
  }

  private static void sample(StringBuilder sb, List<CorpusStats.HeavyArticle> sample, boolean markdown) {
    for (CorpusStats.HeavyArticle a : sample) {
      sb.append(markdown ? "- **" : "  ").append(pct(a.ratio())).append(" dropped").append(markdown ? "**" : "")
          .append(", ").append(a.source()).append(", article ").append(a.index()).append(": ").append(a.url())
          .append('\n');
      for (Dropped d : a.dropped()) {
        sb.append(markdown ? "  - line " : "      line ").append(d.line()).append(" [").append(d.reason().code())
            .append(d.duplicateOf() == null ? "" : " of block " + d.duplicateOf()).append("] ")
            .append(Table.truncate(Table.visible(d.text()), CorpusStats.SHOWN_LINE_CHARS)).append('\n');
      }
    }
    sb.append('\n');
  }

  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  static String n(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String pct(double r) {
    return String.format(Locale.ROOT, "%.1f%%", r * 100);
  }

  private static String f(String format, double v) {
    return String.format(Locale.ROOT, format, v);
  }
}
