package org.rasid.core.structure;

import java.util.List;
import org.rasid.core.model.Block;

/**
 * A deliberately small language guess for the record's {@code language} field: "ar" when Arabic letters are at
 * least half of all letters, "en" or "fr" when Latin letters dominate and common function words say which, "und"
 * otherwise (including empty text).
 */
final class LanguageGuess {
  private LanguageGuess() {}

  static String of(String title, List<Block> blocks) {
    int arabic = 0;
    int latin = 0;
    int en = 0;
    int fr = 0;
    StringBuilder all = new StringBuilder();
    if (title != null) {
      all.append(title).append(' ');
    }
    for (Block b : blocks) {
      all.append(b.text()).append(' ');
    }
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
        if (Character.isLetter(c)) {
          arabic++;
        }
      } else if (c < 0x250 && Character.isLetter(c)) {
        latin++;
      }
    }
    if (arabic + latin == 0) {
      return "und";
    }
    if (arabic * 2 >= arabic + latin) {
      return "ar";
    }
    for (String w : all.toString().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      switch (w) {
        case "the", "and", "of", "to", "is", "in", "that", "with" -> en++;
        case "le", "la", "les", "des", "et", "est", "une", "dans", "du" -> fr++;
        default -> { }
      }
    }
    if (en == 0 && fr == 0) {
      return "und";
    }
    return en >= fr ? "en" : "fr";
  }
}
