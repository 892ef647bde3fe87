package org.rasid.fetch;

import org.rasid.core.model.Article;
import org.rasid.html.HtmlDecoder;
import org.rasid.html.HtmlExtractor;

/**
 * A fetched item page into an article record. Pluggable so the watcher can be tested (and run) with any
 * extractor.
 *
 * <p>Contract: returns a record, or throws ({@link org.rasid.core.io.InputRejectedException} for a page that breaks
 * a limit or is not text, any other runtime exception for a page that cannot be extracted); the watcher then
 * falls back to the text the feed carries, if any.
 */
@FunctionalInterface
public interface PageReader {

  /** The article of a page fetched from {@link FetchResult#url()}. */
  org.rasid.core.model.Article read(FetchResult page);

  /** rasid-html: {@link HtmlDecoder#decode} (charset from header, BOM and meta), then {@link HtmlExtractor#extract}. */
  static PageReader html() {
    HtmlExtractor extractor = new HtmlExtractor();
    return page -> {
      String url = page.url().toString();
      Article article = extractor.extract(HtmlDecoder.decode(page.body(), page.contentType(), url).text(), url);
      return article;
    };
  }
}
