package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.Fixtures.ATTRIBUTE_BREAKOUT;
import static org.rasid.server.Fixtures.SCRIPT;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.index.SearchRequest;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * Entities in the API and the pages, over a real index: facets in {@code /api/search} and {@code /api/facets},
 * facet links in the sidebar, marked mentions and the entity list on the article page, all escaped.
 */
class EntitiesTest {
  static LiveServer live;
  static LuceneArticleIndex index;
  static TestClient client;

  static final String TITLE = "الكاظمي يصل إلى طهران";
  static final String BODY = "وصل رئيس الوزراء مصطفى الكاظمي إلى طهران، بحسب رويترز.";
  /** A person whose name is markup: it must show as text everywhere. */
  static final String HOSTILE_NAME = SCRIPT + ATTRIBUTE_BREAKOUT;

  static Article visit() {
    int full = BODY.indexOf("مصطفى الكاظمي");
    int tehran = BODY.indexOf("طهران");
    int reuters = BODY.indexOf("رويترز");
    List<Entity> entities = List.of(
        new Entity("p-00000000000000a1", "مصطفى الكاظمي", Entity.PERSON, "IQ", List.of(
            new EntityMention("الكاظمي", EntityMention.TITLE, 0, 7),
            new EntityMention("مصطفى الكاظمي", 0, full, full + "مصطفى الكاظمي".length()))),
        new Entity("l-00000000000000b2", "طهران", Entity.LOCATION, "IR", List.of(
            new EntityMention("طهران", EntityMention.TITLE, TITLE.indexOf("طهران"), TITLE.indexOf("طهران") + 5),
            new EntityMention("طهران", 0, tehran, tehran + 5))),
        new Entity("o-00000000000000c3", "رويترز", Entity.ORGANIZATION, null, List.of(
            new EntityMention("رويترز", 0, reuters, reuters + 6))));
    return new Article(Article.SCHEMA_VERSION, "00000000000000e1", "https://example.org/visit", "الجزيرة",
        List.of(), List.of(), null, "2021-09-12", "2021-09-12", TITLE, List.of(), List.of(Block.paragraph(BODY)),
        List.of(), List.of(), "ar", entities);
  }

  static Article hostile() {
    String body = "قال المتحدث إن الاجتماع انتهى دون اتفاق.";
    return new Article(Article.SCHEMA_VERSION, "00000000000000e2", null, "الجزيرة", List.of(), List.of(), null,
        "2021-09-13", "2021-09-13", "اجتماع بلا اتفاق", List.of(), List.of(Block.paragraph(body)), List.of(),
        List.of(), "ar", List.of(
            new Entity("p-00000000000000d4", HOSTILE_NAME, Entity.PERSON, null, List.of(
                new EntityMention("المتحدث", 0, 4, 11),
                new EntityMention("خارج النص", 0, 30, 500))))); // a span past the text: not marked
  }

  @BeforeAll
  static void start() throws IOException {
    live = LiveServer.of("rasid-entities-test", List.of(visit(), hostile()));
    index = live.index;
    client = live.client;
  }

  @AfterAll
  static void stop() throws IOException {
    live.close();
  }

  @Test
  void searchReturnsEntityFacets() {
    JsonNode facets = json(client.get("/api/search?q=")).path("facets");
    assertThat(facets.path("person").findValuesAsText("value")).containsExactlyInAnyOrder("مصطفى الكاظمي",
        HOSTILE_NAME);
    assertThat(facets.path("place").get(0).path("value").asText()).isEqualTo("طهران");
    assertThat(facets.path("place").get(0).path("count").asLong()).isEqualTo(1);
    assertThat(facets.path("org").findValuesAsText("value")).containsExactly("رويترز");
  }

  @Test
  void facetsEndpointFiltersByEntity() {
    JsonNode body = json(client.get("/api/facets?q=" + enc("person:\"مصطفى الكاظمي\"")));
    assertThat(body.path("total").asLong()).isEqualTo(1);
    assertThat(body.path("facets").path("person").findValuesAsText("value")).containsExactly("مصطفى الكاظمي");
    assertThat(body.path("facets").path("place").findValuesAsText("value")).containsExactly("طهران");
    JsonNode none = json(client.get("/api/facets?q=" + enc("org:رويترز -place:طهران")));
    assertThat(none.path("total").asLong()).isZero();
    assertThat(none.path("facets").path("org")).isEmpty();
  }

  @Test
  void theOpenApiFacetsSchemaNamesEveryFacetTheIndexReturns() throws IOException {
    JsonNode doc;
    try (InputStream in = EntitiesTest.class.getResourceAsStream(ApiHandlers.OPENAPI_RESOURCE)) {
      doc = Json.mapper().readTree(in);
    }
    Set<String> documented = new TreeSet<>();
    doc.at("/components/schemas/Facets/properties").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).isEqualTo(new TreeSet<>(index.search(SearchRequest.of("")).facets().keySet()));
  }

  @Test
  void searchSidebarListsEntitiesAsLinksThatAddTheFilter() {
    String page = client.get("/?q=" + enc("طهران")).body();
    assertThat(page).contains("<h2>أشخاص</h2>", "<h2>أماكن</h2>", "<h2>منظمات</h2>")
        .contains("href=\"/?q=" + url("طهران person:\"مصطفى الكاظمي\"") + "\"")
        .contains("href=\"/?q=" + url("طهران org:\"رويترز\"") + "\"")
        .contains("<span class=\"facet-value\" dir=\"auto\">مصطفى الكاظمي</span>");
    String filtered = client.get("/?q=" + enc("place:\"طهران\"")).body();
    assertThat(filtered).contains("class=\"facet-link active\"");
  }

  @Test
  void articlePageMarksMentionsAndListsTheEntities() {
    String page = client.get("/articles/" + visit().id()).body();
    assertThat(page)
        .contains("<a class=\"ent-mark\" href=\"/entities/p-00000000000000a1\"><mark class=\"ent ent-person\" "
            + "title=\"مصطفى الكاظمي\">الكاظمي</mark></a> يصل إلى <a class=\"ent-mark\" "
            + "href=\"/entities/l-00000000000000b2\"><mark class=\"ent ent-place\" title=\"طهران\">طهران</mark></a>")
        .contains("رئيس الوزراء <a class=\"ent-mark\" href=\"/entities/p-00000000000000a1\"><mark class=\"ent "
            + "ent-person\" title=\"مصطفى الكاظمي\">مصطفى الكاظمي</mark></a> إلى")
        .contains("<mark class=\"ent ent-org\" title=\"رويترز\">رويترز</mark></a>.")
        .contains("الكيانات في المقالة")
        .contains("<a class=\"ent-link ent-person\" href=\"/entities/p-00000000000000a1\" dir=\"auto\">مصطفى الكاظمي</a>")
        .contains("<a class=\"ent-link ent-place\" href=\"/entities/l-00000000000000b2\" dir=\"auto\">طهران</a>");
  }

  @Test
  void entityNamesWithMarkupAreEscapedEverywhere() {
    String article = client.get("/articles/" + hostile().id()).body();
    String search = client.get("/?q=").body();
    for (String page : List.of(article, search)) {
      assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    // the title attribute cannot be broken out of
    assertThat(article).contains("<mark class=\"ent ent-person\" title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;"
        + "&lt;img src=x onerror=alert(1)&gt;\">المتحدث</mark>");
    // the mention with a span outside its text is not marked, and the text is whole
    assertThat(article).contains("انتهى دون اتفاق.").doesNotContain("خارج النص");
    List<String> marks = new ArrayList<>();
    for (int i = article.indexOf("<mark"); i >= 0; i = article.indexOf("<mark", i + 1)) {
      marks.add(article.substring(i, article.indexOf("</mark>", i)));
    }
    assertThat(marks).hasSize(1);
  }

  private static String url(String q) {
    return org.rasid.server.html.Url.encode(q);
  }
}
