package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is left of chrome inside the chosen content (Readability's conditional cleaning): a list, table,
 * {@code div} or {@code section} goes when it is mostly links, when it is short and carries no paragraph, when it
 * holds more list items than paragraphs, or more images than text, unless it holds half of the content's text. Headings go when their names mark chrome or
 * they are links. A node inside {@code pre} or {@code code} is never touched.
 */
public final class ContentCleaner {
  private ContentCleaner() {}

  static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "table", "dl", "header", "figure");
  /** A node holding at least this share of the content's letters outside links is never removed. */
  static final double KEEP_TEXT_SHARE = 0.5;
  /** A node with at least this many commas is prose, whatever else it holds. */
  static final int PROSE_COMMAS = 10;

  public static void clean(Element root) {
    TextStats stats = TextStats.measure(root);
    TextStats.Stat all = stats.of(root);
    int rootText = all.chars() - all.linkChars();
    List<Element> gone = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || e == root) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (tag.equals("pre") || tag.equals("code")) {
          return FilterResult.SKIP_CHILDREN;
        }
        TextStats.Stat s = stats.of(e);
        boolean drop;
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          drop = ClassTokens.weight(e) < 0 || (s.chars() > 0 && s.linkDensity() > 0.33);
        } else if (tag.equals("p")) {
          drop = s.chars() > 0 && s.linkDensity() > 0.8 && s.chars() < 200;
        } else {
          boolean holdsTheText = s.chars() - s.linkChars() >= KEEP_TEXT_SHARE * rootText;
          drop = CONDITIONAL.contains(tag) && !holdsTheText && remove(e, s);
        }
        if (drop) {
          gone.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    gone.forEach(Element::remove);
  }

  private static boolean remove(Element e, TextStats.Stat s) {
    int weight = ClassTokens.weight(e);
    if (weight < 0 && s.chars() < 500) {
      return true;
    }
    if (s.commas() >= PROSE_COMMAS) {
      return false;
    }
    boolean list = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl");
    int p = e.getElementsByTag("p").size();
    int img = e.getElementsByTag("img").size();
    int li = e.getElementsByTag("li").size() - 100;
    double ld = s.linkDensity();
    if (e.nameIs("figure")) {
      return false; // figures are rendered as images, not text
    }
    if (img > 1 && (double) p / img < 0.5 && s.chars() < 200) {
      return true;
    }
    if (!list && li > p) {
      return true;
    }
    if (!list && s.chars() < 25 && (img == 0 || img > 2)) {
      return true;
    }
    if (list && ld > 0.5) {
      return true;
    }
    if (!list && weight < 25 && ld > 0.2 && s.chars() < 1000) {
      return true;
    }
    return weight >= 25 && ld > 0.5;
  }
}
