package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.rasid.core.model.Image;

/**
 * Renders content elements as text lines for the structurer: every block element (paragraph, heading, list item,
 * quote, table cell, {@code div}) starts a new line, {@code <br>} breaks a line, inline text is joined with
 * whitespace collapsed, and {@code pre} keeps its line breaks. Figures are not rendered as text: each {@code
 * figure} or {@code figcaption} becomes an {@link Image} ({@link Captions#of}: caption and credit told apart).
 */
public final class LineRenderer {
  private LineRenderer() {}

  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "hr",
      "header", "footer", "address", "figure", "figcaption", "center", "details", "summary", "caption");

  /** Lines and images of some content elements. */
  public record Rendered(List<String> lines, List<Image> images) {}

  public static Rendered render(List<Element> roots) {
    List<String> lines = new ArrayList<>();
    List<Image> images = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (Element root : roots) {
      NodeTraversor.filter(new NodeFilter() {
        @Override
        public FilterResult head(Node node, int depth) {
          if (node instanceof TextNode t) {
            boolean inPre = t.parent() instanceof Element p && p.closest("pre") != null;
            if (inPre) {
              String[] parts = t.getWholeText().split("\\R", -1);
              for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                  flush(line, lines);
                }
                line.append(parts[i]);
              }
            } else {
              ArticleHead.appendCollapsed(line, t.getWholeText());
            }
            return FilterResult.CONTINUE;
          }
          if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
          }
          if (e.nameIs("figure") || e.nameIs("figcaption")) {
            flush(line, lines);
            Captions.of(e).ifPresent(images::add);
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.nameIs("br")) {
            flush(line, lines);
          } else if (BLOCKS.contains(e.normalName())) {
            flush(line, lines);
          } else if (e.nameIs("img")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
          if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            flush(line, lines);
          }
          return FilterResult.CONTINUE;
        }
      }, root);
      flush(line, lines);
    }
    return new Rendered(lines, images);
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = line.toString().strip();
    if (!s.isEmpty()) {
      lines.add(s);
    }
    line.setLength(0);
  }

}
