package org.rasid.index.analysis;

import static org.rasid.index.analysis.Affixes.chars;

import java.util.Objects;

/**
 * Strips the clitics attached to an Arabic word: conjunction, prepositions and the article in front, one object or
 * possessive pronoun behind. A pure algorithm on {@code char[]}, like Lucene's {@code ArabicStemmer}; {@link
 * ArabicCliticFilter} is its adapter.
 *
 * <p>Works on terms already normalized by {@link org.rasid.core.text.ArabicNormalizer}: the rules spell alef as ا and
 * taa marbuta as ه. Rules, in order:
 *
 * <ol>
 *   <li>Proclitics, stripped from the front again and again while one applies, first match wins each time:
 *       <ul>
 *         <li>the article with a preposition, لل (ل + ال, alef elided), بال, كال, فال, or the bare article ال, when at
 *             least {@value #MIN_STEM_AFTER_ARTICLE} letters remain, the guard of Light10;
 *         <li>the conjunction و or a preposition ب, ل, when at least {@value #MIN_STEM} letters remain ({@code
 *             وبكتاب → كتاب}, {@code ولد} and {@code بحر} stay).
 *       </ul>
 *   <li>One enclitic pronoun, longest first: هما, كما, هم, هن, كم, كن, نا, ها, ه, when at least {@value #MIN_STEM}
 *       letters remain. Since the normalizer spells taa marbuta ه too, this also strips it ({@code مدرسه → مدرس}),
 *       as the stemmer would.
 *   <li>When a pronoun was stripped and the stem ends in ت with at least {@value #MIN_TAA_STEM} letters, the ت becomes
 *       ه again: taa marbuta is written ت before a suffix ({@code حكومتها → حكومه}, but {@code صوتها → صوت}).
 * </ol>
 *
 * <p>Repeating rule 1 keeps a word and its prefixed forms together, so that a query in the bare form finds the
 * definite one: وزير, الوزير and والوزير all strip to زير, برنامج and البرنامج to رنامج. The price is a stem that
 * loses a word-initial و, ب or ل of its own, harmless for matching since every form of the word loses it.
 *
 * <p>Known limit: proclitics go first, so a one-letter proclitic can leave too short a stem for the pronoun ({@code
 * بيتها → يتها} while {@code بيت} stays). Stripping the pronoun first was worse on UD Arabic PUD: with the article
 * still on, too many words lose a last letter or two that look like a pronoun ({@code الحكم → الح}).
 *
 * <p>Left alone on purpose, because each cost more precision than it gained recall on UD Arabic PUD (see
 * docs/stemming.md): the conjunction ف and the preposition ك on their own (فريق, كتاب), the future prefix س, and the
 * pronouns ي, ني and ك (which collide with the nisba ending, verb prefixes and root letters).
 *
 * <p>Starts from the prefixes of Light10 in Larkey, Ballesteros and Connell, "Light Stemming for Arabic Information
 * Retrieval", in <i>Arabic Computational Morphology</i>, Springer, 2007, adds the one-letter prepositions, the
 * repetition and the pronouns, and was tuned on UD Arabic PUD.
 */
public final class ArabicClitics {
  /** Letters a one-letter proclitic or a pronoun must leave behind. */
  public static final int MIN_STEM = 3;
  /** Letters the article (alone or after a preposition) must leave behind, as in Light10. */
  public static final int MIN_STEM_AFTER_ARTICLE = 2;
  /** Letters a stem ending in ت needs, after its pronoun is stripped, for the ت to count as taa marbuta. */
  public static final int MIN_TAA_STEM = 4;

  private static final char TEH = '\u062A';
  private static final char HEH = '\u0647';
  /** Article forms, each a preposition + article or the article alone. */
  private static final char[][] ARTICLES = {chars("لل"), chars("بال"), chars("كال"), chars("فال"), chars("ال")};
  /** The conjunction و and the prepositions ب, ل. */
  private static final char[][] ONE_LETTER_PROCLITICS = {chars("و"), chars("ب"), chars("ل")};
  /** Longest first, so that هما is not stripped as ها. */
  private static final char[][] PRONOUNS = {
    chars("هما"), chars("كما"), chars("هم"), chars("هن"), chars("كم"), chars("كن"), chars("نا"), chars("ها"), chars("ه")
  };

  private ArabicClitics() {}

  /**
   * Strips the proclitics and then the enclitic of {@code s[0..len)} in place.
   *
   * @param s a normalized term buffer
   * @param len the number of chars in use, from 0 to {@code s.length}
   * @return the new number of chars in use, at most {@code len}
   * @throws IndexOutOfBoundsException when {@code len} is negative or over {@code s.length}
   */
  public static int strip(char[] s, int len) {
    return stripEnclitic(s, stripProclitics(s, len));
  }

  /** Rule 1: proclitics, repeatedly. Same contract as {@link #strip}. */
  public static int stripProclitics(char[] s, int len) {
    Objects.checkFromToIndex(0, len, s.length);
    int before;
    do {
      before = len;
      len = stripOneProclitic(s, len);
    } while (len < before);
    return len;
  }

  private static int stripOneProclitic(char[] s, int len) {
    for (char[] article : ARTICLES) {
      if (Affixes.startsWith(s, len, article, MIN_STEM_AFTER_ARTICLE)) {
        return Affixes.deletePrefix(s, len, article.length);
      }
    }
    for (char[] proclitic : ONE_LETTER_PROCLITICS) {
      if (Affixes.startsWith(s, len, proclitic, MIN_STEM)) {
        return Affixes.deletePrefix(s, len, proclitic.length);
      }
    }
    return len;
  }

  /** Rules 2 and 3: one pronoun, then taa marbuta restored. Same contract as {@link #strip}. */
  public static int stripEnclitic(char[] s, int len) {
    Objects.checkFromToIndex(0, len, s.length);
    for (char[] pronoun : PRONOUNS) {
      if (Affixes.endsWith(s, len, pronoun, MIN_STEM)) {
        return restoreTaaMarbuta(s, len - pronoun.length);
      }
    }
    return len;
  }

  private static int restoreTaaMarbuta(char[] s, int len) {
    if (len >= MIN_TAA_STEM && s[len - 1] == TEH) {
      s[len - 1] = HEH;
    }
    return len;
  }
}
