package org.rasid.core.text;

/**
 * Normalization of Arabic text for search and comparison. Never applied to display text.
 *
 * <p>STUB: to be replaced by the full implementation (see the brief in docs/architecture.md).
 */
public final class ArabicNormalizer {
  private ArabicNormalizer() {}

  /** Folds a string for search: alef variants, alef maksura, taa marbuta, hamza seats, diacritics, tatweel, digits. */
  public static String normalizeForSearch(CharSequence text) {
    return text.toString();
  }
}
