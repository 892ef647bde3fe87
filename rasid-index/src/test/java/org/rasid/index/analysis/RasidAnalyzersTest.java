package org.rasid.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class RasidAnalyzersTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final int RANDOM_STRINGS = 5_000;
  private static final int MAX_RANDOM_LENGTH = 40;

  private static final Analyzer STEMMED = RasidAnalyzers.stemmed();
  private static final Analyzer EXACT = RasidAnalyzers.exact();

  private static void check(Analyzer analyzer, String input, String... expected) {
    assertThat(Tokens.of(analyzer, input)).as("terms of %s", input).containsExactly(expected);
  }

  /** For words the stemmer leaves alone: both chains give {@code expected}. */
  private static void checkBoth(String input, String... expected) {
    check(EXACT, input, expected);
    check(STEMMED, input, expected);
  }

  private static void assertSameTerms(String first, String second) {
    for (Analyzer analyzer : List.of(EXACT, STEMMED)) {
      assertThat(Tokens.of(analyzer, first)).as("%s and %s", first, second).isNotEmpty()
          .isEqualTo(Tokens.of(analyzer, second));
    }
  }

  // One test per normalization rule of ArabicNormalizer, through both chains.

  @Test
  void alefWithHamzaAboveBecomesAlef() {
    checkBoth("أحمد", "احمد");
  }

  @Test
  void alefWithHamzaBelowBecomesAlef() {
    checkBoth("إيران", "ايران");
  }

  @Test
  void alefWithMaddaBecomesAlef() {
    checkBoth("آدم", "ادم");
  }

  @Test
  void alefWaslaBecomesAlef() {
    checkBoth("ٱسم", "اسم");
  }

  @Test
  void alefMaksuraBecomesYeh() {
    checkBoth("مستشفى", "مستشفي");
  }

  @Test
  void farsiYehBecomesYeh() {
    checkBoth("علی", "علي");
  }

  @Test
  void kehehBecomesKaf() {
    checkBoth("کرد", "كرد");
  }

  @Test
  void taaMarbutaBecomesHehAndIsStemmedAway() {
    check(EXACT, "مدرسة", "مدرسه");
    check(STEMMED, "مدرسة", "مدرس");
  }

  @Test
  void hamzaOnWawBecomesWaw() {
    checkBoth("مسؤول", "مسوول");
  }

  @Test
  void hamzaOnYehBecomesYeh() {
    checkBoth("رئيس", "رييس");
  }

  @Test
  void diacriticsAreRemoved() {
    checkBoth("مُحَمَّدٌ", "محمد");
  }

  @Test
  void quranicMarksAreRemoved() {
    checkBoth("محمد\u06D6", "محمد");
  }

  @Test
  void tatweelIsRemoved() {
    checkBoth("محـــمد", "محمد");
  }

  @Test
  void arabicIndicAndPersianDigitsBecomeAscii() {
    checkBoth("٢٠٢١", "2021");
    checkBoth("۲۰۲۱", "2021");
  }

  @Test
  void arabicDecimalSeparatorBecomesAPoint() {
    checkBoth("٣٫٥", "3.5");
  }

  @Test
  void latinWordsAreLowerCasedAndNotStemmed() {
    checkBoth("BBC News", "bbc", "news");
    check(STEMMED, "Ubers", "ubers");
  }

  @Test
  void otherScriptsAreLowerCasedToo() {
    checkBoth("Москва", "москва");
  }

  // The two chains differ in clitics and stemming only.

  @Test
  void exactChainKeepsCliticsAndSuffixes() {
    check(EXACT, "والمدرسة بمدرستها", "والمدرسه", "بمدرستها");
  }

  @Test
  void stemmedChainStripsCliticsAndSuffixes() {
    check(STEMMED, "والمدرسة بمدرستها المدرسات", "مدرس", "مدرس", "مدرس");
  }

  @Test
  void stemmedChainJoinsBareAndDefiniteForms() {
    assertThat(Tokens.of(STEMMED, "الوزير والوزير وزير")).containsOnly("زير");
    assertThat(Tokens.of(STEMMED, "البرنامج برنامج ببرنامج")).containsOnly("رنامج");
  }

  @Test
  void spellingVariantsGiveTheSameTermsInBothChains() {
    assertSameTerms("أحمد", "احمد");
    assertSameTerms("مدرسة", "مدرسه");
    assertSameTerms("إيران", "ايران");
    assertSameTerms("٢٠٢١", "2021");
    assertSameTerms("مستشفى", "مستشفي");
    assertSameTerms("مسؤول", "مسوول");
    assertSameTerms("المدرسةُ", "المدرسه");
    assertSameTerms("آمال", "امال");
  }

  @Test
  void multiTermQueriesAreNormalizedButNotStemmed() {
    assertThat(STEMMED.normalize(Tokens.FIELD, "المدرسة").utf8ToString()).isEqualTo("المدرسه");
    assertThat(EXACT.normalize(Tokens.FIELD, "إيرانية").utf8ToString()).isEqualTo("ايرانيه");
  }

  @Test
  void randomStringsPassThroughBothChains() {
    System.out.println("RasidAnalyzersTest seed: -Dtests.seed=" + SEED);
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String text = RandomText.of(random, MAX_RANDOM_LENGTH);
      assertThatCode(() -> checkChainsAgree(text)).as("seed %d, text %s", SEED, RandomText.escape(text))
          .doesNotThrowAnyException();
    }
  }

  /**
   * Both chains share a tokenizer and no filter drops a token, so they make the same tokens at the same positions;
   * stemming only shortens a term and never empties one.
   */
  private static void checkChainsAgree(String text) throws IOException {
    List<Term> exact = terms(EXACT, text);
    List<Term> stemmed = terms(STEMMED, text);
    assertThat(stemmed).hasSameSizeAs(exact);
    for (int i = 0; i < exact.size(); i++) {
      Term e = exact.get(i);
      Term s = stemmed.get(i);
      assertThat(s.start()).isEqualTo(e.start());
      assertThat(s.end()).isEqualTo(e.end());
      assertThat(s.text().length()).isLessThanOrEqualTo(e.text().length());
      assertThat(s.text().isEmpty()).isEqualTo(e.text().isEmpty());
      assertThat(e.start()).isBetween(0, e.end());
      assertThat(e.end()).isLessThanOrEqualTo(text.length());
    }
  }

  private record Term(String text, int start, int end) {}

  private static List<Term> terms(Analyzer analyzer, String text) throws IOException {
    List<Term> terms = new java.util.ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Tokens.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertThat(increment.getPositionIncrement()).isEqualTo(1);
        terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    }
    return terms;
  }
}
