package org.rasid.server.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UrlTest {
  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
      "vbscript:x", "//evil.example/x", "/relative", "https://", "http:///x", "file:///etc/passwd",
      "https://a b.example/", "https://example.org/\u0000", "mailto:a@b.c", ""})
  void onlyAbsoluteHttpAddressesAreExternalUrls(String raw) {
    assertThat(Url.external(raw)).isEmpty();
  }

  @Test
  void httpAndHttpsAddressesAreKept() {
    assertThat(Url.external("https://example.org/a?b=1#c").map(Url::toString)).hasValue("https://example.org/a?b=1#c");
    assertThat(Url.external("HTTP://example.org").map(Url::toString)).hasValue("HTTP://example.org");
  }

  @Test
  void nonAsciiAndUnsafeCharactersArePercentEncoded() {
    assertThat(Url.external("https://example.org/خبر?q=\"x\"").map(Url::toString))
        .hasValue("https://example.org/%D8%AE%D8%A8%D8%B1?q=%22x%22");
  }

  @Test
  void overlongAddressesAreRefused() {
    assertThat(Url.external("https://example.org/" + "a".repeat(Url.MAX_EXTERNAL_LENGTH))).isEqualTo(Optional.empty());
  }

  @Test
  void pathsEncodeEverySegment() {
    assertThat(Url.path("articles", "a/b?c").toString()).isEqualTo("/articles/a%2Fb%3Fc");
    assertThat(Url.path("articles", "<script>").toString()).isEqualTo("/articles/%3Cscript%3E");
  }

  @Test
  void queryValuesAreEncodedAndEmptyOnesLeftOut() {
    assertThat(Url.site("/").query("q", "العراق source:\"x\"&y").query("sort", null).query("page", "").toString())
        .isEqualTo("/?q=%D8%A7%D9%84%D8%B9%D8%B1%D8%A7%D9%82%20source%3A%22x%22%26y");
  }

  @Test
  void sitePathsMustBePlain() {
    assertThatThrownBy(() -> Url.site("//evil.example")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Url.site("javascript:x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Url.fragment("a\"b")).isInstanceOf(IllegalArgumentException.class);
  }
}
