package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;

/** ingest → search → show → stats through the command line, on a temporary index. */
class IndexCommandsTest {

  @TempDir Path dir;

  private Path corpus() throws Exception {
    Path c = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(c.resolve("a.txt"), String.join("\n\n",
        "الكاظمي يصل إلى طهران في زيارة رسمية",
        "12-سبتمبر-2021",
        "الترا صوت – فريق التحرير",
        "توجه رئيس الوزراء العراقي مصطفى الكاظمي الأحد إلى طهران حيث كان في استقباله الرئيس الإيراني إبراهيم رئيسي.",
        "وأسفرت قمة الطرفين عن قرار متبادل برفع تأشيرات السفر عن مواطني البلدين."));
    Files.writeString(c.resolve("b.txt"), String.join("\n\n",
        "افتتاح معرض القاهرة الدولي للكتاب بمشاركة واسعة",
        "الأحد 26 يناير 2025",
        "القاهرة - أ ش أ",
        "افتتح رئيس الوزراء المصري اليوم الدورة الجديدة من معرض القاهرة الدولي للكتاب بمشاركة ناشرين من عشرات الدول.",
        "ويستمر المعرض أسبوعين ويضم برنامجا ثقافيا واسعا من الندوات والأمسيات الشعرية."));
    Files.write(c.resolve("broken.txt"), new byte[0]);
    return c;
  }

  @Test
  void ingestsSearchesShowsAndCounts() throws Exception {
    Path corpus = corpus();
    String index = dir.resolve("idx").toString();
    CliRun ingest = CliRun.of("ingest", "--index", index, "--quiet", corpus.toString());
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(RasidCli.SOME_FAILED); // broken.txt
    assertThat(ingest.out()).contains("ingested 2").contains("failed 1");
    assertThat(ingest.err()).contains("broken.txt").contains("empty");

    CliRun again = CliRun.of("ingest", "--index", index, "--quiet", corpus.resolve("a.txt").toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("ingested 0").contains("already present 1");

    CliRun search = CliRun.of("search", "--index", index, "--json", "طهران");
    assertThat(search.code()).as(search.err()).isZero();
    var response = Json.mapper().readTree(search.out());
    assertThat(response.get("total").asLong()).isEqualTo(1);
    String id = response.get("hits").get(0).get("id").asText();

    CliRun table = CliRun.of("search", "--index", index, "source:\"أ ش أ\"");
    assertThat(table.out()).contains("1 articles").contains("معرض القاهرة");

    CliRun show = CliRun.of("show", "--index", index, id);
    assertThat(Json.readArticle(show.out()).source()).isEqualTo("الترا صوت");
    assertThat(CliRun.of("show", "--index", index, "--format", "text", id).out()).contains("المصدر: الترا صوت");

    CliRun stats = CliRun.of("stats", "--index", index);
    assertThat(stats.out()).contains("articles  2").contains("2021-09-12").contains("2025-01-26");
  }

  @Test
  void reportsUsageAndMissingIndexErrorsClearly() throws Exception {
    Path missing = dir.resolve("nothing-here");
    CliRun search = CliRun.of("search", "--index", missing.toString(), "x");
    assertThat(search.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(search.err()).contains("no index at").doesNotContain("Exception");
    CliRun.of("ingest", "--index", dir.resolve("idx").toString(), "--quiet", corpus().toString());
    CliRun bad = CliRun.of("search", "--index", dir.resolve("idx").toString(), "\"unclosed");
    assertThat(bad.code()).isEqualTo(RasidCli.USAGE);
    assertThat(bad.err()).contains("rasid search:");
    assertThat(CliRun.of("search", "--index", dir.resolve("idx").toString(), "--sort", "sideways", "x").code())
        .isEqualTo(RasidCli.USAGE);
    assertThat(CliRun.of("show", "--index", dir.resolve("idx").toString(), "0000").err()).contains("no article with id");
  }
}
