package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.index.EntityGraphs;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * The entity page ({@code /entities/{id}}, {@code /api/entities/{id}}) and the co-occurrence network ({@code
 * /network}, {@code /api/network}) over a real index of five articles whose entities carry the ids rasid's linker
 * gives.
 */
class EntityPagesTest {
  static LiveServer live;
  static LuceneArticleIndex index;
  static TestClient client;

  static final String KADHIMI = "مصطفى الكاظمي";
  static final String RAISI = "إبراهيم رئيسي";
  static final String TEHRAN = "طهران";
  static final String BAGHDAD = "بغداد";
  static final String REUTERS = "رويترز";

  static String id(String type, String name) {
    return EntityGraphs.idOf(type, name);
  }

  /** An article whose body names the entities in order, each mention marked where it is. */
  static Article article(String id, String published, String title, List<Object[]> named) {
    StringBuilder body = new StringBuilder("قالت مصادر رسمية ");
    List<Entity> entities = new ArrayList<>();
    for (Object[] n : named) {
      String type = (String) n[0];
      String name = (String) n[1];
      String country = (String) n[2];
      int start = body.length();
      body.append(name);
      entities.add(new Entity(id(type, name), name, type, country,
          List.of(new EntityMention(name, 0, start, start + name.length()))));
      body.append(" و");
    }
    body.append("آخرين بحثوا الملفات المشتركة في اجتماع مطول.");
    return new Article(Article.SCHEMA_VERSION, id, null, "الجزيرة", List.of(), List.of(), null, published, published,
        title, List.of(), List.of(Block.paragraph(body.toString())), List.of(), List.of(), "ar", entities);
  }

  static Object[] person(String name, String country) {
    return new Object[] {Entity.PERSON, name, country};
  }

  static Object[] place(String name) {
    return new Object[] {Entity.LOCATION, name, name.equals(TEHRAN) ? "IR" : "IQ"};
  }

  static Object[] org(String name) {
    return new Object[] {Entity.ORGANIZATION, name, null};
  }

  static final List<Article> ARTICLES = List.of(
      article("00000000000000f1", "2021-09-12", "الكاظمي يصل إلى طهران",
          List.of(person(KADHIMI, "IQ"), place(TEHRAN), org(REUTERS))),
      article("00000000000000f2", "2021-09-25", "الكاظمي يستقبل وفدا في بغداد",
          List.of(person(KADHIMI, "IQ"), place(BAGHDAD), org(REUTERS))),
      article("00000000000000f3", "2021-11-02", "رئيسي يزور بغداد",
          List.of(person(RAISI, "IR"), place(BAGHDAD), person(KADHIMI, "IQ"))),
      article("00000000000000f4", "2021-12-20", "مباحثات في طهران",
          List.of(person(RAISI, "IR"), place(TEHRAN))),
      article("00000000000000f5", "2022-01-05", "أسعار النفط", List.<Object[]>of(org(REUTERS))));

  @BeforeAll
  static void start() throws IOException {
    live = LiveServer.of("rasid-entity-pages-test", ARTICLES);
    index = live.index;
    client = live.client;
  }

  @AfterAll
  static void stop() throws IOException {
    live.close();
  }

  @Test
  void entityPageShowsTheEntityItsMonthsItsNeighboursAndItsArticles() {
    HttpResponse<String> r = client.get("/entities/" + id(Entity.PERSON, KADHIMI));
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
        .contains("<h1 class=\"entity-name\" dir=\"auto\">" + KADHIMI + "</h1>")
        .contains("شخص", "العراق", "ورد في <strong>3</strong> مقالات");
    // one bar per month with articles (2021-09: 2, 2021-11: 1), none for the empty October
    assertThat(count(page, "<rect class=\"bar\"")).isEqualTo(2);
    assertThat(page).contains("<title>سبتمبر 2021: 2</title>", "<title>نوفمبر 2021: 1</title>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewbox=\"0 0 720 170\" class=\"month-bars\" role=\"img\"");
    // neighbours link to their own pages, with the articles they share
    assertThat(page).contains("href=\"/entities/" + id(Entity.LOCATION, BAGHDAD) + "\"")
        .contains("href=\"/entities/" + id(Entity.PERSON, RAISI) + "\"")
        .contains("href=\"/entities/" + id(Entity.ORGANIZATION, REUTERS) + "\"")
        .doesNotContain("href=\"/entities/" + id(Entity.PERSON, KADHIMI) + "\"");
    // its three articles, newest first
    assertThat(page.indexOf("/articles/00000000000000f3")).isPositive()
        .isLessThan(page.indexOf("/articles/00000000000000f2"));
    assertThat(page.indexOf("/articles/00000000000000f2")).isLessThan(page.indexOf("/articles/00000000000000f1"));
    assertThat(page).doesNotContain("/articles/00000000000000f4").contains("شبكة الكيانات حوله");
    assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=\"/(static|webjars)/)").doesNotContain(" style=");
  }

  @Test
  void anUnknownEntityIsTheStandardNotFound() {
    HttpResponse<String> page = client.get("/entities/p-0000000000000000");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("الصفحة غير موجودة", "no entity with id");
    HttpResponse<String> api = client.get("/api/entities/p-0000000000000000");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(json(api).path("status").asInt()).isEqualTo(404);
    assertThat(json(api).path("error").asText()).isEqualTo("no entity with id 'p-0000000000000000'");
    assertThat(client.get("/entities/" + enc("x".repeat(300))).statusCode()).isEqualTo(404);
  }

  @Test
  void entityApiGivesTheProfileAndAPageOfArticles() {
    String kadhimi = id(Entity.PERSON, KADHIMI);
    JsonNode body = json(client.get("/api/entities/" + kadhimi + "?limit=2"));
    JsonNode e = body.path("entity");
    assertThat(e.path("name").asText()).isEqualTo(KADHIMI);
    assertThat(e.path("type").asText()).isEqualTo("PERSON");
    assertThat(e.path("country").asText()).isEqualTo("IQ");
    assertThat(e.path("articles").asLong()).isEqualTo(3);
    assertThat(e.path("months").findValuesAsText("value")).containsExactly("2021-09", "2021-11");
    assertThat(e.path("cooccurring").path("place").findValuesAsText("name")).containsExactly(BAGHDAD, TEHRAN);
    assertThat(e.path("cooccurring").path("place").get(0).path("articles").asLong()).isEqualTo(2);
    assertThat(body.path("filter").asText()).isEqualTo("person:\"" + kadhimi + "\"");
    assertThat(body.path("total").asLong()).isEqualTo(3);
    assertThat(body.path("articles").findValuesAsText("id")).containsExactly("00000000000000f3", "00000000000000f2");
    JsonNode second = json(client.get("/api/entities/" + kadhimi + "?limit=2&offset=2"));
    assertThat(second.path("articles").findValuesAsText("id")).containsExactly("00000000000000f1");
    assertThat(client.get("/api/entities/" + kadhimi + "?limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void networkApiCountsNodesAndPairsAndLaysThemOut() {
    JsonNode body = json(client.get("/api/network"));
    assertThat(body.path("matches").asLong()).isEqualTo(5);
    assertThat(body.path("counted").asLong()).isEqualTo(5);
    assertThat(body.path("sampled").asBoolean()).isFalse();
    JsonNode nodes = body.path("nodes");
    assertThat(nodes).hasSize(5);
    assertThat(nodes.findValuesAsText("name").subList(0, 2)).containsExactlyInAnyOrder(KADHIMI, REUTERS);
    for (JsonNode n : nodes) {
      assertThat(n.path("x").asDouble()).isBetween(0.0, 1.0);
      assertThat(n.path("y").asDouble()).isBetween(0.0, 1.0);
    }
    JsonNode strongest = body.path("edges").get(0);
    assertThat(List.of(nodes.get(strongest.path("source").asInt()).path("name").asText(),
        nodes.get(strongest.path("target").asInt()).path("name").asText()))
        .containsExactlyInAnyOrder(KADHIMI, REUTERS);
    assertThat(strongest.path("articles").asLong()).isEqualTo(2);
    assertThat(json(client.get("/api/network")).path("nodes")).as("the same layout every time").isEqualTo(nodes);

    JsonNode two = json(client.get("/api/network?limit=2&edges=0&q=" + enc("place:" + BAGHDAD)));
    assertThat(two.path("matches").asLong()).isEqualTo(2);
    assertThat(two.path("nodes")).hasSize(2);
    assertThat(two.path("edges")).isEmpty();
    assertThat(two.path("request").path("limit").asInt()).isEqualTo(2);
  }

  @Test
  void networkApiRejectsBadParametersWithTheErrorShape() {
    for (String q : List.of("limit=0", "limit=101", "edges=-1", "edges=401", "limit=abc", "q=" + enc("\"طهران"))) {
      HttpResponse<String> r = client.get("/api/network?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(json(r).path("status").asInt()).isEqualTo(400);
      assertThat(json(r).path("error").asText()).isNotBlank();
    }
  }

  @Test
  void networkPageDrawsTheGraphAndListsThePairs() {
    HttpResponse<String> r = client.get("/network?q=");
    assertThat(r.statusCode()).isEqualTo(200);
    String page = r.body();
    assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewbox=\"0 0 960 640\" class=\"network\"")
        .contains("<a class=\"node node-person\" href=\"/entities/" + id(Entity.PERSON, KADHIMI) + "\">")
        .contains("<a class=\"node node-place\" href=\"/entities/" + id(Entity.LOCATION, TEHRAN) + "\">")
        .contains("<a class=\"node node-org\" href=\"/entities/" + id(Entity.ORGANIZATION, REUTERS) + "\">")
        .contains("<circle", "<rect", "<polygon", "<line class=\"edge\"")
        .contains("أقوى العلاقات", "<table class=\"pairs-table\">")
        .doesNotContain("network-sampled");
    assertThat(count(page, "<a class=\"node ")).isEqualTo(5);
    assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=\"/(static|webjars)/)").doesNotContain(" style=");
    assertThat(client.get("/network?q=").body()).as("deterministic").isEqualTo(page);
  }

  @Test
  void networkPageShowsAMalformedQueryWithItsMessage() {
    HttpResponse<String> r = client.get("/network?q=" + enc("(طهران"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("تعذّر فهم الاستعلام", "never closed").contains("value=\"(طهران\"");
  }

  @Test
  void searchSidebarLinksEntitiesToTheirPagesAndTheNetwork() {
    String page = client.get("/?q=").body();
    assertThat(page).contains("<a class=\"facet-entity-page\" href=\"/entities/" + id(Entity.PERSON, KADHIMI) + "\"")
        .contains("href=\"/network\"");
    String filtered = client.get("/?q=" + enc("place:" + TEHRAN)).body();
    assertThat(filtered).contains("href=\"/network?q=" + org.rasid.server.html.Url.encode("place:" + TEHRAN) + "\"");
  }

  @Test
  void articlePageLinksMentionsAndEntitiesToTheEntityPages() {
    String page = client.get("/articles/00000000000000f1").body();
    assertThat(page).contains("<a class=\"ent-mark\" href=\"/entities/" + id(Entity.PERSON, KADHIMI) + "\"><mark")
        .contains("<a class=\"ent-link ent-place\" href=\"/entities/" + id(Entity.LOCATION, TEHRAN) + "\"");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
