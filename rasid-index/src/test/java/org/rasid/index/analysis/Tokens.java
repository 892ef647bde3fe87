package org.rasid.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The terms an analyzer makes of a text, for assertions. */
final class Tokens {
  static final String FIELD = "body";

  private Tokens() {}

  static List<String> of(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** {@code word} run through a char[] algorithm such as {@link ArabicClitics#strip}, in a roomier buffer. */
  static String apply(CharAlgorithm algorithm, String word) {
    char[] buffer = new char[word.length() + 8];
    word.getChars(0, word.length(), buffer, 0);
    java.util.Arrays.fill(buffer, word.length(), buffer.length, '#');
    return new String(buffer, 0, algorithm.apply(buffer, word.length()));
  }

  /** An in-place algorithm on {@code s[0..len)} returning the new length. */
  @FunctionalInterface
  interface CharAlgorithm {
    int apply(char[] s, int len);
  }
}
