package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.Limits;

class CharsetDeclarationsTest {
  private static List<CharsetDeclarations.Found> found(String page, String contentType) {
    return CharsetDeclarations.of(page.getBytes(StandardCharsets.UTF_8), contentType);
  }

  private static List<String> labels(String page) {
    return found(page, null).stream().map(CharsetDeclarations.Found::label).toList();
  }

  @Test
  void readsTheHeaderCharsetParameterInItsUsualForms() {
    assertThat(CharsetDeclarations.charsetParameter("text/html; charset=windows-1256")).hasValue("windows-1256");
    assertThat(CharsetDeclarations.charsetParameter("text/html;charset=UTF-8;level=1")).hasValue("UTF-8");
    assertThat(CharsetDeclarations.charsetParameter("text/html; Charset = \"ISO-8859-6\"")).hasValue("ISO-8859-6");
    assertThat(CharsetDeclarations.charsetParameter("text/html; charset='cp1256'")).hasValue("cp1256");
    assertThat(CharsetDeclarations.charsetParameter("text/html")).isEmpty();
    assertThat(CharsetDeclarations.charsetParameter("text/html; charset=")).isEmpty();
    assertThat(CharsetDeclarations.charsetParameter(null)).isEmpty();
  }

  @Test
  void listsTheHeaderFirstThenThePageInDocumentOrder() {
    String page = "<?xml version=\"1.0\" encoding=\"iso-8859-6\"?><html><head><meta charset=utf-8>"
        + "<meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1256\">";
    assertThat(found(page, "text/html; charset=cp1256")).containsExactly(
        new CharsetDeclarations.Found(CharsetEvidence.HTTP_HEADER, "cp1256"),
        new CharsetDeclarations.Found(CharsetEvidence.XML_DECLARATION, "iso-8859-6"),
        new CharsetDeclarations.Found(CharsetEvidence.META, "utf-8"),
        new CharsetDeclarations.Found(CharsetEvidence.META, "windows-1256"));
  }

  @Test
  void metaCharsetWinsOverContentInTheSameElement() {
    assertThat(labels("<meta content=\"text/html; charset=utf-8\" http-equiv=Content-Type charset=\"cp1256\">"))
        .containsExactly("cp1256");
  }

  @Test
  void contentWithoutHttpEquivIsNotADeclaration() {
    assertThat(labels("<meta name=\"description\" content=\"charset=utf-8 tutorial\">")).isEmpty();
  }

  @Test
  void ignoresDeclarationsInCommentsAndAttributeValues() {
    assertThat(labels("<!-- <meta charset=\"utf-8\"> --><div title='<meta charset=\"utf-8\">'>x</div>")).isEmpty();
  }

  @Test
  void ignoresTextThatOnlyLooksLikeAMeta() {
    assertThat(labels("<metadata charset=utf-8><p>charset=utf-8</p>")).isEmpty();
  }

  @Test
  void xmlDeclarationCountsOnlyAtTheStart() {
    assertThat(labels(" <?xml version='1.0' encoding='windows-1256'?>")).isEmpty();
    assertThat(labels("<?xml version='1.0' encoding='windows-1256'?>")).containsExactly("windows-1256");
  }

  @Test
  void readsPastAUtf8Bom() {
    assertThat(labels("\uFEFF<?xml version='1.0' encoding='utf-8'?>")).containsExactly("utf-8");
  }

  @Test
  void looksNoFurtherThanThePrescanLimit() {
    String padding = "<!-- " + "x".repeat(Limits.MAX_CHARSET_PRESCAN_BYTES) + " -->";
    assertThat(labels(padding + "<meta charset=utf-8>")).isEmpty();
    assertThat(labels("<p>" + "x".repeat(Limits.MAX_CHARSET_PRESCAN_BYTES - 40) + "</p><meta charset=utf-8>"))
        .containsExactly("utf-8");
  }

  @Test
  void survivesUnterminatedMarkup() {
    assertThat(labels("<meta charset=\"utf-8")).containsExactly("utf-8");
    assertThat(labels("<!-- never closed <meta charset=utf-8>")).isEmpty();
    assertThat(labels("<div title=\"never closed")).isEmpty();
    assertThat(labels("<")).isEmpty();
    assertThat(labels("<meta ")).isEmpty();
  }

  @Test
  void resolvesLabelsAsTheEncodingStandardDoes() {
    assertThat(CharsetLabels.lookup(" Windows-1256 ")).hasValue(CharsetLabels.WINDOWS_1256);
    assertThat(CharsetLabels.lookup("\"arabic\"")).hasValue(CharsetLabels.ISO_8859_6);
    assertThat(CharsetLabels.lookup("latin1")).hasValue(CharsetLabels.WINDOWS_1252);
    assertThat(CharsetLabels.lookup("UTF8")).hasValue(StandardCharsets.UTF_8);
    assertThat(CharsetLabels.lookup("utf-16")).hasValue(StandardCharsets.UTF_16LE);
    assertThat(CharsetLabels.lookup("us-ascii")).hasValue(StandardCharsets.US_ASCII);
    assertThat(CharsetLabels.lookup("koi8-r")).isEmpty();
  }
}
