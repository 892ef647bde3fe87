package org.rasid.html;

/** What a document is, as {@link ContentSniffer} tells from its first bytes. */
public enum ContentKind {
  /** An HTML page. */
  HTML,
  /** An RSS or Atom feed (XML). */
  FEED,
  /** A WARC archive, uncompressed. */
  WARC,
  /** A gzip stream: a {@code .warc.gz} archive or a compressed page; look inside to tell. */
  GZIP,
  /** JSON lines: records or raw texts, one a line. */
  JSONL,
  /** Plain text (a scrape). */
  TEXT
}
