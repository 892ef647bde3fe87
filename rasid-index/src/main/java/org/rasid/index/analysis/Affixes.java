package org.rasid.index.analysis;

/** Affix tests and deletions on the first {@code len} chars of a term buffer, shared by the stripping algorithms. */
final class Affixes {
  private Affixes() {}

  /** Whether {@code s[0..len)} starts with {@code prefix} and keeps at least {@code minRest} chars without it. */
  static boolean startsWith(char[] s, int len, char[] prefix, int minRest) {
    if (len - prefix.length < minRest) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (s[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[0..len)} ends with {@code suffix} and keeps at least {@code minRest} chars without it. */
  static boolean endsWith(char[] s, int len, char[] suffix, int minRest) {
    int start = len - suffix.length;
    if (start < minRest) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (s[start + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Deletes the first {@code n} chars of {@code s[0..len)} in place; returns the new length. */
  static int deletePrefix(char[] s, int len, int n) {
    System.arraycopy(s, n, s, 0, len - n);
    return len - n;
  }

  static char[] chars(String s) {
    return s.toCharArray();
  }
}
