package org.rasid.bench.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.UsageException;
import org.rasid.bench.corpus.SaudiNewsNet;
import org.rasid.index.ingest.Ingester;

/**
 * {@code rasid bench index}: ingest throughput, index size, peak heap and query latency of the embedded index on
 * SaudiNewsNet and on a perturbed replication of it, for rasid's analysis chain and Lucene's stock ArabicAnalyzer,
 * with the Lucene ceiling (bare Lucene indexing the same text) for scale. Every ingest and every query run is a
 * child JVM with the heap limit under test ({@link IndexBenchChild}).
 */
public final class IndexBenchCommand implements Command {
  /** Marker name of this command's section in docs/benchmarks.md. */
  public static final String SECTION = "index-bench";

  /** Target: ingest throughput on 2 cores, articles/s. */
  static final double TARGET_ARTICLES_PER_SECOND = 5_000;
  /** Target: p99 of two-term queries with facets on 1M articles, ms. */
  static final double TARGET_P99_MILLIS = 20;
  /** The set size the p99 target is about. */
  static final long TARGET_P99_ARTICLES = 1_000_000;
  /** Target: heap during ingest; enforced as the children's -Xmx. */
  static final String DEFAULT_HEAP = "512m";

  static final String DEFAULT_SHARED = "../shared";
  static final String DEFAULT_WORK = "target/index-bench";
  static final List<Long> DEFAULT_SCALES = List.of(31_030L, 1_000_000L);
  static final int DEFAULT_QUERIES = 200;
  static final long DEFAULT_SEED = 42;
  static final int DEFAULT_WARMUP = 2;
  static final int DEFAULT_ROUNDS = 3;
  static final int COMMIT_EVERY = 5_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String summary() {
    return "index: ingest articles/s, index size, peak heap, query p50/p99 (rasid chain vs stock ArabicAnalyzer"
        + " and the bare Lucene ceiling)";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench index [--shared DIR] [--work DIR] [--scale N[,N…]] [--md FILE] [--queries N]
                                 [--baseline true|false] [--baseline-max N] [--ceiling true|false] [--seed N]
                                 [--warmup R] [--rounds R] [--threads N] [--heap SIZE] [--entities true|false]
                                 [--jfr] [--keep] [--note TEXT]

        Ingests SaudiNewsNet (DIR/data/news/saudinewsnet/dataset/*.zip) as JSONL with rasid's real ingest path
        (Ingester + InputWalker into a fresh LuceneArticleIndex), each set in a child JVM with -Xmx%s, then runs the
        fixed Arabic queries against the index in another child JVM, one at a time, each as
        SearchRequest(q, 0, 10, RELEVANCE): hits, snippets and the source and month facets.
          --shared DIR        the shared data folder (default: %s); without SaudiNewsNet the run is skipped (exit 0)
          --work DIR          JSONL files (kept and reused), indexes, logs (default: %s)
          --scale N,…         set sizes (default: %s): the corpus size is the corpus itself; any other N is a
                              deterministic perturbed replication of it to N articles (distinct urls, shuffled,
                              dropped or duplicated paragraphs, swapped words, changed numbers)
          --md FILE           write the results into FILE's <!-- %s:start --> … end section
          --queries N         how many of the %d queries of queries-ar.txt, spread over the list (default: all)
          --baseline B        also run everything with Lucene's stock ArabicAnalyzer (default: true)
          --baseline-max N    run the baseline and the ceiling on at most the first N articles of a set
                              (default: no limit)
          --ceiling B         also run the Lucene ceiling after each set's rasid run (default: true): the same
                              JSONL into a bare Lucene IndexWriter (same writer settings), each line's raw text as
                              the two body fields with rasid's two chains, stored; no structuring, record JSON, id,
                              facets or dates; ingest only, no queries, no target
          --seed N            seed of the replication (default: %d)
          --warmup R          untimed passes over the queries first (default: %d)
          --rounds R          timed passes over the queries (default: %d)
          --threads N         ingest worker threads (default: %d, one per core, as rasid ingest)
          --heap SIZE         the children's -Xmx (default: %s, the heap target)
          --entities B        find named entities while ingesting, as rasid ingest does (default: true); false
                              is rasid ingest --no-entities
          --jfr               record each child with JFR (settings=profile) and add where the time goes
          --keep              keep the indexes (default: deleted after their query run)
          --note TEXT         a note at the top of the section

        Targets (2 cores): ingest ≥ %,.0f articles/s; p99 ≤ %.0f ms for two-term queries with facets on
        %,d articles; ingest within a %s heap (an OutOfMemoryError in the child is a FAIL).
        Exit status: 0 all targets met, 1 a target missed or a run failed, 2 bad usage.
        """.formatted(DEFAULT_HEAP, DEFAULT_SHARED, DEFAULT_WORK, "31030,1000000", SECTION, DEFAULT_QUERIES,
        DEFAULT_SEED, DEFAULT_WARMUP, DEFAULT_ROUNDS, Ingester.Options.defaults().threads(), DEFAULT_HEAP,
        TARGET_ARTICLES_PER_SECOND, TARGET_P99_MILLIS, TARGET_P99_ARTICLES, DEFAULT_HEAP);
  }

  /** The parsed command line. */
  record Options(Path shared, Path work, List<Long> scales, String md, int queries, boolean baseline,
      Long baselineMax, boolean ceiling, long seed, int warmup, int rounds, int threads, String heap, boolean entities,
      boolean jfr, boolean keep, String note, boolean help) {}

  static Options parse(List<String> argv) throws UsageException {
    Args a = Args.parse(argv, Set.of("--shared", "--work", "--scale", "--md", "--queries", "--baseline",
        "--baseline-max", "--ceiling", "--seed", "--warmup", "--rounds", "--threads", "--heap", "--entities",
        "--note"),
        Set.of("--jfr", "--keep", "--help", "-h"));
    if (!a.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + a.positionals().getFirst() + "'");
    }
    boolean baseline = bool(a, "--baseline");
    boolean ceiling = bool(a, "--ceiling");
    String heap = a.value("--heap", DEFAULT_HEAP);
    if (!heap.matches("\\d+[kKmMgG]?")) {
      throw new UsageException("--heap takes a size like 512m or 1g, not '" + heap + "'");
    }
    String seed = a.value("--seed", Long.toString(DEFAULT_SEED));
    long seedValue;
    try {
      seedValue = Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed needs a whole number, not '" + seed + "'");
    }
    return new Options(Path.of(a.value("--shared", DEFAULT_SHARED)), Path.of(a.value("--work", DEFAULT_WORK)),
        scales(a.value("--scale", null)), a.value("--md", null), a.intValue("--queries", DEFAULT_QUERIES, 1),
        baseline, a.has("--baseline-max") ? (long) a.intValue("--baseline-max", 0, 1) : null, ceiling, seedValue,
        a.intValue("--warmup", DEFAULT_WARMUP, 0), a.intValue("--rounds", DEFAULT_ROUNDS, 1),
        a.intValue("--threads", Ingester.Options.defaults().threads(), 1), heap, bool(a, "--entities"),
        a.has("--jfr"), a.has("--keep"),
        a.value("--note", null), a.has("--help") || a.has("-h"));
  }

  /** A true|false option, true when absent. */
  private static boolean bool(Args a, String name) throws UsageException {
    String value = a.value(name, "true");
    if (!value.equals("true") && !value.equals("false")) {
      throw new UsageException(name + " takes true or false, not '" + value + "'");
    }
    return value.equals("true");
  }

  /** "31030,1000000" (also "1_000_000" or "1m"/"250k") → distinct sizes in the order given. */
  static List<Long> scales(String value) throws UsageException {
    if (value == null) {
      return DEFAULT_SCALES;
    }
    List<Long> scales = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.strip().replace("_", "").toLowerCase(Locale.ROOT);
      long factor = p.endsWith("k") ? 1_000 : p.endsWith("m") ? 1_000_000 : 1;
      if (factor > 1) {
        p = p.substring(0, p.length() - 1);
      }
      long n;
      try {
        n = Long.parseLong(p) * factor;
      } catch (NumberFormatException e) {
        throw new UsageException("--scale takes sizes separated by commas, like 31030,1000000; not '" + value + "'");
      }
      if (n < 1 || n > 100_000_000) {
        throw new UsageException("--scale sizes must be between 1 and 100,000,000, not " + n);
      }
      if (!scales.contains(n)) {
        scales.add(n);
      }
    }
    return List.copyOf(scales);
  }

  /** One input set. */
  record DataSet(String label, long articles, BenchData.DataFile file) {}

  /** One ingest and query run of one set with one chain; ingest or queries null when they failed. */
  record Run(DataSet set, Chain chain, ChildResults.Ingest ingest, ChildResults.Queries queries, String failure,
      String ingestProfile, String queryProfile) {}

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException,
      InterruptedException {
    Options o = parse(argv);
    if (o.help()) {
      out.print(usage());
      return OK;
    }
    Path dataset = SaudiNewsNet.datasetDir(o.shared()).toAbsolutePath().normalize();
    if (SaudiNewsNet.zips(dataset).isEmpty()) {
      out.println("index: skipped: no SaudiNewsNet zips in " + dataset
          + " (the shared data folder is not here; pass --shared DIR to point at it)");
      return OK;
    }
    Path work = o.work().toAbsolutePath().normalize();
    Files.createDirectories(work.resolve("logs"));
    String loadAtStart = IndexBenchChild.loadAverage();
    String started = RunInfo.date();

    long t0 = System.nanoTime();
    BenchData.DataFile base = BenchData.base(dataset, work);
    out.printf(Locale.ROOT, "index: base set %s (%,d articles, %s)%s%n", base.path(), base.lines(),
        RunInfo.mb(Files.size(base.path())), base.reused() ? ", reused" : String.format(Locale.ROOT,
            ", written in %.0f s", (System.nanoTime() - t0) / 1e9));

    List<Run> runs = new ArrayList<>();
    for (long scale : o.scales()) {
      DataSet set = dataSet(base, scale, o.seed(), work, out);
      runs.add(runOne(o, set, Chain.RASID, work, out, err));
      if (o.baseline() || o.ceiling()) {
        DataSet capped = set;
        if (o.baselineMax() != null && scale > o.baselineMax()) {
          DataSet first = dataSet(base, o.baselineMax(), o.seed(), work, out);
          capped = new DataSet(cappedLabel(set.label(), o.baselineMax()), first.articles(), first.file());
        }
        if (o.baseline()) {
          runs.add(runOne(o, capped, Chain.ARABIC, work, out, err));
        }
        if (o.ceiling()) {
          runs.add(runOne(o, capped, Chain.CEILING, work, out, err));
        }
      }
    }

    IndexBenchReport report = new IndexBenchReport(runs, o, RunInfo.command("./rasid bench index",
        RunInfo.without(argv, "--note")), started, RunInfo.jdk(), RunInfo.machine(), loadAtStart,
        IndexBenchChild.loadAverage(), base, dataset, childJvmOptions(o));
    out.println();
    out.print(report.markdown());
    if (o.md() != null) {
      MarkdownSections.update(Path.of(o.md()), SECTION, report.markdown(), MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + o.md());
    }
    boolean pass = report.allTargetsMet();
    out.println("index: " + (pass ? "PASS" : "FAIL"));
    return pass ? OK : FAILED;
  }

  /** The label of a set's first {@code max} articles, when the baseline and the ceiling run on those only. */
  static String cappedLabel(String label, long max) {
    return label + String.format(Locale.ROOT, ", first %,d only", max);
  }

  private static DataSet dataSet(BenchData.DataFile base, long scale, long seed, Path work, PrintStream out)
      throws IOException {
    if (scale == base.lines()) {
      return new DataSet(String.format(Locale.ROOT, "SaudiNewsNet %,d", scale), scale, base);
    }
    long t0 = System.nanoTime();
    BenchData.DataFile f = BenchData.replicated(base, scale, seed, work);
    out.printf(Locale.ROOT, "index: set %s (%,d articles, %s)%s%n", f.path(), f.lines(),
        RunInfo.mb(Files.size(f.path())), f.reused() ? ", reused" : String.format(Locale.ROOT, ", written in %.0f s",
            (System.nanoTime() - t0) / 1e9));
    String label = scale < base.lines() ? String.format(Locale.ROOT, "SaudiNewsNet, first %,d", scale)
        : String.format(Locale.ROOT, "SaudiNewsNet ×%.1f perturbed, %,d", (double) scale / base.lines(), scale);
    return new DataSet(label, f.lines(), f);
  }

  private Run runOne(Options o, DataSet set, Chain chain, Path work, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    String name = set.articles() + "-" + chain.key;
    Path index = work.resolve("index-" + name);
    deleteTree(index);
    out.printf(Locale.ROOT, "index: ingest %s with the %s (child JVM, -Xmx%s) ...%n", set.label(), chain.label,
        o.heap());
    List<String> ingestArgs = List.of("ingest", "--chain", chain.key, "--input", set.file().path().toString(),
        "--index", index.toString(), "--threads", Integer.toString(o.threads()), "--commit-every",
        Integer.toString(COMMIT_EVERY), "--entities", Boolean.toString(o.entities()));
    Child ingest = runChild(o, work, name + "-ingest", ingestArgs, err);
    String ingestProfile = o.jfr() ? profile(ingest.jfr(), 0, Long.MAX_VALUE) : null;
    if (ingest.result() == null) {
      deleteTree(index);
      return new Run(set, chain, null, null, "ingest " + ingest.failure(), ingestProfile, null);
    }
    ChildResults.Ingest in = MAPPER.readValue(ingest.result(), ChildResults.Ingest.class);
    out.printf(Locale.ROOT, "index:   %,d documents (%,d new, %,d failed) in %.1f s = %,.0f articles/s; index %s;"
        + " peak heap %s (pools) / %s (sampled)%n", in.documents(), in.ingested(), in.failed(), in.seconds(),
        in.articlesPerSecond(), RunInfo.mb(in.indexBytes()), RunInfo.mb(in.peakHeapPoolsBytes()),
        RunInfo.mb(in.peakHeapSampledBytes()));
    if (chain == Chain.CEILING) { // a bare Lucene index: nothing rasid can search
      if (!o.keep()) {
        deleteTree(index);
      }
      return new Run(set, chain, in, null, null, ingestProfile, null);
    }
    out.printf(Locale.ROOT, "index: queries on %s, %s ...%n", set.label(), chain.label);
    List<String> queryArgs = List.of("query", "--chain", chain.key, "--index", index.toString(), "--queries",
        Integer.toString(o.queries()), "--warmup", Integer.toString(o.warmup()), "--rounds",
        Integer.toString(o.rounds()), "--tsv", work.resolve("logs").resolve(name + "-queries.tsv").toString());
    Child query = runChild(o, work, name + "-query", queryArgs, err);
    if (!o.keep()) {
      deleteTree(index);
    }
    if (query.result() == null) {
      return new Run(set, chain, in, null, "queries " + query.failure(), ingestProfile,
          o.jfr() ? profile(query.jfr(), 0, Long.MAX_VALUE) : null);
    }
    ChildResults.Queries q = MAPPER.readValue(query.result(), ChildResults.Queries.class);
    // the timed passes only: not the start-up, the merges that opening the index started, or the warm-up
    String queryProfile = o.jfr() ? profile(query.jfr(), q.timedFromEpochMillis(), q.timedToEpochMillis()) : null;
    out.printf(Locale.ROOT, "index:   two-term p50 %.1f ms, p99 %.1f ms; all p50 %.1f ms, p99 %.1f ms%n",
        q.twoTerm().p50Millis(), q.twoTerm().p99Millis(), q.all().p50Millis(), q.all().p99Millis());
    return new Run(set, chain, in, q, null, ingestProfile, queryProfile);
  }

  /** What a child left: its RESULT json, or why there is none; and its JFR file when recorded. */
  record Child(String result, String failure, Path jfr) {}

  static List<String> childJvmOptions(Options o) {
    return List.of("-Xmx" + o.heap(), "-XX:+ExitOnOutOfMemoryError", "--add-modules", "jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8");
  }

  private Child runChild(Options o, Path work, String name, List<String> args, PrintStream err)
      throws IOException, InterruptedException {
    Path log = work.resolve("logs").resolve(name + ".log");
    Path jfr = o.jfr() ? work.resolve("logs").resolve(name + ".jfr") : null;
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(childJvmOptions(o));
    if (jfr != null) {
      Files.deleteIfExists(jfr);
      cmd.add("-XX:FlightRecorderOptions=stackdepth=256");
      cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IndexBenchChild.class.getName()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
    p.getOutputStream().close();
    String result = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith(IndexBenchChild.RESULT)) {
          result = line.substring(IndexBenchChild.RESULT.length());
        } else if (line.contains("[jfr,startup]")) {
          continue; // JFR's start-up notice on standard output
        } else if (line.startsWith(IndexBenchChild.PROGRESS)) {
          err.println("index:   " + line.substring(IndexBenchChild.PROGRESS.length()));
        } else {
          err.println("index:   [" + name + "] " + line);
        }
      }
    }
    int status = p.waitFor();
    if (status == 0 && result != null) {
      return new Child(result, null, jfr);
    }
    String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    String why = logText.contains("OutOfMemoryError")
        ? "ran out of heap (OutOfMemoryError with -Xmx" + o.heap() + ")"
        : "failed (exit status " + status + ")";
    err.println("index:   " + name + " " + why + "; the end of " + log + ":");
    List<String> lines = logText.lines().toList();
    lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> err.println("index:     " + l));
    return new Child(null, why, jfr);
  }

  private static String profile(Path jfr, long fromMillis, long toMillis) {
    if (jfr == null || !Files.exists(jfr)) {
      return null;
    }
    try {
      return JfrSummary.markdown(jfr, 12, fromMillis, toMillis);
    } catch (IOException | RuntimeException e) {
      return "The recording " + jfr + " could not be read: " + e;
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
