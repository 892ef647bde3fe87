package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTest {
  /** A small dictionary in the PETRARCH format of CAMEO's Arabic actors, written for this test. */
  private static final String DICTIONARY = String.join("\n",
      "# a comment line",
      "نوري_المالكي_",
      "\t[IRQGOV 20060520-20140908]",
      "جنرال_يحيى_خان_  [PAKMIL]",
      "منظمة_تحرير_فلسطيني_",
      "\t[PSEREB 19640528-19930101]",
      "حزب_عمل_  [ISRPTY]",
      "مسؤول_أميركي_  [USA]",
      "موظف_حكومي_  [GOVBUS]",
      "غزة  [PSE]",
      "اليونسكو  [IGO]",
      "");

  @Test
  void givenNamesMatchThroughClitics() {
    Names names = Names.parse(List.of("# comment", "محمد", "إبراهيم"), List.of());
    assertThat(names.of(Names.stem("ومحمد"))).isEqualTo(Names.GIVEN);
    assertThat(names.of(Names.stem("ابراهيم"))).isEqualTo(Names.GIVEN);
    assertThat(names.of(Names.stem("الحكومة"))).isZero();
    assertThat(names.size()).isEqualTo(2);
  }

  @Test
  void compiledLinesMergeTheirBits() {
    Names names = Names.parse(List.of("حسن"), List.of("F\tحسن", "A\tالقذافي", "O\tتحرير", "X\tignored", "bad line"));
    assertThat(names.of(Names.stem("حسن"))).isEqualTo(Names.GIVEN | Names.FAMILY);
    assertThat(names.of(Names.stem("القذافي"))).isEqualTo(Names.ACTOR);
    assertThat(names.of(Names.stem("التحرير"))).isEqualTo(Names.ORG_PART);
    assertThat(names.size()).isEqualTo(3);
  }

  @Test
  void compilesPersonsOrganizationsAndActorsFromTheDictionary(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("actors.txt");
    Files.writeString(file, DICTIONARY, StandardCharsets.UTF_8);
    List<String> lines = Names.compileCameo(file, Set.of("موظف"));
    assertThat(lines.getFirst()).startsWith("#").contains("MIT");
    assertThat(lines.subList(1, lines.size())).isSorted().doesNotHaveDuplicates();
    // A person: first and last word; the title (جنرال) is dropped from the front.
    assertThat(lines).contains("G\tنوري", "F\tالمالكي", "G\tيحيي", "F\tخان");
    assertThat(lines).doesNotContain("G\tجنرال");
    // An organization: the words after its head, a nisba also in its feminine form.
    assertThat(lines).contains("O\tتحرير", "O\tفلسطيني", "O\tفلسطينيه", "O\tعمل");
    // A one-word actor, but no country, no description and no common word.
    assertThat(lines).contains("A\tاليونسكو");
    assertThat(String.join("\n", lines)).doesNotContain("غزه", "اميركي", "موظف", "حكومي");
  }

  @Test
  void commonWordsAreTheMostlyOutsideOnes() {
    TaggedSentence a = new TaggedSentence(List.of("قال", "حسن", "إن"), List.of("O", "B-PERS", "O"));
    TaggedSentence b = new TaggedSentence(List.of("وقال", "حسن", "إن"), List.of("O", "B-PERS", "O"));
    TaggedSentence c = new TaggedSentence(List.of("قال", "حسن", "إن"), List.of("O", "O", "O"));
    Set<String> common = Names.commonWords(List.of(a, b, c));
    assertThat(common).contains(Names.stem("قال"), Names.stem("إن")).doesNotContain(Names.stem("حسن"));
  }

  @Test
  void theShippedListsKnowCommonGivenNames() {
    Names shipped = Names.shipped();
    assertThat(shipped.size()).isGreaterThan(1_000);
    for (String name : List.of("إبراهيم", "مصطفى", "فاطمة", "ومحمد")) {
      assertThat(shipped.of(Names.stem(name)) & Names.GIVEN).as(name).isEqualTo(Names.GIVEN);
    }
    assertThat(shipped.of(Names.stem("الحكومة")) & Names.GIVEN).isZero();
  }
}
