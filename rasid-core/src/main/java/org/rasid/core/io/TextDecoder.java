package org.rasid.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Turns untrusted bytes into text, or rejects them with a typed {@link InputRejectedException} that names the
 * document. Reading is bounded ({@link #readBounded}); decoding never throws anything else.
 *
 * <p>{@link #decode} applies this cascade and stops at the first step that decides:
 *
 * <ol>
 *   <li>No bytes: {@link InputRejectedException.Reason#EMPTY EMPTY}.
 *   <li>A known binary signature (PDF, PNG, JPEG, GIF, ZIP, gzip): {@link InputRejectedException.Reason#BINARY
 *       BINARY}, naming the format.
 *   <li>A byte-order mark (UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF) names the charset; the mark is dropped. If
 *       the bytes after it decode with more than one malformed sequence per {@value #DAMAGE_RATIO} chars: {@link
 *       InputRejectedException.Reason#UNDECODABLE UNDECODABLE}.
 *   <li>UTF-16 without a mark, for Latin and Arabic text: in the first {@value #SAMPLE_BYTES} bytes, at least
 *       {@value #MIN_UTF16_HIGH_PERCENT}% of the byte pairs have 0x00 or 0x06 (the high byte of Basic Latin, Latin-1
 *       and Arabic) at one position, fewer than {@value #MAX_UTF16_LOW_PERCENT}% at the other; and the text decodes
 *       with at most one malformed sequence per {@value #DAMAGE_RATIO} chars, mostly to letters (at least half the
 *       non-space chars, at most one control, unassigned or private-use char per {@value #DAMAGE_RATIO}). The
 *       position of the high byte gives the byte order. Other scripts in mark-less UTF-16 end as binary.
 *   <li>A NUL byte anywhere, or more than {@value #MAX_CONTROL_PERCENT}% control bytes (0x01–0x1F except tab, line
 *       feed, form feed and carriage return, and 0x7F) in the first {@value #SAMPLE_BYTES} bytes: BINARY.
 *   <li>UTF-8, when the bytes are valid UTF-8, or when the decoded text holds at least {@value #DAMAGE_RATIO}
 *       non-ASCII chars per malformed sequence (a file cut in the middle of a character, a stray legacy byte); each
 *       malformed sequence becomes U+FFFD.
 *   <li>Otherwise a legacy single-byte Arabic code page: windows-1256, except ISO-8859-6 when no byte lies in
 *       0x80–0x9F, every byte is defined in ISO-8859-6, and ISO-8859-6 gives strictly more Arabic letters. (In
 *       windows-1256, 0xE2 and 0xE7–0xEB are French letters where ISO-8859-6 has ق and ك–ي.)
 * </ol>
 *
 * <p>Finally the decoded text is rejected as BINARY if it contains U+0000, and as EMPTY if it holds nothing but
 * whitespace and byte-order marks. Decoding needs a few times the input size in memory: bound the input first.
 */
public final class TextDecoder {
  /** Default limit on the size of one input document, in bytes: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  /** Largest limit {@link #readBounded} accepts: the longest Java array, less the byte that detects overflow. */
  public static final long MAX_LIMIT = Integer.MAX_VALUE - 9L;

  /** Bytes looked at by the UTF-16 and binary heuristics, and chars by the letter count. */
  static final int SAMPLE_BYTES = 8 * 1024;
  /** Good chars needed per U+FFFD for a decoding with damage to count as the right charset. */
  static final int DAMAGE_RATIO = 20;
  /** Share of control bytes in the sample above which the input is binary. */
  static final int MAX_CONTROL_PERCENT = 10;
  /** Share of byte pairs that must hold a UTF-16 high byte (0x00 or 0x06) at one position. */
  static final int MIN_UTF16_HIGH_PERCENT = 30;
  /** Share of byte pairs that may hold one at the other position. */
  static final int MAX_UTF16_LOW_PERCENT = 10;

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final int PERCENT = 100;
  private static final byte NUL = 0;
  private static final byte ARABIC_HIGH_BYTE = 0x06;
  private static final int DEL = 0x7F;
  private static final int C1_FIRST = 0x80;
  private static final int C1_LAST = 0x9F;

  /** Byte-order marks, in the order they are tried. */
  private enum Bom {
    UTF_8(StandardCharsets.UTF_8, "EFBBBF"),
    UTF_16LE(StandardCharsets.UTF_16LE, "FFFE"),
    UTF_16BE(StandardCharsets.UTF_16BE, "FEFF");

    private final Charset charset;
    private final byte[] mark;

    Bom(Charset charset, String markHex) {
      this.charset = charset;
      this.mark = HexFormat.of().parseHex(markHex);
    }

    static Optional<Bom> of(byte[] bytes) {
      for (Bom bom : values()) {
        if (BinarySignature.startsWith(bytes, bom.mark)) {
          return Optional.of(bom);
        }
      }
      return Optional.empty();
    }
  }

  private TextDecoder() {}

  /**
   * Reads a whole stream, but never more than {@code maxBytes + 1} bytes of it: a longer stream is rejected without
   * reading the rest. The stream is not closed; its owner closes it.
   *
   * @param in the stream to read
   * @param maxBytes the largest accepted size, from 0 to {@link #MAX_LIMIT}
   * @param document name of the document, for the error message
   * @return all the bytes of the stream
   * @throws InputRejectedException with reason TOO_LARGE when the stream holds more than {@code maxBytes} bytes
   * @throws IOException when reading fails
   * @throws IllegalArgumentException when {@code maxBytes} is out of range
   */
  public static byte[] readBounded(InputStream in, long maxBytes, String document) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(document, "document");
    if (maxBytes < 0 || maxBytes > MAX_LIMIT) {
      throw new IllegalArgumentException("maxBytes must be from 0 to " + MAX_LIMIT + ", was " + maxBytes);
    }
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      throw InputRejectedException.tooLarge(document, maxBytes);
    }
    return bytes;
  }

  /**
   * Rejects a document whose size is known before reading (a file), with the size in the message.
   *
   * @param size the size of the document, in bytes
   * @param maxBytes the largest accepted size
   * @param document name of the document, for the error message
   * @throws InputRejectedException with reason TOO_LARGE when {@code size > maxBytes}
   */
  public static void requireWithinLimit(long size, long maxBytes, String document) {
    Objects.requireNonNull(document, "document");
    if (size > maxBytes) {
      throw InputRejectedException.tooLarge(document, size, maxBytes);
    }
  }

  /**
   * Decodes a document by the cascade described on this class.
   *
   * @param bytes the whole document
   * @param document name of the document, for error messages
   * @return the text, its charset and whether it had a byte-order mark
   * @throws InputRejectedException when the bytes are empty, binary or undecodable
   */
  public static Decoded decode(byte[] bytes, String document) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(document, "document");
    if (bytes.length == 0) {
      throw InputRejectedException.empty(document);
    }
    Optional<BinarySignature> signature = BinarySignature.of(bytes);
    if (signature.isPresent()) {
      throw InputRejectedException.binary(document, signature.get().kind());
    }
    Optional<Bom> bom = Bom.of(bytes);
    Decoded decoded = bom.isPresent() ? decodeWithBom(bytes, bom.get(), document) : decodeWithoutBom(bytes, document);
    rejectNulChar(decoded.text(), document);
    if (isBlank(decoded.text())) {
      throw InputRejectedException.empty(document);
    }
    return decoded;
  }

  private static Decoded decodeWithBom(byte[] bytes, Bom bom, String document) {
    DecodeAttempt attempt = DecodeAttempt.of(bytes, bom.mark.length, bom.charset);
    if (!attempt.hasCharsPerReplacement(DAMAGE_RATIO)) {
      String name = bom.charset.name();
      throw InputRejectedException.undecodable(document, "starts with a " + name + " byte-order mark but is not "
          + name + " (malformed bytes at offset " + attempt.firstBadOffset() + ")");
    }
    return new Decoded(attempt.text(), bom.charset, true);
  }

  private static Decoded decodeWithoutBom(byte[] bytes, String document) {
    Optional<Decoded> utf16 = guessUtf16(bytes);
    if (utf16.isPresent()) {
      return utf16.get();
    }
    rejectBinaryBytes(bytes, document);
    DecodeAttempt utf8 = DecodeAttempt.of(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.hasNonAsciiCharsPerReplacement(DAMAGE_RATIO)) {
      return new Decoded(utf8.text(), StandardCharsets.UTF_8, false);
    }
    return decodeLegacyArabic(bytes);
  }

  private static Optional<Decoded> guessUtf16(byte[] bytes) {
    return utf16ByteOrder(bytes, SAMPLE_BYTES).flatMap(charset -> {
      DecodeAttempt attempt = DecodeAttempt.of(bytes, 0, charset);
      return attempt.hasCharsPerReplacement(DAMAGE_RATIO) && isMostlyLetters(attempt.text())
          ? Optional.of(new Decoded(attempt.text(), charset, false))
          : Optional.empty();
    });
  }

  /**
   * The byte order of UTF-16 without a byte-order mark, when the first {@code sampleBytes} bytes show its pattern (for
   * Latin and Arabic text and for markup): at least {@value #MIN_UTF16_HIGH_PERCENT}% of the byte pairs hold 0x00 or
   * 0x06 (the high byte of Basic Latin, Latin-1 and Arabic) at one position and fewer than {@value
   * #MAX_UTF16_LOW_PERCENT}% at the other; that position gives the order. Empty otherwise.
   */
  public static Optional<Charset> utf16ByteOrder(byte[] bytes, int sampleBytes) {
    int pairs = Math.min(bytes.length, sampleBytes) / 2;
    int evenHits = 0;
    int oddHits = 0;
    for (int i = 0; i < 2 * pairs; i += 2) {
      evenHits += isUtf16HighByte(bytes[i]) ? 1 : 0;
      oddHits += isUtf16HighByte(bytes[i + 1]) ? 1 : 0;
    }
    int high = Math.max(evenHits, oddHits);
    int low = Math.min(evenHits, oddHits);
    if (high * PERCENT < pairs * MIN_UTF16_HIGH_PERCENT || low * PERCENT >= pairs * MAX_UTF16_LOW_PERCENT) {
      return Optional.empty(); // also when there is no pair at all
    }
    return Optional.of(oddHits > evenHits ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  private static boolean isUtf16HighByte(byte b) {
    return b == NUL || b == ARABIC_HIGH_BYTE;
  }

  /** At least half the non-space chars are letters or marks; at most one per DAMAGE_RATIO is junk. */
  private static boolean isMostlyLetters(String text) {
    int sample = Math.min(text.length(), SAMPLE_BYTES);
    int visible = 0;
    int letters = 0;
    int junk = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      int type = Character.getType(c);
      if (Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        letters++;
      } else if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        junk++;
      }
    }
    return visible > 0 && letters * 2 >= visible && junk * DAMAGE_RATIO <= visible;
  }

  private static void rejectBinaryBytes(byte[] bytes, String document) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == NUL) {
        throw InputRejectedException.binary(document, "NUL bytes at offset " + i);
      }
    }
    int sample = Math.min(bytes.length, SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      controls += isControlByte(bytes[i]) ? 1 : 0;
    }
    if (controls * PERCENT > sample * MAX_CONTROL_PERCENT) {
      throw InputRejectedException.binary(document, controls * PERCENT / sample + "% control bytes");
    }
  }

  private static boolean isControlByte(byte b) {
    return (b >= 0 && b < ' ' && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == DEL;
  }

  private static Decoded decodeLegacyArabic(byte[] bytes) {
    String windows1256 = new String(bytes, WINDOWS_1256);
    if (!hasC1Bytes(bytes)) {
      DecodeAttempt iso = DecodeAttempt.of(bytes, 0, ISO_8859_6);
      if (iso.replacements() == 0 && countArabicLetters(iso.text()) > countArabicLetters(windows1256)) {
        return new Decoded(iso.text(), ISO_8859_6, false);
      }
    }
    return new Decoded(windows1256, WINDOWS_1256, false);
  }

  private static boolean hasC1Bytes(byte[] bytes) {
    for (byte b : bytes) {
      int unsigned = b & 0xFF;
      if (unsigned >= C1_FIRST && unsigned <= C1_LAST) {
        return true;
      }
    }
    return false;
  }

  private static long countArabicLetters(String text) {
    return text.chars().filter(c -> ArabicNormalizer.isArabicLetter((char) c)).count();
  }

  private static void rejectNulChar(String text, String document) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw InputRejectedException.binary(document, "NUL character at index " + nul + " of the decoded text");
    }
  }

  /** Nothing but whitespace, space separators and byte-order marks. */
  private static boolean isBlank(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF');
  }
}
