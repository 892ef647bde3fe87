package org.rasid.bench.index;

import java.util.List;
import java.util.Map;

/** What the child JVMs of the index benchmark report, one JSON line each (see {@link IndexBenchChild}). */
final class ChildResults {
  private ChildResults() {}

  /**
   * One ingest.
   *
   * @param documents input documents (JSONL lines) handled
   * @param ingested new articles written
   * @param alreadyPresent articles whose id was already in the index or earlier in the run
   * @param failed documents that failed
   * @param seconds wall time of {@code Ingester.run}, final commit included
   * @param articlesPerSecond documents / seconds
   * @param peakHeapPoolsBytes sum of the heap pools' peaks (see {@link HeapWatch})
   * @param peakHeapSampledBytes largest heap in use seen every 100 ms
   * @param maxHeapBytes the heap limit
   * @param indexBytes size of the index folder after the final commit (files walked after closing)
   * @param segments segments of the last commit
   * @param cpus available processors
   * @param threads ingest worker threads
   * @param cpuSeconds CPU time of the process during the ingest (all threads, GC and JIT included)
   * @param gcPauseMillis time in collections that pause the application
   * @param gc collections per collector
   * @param loadBefore /proc/loadavg before
   * @param loadAfter /proc/loadavg after
   * @param firstFailures a few failures, "document: reason"
   */
  record Ingest(String chain, String input, long documents, long ingested, long alreadyPresent, long failed,
      double seconds, double articlesPerSecond, long peakHeapPoolsBytes, long peakHeapSampledBytes,
      long maxHeapBytes, long indexBytes, int segments, int cpus, int threads, double cpuSeconds, long gcPauseMillis, String gc,
      String loadBefore, String loadAfter, List<String> firstFailures) {}

  /**
   * One query run: {@code rounds} timed passes over the queries after {@code warmupRounds} untimed ones.
   *
   * @param articles articles in the index
   * @param segments segments of the index searched
   * @param mergeWaitSeconds how long the merges that opening the index started ran before the queries began
   * @param twoTerm latencies of the two-term queries ({@link QuerySet#isTwoTerm})
   * @param all latencies of all queries
   * @param byKind latencies per {@link QuerySet#kind}
   * @param zeroHitQueries queries that matched nothing
   * @param medianTotal median number of matches per query
   * @param slowest the slowest queries (median of their timed passes)
   * @param errors queries that threw, "query: error"
   * @param peakHeapSampledBytes largest heap in use seen every 100 ms during the timed passes
   * @param timedFromEpochMillis when the timed passes began (to profile them alone)
   * @param timedToEpochMillis when they ended
   */
  record Queries(String chain, long articles, int segments, double mergeWaitSeconds, int queries, int warmupRounds, int rounds, Latencies twoTerm,
      Latencies all, Map<String, Latencies> byKind, int zeroHitQueries, long medianTotal, List<Slow> slowest,
      List<String> errors, long peakHeapSampledBytes, long maxHeapBytes, String gc, String loadBefore,
      String loadAfter, long timedFromEpochMillis, long timedToEpochMillis) {}

  /** A slow query: the median of its timed passes, and its number of matches. */
  record Slow(String query, String kind, double millis, long total) {}
}
