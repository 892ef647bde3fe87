package org.rasid.nlp.ner;

/**
 * Clitic stripping for tagger features, on words already normalized by {@link
 * org.rasid.core.text.ArabicNormalizer} (alef as ا, taa marbuta as ه). The rules are those of rasid-index's {@code
 * ArabicClitics} (copied, since rasid-nlp does not depend on the index), with two additions for the tagger: وال counts as
 * one article form, and the proclitics stripped are reported, so that {@code وبالعراق} gives the stem {@code عراق}
 * and the proclitics {@code و+بال}. ف and ك are stripped only with the article (فال, كال): alone they take the
 * first letter of too many words (فريق, كتاب), as the index found on UD Arabic PUD.
 *
 * <ol>
 *   <li>Proclitics, stripped again and again, first match wins each time: لل بال كال فال وال ال when at least {@value
 *       #MIN_STEM_AFTER_ARTICLE} letters remain; و ب ل when at least {@value #MIN_STEM} letters remain.
 *   <li>The enclitic pronoun, longest first (هما كما هم هن كم كن نا ها ه) when at least {@value #MIN_STEM} letters
 *       remain; a stem then ending in ت with at least {@value #MIN_TAA_STEM} letters gets its taa marbuta back (ه).
 * </ol>
 */
final class Clitics {
  static final int MIN_STEM = 3;
  static final int MIN_STEM_AFTER_ARTICLE = 2;
  static final int MIN_TAA_STEM = 4;

  private static final String[] ARTICLES = {"لل", "بال", "كال", "فال", "وال", "ال"};
  private static final String[] ONE_LETTER = {"و", "ب", "ل"};
  private static final String[] PRONOUNS = {"هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه"};

  private Clitics() {}

  /** A word split into its proclitics, stem and enclitic. */
  record Split(String proclitics, String stem, String enclitic) {}

  /** Splits a normalized word by the rules above; never null, the parts may be empty (never the stem of a word). */
  static Split split(String word) {
    int start = 0;
    StringBuilder pro = null;
    boolean changed = true;
    while (changed) {
      changed = false;
      int left = word.length() - start;
      for (String article : ARTICLES) {
        if (word.startsWith(article, start) && left - article.length() >= MIN_STEM_AFTER_ARTICLE) {
          pro = append(pro, article);
          start += article.length();
          changed = true;
          break;
        }
      }
      if (changed) {
        continue;
      }
      for (String one : ONE_LETTER) {
        if (word.startsWith(one, start) && left - 1 >= MIN_STEM) {
          pro = append(pro, one);
          start += 1;
          changed = true;
          break;
        }
      }
    }
    String rest = word.substring(start);
    String enclitic = "";
    for (String pronoun : PRONOUNS) {
      if (rest.endsWith(pronoun) && rest.length() - pronoun.length() >= MIN_STEM) {
        enclitic = pronoun;
        rest = rest.substring(0, rest.length() - pronoun.length());
        if (rest.length() >= MIN_TAA_STEM && rest.charAt(rest.length() - 1) == 'ت') {
          rest = rest.substring(0, rest.length() - 1) + 'ه';
        }
        break;
      }
    }
    return new Split(pro == null ? "" : pro.toString(), rest, enclitic);
  }

  /** The stem of a normalized word with its proclitics only stripped (the pronoun stays). */
  static String stripProclitics(String word) {
    Split s = split(word);
    return word.substring(s.proclitics().replace("+", "").length());
  }

  private static StringBuilder append(StringBuilder sb, String part) {
    if (sb == null) {
      return new StringBuilder(part);
    }
    return sb.append('+').append(part);
  }
}
