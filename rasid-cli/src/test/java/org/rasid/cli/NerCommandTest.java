package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandTest {
  @TempDir Path dir;

  @Test
  void conllModeWritesTokenGoldPredicted() throws Exception {
    Path f = dir.resolve("gold.txt");
    Files.writeString(f, "وصل O\nالرئيس O\nإلى O\nدمشق B-LOC\n. O\n\nقال O\nميقاتي B-PERS\n", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("ner", "--conll", f.toString());
    assertThat(r.code()).isZero();
    List<String> lines = Arrays.asList(r.out().split("\n", -1));
    List<String> tokenLines = lines.stream().filter(l -> !l.isBlank()).toList();
    assertThat(tokenLines).hasSize(7);
    assertThat(tokenLines.get(3)).startsWith("دمشق B-LOC ");
    assertThat(tokenLines).allMatch(l -> l.split(" ").length == 3);
    assertThat(lines.get(5)).isEmpty(); // the sentence break is kept
  }

  @Test
  void textModePrintsMentionsWithOffsets() throws Exception {
    String text = "أعلن رئيس الوزراء اللبناني نجيب ميقاتي في بيروت أن الحكومة ستجتمع غدا.";
    Path f = dir.resolve("a.txt");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    CliRun r = CliRun.of("ner", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isNotBlank();
    for (String line : r.out().strip().split("\n")) {
      String[] cols = line.split("\t");
      assertThat(cols).hasSize(4);
      assertThat(cols[0]).isIn("PERS", "LOC", "ORG");
      assertThat(text.substring(Integer.parseInt(cols[1]), Integer.parseInt(cols[2]))).isEqualTo(cols[3]);
    }
  }

  @Test
  void aMissingFileIsReportedAndTheOthersStillTagged() throws Exception {
    Path f = dir.resolve("ok.txt");
    Files.writeString(f, "زار الوفد القاهرة.", StandardCharsets.UTF_8);
    CliRun r = CliRun.of("ner", dir.resolve("missing.txt").toString(), f.toString());
    assertThat(r.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(r.err()).contains("missing.txt");
    assertThat(r.out()).contains("# " + f);
  }

  @Test
  void needsExactlyOneInputMode() {
    assertThat(CliRun.of("ner").code()).isEqualTo(RasidCli.USAGE);
  }

  @Test
  void evalNerWithoutSharedDataFailsCleanly() {
    CliRun r = CliRun.of("eval", "ner", "--shared", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(r.err()).contains("nowhere");
  }
}
