package org.rasid.bench.jmh;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.Table;
import org.rasid.bench.UsageException;
import org.rasid.bench.corpus.SaudiNewsNet;

/** {@code rasid bench jmh}: runs {@link StructurerBenchmark} and compares the structurer with its baseline. */
public final class JmhCommand implements Command {

  /** Target: articles per second per core for {@code structure}. */
  public static final double TARGET_ARTICLES_PER_SECOND = 10_000;
  /** Target: {@code structure} at most this many times slower than decoding and splitting the same bytes. */
  public static final double TARGET_MAX_SLOWDOWN = 10;
  /** Marker name of this command's section in docs/benchmarks.md. */
  public static final String SECTION = "structurer-jmh";

  static final int DEFAULT_FORKS = 1;
  static final int DEFAULT_WARMUP_ITERATIONS = 3;
  static final TimeValue DEFAULT_WARMUP_TIME = TimeValue.seconds(2);
  static final int DEFAULT_ITERATIONS = 5;
  static final TimeValue DEFAULT_ITERATION_TIME = TimeValue.seconds(2);

  @Override
  public String summary() {
    return "JMH: structurer articles/s per core against a decode-and-split baseline";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench jmh [--shared DIR] [--md FILE] [--note TEXT] [JMH options…]

        Runs StructurerBenchmark (%,d articles per invocation: a fixed SaudiNewsNet sample from DIR, else a
        generated set) with both benchmarks in one run: baselineDecodeAndSplit and structure. Prints both scores in
        articles/s per core, their ratio, and the targets: structure ≥ %,.0f articles/s per core, and within %.0f×
        of the baseline.
          --shared DIR   the shared data folder (default: ../shared)
          --md FILE      write the results into FILE's <!-- %s:start --> … end section (e.g. docs/benchmarks.md)
          --note TEXT    a note at the top of that section (e.g. "provisional")
          JMH options    passed to JMH, e.g. -wi 1 -i 2 -w 1s -r 1s -f 1 -prof gc -rf json -rff jmh.json
                         (defaults here: -f %d -wi %d -w %s -i %d -r %s; 'jmh -h' lists JMH's options)

        Exit status: 0 both targets met, 1 a target missed or the run failed, 2 bad usage.
        """.formatted(StructurerBenchmark.ARTICLES, TARGET_ARTICLES_PER_SECOND, TARGET_MAX_SLOWDOWN, SECTION,
        DEFAULT_FORKS, DEFAULT_WARMUP_ITERATIONS, DEFAULT_WARMUP_TIME, DEFAULT_ITERATIONS, DEFAULT_ITERATION_TIME);
  }

  /** Our own options, taken out of the argument list; the rest is for JMH. */
  record Split(String shared, String md, String note, boolean help, List<String> jmhArgs) {}

  static Split split(List<String> argv) throws UsageException {
    String shared = null;
    String md = null;
    String note = null;
    boolean help = false;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      switch (a) {
        case "--shared", "--md", "--note" -> {
          if (i + 1 >= argv.size()) {
            throw new UsageException(a + " needs a value");
          }
          String v = argv.get(++i);
          if (a.equals("--shared")) {
            shared = v;
          } else if (a.equals("--md")) {
            md = v;
          } else {
            note = v;
          }
        }
        case "--help", "-h" -> help = true;
        default -> {
          if (a.startsWith("--")) {
            throw new UsageException("unknown option " + a + " (JMH options start with a single '-')");
          }
          rest.add(a);
        }
      }
    }
    return new Split(shared, md, note, help, rest);
  }

  /** JMH's options from the pass-through arguments, with our defaults where none were given. */
  static Options options(CommandLineOptions cmd, Path shared) {
    ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
    if (cmd.getIncludes().isEmpty()) {
      b.include("^" + Pattern.quote(StructurerBenchmark.class.getName()) + "\\.");
    }
    if (!cmd.getForkCount().hasValue()) {
      b.forks(DEFAULT_FORKS);
    }
    if (!cmd.getWarmupIterations().hasValue()) {
      b.warmupIterations(DEFAULT_WARMUP_ITERATIONS);
    }
    if (!cmd.getWarmupTime().hasValue()) {
      b.warmupTime(DEFAULT_WARMUP_TIME);
    }
    if (!cmd.getMeasurementIterations().hasValue()) {
      b.measurementIterations(DEFAULT_ITERATIONS);
    }
    if (!cmd.getMeasurementTime().hasValue()) {
      b.measurementTime(DEFAULT_ITERATION_TIME);
    }
    List<String> append = new ArrayList<>();
    if (cmd.getJvmArgsAppend().hasValue()) {
      append.addAll(cmd.getJvmArgsAppend().get());
    }
    append.add("-D" + StructurerBenchmark.SHARED_PROPERTY + "=" + shared);
    // The fork inherits the host's JVM arguments unless -jvmArgs is given; add only what is missing.
    List<String> host = cmd.getJvmArgs().hasValue() ? List.copyOf(cmd.getJvmArgs().get())
        : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (String a : List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8")) {
      if (!host.contains(a)) {
        append.add(a);
      }
    }
    if (Runtime.version().feature() >= 24 && !host.contains("--sun-misc-unsafe-memory-access=allow")) {
      append.add("--sun-misc-unsafe-memory-access=allow"); // JMH's own Unsafe use warns on JDK 24+
    }
    b.jvmArgsAppend(append.toArray(String[]::new));
    b.shouldFailOnError(true);
    return b.build();
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Split split = split(argv);
    CommandLineOptions cmd;
    try {
      cmd = new CommandLineOptions(split.jmhArgs().toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      throw new UsageException("JMH: " + e.getMessage());
    }
    if (split.help() || cmd.shouldHelp()) {
      out.print(usage());
      out.println("\nJMH options:");
      out.flush();
      cmd.showHelp();
      return OK;
    }
    Path shared = Path.of(split.shared() == null ? "../shared" : split.shared()).toAbsolutePath().normalize();
    System.setProperty(StructurerBenchmark.SHARED_PROPERTY, shared.toString()); // for -f 0
    Options options = options(cmd, shared);
    if (cmd.shouldList() || cmd.shouldListWithParams()) {
      new Runner(options).list();
      return OK;
    }
    String data = SaudiNewsNet.zips(SaudiNewsNet.datasetDir(shared)).isEmpty()
        ? "built-in generated set (" + StructurerBenchmark.ARTICLES + " articles; no SaudiNewsNet data in "
            + shared + ")"
        : "SaudiNewsNet, " + StructurerBenchmark.ARTICLES + " articles sampled with a fixed seed from "
            + SaudiNewsNet.datasetDir(shared);
    out.println("rasid bench jmh: articles: " + data);
    out.flush();

    Collection<RunResult> results = new Runner(options).run();
    Score baseline = find(results, "baselineDecodeAndSplit");
    Score structure = find(results, "structure");
    if (baseline == null || structure == null) {
      err.println("rasid bench jmh: the run did not produce both baselineDecodeAndSplit and structure; got "
          + results.stream().map(r -> r.getParams().getBenchmark()).toList());
      return FAILED;
    }
    Outcome outcome = new Outcome(baseline, structure);
    String settings = String.format(Locale.ROOT, "forks %d, warmup %d × %s, measurement %d × %s, threads %d",
        options.getForkCount().get(), options.getWarmupIterations().get(), options.getWarmupTime().get(),
        options.getMeasurementIterations().get(), options.getMeasurementTime().get(), structure.threads());
    out.println();
    out.print(outcome.table().render());
    out.println();
    out.print(outcome.targets().render());
    out.println();
    out.println(outcome.verdict());
    if (split.md() != null) {
      String section = section(outcome, RunInfo.command("./rasid bench jmh", RunInfo.without(argv, "--note")), data, settings, split.note());
      MarkdownSections.update(Path.of(split.md()), SECTION, section, MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + split.md());
    }
    return outcome.passes() ? OK : FAILED;
  }

  /**
   * One benchmark's score in articles per second per thread.
   *
   * @param error half-width of the 99.9% confidence interval, NaN when there were too few iterations
   */
  record Score(String name, double perSecond, double error, int threads) {
    String formatted() {
      return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    String formattedError() {
      return Double.isNaN(error) ? "n/a (too few iterations)" : String.format(Locale.ROOT, "± %,.0f", error);
    }
  }

  static Score find(Collection<RunResult> results, String method) {
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      if (name.endsWith("." + method)) {
        double toSeconds = (double) TimeUnit.SECONDS.toNanos(1) / r.getParams().getTimeUnit().toNanos(1);
        int threads = Math.max(1, r.getParams().getThreads());
        return new Score(method, r.getPrimaryResult().getScore() * toSeconds / threads,
            r.getPrimaryResult().getScoreError() * toSeconds / threads, threads);
      }
    }
    return null;
  }

  /** The two scores against the targets. */
  record Outcome(Score baseline, Score structure) {
    double ratio() {
      return structure.perSecond() / baseline.perSecond();
    }

    boolean speedPasses() {
      return structure.perSecond() >= TARGET_ARTICLES_PER_SECOND;
    }

    boolean ratioPasses() {
      return ratio() >= 1 / TARGET_MAX_SLOWDOWN;
    }

    boolean passes() {
      return speedPasses() && ratioPasses();
    }

    Table table() {
      return new Table("benchmark", "articles/s per core", "error (99.9%)")
          .row(baseline.name(), baseline.formatted(), baseline.formattedError())
          .row(structure.name(), structure.formatted(), structure.formattedError())
          .row("ratio structure/baseline", String.format(Locale.ROOT, "%.4f", ratio()),
              String.format(Locale.ROOT, "structure is %.1f× slower", 1 / ratio()));
    }

    Table targets() {
      return new Table("target", "threshold", "actual", "result")
          .row("structure articles/s per core", String.format(Locale.ROOT, "≥ %,.0f", TARGET_ARTICLES_PER_SECOND),
              structure.formatted(), speedPasses() ? "PASS" : "FAIL")
          .row("structure within 10× of baseline (ratio)",
              String.format(Locale.ROOT, "≥ %.2f (%.0f× slower at most)", 1 / TARGET_MAX_SLOWDOWN, TARGET_MAX_SLOWDOWN),
              String.format(Locale.ROOT, "%.4f (%.1f× slower)", ratio(), 1 / ratio()), ratioPasses() ? "PASS" : "FAIL");
    }

    String verdict() {
      return "jmh: " + (passes() ? "PASS" : "FAIL");
    }
  }

  static String section(Outcome o, String command, String data, String settings, String note) {
    StringBuilder sb = new StringBuilder("## Structurer throughput (JMH)\n\n");
    if (note != null && !note.isBlank()) {
      sb.append("> **Note:** ").append(note).append("\n\n");
    }
    sb.append("- Command: `").append(command).append("`\n");
    sb.append("- Date: ").append(RunInfo.date()).append('\n');
    sb.append("- JDK: ").append(RunInfo.jdk()).append('\n');
    sb.append("- Machine: ").append(RunInfo.machine()).append('\n');
    sb.append("- Articles: ").append(data).append('\n');
    sb.append("- JMH: throughput, ").append(settings)
        .append("; one operation = one article (decode UTF-8 + the benchmark's work)\n\n");
    sb.append(o.table().render()).append('\n');
    sb.append(o.targets().render()).append('\n');
    sb.append(o.verdict()).append('\n');
    return sb.toString();
  }
}
