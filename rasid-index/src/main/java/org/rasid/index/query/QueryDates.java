package org.rasid.index.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Dates of the {@code from:} and {@code to:} filters: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, in ASCII
 * or Arabic-Indic digits. A date names a period (a day, a month or a year): {@code from:} starts at its first day,
 * {@code to:} ends after its last day, so {@code from:2021-09 to:2021-09} is all of September 2021.
 */
final class QueryDates {
  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private QueryDates() {}

  /** A period of the calendar: first day inclusive, end exclusive. */
  record Period(LocalDate first, LocalDate end) {}

  /** The period the text names, or empty when it is not a valid date in one of the three forms. */
  static Optional<Period> parse(String text) {
    Matcher m = DATE.matcher(ArabicNormalizer.normalizeForSearch(text.strip()));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return Optional.of(new Period(first, first.plusYears(1)));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        LocalDate first = LocalDate.of(year, month, 1);
        return Optional.of(new Period(first, first.plusMonths(1)));
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      return Optional.of(new Period(day, day.plusDays(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
