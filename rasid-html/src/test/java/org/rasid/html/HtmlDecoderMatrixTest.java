package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test matrix: the same article in each supported Arabic-capable encoding, under every combination of
 * HTTP header charset (absent, correct, each wrong one), byte-order mark (present where the encoding has one,
 * absent) and {@code <meta charset>} (absent, correct, each wrong one). The bytes are generated here.
 */
class HtmlDecoderMatrixTest {
  /** The encodings of the matrix, each with the label a page would declare it by. */
  enum Encoding {
    UTF_8(StandardCharsets.UTF_8, "utf-8", "EFBBBF"),
    WINDOWS_1256(Charset.forName("windows-1256"), "windows-1256", null),
    ISO_8859_6(Charset.forName("ISO-8859-6"), "iso-8859-6", null),
    UTF_16LE(StandardCharsets.UTF_16LE, "utf-16le", "FFFE"),
    UTF_16BE(StandardCharsets.UTF_16BE, "utf-16be", "FEFF");

    final Charset charset;
    final String label;
    final byte[] bom;

    Encoding(Charset charset, String label, String bomHex) {
      this.charset = charset;
      this.label = label;
      this.bom = bomHex == null ? null : HexFormat.of().parseHex(bomHex);
    }

    boolean iso() {
      return this == ISO_8859_6;
    }
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    labels.add(null);
    Arrays.stream(Encoding.values()).forEach(e -> labels.add(e.label));
    for (Encoding encoding : Encoding.values()) {
      for (boolean bom : encoding.bom == null ? List.of(false) : List.of(true, false)) {
        for (String header : labels) {
          for (String meta : labels) {
            cases.add(Arguments.of(encoding, bom, header, meta));
          }
        }
      }
    }
    return cases.stream();
  }

  static byte[] bytes(Encoding encoding, boolean bom, String meta) {
    byte[] page = ArabicPage.html(meta, encoding.iso()).getBytes(encoding.charset);
    if (!bom) {
      return page;
    }
    byte[] marked = Arrays.copyOf(encoding.bom, encoding.bom.length + page.length);
    System.arraycopy(page, 0, marked, encoding.bom.length, page.length);
    return marked;
  }

  @ParameterizedTest(name = "{0} bom={1} header={2} meta={3}")
  @MethodSource("matrix")
  void decodesTheArticleInItsTrueCharsetWhateverTheDeclarationsSay(
      Encoding encoding, boolean bom, String header, String meta) {
    byte[] bytes = bytes(encoding, bom, meta);
    String contentType = header == null ? null : "text/html; charset=" + header;

    CharsetResolution resolution = HtmlDecoder.resolve(bytes, contentType, "page.html");

    String text = resolution.decoded().text();
    assertThat(resolution.decoded().charset()).as(resolution.reason()).isEqualTo(encoding.charset);
    assertThat(resolution.decoded().hadBom()).isEqualTo(bom);
    assertThat(text).doesNotContain("\uFFFD").contains("<h1>" + ArabicPage.HEADLINE + "</h1>")
        .contains(ArabicPage.DATE);
    for (String line : ArabicPage.body(encoding.iso())) {
      assertThat(text).contains("<p>" + line + "</p>");
    }
    assertThat(text).isEqualTo(ArabicPage.html(meta, encoding.iso()));
    assertThat(resolution.evidence()).isEqualTo(expectedEvidence(encoding, bom, header, meta));
  }

  /** Which evidence must decide: the mark, else the first true declaration (header before meta), else content. */
  private static CharsetEvidence expectedEvidence(Encoding encoding, boolean bom, String header, String meta) {
    if (bom) {
      return CharsetEvidence.BOM;
    }
    if (encoding.label.equals(header)) {
      return CharsetEvidence.HTTP_HEADER;
    }
    if (encoding.label.equals(meta)) {
      return CharsetEvidence.META;
    }
    return CharsetEvidence.CONTENT;
  }

  @Test
  void theMatrixCoversEveryCombination() {
    // 2 marked encodings x 2 + 1 x 2 + ... : (3 encodings with a mark x 2 + 2 without) x 6 headers x 6 metas
    assertThat(matrix().count()).isEqualTo((3 * 2 + 2) * 6 * 6);
  }

  @Test
  void theIsoVariantIsEncodableAndTheOthersAreNot() {
    Charset iso = Encoding.ISO_8859_6.charset;
    assertThat(ArabicPage.html("iso-8859-6", true)).satisfies(page -> assertThat(iso.newEncoder().canEncode(page))
        .isTrue());
    assertThat(iso.newEncoder().canEncode(ArabicPage.html("iso-8859-6", false))).isFalse();
    assertThat(ArabicPage.body(true)).anyMatch(line -> line.contains("؛")).anyMatch(line -> line.contains("؟"))
        .anyMatch(line -> line.contains("،"));
  }
}
