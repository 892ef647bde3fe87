package org.rasid.core.text;

/**
 * Escaping for HTML text nodes and quoted attribute values: {@code & < > " '} become entities, and the Unicode line
 * and paragraph separators (U+2028, U+2029) become spaces. The one escaping routine every rasid page and snippet
 * uses.
 */
public final class HtmlEscaper {
  private HtmlEscaper() {}

  /** The escaped text. */
  public static String escape(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  /** Appends {@code text[start, end)} escaped to {@code out}. */
  public static void escape(CharSequence text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\u2028', '\u2029' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
