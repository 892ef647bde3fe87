package org.rasid.fetch;

import java.time.Duration;

/**
 * The time source of the politeness delay and the retry back-off, injectable so that tests check waits without
 * waiting. (Timeouts always use real time.)
 */
public interface FetchClock {
  /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits for the duration; interruptible. */
  void sleep(Duration duration) throws InterruptedException;

  /** The system clock and {@link Thread#sleep}. */
  static FetchClock system() {
    return new FetchClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
      }
    };
  }
}
