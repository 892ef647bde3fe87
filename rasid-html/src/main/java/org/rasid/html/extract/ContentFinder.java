package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Chooses the content root of a page whose chrome is already removed, Readability-style.
 *
 * <ol>
 *   <li>Every text block ({@code p}, {@code pre}, {@code td}, {@code blockquote}, and a {@code div}/{@code section}
 *       with no block children) of at least {@link #MIN_BLOCK_CHARS} letters scores {@code 1 + commas +
 *       min(letters / 100, 3)}; the score goes to its parent in full, its grandparent by half, and up to
 *       {@link #ANCESTOR_LEVELS} levels by {@code 1 / (3 × level)}.
 *   <li>Text written straight into a container beside its block children counts as paragraphs of that
 *       container, run by run between the block children and line breaks.
 *   <li>An ancestor's text score is added to a tag weight (div +5, pre/td/blockquote +3, lists and forms −3,
 *       headings −5) and its {@link ClassTokens#weight class weight} (a positive one capped at twice the text
 *       score); the sum is multiplied by {@code 1 − link density}.
 *   <li>The best node is replaced by its parent while it is an only child, or when the parent scores higher.
 *   <li>Siblings of the best node join it when they score at least {@code max(10, 0.2 × best)}, or when they are
 *       paragraphs of more than 80 letters with few links (or shorter ones ending a sentence with no links).
 * </ol>
 *
 * Reads text measures only ({@link TextStats}); never modifies the tree.
 */
public final class ContentFinder {
  private ContentFinder() {}

  static final int MIN_BLOCK_CHARS = 25;
  static final int ANCESTOR_LEVELS = 5;
  /** Containers whose loose text (outside block children) is scored as paragraphs of their own. */
  static final Set<String> RUN_HOSTS = Set.of("div", "section", "article", "main", "td", "font", "center");
  static final Set<String> BLOCK_TAGS = Set.of("p", "pre", "td", "blockquote");
  static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol", "dl",
      "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header", "footer", "main", "aside",
      "nav", "form", "hr", "li", "tr", "td");

  /** The chosen content elements, in document order; the body alone when nothing scores. */
  public static List<Element> find(Element body, Deadline deadline) {
    TextStats stats = TextStats.measure(body);
    Map<Element, Double> scores = new IdentityHashMap<>();
    int n = 0;
    for (Element e : body.getAllElements()) {
      if ((++n & 1023) == 0) {
        deadline.check("scoring");
      }
      if (isTextBlock(e)) {
        TextStats.Stat s = stats.of(e);
        if (s.chars() >= MIN_BLOCK_CHARS) {
          credit(scores, e.parent(), body, s.chars(), s.commas());
        }
      } else if (RUN_HOSTS.contains(e.normalName())) {
        scoreLooseRuns(e, stats, scores, body);
      }
    }
    if (scores.isEmpty()) {
      return List.of(body);
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // In document order, so that a tie goes to the first node on every run (identity hashes differ by run).
    for (Element e : body.getAllElements()) {
      Double raw = scores.get(e);
      if (raw == null) {
        continue;
      }
      double s = withWeights(e, raw) * (1 - stats.of(e).linkDensity());
      scores.put(e, s);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    // Climb while the parent is at least as good, or while best is an only child.
    double last = bestScore;
    Element p = best.parent();
    while (p != null && p != body && p != body.parent()) {
      Double ps = scores.get(p);
      if (ps == null) {
        p = p.parent();
        continue;
      }
      if (ps < last / 3) {
        break;
      }
      if (ps > last) {
        best = p;
        bestScore = ps;
        break;
      }
      last = ps;
      p = p.parent();
    }
    while (best != body && best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
      best = best.parent();
    }
    if (best == body || best.parent() == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sib : best.parent().children()) {
      if (sib == best) {
        chosen.add(sib);
        continue;
      }
      double bonus = !best.className().isEmpty() && best.className().equals(sib.className()) ? bestScore * 0.2 : 0;
      Double ss = scores.get(sib);
      if (ss != null && ss + bonus >= threshold) {
        chosen.add(sib);
      } else if (sib.nameIs("p")) {
        TextStats.Stat s = stats.of(sib);
        String text = s.chars() < 80 ? sib.text() : "";
        if ((s.chars() >= 80 && s.linkDensity() < 0.25)
            || (s.chars() > 0 && s.chars() < 80 && s.linkChars() == 0 && text.matches("(?s).*[.!?؟]\\s*$"))) {
          chosen.add(sib);
        }
      }
    }
    return chosen;
  }

  /**
   * Text written straight into a container that also has block children or line breaks ({@code
   * <div>text<br>text<div>…}): each run of text and inline elements between them is scored as a paragraph of
   * this container.
   */
  private static void scoreLooseRuns(Element e, TextStats stats, Map<Element, Double> scores, Element body) {
    int chars = 0;
    int commas = 0;
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t) {
        String text = t.getWholeText();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (Character.isLetterOrDigit(c)) {
            chars++;
          } else if (c == ',' || c == '،') {
            commas++;
          }
        }
      } else if (n instanceof Element c) {
        if (BLOCK_CHILDREN.contains(c.normalName()) || c.nameIs("br")) {
          if (chars >= MIN_BLOCK_CHARS) {
            credit(scores, e, body, chars, commas);
          }
          chars = 0;
          commas = 0;
        } else if (!c.nameIs("a")) {
          TextStats.Stat s = stats.of(c);
          chars += s.chars() - s.linkChars();
          commas += s.commas();
        }
      }
    }
    if (chars >= MIN_BLOCK_CHARS) {
      credit(scores, e, body, chars, commas);
    }
  }

  /** Adds one paragraph's score to {@code first} and its ancestors. */
  private static void credit(Map<Element, Double> scores, Element first, Element body, int chars, int commas) {
    double score = 1 + commas + Math.min(chars / 100, 3);
    Element a = first;
    for (int level = 0; a != null && level < ANCESTOR_LEVELS && a != body.parent(); level++, a = a.parent()) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(a, score / divider, Double::sum);
    }
  }

  /**
   * The tag weight plus the class weight, a positive class weight being capped at twice the text score: a
   * {@code div.content-title} with one line is not a content root for its name alone.
   */
  private static double withWeights(Element e, double textScore) {
    int w = ClassTokens.weight(e);
    return initialScore(e) + (w > 0 ? Math.min(w, 2 * textScore) : w) + textScore;
  }

  static boolean isTextBlock(Element e) {
    String tag = e.normalName();
    if (BLOCK_TAGS.contains(tag)) {
      return true;
    }
    if (!tag.equals("div") && !tag.equals("section")) {
      return false;
    }
    for (Element c : e.children()) {
      if (BLOCK_CHILDREN.contains(c.normalName()) || c.nameIs("br")) {
        return false; // its runs are scored one by one (scoreLooseRuns)
      }
    }
    return e.textNodes().stream().anyMatch(t -> !t.isBlank());
  }

  private static double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s;
  }
}
