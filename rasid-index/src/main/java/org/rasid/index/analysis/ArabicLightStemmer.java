package org.rasid.index.analysis;

import static org.rasid.index.analysis.Affixes.chars;

import java.util.Objects;

/**
 * A light stemmer for Arabic: strips the commonest inflectional suffixes (and, in {@link #NOUNS_AND_VERBS}, verb
 * affixes) but leaves broken plurals and patterns alone. A pure algorithm on {@code char[]}; {@link
 * ArabicLightStemFilter} is its adapter.
 *
 * <p>Works on terms normalized by {@link org.rasid.core.text.ArabicNormalizer} (taa marbuta spelled ه) whose clitics
 * {@link ArabicClitics} has already stripped. Rules, in order; each strips at most once and only when at least
 * {@value #MIN_STEM} letters remain:
 *
 * <ol>
 *   <li>Verbs only: past plural وا ({@code كتبوا → كتب}).
 *   <li>Tanween alef ا, the accusative ending whose mark ً the normalizer already removed ({@code شخصا → شخص}).
 *   <li>One sound plural or dual-oblique ending, first match wins: ات, ون, ين ({@code مدرسات → مدرس}).
 *   <li>Taa marbuta (as ه): {@code مدرسه → مدرس}.
 *   <li>Verbs only: final ت of the past tense ({@code عملت → عمل}).
 *   <li>Verbs only: initial ي of the present tense ({@code يعمل → عمل}).
 * </ol>
 *
 * <p>Unlike Light10 (Larkey, Ballesteros and Connell, "Light Stemming for Arabic Information Retrieval", in
 * <i>Arabic Computational Morphology</i>, Springer, 2007; Lucene's {@code ArabicStemmer}), it does not strip ي, يه/ية
 * or ان, and it needs three letters where Light10 needs two: on UD Arabic PUD those rules merged far more unrelated
 * words (رقمي with رقم, عمليه with عمل; ايران cut to اير) than they joined forms of one word. docs/stemming.md has the
 * measurement.
 */
public final class ArabicLightStemmer {
  /** Letters every rule must leave behind. */
  public static final int MIN_STEM = 3;

  /** Noun suffixes only: rules 2 to 4. */
  public static final ArabicLightStemmer NOUNS = new ArabicLightStemmer(false);
  /** Noun suffixes and verb affixes: rules 1 to 6. The one {@link RasidAnalyzers#stemmed()} uses. */
  public static final ArabicLightStemmer NOUNS_AND_VERBS = new ArabicLightStemmer(true);

  private static final char[] PAST_PLURAL = chars("وا");
  private static final char[] TANWEEN_ALEF = chars("ا");
  private static final char[][] PLURALS = {chars("ات"), chars("ون"), chars("ين")};
  private static final char[] TAA_MARBUTA = chars("ه");
  private static final char[] PAST_TEH = chars("ت");
  private static final char[] PRESENT_YEH = chars("ي");

  private final boolean verbAffixes;

  private ArabicLightStemmer(boolean verbAffixes) {
    this.verbAffixes = verbAffixes;
  }

  /**
   * Stems {@code s[0..len)} in place.
   *
   * @param s a normalized term buffer, clitics stripped
   * @param len the number of chars in use, from 0 to {@code s.length}
   * @return the new number of chars in use, at most {@code len}
   * @throws IndexOutOfBoundsException when {@code len} is negative or over {@code s.length}
   */
  public int stem(char[] s, int len) {
    Objects.checkFromToIndex(0, len, s.length);
    if (verbAffixes) {
      len = stripSuffix(s, len, PAST_PLURAL);
    }
    len = stripSuffix(s, len, TANWEEN_ALEF);
    len = stripFirstSuffix(s, len, PLURALS);
    len = stripSuffix(s, len, TAA_MARBUTA);
    if (verbAffixes) {
      len = stripSuffix(s, len, PAST_TEH);
      len = stripPrefix(s, len, PRESENT_YEH);
    }
    return len;
  }

  /** Whether this stemmer also strips verb affixes. */
  public boolean stripsVerbAffixes() {
    return verbAffixes;
  }

  private static int stripSuffix(char[] s, int len, char[] suffix) {
    return Affixes.endsWith(s, len, suffix, MIN_STEM) ? len - suffix.length : len;
  }

  private static int stripFirstSuffix(char[] s, int len, char[][] suffixes) {
    for (char[] suffix : suffixes) {
      if (Affixes.endsWith(s, len, suffix, MIN_STEM)) {
        return len - suffix.length;
      }
    }
    return len;
  }

  private static int stripPrefix(char[] s, int len, char[] prefix) {
    return Affixes.startsWith(s, len, prefix, MIN_STEM) ? Affixes.deletePrefix(s, len, prefix.length) : len;
  }
}
