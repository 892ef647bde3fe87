package org.rasid.bench.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void tokensAreRunsOfWordCharactersWithCaseKept() {
    assertThat(ShingleScore.tokens("Hello, world! It's 2019_v2 — ok?"))
        .containsExactly("Hello", "world", "It", "s", "2019_v2", "ok");
  }

  @Test
  void arabicLettersAndIndicDigitsAreWordCharactersButDiacriticsSplitAsInPython() {
    assertThat(ShingleScore.tokens("قال الوزير، ٢٠٢٤")).containsExactly("قال", "الوزير", "٢٠٢٤");
    // U+064E FATHA is a combining mark (Mn): not alphanumeric for Python's \w, so it splits the word
    assertThat(ShingleScore.tokens("كَتب")).containsExactly("ك", "تب");
  }

  @Test
  void shinglesAreFourTokenWindowsAndShortTextsAreOneShingle() {
    assertThat(ShingleScore.shingles("a b c d e")).containsOnlyKeys(List.of("a", "b", "c", "d"),
        List.of("b", "c", "d", "e"));
    assertThat(ShingleScore.shingles("a b")).containsOnlyKeys(List.of("a", "b"));
    assertThat(ShingleScore.shingles(" ,. ")).isEmpty();
  }

  @Test
  void identicalTextsArePerfect() {
    ShingleScore.Counts c = ShingleScore.page("one two three four five", "one two three four five");
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
    assertThat(c.tp()).isEqualTo(1.0);
  }

  @Test
  void extraPredictedTextCostsPrecisionOnly() {
    // truth: 2 shingles; prediction: the same 2 plus 2 more ("e f", …): tp 2, fp 2, fn 0, normalized by 4
    ShingleScore.Counts c = ShingleScore.page("a b c d e", "a b c d e f g");
    assertThat(c.tp()).isEqualTo(0.5);
    assertThat(c.fp()).isEqualTo(0.5);
    assertThat(c.fn()).isEqualTo(0.0);
    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    ShingleScore.Counts c = ShingleScore.page("a b c d", "a b c d a b c d");
    // prediction shingles: abcd ×2, bcda, cdab, dabc: tp 1, fp 4
    assertThat(c.precision()).isCloseTo(1 / 5.0, within(1e-12));
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void emptyPredictionCountsZeroRecallAndIsLeftOutOfPrecision() {
    ShingleScore.Counts empty = ShingleScore.page("a b c d e", "");
    assertThat(empty.tp() + empty.fp()).isZero();
    ShingleScore.Counts half = ShingleScore.page("a b c d e", "a b c d x y");
    ShingleScore.Metrics m = ShingleScore.metrics(List.of(empty, half));
    assertThat(m.precision()).isEqualTo(half.precision()); // the empty page is not averaged in
    assertThat(m.recall()).isEqualTo((0 + half.recall()) / 2);
    assertThat(m.f1()).isCloseTo(2 * m.precision() * m.recall() / (m.precision() + m.recall()), within(1e-12));
  }

  @Test
  void pageEmptyOnBothSidesCountsInNeitherAverage() {
    ShingleScore.Counts none = ShingleScore.page("", "");
    ShingleScore.Counts perfect = ShingleScore.page("a b c d", "a b c d");
    ShingleScore.Metrics m = ShingleScore.metrics(List.of(none, perfect));
    assertThat(m.precision()).isEqualTo(1.0);
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.pages()).isEqualTo(2);
  }

  @Test
  void f1IsTheHarmonicMeanOfTheAveragesNotTheAverageOfPageF1s() {
    ShingleScore.Counts precise = ShingleScore.page("a b c d e f g h", "a b c d"); // P 1, R 1/5
    ShingleScore.Counts recalled = ShingleScore.page("a b c d", "a b c d e f g h"); // P 1/5, R 1
    ShingleScore.Metrics m = ShingleScore.metrics(List.of(precise, recalled));
    assertThat(m.precision()).isCloseTo(0.6, within(1e-12));
    assertThat(m.recall()).isCloseTo(0.6, within(1e-12));
    assertThat(m.f1()).isCloseTo(0.6, within(1e-12));
    double meanOfPageF1 = (precise.f1() + recalled.f1()) / 2;
    assertThat(meanOfPageF1).isNotCloseTo(m.f1(), within(0.1));
  }
}
