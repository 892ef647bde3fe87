package org.rasid.index.ingest;

import java.io.IOException;

/**
 * A compressed stream or archive that ends early (truncated) or holds data that cannot be what it claims (corrupt).
 * The message says where, in bytes of the file as stored; readers report it once for the whole input.
 */
final class ArchiveDamageException extends IOException {
  /** True when the input simply ended too soon; false when its bytes are wrong. */
  private final boolean truncated;
  /** Offset in the stored file where the damage was found (for a truncation: how many bytes there were). */
  private final long offset;

  /** What was found there. */
  private final String detail;

  private ArchiveDamageException(boolean truncated, long offset, String detail) {
    super((truncated ? "truncated" : "corrupt") + " at byte " + offset + " (" + detail + ")");
    this.truncated = truncated;
    this.offset = offset;
    this.detail = detail;
  }

  static ArchiveDamageException truncated(long offset, String detail) {
    return new ArchiveDamageException(true, offset, detail);
  }

  static ArchiveDamageException corrupt(long offset, String detail) {
    return new ArchiveDamageException(false, offset, detail);
  }

  String detail() {
    return detail;
  }

  boolean truncated() {
    return truncated;
  }

  long offset() {
    return offset;
  }
}
