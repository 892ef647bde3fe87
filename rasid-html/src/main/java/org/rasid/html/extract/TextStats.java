package org.rasid.html.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, no repeated {@code
 * text()} calls): letters and digits, letters and digits inside links, commas (Latin and Arabic), and letters
 * and digits of paragraphs ({@code p}, {@code pre}, {@code blockquote}) outside links.
 */
final class TextStats {
  /** Measures of one element's subtree. */
  record Stat(int chars, int linkChars, int commas, int paragraphChars) {
    double linkDensity() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  private static final Stat EMPTY = new Stat(0, 0, 0, 0);
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats measure(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          s.stats.put(e, new int[4]);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = t.parent() instanceof Element p ? p : null;
          if (parent != null) {
            int[] a = s.stats.get(parent);
            if (a != null) {
              String text = t.getWholeText();
              for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                  a[0]++;
                } else if (c == ',' || c == '،') {
                  a[2]++;
                }
              }
            }
          }
        } else if (node instanceof Element e) {
          int[] a = s.stats.get(e);
          if (e.nameIs("a")) {
            a[1] = a[0];
          }
          if (e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote")) {
            a[3] = Math.max(0, a[0] - a[1]);
          }
          Element parent = e.parent();
          int[] p = parent == null ? null : s.stats.get(parent);
          if (p != null) {
            p[0] += a[0];
            p[1] += a[1];
            p[2] += a[2];
            p[3] += a[3];
          }
        }
      }
    }, root);
    return s;
  }

  Stat of(Element e) {
    int[] a = stats.get(e);
    return a == null ? EMPTY : new Stat(a[0], Math.min(a[1], a[0]), a[2], a[3]);
  }
}
