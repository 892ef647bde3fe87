package org.rasid.core.dates;

import static org.rasid.core.dates.StampPatterns.AM;
import static org.rasid.core.dates.StampPatterns.CLOSE_PARENTHESIS;
import static org.rasid.core.dates.StampPatterns.DATE_FORMS;
import static org.rasid.core.dates.StampPatterns.DAY;
import static org.rasid.core.dates.StampPatterns.ERA;
import static org.rasid.core.dates.StampPatterns.HIJRI_ERA;
import static org.rasid.core.dates.StampPatterns.HOUR;
import static org.rasid.core.dates.StampPatterns.JOINER;
import static org.rasid.core.dates.StampPatterns.LABEL;
import static org.rasid.core.dates.StampPatterns.MINUTE;
import static org.rasid.core.dates.StampPatterns.MONTH;
import static org.rasid.core.dates.StampPatterns.MONTH_ALIAS;
import static org.rasid.core.dates.StampPatterns.MONTH_ALIAS_IN_PARENS;
import static org.rasid.core.dates.StampPatterns.MONTH_NAME;
import static org.rasid.core.dates.StampPatterns.OPEN_PARENTHESIS;
import static org.rasid.core.dates.StampPatterns.PM;
import static org.rasid.core.dates.StampPatterns.RELATIVE;
import static org.rasid.core.dates.StampPatterns.SECOND;
import static org.rasid.core.dates.StampPatterns.TIME_AFTER_DATE;
import static org.rasid.core.dates.StampPatterns.TIME_BEFORE_DATE;
import static org.rasid.core.dates.StampPatterns.TIME_DATE_SEPARATOR;
import static org.rasid.core.dates.StampPatterns.TIME_ZONE;
import static org.rasid.core.dates.StampPatterns.WEEKDAY;
import static org.rasid.core.dates.StampPatterns.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.rasid.core.dates.ClockTime.Meridiem;
import org.rasid.core.dates.MonthNames.Month;
import org.rasid.core.dates.StampPatterns.DateForm;

/**
 * Reads one folded line against the stamp grammar documented on {@link DateParser}:
 *
 * <pre>
 * line  = label? ( relative | time-first? part equivalent? time? )
 * part  = weekday? date era? time?
 * equivalent = joiner ( "(" part ")" | part )    -- the same day in the other calendar
 * time  = separator clock meridiem? zone?        -- at most one per line
 * </pre>
 *
 * Syntax errors leave the rest of the line unread; well-formed but impossible values (31 فبراير, 25:00, a second
 * clock, month names that disagree) mark the line malformed. One instance per line.
 */
final class StampGrammar {
  private static final int MAX_DATES = 2;

  private final StampReader in;
  private final List<CalendarDate> dates = new ArrayList<>(MAX_DATES);
  private ClockTime time;
  private boolean malformed;

  private StampGrammar(String foldedLine) {
    this.in = new StampReader(foldedLine);
  }

  /** The stamp that {@code foldedLine} holds as a whole, with {@code text} as its text; empty otherwise. */
  static Optional<DateStamp> parse(String foldedLine, String text) {
    return new StampGrammar(foldedLine).parse(text);
  }

  private Optional<DateStamp> parse(String text) {
    in.read(LABEL);
    if (in.readRest(RELATIVE)) {
      return Optional.of(new DateStamp(null, true, text));
    }
    return readStamp() ? absoluteStamp(text) : Optional.empty();
  }

  private boolean readStamp() {
    readLeadingTime();
    if (!readPart()) {
      return false;
    }
    readEquivalent();
    readTime(TIME_AFTER_DATE);
    return in.atEnd() && !malformed;
  }

  private void readLeadingTime() {
    if (readTime(TIME_BEFORE_DATE) && !in.read(TIME_DATE_SEPARATOR)) {
      malformed = true;
    }
  }

  /** Reads "weekday? date era? time?"; false, with nothing read, when there is no date at the cursor. */
  private boolean readPart() {
    int mark = in.position();
    in.read(WEEKDAY);
    if (!readDate()) {
      in.moveTo(mark);
      return false;
    }
    readTime(TIME_AFTER_DATE);
    return true;
  }

  /** The same day in the other calendar: " الموافق 5 صفر 1443 هـ", " (5 صفر 1443 هـ)", " - 12 سبتمبر 2021". */
  private void readEquivalent() {
    int mark = in.position();
    in.read(JOINER);
    boolean parenthesized = in.read(OPEN_PARENTHESIS);
    if (!readPart()) {
      in.moveTo(mark);
    } else if (parenthesized && !in.read(CLOSE_PARENTHESIS)) {
      malformed = true;
    }
  }

  private boolean readDate() {
    boolean atDigit = in.atDigit();
    for (DateForm form : DATE_FORMS) {
      if (form.startsWithDigit() == atDigit && in.read(form.pattern())) {
        addDate(form);
        return true;
      }
    }
    return false;
  }

  private void addDate(DateForm form) {
    int year = in.number(YEAR);
    OptionalInt day = in.group(DAY) != null ? OptionalInt.of(in.number(DAY)) : OptionalInt.empty();
    if (form.namedMonth()) {
      Optional<Month> month = MonthNames.resolve(in.group(MONTH_NAME), monthAlias());
      CalendarSystem calendar = readCalendar(year);
      accept(month
          .filter(named -> named.calendar() == calendar)
          .flatMap(named -> dateOf(calendar, year, named.number(), day)));
    } else {
      int month = in.number(MONTH);
      accept(dateOf(readCalendar(year), year, month, day));
    }
  }

  private String monthAlias() {
    String alias = in.group(MONTH_ALIAS);
    return alias != null ? alias : in.group(MONTH_ALIAS_IN_PARENS);
  }

  /**
   * Reads the era after a year ("هـ", "م") and returns the calendar it names; with no era, the calendar the year
   * implies: Hijri for a year in the Umm al-Qura table (1300–1600, "1436/10/25", "10 شوال 1436"), which no accepted
   * Gregorian year is, else Gregorian.
   */
  private CalendarSystem readCalendar(int year) {
    if (in.read(ERA)) {
      return in.group(HIJRI_ERA) != null ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN;
    }
    return CalendarDate.isConvertibleHijriYear(year) ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN;
  }

  private static Optional<CalendarDate> dateOf(CalendarSystem calendar, int year, int month, OptionalInt day) {
    return day.isPresent()
        ? CalendarDate.ofDay(calendar, year, month, day.getAsInt())
        : CalendarDate.ofMonth(calendar, year, month);
  }

  private void accept(Optional<CalendarDate> date) {
    date.ifPresentOrElse(dates::add, () -> malformed = true);
  }

  /** Reads a time (and any time zone after it) in the given form; false when there is none at the cursor. */
  private boolean readTime(Pattern form) {
    if (!in.read(form)) {
      return false;
    }
    Optional<ClockTime> clock = ClockTime.validated(in.number(HOUR), in.number(MINUTE), seconds(), meridiem());
    in.read(TIME_ZONE);
    if (clock.isEmpty() || time != null) {
      malformed = true;
    } else {
      time = clock.get();
    }
    return true;
  }

  private int seconds() {
    return in.group(SECOND) == null ? ClockTime.NO_SECONDS : in.number(SECOND);
  }

  private Meridiem meridiem() {
    if (in.group(AM) != null) {
      return Meridiem.AM;
    }
    return in.group(PM) != null ? Meridiem.PM : Meridiem.NONE;
  }

  private Optional<DateStamp> absoluteStamp(String text) {
    Optional<CalendarDate> chosen = chosenDate();
    if (chosen.isEmpty() || (time != null && !chosen.get().hasDay())) {
      return Optional.empty();
    }
    String iso = chosen.get().toIso();
    if (iso != null && time != null) {
      iso = iso + 'T' + time.toIso();
    }
    return Optional.of(new DateStamp(iso, false, text));
  }

  /** The only date, or the Gregorian one of a Gregorian–Hijri pair; empty for two dates in the same calendar. */
  private Optional<CalendarDate> chosenDate() {
    CalendarDate first = dates.get(0);
    if (dates.size() == 1) {
      return Optional.of(first);
    }
    CalendarDate second = dates.get(1);
    if (first.calendar() == second.calendar()) {
      return Optional.empty();
    }
    return Optional.of(first.calendar() == CalendarSystem.GREGORIAN ? first : second);
  }
}
