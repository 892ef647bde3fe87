package org.rasid.core.model;

import java.util.Objects;

/**
 * One body block.
 *
 * @param type paragraph or heading
 * @param text display text (author's spelling, Unicode cleaned)
 */
public record Block(BlockType type, String text) {
  public Block {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  public static Block paragraph(String text) {
    return new Block(BlockType.PARAGRAPH, text);
  }

  public static Block heading(String text) {
    return new Block(BlockType.HEADING, text);
  }
}
