package org.rasid.core.structure;

import java.util.List;
import org.rasid.core.model.Block;

/**
 * A deliberately small language guess for the record's {@code language} field: "ar" when Arabic letters are at
 * least half of all letters, "en" or "fr" when Latin letters dominate and common function words say which, "und"
 * otherwise (including empty text).
 */
final class LanguageGuess {
  /** Letters enough to decide; the rest of a long article is not read. */
  private static final int ENOUGH_LETTERS = 400;

  private LanguageGuess() {}

  static String of(String title, List<Block> blocks) {
    int[] counts = new int[2]; // arabic, latin
    if (title != null) {
      countLetters(title, counts);
    }
    for (int i = 0; i < blocks.size() && counts[0] + counts[1] < ENOUGH_LETTERS; i++) {
      countLetters(blocks.get(i).text(), counts);
    }
    int arabic = counts[0];
    int latin = counts[1];
    if (arabic + latin == 0) {
      return "und";
    }
    if (arabic * 2 >= arabic + latin) {
      return "ar";
    }
    return latinLanguage(title, blocks);
  }

  private static void countLetters(String text, int[] counts) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3' || c >= '\u0750' && c <= '\u077F') {
        counts[0]++;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c < '\u0250' && Character.isLetter(c)) {
        counts[1]++;
      }
    }
  }

  /** "en" or "fr" by common function words, "und" when neither shows. */
  private static String latinLanguage(String title, List<Block> blocks) {
    int en = 0;
    int fr = 0;
    List<String> texts = new java.util.ArrayList<>();
    if (title != null) {
      texts.add(title);
    }
    blocks.forEach(b -> texts.add(b.text()));
    for (String text : texts) {
      for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        switch (w) {
          case "the", "and", "of", "to", "is", "in", "that", "with" -> en++;
          case "le", "la", "les", "des", "et", "est", "une", "dans", "du" -> fr++;
          default -> { }
        }
      }
    }
    if (en == 0 && fr == 0) {
      return "und";
    }
    return en >= fr ? "en" : "fr";
  }
}
