package org.rasid.core.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cursor over one folded line. Patterns are matched with {@code lookingAt} at the cursor, one {@link Matcher} is
 * reused for all of them, and a successful read moves the cursor past the match. The groups of the last successful
 * read stay available until the next read.
 */
final class StampReader {
  private final String text;
  private final Matcher matcher;
  private int position;

  StampReader(String text) {
    this.text = text;
    this.matcher = StampPatterns.LABEL.matcher(text);
  }

  /** Reads {@code pattern} at the cursor; false, with the cursor unmoved, when it does not match there. */
  boolean read(Pattern pattern) {
    matcher.usePattern(pattern).region(position, text.length());
    if (!matcher.lookingAt()) {
      return false;
    }
    position = matcher.end();
    return true;
  }

  /** Reads {@code pattern} only if it matches everything from the cursor to the end of the line. */
  boolean readRest(Pattern pattern) {
    matcher.usePattern(pattern).region(position, text.length());
    if (!matcher.matches()) {
      return false;
    }
    position = text.length();
    return true;
  }

  /** A group of the last successful read; null when it did not take part in the match. */
  String group(String name) {
    return matcher.group(name);
  }

  /** A number group of the last successful read (ASCII digits, as folded). */
  int number(String name) {
    return Integer.parseInt(matcher.group(name));
  }

  /** True when the cursor is on an (ASCII, as folded) digit. */
  boolean atDigit() {
    if (atEnd()) {
      return false;
    }
    char c = text.charAt(position);
    return c >= '0' && c <= '9';
  }

  boolean atEnd() {
    return position == text.length();
  }

  int position() {
    return position;
  }

  void moveTo(int mark) {
    position = mark;
  }
}
