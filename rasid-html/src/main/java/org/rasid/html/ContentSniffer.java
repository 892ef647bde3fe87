package org.rasid.html;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.io.Limits;
import org.rasid.core.io.TextDecoder;

/**
 * Tells what a document is from its first bytes, by content, never by name. Pure; looks at no more than {@link
 * Limits#MAX_SNIFF_BYTES} bytes.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>{@code 1F 8B}: {@link ContentKind#GZIP}.
 *   <li>The head is decoded leniently: after a UTF-8 or UTF-16 byte-order mark in its charset; as UTF-16 without a
 *       mark when the head shows its byte pattern ({@link TextDecoder#utf16ByteOrder}); else as UTF-8 (malformed bytes replaced,
 *       which the tests below do not look at). Leading whitespace is skipped.
 *   <li>{@code WARC/1.0} or {@code WARC/1.1}: {@link ContentKind#WARC}.
 *   <li>First char {@code {} or {@code "}: {@link ContentKind#JSONL}.
 *   <li>Markup, after any XML declarations, processing instructions, comments and non-HTML doctypes: {@code
 *       <!doctype html}, {@code <html}, {@code <head} or {@code <body}: {@link ContentKind#HTML}; {@code <rss},
 *       {@code <rdf:RDF}, or {@code <feed} (also prefixed) whose tag names the Atom namespace: {@link ContentKind#FEED}
 *       (case-insensitive).
 *   <li>Another HTML element ({@code <meta}, {@code <title}, {@code <div}, {@code <p}, …) that is either the first
 *       thing in the head or starts within its first {@value #EARLY_CHARS} chars, with at least {@value #MIN_TAGS}
 *       well-formed tags in the head making up at least {@value #MIN_MARKUP_PERCENT}% of its non-space chars when
 *       the element is not first: {@link ContentKind#HTML}. So Arabic text with a stray {@code <} (or a quoted
 *       tag) stays text.
 *   <li>Otherwise {@link ContentKind#TEXT}.
 * </ol>
 */
public final class ContentSniffer {
  /** Chars from the start within which an HTML element counts as early. */
  static final int EARLY_CHARS = 1024;
  /** Tags a head needs to count as markup by the element rule. */
  static final int MIN_TAGS = 2;
  /** Share of the head's non-space chars that tags must make up when the first HTML element is not first. */
  static final int MIN_MARKUP_PERCENT = 10;

  private static final int PERCENT = 100;
  private static final int GZIP_1 = 0x1F;
  private static final int GZIP_2 = 0x8B;
  private static final String ATOM_NAMESPACE = "http://www.w3.org/2005/atom";
  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9:-]*)(?:\\s[^<>]*)?/?>");
  private static final Set<String> HTML_ELEMENTS = Set.of("a", "article", "aside", "b", "base", "br", "center",
      "div", "em", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "i", "iframe", "img", "li", "link",
      "main", "meta", "nav", "noscript", "ol", "p", "script", "section", "span", "strong", "style", "table", "td",
      "title", "tr", "ul");

  private ContentSniffer() {}

  /**
   * The kind of a document, from its first bytes (up to {@link Limits#MAX_SNIFF_BYTES} are looked at).
   *
   * @param head the first bytes of the document (more is fine; the rest is ignored)
   * @return the kind; {@link ContentKind#TEXT} for empty input
   */
  public static ContentKind sniff(byte[] head) {
    Objects.requireNonNull(head, "head");
    int length = Math.min(head.length, Limits.MAX_SNIFF_BYTES);
    if (length >= 2 && (head[0] & 0xFF) == GZIP_1 && (head[1] & 0xFF) == GZIP_2) {
      return ContentKind.GZIP;
    }
    String text = stripLeading(decodeLeniently(head, length));
    if (text.startsWith("WARC/1.0") || text.startsWith("WARC/1.1")) {
      return ContentKind.WARC;
    }
    if (text.startsWith("{") || text.startsWith("\"")) {
      return ContentKind.JSONL;
    }
    return sniffMarkup(text);
  }

  private static ContentKind sniffMarkup(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int pos = skipProlog(lower);
    if (pos < 0) {
      return ContentKind.TEXT;
    }
    if (lower.startsWith("<!doctype", pos)) {
      return ContentKind.HTML; // skipProlog stops only at an HTML doctype
    }
    String name = tagName(lower, pos);
    if (name.endsWith(":feed")) {
      name = "feed"; // a prefixed Atom root: <atom:feed xmlns:atom="…">
    }
    switch (name) {
      case "html", "head", "body" -> {
        return ContentKind.HTML;
      }
      case "rss", "rdf:rdf" -> {
        return ContentKind.FEED;
      }
      case "feed" -> {
        int end = lower.indexOf('>', pos);
        String tag = end < 0 ? lower.substring(pos) : lower.substring(pos, end);
        if (tag.contains(ATOM_NAMESPACE)) {
          return ContentKind.FEED;
        }
      }
      default -> {
        // the element rule below
      }
    }
    return looksLikeHtml(text, HTML_ELEMENTS.contains(name) ? pos : -1) ? ContentKind.HTML : ContentKind.TEXT;
  }

  /**
   * The offset of the first thing after XML declarations, processing instructions, comments, whitespace and
   * non-HTML doctypes; -1 when the head ends inside one of them.
   */
  private static int skipProlog(String lower) {
    int pos = 0;
    while (true) {
      pos = skipSpace(lower, pos);
      if (lower.startsWith("<?", pos)) {
        pos = after(lower, "?>", pos);
      } else if (lower.startsWith("<!--", pos)) {
        pos = after(lower, "-->", pos + 2);
      } else if (lower.startsWith("<!doctype", pos) && !isHtmlDoctype(lower, pos)) {
        pos = after(lower, ">", pos);
      } else {
        return pos;
      }
      if (pos < 0) {
        return -1;
      }
    }
  }

  private static boolean isHtmlDoctype(String lower, int pos) {
    int i = skipSpace(lower, pos + "<!doctype".length());
    return lower.startsWith("html", i) && (i + 4 == lower.length() || !Character.isLetterOrDigit(lower.charAt(i + 4)));
  }

  private static int after(String s, String end, int from) {
    int at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The lower-cased element name of a start tag at {@code pos}, or "" when there is none. */
  private static String tagName(String lower, int pos) {
    if (!lower.startsWith("<", pos)) {
      return "";
    }
    int end = pos + 1;
    while (end < lower.length() && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == ':'
        || lower.charAt(end) == '-')) {
      end++;
    }
    return lower.substring(pos + 1, end);
  }

  /** The element rule: an early HTML element with tags making up a real part of the head. */
  private static boolean looksLikeHtml(String text, int firstElement) {
    Matcher tags = TAG.matcher(text);
    int count = 0;
    int markup = 0;
    boolean early = firstElement >= 0;
    while (tags.find()) {
      count++;
      markup += tags.end() - tags.start();
      early |= tags.start() < EARLY_CHARS && HTML_ELEMENTS.contains(tags.group(1).toLowerCase(Locale.ROOT));
    }
    if (!early || count < MIN_TAGS) {
      return false;
    }
    if (firstElement >= 0) {
      return true;
    }
    long visible = text.chars().filter(c -> !Character.isWhitespace(c)).count();
    return (long) markup * PERCENT >= visible * MIN_MARKUP_PERCENT;
  }

  private static String decodeLeniently(byte[] head, int length) {
    Charset charset = StandardCharsets.UTF_8;
    int offset = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      offset = 2;
    } else if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      offset = 2;
    } else {
      charset = TextDecoder.utf16ByteOrder(head, Math.min(length, Limits.MAX_SNIFF_BYTES)).orElse(StandardCharsets.UTF_8);
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(head, offset, length - offset))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder threw", e);
    }
  }

  private static String stripLeading(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF'
        || Character.isSpaceChar(text.charAt(i)))) {
      i++;
    }
    return text.substring(i);
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
