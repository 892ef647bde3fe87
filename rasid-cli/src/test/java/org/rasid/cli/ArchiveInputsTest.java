package org.rasid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;
import org.rasid.core.structure.Structurer;
import org.rasid.index.ingest.PageExtractor;
import picocli.CommandLine;

/** {@code rasid parse} and {@code rasid ingest} on HTML pages and WARC archives (hand-written WARC bytes). */
class ArchiveInputsTest {

  @TempDir Path dir;

  /** Tags out, then the text structurer: stands in for the HTML extractor. */
  static final PageExtractor FAKE = page -> new Structurer().structure(
      new String(page.bytes(), StandardCharsets.UTF_8).replaceAll("<(h1|p)>", "\n\n").replaceAll("<[^>]+>", ""),
      page.url()).article();

  static String page(String title) {
    return "<!DOCTYPE html><html lang=\"ar\"><head><title>" + title + "</title></head><body><h1>" + title + "</h1>"
        + "<p>قال مسؤولون في وزارة النقل إن أعمال الصيانة على الطريق الدولي ستنتهي قبل نهاية الشهر الجاري.</p>"
        + "<p>وأضافوا أن الحركة ستحوَّل خلال ساعات الليل إلى الطرق الفرعية لتخفيف الازدحام.</p></body></html>";
  }

  /** One WARC record, as a crawler writes it. */
  static byte[] record(String type, String uri, String contentType, String block) {
    byte[] body = block.getBytes(StandardCharsets.UTF_8);
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: "
        + "2025-02-10T06:30:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\nContent-Type: "
        + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] response(String uri, int status, String type, String payload) {
    int length = payload.getBytes(StandardCharsets.UTF_8).length;
    return record("response", uri, "application/http; msgtype=response", "HTTP/1.1 " + status + " X\r\n"
        + "Content-Type: " + type + "\r\nContent-Length: " + length + "\r\n\r\n" + payload);
  }

  static byte[] archive() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(record("request", "https://example.com/a", "application/http; msgtype=request",
        "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"));
    out.writeBytes(response("https://example.com/a", 200, "text/html; charset=utf-8", page("إغلاق الطريق الدولي")));
    out.writeBytes(record("metadata", "https://example.com/a", "application/warc-fields", "fetchTimeMs: 120\r\n"));
    out.writeBytes(response("https://example.com/b", 200, "text/html", page("افتتاح جسر جديد")));
    out.writeBytes(response("https://example.com/old", 404, "text/html", "<html>not found</html>"));
    return out.toByteArray();
  }

  private static CliRun parse(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ParseCommand(FAKE));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void parseGivesOneRecordPerPageOfAnArchiveWithItsUrlAndFetchDate() throws Exception {
    Path warc = Files.write(dir.resolve("crawl.bin"), archive());
    CliRun r = parse("--format", "jsonl", warc.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(Json.readArticle(lines[0]).url()).isEqualTo("https://example.com/a");
    assertThat(Json.readArticle(lines[0]).published()).isEqualTo("2025-02-10");
    assertThat(Json.readArticle(lines[1]).url()).isEqualTo("https://example.com/b");
    assertThat(r.err()).contains("skipped 3 archive records (http-404 1, metadata 1, request 1)");
  }

  @Test
  void parseTakesAnHtmlFileByContentAndATruncatedArchiveUpToTheDamage() throws Exception {
    Path html = Files.writeString(dir.resolve("story.txt"), page("إغلاق الطريق الدولي"));
    byte[] full = archive();
    Path cut = Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(full, full.length - 30));
    CliRun r = parse("--format", "jsonl", "--url", "https://example.com/story", html.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Json.readArticle(r.out().strip()).url()).isEqualTo("https://example.com/story");
    CliRun c = parse("--format", "jsonl", cut.toString());
    assertThat(c.code()).isEqualTo(RasidCli.SOME_FAILED);
    assertThat(c.out().strip().split("\n")).hasSize(2);
    assertThat(c.err()).contains("cut.warc: truncated at byte " + (full.length - 30) + " after 4 records")
        .doesNotContain("Exception");
  }

  @Test
  void ingestPrintsSkippedRecordsByReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    ByteArrayOutputStream only = new ByteArrayOutputStream();
    only.writeBytes(record("request", "https://example.com/a", "application/http; msgtype=request",
        "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"));
    only.writeBytes(response("https://example.com/logo.png", 200, "image/png", "PNG"));
    only.writeBytes(response("https://example.com/old", 404, "text/html", "<html>not found</html>"));
    Files.write(in.resolve("x.warc"), only.toByteArray());
    Files.writeString(in.resolve("y.txt"), "افتتاح جسر جديد\n\nافتتح وزير النقل اليوم جسرا جديدا فوق النهر يربط"
        + " ضفتي المدينة ويختصر زمن الرحلة إلى النصف.");
    CliRun r = CliRun.of("ingest", "--index", dir.resolve("idx").toString(), "--quiet", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("ingested 1,").contains("skipped 3 archive records: http-404 1, not-html 1,"
        + " request 1");
  }
}
