package org.rasid.index.query;

import java.util.Locale;
import org.rasid.core.text.ArabicNormalizer;

/**
 * The key under which an exact-value filter ({@code source:}, {@code author:}, {@code lang:}) matches: the same
 * function is applied when indexing and when querying, so spelling variants meet ({@code source:"الجزيره"} finds
 * "الجزيرة"). Search-key normalization by {@link ArabicNormalizer}, Latin lower-cased, whitespace runs collapsed to
 * one space and trimmed.
 */
public final class FilterKeys {
  private FilterKeys() {}

  /** The match key of a source or author name. */
  public static String key(String value) {
    String normalized = ArabicNormalizer.normalizeForSearch(value);
    StringBuilder out = new StringBuilder(normalized.length());
    boolean pendingSpace = false;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The match key of a language tag: lower case, as BCP-47 tags compare case-insensitively. */
  public static String languageKey(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT);
  }
}
