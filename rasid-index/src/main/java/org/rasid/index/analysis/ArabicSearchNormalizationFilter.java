package org.rasid.index.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Applies rasid's {@link ArabicNormalizer} to each term: alef variants, alef maksura, taa marbuta, hamza seats,
 * diacritics, tatweel, Persian letters, Arabic-Indic and Persian digits and Latin case, as listed on that class. It
 * folds more than Lucene's {@code ArabicNormalizationFilter} (which leaves taa marbuta, hamza seats and digits).
 */
public final class ArabicSearchNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public ArabicSearchNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    termAtt.setLength(ArabicNormalizer.normalize(termAtt.buffer(), termAtt.length()));
    return true;
  }
}
