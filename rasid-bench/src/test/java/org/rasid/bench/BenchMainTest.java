package org.rasid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMainTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("Usage: rasid bench <subcommand>").contains("seed-gate").contains("corpus")
        .contains("jmh");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    assertThat(run("speed")).isEqualTo(2);
    assertThat(err()).contains("unknown subcommand 'speed'");
  }

  @Test
  void helpListsAndDescribesSubcommands() {
    assertThat(run("help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("seed-gate");
    assertThat(run("help", "corpus")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--sample K");
    assertThat(run("help", "nope")).isEqualTo(2);
  }

  @Test
  void badOptionsAreUsageErrorsWithTheCommandsUsage() {
    assertThat(run("corpus", "--limit", "lots")).isEqualTo(2);
    assertThat(err()).contains("rasid bench corpus: --limit needs a whole number").contains("Usage: rasid bench corpus");
    assertThat(run("corpus", "--bogus")).isEqualTo(2);
    assertThat(run("corpus", "extra")).isEqualTo(2);
  }

  @Test
  void seedGateNeedsExactlyOneExistingFile() {
    assertThat(run("seed-gate")).isEqualTo(2);
    assertThat(err()).contains("missing FILE.json");
    assertThat(run("seed-gate", "a.json", "b.json")).isEqualTo(2);
    assertThat(run("seed-gate", dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(err()).contains("no such file");
  }

  @Test
  void seedGateFailsOnJsonThatIsNotOneArticle() throws Exception {
    Path array = Files.writeString(dir.resolve("a.json"), "[]");
    assertThat(run("seed-gate", array.toString())).isEqualTo(1);
    assertThat(err()).contains("got an array");
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"blocks\": [");
    assertThat(run("seed-gate", broken.toString())).isEqualTo(1);
  }

  @Test
  void seedGateExitsOneOnAFailedCheck() throws Exception {
    Path json = Files.writeString(dir.resolve("s.json"), "{\"blocks\": [], \"title\": \"x\"}");
    assertThat(run("seed-gate", json.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("| check").contains("FAIL").contains("seed-gate: FAIL");
  }

  @Test
  void jmhRejectsBadOptionsWithoutRunning() {
    assertThat(run("jmh", "-wi", "many")).isEqualTo(2);
    assertThat(err()).contains("JMH");
    assertThat(run("jmh", "--mdd", "x")).isEqualTo(2);
    assertThat(run("jmh", "--md")).isEqualTo(2);
  }
}
