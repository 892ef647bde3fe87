package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.Fixtures.ATTRIBUTE_BREAKOUT;
import static org.rasid.server.Fixtures.SCRIPT;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.server.html.Url;

/**
 * An article whose title, body, source, authors, captions, links and dropped lines all carry
 * {@code <script>alert(1)</script>} and {@code "><img src=x onerror=alert(1)>}: every page and every JSON answer
 * shows them as text, never as markup.
 */
class XssTest {
  static RasidServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    FakeArticleIndex index = Fixtures.index();
    index.upsert(Fixtures.hostile());
    index.upsert(hostileEntities());
    index.commit(Map.of());
    server = RasidServer.start(index, ServerConfig.defaults().withPort(0));
    client = new TestClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void articlePageEscapesEveryField() {
    String page = client.get("/articles/" + Fixtures.HOSTILE_ID).body();
    assertNoInjectedMarkup(page);
    assertThat(page).contains("عنوان&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
        .contains("فقرة خبيثة &lt;script&gt;")
        .contains("سطر محذوف&lt;script&gt;");
  }

  @Test
  void onlyHttpLinksBecomeLinks() {
    String page = client.get("/articles/" + Fixtures.HOSTILE_ID).body();
    assertThat(page).doesNotContain("href=\"javascript:")
        .contains("href=\"https://example.org/a?b=%22%3E%3Cscript%3E\"");
  }

  @Test
  void searchPageEscapesHitsAndFacets() {
    String page = client.get("/?q=" + enc("خبيثة")).body();
    assertNoInjectedMarkup(page);
    assertThat(page).contains("<mark>خبيثة</mark>", "مصدر&lt;script&gt;");
  }

  @Test
  void searchPageEscapesTheQueryItself() {
    String page = client.get("/?q=" + enc(ATTRIBUTE_BREAKOUT + SCRIPT)).body();
    assertNoInjectedMarkup(page);
    assertThat(page).contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;");
  }

  @Test
  void errorPagesEscapeWhatTheyEcho() {
    HttpResponse<String> r = client.get("/articles/" + enc(SCRIPT));
    assertThat(r.statusCode()).isEqualTo(404);
    assertNoInjectedMarkup(r.body());
  }

  @Test
  void jsonCarriesTheTextExactlyButNeverAsLiteralMarkup() {
    HttpResponse<String> r = client.get("/api/articles/" + Fixtures.HOSTILE_ID);
    assertThat(r.body()).doesNotContain("<script", "<img", "</");
    JsonNode body = json(r);
    assertThat(body.path("title").asText()).isEqualTo("عنوان" + SCRIPT + ATTRIBUTE_BREAKOUT);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> search = client.get("/api/search?q=" + enc("خبيثة"));
    assertThat(search.body()).doesNotContain("<script", "<img");
    assertThat(json(search).path("hits").get(0).path("title").asText()).contains(SCRIPT);

    HttpResponse<String> error = client.get("/api/articles/" + enc(SCRIPT));
    assertThat(error.body()).doesNotContain("<script");
    assertThat(json(error).path("error").asText()).contains(SCRIPT);
  }

  /** An entity id with markup in it: ids are opaque strings, and records are untrusted. */
  static final String HOSTILE_ENTITY_ID = "p-" + ATTRIBUTE_BREAKOUT + SCRIPT;

  /** An article naming a person and a place whose names, mentions and id all carry markup. */
  static Article hostileEntities() {
    String evil = SCRIPT + ATTRIBUTE_BREAKOUT;
    String body = "التقى الوزير نظيره في العاصمة لبحث الملفات العالقة بين البلدين.";
    return new Article(Article.SCHEMA_VERSION, "00000000feedface", null, "مصدر", List.of(), List.of(), null,
        "2022-02-01", "2022-02-01", "لقاء في العاصمة", List.of(), List.of(Block.paragraph(body)), List.of(),
        List.of(), "ar", List.of(
            new Entity(HOSTILE_ENTITY_ID, "شخص" + evil, Entity.PERSON, "IQ",
                List.of(new EntityMention("الوزير" + evil, 0, 6, 12))),
            new Entity("l-" + evil, "مكان" + evil, Entity.LOCATION, "<b>",
                List.of(new EntityMention("العاصمة", 0, 23, 30)))));
  }

  @Test
  void entityPageAndNetworkEscapeNamesAndEncodeIds() {
    HttpResponse<String> entity = client.get("/entities/" + enc(HOSTILE_ENTITY_ID).replace("+", "%20"));
    assertThat(entity.statusCode()).isEqualTo(200);
    assertNoInjectedMarkup(entity.body());
    assertThat(entity.body()).contains("شخص&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img")
        .contains("href=\"/entities/" + Url.encode("l-" + SCRIPT + ATTRIBUTE_BREAKOUT) + "\"")
        .contains("الوزير&lt;script&gt;");

    HttpResponse<String> network = client.get("/network");
    assertThat(network.statusCode()).isEqualTo(200);
    assertNoInjectedMarkup(network.body());
    assertThat(network.body()).contains("href=\"/entities/" + Url.encode(HOSTILE_ENTITY_ID) + "\"")
        .contains("<text class=\"node-label\"", "مكان&lt;script&gt;");

    String article = client.get("/articles/00000000feedface").body();
    assertNoInjectedMarkup(article);
    assertThat(article).contains("<a class=\"ent-mark\" href=\"/entities/" + Url.encode(HOSTILE_ENTITY_ID) + "\">");

    for (String api : List.of("/api/network", "/api/entities/" + enc(HOSTILE_ENTITY_ID).replace("+", "%20"))) {
      HttpResponse<String> r = client.get(api);
      assertThat(r.statusCode()).as(api).isEqualTo(200);
      assertThat(r.body()).as(api).doesNotContain("<script", "<img", "</");
    }
    assertThat(json(client.get("/api/entities/" + enc(HOSTILE_ENTITY_ID).replace("+", "%20")))
        .path("entity").path("name").asText()).isEqualTo("شخص" + SCRIPT + ATTRIBUTE_BREAKOUT);
  }

  private static void assertNoInjectedMarkup(String html) {
    assertThat(html).doesNotContain("<script>alert", "<img", "onerror=alert(1)>", "\"><img");
    assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=\"/(static|webjars)/)");
  }
}
