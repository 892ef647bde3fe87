package org.rasid.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.rasid.core.json.Json;

/** java.net.http against a server started on port 0. */
final class TestClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  TestClient(RasidServer server) {
    this.base = "http://127.0.0.1:" + server.port();
  }

  String base() {
    return base;
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b);
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** A POST whose length is not declared: the body goes chunked. */
  HttpResponse<String> postChunked(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
  }

  /** A POST that first asks whether the server wants the body ({@code Expect: 100-continue}). */
  HttpResponse<String> postExpectingContinue(String path, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(uri(path)).expectContinue(true).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> method(String method, String path) {
    return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
  }

  /** The Content-Type header, lower case, without spaces. */
  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A query parameter value, percent-encoded. */
  static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
