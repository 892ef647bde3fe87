package org.rasid.bench.html;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.UsageException;

/**
 * {@code rasid bench html}: rasid's HTML extraction against the article-extraction benchmark, with boilerpipe and
 * Mozilla Readability on the same pages in the same run, and an F1 gate.
 */
public final class HtmlBenchCommand implements Command {
  static final String DEFAULT_SHARED = "../shared";
  static final String DEFAULT_READABILITY = "bench/readability";
  /** Marker name of this command's section in docs/benchmarks.md. */
  public static final String SECTION = "html-extraction";
  /**
   * The gate: the F1 rasid reached when the gate was last raised (0.966 on the 181 pages, 2026-11-29), minus 0.005.
   * Raise it with the extractor, never lower it to let a regression through.
   */
  public static final double DEFAULT_MIN_F1 = 0.961;
  static final int DEFAULT_WORST = 10;

  @Override
  public String summary() {
    return "HTML main-content extraction F1 on the article-extraction benchmark, vs boilerpipe and Readability";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench html [--shared DIR] [--md FILE] [--min-f1 X] [--readability DIR] [--worst N]
                                [--warmup N] [--limit N] [--tools LIST]

        Extracts the article body of every page of DIR/data/html/zyte (the article-extraction benchmark: gzip
        HTML and ground-truth.json) with rasid, boilerpipe (ArticleExtractor) and Mozilla Readability (Node
        script in bench/readability, when node and its node_modules are there), and scores them exactly as the
        benchmark's evaluate.py (4-token shingles; precision and recall averaged over pages; F1 of the averages).
          --shared DIR       the shared data folder (default: %s); when the benchmark is missing the run is
                             skipped with exit status 0
          --md FILE          also write the results into FILE's <!-- %s:start --> … end section
          --min-f1 X         gate: exit status 1 when rasid's F1 is below X (default: %.3f)
          --readability DIR  the Readability script's folder (default: %s)
          --worst N          list rasid's N worst pages (default: %d)
          --warmup N         untimed passes of the Java tools before the timed one (default: 1)
          --limit N          only the first N pages
          --tools LIST       which tools run, comma-separated (default: rasid,boilerpipe,readability)

        Exit status: 0 gate passed, 1 gate failed (or rasid did not run), 2 bad usage.
        """.formatted(DEFAULT_SHARED, SECTION, DEFAULT_MIN_F1, DEFAULT_READABILITY, DEFAULT_WORST);
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, Exception {
    Args args = Args.parse(argv,
        Set.of("--shared", "--md", "--min-f1", "--readability", "--worst", "--warmup", "--limit", "--tools"),
        Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positionals().getFirst() + "'");
    }
    double minF1;
    try {
      minF1 = Double.parseDouble(args.value("--min-f1", Double.toString(DEFAULT_MIN_F1)));
    } catch (NumberFormatException e) {
      throw new UsageException("--min-f1 needs a number, not '" + args.value("--min-f1", "") + "'");
    }
    if (!(minF1 >= 0 && minF1 <= 1)) {
      throw new UsageException("--min-f1 must be between 0 and 1");
    }
    List<String> tools = List.of(args.value("--tools", "rasid,boilerpipe,readability").split(","));
    for (String t : tools) {
      if (!Set.of("rasid", "boilerpipe", "readability").contains(t)) {
        throw new UsageException("unknown tool '" + t + "' in --tools (rasid, boilerpipe, readability)");
      }
    }
    int worst = args.intValue("--worst", DEFAULT_WORST, 0);
    int warmup = args.intValue("--warmup", 1, 0);
    int limit = args.intValue("--limit", Integer.MAX_VALUE, 1);
    Path dir = ZytePages.dir(Path.of(args.value("--shared", DEFAULT_SHARED))).toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("ground-truth.json"))) {
      out.println("html: skipped: no ground-truth.json in " + dir + " (pass --shared DIR)");
      return OK;
    }
    List<ZytePages.Page> pages = ZytePages.load(dir);
    if (pages.size() > limit) {
      pages = pages.subList(0, limit);
    }
    Map<String, String> html = new LinkedHashMap<>();
    for (ZytePages.Page p : pages) {
      html.put(p.id(), ZytePages.html(p));
    }
    out.println("html: " + pages.size() + " pages from " + dir);

    List<ToolRun> runs = new ArrayList<>();
    if (tools.contains("rasid")) {
      runs.add(runJava(new RasidBody(), pages, html, warmup, out));
    }
    if (tools.contains("boilerpipe")) {
      runs.add(runJava(new BoilerpipeBody(), pages, html, warmup, out));
    }
    if (tools.contains("readability")) {
      runs.add(runReadability(new ReadabilityRunner(Path.of(args.value("--readability", DEFAULT_READABILITY))),
          pages, out));
    }

    HtmlBenchReport report = new HtmlBenchReport(pages.size(), runs, minF1,
        RunInfo.command("./rasid bench html", argv), RunInfo.date(), RunInfo.jdk(), RunInfo.machine());
    out.print(report.stdout(worst));
    String md = args.value("--md", null);
    if (md != null) {
      MarkdownSections.update(Path.of(md), SECTION, report.section(), MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + md);
    }
    return report.passes() ? OK : FAILED;
  }

  /** Scores one Java tool; a tool that cannot even load (missing classes) is reported as failed. */
  static ToolRun runJava(BodyExtractor tool, List<ZytePages.Page> pages, Map<String, String> html, int warmup,
      PrintStream out) {
    try {
      for (int w = 0; w < warmup; w++) {
        for (ZytePages.Page p : pages) {
          try {
            tool.body(html.get(p.id()), p.url());
          } catch (Exception e) {
            // reported in the timed pass
          }
        }
      }
      Map<String, ShingleScore.Counts> counts = new HashMap<>();
      List<String> failures = new ArrayList<>();
      long nanos = 0;
      for (ZytePages.Page p : pages) {
        String body;
        long t0 = System.nanoTime();
        try {
          body = tool.body(html.get(p.id()), p.url());
        } catch (Exception e) {
          body = "";
          failures.add(p.id() + ": " + e.getMessage());
        }
        nanos += System.nanoTime() - t0;
        counts.put(p.id(), ShingleScore.page(p.truth(), body));
      }
      ShingleScore.Metrics m = ShingleScore.metrics(pages.stream().map(p -> counts.get(p.id())).toList());
      out.printf(Locale.ROOT, "%s: F1 %.3f%n", tool.name(), m.f1());
      return new ToolRun(tool.name(), tool.version(), "ok", m, pages.size() / (nanos / 1e9), counts, failures);
    } catch (LinkageError e) {
      out.println(tool.name() + ": failed: " + e);
      return ToolRun.notRun(tool.name(), tool.version(), "failed: " + e);
    }
  }

  static ToolRun runReadability(ReadabilityRunner runner, List<ZytePages.Page> pages, PrintStream out) {
    var why = runner.unavailable();
    if (why.isPresent()) {
      out.println("readability: skipped (no node / run npm ci in bench/readability): " + why.get());
      return ToolRun.notRun("readability", "?", "skipped (no node / run npm ci in bench/readability)");
    }
    Map<String, ReadabilityRunner.Result> results;
    try {
      results = runner.run(pages.stream().map(ZytePages.Page::html).toList());
    } catch (IOException e) {
      out.println("readability: failed: " + e.getMessage());
      return ToolRun.notRun("readability", runner.version(), "failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ToolRun.notRun("readability", runner.version(), "failed: interrupted");
    }
    Map<String, ShingleScore.Counts> counts = new HashMap<>();
    List<String> failures = new ArrayList<>();
    double millis = 0;
    for (ZytePages.Page p : pages) {
      ReadabilityRunner.Result r = results.get(p.id());
      String text = r == null ? "" : r.text();
      if (r == null) {
        failures.add(p.id() + ": no result from the script");
      } else {
        millis += r.millis();
        if (r.error() != null) {
          failures.add(p.id() + ": " + r.error());
        }
      }
      counts.put(p.id(), ShingleScore.page(p.truth(), text));
    }
    ShingleScore.Metrics m = ShingleScore.metrics(pages.stream().map(p -> counts.get(p.id())).toList());
    out.printf(Locale.ROOT, "readability: F1 %.3f%n", m.f1());
    return new ToolRun("readability", "@mozilla/readability " + runner.version() + ", jsdom", "ok", m,
        millis == 0 ? 0 : pages.size() / (millis / 1e3), counts, failures);
  }
}
