package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasid.core.json.Json;
import org.rasid.core.model.DropReason;

/** The hand-written OpenAPI document and the routes really registered agree, both ways. */
class OpenApiTest {
  static RasidServer server;
  static JsonNode doc;

  @BeforeAll
  static void start() throws IOException {
    server = RasidServer.start(new FakeArticleIndex(), ServerConfig.defaults().withPort(0));
    try (InputStream in = OpenApiTest.class.getResourceAsStream(ApiHandlers.OPENAPI_RESOURCE)) {
      doc = Json.mapper().readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRegisteredRouteIsDocumented() {
    assertThat(server.routes()).isNotEmpty();
    for (RasidServer.Route route : server.routes()) {
      assertThat(doc.path("paths").path(route.path()).has(route.method().toLowerCase(Locale.ROOT)))
          .as("%s %s is in openapi.json", route.method(), route.path()).isTrue();
    }
  }

  @Test
  void everyDocumentedOperationIsARegisteredRoute() {
    List<RasidServer.Route> documented = new ArrayList<>();
    doc.path("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> documented.add(new RasidServer.Route(op.getKey().toUpperCase(Locale.ROOT), path.getKey()))));
    assertThat(server.routes()).containsExactlyInAnyOrderElementsOf(documented);
  }

  @Test
  void everyApiOperationDocumentsItsErrorsAsTheErrorSchema() {
    doc.path("paths").properties().forEach(path -> {
      if (!path.getKey().startsWith("/api/") || path.getKey().equals("/api/openapi.json")) {
        return;
      }
      path.getValue().properties().forEach(op -> {
        JsonNode responses = op.getValue().path("responses");
        assertThat(responses.has("500")).as(path.getKey()).isTrue();
        responses.properties().stream().filter(e -> e.getKey().matches("[45]\\d\\d")).forEach(e ->
            assertThat(e.getValue().path("$ref").asText()).as(path.getKey() + " " + e.getKey())
                .startsWith("#/components/responses/"));
      });
    });
    doc.path("components").path("responses").properties().forEach(e -> {
      JsonNode schema = e.getValue().path("content").path("application/json").path("schema");
      if (!schema.isMissingNode()) {
        assertThat(schema.path("$ref").asText()).isEqualTo("#/components/schemas/Error");
      }
    });
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void dropReasonsMatchTheRecord() {
    List<String> documented = new ArrayList<>();
    doc.at("/components/schemas/Dropped/properties/reason/enum").forEach(n -> documented.add(n.asText()));
    assertThat(documented).containsExactlyElementsOf(Arrays.stream(DropReason.values()).map(DropReason::code).toList());
  }

  @Test
  void articleSchemaListsEveryRecordField() {
    List<String> fields = Arrays.stream(org.rasid.core.model.Article.class.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName).toList();
    List<String> documented = new ArrayList<>();
    doc.at("/components/schemas/Article/properties").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).containsExactlyElementsOf(fields);
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          out.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), out);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, out));
    }
  }
}
