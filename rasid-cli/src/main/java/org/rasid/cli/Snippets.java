package org.rasid.cli;

/** Renders the index's HTML snippets ({@code <mark>} + escaped text) for a terminal. */
final class Snippets {
  private Snippets() {}

  static String toTerminal(String html) {
    if (html == null) {
      return "";
    }
    boolean color = Terminal.isInteractive();
    return html.replace("<mark>", color ? "\u001b[1;33m" : "[").replace("</mark>", color ? "\u001b[0m" : "]")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
