package org.rasid.bench.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rasid.bench.Args;
import org.rasid.core.io.TextDecoder;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.index.ingest.Ingester;
import org.rasid.index.ingest.InputWalker;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * The child JVM of {@code rasid bench index}, started with the heap limit under test. Two modes, each printing
 * {@code PROGRESS …} lines and one {@code RESULT <json>} line on standard output:
 *
 * <pre>
 * ingest --chain rasid|arabic --input FILE.jsonl --index DIR [--threads N] [--commit-every N]
 * query  --chain rasid|arabic --index DIR [--queries N] [--warmup R] [--rounds R] [--tsv FILE]
 * </pre>
 *
 * <p>{@code ingest} runs exactly what {@code rasid ingest FILE.jsonl} runs: {@link Ingester} over an {@link
 * InputWalker} into a {@link LuceneArticleIndex} in a fresh folder. {@code query} opens that index and runs the
 * queries of {@link QuerySet} one after the other, each as {@code SearchRequest(q, 0, 10, RELEVANCE)} (hits,
 * snippets and the source and month facets, as the web UI asks).
 */
public final class IndexBenchChild {
  static final String RESULT = "RESULT ";
  static final String PROGRESS = "PROGRESS ";
  static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IndexBenchChild() {}

  public static void main(String[] argv) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> args = Arrays.asList(argv);
    if (args.isEmpty()) {
      throw new IllegalArgumentException("mode needed: ingest or query");
    }
    Args a = Args.parse(args.subList(1, args.size()), Set.of("--chain", "--input", "--index", "--threads",
        "--commit-every", "--queries", "--warmup", "--rounds", "--tsv"), Set.of());
    Chain chain = Chain.of(a.value("--chain", "rasid"));
    Path index = Path.of(a.value("--index", null));
    Object result = switch (args.getFirst()) {
      case "ingest" -> ingest(chain, Path.of(a.value("--input", null)), index,
          a.intValue("--threads", Ingester.Options.defaults().threads(), 1),
          a.intValue("--commit-every", 5_000, 1), out);
      case "query" -> query(chain, index, a.intValue("--queries", 200, 1), a.intValue("--warmup", 2, 0),
          a.intValue("--rounds", 1, 1), a.value("--tsv", null), out);
      default -> throw new IllegalArgumentException("unknown mode " + args.getFirst());
    };
    out.println(RESULT + MAPPER.writeValueAsString(result));
    out.flush();
    System.exit(0); // Lucene's merge threads are done (the index is closed); do not wait for anything else
  }

  static ChildResults.Ingest ingest(Chain chain, Path input, Path indexDir, int threads, int commitEvery,
      PrintStream out) throws IOException {
    Ingester.Options defaults = Ingester.Options.defaults();
    Ingester.Options options = new Ingester.Options(commitEvery, threads, defaults.batchSize());
    InputWalker walker = new InputWalker(List.of(input.toString()), TextDecoder.DEFAULT_MAX_BYTES,
        InputStream.nullInputStream());
    String inputsKey = input.toAbsolutePath().normalize().toString();
    String loadBefore = loadAverage();
    Ingester.Summary s;
    long peakPools;
    long peakSampled;
    long cpuStart = processCpuNanos();
    long cpuEnd;
    String gc;
    long gcPause;
    try (HeapWatch heap = new HeapWatch()) {
      cpuStart = processCpuNanos();
      long[] last = {System.nanoTime(), 0};
      try (LuceneArticleIndex index = chain.open(indexDir)) {
        s = new Ingester(index, options).run(walker, inputsKey, (done, ingested, present, failed) -> {
          long now = System.nanoTime();
          if (now - last[0] >= PROGRESS_EVERY_NANOS) {
            out.printf(Locale.ROOT, "%singest %s: %,d documents, %,.0f/s lately, heap %d MB%n", PROGRESS, chain.key,
                done, (done - last[1]) / ((now - last[0]) / 1e9),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            last[0] = now;
            last[1] = done;
          }
        });
        cpuEnd = processCpuNanos();
        peakPools = heap.poolPeaks();
        peakSampled = heap.sampledPeak();
        gc = heap.gcSinceStart();
        gcPause = heap.gcPauseMillisSinceStart();
      }
    }
    double seconds = Math.max(s.millis(), 1) / 1000.0;
    List<String> failures = s.failures().stream().limit(5).map(f -> f.document() + ": " + f.reason()).toList();
    return new ChildResults.Ingest(chain.key, input.toString(), s.documents(), s.ingested(), s.alreadyPresent(),
        s.failed(), seconds, s.documents() / seconds, peakPools, peakSampled, Runtime.getRuntime().maxMemory(),
        folderBytes(indexDir), segments(indexDir), Runtime.getRuntime().availableProcessors(), threads, (cpuEnd - cpuStart) / 1e9,
        gcPause, gc, loadBefore, loadAverage(), failures);
  }

  static ChildResults.Queries query(Chain chain, Path indexDir, int n, int warmupRounds, int rounds, String tsv,
      PrintStream out) throws IOException {
    List<String> queries = QuerySet.spread(QuerySet.load(), n);
    String loadBefore = loadAverage();
    try (LuceneArticleIndex index = chain.open(indexDir)) {
      long articles = index.stats().articles();
      // Opening the index opens a near-real-time reader, and that starts the merges the ingest's close (a rollback)
      // aborted. Their result is never searched (no commit follows), but they take the CPU: queries are timed after.
      double mergeWait = waitForMerges(out, chain);
      List<String> errors = new ArrayList<>();
      for (int r = 0; r < warmupRounds; r++) {
        for (String q : queries) {
          run(index, q, errors);
        }
      }
      out.printf(Locale.ROOT, "%squery %s: warmed up (%d × %d queries), timing %d × ...%n", PROGRESS, chain.key,
          warmupRounds, queries.size(), rounds);
      long[][] nanos = new long[queries.size()][rounds];
      long[] totals = new long[queries.size()];
      errors.clear();
      long peakSampled;
      String gc;
      long timedFrom;
      long timedTo;
      try (HeapWatch heap = new HeapWatch()) {
        timedFrom = System.currentTimeMillis();
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            SearchResponse resp = run(index, queries.get(i), errors);
            nanos[i][r] = System.nanoTime() - t0;
            totals[i] = resp == null ? -1 : resp.total();
          }
        }
        timedTo = System.currentTimeMillis();
        peakSampled = heap.sampledPeak();
        gc = heap.gcSinceStart();
      }
      List<Long> all = new ArrayList<>();
      List<Long> twoTerm = new ArrayList<>();
      Map<String, List<Long>> byKind = new LinkedHashMap<>();
      List<ChildResults.Slow> slow = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        String q = queries.get(i);
        String kind = QuerySet.kind(q);
        for (long t : nanos[i]) {
          all.add(t);
          byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(t);
          if (QuerySet.isTwoTerm(q)) {
            twoTerm.add(t);
          }
        }
        long[] own = nanos[i].clone();
        Arrays.sort(own);
        slow.add(new ChildResults.Slow(q, kind, own[own.length / 2] / 1e6, totals[i]));
      }
      if (tsv != null) {
        writeTsv(Path.of(tsv), slow);
      }
      Map<String, Latencies> kinds = new LinkedHashMap<>();
      byKind.forEach((k, v) -> kinds.put(k, Latencies.of(toArray(v))));
      long[] sortedTotals = Arrays.stream(totals).sorted().toArray();
      int zero = (int) Arrays.stream(totals).filter(t -> t == 0).count();
      slow.sort(Comparator.comparingDouble(ChildResults.Slow::millis).reversed());
      return new ChildResults.Queries(chain.key, articles, segments(indexDir), mergeWait, queries.size(), warmupRounds, rounds,
          Latencies.of(toArray(twoTerm)), Latencies.of(toArray(all)), kinds, zero,
          sortedTotals[sortedTotals.length / 2], List.copyOf(slow.subList(0, Math.min(8, slow.size()))),
          List.copyOf(errors), peakSampled, Runtime.getRuntime().maxMemory(), gc, loadBefore, loadAverage(), timedFrom,
          timedTo);
    }
  }

  /** Waits (at most an hour) until no Lucene merge thread runs; returns the seconds waited. */
  static double waitForMerges(PrintStream out, Chain chain) {
    long t0 = System.nanoTime();
    long lastPrint = t0;
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("Lucene Merge Thread"))) {
      long now = System.nanoTime();
      if (now - t0 > 3_600_000_000_000L) {
        break;
      }
      if (now - lastPrint >= PROGRESS_EVERY_NANOS) {
        out.printf(Locale.ROOT, "%squery %s: waiting for the merges started on open (%.0f s)%n", PROGRESS, chain.key,
            (now - t0) / 1e9);
        lastPrint = now;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Segments of the last commit in {@code dir}, read without a writer; -1 when it cannot be read. */
  static int segments(Path dir) {
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static SearchResponse run(LuceneArticleIndex index, String q, List<String> errors) throws IOException {
    try {
      return index.search(new SearchRequest(q, 0, 10, SearchRequest.Sort.RELEVANCE));
    } catch (RuntimeException e) { // QuerySyntaxException: the list has a bad query
      if (errors.size() < 20) {
        errors.add(q + ": " + e.getMessage());
      }
      return null;
    }
  }

  private static void writeTsv(Path file, List<ChildResults.Slow> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("query\tkind\tmedian_ms\tmatches\n");
      for (ChildResults.Slow s : rows) {
        w.write(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%d%n", s.query(), s.kind(), s.millis(), s.total()));
      }
    }
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  /** Bytes of the regular files under {@code dir}. */
  static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      }
      return total;
    }
  }

  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** The first three fields of /proc/loadavg (1, 5 and 15 minutes), or "?" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
