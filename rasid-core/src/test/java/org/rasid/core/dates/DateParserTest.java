package org.rasid.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden tests for {@link DateParser}: one table per rule, then randomized robustness checks. */
class DateParserTest {

  // ---------------------------------------------------------------------------------------------------------------
  // Month names, one family per test, every month and spelling variant.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      15 يناير 2021   => 2021-01-15
      15 فبراير 2021  => 2021-02-15
      15 مارس 2021    => 2021-03-15
      15 أبريل 2021   => 2021-04-15
      15 إبريل 2021   => 2021-04-15
      15 ابريل 2021   => 2021-04-15
      15 مايو 2021    => 2021-05-15
      15 يونيو 2021   => 2021-06-15
      15 يونيه 2021   => 2021-06-15
      15 يوليو 2021   => 2021-07-15
      15 يوليه 2021   => 2021-07-15
      15 أغسطس 2021   => 2021-08-15
      15 اغسطس 2021   => 2021-08-15
      15 سبتمبر 2021  => 2021-09-15
      15 أكتوبر 2021  => 2021-10-15
      15 اكتوبر 2021  => 2021-10-15
      15 نوفمبر 2021  => 2021-11-15
      15 ديسمبر 2021  => 2021-12-15
      """)
  void parsesMsaMonthNames(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      3 كانون الثاني 2022  => 2022-01-03
      3 كانون ثاني 2022    => 2022-01-03
      3 شباط 2022          => 2022-02-03
      3 آذار 2022          => 2022-03-03
      3 اذار 2022          => 2022-03-03
      3 نيسان 2022         => 2022-04-03
      3 أيار 2022          => 2022-05-03
      3 ايار 2022          => 2022-05-03
      3 حزيران 2022        => 2022-06-03
      3 تموز 2022          => 2022-07-03
      3 آب 2022            => 2022-08-03
      3 اب 2022            => 2022-08-03
      3 أيلول 2022         => 2022-09-03
      3 ايلول 2022         => 2022-09-03
      3 تشرين الأول 2022   => 2022-10-03
      3 تشرين الاول 2022   => 2022-10-03
      3 تشرين أول 2022     => 2022-10-03
      3 تشرين الثاني 2022  => 2022-11-03
      3 كانون الأول 2022   => 2022-12-03
      3 كانون الاول 2022   => 2022-12-03
      """)
  void parsesLevantineMonthNames(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      20 جانفي 2020   => 2020-01-20
      20 فيفري 2020   => 2020-02-20
      20 مارس 2020    => 2020-03-20
      20 أفريل 2020   => 2020-04-20
      20 افريل 2020   => 2020-04-20
      20 ماي 2020     => 2020-05-20
      20 جوان 2020    => 2020-06-20
      20 جويلية 2020  => 2020-07-20
      20 جويليه 2020  => 2020-07-20
      20 أوت 2020     => 2020-08-20
      20 اوت 2020     => 2020-08-20
      20 سبتمبر 2020  => 2020-09-20
      20 أكتوبر 2020  => 2020-10-20
      20 نوفمبر 2020  => 2020-11-20
      20 ديسمبر 2020  => 2020-12-20
      """)
  void parsesAlgerianAndTunisianMonthNames(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      7 يناير 2019   => 2019-01-07
      7 فبراير 2019  => 2019-02-07
      7 مارس 2019    => 2019-03-07
      7 أبريل 2019   => 2019-04-07
      7 ماي 2019     => 2019-05-07
      7 يونيو 2019   => 2019-06-07
      7 يوليوز 2019  => 2019-07-07
      7 غشت 2019     => 2019-08-07
      7 شتنبر 2019   => 2019-09-07
      7 أكتوبر 2019  => 2019-10-07
      7 نونبر 2019   => 2019-11-07
      7 دجنبر 2019   => 2019-12-07
      """)
  void parsesMoroccanMonthNames(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 حزيران/يونيو 2021             => 2021-06-12
      12 أيلول (سبتمبر) 2021           => 2021-09-12
      12 سبتمبر/أيلول 2021             => 2021-09-12
      12 أيلول سبتمبر 2021             => 2021-09-12
      12 آب / أغسطس 2021               => 2021-08-12
      الأحد 12 تشرين الأول/أكتوبر 2021  => 2021-10-12
      كانون الثاني/يناير 2022          => 2022-01
      """)
  void parsesCombinedMonthNames(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 September 2021               => 2021-09-12
      12 Sep 2021                     => 2021-09-12
      Sep 12, 2021                    => 2021-09-12
      Sept. 12, 2021                  => 2021-09-12
      September 12, 2021              => 2021-09-12
      1st March 2020                  => 2020-03-01
      MAY 5, 2022                     => 2022-05-05
      Sunday, September 12, 2021 10:30 PM  => 2021-09-12T22:30
      Published: Dec 31, 2020         => 2020-12-31
      """)
  void parsesEnglishMonthNames(String line, String iso) {
    check(line, iso);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Layouts and digits.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12-09-2021      => 2021-09-12
      12/9/2021       => 2021-09-12
      12.09.2021      => 2021-09-12
      12 / 09 / 2021  => 2021-09-12
      1/2/2021        => 2021-02-01
      2021-09-12      => 2021-09-12
      2021/9/12       => 2021-09-12
      2021.09.12      => 2021-09-12
      29/02/2020      => 2020-02-29
      12/9/2021م      => 2021-09-12
      """)
  void parsesNumericDatesDayFirstUnlessYearLeads(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 سبتمبر 2021     => 2021-09-12
      12-سبتمبر-2021     => 2021-09-12
      12/سبتمبر/2021     => 2021-09-12
      سبتمبر 12، 2021    => 2021-09-12
      سبتمبر 12, 2021    => 2021-09-12
      12 سبتمبر، 2021    => 2021-09-12
      12 سبتمبر 2021م    => 2021-09-12
      12 سبتمبر 2021 م   => 2021-09-12
      12 سبتمبر 2021 ميلادي  => 2021-09-12
      05 يناير 2022      => 2022-01-05
      سبتمبر 2021        => 2021-09
      أيلول 2021م        => 2021-09
      """)
  void parsesMonthNameLayouts(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      ١٢ سبتمبر ٢٠٢١               => 2021-09-12
      ١٢/٠٩/٢٠٢١                   => 2021-09-12
      ۱۲/۹/۲۰۲۱                    => 2021-09-12
      ۲۰۲۱-۰۹-۱۲                   => 2021-09-12
      ١٢ سبتمبر 2021               => 2021-09-12
      1٢/0٩/٢0٢1                   => 2021-09-12
      ۱۲ أيلول ٢٠٢١                => 2021-09-12
      ١٢ سبتمبر ٢٠٢١ - ١٠:٣٠ م     => 2021-09-12T22:30
      ۵ صفر ۱۴۴۳ هـ                => 2021-09-12
      """)
  void readsArabicIndicAndPersianDigits(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      الأحد 12 سبتمبر 2021      => 2021-09-12
      الاثنين 13 سبتمبر 2021    => 2021-09-13
      الإثنين 13 سبتمبر 2021    => 2021-09-13
      الثلاثاء 14 سبتمبر 2021   => 2021-09-14
      الأربعاء 15 سبتمبر 2021   => 2021-09-15
      الاربعاء 15 سبتمبر 2021   => 2021-09-15
      الخميس 16 سبتمبر 2021     => 2021-09-16
      الجمعة 17 سبتمبر 2021     => 2021-09-17
      السبت 18 سبتمبر 2021      => 2021-09-18
      الأحد، 12 أيلول 2021      => 2021-09-12
      السبت, 18/09/2021         => 2021-09-18
      يوم الجمعة 17 سبتمبر 2021 => 2021-09-17
      الجمعه 17-9-2021          => 2021-09-17
      """)
  void acceptsWeekdayPrefixes(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      نشر في 12 سبتمبر 2021            => 2021-09-12
      نُشر في 12 سبتمبر 2021           => 2021-09-12
      نشر في: 12 سبتمبر 2021           => 2021-09-12
      نشر بتاريخ 12/09/2021            => 2021-09-12
      تاريخ النشر: 12 سبتمبر 2021      => 2021-09-12
      تاريخ النشر 12 سبتمبر 2021       => 2021-09-12
      آخر تحديث: 12 سبتمبر 2021 - 10:30 => 2021-09-12T10:30
      اخر تحديث : الأحد 12 سبتمبر 2021 => 2021-09-12
      تم النشر: 2021-09-12             => 2021-09-12
      بتاريخ 12 سبتمبر 2021            => 2021-09-12
      التاريخ: 12/9/2021               => 2021-09-12
      نشر: 12 سبتمبر 2021              => 2021-09-12
      محدث: 12 سبتمبر 2021             => 2021-09-12
      Published: 12 September 2021     => 2021-09-12
      """)
  void acceptsLabelsBeforeTheDate(String line, String iso) {
    check(line, iso);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Times and time zones.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 سبتمبر 2021 10:30                 => 2021-09-12T10:30
      12 سبتمبر 2021 - 22:30               => 2021-09-12T22:30
      12 سبتمبر 2021، 10:30                => 2021-09-12T10:30
      12 سبتمبر 2021 | 10:30               => 2021-09-12T10:30
      12 سبتمبر 2021 الساعة 10:30          => 2021-09-12T10:30
      12 سبتمبر 2021 في الساعة 10:30       => 2021-09-12T10:30
      12 سبتمبر 2021 10:30:15              => 2021-09-12T10:30:15
      2021-09-12T22:30                     => 2021-09-12T22:30
      2021-09-12 22:30:00                  => 2021-09-12T22:30:00
      10:30 - 12 سبتمبر 2021               => 2021-09-12T10:30
      الساعة 22:30 | 12/9/2021             => 2021-09-12T22:30
      """)
  void parsesTwentyFourHourTimes(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 سبتمبر 2021 10:30 صباحًا         => 2021-09-12T10:30
      12 سبتمبر 2021 10:30 صباحا          => 2021-09-12T10:30
      12 سبتمبر 2021 10:30 ص              => 2021-09-12T10:30
      12 سبتمبر 2021 10:30 am             => 2021-09-12T10:30
      12 سبتمبر 2021 10:30 AM             => 2021-09-12T10:30
      12 سبتمبر 2021 9:15 مساءً           => 2021-09-12T21:15
      12 سبتمبر 2021 9:15 مساء            => 2021-09-12T21:15
      12 سبتمبر 2021 9:15 م               => 2021-09-12T21:15
      12 سبتمبر 2021 9:15 pm              => 2021-09-12T21:15
      12 سبتمبر 2021 9:15 PM              => 2021-09-12T21:15
      12 سبتمبر 2021 12:05 ص              => 2021-09-12T00:05
      12 سبتمبر 2021 12:05 م              => 2021-09-12T12:05
      12 سبتمبر 2021 في الساعة 10:30 م    => 2021-09-12T22:30
      10:30 ص - الأحد 12 سبتمبر 2021      => 2021-09-12T10:30
      """)
  void convertsTwelveHourTimes(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      12 سبتمبر 2021 10:30 بتوقيت مكة المكرمة        => 2021-09-12T10:30
      12 سبتمبر 2021 22:30 بتوقيت غرينتش             => 2021-09-12T22:30
      12/9/2021 الساعة 22:30 (بتوقيت مكة المكرمة)     => 2021-09-12T22:30
      12 سبتمبر 2021 22:30 GMT                       => 2021-09-12T22:30
      12 سبتمبر 2021 22:30 GMT+3                     => 2021-09-12T22:30
      2021-09-12 22:30 UTC                           => 2021-09-12T22:30
      2021-09-12T22:30:00+03:00                      => 2021-09-12T22:30:00
      2021-09-12T22:30:00Z                           => 2021-09-12T22:30:00
      12/9/2021 10:30 ت م                            => 2021-09-12T10:30
      """)
  void acceptsAndIgnoresTimeZones(String line, String iso) {
    check(line, iso);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Hijri dates.

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      1 رمضان 1442 هـ              => 2021-04-13
      5 صفر 1443 هـ                => 2021-09-12
      1 محرم 1445 هـ               => 2023-07-19
      1 محرم 1443 هـ               => 2021-08-09
      12 ربيع الأول 1443 هـ        => 2021-10-18
      1 ربيع الآخر 1443 هـ         => 2021-11-06
      1 ربيع الثاني 1443 هـ        => 2021-11-06
      1 جمادى الأولى 1443 هـ       => 2021-12-05
      1 جمادى الأول 1443 هـ        => 2021-12-05
      1 جمادى الآخرة 1443 هـ       => 2022-01-04
      1 جمادى الثانية 1443 هجرية   => 2022-01-04
      1 جمادي الاخره 1443 ه        => 2022-01-04
      27 رجب 1443 هـ               => 2022-02-28
      15 شعبان 1443هـ              => 2022-03-18
      1 شوال 1442 هجري             => 2021-05-13
      1 ذو القعدة 1442 هـ          => 2021-06-11
      1 ذي القعدة 1442 هـ          => 2021-06-11
      10 ذو الحجة 1442 هـ          => 2021-07-20
      10 ذي الحجه 1442 هـ          => 2021-07-20
      الأحد 10 شوال 1436           => 2015-07-26
      1436/10/25 هـ                => 2015-08-10
      التاريخ: 9/10/1436هـ         => 2015-07-25
      5 صفر 1443 هـ 10:30 م        => 2021-09-12T22:30
      """)
  void convertsHijriToGregorian(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "=>", textBlock = """
      الأحد 12 سبتمبر 2021 الموافق 5 صفر 1443 هـ     => 2021-09-12
      5 صفر 1443 هـ - 12 سبتمبر 2021                => 2021-09-12
      5 صفر 1443 هـ الموافق 12 سبتمبر 2021م          => 2021-09-12
      12 سبتمبر 2021 (5 صفر 1443 هـ)                => 2021-09-12
      الأحد 5 صفر 1443 هـ | 12 سبتمبر 2021 - 10:30  => 2021-09-12T10:30
      12/9/2021 الموافق 5/2/1443 هـ                 => 2021-09-12
      2015-08-10 (1436/10/25) 16:09:03              => 2015-08-10T16:09:03
      """)
  void prefersTheGregorianDateOfAGregorianHijriPair(String line, String iso) {
    check(line, iso);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "5 صفر 2021 هـ", // year outside the Umm al-Qura table
      "1 محرم 1250 هـ", // year before the table
      "30 صفر 1443 هـ", // Safar 1443 has 29 days in the table
      "رمضان 1442 هـ", // no day
  })
  void keepsUnconvertibleHijriStampsWithoutIso(String line) {
    assertThat(DateParser.parseLine(line)).contains(new DateStamp(null, false, line));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Relative stamps.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "منذ ساعتين", "منذ ساعة", "منذ 5 دقائق", "منذ دقيقة", "منذ 3 ساعات", "منذ يوم", "منذ يومين", "منذ 4 أيام",
      "منذ أسبوع", "قبل ساعتين", "قبل قليل", "منذ قليل", "منذ ثلاث ساعات", "منذ ٥ دقائق", "منذ 11 ساعة",
      "منذ 3 أسابيع", "منذ شهرين", "آخر تحديث: منذ ساعتين", "نشر منذ 3 ساعات",
  })
  void keepsRelativeStampsWithoutDate(String line) {
    assertThat(DateParser.parseLine(line)).contains(new DateStamp(null, true, line));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Rejections.

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "وصل الوزير يوم 12 سبتمبر 2021 إلى بغداد.",
      "نمو 5% في سبتمبر 2021",
      "منذ 12 سبتمبر 2021 والأسعار ترتفع",
      "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس",
      "القاهرة 12 سبتمبر 2021 (أ ش أ)",
      "12 سبتمبر 2021.",
  })
  void rejectsDatesInsideSentences(String line) {
    assertThat(DateParser.parseLine(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "القاهرة - أ ش أ", "3-1", "10:30", "الساعة 10:30", "10:30 ص", "2021", "2021م", "1443 هـ", "سبتمبر",
      "12 سبتمبر", "12/09/21", "12 سبتمبر 21", "3 أسابيع", "منذ 2021", "منذ الصباح", "الآن", "أمس", "50%",
      "1.2.3", "v2.10.1", "0123-456-7890", "+966 50 123 4567", "صفحة 3 من 10", "12-09/2021", "1 شوال 2015",
      "12 سبتمبر 1750", "12 سبتمبر 2021 - 13 سبتمبر 2021", "12 سبتمبر 2021 (5 صفر 1443 هـ",
  })
  void rejectsLinesThatAreNotDateStamps(String line) {
    assertThat(DateParser.parseLine(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "31 فبراير 2021", "29 فبراير 2021", "31 نيسان 2021", "32/01/2021", "0/1/2021", "0 سبتمبر 2021",
      "12/13/2021", "2021-13-01", "2021-02-30", "31 صفر 1443 هـ", "12 سبتمبر 2021 25:00", "12 سبتمبر 2021 10:70",
      "12 سبتمبر 2021 13:00 ص", "12 سبتمبر 2021 10:30 11:30", "سبتمبر 2021 10:30",
  })
  void rejectsImpossibleDatesAndTimes(String line) {
    assertThat(DateParser.parseLine(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "12 يونيو/أيلول 2021", // the two names disagree
      "5 صفر 1443 م", // Hijri month, Gregorian era
      "12 سبتمبر 2021 هـ", // Gregorian month, Hijri era
  })
  void rejectsContradictoryMonthsAndEras(String line) {
    assertThat(DateParser.parseLine(line)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void rejectsNullAndEmptyLines(String line) {
    assertThat(DateParser.parseLine(line)).isEmpty();
  }

  @Test
  void keepsTheLineAsGivenAsText() {
    String line = "نُشر في: الأحد، ١٢ أيلول ٢٠٢١ - ١٠:٣٠ مساءً";
    assertThat(DateParser.parseLine(line)).contains(new DateStamp("2021-09-12T22:30", false, line));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Fast path (not timed: checks that cheap tests run before any regex).

  @Test
  void rejectsNonCandidatesBeforeAnyRegexWork() {
    String sentence = "أعلنت وزارة الصحة يوم 12 سبتمبر 2021 عن تسجيل حالات جديدة في عدد من المحافظات، "
        + "وقالت إن الوضع الوبائي ما زال تحت السيطرة رغم ارتفاع الأعداد.";
    assertThat(sentence).hasSizeGreaterThan(DateText.MAX_LINE_LENGTH);
    assertThat(DateText.isCandidate(sentence)).isFalse();
    assertThat(DateText.isCandidate("القاهرة - أ ش أ")).isFalse();
    assertThat(DateText.isCandidate("الأخبار العاجلة")).isFalse();
    assertThat(DateText.isCandidate("2021")).isFalse();
    assertThat(DateText.isCandidate("١٢ سبتمبر ٢٠٢١")).isTrue();
    assertThat(DateText.isCandidate("قبل قليل")).isTrue();
  }

  @Test
  void handlesAdversarialLinesOfMaximumLength() {
    List<String> units = List.of("1/", "12 ", "1-1-", "سبتمبر ", "أيلول/", "12:30 ", "الموافق ", "(", "منذ ");
    for (String unit : units) {
      String line = unit.repeat(DateText.MAX_LINE_LENGTH / unit.length()).strip();
      assertThat(DateParser.parseLine(line)).as(line).isEmpty();
    }
    String zone = ("12 سبتمبر 2021 10:30 بتوقيت" + " مكة".repeat(DateText.MAX_LINE_LENGTH))
        .substring(0, DateText.MAX_LINE_LENGTH);
    assertThat(DateParser.parseLine(zone)).as(zone).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Randomized checks (seeded: the seed is in every failure message).

  private static final long SEED = Long.getLong("rasid.dates.seed", 20210912L);
  private static final int RANDOM_LINES = 20_000;
  private static final int RANDOM_DATES = 5_000;

  private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى";
  private static final String[] DIGIT_ZEROS = {"0", "٠", "۰"};
  private static final List<String> SEPARATORS =
      List.of(" ", " ", " ", "-", "/", ".", ":", "،", ",", "|", "(", ")", "+", "%", "ـ", "ً", " - ");
  private static final List<String> WORDS = List.of(
      "سبتمبر", "أيلول", "شتنبر", "جويلية", "كانون الثاني", "تشرين الأول", "ذو الحجة", "ربيع الآخر", "صفر", "رمضان",
      "September", "Sep", "الأحد", "السبت", "الإثنين", "هـ", "م", "ه", "هجرية", "منذ", "قبل", "ساعتين", "دقائق",
      "قليل", "الموافق", "الساعة", "في", "نشر في:", "بتوقيت", "مكة المكرمة", "GMT", "ص", "مساءً", "pm", "T", "Z");

  private static final List<List<String>> MONTH_FAMILIES = List.of(
      List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"),
      List.of("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول"),
      List.of("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"),
      List.of("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر",
          "دجنبر"),
      List.of("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"));
  private static final List<String> ARABIC_WEEKDAYS =
      List.of("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");
  private static final List<String> LABELS = List.of("", "", "نشر في ", "تاريخ النشر: ", "آخر تحديث: ", "بتاريخ ");
  private static final List<String> TIME_SEPARATORS = List.of(" ", " - ", "، ", " | ", " الساعة ", " في الساعة ");

  @Test
  void neverThrowsOnRandomInputAndReturnsOnlyValidIso() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_LINES; i++) {
      String line = randomLine(random);
      Optional<DateStamp> stamp;
      try {
        stamp = DateParser.parseLine(line);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + SEED + ", line " + i + ": parseLine threw on \"" + line + "\"", e);
      }
      stamp.ifPresent(found -> assertValidStamp(found, line));
    }
  }

  @Test
  void parsesRandomlyWrittenDates() {
    Random random = new Random(SEED);
    LocalDate first = LocalDate.of(1990, 1, 1);
    for (int i = 0; i < RANDOM_DATES; i++) {
      LocalDate date = first.plusDays(random.nextInt(366 * 45));
      StringBuilder line = new StringBuilder(pick(random, LABELS));
      if (random.nextBoolean()) {
        line.append(ARABIC_WEEKDAYS.get(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()))
            .append(random.nextBoolean() ? "، " : " ");
      }
      line.append(writtenDate(random, date));
      String expected = date.toString();
      if (random.nextBoolean()) {
        int hour = random.nextInt(24);
        int minute = random.nextInt(60);
        line.append(pick(random, TIME_SEPARATORS)).append(writtenTime(random, hour, minute));
        expected += "T%02d:%02d".formatted(hour, minute);
      }
      String written = withRandomDigits(random, line.toString());
      assertThat(DateParser.parseLine(written).map(DateStamp::iso))
          .as("seed %d, date %d: %s", SEED, i, written)
          .contains(expected);
    }
  }

  private static void check(String line, String expectedIso) {
    assertThat(DateParser.parseLine(line)).as(line).contains(new DateStamp(expectedIso, false, line));
  }

  private static void assertValidStamp(DateStamp stamp, String line) {
    String context = "seed " + SEED + ": \"" + line + "\" gave " + stamp;
    assertThat(stamp.text()).as(context).isEqualTo(line);
    if (stamp.relative()) {
      assertThat(stamp.iso()).as(context).isNull();
    } else if (stamp.iso() != null && !parsesAsIso(stamp.iso())) {
      fail(context + ": ISO value does not parse");
    }
  }

  private static boolean parsesAsIso(String iso) {
    try {
      if (iso.contains("T")) {
        LocalDateTime.parse(iso);
      } else if (iso.length() == "2021-09".length()) {
        YearMonth.parse(iso);
      } else {
        LocalDate.parse(iso);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String randomLine(Random random) {
    StringBuilder line = new StringBuilder();
    int tokens = 1 + random.nextInt(10);
    for (int t = 0; t < tokens; t++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        line.append(pick(random, WORDS));
      } else if (kind < 7) {
        line.append(withRandomDigits(random, Integer.toString(random.nextInt(random.nextBoolean() ? 32 : 2100))));
      } else if (kind < 9) {
        line.append(pick(random, SEPARATORS));
      } else {
        line.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      if (random.nextInt(3) > 0) {
        line.append(' ');
      }
    }
    return line.toString().strip();
  }

  private static String writtenDate(Random random, LocalDate date) {
    String day = random.nextBoolean() ? "%02d".formatted(date.getDayOfMonth()) : "" + date.getDayOfMonth();
    String month = pick(random, MONTH_FAMILIES).get(date.getMonthValue() - 1);
    int year = date.getYear();
    return switch (random.nextInt(6)) {
      case 0 -> "%s/%d/%d".formatted(day, date.getMonthValue(), year);
      case 1 -> "%s-%02d-%d".formatted(day, date.getMonthValue(), year);
      case 2 -> "%d-%02d-%s".formatted(year, date.getMonthValue(), day);
      case 3 -> "%s %s، %d".formatted(month, day, year);
      case 4 -> "%s-%s-%d".formatted(day, month, year);
      default -> "%s %s %d".formatted(day, month, year);
    };
  }

  private static String writtenTime(Random random, int hour, int minute) {
    if (random.nextBoolean()) {
      return "%02d:%02d".formatted(hour, minute);
    }
    int halfDayHour = hour % 12 == 0 ? 12 : hour % 12;
    String meridiem = pick(random, hour < 12 ? List.of("ص", "صباحًا", "am") : List.of("م", "مساءً", "PM"));
    return "%d:%02d %s".formatted(halfDayHour, minute, meridiem);
  }

  /** Rewrites each ASCII digit in ASCII, Arabic-Indic or Persian digits, chosen per digit. */
  private static String withRandomDigits(Random random, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean digit = c >= '0' && c <= '9';
      out.append(digit ? (char) (pick(random, List.of(DIGIT_ZEROS)).charAt(0) + (c - '0')) : c);
    }
    return out.toString();
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  @org.junit.jupiter.api.Test
  void acceptsADashAfterTheWeekdayAndTheFrance24Label() {
    org.assertj.core.api.Assertions.assertThat(DateParser.parseLine("الخميس - 13 رمضان 1446 هـ - 13 مارس 2025 م"))
        .get().extracting(DateStamp::iso).isEqualTo("2025-03-13");
    org.assertj.core.api.Assertions.assertThat(DateParser.parseLine("نشرت في: 05/03/2024 - 10:15"))
        .get().extracting(DateStamp::iso).isEqualTo("2024-03-05T10:15");
  }
}
