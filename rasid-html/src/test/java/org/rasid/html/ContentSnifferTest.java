package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.Limits;

class ContentSnifferTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private static void check(String head, ContentKind kind) {
    check(head.getBytes(StandardCharsets.UTF_8), kind);
  }

  private static void check(byte[] head, ContentKind kind) {
    assertThat(ContentSniffer.sniff(head)).as(new String(head, StandardCharsets.UTF_8)).isEqualTo(kind);
  }

  private static byte[] withBom(String bomHex, String text, Charset charset) {
    byte[] bom = HexFormat.of().parseHex(bomHex);
    byte[] body = text.getBytes(charset);
    byte[] all = Arrays.copyOf(bom, bom.length + body.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    return all;
  }

  // One per kind.

  @Test
  void gzipByItsMagicBytes() {
    check(HexFormat.of().parseHex("1F8B0800000000000003"), ContentKind.GZIP);
  }

  @Test
  void warcByItsVersionLine() {
    check("WARC/1.0\r\nWARC-Type: warcinfo\r\n", ContentKind.WARC);
    check("WARC/1.1\r\nWARC-Type: response\r\n", ContentKind.WARC);
  }

  @Test
  void htmlByDoctypeOrRootElement() {
    check("<!DOCTYPE html>\n<html lang=\"ar\">", ContentKind.HTML);
    check("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", ContentKind.HTML);
    check("<HTML><HEAD><TITLE>أخبار</TITLE>", ContentKind.HTML);
    check("<head><meta charset=utf-8>", ContentKind.HTML);
    check("<body dir=rtl><p>نص</p>", ContentKind.HTML);
  }

  @Test
  void feedsByRootElement() {
    check("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>", ContentKind.FEED);
    check("<feed xmlns=\"" + ATOM + "\"><title>أخبار</title>", ContentKind.FEED);
    check("<atom:feed\n    xmlns:atom=\"" + ATOM + "\">", ContentKind.FEED);
    check("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
        ContentKind.FEED);
  }

  @Test
  void jsonLinesByTheFirstChar() {
    check("{\"url\": \"https://example.com/1\", \"text\": \"خبر\"}\n{\"url\": \"https://example.com/2\"}",
        ContentKind.JSONL);
    check("\"الحكومة تعلن خطة\"\n\"خبر ثان\"", ContentKind.JSONL);
  }

  @Test
  void plainArabicTextIsText() {
    check(ArabicPage.HEADLINE + "\n" + String.join("\n", ArabicPage.BODY), ContentKind.TEXT);
  }

  // Tricky cases.

  @Test
  void arabicTextWithALessThanSignIsText() {
    check("ارتفع التضخم إلى 5% وبقي < 7% وفق البنك المركزي.\n" + ArabicPage.BODY.get(0), ContentKind.TEXT);
    check("< عاجل > انفجار في بغداد\n" + ArabicPage.BODY.get(1), ContentKind.TEXT);
  }

  @Test
  void arabicTextQuotingOneTagIsText() {
    check(ArabicPage.BODY.get(0) + " اكتب الوسم <p> في الصفحة.\n" + ArabicPage.BODY.get(1) + "\n"
        + ArabicPage.BODY.get(2), ContentKind.TEXT);
  }

  @Test
  void htmlFragmentWithoutRootElementIsHtml() {
    check("<meta charset=\"utf-8\">\n<title>" + ArabicPage.HEADLINE + "</title>\n<div class=\"article\">",
        ContentKind.HTML);
    check("<div class=\"story\"><p>" + ArabicPage.BODY.get(0) + "</p><p>" + ArabicPage.BODY.get(1) + "</p></div>",
        ContentKind.HTML);
  }

  @Test
  void htmlAfterLeadingTextWhenTagsAreARealPartOfTheHead() {
    check("\n\nerror-log: ok\n<div><p>خبر</p><p>خبر آخر</p><ul><li><a href=\"/a\">رابط</a></li></ul></div>",
        ContentKind.HTML);
  }

  @Test
  void htmlAfterXmlDeclarationAndComments() {
    check("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- saved by a crawler -->\n<html "
        + "xmlns=\"http://www.w3.org/1999/xhtml\">", ContentKind.HTML);
    check("<!-- <rss> in a comment -->\n<!DOCTYPE html><html>", ContentKind.HTML);
  }

  @Test
  void feedAfterCommentsStylesheetAndDoctype() {
    check("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"rss.xsl\"?>\n<!-- feed -->\n"
        + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\">\n<rss version=\"0.91\">",
        ContentKind.FEED);
  }

  @Test
  void feedElementWithoutTheAtomNamespaceIsNotAFeed() {
    check("<feed><item>خبر</item></feed>", ContentKind.TEXT);
  }

  @Test
  void skipsBomAndLeadingWhitespace() {
    check(withBom("EFBBBF", "\n  \r\n<!DOCTYPE html><html>", StandardCharsets.UTF_8), ContentKind.HTML);
    check(withBom("EFBBBF", "  {\"a\": 1}", StandardCharsets.UTF_8), ContentKind.JSONL);
  }

  @Test
  void readsUtf16HeadsWithAndWithoutBom() {
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<rss version=\"2.0\"><channel><title>أخبار</title>";
    check(withBom("FFFE", rss, StandardCharsets.UTF_16LE), ContentKind.FEED);
    check(withBom("FEFF", "<!DOCTYPE html><html dir=rtl>", StandardCharsets.UTF_16BE), ContentKind.HTML);
    check(ArabicPage.html("utf-16le", false).getBytes(StandardCharsets.UTF_16LE), ContentKind.HTML);
    check(ArabicPage.html("utf-16be", false).getBytes(StandardCharsets.UTF_16BE), ContentKind.HTML);
    check(String.join("\n", ArabicPage.BODY).getBytes(StandardCharsets.UTF_16LE), ContentKind.TEXT);
  }

  @Test
  void legacyArabicPagesAreHtml() {
    check(ArabicPage.html("windows-1256", false).getBytes(Charset.forName("windows-1256")), ContentKind.HTML);
  }

  @Test
  void emptyAndBlankHeadsAreText() {
    check(new byte[0], ContentKind.TEXT);
    check(" \n\t", ContentKind.TEXT);
  }

  @Test
  void looksOnlyAtTheHead() {
    String late = " ".repeat(Limits.MAX_SNIFF_BYTES) + "<!DOCTYPE html><html>";
    check(late, ContentKind.TEXT);
  }

  @Test
  void neverThrowsOnRandomBytes() {
    Random random = new Random(SEED);
    for (int i = 0; i < 2_000; i++) {
      byte[] head = new byte[random.nextInt(64)];
      random.nextBytes(head);
      if (random.nextBoolean() && head.length > 0) {
        head[0] = '<';
      }
      assertThat(ContentSniffer.sniff(head)).as("seed %d, document %d", SEED, i).isNotNull();
    }
  }
}
