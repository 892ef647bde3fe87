package org.rasid.core.model;

import java.util.Objects;

/**
 * An input line that was left out of the article, and why.
 *
 * @param text the line's display text
 * @param reason why it was dropped
 * @param duplicateOf for duplicates, the index in {@link Article#blocks()} of the copy that was kept; else null
 * @param line 1-based line number in the (decoded) input
 */
public record Dropped(String text, DropReason reason, Integer duplicateOf, int line) {
  public Dropped {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reason, "reason");
  }
}
