package org.rasid.bench.stemming;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A stemming chain under evaluation: a Lucene analyzer over whitespace-separated words.
 *
 * @param name short name for the table
 * @param chain what the analyzer does, for the report
 * @param analyzer the chain; each word must come out as at most one term
 */
public record Candidate(String name, String chain, Analyzer analyzer) implements Closeable {
  static final String FIELD = "text";

  /** The candidate's stem of one word: the first term its analyzer makes of it, or the word when there is none. */
  public String stem(String word) {
    try (TokenStream ts = analyzer.tokenStream(FIELD, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String stem = ts.incrementToken() ? term.toString() : word;
      while (ts.incrementToken()) {
        // Drains the stream, as the TokenStream contract requires before end().
      }
      ts.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of terms the analyzer makes of {@code text}: one pass, for timing. */
  public long countTerms(String text) {
    long terms = 0;
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      ts.reset();
      while (ts.incrementToken()) {
        terms++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
