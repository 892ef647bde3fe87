package org.rasid.core.structure;

/**
 * The key two blocks are compared on to find repeats: punctuation counts as a space, whitespace runs collapse,
 * Arabic diacritics and tatweel are ignored, Latin letters are lower-cased and Arabic-Indic digits become ASCII.
 * Letters are otherwise kept as written, so a repeat with a different spelling is not a duplicate.
 */
final class DuplicateKey {
  private DuplicateKey() {}

  static String of(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isIgnorableMark(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && !sb.isEmpty()) {
          sb.append(' ');
        }
        pendingSpace = false;
        sb.append(fold(c));
      } else {
        pendingSpace = true; // spaces, punctuation and symbols separate words
      }
    }
    return sb.toString();
  }

  /** True when {@code shorter} is {@code longer} cut at a word boundary (and not equal to it). */
  static boolean isWordPrefix(String shorter, String longer) {
    return shorter.length() < longer.length() && longer.startsWith(shorter) && longer.charAt(shorter.length()) == ' ';
  }

  private static boolean isIgnorableMark(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED');
  }

  private static char fold(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c < 128 ? Character.toLowerCase(c) : c;
  }
}
