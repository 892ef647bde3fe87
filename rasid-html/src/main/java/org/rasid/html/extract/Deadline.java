package org.rasid.html.extract;

import java.time.Duration;
import org.rasid.core.io.InputRejectedException;

/**
 * The time budget of one document: {@link #check} between stages (and inside long loops) throws a typed {@link
 * InputRejectedException} once the budget is spent, so a pathological page is abandoned rather than holding a worker.
 */
public final class Deadline {
  private final String document;
  private final Duration budget;
  private final long start;

  /**
   * @param document name of the document, for the error message
   * @param budget the time allowed, from now
   */
  public Deadline(String document, Duration budget) {
    this.document = document;
    this.budget = budget;
    this.start = System.nanoTime();
  }

  /**
   * Throws when the budget is spent.
   *
   * @param stage what was being done, named in the message
   * @throws InputRejectedException with reason {@code TIMED_OUT}
   */
  public void check(String stage) {
    long elapsed = System.nanoTime() - start;
    if (elapsed > budget.toNanos()) {
      throw InputRejectedException.timedOut(document,
          "took over " + budget.toMillis() + " ms (limit), at " + stage);
    }
  }
}
