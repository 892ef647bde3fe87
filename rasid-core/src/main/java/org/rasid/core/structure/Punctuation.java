package org.rasid.core.structure;

/** Punctuation tests on cleaned lines. */
final class Punctuation {
  private Punctuation() {}

  /** Characters that end a sentence or a paragraph-like line (and so rule out a heading or title). */
  private static final String SENTENCE_END = ".!?؟…۔";
  /** Characters that end a line that continues: a list or quote introduction, a clause. */
  private static final String CONTINUATION_END = ":：؛;،,";
  private static final String CLOSING_QUOTES = "\"»”'’)";

  /** True when the line ends with sentence-final punctuation (after any closing quotes or brackets). */
  static boolean endsSentence(CharSequence line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSING_QUOTES.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && SENTENCE_END.indexOf(line.charAt(i)) >= 0;
  }

  /** True when a headline cannot end this way: a full stop, ellipsis or exclamation, or a continuation mark. */
  static boolean endsUnlikeTitle(CharSequence line) {
    if (line.isEmpty()) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    return ".!…۔".indexOf(last) >= 0 || CONTINUATION_END.indexOf(last) >= 0;
  }

  /**
   * True when a heading cannot end this way: a full stop, ellipsis or exclamation, a continuation mark, or a
   * closing quote. A question mark may end a subheading ("ماذا بعد؟").
   */
  static boolean endsUnlikeHeading(CharSequence line) {
    if (line.isEmpty()) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    return ".!…۔".indexOf(last) >= 0 || CONTINUATION_END.indexOf(last) >= 0 || "\"»”'’".indexOf(last) >= 0;
  }
}
