package org.rasid.core.dates;

import java.util.Optional;

/**
 * Recognizes Arabic date stamps. STUB: to be replaced by the full implementation.
 */
public final class DateParser {
  private DateParser() {}

  /**
   * Parses a line that is, as a whole, a date stamp (optionally with a label such as "نشر في", a weekday, a time,
   * and a Hijri or Gregorian equivalent). Returns empty when the line holds anything else.
   */
  public static Optional<DateStamp> parseLine(String line) {
    return Optional.empty();
  }
}
