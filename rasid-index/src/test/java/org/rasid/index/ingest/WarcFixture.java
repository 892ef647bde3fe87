package org.rasid.index.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds WARC archives for tests with jwarc's {@link WarcWriter}, in the Common Crawl News layout (warcinfo, then
 * request, response and metadata per capture), plain or gzip with one member per record.
 */
final class WarcFixture {
  static final Instant FETCHED = Instant.parse("2024-03-05T08:15:30Z");

  /** An archive: its bytes, the end offset of every record, and each record's kind ("page" for an HTML 200). */
  record Archive(byte[] bytes, List<Long> ends, List<String> kinds) {
    /** Pages among the records that end at or before {@code cut}. */
    long pagesBefore(long cut) {
      long n = 0;
      for (int i = 0; i < ends.size() && ends.get(i) <= cut; i++) {
        n += kinds.get(i).equals("page") ? 1 : 0;
      }
      return n;
    }

    long recordsBefore(long cut) {
      return ends.stream().filter(e -> e <= cut).count();
    }
  }

  private final List<WarcRecord> records = new ArrayList<>();
  private final List<String> kinds = new ArrayList<>();

  /** A realistic Arabic news page. */
  static String page(int n) {
    return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
        + "<title>ارتفاع أسعار النفط للمرة " + n + " هذا الأسبوع</title></head><body><article>"
        + "<h1>ارتفاع أسعار النفط للمرة " + n + " هذا الأسبوع</h1>"
        + "<p>ارتفعت أسعار النفط اليوم الثلاثاء بعد أن أعلنت منظمة أوبك تمديد خفض الإنتاج حتى نهاية الربع الثاني.</p>"
        + "<p>وقال محللون إن السوق تترقب بيانات المخزونات الأمريكية المقرر صدورها مساء الأربعاء.</p>"
        + "</article></body></html>";
  }

  static String url(int n) {
    return "https://news.example.com/economy/" + n + ".html";
  }

  WarcFixture warcinfo() {
    return add(new Warcinfo.Builder().date(FETCHED).filename("CC-NEWS-20240305081530-00001.warc.gz")
        .fields(Map.of("software", List.of("rasid-test"), "format", List.of("WARC File Format 1.1"))).build(),
        "warcinfo");
  }

  WarcFixture request(int n) {
    String http = "GET /economy/" + n + ".html HTTP/1.1\r\nHost: news.example.com\r\nUser-Agent: test\r\n\r\n";
    return add(new WarcRequest.Builder(url(n)).date(FETCHED).body(MediaType.HTTP_REQUEST,
        http.getBytes(StandardCharsets.US_ASCII)).build(), "request");
  }

  WarcFixture metadata(int n) {
    return add(new WarcMetadata.Builder().targetURI(url(n)).date(FETCHED)
        .fields(Map.of("fetchTimeMs", List.of("213"))).build(), "metadata");
  }

  /** An HTML 200 response, optionally gzip content-encoded and chunked. */
  WarcFixture page(int n, boolean gzipEncoded, boolean chunked) {
    return response(url(n), 200, "text/html; charset=UTF-8", page(n).getBytes(StandardCharsets.UTF_8), gzipEncoded,
        chunked, "page");
  }

  WarcFixture response(String url, int status, String contentType, byte[] payload, boolean gzipEncoded,
      boolean chunked, String kind) {
    byte[] body = gzipEncoded ? gzip(payload) : payload;
    if (chunked) {
      body = chunk(body);
    }
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " " + (status == 200 ? "OK" : "Other") + "\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (gzipEncoded) {
      head.append("Content-Encoding: gzip\r\n");
    }
    head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
    head.append("\r\n");
    byte[] http = concat(head.toString().getBytes(StandardCharsets.US_ASCII), body);
    return add(new WarcResponse.Builder(url).date(FETCHED).body(MediaType.HTTP_RESPONSE, http).build(), kind);
  }

  /** A revisit record (no payload). */
  WarcFixture revisit(int n) {
    return add(new WarcRevisit.Builder(URI.create(url(n))).date(FETCHED).build(), "revisit");
  }

  /** A response record whose block is {@code zeros} zero bytes after an HTML head, streamed (never in memory). */
  WarcFixture hugePage(String url, long zeros) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + zeros + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
    ReadableByteChannel channel = new ReadableByteChannel() {
      long left = head.length + zeros;
      boolean open = true;

      @Override
      public int read(ByteBuffer dst) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(dst.remaining(), left);
        for (int i = 0; i < n; i++) {
          long at = head.length + zeros - left + i;
          dst.put(at < head.length ? head[(int) at] : 0);
        }
        left -= n;
        return n;
      }

      @Override
      public boolean isOpen() {
        return open;
      }

      @Override
      public void close() {
        open = false;
      }
    };
    return add(new WarcResponse.Builder(url).date(FETCHED).body(MediaType.HTTP_RESPONSE, channel,
        head.length + zeros).build(), "huge");
  }

  WarcFixture add(WarcRecord record, String kind) {
    records.add(record);
    kinds.add(kind);
    return this;
  }

  Archive write(boolean gzip) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
      List<Long> ends = new ArrayList<>();
      for (WarcRecord r : records) {
        writer.write(r);
        ends.add(writer.position());
      }
      writer.close();
      return new Archive(out.toByteArray(), ends, List.copyOf(kinds));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A gzip stream of {@code zeros} zero bytes, produced by streaming (about 1 KB per MB). */
  static byte[] gzipBomb(long zeros) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] block = new byte[1 << 16];
    try (OutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
      for (long left = zeros; left > 0; left -= block.length) {
        gz.write(block, 0, (int) Math.min(block.length, left));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** HTTP chunked transfer coding, in chunks of 100 bytes. */
  static byte[] chunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < body.length; i += 100) {
      int n = Math.min(100, body.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
