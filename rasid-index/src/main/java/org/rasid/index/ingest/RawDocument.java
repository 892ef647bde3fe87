package org.rasid.index.ingest;

import java.time.Instant;

/**
 * One item of the input, as found, before structuring: a document to ingest, or ({@link Skipped}) a note that an
 * archive record was left out on purpose. Every variant but {@code Skipped} counts as one document (one position of
 * the ingest checkpoint).
 */
public sealed interface RawDocument {

  /**
   * Where it came from, as the user knows it: a path, "path:line" for JSONL, "path#n" for the n-th record (1-based,
   * all record types counted) of a WARC archive, "&lt;stdin&gt;".
   */
  String name();

  /** A whole file: raw bytes of plain text in any supported encoding. */
  record Bytes(String name, byte[] bytes) implements RawDocument {}

  /**
   * A web page: an HTML file, or the HTTP payload of a WARC {@code response} record (transfer and content encodings
   * already undone).
   *
   * @param bytes the page as received (its charset still to be resolved)
   * @param url the WARC target URI, or null for a file
   * @param fetchDate the WARC-Date of the capture, or null for a file (or a record without a valid date)
   * @param contentType the HTTP {@code Content-Type} header, or null when there was none
   */
  record Page(String name, byte[] bytes, String url, Instant fetchDate, String contentType) implements RawDocument {}

  /** Raw article text from a JSONL line ({@code {"text": …, "url": …}} or a JSON string). */
  record Text(String name, String text, String url) implements RawDocument {}

  /** A complete rasid record from a JSONL line. */
  record Record(String name, String json) implements RawDocument {}

  /** Something that could not be read at all; reported as a failure with this reason. */
  record Unreadable(String name, String reason) implements RawDocument {}

  /**
   * Not a document: an archive record left out on purpose (a request, metadata, a non-HTML response, a 404…). It is
   * counted by {@code reason} in the ingest summary and takes no checkpoint position.
   *
   * @param reason a short code, one of {@link WarcDocuments.Skip#code()} or {@code http-NNN} for a status
   */
  record Skipped(String name, String reason) implements RawDocument {}
}
