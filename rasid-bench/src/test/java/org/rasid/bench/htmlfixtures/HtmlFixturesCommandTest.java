package org.rasid.bench.htmlfixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.bench.BenchMain;
import org.rasid.bench.UsageException;
import org.rasid.core.model.Image;

class HtmlFixturesCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final String PAGE_A = """
      <html><body><h1>افتتاح جسر جديد</h1><p>افتتح المحافظ جسرا جديدا فوق النهر.</p>
      <p>ويخفف الجسر الزحام عن وسط المدينة.</p><footer>جميع الحقوق محفوظة</footer></body></html>
      """;
  private static final String GOLD_A = """
      {"url": "https://a.test/bridge", "title": "افتتاح جسر جديد", "published": "2024-01-02", "source": "أ",
       "authors": ["سعاد علي"], "images": [{"caption": "الجسر", "credit": null}],
       "body": ["افتتح المحافظ جسرا جديدا فوق النهر.", "ويخفف الجسر الزحام عن وسط المدينة."]}
      """;
  private static final String PAGE_B = "<html><body><h1>أمطار غزيرة</h1><p>هطلت أمطار غزيرة على العاصمة.</p></body></html>";
  private static final String GOLD_B = """
      {"url": "https://b.test/rain", "fetchedUrl": "https://b.test/rain?amp=1", "title": "أمطار غزيرة",
       "published": null, "source": "ب", "authors": [], "images": [], "body": ["هطلت أمطار غزيرة على العاصمة."]}
      """;

  @BeforeEach
  void pages() throws Exception {
    Files.writeString(dir.resolve("01-a-bridge.html"), PAGE_A);
    Files.writeString(dir.resolve("01-a-bridge.json"), GOLD_A);
    Files.writeString(dir.resolve("02-b-rain.html"), PAGE_B);
    Files.writeString(dir.resolve("02-b-rain.json"), GOLD_B);
  }

  /** A fake extractor: page A perfectly (and with the caption), page B with half the body, or a throw. */
  private static HtmlFixtureEvaluation.Extractor fake(boolean throwOnB, List<String> urls) {
    return (html, url) -> {
      urls.add(url);
      if (html.contains("جسر")) {
        return Articles.article("https://a.test/bridge", "افتتاح جسر جديد", "2024-01-02", "أ", List.of("سعاد علي"),
            List.of(new Image("الجسر", "رويترز")),
            List.of("افتتح المحافظ جسرا جديدا فوق النهر.", "ويخفف الجسر الزحام عن وسط المدينة."));
      }
      if (throwOnB) {
        throw new IllegalStateException("nesting too deep");
      }
      return Articles.article("https://b.test/rain?amp=1", "أمطار غزيرة", null, "ب", List.of(), List.of(),
          List.of("هطلت أمطار", "الأكثر قراءة"));
    };
  }

  private int run(HtmlFixturesCommand command, String... args) throws Exception {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scoresEachPageAndSummarises() throws Exception {
    List<String> urls = new java.util.ArrayList<>();
    int status = run(new HtmlFixturesCommand(() -> fake(false, urls)), "--dir", dir.toString());
    assertThat(status).isZero();
    // the fetched address is what the extractor gets; the canonical one when the gold names none
    assertThat(urls).containsExactly("https://a.test/bridge", "https://b.test/rain?amp=1");
    // page B: gold 5 tokens, extracted 4, overlap 2 → P 0.5, R 0.4, F1 0.444; macro F1 (1 + 0.444) / 2 = 0.722
    assertThat(out()).contains("| 01-a-bridge | 1.000 | 1.000 | 1.000 |")
        .contains("| 02-b-rain   | 0.500 | 0.400 | 0.444 |")
        .contains("| body macro F1        | 0.722 ")
        .contains("| url accuracy         | 1/2 (0.500)")
        .contains("| title accuracy       | 2/2 (1.000)")
        .contains("02-b-rain: url: expected https://b.test/rain, got https://b.test/rain?amp=1")
        .contains("- 02-b-rain: body: missed 1 block: «هطلت أمطار غزيرة على العاصمة.»")
        .contains("- 02-b-rain: body: extra 1 block: «الأكثر قراءة»")
        .doesNotContain("01-a-bridge: body:")
        .contains("ArabicNormalizer search folding")
        .contains("html-fixtures: macro F1 0.722 >= --min-f1 0.000: PASS");
  }

  @Test
  void anExtractorExceptionCountsAsZeroWithItsReason() throws Exception {
    int status = run(new HtmlFixturesCommand(() -> fake(true, new java.util.ArrayList<>())), "--dir", dir.toString());
    assertThat(status).isZero();
    assertThat(out()).contains("| 02-b-rain   | 0.000 | 0.000 | 0.000 | ✗")
        .contains("IllegalStateException: nesting too deep")
        .contains("02-b-rain: extractor failed: IllegalStateException: nesting too deep")
        .contains("| body macro F1        | 0.500 ")
        .contains("| extractor errors     | 1/2 ");
  }

  @Test
  void exitsOneWhenMacroF1IsBelowTheGate() throws Exception {
    assertThat(run(new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>())), "--dir", dir.toString(),
        "--min-f1", "0.8")).isEqualTo(1);
    assertThat(out()).contains("macro F1 0.722 < --min-f1 0.800: FAIL");
    out.reset();
    assertThat(run(new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>())), "--dir", dir.toString(),
        "--min-f1", "0.7")).isZero();
  }

  @Test
  void writesItsMarkdownSection() throws Exception {
    Path md = dir.resolve("docs").resolve("benchmarks.md");
    Files.createDirectories(md.getParent());
    Files.writeString(md, "# Benchmarks\n\nkept text\n");
    run(new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>())), "--dir", dir.toString(), "--md",
        md.toString());
    String doc = Files.readString(md);
    assertThat(doc).startsWith("# Benchmarks\n\nkept text\n").contains("<!-- html-fixtures:start -->")
        .contains("<!-- html-fixtures:end -->").contains("| body macro F1").contains("| 02-b-rain ");
    run(new HtmlFixturesCommand(() -> fake(true, new java.util.ArrayList<>())), "--dir", dir.toString(), "--md",
        md.toString());
    String again = Files.readString(md);
    assertThat(again.split("html-fixtures:start", -1)).hasSize(2);
    assertThat(again).contains("| extractor errors     | 1/2 ");
  }

  @Test
  void aPageWithoutGoldOrWithBadGoldFailsNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("03-c.html"), "<p>x</p>");
    assertThat(run(new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>())), "--dir", dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("03-c.html: no gold record 03-c.json");
    Files.writeString(dir.resolve("03-c.json"), "{\"title\": 7}");
    err.reset();
    assertThat(run(new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>())), "--dir", dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("03-c.json: not a valid gold record: title:");
  }

  @Test
  void badOptionsAreUsageErrors() {
    HtmlFixturesCommand c = new HtmlFixturesCommand(() -> fake(false, new java.util.ArrayList<>()));
    assertThatThrownBy(() -> run(c, "--dir", dir.toString(), "--min-f1", "high")).isInstanceOf(UsageException.class)
        .hasMessageContaining("--min-f1 needs a number");
    assertThatThrownBy(() -> run(c, "--dir", dir.toString(), "--min-f1", "1.5")).isInstanceOf(UsageException.class);
    assertThatThrownBy(() -> run(c, "--dir", dir.resolve("none").toString())).isInstanceOf(UsageException.class)
        .hasMessageContaining("no such folder");
    assertThatThrownBy(() -> run(c, "extra")).isInstanceOf(UsageException.class);
  }

  @Test
  void theBaselineTakesEveryParagraphAndTheMetadataAsItIs() throws Exception {
    Files.writeString(dir.resolve("01-a-bridge.html"), PAGE_A.replace("<footer>جميع الحقوق محفوظة</footer>",
        "<p>جميع الحقوق محفوظة</p>"));
    int status = run(new HtmlFixturesCommand(() -> {
      throw new AssertionError("the production extractor is not used");
    }), "--dir", dir.toString(), "--extractor", "baseline");
    assertThat(status).isZero();
    // page A: gold 12 tokens, the footer paragraph adds 3 → P 12/15 = 0.8, F1 0.889; page B: all of it
    assertThat(out()).contains("extractor: baseline").contains("| 01-a-bridge | 0.800 | 1.000 | 0.889 |")
        .contains("| 02-b-rain   | 1.000 | 1.000 | 1.000 |").contains("| title accuracy       | 2/2 (1.000)");
    assertThatThrownBy(() -> run(new HtmlFixturesCommand(), "--dir", dir.toString(), "--extractor", "magic"))
        .isInstanceOf(UsageException.class).hasMessageContaining("production or baseline");
  }

  @Test
  void anEmptyFolderIsAUsageError() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> run(new HtmlFixturesCommand(), "--dir", empty.toString()))
        .isInstanceOf(UsageException.class).hasMessageContaining("no *.html pages");
  }

  @Test
  void theDefaultFolderIsFoundFromTheRootOrAModuleFolder() throws Exception {
    Path fixtures = Files.createDirectories(dir.resolve(HtmlFixturesCommand.FIXTURES));
    Path module = Files.createDirectories(dir.resolve("rasid-bench"));
    assertThat(HtmlFixturesCommand.fixtureDir(null, dir)).isEqualTo(fixtures.toAbsolutePath().normalize());
    assertThat(HtmlFixturesCommand.fixtureDir(null, module)).isEqualTo(fixtures.toAbsolutePath().normalize());
    assertThatThrownBy(() -> HtmlFixturesCommand.fixtureDir(null, Files.createDirectories(dir.resolve("x/y/z"))))
        .isInstanceOf(UsageException.class).hasMessageContaining("pass --dir DIR");
  }

  @Test
  void isListedByBenchMainAndRunsWithTheProductionExtractor() {
    int status = BenchMain.run(new String[] {"help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out()).contains("html-fixtures");
    out.reset();
    // whatever the extractor does (a stub that throws, or the real thing), the run completes and reports every page
    status = BenchMain.run(new String[] {"html-fixtures", "--dir", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(status).isZero();
    assertThat(out()).contains("| 01-a-bridge ").contains("| 02-b-rain ").contains("| body macro F1");
  }
}
