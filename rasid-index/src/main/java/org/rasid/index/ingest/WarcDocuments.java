package org.rasid.index.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.io.TextDecoder;
import org.rasid.html.ContentKind;

/**
 * The pages of a WARC archive ({@code .warc}, or {@code .warc.gz} recognised by the gzip magic bytes, one member per
 * record as Common Crawl writes them, or one member for all), in archive order, as {@link RawDocument}s.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>A {@code response} record whose HTTP status is 200 and whose payload is HTML ({@code Content-Type} text/html
 *       or application/xhtml+xml, or no type and a payload the sniffer calls {@link ContentKind#HTML}) yields a
 *       {@link RawDocument.Page} named {@code archive#n} (n: the record's 1-based number among all records), with
 *       the WARC target URI, the WARC-Date and the HTTP {@code Content-Type}; its payload with the transfer
 *       (chunked) and content (gzip, deflate…) encodings undone, bounded by {@code maxPayloadBytes}.
 *   <li>Every other record yields a {@link RawDocument.Skipped} with a reason ({@link Skip}, or {@code http-NNN} for
 *       a status other than 200).
 *   <li>A record that cannot be used (payload over the limit, malformed HTTP, a record over {@link
 *       Limits#MAX_DECOMPRESSED_BYTES}) yields a {@link RawDocument.Unreadable} for that record; the archive goes on.
 *   <li>Damage (the archive ends inside a record, a gzip member or a trailer; bad gzip data; an unparsable WARC
 *       header; a record longer than {@link Limits#MAX_WARC_RECORD_SKIP_BYTES}) ends the archive with one {@link
 *       RawDocument.Unreadable} named after the archive: "truncated at byte N after K records". A record is yielded
 *       only once it is known complete (its block, its trailer and its gzip member), so every complete record before
 *       the damage is yielded and no part of a damaged one is.
 *   <li>Deterministic: the same bytes always give the same sequence. Never throws from {@code hasNext}/{@code next};
 *       memory is one payload plus buffers. The iterator owns the stream and closes it at the end or on {@link
 *       #close()}.
 * </ul>
 */
public final class WarcDocuments implements Iterator<RawDocument>, Closeable {

  /** Why a record was skipped; {@link #code()} is the key in the ingest summary. */
  public enum Skip {
    /** A warcinfo record: the archive's own metadata. */
    WARCINFO("warcinfo"),
    /** A request record: what the crawler sent. */
    REQUEST("request"),
    /** A metadata record: the crawler's notes on a capture. */
    METADATA("metadata"),
    /** A revisit record: a capture identical to an earlier one, without payload. */
    REVISIT("revisit"),
    /** Any other record type (resource, conversion, continuation…). */
    OTHER_TYPE("other-record-type"),
    /** A response that is not an HTTP response (DNS, a non-HTTP protocol). */
    NOT_HTTP("not-http"),
    /** An HTTP 200 response whose payload is not HTML (an image, a script, a feed…). */
    NOT_HTML("not-html");

    private final String code;

    Skip(String code) {
      this.code = code;
    }

    /** The short code counted in summaries. */
    public String code() {
      return code;
    }
  }

  private static final int HTTP_OK = 200;
  private static final int SNIFF_BYTES = 4096;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final String name;
  private final long maxPayloadBytes;
  private final long maxRecordBytes;
  private final long maxSkipBytes;
  private final Function<byte[], ContentKind> sniffer;
  private final ArrayDeque<RawDocument> ready = new ArrayDeque<>();

  /** The WARC bytes as handed to the parser (decompressed for a .warc.gz). */
  private Watched watched;
  private GzipMembers gzip;
  private WarcReader reader;
  /** The current record's document (or skip), held until the record is known complete. */
  private RawDocument pending;
  private boolean hasCurrent;
  /** Records read completely. */
  private long complete;
  /** Records started (the current record's number). */
  private long ordinal;
  private boolean done;
  /** jwarc found no valid end marker (CRLF CRLF) after the last record's block. */
  private boolean badTrailer;

  /**
   * Reads an archive with the default limits.
   *
   * @param name the archive's name, for documents and errors
   * @param in the archive, plain or gzip; owned (closed) by this iterator
   * @param maxPayloadBytes largest decoded HTTP payload taken (normally {@link Limits#MAX_DOCUMENT_BYTES})
   * @param sniffer tells an HTML payload without Content-Type from others
   */
  public WarcDocuments(String name, InputStream in, long maxPayloadBytes, Function<byte[], ContentKind> sniffer) {
    this(name, in, maxPayloadBytes, Limits.MAX_DECOMPRESSED_BYTES, Limits.MAX_WARC_RECORD_SKIP_BYTES, sniffer);
  }

  WarcDocuments(String name, InputStream in, long maxPayloadBytes, long maxRecordBytes, long maxSkipBytes,
      Function<byte[], ContentKind> sniffer) {
    this.name = Objects.requireNonNull(name, "name");
    this.maxPayloadBytes = maxPayloadBytes;
    this.maxRecordBytes = maxRecordBytes;
    this.maxSkipBytes = maxSkipBytes;
    this.sniffer = Objects.requireNonNull(sniffer, "sniffer");
    open(Objects.requireNonNull(in, "in"));
  }

  private void open(InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in);
    try {
      buffered.mark(2);
      int b1 = buffered.read();
      int b2 = buffered.read();
      buffered.reset();
      InputStream warc;
      if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
        gzip = new GzipMembers(buffered);
        warc = gzip;
      } else {
        warc = buffered;
      }
      watched = new Watched(warc);
      reader = new WarcReader(watched);
      reader.onWarning(warning -> badTrailer |= warning.contains("trailer"));
      if (reader.compression() != org.netpreserve.jwarc.WarcCompression.NONE) {
        fail(ArchiveDamageException.corrupt(0, "compressed twice"));
      }
    } catch (IOException | RuntimeException e) {
      closeQuietly(buffered);
      fail(e);
    }
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !done) {
      step();
    }
    return !ready.isEmpty();
  }

  @Override
  public RawDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.removeFirst();
  }

  /** Reads one record; the previous one is complete once the reader has moved past it. */
  private void step() {
    Optional<WarcRecord> next;
    long before = reader.position();
    badTrailer = false;
    try {
      next = reader.next();
    } catch (IOException | RuntimeException e) {
      // jwarc moves its position past the previous record once it has read its block and its end marker: if so,
      // the damage is in the next record. (A missing or cut end marker is only a warning to jwarc.)
      if (hasCurrent && reader.position() != before && !badTrailer) {
        confirm();
      }
      fail(e);
      return;
    }
    if (next.isEmpty()) {
      if (hasCurrent && badTrailer) {
        fail(new IOException("the last record's end marker is missing or cut"));
        return;
      }
      confirm();
      finish();
      return;
    }
    confirm();
    ordinal++;
    hasCurrent = true;
    try {
      pending = classify(next.get());
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private void confirm() {
    if (hasCurrent) {
      complete++;
      if (pending != null) {
        ready.addLast(pending);
      }
      pending = null;
      hasCurrent = false;
    }
  }

  private RawDocument classify(WarcRecord record) throws IOException {
    long length = record.body().size();
    if (length > maxSkipBytes) {
      throw new RecordTooLongException("record " + ordinal + " declares " + length + " bytes, more than can be skipped ("
          + maxSkipBytes + ")");
    }
    String recordName = name + "#" + ordinal;
    return switch (record.type()) {
      case "response" -> response((WarcResponse) record, recordName, length);
      case "warcinfo" -> skipped(recordName, Skip.WARCINFO.code());
      case "request" -> skipped(recordName, Skip.REQUEST.code());
      case "metadata" -> skipped(recordName, Skip.METADATA.code());
      case "revisit" -> skipped(recordName, Skip.REVISIT.code());
      default -> skipped(recordName, Skip.OTHER_TYPE.code());
    };
  }

  private static RawDocument skipped(String recordName, String reason) {
    return new RawDocument.Skipped(recordName, reason);
  }

  private RawDocument response(WarcResponse record, String recordName, long length) {
    String target = targetOf(record);
    String where = target == null ? "" : target + ": ";
    try {
      String recordType = record.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (!(recordType.startsWith("application/http") || recordType.isEmpty() && isHttpTarget(target))) {
        return skipped(recordName, Skip.NOT_HTTP.code());
      }
      HttpResponse http = record.http();
      if (http.status() != HTTP_OK) {
        return skipped(recordName, "http-" + http.status());
      }
      String contentType = http.headers().first("Content-Type").map(String::strip).orElse("");
      boolean declared = !contentType.isEmpty();
      if (declared && !isHtmlType(contentType)) {
        return skipped(recordName, Skip.NOT_HTML.code());
      }
      if (length > maxRecordBytes) {
        return new RawDocument.Unreadable(recordName, where + "record is " + length + " bytes, over the "
            + maxRecordBytes + "-byte limit for one WARC record");
      }
      // Not closed here: closing would close the record's body, which the reader still reads to its end.
      byte[] payload = TextDecoder.readBounded(http.bodyDecoded().stream(), maxPayloadBytes, recordName);
      if (!declared && sniffer.apply(Arrays.copyOf(payload, Math.min(payload.length, SNIFF_BYTES)))
          != ContentKind.HTML) {
        return skipped(recordName, Skip.NOT_HTML.code());
      }
      return new RawDocument.Page(recordName, payload, target, fetchDate(record), declared ? contentType : null);
    } catch (InputRejectedException e) {
      return new RawDocument.Unreadable(recordName, where + e.getMessage().substring(recordName.length() + 2));
    } catch (IOException | RuntimeException e) {
      return new RawDocument.Unreadable(recordName, where + "malformed HTTP response (" + e.getMessage() + ")");
    }
  }

  private static String targetOf(WarcTargetRecord record) {
    try {
      return record.target();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean isHttpTarget(String target) {
    String t = target == null ? "" : target.toLowerCase(Locale.ROOT);
    return t.startsWith("http:") || t.startsWith("https:");
  }

  static boolean isHtmlType(String contentType) {
    String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static Instant fetchDate(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null; // a missing or malformed WARC-Date: the page is still usable
    }
  }

  /** Ends the archive with one document saying what went wrong and where; drops the incomplete record. */
  private void fail(Exception e) {
    pending = null;
    String what;
    if (e instanceof ArchiveDamageException d) {
      what = d.truncated() ? "truncated at byte " + d.offset() : "corrupt at byte " + d.offset();
      what += " after " + complete + " records (" + d.detail() + ")";
    } else if (e instanceof RecordTooLongException) {
      what = "stopped after " + complete + " records: " + e.getMessage();
    } else if (sourceExhausted()) {
      what = "truncated at byte " + storedBytes() + " after " + complete + " records";
    } else {
      what = "corrupt after " + complete + " records (record " + (ordinal + 1) + ": " + e.getMessage() + ")";
    }
    ready.addLast(new RawDocument.Unreadable(name, what));
    finish();
  }

  private boolean sourceExhausted() {
    return gzip != null ? gzip.ended() : watched != null && watched.eof;
  }

  private long storedBytes() {
    return gzip != null ? gzip.consumed() : watched.count;
  }

  private void finish() {
    done = true;
    close();
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // read-only: nothing to lose
      }
      reader = null;
    }
    if (gzip != null) {
      closeQuietly(gzip);
    }
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException ignored) {
      // read-only: nothing to lose
    }
  }

  /** A record too long to read through. */
  private static final class RecordTooLongException extends IOException {
    RecordTooLongException(String message) {
      super(message);
    }
  }

  /** Counts the bytes read and notes the end. */
  private static final class Watched extends FilterInputStream {
    long count;
    boolean eof;

    Watched(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        eof = true;
      } else {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        eof = true;
      } else {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
