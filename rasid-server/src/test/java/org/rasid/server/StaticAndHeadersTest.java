package org.rasid.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rasid.server.html.WebAssets;

/** Security headers on every kind of response, and the static files the pages link to. */
class StaticAndHeadersTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"/", "/api/search", "/api/nothing", "/no/page", "/static/app.css", "/api/openapi.json"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    HttpResponse<String> r = client.get(path);
    assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void thePolicyAllowsNoInlineScriptOrStyle() {
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "style-src 'self'",
        "default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void theAppsOwnFilesAreServed() {
    HttpResponse<String> css = client.get(WebAssets.APP_CSS.toString());
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(TestClient.contentType(css)).startsWith("text/css");
    HttpResponse<String> js = client.get(WebAssets.SEARCH_JS.toString());
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.body()).contains("uPlot");
  }

  @Test
  void uplotIsServedFromItsWebJar() {
    HttpResponse<String> js = client.get(WebAssets.UPLOT_JS.toString());
    assertThat(js.statusCode()).as("the WebJar version in WebAssets matches the pom").isEqualTo(200);
    assertThat(js.body()).contains("uPlot");
    assertThat(client.get(WebAssets.UPLOT_CSS.toString()).statusCode()).isEqualTo(200);
  }

  @Test
  void theArabicWebfontsAreServed() {
    Assumptions.assumeTrue(getClass().getResource("/public/vendor/noto-naskh-arabic/index.css") != null,
        "the fonts were not built (mvn -DskipNpm): skipped");
    for (String css : new String[] {WebAssets.FONT_NASKH_CSS.toString(), WebAssets.FONT_SANS_CSS.toString()}) {
      HttpResponse<String> r = client.get(css);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("@font-face", "font-family: 'Noto");
      String font = css.replace("index.css", "") + r.body().replaceAll("(?s).*?url\\(\\./([^)]+arabic-wght[^)]*)\\).*", "$1");
      HttpResponse<String> woff = client.get(font);
      assertThat(woff.statusCode()).as(font).isEqualTo(200);
    }
  }
}
