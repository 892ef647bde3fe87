package org.rasid.html;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Image;
import org.rasid.core.structure.ArticleIds;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;
import org.rasid.html.extract.Boilerplate;
import org.rasid.html.extract.ContentCleaner;
import org.rasid.html.extract.ContentFinder;
import org.rasid.html.extract.Deadline;
import org.rasid.html.extract.DomBounds;
import org.rasid.html.extract.ExtractedPage;
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
 *   <li>remove chrome by tag, role, visibility and class/id names; choose the content root by text and link
 *       density, with its sibling content; clean what chrome is left inside it;
 *   <li>render the content as lines (headings, paragraphs, list items each on its own line; figures become
 *       images) and structure them with {@link Structurer}, the markup's title first so it is recognized as
 *       such and its repeats in the body are dropped;
 *   <li>lay the markup fields over the structurer's record: url (the canonical link wins), title, published,
 *       authors, source, images. The structurer's line accounting is kept as it is.
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
    deadline.check("reading metadata");

    Element body = doc.body();
    Boilerplate.strip(body, deadline);
    deadline.check("removing boilerplate");
    List<Element> roots = ContentFinder.find(body, deadline);
    deadline.check("choosing the content");
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
    StringBuilder text = new StringBuilder();
    if (meta.title() != null) {
      text.append(meta.title()).append("\n\n");
    }
    for (String line : lines) {
      text.append(line).append("\n\n");
    }
    String effectiveUrl = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
    Structured s = structurer.structure(text.toString(), effectiveUrl);
    deadline.check("structuring");
    Article overlaid = overlay(s.article(), meta, rendered.images(), effectiveUrl);
    return new ExtractedPage(meta, lines, rendered.images(), new Structured(overlaid, s.lines()), bodySource);
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

  private static Article overlay(Article a, PageMetadata m, List<Image> images, String url) {
    String title = m.title() != null ? m.title() : a.title();
    List<String> authors = m.authors().isEmpty() ? a.authors() : m.authors();
    String published = m.published() != null ? m.published() : a.published();
    String publishedText = m.published() != null ? m.publishedText() : a.publishedText();
    String source = m.source() != null ? m.source() : a.source();
    List<Image> imgs = new ArrayList<>(a.images());
    for (Image i : images) {
      if (!imgs.contains(i)) {
        imgs.add(i);
      }
    }
    String id = url != null ? a.id() : ArticleIds.of(null, title, a.blocks());
    return new Article(a.schemaVersion(), id, url, source, a.agencies(), authors, a.dateline(), published,
        publishedText, title, imgs, a.blocks(), a.related(), a.dropped(), a.language(), a.entities());
  }
}
