package org.rasid.bench.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.UsageException;
import org.rasid.core.structure.LineAccounting;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;

/** {@code rasid bench corpus}: the structurer over every SaudiNewsNet article, on one thread, with gates. */
public final class CorpusCommand implements Command {

  /** Articles structured once before the timed pass, so the JIT has compiled the hot paths. */
  static final int WARMUP_ARTICLES = 2_000;
  static final String DEFAULT_SHARED = "../shared";
  static final String DEFAULT_OUT = "target/corpus-report.md";
  /** Marker name of this command's section in docs/benchmarks.md. */
  public static final String SECTION = "corpus-run";

  @Override
  public String summary() {
    return "structure every SaudiNewsNet article on one thread: speed, heap, line accounting, drop ratios";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench corpus [--shared DIR] [--out FILE] [--limit N] [--sample K] [--warmup N]
                                  [--md FILE] [--note TEXT]

        Structures the 'content' of every article in DIR/data/news/saudinewsnet/dataset/*.zip on ONE thread
        (figures are per core) and checks line accounting, exceptions and how much text ends up in 'dropped'.
          --shared DIR   the shared data folder (default: %s); when its SaudiNewsNet folder is missing the run
                         is skipped with exit status 0
          --out FILE     full Markdown report (default: %s)
          --limit N      only the first N articles (default: all)
          --sample K     show K articles (uniform sample, fixed seed) that lose > %.0f%% of their text
          --warmup N     articles structured before the timed pass (default: %,d; 0 for none)
          --md FILE      also write the summary into FILE's <!-- %s:start --> … end section (e.g. docs/benchmarks.md)
          --note TEXT    a note printed at the top of the report and the section (e.g. "provisional")

        Gates (exit status 1 when any fails): no exceptions; no line-accounting violations; at most %.0f%% of the
        articles lose more than %.0f%% of their non-blank characters to 'dropped'. Exit status 2: bad usage.
        Run with a fixed heap for comparable peak-heap figures, e.g. RASID_JAVA_OPTS=-Xmx1g ./rasid bench corpus.
        """.formatted(DEFAULT_SHARED, DEFAULT_OUT, CorpusStats.HEAVY_LOSS_RATIO * 100, WARMUP_ARTICLES, SECTION,
        CorpusStats.MAX_HEAVY_LOSS_SHARE * 100, CorpusStats.HEAVY_LOSS_RATIO * 100);
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("--shared", "--out", "--limit", "--sample", "--warmup", "--md", "--note"),
        Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positionals().getFirst() + "'");
    }
    Path shared = Path.of(args.value("--shared", DEFAULT_SHARED));
    Path out0 = Path.of(args.value("--out", DEFAULT_OUT));
    int limit = args.intValue("--limit", Integer.MAX_VALUE, 1);
    int sampleSize = args.intValue("--sample", 0, 0);
    int warmup = args.intValue("--warmup", WARMUP_ARTICLES, 0);
    String md = args.value("--md", null);
    String note = args.value("--note", null);

    Path dataset = SaudiNewsNet.datasetDir(shared).toAbsolutePath().normalize();
    if (SaudiNewsNet.zips(dataset).isEmpty()) {
      out.println("corpus: skipped: no SaudiNewsNet zips in " + dataset
          + " (the shared data folder is not here; pass --shared DIR to point at it)");
      return OK;
    }

    Structurer structurer = new Structurer();
    int warmed = warmup > 0 ? warmUp(structurer, dataset, warmup) : 0;
    out.println("corpus: warmed up on " + warmed + " articles; timed pass over "
        + (limit == Integer.MAX_VALUE ? "all articles" : "at most " + limit + " articles") + " ...");

    System.gc();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

    CorpusStats stats = new CorpusStats(sampleSize);
    long start = System.nanoTime();
    SaudiNewsNet.forEach(dataset, limit, item -> {
      structureOne(structurer, item, stats);
      return true;
    });
    long wall = System.nanoTime() - start;
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();

    CorpusReport report = new CorpusReport(stats, dataset, wall, peak, retained, warmed,
        RunInfo.command("./rasid bench corpus", RunInfo.without(argv, "--note")), RunInfo.date(), RunInfo.jdk(), RunInfo.machine(),
        RunInfo.heapSetting(), note);
    Path outParent = out0.toAbsolutePath().getParent();
    if (outParent != null) {
      Files.createDirectories(outParent);
    }
    Files.writeString(out0, report.markdown(), StandardCharsets.UTF_8);
    out.print(report.stdout());
    out.println("report: " + out0);
    if (md != null) {
      MarkdownSections.update(Path.of(md), SECTION, report.section(), MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + md);
    }
    return stats.passes() ? OK : FAILED;
  }

  /** Structures one article, timing only the structurer, then checks line accounting. */
  static void structureOne(Structurer structurer, NewsItem item, CorpusStats stats) {
    String content = item.content() == null ? "" : item.content();
    try {
      long t0 = System.nanoTime();
      Structured s = structurer.structure(content, item.url());
      long nanos = System.nanoTime() - t0;
      stats.add(item, content, s, nanos, LineAccounting.violations(content, s));
    } catch (RuntimeException | StackOverflowError e) {
      stats.exception(item, content, e);
    }
  }

  private static int warmUp(Structurer structurer, Path dataset, int n) throws IOException {
    CorpusStats scratch = new CorpusStats(0);
    return (int) SaudiNewsNet.forEach(dataset, n, item -> {
      structureOne(structurer, item, scratch);
      return true;
    });
  }
}
