package org.rasid.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnicodeCleanerTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final int RANDOM_LINES = 20_000;

  private static void check(String input, String expected) {
    assertThat(UnicodeCleaner.cleanLine(input)).as("cleanLine(%s)", escape(input)).isEqualTo(expected);
  }

  // Rule 1: presentation forms.

  @Test
  void presentationFormsBecomeBaseLetters() {
    check("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", "مرحبا");
  }

  @Test
  void lamAlefLigatureBecomesTwoLetters() {
    check("\uFEFB", "لا");
    check("\uFEF5", "لآ");
    check("\uFEB3\uFEFC\uFEE1", "سلام");
  }

  @Test
  void allahLigatureExpands() {
    check("بسم \uFDF2", "بسم الله");
  }

  @Test
  void isolatedMarkFormKeepsTheSpaceNfkcGivesIt() {
    check("ب\uFE70", "ب \u064B");
  }

  @Test
  void presentationFormWithoutDecompositionStays() {
    check("\uFD3E\u0627\uFD3F", "\uFD3E\u0627\uFD3F");
  }

  // Rule 2: invisible characters.

  @Test
  void byteOrderMarkRemoved() {
    check("\uFEFFخبر", "خبر");
    check("خ\uFEFFبر", "خبر");
  }

  @Test
  void zeroWidthSpaceAndJoinersRemoved() {
    check("ال\u200Bخبر", "الخبر");
    check("\u200Cمي\u200Dن", "مين");
  }

  @Test
  void directionalMarksRemoved() {
    check("\u200Fعربي\u200E \u061Cنص", "عربي نص");
  }

  @Test
  void bidiEmbeddingsAndOverridesRemoved() {
    check("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee", "abcde");
  }

  @Test
  void bidiIsolatesRemoved() {
    check("\u2066a\u2067b\u2068c\u2069", "abc");
  }

  @Test
  void wordJoinerAndInvisibleOperatorsRemoved() {
    check("a\u2060b\u2061c\u2062d\u2063e\u2064f", "abcdef");
  }

  @Test
  void softHyphenRemoved() {
    check("مح\u00ADمد", "محمد");
  }

  @Test
  void mongolianVowelSeparatorRemoved() {
    check("a\u180Eb", "ab");
  }

  // Rule 3: control characters.

  @Test
  void c0ControlsRemoved() {
    check("a\u0000b\u0007c\u001Bd\u001Fe", "abcde");
  }

  @Test
  void deleteAndC1ControlsRemoved() {
    check("a\u007Fb\u0080c\u009Fd", "abcd");
  }

  // Rule 4: spaces.

  @Test
  void tabBecomesSpace() {
    check("a\tb", "a b");
  }

  @Test
  void noBreakSpaceBecomesSpace() {
    check("10\u00A0كم", "10 كم");
  }

  @Test
  void everyUnicodeSpaceBecomesSpace() {
    for (char space : "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000"
        .toCharArray()) {
      check("a" + space + "b", "a b");
    }
  }

  @Test
  void lineBreaksBecomeSpacesSoWordsStayApart() {
    check("a\r\nb", "a b");
    check("a\u000Bb\fc", "a b c");
    check("a\u0085b\u2028c\u2029d", "a b c d");
  }

  // Rule 5: collapse and trim.

  @Test
  void spaceRunsCollapse() {
    check("a  \t\u00A0 b", "a b");
  }

  @Test
  void spacesAroundRemovedCharactersCollapse() {
    check("a \u200B b", "a b");
  }

  @Test
  void leadingAndTrailingSpacesTrimmed() {
    check("  خبر عاجل \t", "خبر عاجل");
    check("\u200B خبر\u00A0\u200F", "خبر");
  }

  @Test
  void blankLineBecomesEmpty() {
    check("", "");
    check(" \t\u00A0\u200B ", "");
  }

  // Rule 6: NFC.

  @Test
  void nfcComposesDecomposedHamzaAndMadda() {
    check("\u0627\u0654", "أ");
    check("\u0627\u0655", "إ");
    check("\u0627\u0653", "آ");
    check("\u0648\u0654", "ؤ");
    check("\u064A\u0654", "ئ");
  }

  @Test
  void nfcComposesAcrossARemovedCharacter() {
    check("\u0627\u200D\u0654", "أ");
  }

  @Test
  void nfcComposesLatin() {
    check("e\u0301", "é");
  }

  @Test
  void nfcPutsShaddaAfterFatha() {
    check("\u0628\u0651\u064E", "\u0628\u064E\u0651");
  }

  // What stays.

  @Test
  void keepsDiacritics() {
    check("كَتَبَ الوَلَدُ", "كَتَبَ الوَلَدُ");
  }

  @Test
  void keepsTatweel() {
    check("جـــميل", "جـــميل");
  }

  @Test
  void keepsHamzaFormsAndPunctuation() {
    check("سُئل المسؤول: «هل أنتم إلى جانب ذلك؟» — قال، نعم…", "سُئل المسؤول: «هل أنتم إلى جانب ذلك؟» — قال، نعم…");
  }

  @Test
  void keepsOtherScriptsAndEmoji() {
    check("Ελλάδα 中国 \uD83D\uDE00", "Ελλάδα 中国 \uD83D\uDE00");
  }

  // Fast path.

  @Test
  void returnsTheSameInstanceForCleanLines() {
    for (String clean : List.of("", "Breaking: BBC, 2024!", "أعلنت الحكومة اليوم، في بيان رسمي: ١٢٣ «مشروع»",
        "كَتَبَ", "جـــميل", "Ελλάδα", "a\uD83D\uDE00")) {
      assertThat(UnicodeCleaner.cleanLine(clean)).as(escape(clean)).isSameAs(clean);
    }
  }

  @Test
  void acceptsAnyCharSequence() {
    assertThat(UnicodeCleaner.cleanLine(new StringBuilder(" a  b "))).isEqualTo("a b");
  }

  // Properties.

  @Test
  void plainCharactersAreInertUnderNfcNextToEachOther() {
    List<Character> plain = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (UnicodeCleaner.isPlain(c)) {
        plain.add(c);
      }
    }
    for (char first : plain) {
      for (char second : plain) {
        String pair = "" + first + second;
        assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as(escape(pair)).isTrue();
      }
    }
  }

  @Test
  void agreesWithTheReferenceOnEveryBmpCharacter() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String line : List.of(String.valueOf((char) c), "ا" + (char) c + "ب", "a " + (char) c + " \u0654")) {
        assertThat(UnicodeCleaner.cleanLine(line)).as(escape(line)).isEqualTo(reference(line));
      }
    }
  }

  @Test
  void agreesWithTheReferenceOnRandomLines() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_LINES; i++) {
      String line = randomLine(random);
      assertThat(UnicodeCleaner.cleanLine(line)).as("seed %d: %s", SEED, escape(line)).isEqualTo(reference(line));
    }
  }

  @Test
  void cleanedLinesComeBackUnchangedAndUncopied() {
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_LINES; i++) {
      String once = UnicodeCleaner.cleanLine(randomLine(random));
      assertThat(UnicodeCleaner.cleanLine(once)).as("seed %d: %s", SEED, escape(once)).isSameAs(once);
    }
  }

  /** The rules as written in the class Javadoc, the slow and obvious way. */
  private static String reference(String line) {
    StringBuilder expanded = new StringBuilder();
    for (char c : line.toCharArray()) {
      boolean form = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
      expanded.append(form ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
    }
    String cleaned = expanded.toString()
        .replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u061C\\uFEFF\\u00AD\\u180E]", "")
        .replaceAll("[\\t\\n\\u000B\\f\\r\\u0085\\u2028\\u2029\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]", " ")
        .replaceAll("[\\u0000-\\u001F\\u007F-\\u009F]", "")
        .replaceAll(" {2,}", " ")
        .replaceAll("^ | $", "");
    return Normalizer.normalize(cleaned, Normalizer.Form.NFC);
  }

  private static final String[] POOLS = {
    "abcXYZ019.,;:!?\"'()-",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى",
    "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640",
    "  \t\u00A0\u2003\u202F\u3000\r\n\u2028",
    "\u200B\u200C\u200D\u200E\u200F\u202A\u202E\u2066\u2069\u061C\uFEFF\u00AD\u180E\u2060",
    "\u0000\u0001\u001F\u007F\u0085\u0090\u009F",
    "\u0301\u0308\u0327\u0315\u0334\u1100\u1161\u11A8\uAC00",
    "«»،؛؟٠١٢٣۴۵—…“”",
    "\uD83D\uDE00\uD800\uDC00",
  };

  private static String randomLine(Random random) {
    int length = random.nextInt(40);
    StringBuilder line = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(POOLS.length + 2);
      if (pick < POOLS.length) {
        String pool = POOLS[pick];
        line.append(pool.charAt(random.nextInt(pool.length())));
      } else if (pick == POOLS.length) {
        line.append((char) ('\uFB50' + random.nextInt('\uFEFF' - '\uFB50' + 1)));
      } else {
        line.append((char) random.nextInt(Character.MAX_VALUE + 1));
      }
    }
    return line.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      out.append(c >= ' ' && c <= '~' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.append('"').toString();
  }
}
