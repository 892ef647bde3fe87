package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API error is JSON {"error", "status"} with the right status and a message that says what is wrong. */
class ApiErrorsTest {
  static FakeArticleIndex index;
  static RasidServer server;
  static TestClient client;

  @BeforeAll
  static void start() {
    index = Fixtures.index();
    server = RasidServer.start(index, ServerConfig.defaults().withPort(0));
    client = new TestClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void heal() {
    index.failSearchWith = null;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "/api/search?offset=abc        | offset must be an integer, was 'abc'",
      "/api/search?offset=-1         | offset must be between 0 and 10000, was -1",
      "/api/search?offset=10001      | offset must be between 0 and 10000, was 10001",
      "/api/search?limit=0           | limit must be between 1 and 100, was 0",
      "/api/search?limit=500         | limit must be between 1 and 100, was 500",
      "/api/search?limit=1.5         | limit must be an integer, was '1.5'",
      "/api/search?sort=popular      | sort must be one of relevance, newest, oldest, was 'popular'",
      "/api/articles/x/similar?limit=0 | limit must be between 1 and 100, was 0",
  })
  void badParametersAre400WithAMessageNamingThem(String path, String message) {
    HttpResponse<String> r = client.get(path);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(TestClient.contentType(r)).isEqualTo("application/json;charset=utf-8");
    JsonNode body = json(r);
    assertThat(body.path("status").asInt()).isEqualTo(400);
    assertThat(body.path("error").asText()).isEqualTo(message);
    assertThat(body.size()).isEqualTo(2);
  }

  @Test
  void aQueryTheIndexCannotParseIsA400WithTheIndexMessage() {
    HttpResponse<String> r = client.get("/api/search?q=" + enc("\"رئيس الوزراء"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).isEqualTo("unbalanced double quote in the query");
    assertThat(client.get("/api/facets?q=" + enc("\"")).statusCode()).isEqualTo(400);
  }

  @Test
  void anOverlongQueryIsA400() {
    HttpResponse<String> r = client.get("/api/search?q=" + "a".repeat(Params.MAX_QUERY_CHARS + 1));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).startsWith("q must be at most 1000 characters");
  }

  @Test
  void unknownApiPathIsA404InJson() {
    HttpResponse<String> r = client.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestClient.contentType(r)).isEqualTo("application/json;charset=utf-8");
    assertThat(json(r).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void wrongMethodIsA405InJson() {
    for (String[] call : new String[][] {{"DELETE", "/api/search"}, {"PUT", "/api/articles"},
        {"POST", "/api/stats"}, {"DELETE", "/api/articles/abc"}}) {
      HttpResponse<String> r = client.method(call[0], call[1]);
      assertThat(r.statusCode()).as(call[0] + " " + call[1]).isEqualTo(405);
      assertThat(json(r).path("status").asInt()).isEqualTo(405);
      assertThat(json(r).path("error").asText()).isNotBlank();
    }
  }

  @Test
  void serverFailuresAre500WithoutInternalDetails() {
    index.failSearchWith = new IllegalStateException("secret detail at /var/lib/index");
    HttpResponse<String> r = client.get("/api/search?q=x");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(json(r).path("error").asText()).isEqualTo("internal server error");
    assertThat(r.body()).doesNotContain("secret", "Exception", "at org.");
  }

  @Test
  void pageFailuresAreArabicHtmlPagesWithoutInternalDetails() {
    index.failSearchWith = new IllegalStateException("secret detail");
    HttpResponse<String> r = client.get("/?q=x");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(TestClient.contentType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("حدث خطأ في الخادم").doesNotContain("secret", "Exception");
  }

  @Test
  void unknownPageIsAFriendlyArabic404Page() {
    HttpResponse<String> r = client.get("/no/such/page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(TestClient.contentType(r)).isEqualTo("text/html;charset=utf-8");
    assertThat(r.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الصفحة غير موجودة", "العودة إلى صفحة البحث");
  }

  @Test
  void unknownArticlePageIsA404Page() {
    HttpResponse<String> r = client.get("/articles/ffffffffffffffff");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("الصفحة غير موجودة");
  }

  @Test
  void badPageParameterOnTheSearchPageIsA400Page() {
    HttpResponse<String> r = client.get("/?page=zero");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("طلب غير صالح", "page must be an integer");
  }
}
