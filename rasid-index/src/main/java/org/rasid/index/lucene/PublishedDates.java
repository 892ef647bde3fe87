package org.rasid.index.lucene;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * Index keys of a record's {@code published} value (ISO {@code 2021-09-12}, {@code 2021-09-12T22:30}, {@code
 * 2021-09} or {@code 2021}): epoch milliseconds of the local date-time read as UTC, for range filters and sorting.
 * A month or year counts as its first day at midnight, a date as its midnight. Unparseable values have no key, as
 * if the date were unknown.
 */
final class PublishedDates {
  private PublishedDates() {}

  /** The sort and filter key, or empty when the value is null or not an ISO date of the forms above. */
  static OptionalLong key(String published) {
    LocalDateTime time = parse(published);
    return time == null ? OptionalLong.empty() : OptionalLong.of(millis(time));
  }

  /** The "month" facet value {@code YYYY-MM}, or null when the value has no key or names only a year. */
  static String month(String published) {
    OptionalLong key = monthKey(published);
    return key.isPresent() ? FacetCounts.monthLabel((int) key.getAsLong()) : null;
  }

  /** The month facet key ({@link FacetCounts#monthKey}), or empty when the value has no key or names only a year. */
  static OptionalLong monthKey(String published) {
    LocalDateTime time = parse(published);
    if (time == null || published.strip().length() == 4) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(FacetCounts.monthKey(time.getYear(), time.getMonthValue()));
  }

  /** The key of a calendar day's first instant. */
  static long millis(LocalDate day) {
    return millis(day.atStartOfDay());
  }

  private static long millis(LocalDateTime time) {
    return time.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static LocalDateTime parse(String published) {
    if (published == null) {
      return null;
    }
    String text = published.strip();
    try {
      return switch (text.length()) {
        case 4 -> Year.parse(text).atDay(1).atStartOfDay();
        case 7 -> YearMonth.parse(text).atDay(1).atStartOfDay();
        case 10 -> LocalDate.parse(text).atStartOfDay();
        default -> LocalDateTime.parse(text);
      };
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
