package org.rasid.index.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rasid.html.ContentKind;
import org.rasid.html.ContentSniffer;

/**
 * A minimal content sniffer: exact magic bytes for gzip and WARC, the first character for JSONL, a few tags for HTML
 * and feeds, else text. {@link InputWalker} uses it only while {@link ContentSniffer} is not available (its stub
 * throws {@link UnsupportedOperationException}); tests use it to stay independent of the real sniffer.
 */
final class FallbackSniffer {
  private FallbackSniffer() {}

  private static final int LOOK_BYTES = 2048;
  private static final List<String> HTML_MARKS = List.of("<!doctype html", "<html", "<head", "<body", "<meta ",
      "<title", "<div", "<p>", "<p ", "<article", "<br");
  private static final List<String> FEED_MARKS = List.of("<rss", "<feed", "<rdf:rdf");

  /** {@link ContentSniffer#sniff}, or this fallback while that is a stub. */
  static ContentKind sniffer(byte[] head) {
    try {
      return ContentSniffer.sniff(head);
    } catch (UnsupportedOperationException stub) {
      return sniff(head);
    }
  }

  static ContentKind sniff(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return ContentKind.GZIP;
    }
    if (startsWith(head, "WARC/")) {
      return ContentKind.WARC;
    }
    String text = new String(head, 0, Math.min(head.length, LOOK_BYTES), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").strip();
    if (text.startsWith("{") || text.startsWith("\"")) {
      return ContentKind.JSONL;
    }
    if (!text.startsWith("<")) {
      return ContentKind.TEXT;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (FEED_MARKS.stream().anyMatch(lower::contains)) {
      return ContentKind.FEED;
    }
    return HTML_MARKS.stream().anyMatch(lower::contains) ? ContentKind.HTML : ContentKind.TEXT;
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
