package org.rasid.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Strips Arabic clitics from each term with {@link ArabicClitics}. Needs terms normalized by {@link
 * ArabicSearchNormalizationFilter} first. Terms marked as keywords ({@link KeywordAttribute}) are left alone.
 */
public final class ArabicCliticFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public ArabicCliticFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      termAtt.setLength(ArabicClitics.strip(termAtt.buffer(), termAtt.length()));
    }
    return true;
  }
}
