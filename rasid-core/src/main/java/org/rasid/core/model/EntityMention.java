package org.rasid.core.model;

import java.util.Objects;

/**
 * One place in an article where an entity is named.
 *
 * @param text the mention as written, clitics included ("وإيران", "لطهران")
 * @param block index into {@link Article#blocks()} of the block holding it, or {@link #TITLE} for the headline
 * @param start offset of its first char in that block's text (or the title)
 * @param end offset after its last char; {@code start < end}
 */
public record EntityMention(String text, int block, int start, int end) {
  /** The {@code block} value of a mention in the title. */
  public static final int TITLE = -1;

  public EntityMention {
    Objects.requireNonNull(text, "text");
    if (block < TITLE) {
      throw new IllegalArgumentException("block " + block + " < " + TITLE);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
