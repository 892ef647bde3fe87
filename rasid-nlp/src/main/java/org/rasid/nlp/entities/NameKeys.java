package org.rasid.nlp.entities;

import org.rasid.core.text.ArabicNormalizer;

/**
 * Comparison keys for names: {@link ArabicNormalizer#normalizeForSearch search-normalized} (alef, yaa, taa marbuta,
 * hamza seats, diacritics, tatweel), letters and digits only, words separated by one space. "الكاظمى" and "الكاظمي"
 * meet, so do "ايران" and "إيران".
 */
public final class NameKeys {
  private NameKeys() {}

  /**
   * The key of a name.
   *
   * @param name any text
   * @return the key; empty when the name has no letter or digit
   */
  public static String key(CharSequence name) {
    String n = ArabicNormalizer.normalizeForSearch(name);
    StringBuilder out = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
