package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.TestClient.enc;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.server.html.SearchPage;
import org.rasid.server.html.Url;

/** The pager of the search page over 25 matching articles (3 pages of 10). */
class PagingTest {
  static RasidServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    FakeArticleIndex index = new FakeArticleIndex();
    for (int i = 1; i <= 25; i++) {
      String day = String.format("2022-05-%02d", i);
      index.upsert(new Article(Article.SCHEMA_VERSION, String.format("%016x", i), null, "وكالة الأنباء", List.of(),
          List.of(), null, day, null, "خبر رقم " + i, List.of(), List.of(Block.paragraph("نص الخبر رقم " + i)),
          List.of(), List.of(), "ar"));
    }
    index.commit(Map.of());
    server = RasidServer.start(index, ServerConfig.defaults().withPort(0));
    client = new TestClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void middlePageLinksBothWaysAndMarksItself() {
    String page = client.get("/?q=" + enc("الخبر") + "&sort=newest&page=2").body();
    String q = Url.encode("الخبر");
    assertThat(page).contains("صفحة 2 من 3")
        .contains("<a class=\"pager-prev\" rel=\"prev\" href=\"/?q=" + q + "&amp;sort=newest\">")
        .contains("<a class=\"pager-next\" rel=\"next\" href=\"/?q=" + q + "&amp;sort=newest&amp;page=3\">")
        .contains("<span class=\"pager-current\" aria-current=\"page\">2</span>")
        .contains("<ol class=\"hits\" start=\"11\">")
        .contains("خبر رقم 15");
  }

  @Test
  void firstAndLastPagesHaveOnlyOneWay() {
    assertThat(client.get("/?q=" + enc("الخبر")).body()).doesNotContain("pager-prev").contains("pager-next");
    assertThat(client.get("/?q=" + enc("الخبر") + "&page=3").body()).contains("pager-prev").doesNotContain("pager-next");
  }

  @Test
  void aPageBeyondTheResultsIsEmptyNotAnError() {
    var r = client.get("/?q=" + enc("الخبر") + "&page=9");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("هذه الصفحة بعد آخر النتائج.", "href=\"/?q=" + Url.encode("الخبر") + "\"");
  }

  @Test
  void pagesPastTheIndexLimitAreRefused() {
    assertThat(client.get("/?page=" + (SearchPage.MAX_PAGE + 1)).statusCode()).isEqualTo(400);
    assertThat(client.get("/?page=0").statusCode()).isEqualTo(400);
  }
}
