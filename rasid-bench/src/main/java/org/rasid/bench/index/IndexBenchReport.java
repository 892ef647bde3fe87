package org.rasid.bench.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.bench.Table;
import org.rasid.bench.index.IndexBenchCommand.Run;

/** The Markdown section of {@code rasid bench index}: settings, results, targets, query details, profiles. */
final class IndexBenchReport {
  private final List<Run> runs;
  private final IndexBenchCommand.Options options;
  private final String command;
  private final String date;
  private final String jdk;
  private final String machine;
  private final String loadAtStart;
  private final String loadAtEnd;
  private final BenchData.DataFile base;
  private final Path dataset;
  private final List<String> childOptions;
  private final List<Target> targets;

  /** One target check. */
  record Target(String name, String threshold, String actual, Verdict verdict) {}

  enum Verdict {
    PASS,
    FAIL,
    NOT_MEASURED;

    @Override
    public String toString() {
      return this == NOT_MEASURED ? "not measured" : name();
    }
  }

  IndexBenchReport(List<Run> runs, IndexBenchCommand.Options options, String command, String date, String jdk,
      String machine, String loadAtStart, String loadAtEnd, BenchData.DataFile base, Path dataset,
      List<String> childOptions) {
    this.runs = List.copyOf(runs);
    this.options = options;
    this.command = command;
    this.date = date;
    this.jdk = jdk;
    this.machine = machine;
    this.loadAtStart = loadAtStart;
    this.loadAtEnd = loadAtEnd;
    this.base = base;
    this.dataset = dataset;
    this.childOptions = childOptions;
    this.targets = targets(runs, options.heap());
  }

  /** No target missed and no run failed; the Lucene ceiling runs are for scale only and count for nothing. */
  boolean allTargetsMet() {
    return targets.stream().noneMatch(t -> t.verdict() == Verdict.FAIL)
        && runs.stream().allMatch(r -> r.chain() == Chain.CEILING || r.failure() == null);
  }

  List<Target> targets() {
    return targets;
  }

  static List<Target> targets(List<Run> runs, String heap) {
    List<Target> t = new ArrayList<>();
    List<Run> rasid = runs.stream().filter(r -> r.chain() == Chain.RASID).toList();
    for (Run r : rasid) {
      String name = "ingest throughput, " + r.set().label();
      if (r.ingest() == null) {
        t.add(new Target(name, atLeast(), r.failure(), Verdict.FAIL));
      } else {
        double aps = r.ingest().articlesPerSecond();
        ChildResults.Ingest in = r.ingest();
        t.add(new Target(name, atLeast(), fmt("%,.0f articles/s (%,.0f per CPU-second; the child used %.0f%% of %d"
            + " cores)", aps, in.documents() / Math.max(in.cpuSeconds(), 1e-9),
            100 * in.cpuSeconds() / (in.seconds() * in.cpus()), in.cpus()) + ceiling(r, runs),
            aps >= IndexBenchCommand.TARGET_ARTICLES_PER_SECOND ? Verdict.PASS : Verdict.FAIL));
      }
    }
    boolean p99Measured = false;
    for (Run r : rasid) {
      if (r.set().articles() < IndexBenchCommand.TARGET_P99_ARTICLES) {
        continue;
      }
      p99Measured = true;
      String name = "p99, two-term queries with facets, " + r.set().label();
      String threshold = fmt("≤ %.0f ms", IndexBenchCommand.TARGET_P99_MILLIS);
      if (r.queries() == null) {
        t.add(new Target(name, threshold, r.failure(), Verdict.FAIL));
      } else {
        double p99 = r.queries().twoTerm().p99Millis();
        t.add(new Target(name, threshold, fmt("%.1f ms (%d timings)", p99, r.queries().twoTerm().count()),
            p99 <= IndexBenchCommand.TARGET_P99_MILLIS ? Verdict.PASS : Verdict.FAIL));
      }
    }
    if (!p99Measured) {
      t.add(new Target(fmt("p99, two-term queries with facets, %,d articles", IndexBenchCommand.TARGET_P99_ARTICLES),
          fmt("≤ %.0f ms", IndexBenchCommand.TARGET_P99_MILLIS), "no set that large in this run (--scale)",
          Verdict.NOT_MEASURED));
    }
    long limit = bytes(heap);
    long target = bytes(IndexBenchCommand.DEFAULT_HEAP);
    for (Run r : rasid) {
      String name = "heap during ingest, " + r.set().label();
      String threshold = "≤ 512 MB (-Xmx" + heap + ")";
      if (r.ingest() == null) {
        boolean oom = r.failure() != null && r.failure().contains("OutOfMemoryError");
        t.add(new Target(name, threshold, r.failure(), oom || limit <= target ? Verdict.FAIL : Verdict.NOT_MEASURED));
      } else if (limit <= target) {
        t.add(new Target(name, threshold, fmt("completed within -Xmx%s; peak %s (pools) / %s (sampled)", heap,
            mb(r.ingest().peakHeapPoolsBytes()), mb(r.ingest().peakHeapSampledBytes())), Verdict.PASS));
      } else {
        long peak = r.ingest().peakHeapPoolsBytes();
        t.add(new Target(name, threshold, fmt("peak %s (pools), not enforced (-Xmx%s)", mb(peak), heap),
            peak <= target ? Verdict.PASS : Verdict.FAIL));
      }
    }
    return List.copyOf(t);
  }

  /**
   * "; bare Lucene ceiling on this set: N articles/s (rasid reaches X% of it; M per CPU-second)" for a rasid run,
   * from the ceiling run of the same set or of its first --baseline-max articles; empty without one.
   */
  static String ceiling(Run rasid, List<Run> runs) {
    String label = rasid.set().label();
    for (Run c : runs) {
      if (c.chain() != Chain.CEILING) {
        continue;
      }
      String on;
      if (c.set().label().equals(label)) {
        on = "this set";
      } else if (c.set().label().startsWith(label + ", first ")) {
        on = fmt("the first %,d articles of this set", c.set().articles());
      } else {
        continue;
      }
      if (c.ingest() == null) {
        return "; bare Lucene ceiling on " + on + ": " + c.failure();
      }
      ChildResults.Ingest in = c.ingest();
      double ceiling = in.articlesPerSecond();
      // per CPU-second too: on cores other work shares, the two children may not get the same share
      return fmt("; bare Lucene ceiling on %s: %,.0f articles/s (rasid reaches %.0f%% of it; %,.0f per CPU-second)",
          on, ceiling, 100 * rasid.ingest().articlesPerSecond() / ceiling,
          in.documents() / Math.max(in.cpuSeconds(), 1e-9));
    }
    return "";
  }

  private static String atLeast() {
    return fmt("≥ %,.0f articles/s", IndexBenchCommand.TARGET_ARTICLES_PER_SECOND);
  }

  /** "512m" → bytes. */
  static long bytes(String size) {
    String s = size.toLowerCase(Locale.ROOT);
    long factor = switch (s.charAt(s.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    return Long.parseLong(factor == 1 ? s : s.substring(0, s.length() - 1)) * factor;
  }

  String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("## Index: ingest, size, heap and query latency (SaudiNewsNet)\n\n");
    if (options.note() != null) {
      sb.append("> ").append(options.note()).append("\n\n");
    }
    sb.append("- Command: `").append(command).append("`\n");
    sb.append("- Date: ").append(date).append('\n');
    sb.append("- JDK: ").append(jdk).append('\n');
    sb.append("- Machine: ").append(machine).append(fmt("; load average (1/5/15 min) %s at the start, %s at the end"
        + " (other work on the same cores slows every figure)%n", loadAtStart, loadAtEnd));
    sb.append("- Child JVMs, one per ingest and one per query run: `").append(String.join(" ", childOptions))
        .append('`');
    runs.stream().filter(r -> r.ingest() != null).findFirst()
        .ifPresent(r -> sb.append(", ").append(r.ingest().cpus()).append(" processors; GC: ")
            .append(r.ingest().gc().replaceAll(": [^;]*", "")));
    sb.append('\n');
    sb.append(fmt("- Data: `%s` as JSONL, `{\"text\": title + \"\\n\\n\" + content, \"url\": url}` a line (%,d"
        + " articles); larger sets are made by `Replicator` (seed %d): copy r of an article gets url `url#r<r>`,"
        + " shuffled paragraphs or one dropped or duplicated, 2–6 words swapped for words of another article, numbers"
        + " changed.%n", dataset, base.lines(), options.seed()));
    sb.append(fmt("- Ingest: what `rasid ingest%s FILE.jsonl` runs: `Ingester` (%d threads, commit every %,d, batches"
        + " of %d%s) over `InputWalker`, into a fresh `LuceneArticleIndex`; the time is `Ingester.run` with the final"
        + " commit, in a fresh JVM (JIT warm-up included, as for the CLI). Index size: the folder after the final"
        + " commit. Peak heap: sum of the heap pools' peaks after `System.gc()` and a peak reset (an upper bound: the"
        + " pools peak at different times), and the largest used heap sampled every 100 ms.%n",
        options.entities() ? "" : " --no-entities", options.threads(),
        IndexBenchCommand.COMMIT_EVERY, org.rasid.index.ingest.Ingester.Options.defaults().batchSize(),
        options.entities() ? "; the shipped named-entity model tags and links every article" : ", no entity step"));
    if (runs.stream().anyMatch(r -> r.chain() == Chain.CEILING)) {
      sb.append(fmt("- Lucene ceiling: how fast bare Lucene indexes the same JSONL here, for scale (no target, no"
          + " queries). The raw `text` of each line, parsed with Jackson (lines read in batches of %d on the main"
          + " thread, %d worker threads), into a plain `IndexWriter` over `MMapDirectory` with the same writer"
          + " settings as `LuceneArticleIndex` (64 MB RAM buffer, no compound files, `TieredMergePolicy` with no-CFS"
          + " ratio 0): `body` with `RasidAnalyzers.stemmed()` (documents and frequencies, norms), `body_exact` with"
          + " `RasidAnalyzers.exact()` (positions, no norms), the text stored. None of rasid's pipeline: no"
          + " `InputWalker`, no structuring into title and paragraphs (so no title fields), no record JSON, no id"
          + " field or id lookup, no source, author, date or facet fields, no checkpoint commits: one commit at the"
          + " end. Time: from opening the writer to after that commit.%s%n", IndexBenchChild.CEILING_BATCH_LINES,
          options.threads(), options.baselineMax() == null ? "" : fmt(" On at most the first %,d articles of a set.",
              options.baselineMax())));
    }
    sb.append(fmt("- Queries: `rasid-bench/src/main/resources%s`, %s; each `SearchRequest(q, 0, 10, RELEVANCE)`"
        + " (top 10 with snippets, `source` and `month` facet counts over all matches, as the web UI asks), one at a"
        + " time on one thread in the query child JVM, timed with `System.nanoTime`; %d untimed passes over the set,"
        + " then %d timed passes (every query timed %d times). Two-term = two plain words (AND).%n",
        QuerySet.RESOURCE, queryCounts(), options.warmup(), options.rounds(), options.rounds()));
    sb.append('\n');

    Table main = new Table("set", "analysis", "articles", "ingest s", "articles/s", "index MB", "peak heap MB",
        "two-term p50 ms", "two-term p99 ms", "all p99 ms");
    for (Run r : runs) {
      ChildResults.Ingest in = r.ingest();
      ChildResults.Queries q = r.queries();
      main.row(r.set().label(), r.chain().label, fmt("%,d", in == null ? r.set().articles() : in.ingested()),
          in == null ? "—" : fmt("%.1f", in.seconds()), in == null ? r.failure() : fmt("%,.0f", in.articlesPerSecond()),
          in == null ? "—" : fmt("%,.0f", in.indexBytes() / 1048576.0),
          in == null ? "—" : fmt("%,.0f / %,.0f", in.peakHeapPoolsBytes() / 1048576.0,
              in.peakHeapSampledBytes() / 1048576.0),
          q == null ? "—" : fmt("%.1f", q.twoTerm().p50Millis()), q == null ? "—" : fmt("%.1f", q.twoTerm().p99Millis()),
          q == null ? (in == null || r.failure() == null ? "—" : r.failure()) : fmt("%.1f", q.all().p99Millis()));
    }
    sb.append(main.render()).append('\n');
    sb.append("Articles: new articles written (documents that failed, such as the empty ones, are in the details"
        + " below). Peak heap: pools / sampled (see above).");
    if (runs.stream().anyMatch(r -> r.chain() == Chain.CEILING)) {
      sb.append(" The Lucene ceiling is ingest only: its index holds no records to search.");
    }
    sb.append("\n\n");

    Table t = new Table("target (rasid chain, 2 cores)", "threshold", "actual", "result");
    for (Target target : targets) {
      t.row(target.name(), target.threshold(), target.actual(), target.verdict());
    }
    sb.append(t.render()).append('\n');

    Table lat = new Table("set", "analysis", "queries", "timings", "p50 ms", "p90 ms", "p99 ms", "max ms", "QPS");
    for (Run r : runs) {
      if (r.queries() == null) {
        continue;
      }
      ChildResults.Queries q = r.queries();
      lat.row(r.set().label(), r.chain().label, "two-term", q.twoTerm().count(), ms(q.twoTerm().p50Millis()),
          ms(q.twoTerm().p90Millis()), ms(q.twoTerm().p99Millis()), ms(q.twoTerm().maxMillis()),
          fmt("%,.0f", q.twoTerm().qps()));
      for (Map.Entry<String, Latencies> e : q.byKind().entrySet()) {
        if (!e.getKey().equals("two-term")) {
          Latencies l = e.getValue();
          lat.row("", "", e.getKey(), l.count(), ms(l.p50Millis()), ms(l.p90Millis()), ms(l.p99Millis()),
              ms(l.maxMillis()), fmt("%,.0f", l.qps()));
        }
      }
      lat.row("", "", "**all**", q.all().count(), ms(q.all().p50Millis()), ms(q.all().p90Millis()),
          ms(q.all().p99Millis()), ms(q.all().maxMillis()), fmt("%,.0f", q.all().qps()));
    }
    if (!lat.isEmpty()) {
      sb.append("Query latency by kind:\n\n").append(lat.render()).append('\n');
    }

    Table matches = new Table("set", "analysis", "articles in index", "segments", "merges on open s",
        "median matches", "queries with no match", "heap in use (query JVM)", "query errors");
    for (Run r : runs) {
      if (r.queries() != null) {
        ChildResults.Queries q = r.queries();
        matches.row(r.set().label(), r.chain().label, fmt("%,d", q.articles()), q.segments(),
            fmt("%.0f", q.mergeWaitSeconds()), fmt("%,d", q.medianTotal()), q.zeroHitQueries(),
            mb(q.peakHeapSampledBytes()), q.errors().isEmpty() ? "0" : String.join("; ", q.errors()));
      }
    }
    if (!matches.isEmpty()) {
      sb.append(matches.render()).append('\n');
    }

    runs.stream().filter(r -> r.queries() != null && r.chain() == Chain.RASID)
        .reduce((a, b) -> b.set().articles() >= a.set().articles() ? b : a).ifPresent(r -> {
          Table slow = new Table("query", "kind", "median ms", "matches");
          r.queries().slowest().stream().limit(5).forEach(s -> slow.row("`" + s.query() + "`", s.kind(),
              ms(s.millis()), fmt("%,d", s.total())));
          sb.append("Slowest queries, ").append(r.set().label()).append(", ").append(r.chain().label)
              .append(":\n\n").append(slow.render()).append('\n');
        });

    sb.append("Ingest details (CPU time counts every thread of the child: ingest workers, Lucene merges, GC, JIT;"
        + " \"CPU use\" well under 100% means the child waited, for I/O or for cores other processes held):\n\n");
    Table details = new Table("set", "analysis", "failed", "segments", "CPU s (all threads)", "CPU use of cores",
        "articles per CPU-s", "GC pauses s", "collections");
    for (Run r : runs) {
      if (r.ingest() != null) {
        ChildResults.Ingest in = r.ingest();
        details.row(r.set().label(), r.chain().label, fmt("%,d", in.failed()), in.segments(),
            fmt("%.0f", in.cpuSeconds()), fmt("%.0f%% of %d", 100 * in.cpuSeconds() / (in.seconds() * in.cpus()),
                in.cpus()), fmt("%,.0f", in.documents() / Math.max(in.cpuSeconds(), 1e-9)),
            fmt("%.1f", in.gcPauseMillis() / 1000.0), in.gc());
      }
    }
    sb.append(details.render()).append('\n');

    if (options.jfr()) {
      sb.append("Where the time goes: JFR (`settings=profile`, a few % overhead) in every child. Execution samples are"
          + " of Java threads only: GC and JIT threads are not sampled (their CPU is in the CPU s above).\n\n");
    }
    for (Run r : runs) {
      if (r.ingestProfile() != null) {
        sb.append("JFR, ingest of ").append(r.set().label()).append(", ").append(r.chain().label).append(":\n\n")
            .append(r.ingestProfile()).append('\n');
      }
      if (r.queryProfile() != null) {
        sb.append("JFR, queries on ").append(r.set().label()).append(", ").append(r.chain().label)
            .append(" (timed passes only):\n\n")
            .append(r.queryProfile()).append('\n');
      }
    }
    sb.append("index-bench: ").append(allTargetsMet() ? "PASS" : "FAIL").append('\n');
    return sb.toString();
  }

  private String queryCounts() {
    List<String> all = QuerySet.spread(QuerySet.load(), options.queries());
    long twoTerm = all.stream().filter(QuerySet::isTwoTerm).count();
    return fmt("%d queries, %d of them two-term", all.size(), twoTerm);
  }

  private static String ms(double millis) {
    return fmt(millis < 10 ? "%.2f" : "%.1f", millis);
  }

  private static String mb(long bytes) {
    return fmt("%,.0f MB", bytes / 1048576.0);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
