package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;

class StemmersCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path sharedWithSnippet() throws Exception {
    Path shared = dir.resolve("shared");
    Path pud = shared.resolve(StemmersCommand.PUD_DIR);
    Files.createDirectories(pud);
    Files.writeString(pud.resolve("ar_pud-ud-test.conllu"), Snippets.SCHOOL);
    return shared;
  }

  @Test
  void skipsWithStatusZeroWhenTheDataIsMissing() {
    assertThat(run("stemmers", "--shared", dir.resolve("none").toString())).isZero();
    assertThat(out()).contains("skipped").contains("ar-pud");
  }

  @Test
  void printsTheTablesAndWritesTheSection() throws Exception {
    Path md = dir.resolve("docs/stemming.md");
    int status = run("stemmers", "--shared", sharedWithSnippet().toString(), "--hunspell",
        dir.resolve("no-hunspell").toString(), "--speed-ms", "1", "--md", md.toString());
    assertThat(status).as(out() + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out()).contains("hunspell-ar not installed, skipped").contains("| lucene-light10 ")
        .contains("surface words").contains("UD words").contains("best F1: `rasid-light`")
        .contains("RasidAnalyzers.stemmed()");
    String doc = Files.readString(md);
    assertThat(doc).startsWith("# Stemming for search").contains("<!-- stemmers:start -->")
        .contains("<!-- stemmers:end -->").contains("CC BY-SA 3.0").contains("UD Arabic PUD")
        .contains("./rasid bench stemmers").contains("**Recall**").contains("| rasid-nouns ");
  }

  @Test
  void aNewFileKeepsItsHeaderOverReRuns() throws Exception {
    Path md = dir.resolve("new/stemming.md");
    String[] args = {"stemmers", "--shared", sharedWithSnippet().toString(), "--hunspell", dir.toString(),
        "--speed-ms", "0", "--md", md.toString()};
    assertThat(run(args)).isZero();
    assertThat(run(args)).isZero();
    String doc = Files.readString(md);
    assertThat(doc).startsWith(StemmingReport.HEADER + "<!-- stemmers:start -->\n## Stemmer evaluation");
    assertThat(doc.split("<!-- stemmers:start -->", -1)).hasSize(2);
    assertThat(doc.split("<!-- stemmers:end -->", -1)).hasSize(2);
  }

  @Test
  void reRunningReplacesItsSectionOnly() throws Exception {
    Path md = dir.resolve("stemming.md");
    Files.writeString(md, "# Stemming\n\nrasid uses rasid-light because it is best.\n");
    String[] args = {"stemmers", "--shared", sharedWithSnippet().toString(), "--hunspell", dir.toString(),
        "--speed-ms", "0", "--md", md.toString()};
    assertThat(run(args)).isZero();
    assertThat(run(args)).isZero();
    String doc = Files.readString(md);
    assertThat(doc).startsWith("# Stemming\n\nrasid uses rasid-light because it is best.\n");
    assertThat(doc.split("<!-- stemmers:start -->", -1)).hasSize(2);
  }

  @Test
  void aBrokenDictionaryIsSkippedWithTheReason() throws Exception {
    Path hunspell = dir.resolve("broken");
    Files.createDirectories(hunspell);
    Files.writeString(hunspell.resolve("ar.aff"), "SET UTF-8\nSFX A Y 9\n");
    Files.writeString(hunspell.resolve("ar.dic"), "not a count\n");
    assertThat(run("stemmers", "--shared", sharedWithSnippet().toString(), "--hunspell", hunspell.toString(),
        "--speed-ms", "0")).isZero();
    assertThat(out()).contains("hunspell-ar could not be loaded").doesNotContain("| hunspell-ar ");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run("stemmers", "--speed-ms", "-1")).isEqualTo(2);
    assertThat(run("stemmers", "--bogus")).isEqualTo(2);
    assertThat(run("stemmers", "extra")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: rasid bench stemmers");
  }

  @Test
  void helpDescribesTheOptions() {
    assertThat(run("help", "stemmers")).isZero();
    assertThat(out()).contains("--hunspell DIR").contains("--speed-ms N");
  }
}
