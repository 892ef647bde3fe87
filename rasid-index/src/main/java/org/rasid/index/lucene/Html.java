package org.rasid.index.lucene;

/** HTML text escaping for snippets: the five markup chars become entities; block separators become spaces. */
final class Html {
  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  static void escape(String text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case ArticleDocuments.BLOCK_SEPARATOR -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
