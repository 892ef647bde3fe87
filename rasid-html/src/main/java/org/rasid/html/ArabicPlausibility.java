package org.rasid.html;

import org.rasid.core.text.ArabicNormalizer;

/**
 * How plausible a decoding of Arabic (or Latin) text is, to choose between single-byte code pages that all decode
 * the bytes without error. Pure; linear in the text.
 *
 * <p>The text is cut into words (runs of letters and combining marks). Words of ASCII letters only are skipped: they
 * read the same in every ASCII-compatible charset. Another word counts for its letters when it is clean, and against
 * them when it shows a mojibake pattern:
 *
 * <ul>
 *   <li>Arabic letters mixed with Latin or other-script letters in one word ({@code انحمèهة}: ISO-8859-6 read as
 *       windows-1256);
 *   <li>a run of Latin-1 accented letters: at least {@value #MIN_ACCENTED_RUN} accented letters (U+00C0–U+00FF)
 *       making up at least {@value #MIN_ACCENTED_PERCENT}% of the word's letters ({@code ÇáÚÑÇÞ}: windows-1256
 *       read as windows-1252 or Latin-1);
 *   <li>a combining mark at the start of a word, or an Arabic tanween (U+064B–U+064D) followed by a letter in the
 *       same word (windows-1256 {@code ي} read as ISO-8859-6 kasratan).
 * </ul>
 *
 * <p>Besides, each C1 control char, U+FFFD, unassigned or private-use char, and each {@code Ø}/{@code Ù} followed
 * by a non-ASCII char (UTF-8 Arabic read as Latin-1: {@code Ø§Ù}) costs {@value #BAD_CHAR_COST}. Ties favour the
 * declared charset (see {@link HtmlDecoder}).
 */
final class ArabicPlausibility {
  /** Accented Latin-1 letters that make a run suspicious. */
  static final int MIN_ACCENTED_RUN = 2;
  /** Share of a word's letters that accented Latin-1 letters must make up to be a run. */
  static final int MIN_ACCENTED_PERCENT = 75;
  /** Cost of one char that no real text holds. */
  static final int BAD_CHAR_COST = 2;

  private static final int PERCENT = 100;
  private static final char TANWEEN_FIRST = '\u064B';
  private static final char TANWEEN_LAST = '\u064D';
  private static final char LATIN1_LETTERS_FIRST = '\u00C0';
  private static final char LATIN1_LETTERS_LAST = '\u00FF';
  private static final char C1_FIRST = '\u0080';
  private static final char C1_LAST = '\u009F';
  private static final char LAST_ASCII = '\u007F';
  private static final char TATWEEL = '\u0640';

  /**
   * The score of a decoding, with the number of mojibake words, for messages.
   *
   * @param value letters of clean non-ASCII words minus letters of suspicious ones minus the cost of bad chars
   * @param arabicLetters Arabic letters in clean words
   * @param badWords words showing a mojibake pattern
   * @param badChars chars no real text holds
   */
  record Score(long value, long arabicLetters, long badWords, long badChars) {
    @Override
    public String toString() {
      return "score " + value + " (" + arabicLetters + " Arabic letters, " + badWords + " mojibake words, " + badChars
          + " bad chars)";
    }
  }

  private ArabicPlausibility() {}

  static Score score(String text) {
    long value = 0;
    long arabic = 0;
    long badWords = 0;
    long badChars = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && isWordChar(text.charAt(i))) {
        ascii &= text.charAt(i) <= LAST_ASCII;
        i++;
      }
      if (ascii) {
        continue; // the same in every ASCII-compatible reading: no evidence either way
      }
      Word word = Word.of(text, start, i);
      if (word.suspicious()) {
        value -= word.letters;
        badWords++;
      } else {
        value += word.letters;
        arabic += word.arabic;
      }
    }
    for (int j = 0; j < n; j++) {
      if (text.charAt(j) > LAST_ASCII && (isBadChar(text.charAt(j)) || isUtf8AsLatin1(text, j))) {
        badChars++;
        value -= BAD_CHAR_COST;
      }
    }
    return new Score(value, arabic, badWords, badChars);
  }

  private static boolean isUtf8AsLatin1(String text, int i) {
    char c = text.charAt(i);
    return (c == '\u00D8' || c == '\u00D9') && i + 1 < text.length() && text.charAt(i + 1) > LAST_ASCII;
  }

  private static boolean isWordChar(char c) {
    if (c <= LAST_ASCII) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c) || isMark(c);
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isBadChar(char c) {
    int type = Character.getType(c);
    return (c >= C1_FIRST && c <= C1_LAST) || c == '\uFFFD' || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /** Letter counts of one word and its mojibake signs. */
  private record Word(int letters, int arabic, int latin, int other, int accented, boolean misplacedMark) {
    static Word of(String text, int start, int end) {
      int letters = 0;
      int arabic = 0;
      int latin = 0;
      int other = 0;
      int accented = 0;
      boolean misplacedMark = false;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (isMark(c)) {
          boolean tanweenBeforeLetter = c >= TANWEEN_FIRST && c <= TANWEEN_LAST && i + 1 < end
              && Character.isLetter(text.charAt(i + 1));
          misplacedMark |= i == start || tanweenBeforeLetter;
          continue;
        }
        letters++;
        if (c <= LAST_ASCII) {
          latin++;
        } else if (ArabicNormalizer.isArabicLetter(c) || c == TATWEEL) {
          arabic++;
        } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
          accented += c >= LATIN1_LETTERS_FIRST && c <= LATIN1_LETTERS_LAST ? 1 : 0;
        } else {
          other++;
        }
      }
      return new Word(letters, arabic, latin, other, accented, misplacedMark);
    }

    boolean suspicious() {
      boolean mixedScripts = arabic > 0 && (latin > 0 || other > 0);
      boolean accentedRun = accented >= MIN_ACCENTED_RUN && accented * PERCENT >= letters * MIN_ACCENTED_PERCENT;
      return mixedScripts || accentedRun || misplacedMark;
    }
  }
}
