package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.TestClient.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;

/** The HTML pages, read as markup (the browser test looks at them as a person would). */
class PagesTest {
  static RasidServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    server = RasidServer.start(Fixtures.index(), ServerConfig.defaults().withPort(0));
    client = new TestClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void searchPageIsRightToLeftArabicWithTheQueryKeptInTheBox() {
    HttpResponse<String> r = client.get("/?q=" + enc("العراق"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestClient.contentType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
        .contains("<input type=\"search\" name=\"q\" id=\"q\" value=\"العراق\"")
        .contains("<option value=\"relevance\" selected>");
  }

  @Test
  void searchPageShowsHitsWithHighlightedSnippetsAndMeta() {
    String page = client.get("/?q=" + enc("العراق")).body();
    assertThat(page).contains("عدد النتائج: ", "<strong>3</strong>")
        .contains("<mark>العراق</mark>")
        .contains("href=\"/articles/" + Fixtures.article("baghdad-water").id() + "\"")
        .contains("<time datetime=\"2023-03-14\">14 مارس 2023</time>")
        .contains("فريق التحرير");
  }

  @Test
  void facetsAreLinksThatNarrowTheQuery() {
    String page = client.get("/?q=" + enc("العراق")).body();
    assertThat(page).contains("href=\"/?q=" + Url("العراق source:\"شفق نيوز\"") + "\"")
        .contains("href=\"/?q=" + Url("العراق from:2023-03-01 to:2023-03-31") + "\"")
        .contains("<span class=\"facet-value\" dir=\"auto\">مارس 2023</span>");
  }

  @Test
  void anActiveFacetLinkRemovesItsFilter() {
    String page = client.get("/?q=" + enc("source:\"شفق نيوز\"")).body();
    assertThat(page).contains("class=\"facet-link active\"", "aria-pressed=\"true\"")
        .contains("<a class=\"facet-link active\" href=\"/\"");
  }

  @Test
  void aChosenSortIsKeptByTheLinksAndTheMenu() {
    String page = client.get("/?sort=oldest&q=" + enc("العراق")).body();
    assertThat(page).contains("<option value=\"oldest\" selected>")
        .contains("href=\"/?q=" + Url("العراق source:\"شفق نيوز\"") + "&amp;sort=oldest\"");
  }

  @Test
  void volumeChartHasItsDataAndAPlainHtmlFallback() {
    String page = client.get("/?q=" + enc("العراق")).body();
    assertThat(page).contains("id=\"volume-chart\" hidden role=\"img\"")
        .contains("data-volume=\"{&quot;months&quot;:[&quot;2021-09&quot;,&quot;2021-10&quot;,")
        .contains("<details class=\"volume-table\" open>")
        .contains("<meter min=\"0\" max=\"1\" value=\"1\">1</meter>")
        .contains("src=\"/webjars/uplot/1.6.30/dist/uPlot.iife.min.js\" defer")
        .contains("src=\"/static/search.js\" defer");
  }

  @Test
  void blankQueryListsTheNewestArticles() {
    String page = client.get("/").body();
    assertThat(page).contains("أحدث المقالات", "<option value=\"relevance\" selected>");
    assertThat(page.indexOf("البصرة تسجل")).isLessThan(page.indexOf("أزمة المياه"));
  }

  @Test
  void pagingLinksKeepTheQueryAndSort() {
    String page = client.get("/?page=1").body(); // 4 articles, 10 a page: no pager
    assertThat(page).doesNotContain("class=\"pager\"");
  }

  @Test
  void aQueryTheIndexRejectsShowsItsMessageAndKeepsTheQuery() {
    HttpResponse<String> r = client.get("/?q=" + enc("\"رئيس"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("تعذّر فهم الاستعلام", "unbalanced double quote in the query")
        .contains("value=\"&quot;رئيس\"");
  }

  @Test
  void noResultsSaysSo() {
    String page = client.get("/?q=" + enc("كلمةغيرموجودة")).body();
    assertThat(page).contains("لا توجد مقالات تطابق هذا البحث.").doesNotContain("class=\"hits\"");
  }

  @Test
  void articlePageShowsTheCleanRecord() {
    Article a = Fixtures.article("baghdad-water");
    HttpResponse<String> r = client.get("/articles/" + a.id());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
        .contains("<title>أزمة المياه تضرب جنوب العراق مع تراجع منسوب دجلة والفرات · راصد</title>")
        .contains("<h1 class=\"record-title\" dir=\"auto\">أزمة المياه")
        .contains("<time datetime=\"2023-03-14\">14 مارس 2023</time>", "كما ورد: 14-مارس-2023")
        .contains("<dt>الكاتب</dt><dd>فريق التحرير</dd>")
        .contains("مزارع عراقي يتفقد أرضه", "تصوير: رويترز")
        .contains("<h2 dir=\"auto\">مخاوف من موجة نزوح جديدة</h2>")
        .contains("<p dir=\"auto\">ويرى خبراء")
        .contains("اقرأ أيضًا", "العراق يطالب تركيا");
  }

  @Test
  void articlePageFoldsAwayTheDroppedLinesWithTheirReasons() {
    String page = client.get("/articles/" + Fixtures.article("baghdad-water").id()).body();
    assertThat(page).contains("<details class=\"dropped\" id=\"dropped\"><summary>ما حُذف من النص الأصلي (3)</summary>")
        .contains("<td class=\"dropped-line\">11</td>")
        .contains("نسخة مبتورة من فقرة محفوظة", "<code dir=\"ltr\">truncated-duplicate</code>")
        .contains("حقوق النشر", "جميع الحقوق محفوظة © 2023");
  }

  @Test
  void articlePageListsSimilarArticles() {
    String page = client.get("/articles/" + Fixtures.article("baghdad-water").id()).body();
    assertThat(page).contains("مقالات مشابهة")
        .contains("href=\"/articles/" + Fixtures.article("basra-heat").id() + "\"");
  }

  private static String Url(String q) {
    return org.rasid.server.html.Url.encode(q);
  }
}
