package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read endpoints of the JSON API, against a server on port 0 over the fake index. */
class ApiTest {
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
  void searchReturnsHitsFacetsAndTheEchoedRequest() {
    HttpResponse<String> r = client.get("/api/search?q=" + enc("العراق"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestClient.contentType(r)).isEqualTo("application/json;charset=utf-8");
    JsonNode body = json(r);
    assertThat(body.path("request").path("q").asText()).isEqualTo("العراق");
    assertThat(body.path("request").path("offset").asInt()).isZero();
    assertThat(body.path("request").path("limit").asInt()).isEqualTo(10);
    assertThat(body.path("request").path("sort").asText()).isEqualTo("relevance");
    assertThat(body.path("total").asLong()).isEqualTo(3);
    assertThat(body.path("hits")).hasSize(3);
    assertThat(body.path("hits").get(0).path("snippet").asText()).contains("<mark>العراق</mark>");
    assertThat(body.path("facets").path("source")).isNotEmpty();
    assertThat(body.path("facets").path("month")).isNotEmpty();
    assertThat(body.has("tookMillis")).isTrue();
  }

  @Test
  void searchPagesWithOffsetAndLimit() {
    JsonNode first = json(client.get("/api/search?sort=oldest&limit=2"));
    JsonNode second = json(client.get("/api/search?sort=oldest&limit=2&offset=2"));
    assertThat(first.path("total").asLong()).isEqualTo(4);
    assertThat(first.path("hits")).hasSize(2);
    assertThat(second.path("hits")).hasSize(2);
    assertThat(published(first)).containsExactly("2021-09-12", "2021-10-03");
    assertThat(published(second)).containsExactly("2023-03-14", "2023-07-20");
  }

  @Test
  void searchSortsNewestFirst() {
    JsonNode body = json(client.get("/api/search?sort=newest"));
    assertThat(body.path("request").path("sort").asText()).isEqualTo("newest");
    assertThat(published(body)).containsExactly("2023-07-20", "2023-03-14", "2021-10-03", "2021-09-12");
  }

  @Test
  void searchFiltersBySourceAsTheFacetLinksDo() {
    JsonNode body = json(client.get("/api/search?q=" + enc("source:\"شفق نيوز\"")));
    assertThat(body.path("total").asLong()).isEqualTo(2);
    assertThat(body.path("facets").path("source").get(0).path("value").asText()).isEqualTo("شفق نيوز");
  }

  @Test
  void facetsGivesOnlyTheFacetsOfAQuery() {
    JsonNode body = json(client.get("/api/facets?q=" + enc("العراق")));
    assertThat(body.path("q").asText()).isEqualTo("العراق");
    assertThat(body.path("total").asLong()).isEqualTo(3);
    assertThat(body.has("hits")).isFalse();
    assertThat(body.path("facets").path("month").findValuesAsText("value"))
        .containsExactly("2021-09", "2023-03", "2023-07");
  }

  @Test
  void statsDescribesTheIndex() {
    JsonNode body = json(client.get("/api/stats"));
    assertThat(body.path("articles").asLong()).isEqualTo(4);
    assertThat(body.path("sources")).hasSize(2);
    assertThat(body.path("firstPublished").asText()).isEqualTo("2021-09-12");
    assertThat(body.path("lastPublished").asText()).isEqualTo("2023-07-20");
    assertThat(body.path("path").isNull()).as("the index folder is not disclosed").isTrue();
  }

  @Test
  void articleReturnsTheFullRecord() {
    String id = Fixtures.article("baghdad-water").id();
    HttpResponse<String> r = client.get("/api/articles/" + id);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.path("id").asText()).isEqualTo(id);
    assertThat(body.path("title").asText()).startsWith("أزمة المياه");
    assertThat(body.path("images").get(0).path("credit").asText()).isEqualTo("رويترز");
    assertThat(body.path("dropped").findValuesAsText("reason"))
        .containsExactly("truncated-duplicate", "share-prompt", "rights");
  }

  @Test
  void unknownArticleIsA404InJson() {
    HttpResponse<String> r = client.get("/api/articles/ffffffffffffffff");
    assertThat(r.statusCode()).isEqualTo(404);
    JsonNode body = json(r);
    assertThat(body.path("status").asInt()).isEqualTo(404);
    assertThat(body.path("error").asText()).contains("ffffffffffffffff");
  }

  @Test
  void similarListsOtherArticlesNotTheArticleItself() {
    String id = Fixtures.article("baghdad-water").id();
    JsonNode body = json(client.get("/api/articles/" + id + "/similar?limit=5"));
    assertThat(body.path("id").asText()).isEqualTo(id);
    assertThat(body.path("limit").asInt()).isEqualTo(5);
    assertThat(body.path("hits").findValuesAsText("id")).containsExactly(Fixtures.article("basra-heat").id());
  }

  @Test
  void similarOfAnUnknownArticleIsA404() {
    HttpResponse<String> r = client.get("/api/articles/ffffffffffffffff/similar");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void openApiDocumentIsServedAsJson() {
    HttpResponse<String> r = client.get("/api/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestClient.contentType(r)).isEqualTo("application/json;charset=utf-8");
    assertThat(json(r).path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void startingOnATakenPortFailsWithABindException() {
    assertThatThrownBy(() -> RasidServer.start(new FakeArticleIndex(), ServerConfig.defaults().withPort(server.port())))
        .isInstanceOf(io.javalin.util.JavalinBindException.class);
  }

  @Test
  void routesListsEveryEndpoint() {
    assertThat(server.routes()).contains(new RasidServer.Route("GET", "/api/search"),
        new RasidServer.Route("POST", "/api/articles"), new RasidServer.Route("GET", "/articles/{id}"));
  }

  private static List<String> published(JsonNode body) {
    List<String> out = new ArrayList<>();
    body.path("hits").forEach(h -> out.add(h.path("published").asText()));
    return out;
  }
}
