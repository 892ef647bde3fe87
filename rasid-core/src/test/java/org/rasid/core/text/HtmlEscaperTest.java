package org.rasid.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

  @Test
  void escapesTheFiveMarkupCharacters() {
    assertThat(HtmlEscaper.escape("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  }

  @Test
  void turnsLineAndParagraphSeparatorsIntoSpaces() {
    assertThat(HtmlEscaper.escape("أ\u2029ب\u2028ج")).isEqualTo("أ ب ج");
  }

  @Test
  void escapesARangeIntoABuilder() {
    StringBuilder out = new StringBuilder("[");
    HtmlEscaper.escape("ab<c>d", 2, 5, out);
    assertThat(out).hasToString("[&lt;c&gt;");
  }
}
