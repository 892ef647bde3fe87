package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.server.TestClient.enc;
import static org.rasid.server.TestClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rasid.core.json.Json;

/** POST /api/articles: raw text or JSON in, structured record out; every way a body can be wrong. */
class SubmitArticleTest {
  FakeArticleIndex index;
  RasidServer server;
  TestClient client;

  @BeforeEach
  void start() {
    index = new FakeArticleIndex();
    index.commit(Map.of("ingest-offset", "42"));
    server = RasidServer.start(index, ServerConfig.defaults().withPort(0));
    client = new TestClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void plainTextIsStructuredStoredAndCommitted() {
    HttpResponse<String> r = client.post("/api/articles", "text/plain; charset=utf-8", Fixtures.text("baghdad-water"));
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode body = json(r);
    String id = body.path("id").asText();
    assertThat(id).isEqualTo(Fixtures.article("baghdad-water").id());
    assertThat(r.headers().firstValue("Location")).hasValue("/api/articles/" + id);
    assertThat(body.path("title").asText()).startsWith("أزمة المياه");
    assertThat(body.path("dropped")).hasSize(3);
    assertThat(index.get(id)).isPresent(); // committed, so visible
    assertThat(index.checkpoint()).containsEntry("ingest-offset", "42"); // an ingest's checkpoint survives
    assertThat(json(client.get("/api/search?q=" + enc("دجلة"))).path("total").asLong()).isEqualTo(1);
  }

  @Test
  void theSameArticleAgainIs200WithTheSameId() {
    String first = json(client.post("/api/articles", "text/plain", Fixtures.text("riyadh-expo"))).path("id").asText();
    HttpResponse<String> again = client.post("/api/articles", "text/plain", Fixtures.text("riyadh-expo"));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).path("id").asText()).isEqualTo(first);
    assertThat(index.stats().articles()).isEqualTo(1);
  }

  @Test
  void jsonWithAUrlTakesItsIdFromTheUrl() {
    String payload = Json.compact(Map.of("text", Fixtures.text("tehran-visit"), "url", "https://example.org/news/1"));
    HttpResponse<String> r = client.post("/api/articles", "application/json", payload);
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode body = json(r);
    assertThat(body.path("url").asText()).isEqualTo("https://example.org/news/1");
    assertThat(body.path("id").asText()).isNotEqualTo(Fixtures.article("tehran-visit").id());
    String sameUrl = Json.compact(Map.of("text", Fixtures.text("riyadh-expo"), "url", "https://example.org/news/1"));
    HttpResponse<String> replaced = client.post("/api/articles", "application/json; charset=utf-8", sameUrl);
    assertThat(replaced.statusCode()).isEqualTo(200);
    assertThat(json(replaced).path("id").asText()).isEqualTo(body.path("id").asText());
  }

  @Test
  void plainTextTakesTheUrlFromTheQuery() {
    HttpResponse<String> r = client.post("/api/articles?url=" + enc("http://example.org/a"), "text/plain",
        Fixtures.text("basra-heat"));
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(json(r).path("url").asText()).isEqualTo("http://example.org/a");
  }

  @Test
  void legacyArabicCodePagesAreDecoded() {
    byte[] cp1256 = Fixtures.text("riyadh-expo").getBytes(Charset.forName("windows-1256"));
    HttpResponse<String> r = client.post("/api/articles", "text/plain", cp1256);
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(json(r).path("title").asText()).startsWith("الرياض تستضيف");
  }

  @Test
  void emptyBodyIs422NamingTheReason() {
    HttpResponse<String> r = client.post("/api/articles", "text/plain", new byte[0]);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).path("error").asText()).isEqualTo("request body: empty input");
    assertThat(client.post("/api/articles", "text/plain", "  \n\t ").statusCode()).isEqualTo(422);
    HttpResponse<String> blankJson = client.post("/api/articles", "application/json", "{\"text\": \"   \"}");
    assertThat(blankJson.statusCode()).isEqualTo(422);
    assertThat(json(blankJson).path("error").asText()).contains("empty input");
  }

  @Test
  void binaryBodyIs422NamingTheFormat() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    HttpResponse<String> r = client.post("/api/articles", "text/plain", png);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).path("error").asText()).contains("binary data", "PNG");
    HttpResponse<String> nul = client.post("/api/articles", "text/plain", "نص\0نص".getBytes());
    assertThat(nul.statusCode()).isEqualTo(422);
    assertThat(json(nul).path("error").asText()).contains("NUL");
  }

  @Test
  void unsupportedContentTypeIs415() {
    HttpResponse<String> r = client.post("/api/articles", "application/pdf", "%PDF-1.4");
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).path("error").asText())
        .isEqualTo("Content-Type must be text/plain or application/json, was 'application/pdf'");
    HttpResponse<String> none = client.post("/api/articles", null, "نص");
    assertThat(none.statusCode()).isEqualTo(415);
    assertThat(json(none).path("status").asInt()).isEqualTo(415);
  }

  @Test
  void malformedJsonIs400() {
    HttpResponse<String> r = client.post("/api/articles", "application/json", "{\"text\": ");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).startsWith("request body is not valid JSON");
    assertThat(json(r).path("error").asText()).doesNotContain("at [Source");
  }

  @Test
  void jsonWithoutTextIs400() {
    HttpResponse<String> r = client.post("/api/articles", "application/json", "{\"url\": \"https://example.org\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).contains("\"text\"");
    assertThat(client.post("/api/articles", "application/json", "[1, 2]").statusCode()).isEqualTo(400);
  }

  @Test
  void aUrlThatIsNotHttpIs400() {
    String payload = Json.compact(Map.of("text", "نص المقالة", "url", "javascript:alert(1)"));
    HttpResponse<String> r = client.post("/api/articles", "application/json", payload);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).isEqualTo("url must be an absolute http or https address");
  }

  @Test
  void bodyOverTheLimitIs413() {
    server.close();
    server = RasidServer.start(index, ServerConfig.defaults().withPort(0).withMaxBodyBytes(1024));
    client = new TestClient(server);
    HttpResponse<String> r = client.post("/api/articles", "text/plain", "ن".repeat(600)); // 1200 bytes
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("status").asInt()).isEqualTo(413);
    assertThat(json(r).path("error").asText()).isEqualTo("request body is over this server's limit of 1 KB");
    assertThat(client.post("/api/articles", "text/plain", "ن".repeat(500)).statusCode()).isEqualTo(201);
  }

  @Test
  void bodyOverTheDefaultFiveMegabytesIs413() {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = client.post("/api/articles", "text/plain", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("error").asText()).isEqualTo("request body is over this server's limit of 5 MB");
    assertThat(index.commits.get()).isEqualTo(1); // only the setup's commit
  }

  @Test
  void chunkedBodyOverTheLimitIs413() {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 100];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = client.postChunked("/api/articles", "text/plain", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("error").asText()).isEqualTo("request body is over this server's limit of 5 MB");
    HttpResponse<String> fits = client.postChunked("/api/articles", "text/plain",
        Fixtures.text("riyadh-expo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(fits.statusCode()).isEqualTo(201);
  }

  @Test
  void bodyOverTheLimitIs413BeforeItIsSentWhenTheClientAsksFirst() {
    byte[] big = new byte[(int) ServerConfig.DEFAULT_MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    HttpResponse<String> r = client.postExpectingContinue("/api/articles", "text/plain", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("status").asInt()).isEqualTo(413);
  }
}
