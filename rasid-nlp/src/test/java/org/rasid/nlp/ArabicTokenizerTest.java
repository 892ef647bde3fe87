package org.rasid.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {

  private static List<String> texts(String s) {
    return ArabicTokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void splitsArabicPunctuationAndKeepsCliticsAttached() {
    assertThat(texts("قال الرئيس «نحن مستعدون»، وأضاف: هل من جديد؟ نعم؛ والصادرات ارتفعت."))
        .containsExactly("قال", "الرئيس", "«", "نحن", "مستعدون", "»", "،", "وأضاف", ":", "هل", "من", "جديد", "؟",
            "نعم", "؛", "والصادرات", "ارتفعت", ".");
  }

  @Test
  void keepsNumbersWholeAndDigitsWithTheirClitic() {
    assertThat(texts("بلغ النمو 3.5% في 2006 و6 أشهر، أي ١٬٢٠٠ دولار."))
        .containsExactly("بلغ", "النمو", "3.5", "%", "في", "2006", "و6", "أشهر", "،", "أي", "١٬٢٠٠", "دولار", ".");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  «بيروت»،\nدمشق؟ (رويترز) - 12.";
    List<Token> tokens = ArabicTokenizer.tokenize(text);
    assertThat(tokens).isNotEmpty();
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens.get(1)).isEqualTo(new Token("بيروت", 3, 8));
    assertThat(tokens.stream().map(Token::text)).containsExactly("«", "بيروت", "»", "،", "دمشق", "؟", "(", "رويترز",
        ")", "-", "12", ".");
  }

  @Test
  void skipsBidiMarksAndKeepsDiacriticsAndTatweelInWords() {
    assertThat(texts("\u200Eمُحَمَّد\u200F الـــعراق")).containsExactly("مُحَمَّد", "الـــعراق");
  }

  @Test
  void emptyAndBlankTextHaveNoTokens() {
    assertThat(ArabicTokenizer.tokenize("")).isEmpty();
    assertThat(ArabicTokenizer.tokenize(" \n\t ")).isEmpty();
  }
}
