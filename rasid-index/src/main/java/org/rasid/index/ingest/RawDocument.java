package org.rasid.index.ingest;

/** One document to ingest, as found in the input, before structuring. */
public sealed interface RawDocument {

  /** Where it came from, as the user knows it: a path, "path:line" for JSONL, "&lt;stdin&gt;". */
  String name();

  /** A whole file: raw bytes in any supported encoding. */
  record Bytes(String name, byte[] bytes) implements RawDocument {}

  /** Raw article text from a JSONL line ({@code {"text": …, "url": …}} or a JSON string). */
  record Text(String name, String text, String url) implements RawDocument {}

  /** A complete rasid record from a JSONL line. */
  record Record(String name, String json) implements RawDocument {}

  /** Something that could not be read at all; reported as a failure with this reason. */
  record Unreadable(String name, String reason) implements RawDocument {}
}
