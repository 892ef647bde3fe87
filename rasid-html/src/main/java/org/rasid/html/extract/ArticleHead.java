package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.rasid.core.model.Image;

/**
 * The article's head: what a page shows around its story but outside the body text (byline, date stamp, lead
 * photo and its caption), read from the untouched page.
 *
 * <p>The head is the lowest common ancestor of the headline and the first content element, without the headline,
 * the content elements and chrome that never describes the story (comments, related lists, sharing, ads,
 * navigation: {@link ClassTokens#isStrongBoilerplate}), hidden elements and screen-reader-only labels ({@code
 * sr-only}, {@code visually-hidden}, {@code screen-reader-text}). When that ancestor is the whole body, only what
 * lies between the headline and the content counts (a site's top bar and its date of the day are no part of
 * the story).
 *
 * <p>It is rendered as lines (each block element, each element named as a date or time, and each field of a
 * metadata row on its own line: {@link #startsALine}),
 * with two kinds of element read whole:
 *
 * <ul>
 *   <li>an element named as a writer ({@code author}, {@code byline}, {@code writer}, {@code writeby}, {@code
 *       itemprop=author}, {@code rel=author}; the innermost one): one line, remembered as an author line;
 *   <li>a photo with its caption ({@link Captions}): a {@code figure}, an element named as a caption, or a small
 *       box holding one photo and a short text; an image, not a line.
 * </ul>
 *
 * @param lines the head as text lines, in page order
 * @param authorLines indices in {@code lines} of the lines read from writer elements
 * @param images the photos with a caption or credit, in page order
 */
public record ArticleHead(List<String> lines, List<Integer> authorLines, List<Image> images) {

  public ArticleHead {
    lines = List.copyOf(lines);
    authorLines = List.copyOf(authorLines);
    images = List.copyOf(images);
  }

  private static final Set<String> DATE_TOKENS = Set.of("date", "time", "pubdate", "published", "posted",
      "timestamp", "datetime", "dates");

  static final ArticleHead EMPTY = new ArticleHead(List.of(), List.of(), List.of());

  private static final Set<String> AUTHOR_TOKENS = Set.of("author", "authors", "byline", "bylines", "writer",
      "writeby", "writtenby", "reporter");

  /**
   * Reads the head of a page.
   *
   * @param headline the headline element (in the untouched page), or null: no head then
   * @param content the content elements, in the same (untouched) page
   */
  public static ArticleHead read(Element headline, List<Element> content) {
    return read(headline, content, null);
  }

  /**
   * Reads the head of a page within a time budget.
   *
   * @param deadline checked every 1024 nodes, or null
   * @throws org.rasid.core.io.InputRejectedException when the budget runs out
   */
  public static ArticleHead read(Element headline, List<Element> content, Deadline deadline) {
    if (headline == null || content.isEmpty()) {
      return EMPTY;
    }
    Element first = content.getFirst();
    Element scope = commonAncestor(headline, first);
    if (scope == null) {
      return EMPTY;
    }
    boolean segmentOnly = scope.nameIs("body") || scope.nameIs("html");
    Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
    skip.add(headline);
    skip.addAll(content);
    List<String> lines = new ArrayList<>();
    List<Integer> authorLines = new ArrayList<>();
    List<Image> images = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean[] afterHeadline = {false};
    boolean[] reachedContent = {false};
    int[] visited = {0};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (deadline != null && (++visited[0] & 1023) == 0) {
          deadline.check("reading the article head");
        }
        if (reachedContent[0] && segmentOnly) {
          return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
          if (!segmentOnly || afterHeadline[0]) {
            appendCollapsed(line, t.getWholeText());
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (e == headline) {
          flush(line, lines);
          afterHeadline[0] = true;
          return FilterResult.SKIP_ENTIRELY;
        }
        if (skip.contains(e)) {
          flush(line, lines);
          reachedContent[0] |= e == first;
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e != scope && isNeverStory(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (segmentOnly && !afterHeadline[0]) {
          return FilterResult.CONTINUE;
        }
        if (Captions.isPhotoBox(e)) {
          flush(line, lines);
          Captions.of(e).ifPresent(images::add);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (isAuthorElement(e)) {
          flush(line, lines);
          String text = Captions.visibleText(e);
          if (!text.isEmpty()) {
            authorLines.add(lines.size());
            lines.add(text);
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e.nameIs("br") || startsALine(e)) {
          flush(line, lines);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && startsALine(e)) {
          flush(line, lines);
        }
        return FilterResult.CONTINUE;
      }
    }, scope);
    flush(line, lines);
    return new ArticleHead(lines, authorLines, images);
  }

  /** Chrome that never describes the story, hidden elements, screen-reader labels, non-text elements. */
  static boolean isNeverStory(Element e) {
    if (Boilerplate.NEVER_CONTENT.contains(e.normalName()) || Captions.isHiddenFromSight(e)) {
      return true;
    }
    return ClassTokens.isStrongBoilerplate(e) && !ClassTokens.isPositive(e)
        || "navigation".equalsIgnoreCase(e.attr("role"));
  }

  /**
   * True for an element that is a line of its own in the head: a block element, a date element, or one of
   * several elements side by side in a row with no text of its own ({@code <div><span>NAME</span> <span>DATE
   * </span></div>}: a metadata row's fields). "كتب <a>NAME</a>" stays one line: its row has text of its own.
   */
  static boolean startsALine(Element e) {
    if (LineRenderer.BLOCKS.contains(e.normalName()) || isDateElement(e)) {
      return true;
    }
    Element row = e.parent();
    return row != null && row.childrenSize() >= 2 && row.ownText().isBlank();
  }

  /** A {@code time} element, or one named as a date or time: its own line, so its stamp stands alone. */
  static boolean isDateElement(Element e) {
    if (e.nameIs("time")) {
      return true;
    }
    for (String t : ClassTokens.tokens(e)) {
      if (DATE_TOKENS.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An element named as (one of) the story's writers, with no such element inside it. */
  static boolean isAuthorElement(Element e) {
    if (!namesAuthor(e)) {
      return false;
    }
    for (Element d : e.getAllElements()) {
      if (d != e && namesAuthor(d)) {
        return false;
      }
    }
    return true;
  }

  private static boolean namesAuthor(Element e) {
    if (e.attr("itemprop").equalsIgnoreCase("author") || e.attr("rel").equalsIgnoreCase("author")) {
      return true;
    }
    for (String t : ClassTokens.tokens(e)) {
      if (AUTHOR_TOKENS.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The lowest element that contains both, or null when they are in different trees. */
  static Element commonAncestor(Element a, Element b) {
    Set<Element> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element x = a; x != null; x = x.parent()) {
      ancestors.add(x);
    }
    for (Element y = b; y != null; y = y.parent()) {
      if (ancestors.contains(y)) {
        return y;
      }
    }
    return null;
  }

  /** Appends text with every run of whitespace (no-break spaces too) as one space, none at the line's start. */
  static void appendCollapsed(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String s = org.rasid.core.text.UnicodeCleaner.cleanLine(line.toString()).strip();
    if (!s.isEmpty()) {
      lines.add(s);
    }
    line.setLength(0);
  }
}
