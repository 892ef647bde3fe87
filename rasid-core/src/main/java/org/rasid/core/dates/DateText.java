package org.rasid.core.dates;

/**
 * Character-level helpers for the date parser: the cheap candidate test run before any regex, and the folding that
 * lets one pattern match every spelling variant.
 */
final class DateText {
  /** Longest line worth parsing; real stamps are far shorter, body sentences far longer. */
  static final int MAX_LINE_LENGTH = 120;

  /** Shortest possible stamp ("منذ يوم", "اب 2021"). */
  static final int MIN_LINE_LENGTH = 7;

  private static final String SINCE = "منذ";
  private static final String AGO = "قبل";

  private static final char ARABIC_BLOCK_START = '\u0600';
  private static final int ARABIC_BLOCK_SIZE = 0x100;
  private static final char DROPPED = '\0';
  private static final char TATWEEL = 'ـ';
  private static final char FIRST_HARAKA = '\u064B'; // fathatan
  private static final char LAST_HARAKA = '\u0652'; // sukun
  private static final char SUPERSCRIPT_ALEF = '\u0670';
  private static final char ARABIC_INDIC_ZERO = '٠';
  private static final char PERSIAN_ZERO = '۰';
  private static final int DIGIT_COUNT = 10;

  /** What each character of the Arabic block folds to; {@link #DROPPED} for diacritics and tatweel. */
  private static final char[] ARABIC_BLOCK_FOLDING = arabicBlockFolding();

  private DateText() {}

  /**
   * The fast path: true only for a line of plausible length that holds a digit (in any script) or a relative-time
   * word. Everything else is rejected without touching a regex.
   */
  static boolean isCandidate(String line) {
    int length = line.length();
    if (length < MIN_LINE_LENGTH || length > MAX_LINE_LENGTH) {
      return false;
    }
    return hasDigit(line) || line.contains(SINCE) || line.contains(AGO);
  }

  /**
   * Folds a line for matching: ASCII digits, bare alef for أ إ آ ٱ, ه for ة, ي for ى and ی, no diacritics or tatweel,
   * "،" as ",", Latin letters in lower case. The result is used for matching only, never shown.
   */
  static String fold(String text) {
    char[] folded = new char[text.length()];
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = foldChar(text.charAt(i));
      if (c != DROPPED) {
        folded[length++] = c;
      }
    }
    return new String(folded, 0, length);
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for an ASCII, Arabic-Indic or Persian digit. */
  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9')
        || (c >= ARABIC_INDIC_ZERO && c < ARABIC_INDIC_ZERO + DIGIT_COUNT)
        || (c >= PERSIAN_ZERO && c < PERSIAN_ZERO + DIGIT_COUNT);
  }

  private static char foldChar(char c) {
    if (c >= ARABIC_BLOCK_START && c < ARABIC_BLOCK_START + ARABIC_BLOCK_SIZE) {
      return ARABIC_BLOCK_FOLDING[c - ARABIC_BLOCK_START];
    }
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static char[] arabicBlockFolding() {
    char[] folding = new char[ARABIC_BLOCK_SIZE];
    for (int i = 0; i < ARABIC_BLOCK_SIZE; i++) {
      folding[i] = (char) (ARABIC_BLOCK_START + i);
    }
    for (char c = FIRST_HARAKA; c <= LAST_HARAKA; c++) {
      folding[c - ARABIC_BLOCK_START] = DROPPED;
    }
    folding[SUPERSCRIPT_ALEF - ARABIC_BLOCK_START] = DROPPED;
    folding[TATWEEL - ARABIC_BLOCK_START] = DROPPED;
    for (int digit = 0; digit < DIGIT_COUNT; digit++) {
      folding[ARABIC_INDIC_ZERO + digit - ARABIC_BLOCK_START] = (char) ('0' + digit);
      folding[PERSIAN_ZERO + digit - ARABIC_BLOCK_START] = (char) ('0' + digit);
    }
    foldTo(folding, 'ا', "أإآٱ");
    foldTo(folding, 'ه', "ة");
    foldTo(folding, 'ي', "ىی");
    foldTo(folding, ',', "،");
    return folding;
  }

  private static void foldTo(char[] folding, char target, String variants) {
    for (char variant : variants.toCharArray()) {
      folding[variant - ARABIC_BLOCK_START] = target;
    }
  }
}
