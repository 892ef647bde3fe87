package org.rasid.core.structure;

/**
 * Counts space-separated words in cleaned text (single spaces, trimmed). The bounded tests stop scanning as soon as
 * the answer is known, which matters: every long paragraph is asked "is this short?" several times.
 */
final class WordCount {
  private WordCount() {}

  static int of(CharSequence text) {
    int n = text.isEmpty() ? 0 : 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  /** True when the text has at most {@code max} words. */
  static boolean atMost(CharSequence text, int max) {
    if (text.isEmpty()) {
      return max >= 0;
    }
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && ++n > max) {
        return false;
      }
    }
    return true;
  }

  /** True when the text has at least {@code min} words. */
  static boolean atLeast(CharSequence text, int min) {
    return !atMost(text, min - 1);
  }

  /** True when the text has more than {@code max} words. */
  static boolean exceeds(CharSequence text, int max) {
    return !atMost(text, max);
  }
}
