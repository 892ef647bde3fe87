package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewTest {

  private static final List<List<UdWord>> SENTENCES = Snippets.read(Snippets.SCHOOL);

  @Test
  void udWordsAreTheTreebankWordsWithoutPunctuationAndNumbers() {
    assertThat(View.UD_WORDS.tokens(SENTENCES)).extracting(LemmaToken::form).containsExactly(
        "ذهب", "الطلاب", "إلى", "المدرسة", "يكتب", "الطالب", "في", "مدرست", "ها", "كتابا", "و", "ب", "المدرسة");
  }

  @Test
  void surfaceWordsJoinTheirPiecesAndTakeTheLemmaOfTheirHost() {
    assertThat(View.SURFACE_WORDS.tokens(SENTENCES)).containsExactly(
        new LemmaToken("ذهب", "ذَهَب", "VERB"), new LemmaToken("الطلاب", "طالِب", "NOUN"),
        new LemmaToken("المدرسة", "مَدرَسَة", "NOUN"), new LemmaToken("يكتب", "كَتَب", "VERB"),
        new LemmaToken("الطالب", "طالِب", "NOUN"), new LemmaToken("مدرستها", "مَدرَسَة", "NOUN"),
        new LemmaToken("كتابا", "كِتَاب", "NOUN"), new LemmaToken("وبالمدرسة", "مَدرَسَة", "NOUN"));
  }

  @Test
  void surfaceWordsLeaveOutFunctionWords() {
    List<List<UdWord>> sentences = Snippets.read(Snippets.line("1 ل لِ ADP _ _ _ _ _ SpaceAfter=No")
        + Snippets.line("2 ه هُوَ PRON _ _ _ _ _ _") + Snippets.line("3 ف ف PART _ _ _ _ _ SpaceAfter=No")
        + Snippets.line("4 إن إِنَّ PART _ _ _ _ _ _"));
    assertThat(View.SURFACE_WORDS.tokens(sentences)).isEmpty();
  }

  @Test
  void punctuationSplitsASurfaceWord() {
    List<List<UdWord>> sentences = Snippets.read(Snippets.line("1 و وَ CCONJ _ _ _ _ _ SpaceAfter=No")
        + Snippets.line("2 \" \" PUNCT _ _ _ _ _ SpaceAfter=No") + Snippets.line("3 ميت ميت PROPN _ _ _ _ _ _"));
    assertThat(View.SURFACE_WORDS.tokens(sentences)).containsExactly(new LemmaToken("ميت", "ميت", "PROPN"));
  }
}
