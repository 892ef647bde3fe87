package org.rasid.server.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rasid.server.html.Html.el;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void textIsEscaped() {
    assertThat(el("p").text("<b>&\"'</b>").render()).isEqualTo("<p>&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;</p>");
  }

  @Test
  void attributeValuesAreEscaped() {
    assertThat(el("input").attr("value", "\"><img src=x onerror=alert(1)>").render())
        .isEqualTo("<input value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">");
  }

  @Test
  void nullTextAndNullAttributesRenderAsNothing() {
    assertThat(el("p").attr("title", null).text(null).render()).isEqualTo("<p></p>");
  }

  @Test
  void flagsRenderWithoutValue() {
    assertThat(el("details").flag("open", true).flag("hidden", false).render()).isEqualTo("<details open></details>");
  }

  @Test
  void eventHandlerAndStyleAttributesAreRefused() {
    assertThatThrownBy(() -> el("a").attr("onclick", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> el("a").attr("style", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urlAttributesTakeOnlyAUrl() {
    assertThatThrownBy(() -> el("a").attr("href", "javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a Url");
    assertThatThrownBy(() -> el("script").attr("src", "/x.js")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> el("a").url("title", Url.site("/"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inlineScriptsAndStylesAreRefused() {
    assertThatThrownBy(() -> el("script").text("alert(1)")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> el("style").text("p{}")).isInstanceOf(IllegalStateException.class);
    assertThat(el("script").url("src", Url.site("/static/search.js")).flag("defer", true).render())
        .isEqualTo("<script src=\"/static/search.js\" defer></script>");
  }

  @Test
  void badTagAndAttributeNamesAreRefused() {
    assertThatThrownBy(() -> el("a b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> el("a").attr("x\"y", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void voidElementsHaveNoChildrenNorEndTag() {
    assertThat(el("meta").attr("charset", "utf-8").render()).isEqualTo("<meta charset=\"utf-8\">");
    assertThatThrownBy(() -> el("input").text("x")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void snippetKeepsMarkTagsAndEntities() {
    assertThat(Html.snippet("a &amp; <mark>العراق</mark> &lt;b&gt;").render())
        .isEqualTo("a &amp; <mark>العراق</mark> &lt;b&gt;");
  }

  @Test
  void snippetNeutralizesAnyOtherTag() {
    assertThat(Html.snippet("<mark>x</mark><script>alert(1)</script><img src=x onerror=\"a\">").render())
        .isEqualTo("<mark>x</mark>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;a&quot;&gt;");
    assertThat(Html.snippet("<mark onclick=x>y</mark>").render()).isEqualTo("&lt;mark onclick=x&gt;y</mark>");
    assertThat(Html.snippet(null).render()).isEmpty();
  }

  @Test
  void documentStartsWithTheDoctype() {
    assertThat(Html.document(el("html").attr("lang", "ar").attr("dir", "rtl")))
        .isEqualTo("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"></html>\n");
  }
}
