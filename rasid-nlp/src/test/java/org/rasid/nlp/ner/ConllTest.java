package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.io.InputRejectedException;

class ConllTest {

  @Test
  void readsTokenTagSentences() {
    List<TaggedSentence> s = Conll.parseTokenTag("وصل O\nالرئيس O\nإلى O\nدمشق B-LOC\n\n\nقال O\nعون B-PERS\n", "x");
    assertThat(s).containsExactly(
        new TaggedSentence(List.of("وصل", "الرئيس", "إلى", "دمشق"), List.of("O", "O", "O", "B-LOC")),
        new TaggedSentence(List.of("قال", "عون"), List.of("O", "B-PERS")));
  }

  @Test
  void rejectsALineWithoutATagNamingTheLine() {
    assertThatThrownBy(() -> Conll.parseTokenTag("وصل O\nالرئيس\n", "bad.txt"))
        .isInstanceOf(InputRejectedException.class).hasMessageContaining("bad.txt").hasMessageContaining("line 2");
  }

  @Test
  void readsNewsFaneWithMarksStrippedAndTypesMapped(@TempDir Path dir) throws IOException {
    String text = "\uFEFF\u200Eاستقبل\tO\r\n\u200Eالرئيس\tO\r\n\u200Eنجيب\tB-Politician\r\n\u200Eميقاتي\tI-Politician\r\n"
        + "\u200Eوفد\tO\r\n\u200Eالامم\tB-Non-Governmental\r\n\u200Eالمتحدة\tI-Non-Governmental\r\n\t\r\n"
        + "\u200Eالعرب\tB-Group\r\n\u200Eفي\tO\r\n\u200Eلبنان\tB-Nation\r\n\u200Eبسيارة\tO\r\n\u200Eفيراري\tB-Land\r\n";
    Path file = dir.resolve("fane.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    List<TaggedSentence> s = Conll.readNewsFane(file);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).words()).containsExactly("استقبل", "الرئيس", "نجيب", "ميقاتي", "وفد", "الامم", "المتحدة");
    assertThat(s.get(0).tags()).containsExactly("O", "O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG");
    assertThat(s.get(1).tags()).containsExactly("O", "O", "B-LOC", "O", "O");
  }

  @Test
  void keepTypesMapsOthersToOutside() {
    TaggedSentence s = new TaggedSentence(List.of("كأس", "العالم", "في", "قطر"),
        List.of("B-MISC", "I-MISC", "O", "B-LOC"));
    assertThat(s.keepTypes(java.util.Set.of("LOC")).tags()).containsExactly("O", "O", "O", "B-LOC");
  }
}
