package org.rasid.index.analysis;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Stems each term with an {@link ArabicLightStemmer}. Needs terms normalized by {@link
 * ArabicSearchNormalizationFilter} and stripped by {@link ArabicCliticFilter} first. Terms marked as keywords ({@link
 * KeywordAttribute}) are left alone.
 */
public final class ArabicLightStemFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final ArabicLightStemmer stemmer;

  public ArabicLightStemFilter(TokenStream input, ArabicLightStemmer stemmer) {
    super(input);
    this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(stemmer.stem(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
