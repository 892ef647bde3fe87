package org.rasid.core.structure;

/**
 * The key two blocks are compared on to find repeats: punctuation counts as a space, whitespace runs collapse,
 * Arabic diacritics and tatweel are ignored, Latin letters are lower-cased and Arabic-Indic digits become ASCII.
 * Letters are otherwise kept as written, so a repeat with a different spelling is not a duplicate.
 *
 * <p>Hot path (every text line of every article): one pass over a lookup table, one allocation.
 */
final class DuplicateKey {
  private DuplicateKey() {}

  /** Characters below this are classified by {@link #TABLE}; above it by {@link Character}. */
  private static final int TABLE_SIZE = 0x0800;
  /** Separator: spaces, punctuation, symbols. */
  private static final char SEPARATOR = '\uFFFF';
  /** Ignored without a trace: diacritics, tatweel, Quranic marks. */
  private static final char IGNORED = '\uFFFE';
  /** For each char below TABLE_SIZE: its folded form, or SEPARATOR, or IGNORED. */
  private static final char[] TABLE = buildTable();

  static String of(CharSequence text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = classify(text.charAt(i));
      if (c == IGNORED) {
        continue;
      }
      if (c == SEPARATOR) {
        pendingSpace = true; // spaces, punctuation and symbols separate words
        continue;
      }
      if (pendingSpace && n > 0) {
        out[n++] = ' ';
      }
      pendingSpace = false;
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  /** True when {@code shorter} is {@code longer} cut at a word boundary (and not equal to it). */
  static boolean isWordPrefix(String shorter, String longer) {
    return shorter.length() < longer.length() && longer.startsWith(shorter) && longer.charAt(shorter.length()) == ' ';
  }

  private static char classify(char c) {
    if (c < TABLE_SIZE) {
      return TABLE[c];
    }
    if (c == '\u200C' || c == '\u200D') {
      return IGNORED;
    }
    return Character.isLetterOrDigit(c) ? c : SEPARATOR;
  }

  private static char[] buildTable() {
    char[] table = new char[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED')) {
        table[c] = IGNORED;
      } else if (c >= '\u0660' && c <= '\u0669') {
        table[c] = (char) ('0' + (c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        table[c] = (char) ('0' + (c - '\u06F0'));
      } else if (c >= 'A' && c <= 'Z') {
        table[c] = (char) (c + ('a' - 'A'));
      } else {
        table[c] = Character.isLetterOrDigit(c) ? c : SEPARATOR;
      }
    }
    return table;
  }
}
