package org.rasid.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains of rasid's index. PROVISIONAL: the stemmed chain will be replaced by the one chosen by the
 * stemmer evaluation (docs/stemming.md); the method names are the contract.
 */
public final class RasidAnalyzers {
  private RasidAnalyzers() {}

  /** For full-text fields: normalized, clitics stripped, lightly stemmed. */
  public static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ArabicNormalizationFilter(ts);
        ts = new ArabicStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  /** For exact names and phrases: normalized (spelling variants meet) but not stemmed. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ArabicNormalizationFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }
}
