package org.rasid.core.dates;

import java.util.Optional;

/** A time of day on a 24-hour clock; {@link #NO_SECONDS} when the stamp gave none. */
record ClockTime(int hour, int minute, int second) {
  static final int NO_SECONDS = -1;

  private static final int HOURS_PER_HALF_DAY = 12;
  private static final int MAX_HOUR = 23;
  private static final int MAX_MINUTE = 59;

  /** Which half of the day a 12-hour time is in; {@link #NONE} for a 24-hour time. */
  enum Meridiem {
    NONE,
    AM,
    PM
  }

  /**
   * The time, converted from the 12-hour clock for {@code AM} and {@code PM} ("12:05 ص" is 00:05, "12:05 م" is 12:05,
   * a 24-hour "22:30 م" is kept); empty when out of range or when "ص" follows an hour past noon.
   */
  static Optional<ClockTime> validated(int hour, int minute, int second, Meridiem meridiem) {
    if (hour > MAX_HOUR || minute > MAX_MINUTE || second > MAX_MINUTE) {
      return Optional.empty();
    }
    if (meridiem == Meridiem.NONE || hour > HOURS_PER_HALF_DAY) {
      return meridiem == Meridiem.AM ? Optional.empty() : Optional.of(new ClockTime(hour, minute, second));
    }
    int halfDayHour = hour % HOURS_PER_HALF_DAY;
    int hour24 = meridiem == Meridiem.PM ? halfDayHour + HOURS_PER_HALF_DAY : halfDayHour;
    return Optional.of(new ClockTime(hour24, minute, second));
  }

  /** {@code 22:30}, or {@code 22:30:15} when seconds were given. */
  String toIso() {
    StringBuilder iso = new StringBuilder();
    appendTwoDigits(iso, hour).append(':');
    appendTwoDigits(iso, minute);
    if (second != NO_SECONDS) {
      appendTwoDigits(iso.append(':'), second);
    }
    return iso.toString();
  }

  private static StringBuilder appendTwoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
