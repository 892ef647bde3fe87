package org.rasid.core.structure;

/**
 * Where one non-blank input line ended up. Every non-blank line has exactly one fate.
 *
 * @param line 1-based line number in the decoded input
 * @param text the line's cleaned display text
 * @param place the part of the record that holds it
 * @param index position in that part's list ({@code images}, {@code blocks}, {@code related}, {@code dropped}),
 *     or -1 for single-valued fields
 */
public record LineFate(int line, String text, Place place, int index) {

  /** The part of the record a line went to. */
  public enum Place {
    /** {@code published} and {@code publishedText}. */
    DATE,
    /** {@code source}, {@code agencies}, {@code authors}, {@code dateline}. */
    BYLINE,
    TITLE,
    IMAGE,
    BLOCK,
    RELATED,
    DROPPED
  }
}
