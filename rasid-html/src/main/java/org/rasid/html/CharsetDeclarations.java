package org.rasid.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.io.Limits;

/**
 * Finds the charsets a page declares: the HTTP {@code Content-Type} header's {@code charset} parameter, and in the
 * first {@link Limits#MAX_CHARSET_PRESCAN_BYTES} bytes an XML declaration's {@code encoding} (only at byte 0) and
 * every {@code <meta charset>} / {@code <meta http-equiv="Content-Type" content="…charset=…">}.
 *
 * <p>The page is scanned as bytes (read as ISO-8859-1, one char per byte) the way the WHATWG HTML "prescan a byte
 * stream to determine its encoding" algorithm does: comments, other tags with their quoted attributes, {@code <!…>},
 * {@code </…>} and {@code <?…>} are skipped, so a {@code charset=} inside a comment, a script string in an
 * attribute or a tag's text does not count. A UTF-16 page is scanned in its decoded text ({@link #ofText}). Pure: no
 * I/O, bounded by the prescan limit.
 */
final class CharsetDeclarations {
  /** A declared label and where it was found. */
  record Found(CharsetEvidence source, String label) {}

  private static final String XML_DECLARATION = "<?xml";
  private static final String META = "<meta";
  private static final int UTF8_BOM_LENGTH = 3;

  private CharsetDeclarations() {}

  /** The declarations of a page: the header's first, then the page's own in document order. */
  static List<Found> of(byte[] bytes, String contentType) {
    int start = hasUtf8Bom(bytes) ? UTF8_BOM_LENGTH : 0;
    int length = Math.min(bytes.length - start, Limits.MAX_CHARSET_PRESCAN_BYTES);
    return of(new String(bytes, start, length, StandardCharsets.ISO_8859_1), contentType);
  }

  /**
   * The declarations of a page already decoded (UTF-16, whose bytes are not ASCII-compatible): the header's first,
   * then those in the text's first {@link Limits#MAX_CHARSET_PRESCAN_BYTES} / 2 chars (as many bytes).
   */
  static List<Found> ofText(String text, String contentType) {
    return of(text.substring(0, Math.min(text.length(), Limits.MAX_CHARSET_PRESCAN_BYTES / 2)), contentType);
  }

  private static List<Found> of(String head, String contentType) {
    List<Found> found = new ArrayList<>();
    charsetParameter(contentType).ifPresent(label -> found.add(new Found(CharsetEvidence.HTTP_HEADER, label)));
    xmlEncoding(head).ifPresent(label -> found.add(new Found(CharsetEvidence.XML_DECLARATION, label)));
    new Prescan(head).metaCharsets().forEach(label -> found.add(new Found(CharsetEvidence.META, label)));
    return found;
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= UTF8_BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The charset named in a {@code Content-Type} value or a meta {@code content} attribute, by the WHATWG "extract a
   * character encoding from a meta element" rules: the first {@code charset} followed (after whitespace) by {@code =},
   * then a quoted value or one that runs to whitespace or {@code ;}.
   */
  static Optional<String> charsetParameter(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String lower = value.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = lower.indexOf("charset", from);
      if (at < 0) {
        return Optional.empty();
      }
      int i = skipSpace(value, at + "charset".length());
      if (i >= value.length() || value.charAt(i) != '=') {
        from = at + 1;
        continue;
      }
      i = skipSpace(value, i + 1);
      if (i >= value.length()) {
        return Optional.empty();
      }
      char quote = value.charAt(i);
      if (quote == '"' || quote == '\'') {
        int end = value.indexOf(quote, i + 1);
        return end < 0 ? Optional.empty() : nonBlank(value.substring(i + 1, end));
      }
      int end = i;
      while (end < value.length() && !isSpace(value.charAt(end)) && value.charAt(end) != ';') {
        end++;
      }
      return nonBlank(value.substring(i, end));
    }
  }

  /** The encoding pseudo-attribute of an XML declaration at the very start of the page. */
  private static Optional<String> xmlEncoding(String head) {
    if (!head.startsWith(XML_DECLARATION)) {
      return Optional.empty();
    }
    int end = head.indexOf("?>");
    if (end < 0) {
      return Optional.empty();
    }
    String declaration = head.substring(0, end);
    int at = declaration.indexOf("encoding");
    if (at < 0) {
      return Optional.empty();
    }
    int i = skipSpace(declaration, at + "encoding".length());
    if (i >= declaration.length() || declaration.charAt(i) != '=') {
      return Optional.empty();
    }
    i = skipSpace(declaration, i + 1);
    if (i >= declaration.length() || (declaration.charAt(i) != '"' && declaration.charAt(i) != '\'')) {
      return Optional.empty();
    }
    int close = declaration.indexOf(declaration.charAt(i), i + 1);
    return close < 0 ? Optional.empty() : nonBlank(declaration.substring(i + 1, close));
  }

  private static Optional<String> nonBlank(String label) {
    String stripped = label.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** HTML whitespace: tab, line feed, form feed, carriage return, space. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The WHATWG prescan over a head already cut to the limit. */
  private static final class Prescan {
    private final String s;
    private int pos;

    Prescan(String s) {
      this.s = s;
    }

    List<String> metaCharsets() {
      List<String> labels = new ArrayList<>();
      while (pos < s.length()) {
        if (s.startsWith("<!--", pos)) {
          int end = s.indexOf("-->", pos + 2);
          if (end < 0) {
            break;
          }
          pos = end + 3;
        } else if (s.regionMatches(true, pos, META, 0, META.length()) && pos + META.length() < s.length()
            && (isSpace(s.charAt(pos + META.length())) || s.charAt(pos + META.length()) == '/')) {
          pos += META.length();
          meta().ifPresent(labels::add);
        } else if (s.charAt(pos) == '<' && pos + 1 < s.length() && (isAsciiLetter(s.charAt(pos + 1))
            || (s.charAt(pos + 1) == '/' && pos + 2 < s.length() && isAsciiLetter(s.charAt(pos + 2))))) {
          skipTag();
        } else if (s.startsWith("<!", pos) || s.startsWith("</", pos) || s.startsWith("<?", pos)) {
          int end = s.indexOf('>', pos);
          if (end < 0) {
            break;
          }
          pos = end + 1;
        } else {
          pos++;
        }
      }
      return labels;
    }

    /** After {@code <meta}: its attributes, and the charset they declare. */
    private Optional<String> meta() {
      Map<String, String> attributes = new HashMap<>();
      for (String[] attribute = attribute(); attribute != null; attribute = attribute()) {
        attributes.putIfAbsent(attribute[0], attribute[1]);
      }
      String charset = attributes.get("charset");
      if (charset != null) {
        return nonBlank(charset);
      }
      String httpEquiv = attributes.get("http-equiv");
      String content = attributes.get("content");
      if (httpEquiv != null && httpEquiv.strip().equalsIgnoreCase("content-type") && content != null) {
        return charsetParameter(content);
      }
      return Optional.empty();
    }

    /** A tag other than meta: its name, then its attributes (whose quoted values may hold '>'). */
    private void skipTag() {
      while (pos < s.length() && !isSpace(s.charAt(pos)) && s.charAt(pos) != '>') {
        pos++;
      }
      while (attribute() != null) {
        // skipped
      }
    }

    /**
     * The next attribute as {name, value}, or null at the end of the tag (the position then just past its '>').
     * Names are lower-cased.
     */
    private String[] attribute() {
      while (pos < s.length() && (isSpace(s.charAt(pos)) || s.charAt(pos) == '/')) {
        pos++;
      }
      if (pos >= s.length() || s.charAt(pos) == '>') {
        pos++;
        return null;
      }
      int nameStart = pos;
      pos++; // the first char may be '='
      while (pos < s.length() && s.charAt(pos) != '=' && !isSpace(s.charAt(pos)) && s.charAt(pos) != '/'
          && s.charAt(pos) != '>') {
        pos++;
      }
      String name = s.substring(nameStart, pos).toLowerCase(Locale.ROOT);
      while (pos < s.length() && isSpace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length() || s.charAt(pos) != '=') {
        return new String[] {name, ""};
      }
      pos++;
      while (pos < s.length() && isSpace(s.charAt(pos))) {
        pos++;
      }
      if (pos >= s.length()) {
        return new String[] {name, ""};
      }
      char quote = s.charAt(pos);
      if (quote == '"' || quote == '\'') {
        int end = s.indexOf(quote, pos + 1);
        int valueEnd = end < 0 ? s.length() : end;
        String value = s.substring(pos + 1, valueEnd);
        pos = end < 0 ? s.length() : end + 1;
        return new String[] {name, value};
      }
      int valueStart = pos;
      while (pos < s.length() && !isSpace(s.charAt(pos)) && s.charAt(pos) != '>') {
        pos++;
      }
      return new String[] {name, s.substring(valueStart, pos)};
    }
  }
}
