package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes page chrome before the content root is chosen, by tag, by ARIA role, by visibility and by class/id tokens
 * ({@link ClassTokens#isBoilerplate}).
 *
 * <ul>
 *   <li>Always removed (never content): scripts, styles, templates, {@code noscript}, form controls (not
 *       {@code form} itself: ASP.NET pages wrap the whole page in one), iframes, embedded objects, SVG and canvas,
 *       comments.
 *   <li>Removed as chrome: {@code nav}, {@code aside}, {@code menu}, {@code dialog}, page-level {@code header}
 *       and {@code footer}, elements with a chrome role ({@code navigation}, {@code banner}, {@code contentinfo},
 *       {@code complementary}, …), hidden elements ({@code hidden}, {@code aria-hidden=true}, {@code display:none}),
 *       and elements whose class or id names chrome.
 *   <li>Kept anyway: an element holding {@link #KEEP_PAGE_SHARE} of all the page's letters with a link density
 *       under {@link #KEEP_MAX_LINK_DENSITY} (a page wrapper). Unless named as chrome that never wraps a story
 *       ({@link ClassTokens#STRONG}: comments, ads, related lists, consent boxes), also kept: the content root
 *       as {@link ContentFinder} chooses it on the page before this step, with its ancestors, and an element
 *       holding {@link #KEEP_SHARE} of the page's paragraph letters with few links. A story inside {@code
 *       div.sliderBox}, {@code div.has-sidebar} or a {@code <header>} is not chrome.
 * </ul>
 */
public final class Boilerplate {
  private Boilerplate() {}

  static final Set<String> NEVER_CONTENT = Set.of("script", "style", "template", "noscript", "input",
      "button", "select", "textarea", "option", "label", "iframe", "object", "embed", "svg", "canvas", "link",
      "meta", "audio", "video", "source", "track", "map", "dialog", "fieldset");
  static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "menu", "header", "footer");
  /** Share of the page's letters above which a chrome-named element is kept (a wrapper, not chrome). */
  static final double KEEP_SHARE = 0.3;
  /** Share of all the page's letters above which a chrome-named element is kept (a page wrapper). */
  static final double KEEP_PAGE_SHARE = 0.5;
  /** ...provided its link density is under this. */
  static final double KEEP_MAX_LINK_DENSITY = 0.5;

  public static void strip(Element body, Deadline deadline) {
    List<Node> gone = new ArrayList<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Comment) {
          gone.add(node);
        } else if (node instanceof Element e && node != body && NEVER_CONTENT.contains(e.normalName())) {
          gone.add(e);
        }
      }
    }, body);
    gone.forEach(Node::remove);

    // The content as chosen on the page with chrome still in: its ancestors are never removed by name.
    Set<Element> protectedNodes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element e : ContentFinder.find(body, deadline)) {
      for (Element a = e; a != null && a != body; a = a.parent()) {
        protectedNodes.add(a);
      }
    }
    TextStats stats = TextStats.measure(body);
    int totalParagraph = stats.of(body).paragraphChars();
    int total = stats.of(body).chars();
    List<Element> chrome = new ArrayList<>();
    NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (!(node instanceof Element e) || node == body) {
          return FilterResult.CONTINUE;
        }
        if (isHidden(e)) {
          chrome.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (!isChrome(e)) {
          return FilterResult.CONTINUE;
        }
        TextStats.Stat s = stats.of(e);
        boolean pageWrapper = s.linkDensity() < KEEP_MAX_LINK_DENSITY && s.chars() >= KEEP_PAGE_SHARE * total;
        boolean strong = ClassTokens.isStrongBoilerplate(e) && !ClassTokens.isPositive(e);
        boolean storyWrapper = protectedNodes.contains(e) || (s.linkDensity() < KEEP_MAX_LINK_DENSITY
            && totalParagraph > 0 && s.paragraphChars() >= KEEP_SHARE * totalParagraph);
        if (!pageWrapper && (strong || !storyWrapper)) {
          chrome.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    chrome.forEach(Node::remove);
  }

  static boolean isChrome(Element e) {
    if (CHROME_TAGS.contains(e.normalName())) {
      return true;
    }
    if (e.nameIs("body") || e.nameIs("html") || e.nameIs("article") || e.nameIs("main")) {
      return false;
    }
    return ClassTokens.isBoilerplate(e) && !ClassTokens.isPositive(e);
  }

  static boolean isHidden(Element e) {
    return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") || hasHidingStyle(e);
  }

  /** An inline style of {@code display: none} or {@code visibility: hidden}. */
  static boolean hasHidingStyle(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
