package org.rasid.bench.index;

import java.util.Arrays;

/**
 * Latency figures of a set of timed operations.
 *
 * @param count operations
 * @param p50Millis median, nearest-rank
 * @param p90Millis 90th percentile, nearest-rank
 * @param p99Millis 99th percentile, nearest-rank
 * @param maxMillis slowest
 * @param meanMillis mean
 * @param qps operations per second of wall time spent in them, one after the other on one thread
 */
public record Latencies(int count, double p50Millis, double p90Millis, double p99Millis, double maxMillis,
    double meanMillis, double qps) {

  /** The figures of these durations, in nanoseconds (not changed). */
  public static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return new Latencies(0, 0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long total = 0;
    for (long n : sorted) {
      total += n;
    }
    return new Latencies(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 90)),
        millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]), millis(total) / sorted.length,
        total == 0 ? 0 : sorted.length / (total / 1e9));
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code p}% of the values at or below it
   * ({@code sorted[ceil(p/100 × n) - 1]}), so it is always one of the measured values.
   *
   * @param sorted ascending, not empty
   * @param p in (0, 100]
   */
  public static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    int rank = (int) Math.ceil(p * sorted.length / 100.0); // p × n first: exact for whole p and n
    return sorted[Math.max(1, Math.min(rank, sorted.length)) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
