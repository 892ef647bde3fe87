package org.rasid.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when slept on, and records every sleep. */
final class FakeClock implements FetchClock {
  private long now = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    now += duration.toNanos();
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized void advance(Duration d) {
    now += d.toNanos();
  }
}
