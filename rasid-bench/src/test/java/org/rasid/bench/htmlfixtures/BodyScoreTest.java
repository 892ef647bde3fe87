package org.rasid.bench.htmlfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyScoreTest {

  @Test
  void tokensAreSplitAtWhitespaceAndArabicAndLatinPunctuation() {
    assertThat(BodyScore.tokens("قال الوزير: «النتائج جيدة»، وأضاف (مبتسماً)؛ هل انتهى؟ نعم... 50.63%"))
        .containsExactly("قال", "الوزير", "النتايج", "جيده", "واضاف", "مبتسما", "هل", "انتهي", "نعم", "50", "63");
  }

  @Test
  void spellingVariantsFoldToTheSameToken() {
    assertThat(BodyScore.tokens("أحمد إبراهيم مسؤولة ٢٠٢٣ الـــوزير")).isEqualTo(BodyScore.tokens("احمد ابراهيم مسوولة 2023 الوزير"));
    assertThat(BodyScore.of(List.of("إطلاق مُبادرة جديدة"), List.of("اطلاق مبادره جديده")).f1()).isEqualTo(1.0);
  }

  @Test
  void precisionRecallAndF1OnAHandCase() {
    // gold: a b c d; extracted: a b x → overlap 2, P = 2/3, R = 2/4, F1 = 2PR/(P+R) = 4/7
    BodyScore s = BodyScore.of(List.of("ماء خبز", "ملح زيت"), List.of("ماء خبز سكر"));
    assertThat(s).isEqualTo(new BodyScore(4, 3, 2));
    assertThat(s.precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.f1()).isCloseTo(4 / 7.0, within(1e-9));
  }

  @Test
  void repeatedTokensCountOnlyAsOftenAsInTheGold() {
    // gold has "في" twice; the extraction repeats the paragraph, so each token is there twice
    BodyScore s = BodyScore.of(List.of("في البيت في الصباح"), List.of("في البيت في الصباح", "في البيت في الصباح"));
    assertThat(s).isEqualTo(new BodyScore(4, 8, 4));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(0.5);
  }

  @Test
  void paragraphBoundariesDoNotMatter() {
    assertThat(BodyScore.of(List.of("أ ب", "ج د"), List.of("أ ب ج د")).f1()).isEqualTo(1.0);
  }

  @Test
  void nothingExtractedScoresZeroAndAFailureIsTheSame() {
    BodyScore none = BodyScore.of(List.of("نص المقال"), List.of());
    assertThat(none.precision()).isZero();
    assertThat(none.recall()).isZero();
    assertThat(none.f1()).isZero();
    assertThat(BodyScore.failed(List.of("نص المقال"))).isEqualTo(none);
  }

  @Test
  void mostlyAbsentBlocksAreThoseWithLessThanHalfTheirTokensInTheOtherSide() {
    List<String> gold = List.of("افتتح الوزير المعرض صباح اليوم", "وتستمر الفعاليات أسبوعا", "الأكثر قراءة");
    List<String> extracted = List.of("افتتح الوزير المعرض", "اشترك في النشرة البريدية", "قراءة ممتعة");
    // 3 of 5 tokens found: kept; 0 of 3: missed; 1 of 2 (not fewer than half): kept
    assertThat(BodyScore.mostlyAbsent(gold, extracted)).containsExactly("وتستمر الفعاليات أسبوعا");
    assertThat(BodyScore.mostlyAbsent(extracted, gold)).containsExactly("اشترك في النشرة البريدية");
    assertThat(BodyScore.mostlyAbsent(List.of("…", "إعلان"), List.of("اعلان"))).isEmpty();
  }

  @Test
  void disjointTextsScoreZero() {
    assertThat(BodyScore.of(List.of("سد النهضة"), List.of("الأكثر قراءة")).f1()).isZero();
  }

  @Test
  void fieldsCompareAfterWhitespaceNormalisationOnly() {
    assertThat(Field.clean("  عنوان\u00A0 الخبر\n ")).isEqualTo("عنوان الخبر");
    assertThat(Field.clean(" \u200B ")).isNull();
    assertThat(Field.clean(null)).isNull();
    Gold gold = new Gold("https://x.test/a", null, "عنوان الخبر", "2023-09-12", "هسبريس", List.of("أ", "ب"),
        List.of(new org.rasid.core.model.Image("تعليق", "Getty"), new org.rasid.core.model.Image(null, "أرشيف")),
        List.of("نص"));
    var same = Articles.article("https://x.test/a", "عنوان  الخبر ", "2023-09-12", "هسبريس", List.of("ب", "أ", "ب"),
        List.of(new org.rasid.core.model.Image(" تعليق", null)), List.of("نص"));
    for (Field f : Field.values()) {
      assertThat(f.matches(gold, same)).as(f.label()).isTrue();
    }
    var other = Articles.article("https://x.test/a?utm=1", "عنوان الخبر.", "2023-09-12T10:00", "هسبريس ",
        List.of("أ"), List.of(), List.of());
    assertThat(Field.TITLE.matches(gold, other)).isFalse();
    assertThat(Field.PUBLISHED.matches(gold, other)).isFalse();
    assertThat(Field.SOURCE.matches(gold, other)).isTrue();
    assertThat(Field.AUTHORS.matches(gold, other)).isFalse();
    assertThat(Field.CAPTIONS.matches(gold, other)).isFalse();
    assertThat(Field.URL.matches(gold, other)).isFalse();
    // no spelling folding on fields: a hamza seat is a different title
    var hamza = Articles.article(null, "عنوان الخبر", null, "هسبريس", List.of(), List.of(), List.of());
    assertThat(Field.TITLE.matches(new Gold(null, null, "إعلان", null, null, null, null, null),
        Articles.article(null, "اعلان", null, null, List.of(), List.of(), List.of()))).isFalse();
    assertThat(Field.TITLE.matches(gold, hamza)).isTrue();
  }
}
