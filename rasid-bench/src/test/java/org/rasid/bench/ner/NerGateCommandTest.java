package org.rasid.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;
import org.rasid.bench.Command;

class NerGateCommandTest {
  @TempDir Path dir;

  private int run(ByteArrayOutputStream err, String... args) {
    return BenchMain.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void floorIsRequired() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "ner-gate", "--shared", dir.toString())).isEqualTo(Command.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--min-f1");
  }

  @Test
  void missingDataFailsTheGateAndSaysWhy() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(err, "ner-gate", "--shared", dir.toString(), "--min-f1", "50")).isEqualTo(Command.FAILED);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("anercorp");
  }

  @Test
  void benchmarkInputHasExactlyTheAnnouncedTokens() throws Exception {
    List<List<String>> sentences = NerBenchmark.sentences(dir);
    assertThat(sentences.stream().mapToInt(List::size).sum()).isEqualTo(NerBenchmark.TOKENS);
  }
}
