package org.rasid.core.dates;

/** The calendar a date is written in. */
enum CalendarSystem {
  GREGORIAN,
  /** Islamic calendar, converted with the JDK's Umm al-Qura {@link java.time.chrono.HijrahChronology}. */
  HIJRI
}
