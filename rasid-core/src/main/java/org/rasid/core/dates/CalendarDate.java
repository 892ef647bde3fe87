package org.rasid.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import java.util.Optional;

/**
 * A date as written, before conversion: calendar, year, month and day ({@link #NO_DAY} for "سبتمبر 2021").
 */
record CalendarDate(CalendarSystem calendar, int year, int month, int day) {
  static final int NO_DAY = 0;

  /** Gregorian years accepted; a 4-digit number outside this range is not taken for a year. */
  static final int MIN_GREGORIAN_YEAR = 1800;
  static final int MAX_GREGORIAN_YEAR = 2199;

  private static final int MONTHS_PER_YEAR = 12;
  private static final int MAX_HIJRI_DAY = 30;
  private static final ValueRange UMM_AL_QURA_YEARS = HijrahChronology.INSTANCE.range(ChronoField.YEAR);

  /** The day, or empty when it cannot exist (day 0, month 13, 31 فبراير, a Gregorian year out of range). */
  static Optional<CalendarDate> ofDay(CalendarSystem calendar, int year, int month, int day) {
    boolean valid = isValidMonth(calendar, year, month) && day >= 1 && day <= maxDay(calendar, year, month);
    return valid ? Optional.of(new CalendarDate(calendar, year, month, day)) : Optional.empty();
  }

  /** The month of a year ("سبتمبر 2021"), or empty when it cannot exist. */
  static Optional<CalendarDate> ofMonth(CalendarSystem calendar, int year, int month) {
    return isValidMonth(calendar, year, month)
        ? Optional.of(new CalendarDate(calendar, year, month, NO_DAY))
        : Optional.empty();
  }

  /** True when a Hijri year can be converted, i.e. lies in the JDK's Umm al-Qura table. */
  static boolean isConvertibleHijriYear(int year) {
    return UMM_AL_QURA_YEARS.isValidValue(year);
  }

  boolean hasDay() {
    return day != NO_DAY;
  }

  /**
   * The Gregorian ISO form: {@code 2021-09-12}, or {@code 2021-09} without a day; null for a Hijri date that cannot be
   * converted (no day, year outside the Umm al-Qura table, or a 30th the table does not have).
   */
  String toIso() {
    if (calendar == CalendarSystem.GREGORIAN) {
      return hasDay() ? LocalDate.of(year, month, day).toString() : YearMonth.of(year, month).toString();
    }
    if (!hasDay() || !isConvertibleHijriYear(year)) {
      return null;
    }
    try {
      return LocalDate.from(HijrahDate.of(year, month, day)).toString();
    } catch (DateTimeException notInTable) {
      return null;
    }
  }

  private static boolean isValidMonth(CalendarSystem calendar, int year, int month) {
    boolean validYear = calendar == CalendarSystem.HIJRI
        || (year >= MIN_GREGORIAN_YEAR && year <= MAX_GREGORIAN_YEAR);
    return validYear && month >= 1 && month <= MONTHS_PER_YEAR;
  }

  private static int maxDay(CalendarSystem calendar, int year, int month) {
    return calendar == CalendarSystem.HIJRI ? MAX_HIJRI_DAY : Month.of(month).length(Year.isLeap(year));
  }
}
