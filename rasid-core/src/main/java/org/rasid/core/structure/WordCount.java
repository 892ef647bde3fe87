package org.rasid.core.structure;

/** Counts space-separated words in cleaned text (single spaces, trimmed). */
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
}
