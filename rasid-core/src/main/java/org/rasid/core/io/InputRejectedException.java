package org.rasid.core.io;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when an input document cannot be taken as text. The message names the document and says why, ready to show
 * to a user; {@link #reason()} lets each edge (CLI exit code, HTTP status, batch report) map the failure once.
 */
public final class InputRejectedException extends RuntimeException {
  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  /** Why a document was rejected. */
  public enum Reason {
    /** No bytes, or nothing but whitespace and byte-order marks once decoded. */
    EMPTY,
    /** Binary data: a known file signature, NUL bytes or too many control bytes. */
    BINARY,
    /** Larger than the configured byte limit. */
    TOO_LARGE,
    /** Declares an encoding, by a byte-order mark, that its bytes do not follow. */
    UNDECODABLE,
    /** Could not be read at all (missing file, I/O error). */
    UNREADABLE,
    /** Too complex to process within bounds: nested too deep or too many elements ({@link Limits}). */
    TOO_COMPLEX,
    /** Took longer than {@link Limits#MAX_DOCUMENT_TIME} to process. */
    TIMED_OUT
  }

  /** Name of the rejected document. */
  private final String document;
  /** Why it was rejected. */
  private final Reason reason;

  private InputRejectedException(String document, Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(document, "document") + ": " + detail, cause);
    this.document = document;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * An empty document: {@code "<document>: empty input"}.
   *
   * @param document name of the document, as the user knows it (a path, a URL, "stdin")
   * @return the exception, to throw
   */
  public static InputRejectedException empty(String document) {
    return new InputRejectedException(document, Reason.EMPTY, "empty input", null);
  }

  /**
   * Binary data: {@code "<document>: binary data (<evidence>), not text"}.
   *
   * @param document name of the document
   * @param evidence what gave it away, such as "PNG image" or "NUL bytes at offset 12"
   * @return the exception, to throw
   */
  public static InputRejectedException binary(String document, String evidence) {
    return new InputRejectedException(document, Reason.BINARY, "binary data (" + evidence + "), not text", null);
  }

  /**
   * A document over the limit whose size is unknown because reading stopped at the limit: {@code "<document>: input
   * is over the 5 MB limit (--max-bytes)"}.
   *
   * @param document name of the document
   * @param maxBytes the limit, in bytes
   * @return the exception, to throw
   */
  public static InputRejectedException tooLarge(String document, long maxBytes) {
    return new InputRejectedException(document, Reason.TOO_LARGE,
        "input is over the " + formatSize(maxBytes) + " limit (--max-bytes)", null);
  }

  /**
   * A document over the limit whose size is known: {@code "<document>: input is 7.3 MB, over the 5 MB limit
   * (--max-bytes)"}.
   *
   * @param document name of the document
   * @param size size of the document, in bytes
   * @param maxBytes the limit, in bytes
   * @return the exception, to throw
   */
  public static InputRejectedException tooLarge(String document, long size, long maxBytes) {
    return new InputRejectedException(document, Reason.TOO_LARGE,
        "input is " + formatSize(size) + ", over the " + formatSize(maxBytes) + " limit (--max-bytes)", null);
  }

  /**
   * A document whose byte-order mark names an encoding its bytes do not follow.
   *
   * @param document name of the document
   * @param detail what is wrong, such as "starts with a UTF-8 byte-order mark but is not UTF-8 (...)"
   * @return the exception, to throw
   */
  public static InputRejectedException undecodable(String document, String detail) {
    return new InputRejectedException(document, Reason.UNDECODABLE, detail, null);
  }

  /**
   * A document that could not be read, for a reason the caller words: {@code "<document>: <detail>"}.
   *
   * @param document name of the document
   * @param detail what is wrong ("no such file", "is a directory")
   * @return the exception, to throw
   */
  public static InputRejectedException unreadable(String document, String detail) {
    return new InputRejectedException(document, Reason.UNREADABLE, detail, null);
  }

  /**
   * A document that could not be read because of an I/O failure.
   *
   * @param document name of the document
   * @param cause the I/O failure, kept as the cause
   * @return the exception, to throw
   */
  public static InputRejectedException unreadable(String document, IOException cause) {
    return new InputRejectedException(document, Reason.UNREADABLE, "cannot be read (" + cause.getMessage() + ")",
        cause);
  }

  /**
   * A document past a structural bound: {@code "<document>: nested deeper than 256 elements (limit)"}.
   *
   * @param document name of the document
   * @param detail which bound and by how much
   * @return the exception, to throw
   */
  public static InputRejectedException tooComplex(String document, String detail) {
    return new InputRejectedException(document, Reason.TOO_COMPLEX, detail, null);
  }

  /**
   * A document whose processing ran past its time limit: {@code "<document>: took over 5 s (at <stage>)"}.
   *
   * @param document name of the document
   * @param detail the limit and the stage where it was noticed
   * @return the exception, to throw
   */
  public static InputRejectedException timedOut(String document, String detail) {
    return new InputRejectedException(document, Reason.TIMED_OUT, detail, null);
  }

  /**
   * Name of the rejected document, as given by the caller.
   *
   * @return the document name
   */
  public String document() {
    return document;
  }

  /**
   * Why the document was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /** Formats a byte count for people: "512 bytes", "1.5 KB", "5 MB", "7.3 MB" (binary units, one decimal). */
  static String formatSize(long bytes) {
    if (bytes < KIB) {
      return bytes + " bytes";
    }
    return bytes < MIB ? inUnit(bytes, KIB, "KB") : inUnit(bytes, MIB, "MB");
  }

  private static String inUnit(long bytes, long unit, String name) {
    return bytes % unit == 0
        ? bytes / unit + " " + name
        : String.format(Locale.ROOT, "%.1f %s", (double) bytes / unit, name);
  }
}
