package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidatesTest {

  @TempDir Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void builtInChainsInTableOrder() {
    assertThat(Candidates.builtIn()).extracting(Candidate::name)
        .containsExactly("none", "lucene-light10", "rasid-clitics", "rasid-nouns", Candidates.RASID_CHOICE);
  }

  @Test
  void movesTheSetDirectiveToTheTop() {
    assertThat(new String(Candidates.setDirectiveFirst(utf8("AF 1\nAF x\nSET\tUTF-8\nTRY ab\n")),
        StandardCharsets.UTF_8)).isEqualTo("SET\tUTF-8\nAF 1\nAF x\nTRY ab\n");
    assertThat(new String(Candidates.setDirectiveFirst(utf8("# c\nSET UTF-8")), StandardCharsets.UTF_8))
        .isEqualTo("SET UTF-8\n# c\n");
  }

  @Test
  void leavesAnAffixFileWithoutSetAlone() {
    byte[] affix = utf8("SETTINGS are not SET\nTRY ab\n");
    assertThat(Candidates.setDirectiveFirst(affix)).isSameAs(affix);
  }

  @Test
  void hunspellIsSkippedWithoutTheDictionary() throws Exception {
    assertThat(Candidates.hunspell(dir)).isEmpty();
  }

  @Test
  void hunspellStemsFromAMorphologicalAliasLoseLucenesStrayColon() throws Exception {
    Files.writeString(dir.resolve("ar.aff"), "SET UTF-8\nAM 2\nAM is:pst st:كتب po:verb\nAM st:درس po:verb\n");
    Files.writeString(dir.resolve("ar.dic"), "2\nكتبت\t1\nدرست\t2\n");
    try (Candidate candidate = Candidates.hunspell(dir).orElseThrow()) {
      assertThat(candidate.stem("كتبت")).isEqualTo("كتب");
      assertThat(candidate.stem("درست")).isEqualTo("درس");
    }
  }

  @Test
  void hunspellLoadsADictionaryWhoseSetDirectiveComesLate() throws Exception {
    String padding = "# padding\n".repeat(Candidates.SET_DIRECTIVE_WINDOW / 10 + 1);
    Files.writeString(dir.resolve("ar.aff"), padding + "SET\tUTF-8\nSFX A Y 1\nSFX A 0 ات .\n");
    Files.writeString(dir.resolve("ar.dic"), "1\nكتاب/A\n");
    Optional<Candidate> hunspell = Candidates.hunspell(dir);
    assertThat(hunspell).isPresent();
    try (Candidate candidate = hunspell.get()) {
      assertThat(candidate.stem("كتابات")).isEqualTo("كتاب");
      assertThat(candidate.stem("أوباما")).as("unknown words pass, normalized").isEqualTo("اوباما");
    }
  }
}
