package org.rasid.bench.index;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Heap use over a phase: the sum of the heap pools' peak usage (after a {@code System.gc()} and a peak reset at the
 * start), and the largest {@code totalMemory - freeMemory} seen by a daemon thread sampling every
 * {@value #SAMPLE_MILLIS} ms. The first is an upper bound (the pools peak at different moments; the young
 * generation grows into whatever the limit allows); the second can miss short peaks.
 */
final class HeapWatch implements AutoCloseable {
  static final long SAMPLE_MILLIS = 100;

  private final List<MemoryPoolMXBean> pools;
  private final AtomicLong sampledMax = new AtomicLong();
  private final Thread sampler;
  private final java.util.Map<String, long[]> gcAtStart;
  private volatile boolean running = true;

  HeapWatch() {
    System.gc();
    pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    gcAtStart = gc();
    Runtime rt = Runtime.getRuntime();
    sampler = new Thread(() -> {
      while (running) {
        sampledMax.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        try {
          Thread.sleep(SAMPLE_MILLIS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Sum of the heap pools' peaks since the start. */
  long poolPeaks() {
    return pools.stream().mapToLong(p -> p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed()).sum();
  }

  /** Largest sampled heap in use since the start. */
  long sampledPeak() {
    Runtime rt = Runtime.getRuntime();
    return sampledMax.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
  }

  /**
   * Collections since the start per collector: "name: count × / seconds", the pause-time collectors first. G1's
   * "Concurrent GC" time runs beside the application, it is not a pause.
   */
  String gcSinceStart() {
    java.util.Map<String, long[]> now = gc();
    StringBuilder sb = new StringBuilder();
    for (var e : now.entrySet()) {
      long[] start = gcAtStart.getOrDefault(e.getKey(), new long[2]);
      if (!sb.isEmpty()) {
        sb.append("; ");
      }
      sb.append(String.format(java.util.Locale.ROOT, "%s: %d× / %.1f s", e.getKey(), e.getValue()[0] - start[0],
          (e.getValue()[1] - start[1]) / 1000.0));
    }
    return sb.toString();
  }

  /** Milliseconds spent in collections since the start by the collectors that pause the application. */
  long gcPauseMillisSinceStart() {
    long total = 0;
    for (var e : gc().entrySet()) {
      if (!e.getKey().contains("Concurrent")) {
        total += e.getValue()[1] - gcAtStart.getOrDefault(e.getKey(), new long[2])[1];
      }
    }
    return total;
  }

  static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }

  private static java.util.Map<String, long[]> gc() {
    java.util.Map<String, long[]> m = new java.util.LinkedHashMap<>();
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      m.put(b.getName(), new long[] {Math.max(0, b.getCollectionCount()), Math.max(0, b.getCollectionTime())});
    }
    return m;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
