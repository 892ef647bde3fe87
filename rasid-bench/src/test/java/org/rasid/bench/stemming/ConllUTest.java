package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllUTest {

  private static final List<List<UdWord>> SENTENCES = Snippets.read(Snippets.SCHOOL);

  @Test
  void readsOneListOfWordsPerSentence() {
    assertThat(SENTENCES).hasSize(3);
    assertThat(SENTENCES.getFirst()).extracting(UdWord::form).containsExactly("ذهب", "الطلاب", "إلى", "المدرسة", ".");
  }

  @Test
  void readsFormLemmaPartOfSpeechAndSpaceAfter() {
    assertThat(SENTENCES.getFirst().get(3)).isEqualTo(new UdWord("المدرسة", "مَدرَسَة", "NOUN", false));
    assertThat(SENTENCES.getFirst().get(1).spaceAfter()).isTrue();
  }

  @Test
  void skipsMultiwordRangesButKeepsTheirWordsWrittenTogether() {
    List<UdWord> second = SENTENCES.get(1);
    assertThat(second).extracting(UdWord::form).containsExactly("يكتب", "الطالب", "في", "مدرست", "ها", "كتابا", "2021");
    assertThat(second.get(3).spaceAfter()).isFalse();
    assertThat(second.get(4).spaceAfter()).isTrue();
  }

  @Test
  void aRangeWithoutSpaceAfterAttachesItsLastWord() {
    List<UdWord> words = Snippets.read(Snippets.line("1-2 وله _ _ _ _ _ _ _ SpaceAfter=No")
        + Snippets.line("1 و و CCONJ _ _ _ _ _ _") + Snippets.line("2 له له ADP _ _ _ _ _ _")
        + Snippets.line("3 . . PUNCT _ _ _ _ _ _")).getFirst();
    assertThat(words).extracting(UdWord::spaceAfter).containsExactly(false, false, true);
  }

  @Test
  void skipsEmptyNodesAndComments() {
    assertThat(SENTENCES.get(1)).extracting(UdWord::form).doesNotContain("حذف", "# sent_id = 2");
  }

  @Test
  void findsSpaceAfterAmongOtherMiscItems() {
    List<UdWord> words = Snippets.read(Snippets.line("1 ب ب ADP _ _ _ _ _ LId=x|SpaceAfter=No|Translit=b"))
        .getFirst();
    assertThat(words.getFirst().spaceAfter()).isFalse();
  }

  @Test
  void aShortLineIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> ConllU.read(new BufferedReader(new StringReader("# c\n1\tب\tب\n"))))
        .isInstanceOf(IOException.class).hasMessageContaining("line 2");
  }

  @Test
  void emptyInputHasNoSentences() {
    assertThat(Snippets.read("")).isEmpty();
    assertThat(Snippets.read("\n\n# only a comment\n")).isEmpty();
  }
}
