package org.rasid.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

class FilterAdaptersTest {

  /** Whitespace, normalization, keyword marks for {@code keywords}, clitics, stemming. */
  private static Analyzer chain(List<String> keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        TokenStream ts = new ArabicSearchNormalizationFilter(source);
        ts = new SetKeywordMarkerFilter(ts, new CharArraySet(keywords, false));
        ts = new ArabicCliticFilter(ts);
        ts = new ArabicLightStemFilter(ts, ArabicLightStemmer.NOUNS_AND_VERBS);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  @Test
  void filtersRunTheAlgorithmsInPlace() {
    assertThat(Tokens.of(chain(List.of()), "والمدرسة يعملون")).containsExactly("مدرس", "عمل");
  }

  @Test
  void keywordsAreNeitherStrippedNorStemmed() {
    assertThat(Tokens.of(chain(List.of("البنك")), "البنك المدرسة")).containsExactly("البنك", "مدرس");
  }

  @Test
  void theStemFilterNeedsAStemmer() {
    assertThatThrownBy(() -> new ArabicLightStemFilter(new WhitespaceTokenizer(), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("stemmer");
  }
}
