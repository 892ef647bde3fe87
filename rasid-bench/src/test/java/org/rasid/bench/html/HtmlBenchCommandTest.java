package org.rasid.bench.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;
import org.rasid.bench.Command;

class HtmlBenchCommandTest {
  private static final String P1 = "Officials in the southern province opened three new hospitals on Sunday, "
      + "saying the buildings would serve about two million people, according to the health ministry.";
  private static final String P2 = "The spokesman said that the hospitals hold more than five hundred beds, "
      + "and that the first patients would be admitted at the start of next month, after staff training.";

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  private int run(String... args) {
    PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    return BenchMain.run(args, out, err);
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  /** A two-page benchmark folder: shared/data/html/zyte. */
  private static Path benchmark(Path shared) throws Exception {
    Path dir = ZytePages.dir(shared);
    Files.createDirectories(dir.resolve("html"));
    page(dir, "p1", "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><p>" + P1
        + "</p><p>" + P2 + "</p></article><footer><p>Copyright, all rights reserved, do not copy.</p></footer>"
        + "</body></html>");
    page(dir, "p2", "<html><body><div class='story'><p>" + P2 + "</p></div></body></html>");
    Files.writeString(dir.resolve("ground-truth.json"), """
        {"p1": {"articleBody": "%s\\n\\n%s", "url": "https://example.com/p1"},
         "p2": {"articleBody": "%s", "url": "https://example.com/p2"}}
        """.formatted(P1, P2, P2));
    return dir;
  }

  private static void page(Path dir, String id, String html) throws Exception {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
      o.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void missingBenchmarkIsSkippedWithStatusZero(@TempDir Path shared) {
    assertThat(run("html", "--shared", shared.toString())).isEqualTo(Command.OK);
    assertThat(out()).contains("html: skipped");
  }

  @Test
  void scoresRasidAndBoilerpipeAndWritesTheSection(@TempDir Path shared) throws Exception {
    benchmark(shared);
    Path md = shared.resolve("benchmarks.md");
    int status = run("html", "--shared", shared.toString(), "--tools", "rasid,boilerpipe", "--warmup", "0",
        "--md", md.toString(), "--min-f1", "0.9");
    assertThat(out()).contains("| rasid", "| boilerpipe", "trafilatura", "gate: rasid F1 1.000");
    assertThat(status).isEqualTo(Command.OK);
    assertThat(Files.readString(md)).contains("<!-- html-extraction:start -->", "| rasid");
  }

  @Test
  void gateBelowTheMinimumExitsOne(@TempDir Path shared) throws Exception {
    benchmark(shared);
    // p1's truth is shortened so that rasid's full body loses precision
    Path gt = ZytePages.dir(shared).resolve("ground-truth.json");
    Files.writeString(gt, Files.readString(gt).replace("\\n\\n" + P2, ""));
    int status = run("html", "--shared", shared.toString(), "--tools", "rasid", "--warmup", "0", "--min-f1",
        "0.99");
    assertThat(out()).contains("FAIL");
    assertThat(status).isEqualTo(Command.FAILED);
  }

  @Test
  void readabilityIsSkippedWhenItsFolderIsNotInstalled(@TempDir Path shared) throws Exception {
    benchmark(shared);
    int status = run("html", "--shared", shared.toString(), "--tools", "rasid,readability", "--warmup", "0",
        "--readability", shared.resolve("nowhere").toString());
    assertThat(out()).contains("readability: skipped (no node / run npm ci in bench/readability)");
    assertThat(status).isEqualTo(Command.OK);
  }

  @Test
  void badMinF1IsAUsageError(@TempDir Path shared) {
    assertThat(run("html", "--shared", shared.toString(), "--min-f1", "high")).isEqualTo(Command.USAGE);
    assertThat(run("html", "--shared", shared.toString(), "--tools", "goose")).isEqualTo(Command.USAGE);
  }
}
