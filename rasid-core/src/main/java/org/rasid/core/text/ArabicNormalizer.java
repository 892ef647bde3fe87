package org.rasid.core.text;

import java.util.Objects;

/**
 * Normalization of Arabic text for search and comparison: folds the spelling variants that writers use
 * interchangeably so that they meet in an index. Never applied to display text (see {@link UnicodeCleaner}).
 *
 * <p>Follows Lucene's {@code ArabicNormalizer}, itself after Larkey, Ballesteros and Connell, "Light Stemming for
 * Arabic Information Retrieval", in <i>Arabic Computational Morphology</i>, Springer, 2007, and extends it with
 * hamza seats, the Persian letters of Lucene's {@code PersianNormalizer}, Quranic marks, digits and Latin case.
 * Rules, each applied to one char independently of its neighbours:
 *
 * <ol>
 *   <li>Alef variants أ إ آ ٱ (U+0623, U+0625, U+0622, U+0671) and ٲ ٳ (U+0672, U+0673) → ا (U+0627).
 *   <li>Alef maksura ى (U+0649) → ي (U+064A).
 *   <li>Farsi yeh ی (U+06CC) → ي (U+064A).
 *   <li>Keheh ک (U+06A9) → ك (U+0643).
 *   <li>Taa marbuta ة (U+0629) → ه (U+0647).
 *   <li>Hamza on waw ؤ (U+0624) → و (U+0648); hamza on yeh ئ (U+0626) → ي (U+064A). Standalone hamza ء stays.
 *   <li>Diacritics removed: U+064B–U+065F (tanween, harakat, shadda, sukun, madda and hamza above/below, and the
 *       other combining marks of the block) and U+0670 (superscript alef).
 *   <li>Quranic annotation marks U+06D6–U+06ED removed.
 *   <li>Tatweel ـ (U+0640) removed.
 *   <li>Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Persian digits ۰–۹ (U+06F0–U+06F9) → ASCII 0–9; Arabic decimal
 *       separator ٫ (U+066B) → '.', Arabic thousands separator ٬ (U+066C) → ','.
 *   <li>Latin letters (of any Latin block, including fullwidth) lower-cased, char by char as {@link
 *       Character#toLowerCase(char)} does, which is locale-independent like {@code Locale.ROOT}.
 * </ol>
 *
 * <p>Since combining hamza and madda (U+0653–U+0655) are removed, decomposed spellings fold like precomposed ones:
 * ا + U+0654 and أ both become ا. Every rule maps to a char that no rule touches, so normalization is idempotent.
 * Consequences worth knowing: مسؤول and مسوول meet (مسوول), but مسئول folds to مسيول and stays apart.
 */
public final class ArabicNormalizer {
  private static final char ALEF = '\u0627';
  private static final char ALEF_MADDA = '\u0622';
  private static final char ALEF_HAMZA_ABOVE = '\u0623';
  private static final char ALEF_HAMZA_BELOW = '\u0625';
  private static final char ALEF_WASLA = '\u0671';
  private static final char ALEF_WAVY_HAMZA_ABOVE = '\u0672';
  private static final char ALEF_WAVY_HAMZA_BELOW = '\u0673';
  private static final char WAW = '\u0648';
  private static final char WAW_HAMZA = '\u0624';
  private static final char YEH = '\u064A';
  private static final char YEH_HAMZA = '\u0626';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char FARSI_YEH = '\u06CC';
  private static final char KAF = '\u0643';
  private static final char KEHEH = '\u06A9';
  private static final char HEH = '\u0647';
  private static final char TEH_MARBUTA = '\u0629';
  private static final char TATWEEL = '\u0640';
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char DIACRITICS_FIRST = '\u064B';
  private static final char DIACRITICS_LAST = '\u065F';
  private static final char QURANIC_MARKS_FIRST = '\u06D6';
  private static final char QURANIC_MARKS_LAST = '\u06ED';
  private static final char ARABIC_INDIC_ZERO = '\u0660';
  private static final char PERSIAN_ZERO = '\u06F0';
  private static final char DECIMAL_SEPARATOR = '\u066B';
  private static final char THOUSANDS_SEPARATOR = '\u066C';
  private static final int DIGIT_COUNT = 10;
  /** From Greek (U+0370) up to Latin Extended Additional (U+1E00) there is no capital Latin letter. */
  private static final char NO_LATIN_CAPITALS_FIRST = '\u0370';
  private static final char NO_LATIN_CAPITALS_END = '\u1E00';

  private ArabicNormalizer() {}

  /**
   * Normalizes text for search by the rules listed on this class.
   *
   * @param text any text; null is not allowed
   * @return the normalized text, never longer than {@code text}
   */
  public static String normalizeForSearch(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    return new String(chars, 0, normalize(chars, chars.length));
  }

  /**
   * Normalizes {@code s[0..len)} in place by the rules listed on this class, the way a Lucene token filter calls it.
   * Chars from {@code len} on are left as they were.
   *
   * @param s the buffer to normalize
   * @param len the number of chars in use, from 0 to {@code s.length}
   * @return the new number of chars in use, at most {@code len}
   * @throws IndexOutOfBoundsException when {@code len} is negative or over {@code s.length}
   */
  public static int normalize(char[] s, int len) {
    Objects.checkFromToIndex(0, len, s.length);
    int out = 0;
    for (int i = 0; i < len; i++) {
      char c = s[i];
      if (!isRemoved(c)) {
        s[out++] = fold(c);
      }
    }
    return out;
  }

  /**
   * Replaces Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Persian digits ۰–۹ (U+06F0–U+06F9) with ASCII 0–9 and leaves
   * every other char, including the Arabic decimal and thousands separators, as it is.
   *
   * @param text any text; null is not allowed
   * @return the folded text; {@code text} itself when it is a {@code String} without such digits
   */
  public static String foldDigits(CharSequence text) {
    String s = text.toString();
    int first = 0;
    while (first < s.length() && !isArabicOrPersianDigit(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (int i = first; i < chars.length; i++) {
      chars[i] = foldDigit(chars[i]);
    }
    return new String(chars);
  }

  /**
   * Whether {@code c} is a letter of the Arabic script: general category Lo in the Arabic (U+0600–U+06FF), Arabic
   * Supplement (U+0750–U+077F), Arabic Extended-A and -B (U+0870–U+08FF) or Arabic Presentation Forms (U+FB50–U+FDFF,
   * U+FE70–U+FEFF) blocks. Hamza ء counts; tatweel (a modifier, Lm), diacritics, digits and punctuation do not.
   *
   * @param c any char
   * @return true for an Arabic letter
   */
  public static boolean isArabicLetter(char c) {
    boolean arabicBlock = (c >= '\u0600' && c <= '\u06FF')
        || (c >= '\u0750' && c <= '\u077F')
        || (c >= '\u0870' && c <= '\u08FF')
        || (c >= '\uFB50' && c <= '\uFDFF')
        || (c >= '\uFE70' && c <= '\uFEFF');
    return arabicBlock && Character.getType(c) == Character.OTHER_LETTER;
  }

  private static boolean isRemoved(char c) {
    return (c >= DIACRITICS_FIRST && c <= DIACRITICS_LAST)
        || c == SUPERSCRIPT_ALEF
        || (c >= QURANIC_MARKS_FIRST && c <= QURANIC_MARKS_LAST)
        || c == TATWEEL;
  }

  private static char fold(char c) {
    return switch (c) {
      case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, ALEF_WAVY_HAMZA_ABOVE, ALEF_WAVY_HAMZA_BELOW ->
          ALEF;
      case ALEF_MAKSURA, FARSI_YEH, YEH_HAMZA -> YEH;
      case KEHEH -> KAF;
      case TEH_MARBUTA -> HEH;
      case WAW_HAMZA -> WAW;
      case DECIMAL_SEPARATOR -> '.';
      case THOUSANDS_SEPARATOR -> ',';
      default -> isArabicOrPersianDigit(c) ? foldDigit(c) : lowerCaseLatin(c);
    };
  }

  private static boolean isArabicOrPersianDigit(char c) {
    return (c >= ARABIC_INDIC_ZERO && c < ARABIC_INDIC_ZERO + DIGIT_COUNT)
        || (c >= PERSIAN_ZERO && c < PERSIAN_ZERO + DIGIT_COUNT);
  }

  private static char foldDigit(char c) {
    if (c >= ARABIC_INDIC_ZERO && c < ARABIC_INDIC_ZERO + DIGIT_COUNT) {
      return (char) ('0' + (c - ARABIC_INDIC_ZERO));
    }
    if (c >= PERSIAN_ZERO && c < PERSIAN_ZERO + DIGIT_COUNT) {
      return (char) ('0' + (c - PERSIAN_ZERO));
    }
    return c;
  }

  private static char lowerCaseLatin(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (c >= NO_LATIN_CAPITALS_FIRST && c < NO_LATIN_CAPITALS_END) {
      return c;
    }
    char lower = Character.toLowerCase(c);
    return lower != c && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? lower : c;
  }
}
