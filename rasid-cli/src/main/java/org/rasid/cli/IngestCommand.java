package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rasid.index.ArticleIndex;
import org.rasid.index.ingest.Ingester;
import org.rasid.index.ingest.InputWalker;
import org.rasid.index.ingest.PageExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid ingest PATH…}: structure and index articles, with progress, resumable and idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Structure raw articles and add them to the index.",
      "PATH may be a file, a folder (read recursively), a .jsonl/.ndjson file (one record, {\"text\":…,\"url\":…}"
          + " object or JSON string per line), or '-' for standard input. Text files, HTML pages, WARC and WARC.gz"
          + " archives (one document per HTML page; other records skipped and counted) and gzipped pages are"
          + " recognised by content, not by name.",
      "Persons, places and organizations are found in every article (--no-entities to skip it).",
      "An article already in the index is skipped; an interrupted run resumes where its last commit left off.",
      "Exit status: 0 all ingested; 1 some documents failed (listed); 2 usage error."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOptions index;

  @Mixin EntityOptions entityOptions;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, JSONL files, WARC archives, or '-'.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--commit-every", defaultValue = "5000", paramLabel = "N",
      description = "Commit (make durable) after every N documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  Integer threads;

  @Option(names = "--max-bytes", defaultValue = "5MB", converter = ByteSize.class, paramLabel = "SIZE",
      description = "Largest document accepted (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  /** How many failures are listed on stderr (all are counted). */
  static final int FAILURES_SHOWN = 20;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (commitEvery < 1 || (threads != null && threads < 1)) {
      err.println("rasid ingest: --commit-every and --threads must be positive");
      return RasidCli.USAGE;
    }
    Ingester.Options defaults = Ingester.Options.defaults();
    Ingester.Options options = new Ingester.Options(commitEvery, threads == null ? defaults.threads() : threads,
        defaults.batchSize());
    InputWalker walker = new InputWalker(paths, maxBytes, System.in);
    long total = paths.contains("-") ? -1 : walker.count();
    String inputsKey = String.join("\n", paths.stream()
        .map(p -> p.equals("-") ? "-" : Path.of(p).toAbsolutePath().normalize().toString()).toList());
    Ingester.Summary s;
    try (ArticleIndex idx = index.open(); Progress progress = Progress.create(total, quiet, err)) {
      s = new Ingester(idx, options, PageExtractor.html(), entityOptions.step("ingest", err, index.dir))
          .run(walker, inputsKey, progress::update);
    } finally {
      entityOptions.save("ingest", err); // what the registry learnt before a failure is still right
    }
    report(s, out, err);
    return s.failed() == 0 ? RasidCli.OK : RasidCli.SOME_FAILED;
  }

  private void report(Ingester.Summary s, PrintWriter out, PrintWriter err) {
    double seconds = Math.max(s.millis(), 1) / 1000.0;
    out.printf(Locale.ROOT, "ingested %,d, already present %,d, resumed past %,d, failed %,d — %,d documents in %.1f s"
        + " (%,.0f docs/s) into %s%n", s.ingested(), s.alreadyPresent(), s.resumed(), s.failed(), s.documents(),
        seconds, (s.documents() - s.resumed()) / seconds, index.dir.toAbsolutePath());
    if (!s.skipped().isEmpty()) {
      out.printf(Locale.ROOT, "skipped %,d archive records: %s%n", s.skippedTotal(), String.join(", ",
          s.skipped().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
              .toList()));
    }
    if (s.entityFailed() > 0) {
      err.printf(Locale.ROOT, "rasid ingest: %,d articles indexed without entities (the entity step failed)%n",
          s.entityFailed());
      s.entityFailures().stream().limit(FAILURES_SHOWN)
          .forEach(f -> err.println("rasid ingest: " + f.document() + ": " + f.reason()));
    }
    int shown = 0;
    for (Ingester.Failure f : s.failures()) {
      if (shown++ == FAILURES_SHOWN) {
        err.printf("rasid ingest: … and %,d more failures%n", s.failed() - FAILURES_SHOWN);
        break;
      }
      err.println("rasid ingest: " + f.document() + ": " + stripName(f.document(), f.reason()));
    }
    out.flush();
    err.flush();
  }

  /** Decoder messages already start with the document name. */
  private static String stripName(String document, String reason) {
    return reason.startsWith(document + ": ") ? reason.substring(document.length() + 2) : reason;
  }

  /** A progress bar on a terminal; a plain line every few seconds otherwise; nothing with --quiet. */
  private interface Progress extends AutoCloseable {
    void update(long done, long ingested, long alreadyPresent, long failed);

    @Override
    void close();

    static Progress create(long total, boolean quiet, PrintWriter err) {
      if (quiet) {
        return new Progress() {
          public void update(long d, long i, long a, long f) {}

          public void close() {}
        };
      }
      if (Terminal.isInteractive()) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(total)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" docs", 1).showSpeed()
            .setUpdateIntervalMillis(250).build();
        return new Progress() {
          public void update(long done, long ingested, long alreadyPresent, long failed) {
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, " new %,d · present %,d · failed %,d", ingested,
                alreadyPresent, failed));
          }

          public void close() {
            bar.close();
          }
        };
      }
      return new PlainProgress(total, err);
    }
  }

  /** "ingest: 12,345 / 31,030 (39.8%), 5,120 docs/s, ETA 0:04" every {@link #EVERY_NANOS}. */
  private static final class PlainProgress implements Progress {
    static final long EVERY_NANOS = 5_000_000_000L;
    private final long total;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private long first = -1;

    PlainProgress(long total, PrintWriter err) {
      this.total = total;
      this.err = err;
    }

    @Override
    public void update(long done, long ingested, long alreadyPresent, long failed) {
      if (first < 0) {
        first = done; // resumed documents do not count towards the rate
      }
      long now = System.nanoTime();
      if (now - lastPrint < EVERY_NANOS) {
        return;
      }
      lastPrint = now;
      double rate = (done - first) / ((now - start) / 1e9);
      String of = total > 0 ? String.format(Locale.ROOT, " / %,d (%.1f%%)", total, 100.0 * done / total) : "";
      String eta = total > 0 && rate > 0 ? ", ETA " + clock((long) ((total - done) / rate)) : "";
      err.printf(Locale.ROOT, "ingest: %,d%s, %,.0f docs/s%s — new %,d, present %,d, failed %,d%n", done, of, rate,
          eta, ingested, alreadyPresent, failed);
      err.flush();
    }

    @Override
    public void close() {}

    private static String clock(long seconds) {
      return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
          : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
  }
}
