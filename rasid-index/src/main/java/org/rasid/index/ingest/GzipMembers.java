package org.rasid.index.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed bytes of a gzip stream of one or more members (RFC 1952), as {@code .warc.gz} files hold them
 * (one member per record) — strictly: unlike {@link java.util.zip.GZIPInputStream}, a stream that ends inside a
 * member (its header, deflate data or trailer) or holds anything but another member after one is an {@link
 * ArchiveDamageException} naming the byte offset, never a silent end; every member's CRC-32 and length are checked.
 *
 * <p>The stream ends cleanly only at a member boundary. After a damage, every read throws the same exception. Memory
 * is one input buffer; output is produced as the caller reads, so the caller bounds decompression (a gzip bomb is
 * stopped by whoever stops reading). Closing closes the underlying stream.
 */
final class GzipMembers extends InputStream {
  private static final int MAGIC_1 = 0x1f;
  private static final int MAGIC_2 = 0x8b;
  private static final int DEFLATE = 8;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final int FIXED_HEADER_REST = 6; // mtime (4), xfl, os
  private static final long UINT32 = 0xffff_ffffL;

  private final InputStream raw;
  private final byte[] in;
  private int inPos;
  private int inEnd;
  /** Bytes read from {@link #raw} so far (some may still sit in {@link #in}). */
  private long rawRead;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private boolean inMember;
  private boolean ended;
  private ArchiveDamageException damage;
  private long produced;

  GzipMembers(InputStream raw, int bufferSize) {
    this.raw = raw;
    this.in = new byte[bufferSize];
  }

  GzipMembers(InputStream raw) {
    this(raw, 1 << 16);
  }

  /** Decompressed bytes returned so far. */
  long produced() {
    return produced;
  }

  /** True once the stream has ended cleanly, at a member boundary. */
  boolean ended() {
    return ended;
  }

  /** Bytes of the stored (compressed) stream consumed so far. */
  long consumed() {
    int buffered = inMember ? inflater.getRemaining() : inEnd - inPos;
    return rawRead - buffered;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (damage != null) {
      throw damage;
    }
    if (len == 0) {
      return 0;
    }
    try {
      return inflate(b, off, len);
    } catch (ArchiveDamageException e) {
      damage = e;
      throw e;
    }
  }

  private int inflate(byte[] b, int off, int len) throws IOException {
    while (!ended) {
      if (!inMember) {
        if (!startMember()) {
          ended = true;
          break;
        }
        continue;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw ArchiveDamageException.corrupt(consumed(), "bad deflate data: " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
      }
      if (inflater.finished()) {
        finishMember(); // bytes count as produced only once their member is known whole
      } else if (n == 0) {
        if (inflater.needsDictionary()) {
          throw ArchiveDamageException.corrupt(consumed(), "deflate data needs a preset dictionary");
        }
        if (!inflater.needsInput()) {
          throw ArchiveDamageException.corrupt(consumed(), "deflate data makes no progress");
        }
        if (!refill()) {
          throw ArchiveDamageException.truncated(rawRead, "inside a gzip member");
        }
      }
      if (n > 0) {
        produced += n;
        return n;
      }
    }
    return -1;
  }

  /** Gives the inflater more input; false at the end of the stored stream. */
  private boolean refill() throws IOException {
    int n = raw.read(in, 0, in.length);
    if (n <= 0) { // 0 only from a misbehaving stream: taken as the end rather than spun on
      inPos = inEnd = 0;
      return false;
    }
    rawRead += n;
    inPos = 0;
    inEnd = n;
    inflater.setInput(in, 0, n);
    return true;
  }

  /** Reads a member header; false at a clean end of the stream (no byte at all). */
  private boolean startMember() throws IOException {
    long start = consumed();
    int first = nextByte();
    if (first < 0) {
      return false;
    }
    if (first != MAGIC_1 || requireByte() != MAGIC_2) {
      throw ArchiveDamageException.corrupt(start, "not a gzip member");
    }
    if (requireByte() != DEFLATE) {
      throw ArchiveDamageException.corrupt(start, "gzip member not deflate-compressed");
    }
    int flags = requireByte();
    for (int i = 0; i < FIXED_HEADER_REST; i++) {
      requireByte();
    }
    if ((flags & FEXTRA) != 0) {
      int length = requireByte() | requireByte() << 8;
      for (int i = 0; i < length; i++) {
        requireByte();
      }
    }
    if ((flags & FNAME) != 0) {
      while (requireByte() != 0) {
        // the original file name: not needed
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (requireByte() != 0) {
        // a comment: not needed
      }
    }
    if ((flags & FHCRC) != 0) {
      requireByte();
      requireByte();
    }
    inflater.reset();
    crc.reset();
    inflater.setInput(in, inPos, inEnd - inPos);
    inMember = true;
    return true;
  }

  private void finishMember() throws IOException {
    inPos = inEnd - inflater.getRemaining();
    inMember = false;
    long expectedCrc = 0;
    for (int i = 0; i < 4; i++) {
      expectedCrc |= (long) requireByte() << (8 * i);
    }
    long expectedSize = 0;
    for (int i = 0; i < 4; i++) {
      expectedSize |= (long) requireByte() << (8 * i);
    }
    if (expectedCrc != crc.getValue()) {
      throw ArchiveDamageException.corrupt(consumed(), "gzip member CRC-32 mismatch");
    }
    if (expectedSize != (inflater.getBytesWritten() & UINT32)) {
      throw ArchiveDamageException.corrupt(consumed(), "gzip member length mismatch");
    }
  }

  /** The next stored byte outside deflate data, or -1 at the end. */
  private int nextByte() throws IOException {
    if (inPos == inEnd) {
      int n = raw.read(in, 0, in.length);
      if (n <= 0) {
        inPos = inEnd = 0;
        return -1; // read() of a stream returns 0 only for a zero-length request
      }
      rawRead += n;
      inPos = 0;
      inEnd = n;
    }
    return in[inPos++] & 0xff;
  }

  private int requireByte() throws IOException {
    int b = nextByte();
    if (b < 0) {
      throw ArchiveDamageException.truncated(rawRead, "inside a gzip member");
    }
    return b;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
