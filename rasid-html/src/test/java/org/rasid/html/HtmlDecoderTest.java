package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;

class HtmlDecoderTest {
  private static final String DOCUMENT = "https://example.com/news/17.html";
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static CharsetResolution resolve(byte[] bytes, String contentType) {
    return HtmlDecoder.resolve(bytes, contentType, DOCUMENT);
  }

  private static String header(String label) {
    return "text/html; charset=" + label;
  }

  private static byte[] page(String meta, Charset charset) {
    return ArabicPage.html(meta, charset.equals(ISO_8859_6)).getBytes(charset);
  }

  private static CharsetDeclaration declaration(CharsetResolution resolution, CharsetEvidence source) {
    return resolution.declarations().stream().filter(d -> d.source() == source).findFirst().orElseThrow();
  }

  private static InputRejectedException rejection(byte[] bytes, InputRejectedException.Reason reason) {
    InputRejectedException e =
        catchThrowableOfType(InputRejectedException.class, () -> HtmlDecoder.decode(bytes, null, DOCUMENT));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.document()).isEqualTo(DOCUMENT);
    return e;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  // Lying declarations, by name.

  @Test
  void headerSaysIso88596ButBytesAreUtf8() {
    CharsetResolution r = resolve(page(null, StandardCharsets.UTF_8), header("ISO-8859-6"));
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.CONTENT);
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict())
        .startsWith("disproved: the bytes are valid UTF-8 with");
    assertThat(r.decoded().text()).contains(ArabicPage.HEADLINE);
  }

  @Test
  void metaSaysUtf8ButBytesAreWindows1256() {
    CharsetResolution r = resolve(page("utf-8", WINDOWS_1256), null);
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(declaration(r, CharsetEvidence.META).verdict()).startsWith("disproved: malformed UTF-8 at byte offset");
    assertThat(r.decoded().text()).contains(ArabicPage.BODY.get(1));
  }

  @Test
  void headerSaysWindows1256ButBytesAreIso88596() {
    CharsetResolution r = resolve(page(null, ISO_8859_6), header("windows-1256"));
    assertThat(r.decoded().charset()).isEqualTo(ISO_8859_6);
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict()).startsWith("disproved: ISO-8859-6 reads better");
    assertThat(r.decoded().text()).contains(ArabicPage.isoSafe(ArabicPage.BODY.get(2)));
  }

  @Test
  void headerSaysIso88596ButBytesAreWindows1256() {
    CharsetResolution r = resolve(page(null, WINDOWS_1256), header("iso-8859-6"));
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict()).contains("is not a character in ISO-8859-6");
  }

  @Test
  void headerAndMetaDisagreeAndTheHeaderIsRight() {
    CharsetResolution r = resolve(page("utf-8", WINDOWS_1256), header("windows-1256"));
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.HTTP_HEADER);
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict()).isEqualTo("used");
    assertThat(declaration(r, CharsetEvidence.META).disproved()).isTrue();
  }

  @Test
  void headerAndMetaDisagreeAndTheMetaIsRight() {
    CharsetResolution r = resolve(page("windows-1256", WINDOWS_1256), header("utf-8"));
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.META);
    assertThat(r.reason()).isEqualTo("meta charset=windows-1256, consistent with the bytes");
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).disproved()).isTrue();
  }

  @Test
  void headerAndMetaBothConsistentTheHeaderWins() {
    // Pure ASCII bytes are consistent with any ASCII-compatible declaration: the more trusted one decides.
    byte[] ascii = "<html><head><meta charset=\"iso-8859-6\"><title>News</title></head><body>Hello</body></html>"
        .getBytes(StandardCharsets.US_ASCII);
    CharsetResolution r = resolve(ascii, header("windows-1256"));
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.HTTP_HEADER);
    assertThat(declaration(r, CharsetEvidence.META).verdict()).isEqualTo("not used (an earlier declaration decided)");
  }

  @Test
  void bomBeatsEveryDeclaration() {
    byte[] bytes = concat(HexFormat.of().parseHex("EFBBBF"), page("windows-1256", StandardCharsets.UTF_8));
    CharsetResolution r = resolve(bytes, header("iso-8859-6"));
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.decoded().hadBom()).isTrue();
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.BOM);
    assertThat(r.declarations()).extracting(CharsetDeclaration::verdict)
        .containsExactly("overridden by the byte-order mark", "overridden by the byte-order mark");
  }

  @Test
  void latin1DeclarationOnWindows1256ArabicIsDisproved() {
    CharsetResolution r = resolve(page("iso-8859-1", WINDOWS_1256), null);
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(declaration(r, CharsetEvidence.META).verdict()).startsWith("disproved: windows-1256 reads better");
  }

  @Test
  void asciiDeclarationOnUtf8IsDisproved() {
    CharsetResolution r = resolve(page(null, StandardCharsets.UTF_8), header("us-ascii"));
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.decoded().text()).contains(ArabicPage.HEADLINE);
  }

  @Test
  void asciiDeclarationOnAsciiBytesIsUsed() {
    byte[] bytes = "<p>Reuters reported the floods.</p>".getBytes(StandardCharsets.US_ASCII);
    CharsetResolution r = resolve(bytes, header("US-ASCII"));
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.US_ASCII);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.HTTP_HEADER);
  }

  @Test
  void frenchPageDeclaredWindows1252StaysWindows1252() {
    String french = "<html><head><meta charset=\"windows-1252\"><title>Économie</title></head><body>"
        + "<p>À Bagdad, le gouvernement irakien a annoncé un plan de reconstruction après les crues.</p>"
        + "<p>Élections prévues l'été prochain ; « réformes » promises.</p></body></html>";
    CharsetResolution r = resolve(french.getBytes(WINDOWS_1252), null);
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1252);
    assertThat(r.decoded().text()).isEqualTo(french);
  }

  @Test
  void windows1256DeclarationOnIsoSafeWindows1256TextIsKept() {
    // The ISO variant encoded in windows-1256: ي, ف, ق and ك have no ISO-8859-6 meaning, so the code pages cannot
    // be confused even without a C1 byte.
    byte[] bytes = ArabicPage.html("windows-1256", true).getBytes(WINDOWS_1256);
    CharsetResolution r = resolve(bytes, null);
    assertThat(r.decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.META);
  }

  @Test
  void aTieBetweenTheArabicCodePagesKeepsTheDeclaration() {
    // Two words without ي ف ق ك: both code pages give clean Arabic ("موجز أخبار" / "كنجز أخبار"), so the bytes
    // cannot disprove either declaration. A known limit of letters-only plausibility on very short texts.
    byte[] bytes = "<title>موجز أخبار</title>".getBytes(WINDOWS_1256);
    assertThat(resolve(bytes, header("iso-8859-6")).decoded().charset()).isEqualTo(ISO_8859_6);
    assertThat(resolve(bytes, header("windows-1256")).decoded().charset()).isEqualTo(WINDOWS_1256);
  }

  @Test
  void xmlDeclarationIsADeclaration() {
    String xhtml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?>\n<html><body><p>" + ArabicPage.BODY.get(0)
        + "</p></body></html>";
    CharsetResolution r = resolve(xhtml.getBytes(WINDOWS_1256), null);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.XML_DECLARATION);
    assertThat(r.decoded().text()).isEqualTo(xhtml);
  }

  @Test
  void httpEquivMetaIsADeclaration() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "</head><body><p>" + ArabicPage.BODY.get(3) + "</p></body></html>";
    CharsetResolution r = resolve(html.getBytes(WINDOWS_1256), null);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.META);
    assertThat(declaration(r, CharsetEvidence.META).label()).isEqualTo("windows-1256");
  }

  @Test
  void unsupportedLabelIsIgnoredAndContentDecides() {
    CharsetResolution r = resolve(page("koi8-r", StandardCharsets.UTF_8), null);
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.evidence()).isEqualTo(CharsetEvidence.CONTENT);
    assertThat(declaration(r, CharsetEvidence.META).verdict()).isEqualTo("unsupported label");
    assertThat(declaration(r, CharsetEvidence.META).charset()).isNull();
  }

  @Test
  void noDeclarationLegacyBytesAreSniffedAsTheRightCodePage() {
    assertThat(resolve(page(null, WINDOWS_1256), null).decoded().charset()).isEqualTo(WINDOWS_1256);
    assertThat(resolve(page(null, ISO_8859_6), null).decoded().charset()).isEqualTo(ISO_8859_6);
    assertThat(resolve(page(null, ISO_8859_6), null).reason()).startsWith("no declaration; content: not UTF-8;");
  }

  @Test
  void markupHeavyUtf16WithoutBomIsUtf16NotBinary() {
    String page = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/css/main.css?v=3\"></head><body>"
        + "<div class=\"nav\"><a href=\"/news/2021/09/12/\">1</a> | <a href=\"/p/2\">2</a></div>".repeat(30)
        + "<p>" + ArabicPage.BODY.get(0) + "</p></body></html>";
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      CharsetResolution r = resolve(page.getBytes(charset), header("windows-1256"));
      assertThat(r.decoded().charset()).isEqualTo(charset);
      assertThat(r.decoded().text()).isEqualTo(page);
      assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict()).startsWith("disproved: the bytes are UTF-16");
    }
  }

  @Test
  void metaInsideAUtf16PageIsReadFromTheDecodedText() {
    CharsetResolution lying = resolve(ArabicPage.html("utf-8", false).getBytes(StandardCharsets.UTF_16LE), null);
    assertThat(lying.decoded().charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(declaration(lying, CharsetEvidence.META).verdict()).startsWith("disproved: the bytes are UTF-16LE");

    CharsetResolution honest = resolve(ArabicPage.html("utf-16be", false).getBytes(StandardCharsets.UTF_16BE), null);
    assertThat(honest.evidence()).isEqualTo(CharsetEvidence.META);
    assertThat(honest.reason()).startsWith("meta charset=utf-16be, consistent with the bytes");
  }

  @Test
  void utf16PatternWithNulCharsIsStillBinary() {
    byte[] bytes = "<a>\0\0\0\0 binary".getBytes(StandardCharsets.UTF_16LE);
    rejection(bytes, InputRejectedException.Reason.BINARY);
  }

  // Damage.

  @Test
  void utf8CutInTheMiddleOfALetterIsKeptWithOneReplacement() {
    byte[] bytes = page("utf-8", StandardCharsets.UTF_8);
    String cut = "<p>وكانت السيول"; // ends in a two-byte letter, whose last byte goes
    int end = new String(bytes, StandardCharsets.UTF_8).indexOf(cut) + cut.length();
    byte[] truncated = Arrays.copyOf(bytes, new String(bytes, StandardCharsets.UTF_8).substring(0, end)
        .getBytes(StandardCharsets.UTF_8).length - 1);
    CharsetResolution r = resolve(truncated, null);
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.replacements()).isEqualTo(1);
    assertThat(r.decoded().text()).endsWith("\uFFFD").contains(ArabicPage.HEADLINE);
    assertThat(declaration(r, CharsetEvidence.META).disproved()).isTrue();
    assertThat(r.reason()).contains("1 malformed sequence(s) kept as U+FFFD");
  }

  @Test
  void damagedUtf8UnderALegacyDeclarationIsStillUtf8() {
    byte[] bytes = page(null, StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("<p>") + 2; // a byte offset
    bytes[at] = (byte) 0xFF; // a stray byte for the ">" of the first paragraph
    CharsetResolution r = resolve(bytes, header("windows-1256"));
    assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(r.replacements()).isEqualTo(1);
    assertThat(declaration(r, CharsetEvidence.HTTP_HEADER).verdict())
        .startsWith("disproved: the bytes are UTF-8 but for a few malformed sequences");
    assertThat(r.decoded().text()).contains(ArabicPage.BODY.get(1), ArabicPage.HEADLINE);
  }

  @Test
  void aReplacementCharWrittenInThePageIsNotDamage() {
    String html = "<html><body><p>" + ArabicPage.BODY.get(0) + " \uFFFD</p></body></html>";
    CharsetResolution r = resolve(html.getBytes(StandardCharsets.UTF_8), null);
    assertThat(r.decoded().text()).isEqualTo(html);
    assertThat(r.reason()).isEqualTo("no declaration; content: valid UTF-8");
    assertThat(r.replacements()).isEqualTo(1);
  }

  @Test
  void utf8BomFollowedByWindows1256IsUndecodable() {
    byte[] bytes = concat(HexFormat.of().parseHex("EFBBBF"), page(null, WINDOWS_1256));
    rejection(bytes, InputRejectedException.Reason.UNDECODABLE);
  }

  // Rejections.

  @Test
  void rejectsEmptyAndBlankInput() {
    rejection(new byte[0], InputRejectedException.Reason.EMPTY);
    rejection(" \r\n\t ".getBytes(StandardCharsets.US_ASCII), InputRejectedException.Reason.EMPTY);
  }

  @Test
  void rejectsNulHeavyBytesThatAreNotUtf16() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0 : 'A' + i % 26);
    }
    assertThat(rejection(bytes, InputRejectedException.Reason.BINARY).getMessage()).contains("NUL");
  }

  @Test
  void rejectsKnownBinarySignatures() {
    byte[] png = concat(HexFormat.of().parseHex("89504E470D0A1A0A"), "<html>".getBytes(StandardCharsets.US_ASCII));
    assertThat(rejection(png, InputRejectedException.Reason.BINARY).getMessage()).contains("PNG image");
  }

  @Test
  void rejectsOversizedInputBeforeDecoding() {
    byte[] bytes = new byte[Math.toIntExact(Limits.MAX_DOCUMENT_BYTES + 1)];
    Arrays.fill(bytes, (byte) 'a');
    rejection(bytes, InputRejectedException.Reason.TOO_LARGE);
  }

  @Test
  void acceptsInputAtTheLimit() {
    byte[] bytes = new byte[Math.toIntExact(Limits.MAX_DOCUMENT_BYTES)];
    Arrays.fill(bytes, (byte) 'a');
    assertThat(HtmlDecoder.decode(bytes, null, DOCUMENT).text()).hasSize(bytes.length);
  }
}
