package org.rasid.core.dates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The precompiled pieces of the stamp grammar. Each is matched with {@code lookingAt} at the reader's position on
 * folded text (see {@link DateText#fold}), so words appear here in folded spelling: bare alef, ه for ة, ي for ى.
 * Every quantifier is bounded or runs over a single character class, so no pattern can backtrack badly.
 */
final class StampPatterns {
  // Group names.
  static final String DAY = "day";
  static final String MONTH = "month";
  static final String YEAR = "year";
  static final String MONTH_NAME = "name";
  static final String MONTH_ALIAS = "alias";
  static final String MONTH_ALIAS_IN_PARENS = "parenAlias";
  static final String HIJRI_ERA = "hijri";
  static final String HOUR = "hour";
  static final String MINUTE = "minute";
  static final String SECOND = "second";
  static final String AM = "am";
  static final String PM = "pm";

  private static final List<String> LABELS = List.of(
      "نشر في", "نُشر في", "نشرت في", "نشرت", "نشر بتاريخ", "نشر يوم", "نشر", "تاريخ النشر", "تاريخ التحديث", "آخر تحديث", "تم النشر",
      "تم التحديث", "بتاريخ", "التاريخ", "محدث", "published", "updated", "last updated");

  private static final List<String> WEEKDAYS = List.of(
      "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat");

  private static final List<String> TIME_UNITS = List.of(
      "ثانية", "ثانيتين", "ثوان", "ثواني", "دقيقة", "دقيقتين", "دقائق", "دقايق", "ساعة", "ساعتين", "ساعات",
      "يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور",
      "سنة", "سنتين", "سنوات", "عام", "عامين", "أعوام");

  /** Number words that may count a time unit ("منذ ثلاث ساعات"). */
  private static final List<String> COUNT_WORDS = List.of(
      "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمان", "ثمانية",
      "تسع", "تسعة", "عشر", "عشرة", "بضع", "بضعة");

  /** Words that stand for "a moment" with no unit ("قبل قليل"). */
  private static final List<String> MOMENTS = List.of("قليل", "لحظات", "لحظة");

  private static final List<String> HIJRI_ERA_WORDS = List.of("هـ", "هجري", "هجرية", "للهجرة");
  private static final List<String> GREGORIAN_ERA_WORDS = List.of("م", "ميلادي", "ميلادية", "للميلاد");
  private static final List<String> AM_WORDS = List.of("صباحًا", "صباح", "ص", "am", "a.m.");
  private static final List<String> PM_WORDS = List.of("مساءً", "مساءا", "م", "ظهرًا", "pm", "p.m.");

  /** "في الساعة", "على الساعة", "عند الساعة" before a time. */
  private static final List<String> AT_WORDS = List.of("في", "على", "عند");
  private static final String HOUR_WORD = "(?:" + wordAlternation(List.of("الساعة")) + " ?:? ?)?"; // folded: الساعه

  // Digit runs are possessive and never split ("123" is no day), separators atomic: a failed date fails fast.
  private static final String ONE_OR_TWO_DIGITS = "\\d{1,2}+(?!\\d)";
  private static final String FOUR_DIGITS = "\\d{4}(?!\\d)";
  private static final String NUMBER_SUFFIX = "(?:st|nd|rd|th)?";
  private static final String NUMERIC_SEPARATOR = " ?(?<separator>[-/.]) ?";
  private static final String SAME_NUMERIC_SEPARATOR = " ?\\k<separator> ?";
  private static final String DAY_MONTH_SEPARATOR = "(?>(?: ?[-/] ?| )?)";
  private static final String MONTH_YEAR_SEPARATOR = "(?>(?: ?[-/,] ?| ))";
  private static final String DAY_YEAR_SEPARATOR = "(?>(?: ?, ?| ))";
  private static final String MONTH_WORD = wordAlternation(MonthNames.foldedNames());
  private static final String ABBREVIATION_DOT = "\\.?";

  /** A month name, optionally paired with another: "أيلول/سبتمبر", "أيلول سبتمبر", "أيلول (سبتمبر)". */
  private static final String MONTH_NAMES = group(MONTH_NAME, MONTH_WORD) + ABBREVIATION_DOT
      + "(?:(?: ?/ ?| )(?=\\p{L})" + group(MONTH_ALIAS, MONTH_WORD) + ABBREVIATION_DOT
      + "| ?\\( ?" + group(MONTH_ALIAS_IN_PARENS, MONTH_WORD) + ABBREVIATION_DOT + " ?\\))?";

  private static final String TIME_OF_DAY = group(HOUR, "\\d{1,2}+") + ":" + group(MINUTE, "\\d{2}")
      + "(?::" + group(SECOND, "\\d{2}") + ")?(?!\\d)"
      + "(?: ?(?:" + group(AM, wordAlternation(AM_WORDS)) + "|" + group(PM, wordAlternation(PM_WORDS)) + "))?";

  private static final String TIME_ZONE_BODY = "(?:ب?توقيت(?: (?!الموافق)\\p{L}+){1,3}"
      + "|ت\\.? ?[مغ]|(?:gmt|utc)(?: ?[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2}|z)";

  static final Pattern LABEL = Pattern.compile(wordAlternation(LABELS) + "(?: ?: ?| )");

  /** A whole relative stamp: "منذ ساعتين", "منذ 5 دقائق", "منذ ثلاث ساعات", "قبل قليل". */
  static final Pattern RELATIVE = Pattern.compile("(?:منذ|قبل) (?:" + wordAlternation(MOMENTS)
      + "|(?:(?:\\d{1,3}|" + wordAlternation(COUNT_WORDS) + ") )?" + wordAlternation(TIME_UNITS) + ")");

  static final Pattern WEEKDAY =
      Pattern.compile("(?:يوم )?" + wordAlternation(WEEKDAYS) + ABBREVIATION_DOT + "(?: ?[,-] ?| )");

  /** 2021-09-12, 2021/9/12, 2021.09.12: a 4-digit year first. */
  static final Pattern NUMERIC_YEAR_FIRST = Pattern.compile(group(YEAR, FOUR_DIGITS) + NUMERIC_SEPARATOR
      + group(MONTH, ONE_OR_TWO_DIGITS) + SAME_NUMERIC_SEPARATOR + group(DAY, ONE_OR_TWO_DIGITS));

  /** 12-09-2021, 12/9/2021, 12.09.2021: day first, as Arab outlets write. */
  static final Pattern NUMERIC_DAY_FIRST = Pattern.compile(group(DAY, ONE_OR_TWO_DIGITS) + NUMERIC_SEPARATOR
      + group(MONTH, ONE_OR_TWO_DIGITS) + SAME_NUMERIC_SEPARATOR + group(YEAR, FOUR_DIGITS));

  /** 12 سبتمبر 2021, 12-سبتمبر-2021, 12/سبتمبر/2021, 12 أيلول/سبتمبر 2021, 12th September 2021. */
  static final Pattern NAMED_DAY_FIRST = Pattern.compile(group(DAY, ONE_OR_TWO_DIGITS) + NUMBER_SUFFIX
      + DAY_MONTH_SEPARATOR + MONTH_NAMES + MONTH_YEAR_SEPARATOR + group(YEAR, FOUR_DIGITS));

  /** سبتمبر 12، 2021, Sep 12, 2021, or month and year only: سبتمبر 2021. */
  static final Pattern NAMED_MONTH_FIRST = Pattern.compile(MONTH_NAMES
      + "(?: " + group(DAY, ONE_OR_TWO_DIGITS) + NUMBER_SUFFIX + DAY_YEAR_SEPARATOR + "|" + MONTH_YEAR_SEPARATOR + ")"
      + group(YEAR, FOUR_DIGITS));

  /** Every date form, in the order they are tried. */
  static final List<DateForm> DATE_FORMS = List.of(
      new DateForm(NUMERIC_YEAR_FIRST, true, false),
      new DateForm(NUMERIC_DAY_FIRST, true, false),
      new DateForm(NAMED_DAY_FIRST, true, true),
      new DateForm(NAMED_MONTH_FIRST, false, true));

  /** The era after a year: "هـ", "هجرية" or "م", "ميلادي". */
  static final Pattern ERA = Pattern.compile(" ?(?:" + group(HIJRI_ERA, wordAlternation(HIJRI_ERA_WORDS)) + "|"
      + wordAlternation(GREGORIAN_ERA_WORDS) + ")\\.?");

  /** A time after a date: " 10:30", " - 10:30 م", "، الساعة 10:30", " في الساعة 10:30", "T10:30:15". */
  static final Pattern TIME_AFTER_DATE =
      Pattern.compile("(?:t| ?[-|,] ?| )(?:" + wordAlternation(AT_WORDS) + " )?" + HOUR_WORD + TIME_OF_DAY);

  /** A time that opens the line: "10:30 ص", "الساعة 10:30". */
  static final Pattern TIME_BEFORE_DATE = Pattern.compile(HOUR_WORD + TIME_OF_DAY);

  /** What separates a leading time from the date. */
  static final Pattern TIME_DATE_SEPARATOR = Pattern.compile(" ?[-|,] ?| ");

  /** "بتوقيت مكة المكرمة", "(بتوقيت غرينتش)", "ت م", "ت.غ", "GMT", "GMT+3", "+03:00": accepted and ignored. */
  static final Pattern TIME_ZONE = Pattern.compile("(?: ?\\( ?" + TIME_ZONE_BODY + " ?\\)| ?" + TIME_ZONE_BODY + ")"
      + "(?![\\p{L}\\d])");

  /** Between a date and its equivalent in the other calendar: " الموافق ", " - ", " | ", "، الموافق لـ". */
  static final Pattern JOINER = Pattern.compile("(?: ?[-|,/] ?| )?(?:الموافق(?: ل)? ?)?");

  static final Pattern OPEN_PARENTHESIS = Pattern.compile(" ?\\( ?");
  static final Pattern CLOSE_PARENTHESIS = Pattern.compile(" ?\\)");

  /**
   * One way of writing a date.
   *
   * @param pattern matches the date, with groups {@link #YEAR}, {@link #DAY} (null for month and year only), and
   *     {@link #MONTH} or, when {@code namedMonth}, {@link #MONTH_NAME} with the optional aliases
   * @param startsWithDigit whether the form opens with a digit (the others open with a month name); lets the
   *     reader skip forms that cannot match
   */
  record DateForm(Pattern pattern, boolean startsWithDigit, boolean namedMonth) {}

  private StampPatterns() {}

  /**
   * A regex for any of the words (folded), which must end at a word boundary: "يوم" does not match the start of
   * "يومين". The words are merged into a prefix tree ("يوم(?:ين)?"), so a failed match costs one test per distinct
   * first letter rather than one per word.
   */
  static String wordAlternation(Collection<String> words) {
    WordTree tree = new WordTree();
    words.stream().map(DateText::fold).forEach(tree::add);
    return "(?:" + tree.regex() + ")(?!\\p{L})";
  }

  /** A prefix tree of words, written out as a regex that prefers the longest word. */
  private static final class WordTree {
    private final Map<Character, WordTree> children = new TreeMap<>();
    private boolean endsWord;

    void add(String word) {
      WordTree node = this;
      for (char c : word.toCharArray()) {
        node = node.children.computeIfAbsent(c, key -> new WordTree());
      }
      node.endsWord = true;
    }

    String regex() {
      List<String> branches = children.entrySet().stream()
          .map(child -> literal(child.getKey()) + child.getValue().regex())
          .toList();
      if (branches.isEmpty()) {
        return "";
      }
      String alternation = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
      if (!endsWord) {
        return alternation;
      }
      return branches.size() == 1 ? "(?:" + alternation + ")?" : alternation + "?";
    }

    private static String literal(char c) {
      return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : "\\" + c;
    }
  }

  private static String group(String name, String regex) {
    return "(?<" + name + ">" + regex + ")";
  }
}
