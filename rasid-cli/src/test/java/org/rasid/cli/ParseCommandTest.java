package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;

class ParseCommandTest {

  @TempDir Path dir;

  private static final String ARTICLE = String.join("\n\n",
      "12-سبتمبر-2021",
      "الترا صوت – فريق التحرير",
      "توجه رئيس الوزراء العراقي مصطفى الكاظمي الأحد إلى طهران حيث كان في استقباله الرئيس الإيراني.",
      "وأسفرت قمة الطرفين عن قرار متبادل برفع تأشيرات السفر عن مواطني البلدين.");

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  @Test
  void printsOneJsonRecordForOneFile() throws Exception {
    Path f = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", f.toString());
    assertThat(r.code()).isZero();
    Article a = Json.readArticle(r.out());
    assertThat(a.source()).isEqualTo("الترا صوت");
    assertThat(a.published()).isEqualTo("2021-09-12");
    assertThat(a.paragraphs()).hasSize(2);
  }

  @Test
  void printsOneLinePerFileAsJsonl() throws Exception {
    Path a = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path b = write("b.txt", ARTICLE.replace("الأحد", "الاثنين").getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", "--format", "jsonl", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().split("\n")).hasSize(2);
  }

  @Test
  void decodesWindows1256AndUtf16WithBom() throws Exception {
    Path cp1256 = write("cp.txt", ARTICLE.getBytes(Charset.forName("windows-1256")));
    byte[] utf16 = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
    Path u16 = write("u16.txt", utf16);
    for (Path p : new Path[] {cp1256, u16}) {
      CliRun r = CliRun.of("parse", p.toString());
      assertThat(r.code()).as(p.toString()).isZero();
      assertThat(Json.readArticle(r.out()).source()).isEqualTo("الترا صوت");
    }
  }

  @Test
  void reportsBadFilesAndStillPrintsTheGoodOnes() throws Exception {
    Path good = write("good.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path empty = write("empty.txt", new byte[0]);
    Path binary = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    CliRun r = CliRun.of("parse", "--format", "jsonl", good.toString(), empty.toString(), binary.toString(),
        dir.resolve("missing.txt").toString());
    assertThat(r.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(r.out().strip().split("\n")).hasSize(1);
    assertThat(r.err()).contains("empty.txt").contains("image.png").contains("missing.txt")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void rejectsInputOverTheSizeLimit() throws Exception {
    Path big = write("big.txt", ARTICLE.repeat(20).getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", "--max-bytes", "1k", big.toString());
    assertThat(r.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(r.err()).contains("big.txt").contains("limit");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
      CliRun r = CliRun.of("parse", "-", "--format", "text");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("المصدر: الترا صوت").contains("وأسفرت قمة الطرفين");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void explainsWhereEveryLineWent() throws Exception {
    Path f = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", "--format", "text", "--explain", f.toString());
    assertThat(r.out()).contains("1\tdate").contains("3\tbyline").contains("5\tblock[0]");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(CliRun.of("parse").code()).isEqualTo(RasidCli.USAGE);
    assertThat(CliRun.of("parse", "--format", "xml", "a.txt").code()).isEqualTo(RasidCli.USAGE);
    assertThat(CliRun.of("parse", "--max-bytes", "lots", "a.txt").code()).isEqualTo(RasidCli.USAGE);
    assertThat(CliRun.of("no-such-command").code()).isEqualTo(RasidCli.USAGE);
  }

  @Test
  void noEntitiesSkipsTheStepWithoutAWarning() throws Exception {
    Path f = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", "--no-entities", f.toString());
    assertThat(r.code()).isZero();
    assertThat(Json.readArticle(r.out()).entities()).isEmpty();
    assertThat(r.err()).doesNotContain("warning");
  }

  @Test
  void withoutAModelTheRecordIsPrintedWithOneWarning() throws Exception {
    org.rasid.nlp.entities.ArticleEntities shipped = org.rasid.nlp.entities.ArticleEntities.shipped();
    org.junit.jupiter.api.Assumptions.assumeFalse(shipped.enabled(), "the model is present");
    Path a = write("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path b = write("b.txt", ARTICLE.replace("الأحد", "الاثنين").getBytes(StandardCharsets.UTF_8));
    CliRun r = CliRun.of("parse", "--format", "jsonl", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().split("\n")).hasSize(2);
    assertThat(r.err().split("warning", -1)).hasSize(2); // exactly one warning for the run
    assertThat(r.err()).contains("named-entity model");
  }
}
