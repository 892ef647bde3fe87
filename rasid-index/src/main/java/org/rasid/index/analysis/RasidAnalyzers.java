package org.rasid.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of rasid's index. The stemmed chain was chosen by measurement: see docs/stemming.md and
 * {@code ./rasid bench stemmers}.
 *
 * <p>Both chains tokenize with {@link StandardTokenizer} (Unicode word breaks, UAX #29: an Arabic word keeps its
 * diacritics and tatweel, a number in Arabic-Indic digits is one token), lower-case with {@link LowerCaseFilter} (every
 * script; Latin words are kept, lower-cased and unstemmed) and normalize with {@link ArabicSearchNormalizationFilter},
 * so every spelling variant the normalizer folds (أحمد/احمد, مدرسة/مدرسه, إيران/ايران, ٢٠٢١/2021) yields the same
 * terms in both chains. Ordering constraints of the stemmed chain:
 *
 * <ol>
 *   <li>Normalization before clitics and stemming: their rules match normalized letters only (ا for أ إ آ, ه for ة),
 *       and a diacritic or tatweel inside a word would hide an affix.
 *   <li>{@link ArabicCliticFilter} before {@link ArabicLightStemFilter}: a word's suffixes are only at its end once
 *       the pronoun is stripped, and stripping it is what turns ت back into taa marbuta.
 * </ol>
 *
 * <p>Multi-term queries (prefix, wildcard, fuzzy) get lower-casing and normalization through {@link
 * Analyzer#normalize(String, String)}, never stemming.
 */
public final class RasidAnalyzers {
  private RasidAnalyzers() {}

  /**
   * For full-text fields: normalized, clitics stripped, lightly stemmed with {@link
   * ArabicLightStemmer#NOUNS_AND_VERBS}.
   */
  public static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = normalized(source);
        ts = new ArabicCliticFilter(ts);
        ts = new ArabicLightStemFilter(ts, ArabicLightStemmer.NOUNS_AND_VERBS);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in);
      }
    };
  }

  /** For exact names and phrases: normalized (spelling variants meet) but not stemmed. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalized(source));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return normalized(in);
      }
    };
  }

  private static TokenStream normalized(TokenStream in) {
    return new ArabicSearchNormalizationFilter(new LowerCaseFilter(in));
  }
}
