package org.rasid.html;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Image;
import org.rasid.core.structure.ArticleIds;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;
import org.rasid.core.text.UnicodeCleaner;
import org.rasid.html.extract.ArticleHead;
import org.rasid.html.extract.Boilerplate;
import org.rasid.html.extract.ContentCleaner;
import org.rasid.html.extract.ContentFinder;
import org.rasid.html.extract.Deadline;
import org.rasid.html.extract.DomBounds;
import org.rasid.html.extract.ExtractedPage;
import org.rasid.html.extract.FieldRules;
import org.rasid.html.extract.HeadlineFinder;
import org.rasid.html.extract.LineRenderer;
import org.rasid.html.extract.MetadataReader;
import org.rasid.html.extract.PageMetadata;

/**
 * Main content and metadata of a web page into an article record.
 *
 * <p>Stages (each bounded by {@link Limits}; the time budget is checked between them):
 *
 * <ol>
 *   <li>parse with jsoup (iterative), then check depth ({@link Limits#MAX_DOM_DEPTH}) and element count
 *       ({@link Limits#MAX_DOM_ELEMENTS}) in one iterative walk;
 *   <li>read the markup's own fields ({@link MetadataReader}): JSON-LD, OpenGraph, meta, time, canonical link;
 *       find the visible headline ({@link HeadlineFinder}: the {@code h1}, or the heading the markup titles
 *       agree with);
 *   <li>on a copy of the page: remove chrome by tag, role, visibility and class/id names; choose the content root
 *       by text and link density, with its sibling content; clean what chrome is left inside it;
 *   <li>on the page itself, read the article's head around the headline and outside the content ({@link
 *       ArticleHead}): byline, date stamp, lead photo with caption and credit;
 *   <li>render the content as lines (headings, paragraphs, list items each on its own line; figures become
 *       images); an outlet's credit line opening it, a bold {@code PLACE: NAME} byline opening it and an agency's
 *       closing editor signature move to the head ({@link FieldRules}); structure the lines with {@link
 *       Structurer}, the headline first so its repeats in the body are dropped; structure the head's lines
 *       apart, for their fields only;
 *   <li>choose each field from markup, head and body ({@link FieldRules}): the url (the canonical link wins), the
 *       visible headline, published (the markup's time, to the minute), authors (the visible byline first), source
 *       (an agency credited in the text, else the site's name, an agency's short credit on its own site), images
 *       (head photos first). The structurer's line accounting of the body is kept as it is.
 * </ol>
 *
 * When the page carries a JSON-LD {@code articleBody} that is complete (not cut with an ellipsis) and clearly
 * longer than the text found in the DOM, that body is used instead.
 *
 * <p>Thread-safe; share one instance.
 */
public final class HtmlExtractor {
  /** The JSON-LD body replaces the DOM text when the DOM text is shorter than this share of it. */
  static final double JSON_LD_BODY_SHARE = 0.6;
  /** A JSON-LD body shorter than this (characters) is a teaser, never a replacement. */
  static final int JSON_LD_BODY_MIN_CHARS = 400;

  private final Structurer structurer;
  private final Duration timeLimit;

  public HtmlExtractor() {
    this(new Structurer(), Limits.MAX_DOCUMENT_TIME);
  }

  /**
   * @param structurer the text structurer the rendered content goes through
   * @param timeLimit the time budget of one page
   */
  public HtmlExtractor(Structurer structurer, Duration timeLimit) {
    this.structurer = structurer;
    this.timeLimit = timeLimit;
  }

  /**
   * The article of a page.
   *
   * @param html the page's text ({@link HtmlDecoder#decode})
   * @param url the page's address when known (the canonical link, when the page has one, wins), or null
   * @throws org.rasid.core.io.InputRejectedException when the page breaks a limit (depth, size, time)
   */
  public Article extract(String html, String url) {
    return extractPage(html, url).structured().article();
  }

  /**
   * The article of a page with what led to it: markup fields, rendered lines, line fates.
   *
   * @param html the page's text
   * @param url the page's address, or null
   * @throws InputRejectedException when the page breaks a limit (depth, elements, time)
   */
  public ExtractedPage extractPage(String html, String url) {
    String name = url == null || url.isBlank() ? "(html page)" : url;
    if (html == null || html.isBlank()) {
      throw InputRejectedException.empty(name);
    }
    Deadline deadline = new Deadline(name, timeLimit);
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    deadline.check("parsing");
    DomBounds.check(doc, name, Limits.MAX_DOM_DEPTH, Limits.MAX_DOM_ELEMENTS);
    PageMetadata meta = MetadataReader.read(doc, url);
    Element headline = HeadlineFinder.find(doc.body(), MetadataReader.titles(doc));
    deadline.check("reading metadata");

    // The body is found on a copy; the page itself stays whole for the article's head (byline, date, photo).
    Document work = doc.clone();
    Map<Element, Element> original = align(work, doc);
    Element body = work.body();
    Boilerplate.strip(body, deadline);
    deadline.check("removing boilerplate");
    List<Element> roots = ContentFinder.find(body, deadline);
    deadline.check("choosing the content");
    List<Element> originalRoots = new ArrayList<>();
    for (Element root : roots) {
      Element o = original.get(root);
      if (o != null) {
        originalRoots.add(o);
      }
    }
    ArticleHead head = ArticleHead.read(headline, originalRoots, deadline);
    for (Element root : roots) {
      ContentCleaner.clean(root);
    }
    deadline.check("cleaning the content");
    LineRenderer.Rendered rendered = LineRenderer.render(roots);

    List<String> lines = rendered.lines();
    String bodySource = "dom";
    if (useJsonLdBody(meta.body(), lines)) {
      lines = meta.body().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      bodySource = "json-ld";
    }
    // An outlet's credit line opening the body and an agency's closing signature are the head's, not the body's.
    List<String> headLines = new ArrayList<>(head.lines());
    lines = new ArrayList<>(lines);
    if (lines.size() > 1 && FieldRules.isOutletCreditLine(lines.getFirst(), meta.source())) {
      headLines.add(lines.removeFirst());
    }
    List<String> signature = lines.size() > 1 ? FieldRules.signature(lines.getLast()) : List.of();
    if (!signature.isEmpty()) {
      headLines.add(lines.removeLast());
    }
    List<String> leadAuthors = lines.size() > 1 && bodySource.equals("dom") && opensWithBoldLine(roots, lines.getFirst())
        ? FieldRules.leadByline(lines.getFirst()) : List.of();
    if (!leadAuthors.isEmpty()) {
      headLines.add(lines.removeFirst());
    }
    String title = headline != null ? HeadlineFinder.text(headline) : meta.title();
    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title).append("\n\n");
    }
    for (String line : lines) {
      text.append(line).append("\n\n");
    }
    String effectiveUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
    Structured s = structurer.structure(text.toString(), effectiveUrl);
    Structured h = structurer.structure(String.join("\n", headLines));
    deadline.check("structuring");
    List<String> headAuthors = new ArrayList<>(h.article().authors());
    headAuthors.addAll(leadAuthors);
    headAuthors.addAll(signature);
    List<String> writerElementNames = List.of(); // bare names in writer elements: weaker than markup authors
    for (int i : head.authorLines()) {
      LineFate fate = fateOf(h, i + 1);
      if (fate == null || fate.place() != LineFate.Place.BYLINE && fate.place() != LineFate.Place.DATE) {
        writerElementNames = FieldRules.namesOf(head.lines().get(i));
        if (!writerElementNames.isEmpty()) {
          break; // the first writer element that names someone: later ones are bios, archives, other stories
        }
      }
    }
    List<Image> images = new ArrayList<>(head.images());
    images.addAll(h.article().images());
    images.addAll(rendered.images());
    Article overlaid = overlay(s.article(), h.article(), headAuthors, writerElementNames, title, meta, images,
        effectiveUrl);
    return new ExtractedPage(meta, lines, images, new Structured(overlaid, s.lines()), bodySource);
  }

  /** Elements of a fresh clone mapped to the page's own, by position (a clone has the same elements in order). */
  private static Map<Element, Element> align(Document copy, Document page) {
    List<Element> a = copy.getAllElements();
    List<Element> b = page.getAllElements();
    Map<Element, Element> map = new IdentityHashMap<>(a.size() * 2);
    for (int i = 0; i < a.size() && i < b.size(); i++) {
      map.put(a.get(i), b.get(i));
    }
    return map;
  }

  /** True when the content's first paragraph is {@code line} and all of it is bold ({@code strong}, {@code b}). */
  private static boolean opensWithBoldLine(List<Element> roots, String line) {
    Element p = roots.getFirst().selectFirst("p");
    if (p == null || !UnicodeCleaner.cleanLine(p.text()).strip().equals(line)) {
      return false;
    }
    for (org.jsoup.nodes.TextNode t : p.selectXpath(".//text()", org.jsoup.nodes.TextNode.class)) {
      boolean bold = false;
      for (Element a = t.parent() instanceof Element e ? e : null; a != null && a != p; a = a.parent()) {
        bold |= a.nameIs("strong") || a.nameIs("b");
      }
      if (!t.isBlank() && !bold) {
        return false;
      }
    }
    return true;
  }

  private static LineFate fateOf(Structured s, int line) {
    for (LineFate f : s.lines()) {
      if (f.line() == line) {
        return f;
      }
    }
    return null;
  }

  static boolean useJsonLdBody(String ldBody, List<String> lines) {
    if (ldBody == null) {
      return false;
    }
    String b = ldBody.strip();
    if (b.length() < JSON_LD_BODY_MIN_CHARS || b.endsWith("...") || b.endsWith("…") || b.endsWith("[…]")) {
      return false;
    }
    long domChars = lines.stream().mapToLong(String::length).sum();
    return domChars < JSON_LD_BODY_SHARE * b.length();
  }

  private static Article overlay(Article a, Article head, List<String> headAuthors, List<String> writerNames,
      String title, PageMetadata m, List<Image> images, String url) {
    String t = title != null ? title : a.title();
    List<String> agencies = new ArrayList<>(head.agencies());
    a.blocks().stream().filter(b -> b.type() == org.rasid.core.model.BlockType.PARAGRAPH).findFirst()
        .flatMap(b -> FieldRules.openingAgency(b.text())).filter(x -> !agencies.contains(x)).ifPresent(agencies::add);
    for (String agency : a.agencies()) {
      if (!agencies.contains(agency)) {
        agencies.add(agency);
      }
    }
    String source = FieldRules.source(agencies, m.source(), head.source() != null ? head.source() : a.source());
    String published = FieldRules.published(m.published(), head.published(), a.published());
    String publishedText;
    if (published == null) {
      publishedText = head.publishedText() != null ? head.publishedText() : a.publishedText(); // a relative stamp
    } else if (published.equals(m.published())) {
      publishedText = m.publishedText();
    } else {
      publishedText = published.equals(head.published()) ? head.publishedText() : a.publishedText();
    }
    List<String> authors = FieldRules.authors(List.of(headAuthors, a.authors(), m.authors(), writerNames), source,
        m.source());
    String dateline = head.dateline() != null ? head.dateline() : a.dateline();
    List<Image> imgs = new ArrayList<>();
    for (Image i : images) {
      if (imgs.stream().noneMatch(x -> sameImage(x, i))) {
        imgs.add(i);
      }
    }
    for (Image i : a.images()) {
      if (imgs.stream().noneMatch(x -> sameImage(x, i))) {
        imgs.add(i);
      }
    }
    String id = url != null ? a.id() : ArticleIds.of(null, t, a.blocks());
    return new Article(a.schemaVersion(), id, url, source, agencies, authors, dateline, published,
        publishedText, t, imgs, a.blocks(), a.related(), a.dropped(), a.language(), a.entities());
  }

  private static boolean sameImage(Image x, Image y) {
    return x.caption() != null ? x.caption().equals(y.caption()) : y.caption() == null && java.util.Objects.equals(
        x.credit(), y.credit());
  }
}
