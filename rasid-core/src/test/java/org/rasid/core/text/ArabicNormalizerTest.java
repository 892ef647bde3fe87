package org.rasid.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final int RANDOM_STRINGS = 20_000;

  private static void check(String input, String expected) {
    assertThat(ArabicNormalizer.normalizeForSearch(input)).as("normalizeForSearch(%s)", input).isEqualTo(expected);
  }

  private static void assertMeet(String first, String second) {
    assertThat(ArabicNormalizer.normalizeForSearch(first)).as("%s meets %s", first, second)
        .isEqualTo(ArabicNormalizer.normalizeForSearch(second));
  }

  // Rule 1: alef variants.

  @Test
  void alefWithHamzaAboveBecomesAlef() {
    check("أحمد", "احمد");
  }

  @Test
  void alefWithHamzaBelowBecomesAlef() {
    check("إيران", "ايران");
  }

  @Test
  void alefWithMaddaBecomesAlef() {
    check("آمن", "امن");
  }

  @Test
  void alefWaslaBecomesAlef() {
    check("ٱلله", "الله");
  }

  @Test
  void alefWithWavyHamzaBecomesAlef() {
    check("\u0672\u0673", "اا");
  }

  // Rules 2 to 4: yeh and kaf variants.

  @Test
  void alefMaksuraBecomesYeh() {
    check("مستشفى", "مستشفي");
  }

  @Test
  void farsiYehBecomesYeh() {
    check("علی", "علي");
  }

  @Test
  void kehehBecomesKaf() {
    check("کتاب", "كتاب");
  }

  // Rule 5: taa marbuta.

  @Test
  void taaMarbutaBecomesHeh() {
    check("مدرسة", "مدرسه");
  }

  // Rule 6: hamza seats.

  @Test
  void hamzaOnWawBecomesWaw() {
    check("مسؤول", "مسوول");
  }

  @Test
  void hamzaOnYehBecomesYeh() {
    check("مسئول", "مسيول");
  }

  @Test
  void standaloneHamzaStays() {
    check("سماء", "سماء");
  }

  // Rules 7 and 8: diacritics and Quranic marks.

  @Test
  void harakatTanweenShaddaAndSukunRemoved() {
    check("مُحَمَّدٌ سْ", "محمد س");
  }

  @Test
  void everyCombiningMarkOfTheArabicBlockRemoved() {
    for (char mark = '\u064B'; mark <= '\u065F'; mark++) {
      check("ب" + mark, "ب");
    }
  }

  @Test
  void superscriptAlefRemoved() {
    check("هٰذا", "هذا");
  }

  @Test
  void quranicMarksRemoved() {
    for (char mark = '\u06D6'; mark <= '\u06ED'; mark++) {
      check("ب" + mark, "ب");
    }
  }

  @Test
  void decomposedHamzaFoldsLikePrecomposed() {
    check("\u0627\u0654\u062D\u0645\u062F", "احمد");
    check("\u0645\u0633\u0648\u0654\u0648\u0644", "مسوول");
  }

  // Rule 9: tatweel.

  @Test
  void tatweelRemoved() {
    check("جـــميل", "جميل");
  }

  // Rule 10: digits.

  @Test
  void arabicIndicDigitsBecomeAscii() {
    check("٠١٢٣٤٥٦٧٨٩", "0123456789");
  }

  @Test
  void persianDigitsBecomeAscii() {
    check("۰۱۲۳۴۵۶۷۸۹", "0123456789");
  }

  @Test
  void arabicDecimalSeparatorBecomesDot() {
    check("٣٫٥", "3.5");
  }

  @Test
  void arabicThousandsSeparatorBecomesComma() {
    check("١٬٠٠٠", "1,000");
  }

  // Rule 11: Latin case.

  @Test
  void latinLettersLowerCased() {
    check("BBC News ÉCOLE Ǆ", "bbc news école ǆ");
  }

  @Test
  void fullwidthLatinLowerCased() {
    check("\uFF21\uFF22", "\uFF41\uFF42");
  }

  @Test
  void lowerCasesEveryLatinCapitalAndNothingElseOutsideTheArabicBlock() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (c >= '\u0600' && c <= '\u06FF') {
        continue; // the Arabic rules
      }
      char expected = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? Character.toLowerCase(c) : c;
      assertThat(ArabicNormalizer.normalizeForSearch(String.valueOf(c))).as("U+%04X", (int) c)
          .isEqualTo(String.valueOf(expected));
    }
  }

  @Test
  void otherScriptsKeepTheirCase() {
    check("ΑΘΗΝΑ МОСКВА", "ΑΘΗΝΑ МОСКВА");
  }

  // What stays.

  @Test
  void punctuationSpacesAndOtherLettersStay() {
    check("قال: «نعم»، ثم؟ 2024 پ چ گ ژ", "قال: «نعم»، ثم؟ 2024 پ چ گ ژ");
  }

  @Test
  void emptyStaysEmpty() {
    check("", "");
  }

  // Spelling variants meet.

  @Test
  void hamzaOnAlefVariantsMeet() {
    assertMeet("أحمد", "احمد");
    assertMeet("إيران", "ايران");
  }

  @Test
  void taaMarbutaVariantsMeet() {
    assertMeet("مدرسة", "مدرسه");
  }

  @Test
  void alefMaksuraVariantsMeet() {
    assertMeet("مستشفى", "مستشفي");
  }

  @Test
  void hamzaOnWawMeetsPlainWawButNotHamzaOnYeh() {
    assertMeet("مسؤول", "مسوول");
    assertThat(ArabicNormalizer.normalizeForSearch("مسئول")).isNotEqualTo(ArabicNormalizer.normalizeForSearch("مسؤول"));
  }

  @Test
  void arabicIndicAndAsciiNumbersMeet() {
    assertMeet("١٢٣", "123");
    assertMeet("۱۲۳", "123");
  }

  @Test
  void diacritizedAndBareSpellingsMeet() {
    assertMeet("القُرْآنُ", "القران");
  }

  // The char[] API.

  @Test
  void normalizesACharArrayInPlaceAndReturnsTheNewLength() {
    char[] buffer = "أَحْمَدُ|rest".toCharArray();
    int length = ArabicNormalizer.normalize(buffer, 8);
    assertThat(length).isEqualTo(4);
    assertThat(new String(buffer, 0, length)).isEqualTo("احمد");
    assertThat(new String(buffer, 8, buffer.length - 8)).as("chars past len").isEqualTo("|rest");
  }

  @Test
  void normalizesAnEmptyPrefix() {
    char[] buffer = "أ".toCharArray();
    assertThat(ArabicNormalizer.normalize(buffer, 0)).isZero();
    assertThat(buffer).containsExactly('أ');
  }

  @Test
  void rejectsALengthOutsideTheArray() {
    assertThatThrownBy(() -> ArabicNormalizer.normalize(new char[2], 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> ArabicNormalizer.normalize(new char[2], -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  // foldDigits.

  @Test
  void foldDigitsFoldsOnlyDigits() {
    assertThat(ArabicNormalizer.foldDigits("عام ١٤٤٥ و۲۰۲۴، ٣٫٥ أو ١٬٠٠٠"))
        .isEqualTo("عام 1445 و2024، 3٫5 أو 1٬000");
  }

  @Test
  void foldDigitsReturnsTheSameInstanceWithoutArabicDigits() {
    String text = "أحمد 2024";
    assertThat(ArabicNormalizer.foldDigits(text)).isSameAs(text);
  }

  // isArabicLetter.

  @Test
  void arabicLettersAreLetters() {
    for (char c : "ءابةتيىپچگکیﻻﺏݐࢠ".toCharArray()) {
      assertThat(ArabicNormalizer.isArabicLetter(c)).as("%s U+%04X", c, (int) c).isTrue();
    }
  }

  @Test
  void tatweelMarksDigitsPunctuationAndLatinAreNotArabicLetters() {
    for (char c : "ـَّٰ١۱،؛؟٫a1 ﷼".toCharArray()) {
      assertThat(ArabicNormalizer.isArabicLetter(c)).as("%s U+%04X", c, (int) c).isFalse();
    }
  }

  // Properties.

  @Test
  void isIdempotentOnRandomText() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String once = ArabicNormalizer.normalizeForSearch(randomText(random));
      assertThat(ArabicNormalizer.normalizeForSearch(once)).as("seed %d: %s", SEED, once).isEqualTo(once);
    }
  }

  @Test
  void charArrayApiAgreesWithStringApiOnRandomText() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String text = randomText(random);
      char[] buffer = text.toCharArray();
      int length = ArabicNormalizer.normalize(buffer, buffer.length);
      assertThat(new String(buffer, 0, length)).as("seed %d: %s", SEED, text)
          .isEqualTo(ArabicNormalizer.normalizeForSearch(text));
    }
  }

  @Test
  void outputHoldsNoFoldedCharacterOnRandomText() {
    String folded = "أإآٱٲٳىیکةؤئـٰ٫٬٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ABCXYZÉ";
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_STRINGS; i++) {
      String text = randomText(random);
      String normalized = ArabicNormalizer.normalizeForSearch(text);
      assertThat(normalized.chars().filter(c -> folded.indexOf(c) >= 0 || (c >= 0x064B && c <= 0x065F)
          || (c >= 0x06D6 && c <= 0x06ED))).as("seed %d: %s", SEED, text).isEmpty();
    }
  }

  private static String randomText(Random random) {
    int length = random.nextInt(30);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(switch (random.nextInt(4)) {
        case 0 -> (char) ('\u0600' + random.nextInt(0x100)); // the whole Arabic block
        case 1 -> (char) (' ' + random.nextInt(0x5F)); // printable ASCII
        case 2 -> (char) ('\u00C0' + random.nextInt(0x200)); // Latin-1 and Latin Extended
        default -> (char) random.nextInt(Character.MAX_VALUE + 1);
      });
    }
    return text.toString();
  }
}
