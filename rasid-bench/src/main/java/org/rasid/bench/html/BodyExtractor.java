package org.rasid.bench.html;

/** One tool under evaluation: the article body of a page, as plain text. */
public interface BodyExtractor {
  /** Name in the results table. */
  String name();

  /** Version in the results table. */
  String version();

  /**
   * @param html the page
   * @param url its address, or null
   * @return the body text (lines separated by newlines); empty when nothing was found
   * @throws Exception when the tool fails on this page (counted as an empty prediction and reported)
   */
  String body(String html, String url) throws Exception;
}
