package org.rasid.bench.ner;

import java.io.PrintStream;
import java.nio.file.Files;
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

/** {@code rasid bench ner-jmh}: runs {@link NerBenchmark} and checks the tagger's tokens/s per core. */
public final class NerJmhCommand implements Command {
  /** Target: tokens per second per core for {@code labels}. */
  public static final double TARGET_TOKENS_PER_SECOND = 200_000;
  /** Marker name of this command's section in docs/benchmarks.md. */
  public static final String SECTION = "ner-jmh";

  @Override
  public String summary() {
    return "JMH: NER tagger tokens/s per core (target 200,000)";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench ner-jmh [--shared DIR] [--md FILE] [JMH options…]

        Runs NerBenchmark: labels (pre-tokenized sentences) and mentions (raw text: tokenize, tag, join), %,d
        tokens per invocation from ANERcorp test (DIR/data/ner/anercorp/test.txt), else a built-in text. Prints
        tokens/s per core and the target: labels ≥ %,.0f tokens/s per core.
          --shared DIR   the shared data folder (default: ../shared)
          --md FILE      write the results into FILE's <!-- %s:start --> … end section (docs/benchmarks.md)
          JMH options    passed to JMH (defaults here: -f 1 -wi 3 -w 2s -i 5 -r 2s)

        Exit status: 0 the target is met, 1 it is not or the run failed, 2 bad usage.
        """.formatted(NerBenchmark.TOKENS, TARGET_TOKENS_PER_SECOND, SECTION);
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    String shared = "../shared";
    String md = null;
    List<String> jmhArgs = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--shared") || a.equals("--md")) {
        if (i + 1 >= argv.size()) {
          throw new UsageException(a + " needs a value");
        }
        if (a.equals("--shared")) {
          shared = argv.get(++i);
        } else {
          md = argv.get(++i);
        }
      } else if (a.equals("--help")) {
        out.print(usage());
        return OK;
      } else if (a.startsWith("--")) {
        throw new UsageException("unknown option " + a);
      } else {
        jmhArgs.add(a);
      }
    }
    CommandLineOptions cmd;
    try {
      cmd = new CommandLineOptions(jmhArgs.toArray(String[]::new));
    } catch (CommandLineOptionException e) {
      throw new UsageException("JMH: " + e.getMessage());
    }
    Path sharedDir = Path.of(shared).toAbsolutePath().normalize();
    System.setProperty(NerBenchmark.SHARED_PROPERTY, sharedDir.toString());
    ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
    if (cmd.getIncludes().isEmpty()) {
      b.include("^" + Pattern.quote(NerBenchmark.class.getName()) + "\\.");
    }
    if (!cmd.getForkCount().hasValue()) {
      b.forks(1);
    }
    if (!cmd.getWarmupIterations().hasValue()) {
      b.warmupIterations(3);
    }
    if (!cmd.getWarmupTime().hasValue()) {
      b.warmupTime(TimeValue.seconds(2));
    }
    if (!cmd.getMeasurementIterations().hasValue()) {
      b.measurementIterations(5);
    }
    if (!cmd.getMeasurementTime().hasValue()) {
      b.measurementTime(TimeValue.seconds(2));
    }
    List<String> append = new ArrayList<>(List.of("-D" + NerBenchmark.SHARED_PROPERTY + "=" + sharedDir,
        "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8"));
    if (Runtime.version().feature() >= 24) {
      append.add("--sun-misc-unsafe-memory-access=allow");
    }
    b.jvmArgsAppend(append.toArray(String[]::new));
    b.shouldFailOnError(true);
    Options options = b.build();
    String data = Files.isRegularFile(sharedDir.resolve("data/ner/anercorp/test.txt"))
        ? "ANERcorp test sentences, cut to " + NerBenchmark.TOKENS + " tokens"
        : "built-in sentence repeated to " + NerBenchmark.TOKENS + " tokens (no ANERcorp in " + sharedDir + ")";
    out.println("rasid bench ner-jmh: " + data);
    double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    double labels = score(results, "labels");
    double mentions = score(results, "mentions");
    if (Double.isNaN(labels)) {
      err.println("rasid bench ner-jmh: the run did not produce the labels benchmark");
      return FAILED;
    }
    boolean pass = labels >= TARGET_TOKENS_PER_SECOND;
    Table table = new Table("benchmark", "tokens/s per core", "target", "result")
        .row("labels (tokens in, BIO labels out)", String.format(Locale.ROOT, "%,.0f", labels),
            String.format(Locale.ROOT, "≥ %,.0f", TARGET_TOKENS_PER_SECOND), pass ? "PASS" : "FAIL")
        .row("mentions (raw text in: tokenize, tag, join)",
            Double.isNaN(mentions) ? "n/a" : String.format(Locale.ROOT, "%,.0f", mentions), "", "");
    String settings = String.format(Locale.ROOT, "forks %d, warmup %d × %s, measurement %d × %s, 1 thread",
        options.getForkCount().get(), options.getWarmupIterations().get(), options.getWarmupTime().get(),
        options.getMeasurementIterations().get(), options.getMeasurementTime().get());
    out.println();
    out.print(table.render());
    out.println("ner-jmh: " + (pass ? "PASS" : "FAIL"));
    if (md != null) {
      StringBuilder sb = new StringBuilder("## NER tagger throughput (JMH)\n\n");
      sb.append("- Command: `").append(RunInfo.command("./rasid bench ner-jmh", argv)).append("`\n");
      sb.append("- Date: ").append(RunInfo.date()).append('\n');
      sb.append("- JDK: ").append(RunInfo.jdk()).append('\n');
      sb.append("- Machine: ").append(RunInfo.machine()).append(String.format(Locale.ROOT,
          "; load average %.1f before the run, %.1f after (a shared machine: scores drop with load)%n", loadBefore,
          loadAfter));
      sb.append("- Tokens: ").append(data).append('\n');
      sb.append("- JMH: throughput, ").append(settings).append("; one operation = one token\n\n");
      sb.append(table.render()).append('\n');
      sb.append("ner-jmh: ").append(pass ? "PASS" : "FAIL").append('\n');
      MarkdownSections.update(Path.of(md), SECTION, sb.toString(), MarkdownSections.BENCHMARKS_HEADER);
      out.println("updated section '" + SECTION + "' of " + md);
    }
    return pass ? OK : FAILED;
  }

  private static double score(Collection<RunResult> results, String method) {
    for (RunResult r : results) {
      if (r.getParams().getBenchmark().endsWith("." + method)) {
        double toSeconds = (double) TimeUnit.SECONDS.toNanos(1) / r.getParams().getTimeUnit().toNanos(1);
        return r.getPrimaryResult().getScore() * toSeconds / Math.max(1, r.getParams().getThreads());
      }
    }
    return Double.NaN;
  }
}
