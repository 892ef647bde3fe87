package org.rasid.html;

import org.rasid.core.model.Article;

/** Main content and metadata of a page into an article record. STUB: replaced by the extraction work of issue 4. */
public final class HtmlExtractor {

  /**
   * The article of a page.
   *
   * @param html the page's text ({@link HtmlDecoder#decode})
   * @param url the page's address when known (the canonical link, when the page has one, wins), or null
   * @throws org.rasid.core.io.InputRejectedException when the page breaks a limit (depth, size, time)
   */
  public Article extract(String html, String url) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
