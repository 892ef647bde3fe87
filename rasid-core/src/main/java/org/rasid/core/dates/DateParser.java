package org.rasid.core.dates;

import java.util.Optional;

/**
 * Recognizes a line that is, as a whole, an Arabic (or English) date stamp, and normalizes it to ISO-8601.
 *
 * <p>Matching is done on a folded copy of the line, so every word below also matches with or without hamza on alef
 * (أ/إ/آ/ا), with ة or ه, with ى or ي, with or without diacritics and tatweel ("هـ" = "ه", "صباحًا" = "صباحا"), in
 * any letter case, and every digit may be ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹), mixed. Parts are separated
 * by single spaces (the line is already cleaned).
 *
 * <h2>Accepted line</h2>
 *
 * <pre>
 * [label] relative
 * [label] [time sep] [weekday] date [era] [time] [joiner [weekday] date [era] [time]] [time]
 * </pre>
 *
 * <ul>
 *   <li><b>label</b>, optionally followed by ":": نشر في، نُشر في، نشر بتاريخ، نشر يوم، نشر، تاريخ النشر،
 *       تاريخ التحديث، آخر تحديث، تم النشر، تم التحديث، بتاريخ، التاريخ، محدث، Published، Updated، Last updated.
 *   <li><b>relative</b>: "منذ" or "قبل", then a time unit (ثانية، دقيقة، ساعة، يوم، أسبوع، شهر، سنة، عام, in
 *       singular, dual or plural), optionally counted by a number of up to 3 digits or a number word (ثلاث ... عشرة،
 *       بضع); or "قليل"/"لحظات"/"لحظة" alone ("قبل قليل"). Gives {@code DateStamp(null, true, line)}: no date is
 *       invented. "الآن" and "أمس" alone are not stamps.
 *   <li><b>weekday</b>: الأحد، الاثنين/الإثنين، الثلاثاء، الأربعاء، الخميس، الجمعة، السبت (optionally after
 *       "يوم"), or an English weekday, full or abbreviated; followed by a space, "،" or ",". Not checked against the
 *       date.
 *   <li><b>date</b>, one of:
 *       <ul>
 *         <li>{@code Y-M-D}, {@code Y/M/D}, {@code Y.M.D} with a 4-digit year first;
 *         <li>{@code D-M-Y}, {@code D/M/Y}, {@code D.M.Y} otherwise (day first, as Arab outlets write), same
 *             separator twice; two-digit years are not accepted;
 *         <li>{@code D month Y} with a space, "-" or "/" around the month ("12 سبتمبر 2021", "12-سبتمبر-2021",
 *             "12/سبتمبر/2021", "12th September 2021");
 *         <li>{@code month D, Y} ("سبتمبر 12، 2021", "Sep 12, 2021");
 *         <li>{@code month Y}: month precision only, ISO {@code 2021-09}.
 *       </ul>
 *       A month is one name or two names of the same month joined by "/", a space or parentheses ("حزيران/يونيو",
 *       "أيلول (سبتمبر)", "سبتمبر/أيلول"). Names: MSA يناير ... ديسمبر (with يونيه، يوليه، إبريل), Levantine/Iraqi
 *       كانون الثاني ... كانون الأول (also تشرين أول، كانون ثاني ...), Algerian/Tunisian جانفي، فيفري، أفريل، ماي،
 *       جوان، جويلية، أوت, Moroccan يوليوز، غشت، شتنبر، نونبر، دجنبر, English names and abbreviations, and the Hijri
 *       months محرم ... ذو الحجة with their variants (ربيع الآخر/الثاني، جمادى الأولى/الأول،
 *       جمادى الآخرة/الثانية/الآخر، ذو/ذي القعدة، ذو/ذي الحجة). The full list is in {@code MonthNames}.
 *   <li><b>era</b> after the year: "م"، "ميلادي"، "ميلادية"، "للميلاد" (Gregorian) or "هـ"، "ه"، "هجري"، "هجرية"،
 *       "للهجرة" (Hijri). A numeric date is Hijri when it has a Hijri era or, with no era, when its year lies in the
 *       Umm al-Qura table (1300–1600 AH: "1436/10/25"). A Hijri month name needs a Hijri era unless its year lies in
 *       that table; a Gregorian name with a Hijri era, or the reverse, is rejected.
 *   <li><b>time</b>: {@code H:MM} or {@code H:MM:SS}, optionally followed by صباحًا/صباح/ص/am/a.m. or
 *       مساءً/مساءا/م/ظهرًا/pm/p.m. (converted to 24 h: "12:05 ص" is 00:05, "12:05 م" is 12:05), then optionally a
 *       time zone that is accepted and ignored: "بتوقيت" or "توقيت" and up to three words ("بتوقيت مكة المكرمة"), the
 *       abbreviations "ت م"/"ت.غ" (Makkah/Greenwich time), GMT or UTC with an optional offset, an offset such as
 *       "+03:00", or "Z"; the zone may be in parentheses. After a date the time is introduced by a space, " - ", "،",
 *       "|", "T", or "الساعة"/"في الساعة"/"على الساعة"; a time may also open the line, followed by a space, " - ", "،"
 *       or "|". At most one time per line.
 *   <li><b>joiner</b> between a Gregorian date and its Hijri equivalent (either order): "الموافق"/"الموافق لـ",
 *       " - ", " | ", "،", " / ", a space, or parentheses around the second date. The Gregorian date is the one
 *       kept; two dates in the same calendar are rejected.
 * </ul>
 *
 * <h2>Result</h2>
 *
 * ISO {@code 2021-09-12}, {@code 2021-09-12T22:30}, {@code 2021-09-12T22:30:15} (seconds only when written), or
 * {@code 2021-09} for month and year. A lone Hijri date is converted with the JDK's Umm al-Qura calendar; when it
 * cannot be (no day, a year outside 1300–1600 AH, or a 30th the table lacks) the stamp is kept with a null ISO.
 * The stamp's text is the line as given.
 *
 * <h2>Rejected</h2>
 *
 * Anything else: a date inside a sentence, any extra word (a byline, a place), an impossible date (31 فبراير, month
 * 13, a Gregorian year outside 1800–2199), a time or a year alone, scores, phone and version numbers, percentages.
 *
 * <p>Lines shorter than 7 or longer than 120 characters, and lines with neither a
 * digit nor "منذ"/"قبل", are rejected before any regex runs; every pattern is precompiled and free of nested
 * unbounded quantifiers.
 */
public final class DateParser {
  private DateParser() {}

  /**
   * Parses a line that is, as a whole, a date stamp (optionally with a label such as "نشر في", a weekday, a time,
   * and a Hijri or Gregorian equivalent). Returns empty when the line holds anything else.
   *
   * @param line one cleaned line (NFC, single spaces, trimmed); null gives empty
   */
  public static Optional<DateStamp> parseLine(String line) {
    if (line == null || !DateText.isCandidate(line)) {
      return Optional.empty();
    }
    return StampGrammar.parse(DateText.fold(line), line);
  }
}
