package org.rasid.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rasid.core.io.Limits;

/**
 * The byte pattern of UTF-16 without a byte-order mark, for Latin and Arabic text and for markup: in the first
 * {@link Limits#MAX_SNIFF_BYTES} bytes, at least {@value #MIN_HIGH_PERCENT}% of the byte pairs hold 0x00 or 0x06
 * (the high byte of Basic Latin, Latin-1 and Arabic) at one position and fewer than {@value #MAX_LOW_PERCENT}% at
 * the other; that position gives the byte order. The same rule as {@link org.rasid.core.io.TextDecoder}'s.
 */
final class Utf16Pattern {
  /** Share of byte pairs holding a UTF-16 high byte at one position. */
  static final int MIN_HIGH_PERCENT = 30;
  /** Share of byte pairs that may hold one at the other position. */
  static final int MAX_LOW_PERCENT = 10;

  private static final int PERCENT = 100;
  private static final byte ARABIC_HIGH_BYTE = 0x06;

  private Utf16Pattern() {}

  /** UTF-16LE or UTF-16BE when the first bytes (up to {@code length}) show the pattern; else empty. */
  static Optional<Charset> byteOrder(byte[] bytes, int length) {
    int pairs = Math.min(Math.min(length, bytes.length), Limits.MAX_SNIFF_BYTES) / 2;
    int even = 0;
    int odd = 0;
    for (int i = 0; i < 2 * pairs; i += 2) {
      even += isHighByte(bytes[i]) ? 1 : 0;
      odd += isHighByte(bytes[i + 1]) ? 1 : 0;
    }
    int high = Math.max(even, odd);
    int low = Math.min(even, odd);
    if (pairs == 0 || high * PERCENT < pairs * MIN_HIGH_PERCENT || low * PERCENT >= pairs * MAX_LOW_PERCENT) {
      return Optional.empty();
    }
    return Optional.of(odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
  }

  private static boolean isHighByte(byte b) {
    return b == 0 || b == ARABIC_HIGH_BYTE;
  }
}
