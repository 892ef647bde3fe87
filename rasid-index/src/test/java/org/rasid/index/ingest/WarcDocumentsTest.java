package org.rasid.index.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.rasid.core.io.Limits;

class WarcDocumentsTest {

  private static List<RawDocument> read(byte[] archive) {
    return read(archive, Limits.MAX_DECOMPRESSED_BYTES);
  }

  private static List<RawDocument> read(byte[] archive, long maxRecordBytes) {
    List<RawDocument> docs = new ArrayList<>();
    try (WarcDocuments it = new WarcDocuments("crawl.warc", new ByteArrayInputStream(archive), 5 << 20,
        maxRecordBytes, Limits.MAX_WARC_RECORD_SKIP_BYTES, org.rasid.html.ContentSniffer::sniff)) {
      it.forEachRemaining(docs::add);
    }
    return docs;
  }

  private static List<RawDocument.Page> pages(List<RawDocument> docs) {
    return docs.stream().filter(d -> d instanceof RawDocument.Page).map(d -> (RawDocument.Page) d).toList();
  }

  private static Map<String, Long> skipped(List<RawDocument> docs) {
    Map<String, Long> m = new TreeMap<>();
    docs.stream().filter(d -> d instanceof RawDocument.Skipped)
        .forEach(d -> m.merge(((RawDocument.Skipped) d).reason(), 1L, Long::sum));
    return m;
  }

  private static List<RawDocument.Unreadable> failures(List<RawDocument> docs) {
    return docs.stream().filter(d -> d instanceof RawDocument.Unreadable).map(d -> (RawDocument.Unreadable) d)
        .toList();
  }

  /** Common Crawl News layout plus the cases to skip: a non-HTML response, a 404, a revisit, a DNS record. */
  static WarcFixture mixed() {
    return new WarcFixture().warcinfo()
        .request(1).page(1, false, false).metadata(1)
        .request(2).page(2, true, false).metadata(2)
        .request(3).page(3, true, true).metadata(3)
        .page(4, false, true)
        .response("https://news.example.com/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            false, false, "png")
        .response("https://news.example.com/gone.html", 404, "text/html", "<html>not found</html>".getBytes(
            StandardCharsets.UTF_8), false, false, "404")
        .response("https://news.example.com/untyped.html", 200, null, WarcFixture.page(5).getBytes(
            StandardCharsets.UTF_8), false, false, "page")
        .response("https://news.example.com/notes.txt", 200, null, "ملاحظات المحرر".getBytes(
            StandardCharsets.UTF_8), false, false, "untyped-text")
        .revisit(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void yieldsHtmlPagesWithUrlDateAndDecodedPayloadAndSkipsTheRestByReason(boolean gzip) {
    List<RawDocument> docs = read(mixed().write(gzip).bytes());
    List<RawDocument.Page> pages = pages(docs);
    assertThat(pages).extracting(RawDocument.Page::url).containsExactly(WarcFixture.url(1), WarcFixture.url(2),
        WarcFixture.url(3), WarcFixture.url(4), "https://news.example.com/untyped.html");
    for (int i = 0; i < 4; i++) {
      RawDocument.Page p = pages.get(i);
      assertThat(new String(p.bytes(), StandardCharsets.UTF_8)).as(p.name()).isEqualTo(WarcFixture.page(i + 1));
      assertThat(p.fetchDate()).isEqualTo(WarcFixture.FETCHED);
      assertThat(p.contentType()).isEqualTo("text/html; charset=UTF-8");
    }
    assertThat(pages.get(4).contentType()).isNull();
    assertThat(pages.getFirst().name()).isEqualTo("crawl.warc#3");
    assertThat(skipped(docs)).containsExactlyInAnyOrderEntriesOf(Map.of("warcinfo", 1L, "request", 3L,
        "metadata", 3L, "not-html", 2L, "http-404", 1L, "revisit", 1L));
    assertThat(failures(docs)).isEmpty();
  }

  @Test
  void readsAnArchiveGzippedAsOneMember() {
    byte[] plain = mixed().write(false).bytes();
    List<RawDocument> docs = read(WarcFixture.gzip(plain));
    assertThat(pages(docs)).hasSize(5);
    assertThat(failures(docs)).isEmpty();
    List<RawDocument> cut = read(Arrays.copyOf(WarcFixture.gzip(plain), WarcFixture.gzip(plain).length - 9));
    assertThat(cut.getLast()).isInstanceOfSatisfying(RawDocument.Unreadable.class,
        u -> assertThat(u.reason()).startsWith("truncated at byte"));
  }

  /** A response whose chunked coding is broken between two good pages (a fixture is written once: bodies stream). */
  private static WarcFixture withBrokenChunking() {
    byte[] http = WarcFixture.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII), "zz-not-a-chunk\r\n".getBytes(
        StandardCharsets.US_ASCII));
    return new WarcFixture().page(1, false, false)
        .add(new WarcResponse.Builder(WarcFixture.url(2)).date(WarcFixture.FETCHED)
            .body(MediaType.HTTP_RESPONSE, http).build(), "bad")
        .page(3, false, false);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anUndecodablePayloadFailsThatRecordAndTheArchiveGoesOn(boolean gzip) {
    List<RawDocument> docs = read(withBrokenChunking().write(gzip).bytes());
    assertThat(pages(docs)).as("%s", docs).extracting(RawDocument.Page::url).containsExactly(WarcFixture.url(1),
        WarcFixture.url(3));
    assertThat(failures(docs)).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("crawl.warc#2");
      assertThat(u.reason()).startsWith(WarcFixture.url(2));
    });
  }

  @Test
  void aPayloadGzipBombFailsItsRecordOnlyAndNeverExpandsFully() {
    byte[] bomb = WarcFixture.gzipBomb(Limits.MAX_DECOMPRESSED_BYTES + (8 << 20)); // ~72 MB of zeros, ~70 KB
    byte[] http = WarcFixture.concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        + "Content-Length: " + bomb.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bomb);
    WarcFixture f = new WarcFixture().page(1, false, false)
        .add(new WarcResponse.Builder(WarcFixture.url(2)).date(WarcFixture.FETCHED)
            .body(MediaType.HTTP_RESPONSE, http).build(), "bomb")
        .page(3, true, true);
    List<RawDocument> docs = read(f.write(true).bytes());
    assertThat(pages(docs)).hasSize(2);
    assertThat(failures(docs)).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("crawl.warc#2");
      assertThat(u.reason()).contains("over the 5 MB limit");
    });
  }

  @Test
  void aRecordOverTheDecompressedLimitFailsAndTheNextRecordIsRead() {
    // The WARC gzip member itself is the bomb: a 72 MB block of zeros, per-record gzip as Common Crawl writes it.
    WarcFixture f = new WarcFixture().page(1, false, false)
        .hugePage("https://news.example.com/huge.html", Limits.MAX_DECOMPRESSED_BYTES + (8 << 20))
        .page(3, false, false);
    WarcFixture.Archive a = f.write(true);
    assertThat(a.bytes().length).isLessThan(1 << 20);
    List<RawDocument> docs = read(a.bytes());
    assertThat(pages(docs)).extracting(RawDocument.Page::url).containsExactly(WarcFixture.url(1),
        WarcFixture.url(3));
    assertThat(failures(docs)).singleElement().satisfies(u -> {
      assertThat(u.name()).isEqualTo("crawl.warc#2");
      assertThat(u.reason()).contains("limit for one WARC record");
    });
  }

  @Test
  void aRecordTooLongToSkipEndsTheArchiveWithATypedError() {
    WarcFixture f = new WarcFixture().page(1, false, false).hugePage("https://news.example.com/huge.html", 4096)
        .page(3, false, false);
    List<RawDocument> docs = new ArrayList<>();
    try (WarcDocuments it = new WarcDocuments("crawl.warc", new ByteArrayInputStream(f.write(true).bytes()), 5 << 20,
        1024, 2048, org.rasid.html.ContentSniffer::sniff)) {
      it.forEachRemaining(docs::add);
    }
    assertThat(pages(docs)).hasSize(1);
    assertThat(docs.getLast()).isInstanceOfSatisfying(RawDocument.Unreadable.class, u -> {
      assertThat(u.name()).isEqualTo("crawl.warc");
      assertThat(u.reason()).contains("after 1 records").contains("more than can be skipped");
    });
  }

  /** 5 records: warcinfo, request, page, page (gzip-encoded, chunked), metadata; then every cut is checked. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  @Timeout(120) // a guard against a hang, not a measurement
  void aCutArchiveYieldsExactlyTheCompleteRecordsBeforeTheCutThenATypedError(boolean gzip) {
    WarcFixture.Archive a = new WarcFixture().warcinfo().request(1).page(1, false, false).page(2, true, true)
        .metadata(2).write(gzip);
    TreeSet<Long> cuts = new TreeSet<>();
    for (long c = 0; c <= a.bytes().length; c += 37) {
      cuts.add(c);
    }
    for (long end : a.ends()) {
      cuts.addAll(List.of(end - 1, end, Math.min(end + 1, a.bytes().length)));
    }
    for (long cut : cuts) {
      List<RawDocument> docs = read(Arrays.copyOf(a.bytes(), (int) cut));
      String at = (gzip ? "gzip" : "plain") + " cut at " + cut + " of " + a.ends() + ": " + docs;
      assertThat(pages(docs)).as(at).hasSize((int) a.pagesBefore(cut));
      long records = a.recordsBefore(cut);
      assertThat(docs.stream().filter(d -> !(d instanceof RawDocument.Unreadable)).count()).as(at)
          .isEqualTo(records);
      boolean atBoundary = cut == 0 || a.ends().contains(cut);
      if (atBoundary) {
        assertThat(failures(docs)).as(at).isEmpty();
      } else {
        assertThat(failures(docs)).as(at).singleElement().satisfies(u -> {
          assertThat(u.name()).isEqualTo("crawl.warc");
          assertThat(u.reason()).startsWith("truncated at byte " + cut + " after " + records + " records");
        });
        assertThat(docs.getLast()).as(at).isInstanceOf(RawDocument.Unreadable.class);
      }
    }
  }

  @Test
  void corruptGzipDataEndsTheArchiveAfterTheRecordsBeforeIt() {
    WarcFixture.Archive a = new WarcFixture().page(1, false, false).page(2, false, false).page(3, false, false)
        .write(true);
    byte[] bytes = a.bytes().clone();
    int inSecond = (int) (a.ends().get(0) + (a.ends().get(1) - a.ends().get(0)) / 2);
    for (int i = inSecond; i < inSecond + 8; i++) {
      bytes[i] ^= (byte) 0x5a;
    }
    List<RawDocument> docs = read(bytes);
    assertThat(pages(docs)).extracting(RawDocument.Page::url).containsExactly(WarcFixture.url(1));
    assertThat(docs.getLast()).isInstanceOfSatisfying(RawDocument.Unreadable.class,
        u -> assertThat(u.reason()).startsWith("corrupt at byte").contains("after 1 records"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"WARC/1.0\r\nthis is no header\r\n\r\n", "WARC/1.0\r\nContent-Length: abc\r\n\r\n",
      "WARC/1.0\r\nX-Long: %s\r\n\r\n", "WARC/1.0\r\n%s"})
  void aMalformedHeaderIsOneTypedErrorAfterTheRecordsBeforeIt(String header) {
    byte[] good = new WarcFixture().page(1, false, false).write(false).bytes();
    byte[] bad = header.replace("%s", "a".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
    List<RawDocument> docs = read(WarcFixture.concat(good, bad));
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0)).isInstanceOf(RawDocument.Page.class);
    assertThat(docs.get(1)).isInstanceOfSatisfying(RawDocument.Unreadable.class,
        u -> assertThat(u.reason()).containsPattern("^(corrupt|truncated) .*after 1 records"));
  }
}
