package org.rasid.bench.htmlfixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Image;

/**
 * Consistency of the fixture pages in rasid-html/src/test/resources/fixtures/html with their gold records: every
 * gold record is valid and complete, and its text (body, title, captions, authors) is really on the page.
 */
class FixtureDataTest {
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2})?)?");
  private static final int MIN_PAGES = 22;

  private static List<HtmlFixture> fixtures;

  @BeforeAll
  static void load() throws Exception {
    Path dir = HtmlFixturesCommand.fixtureDir(null, Path.of(""));
    fixtures = HtmlFixture.load(dir);
  }

  /** The visible text of a page: the body without scripts, styles and templates, as tokens. */
  static List<String> visibleTokens(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template").remove();
    return BodyScore.tokens(doc.body().text());
  }

  /** Whether {@code needle} occurs as a contiguous run in {@code haystack}. */
  static boolean containsRun(List<String> haystack, List<String> needle) {
    return !needle.isEmpty() && Collections.indexOfSubList(haystack, needle) >= 0;
  }

  @Test
  void thereAreEnoughPagesFromEnoughOutlets() {
    assertThat(fixtures).hasSizeGreaterThanOrEqualTo(MIN_PAGES);
    Set<String> outlets = new HashSet<>();
    for (HtmlFixture f : fixtures) {
      assertThat(f.name()).matches("\\d{2}-[a-z0-9]+(-[a-z0-9]+)+");
      outlets.add(f.name().split("-")[1]);
    }
    assertThat(outlets).hasSizeGreaterThanOrEqualTo(MIN_PAGES);
  }

  @Test
  void everyGoldRecordIsComplete() {
    for (HtmlFixture f : fixtures) {
      Gold g = f.gold();
      assertThat(g.title()).as(f.name() + " title").isNotBlank();
      assertThat(g.body()).as(f.name() + " body").isNotEmpty().allMatch(b -> !b.isBlank());
      assertThat(g.url()).as(f.name() + " url").startsWith("https://");
      assertThat(g.source()).as(f.name() + " source").isNotBlank();
      if (g.published() != null) {
        assertThat(g.published()).as(f.name() + " published").matches(ISO);
      }
      assertThat(g.body()).as(f.name() + " body items are trimmed and single-spaced")
          .allMatch(b -> b.equals(Field.clean(b)));
      assertThat(g.images()).as(f.name() + " images have a caption or a credit")
          .allMatch(i -> i.caption() != null || i.credit() != null);
    }
  }

  @Test
  void everyGoldParagraphIsVisibleTextOfItsPage() {
    List<String> missing = new ArrayList<>();
    for (HtmlFixture f : fixtures) {
      List<String> page = visibleTokens(f.html());
      List<String> texts = new ArrayList<>(f.gold().body());
      texts.add(f.gold().title());
      texts.addAll(f.gold().authors());
      for (Image i : f.gold().images()) {
        if (i.caption() != null) {
          texts.add(i.caption());
        }
        if (i.credit() != null) {
          texts.add(i.credit());
        }
      }
      for (String text : texts) {
        if (!containsRun(page, BodyScore.tokens(text))) {
          missing.add(f.name() + ": " + text);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theSourceIsNamedOnThePage() {
    for (HtmlFixture f : fixtures) {
      assertThat(f.html()).as(f.name()).contains(f.gold().source());
    }
  }

  @Test
  void everyPageHasBoilerplateAroundTheArticle() {
    for (HtmlFixture f : fixtures) {
      List<String> gold = new ArrayList<>(f.gold().body());
      gold.add(f.gold().title());
      int visible = visibleTokens(f.html()).size();
      int article = BodyScore.tokens(gold).size();
      assertThat(visible - article).as(f.name() + ": visible tokens beyond the gold text").isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void captionsAreNotBody() {
    for (HtmlFixture f : fixtures) {
      for (Image i : f.gold().images()) {
        if (i.caption() != null) {
          assertThat(f.gold().body()).as(f.name()).noneMatch(b -> b.contains(i.caption()));
        }
      }
    }
  }

  @Test
  void theCheckItselfCatchesTextThatIsNotOnThePage() {
    List<String> page = visibleTokens("<html><head><title>عنوان خفي</title><script>var x = 'نص';</script></head>"
        + "<body><p>أعلنت الوزارة، اليوم، خطة جديدة.</p></body></html>");
    assertThat(containsRun(page, BodyScore.tokens("أعلنت الوزارة اليوم خطة جديدة"))).isTrue();
    assertThat(containsRun(page, BodyScore.tokens("أعلنت الوزارة خطة جديدة"))).isFalse();
    assertThat(containsRun(page, BodyScore.tokens("عنوان خفي"))).isFalse();
    assertThat(containsRun(page, BodyScore.tokens("نص"))).isFalse();
  }

  @Test
  void aPerfectExtractorScoresOneEverywhere() {
    HtmlFixtureEvaluation.Report report = new HtmlFixtureEvaluation((html, url) -> fixtures.stream()
        .filter(f -> f.html().equals(html)).findFirst().map(f -> Articles.of(f.gold())).orElseThrow())
        .evaluate(fixtures);
    assertThat(report.macroF1()).isEqualTo(1.0);
    for (Field field : Field.values()) {
      assertThat(report.matched(field)).as(field.label()).isEqualTo(fixtures.size());
    }
  }
}
