package org.rasid.index.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import org.rasid.core.model.Article;
import org.rasid.html.HtmlDecoder;
import org.rasid.html.HtmlExtractor;

/**
 * A web page ({@link RawDocument.Page}) into an article record: the seam between ingest and HTML extraction, so
 * ingest can be tested with a fake. Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface PageExtractor {

  /**
   * The article of a page, as the page itself gives it.
   *
   * @throws org.rasid.core.io.InputRejectedException when the page is unusable (empty, binary, over a limit)
   */
  Article extract(RawDocument.Page page);

  /**
   * {@link #extract}, then the capture date as {@code published} when the page gave no date: the UTC date
   * ({@code yyyy-MM-dd}) of the WARC-Date, the day the page was fetched, which is a bound on its publication.
   */
  default Article read(RawDocument.Page page) {
    return withFetchDate(extract(page), page.fetchDate());
  }

  /** The default: {@link HtmlDecoder} (bytes and Content-Type to text), then {@link HtmlExtractor}. */
  static PageExtractor html() {
    return page -> new HtmlExtractor().extract(
        HtmlDecoder.decode(page.bytes(), page.contentType(), page.name()).text(), page.url());
  }

  /** The article with {@code published} set to the fetch date's UTC day, when it has none and a date is known. */
  static Article withFetchDate(Article a, Instant fetchDate) {
    if (a.published() != null || fetchDate == null) {
      return a;
    }
    String day = fetchDate.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    return new Article(a.schemaVersion(), a.id(), a.url(), a.source(), a.agencies(), a.authors(), a.dateline(), day,
        a.publishedText(), a.title(), a.images(), a.blocks(), a.related(), a.dropped(), a.language(), a.entities());
  }
}
