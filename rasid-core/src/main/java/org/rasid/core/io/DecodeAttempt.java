package org.rasid.core.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Bytes decoded in one charset, with U+FFFD in place of each malformed or unmappable sequence and that damage
 * counted, so that the caller can judge whether the charset fits.
 *
 * @param text the decoded text
 * @param replacements how many sequences were replaced with U+FFFD
 * @param firstBadOffset offset in the byte array of the first replaced sequence, or -1 when there is none
 */
record DecodeAttempt(String text, int replacements, int firstBadOffset) {
  private static final char REPLACEMENT = '\uFFFD';
  private static final char LAST_ASCII = '\u007F';

  /**
   * Decodes {@code bytes[offset..]}. Only for charsets that give at most one char per byte (UTF-8, UTF-16,
   * single-byte charsets), which is what the output buffer is sized for.
   */
  static DecodeAttempt of(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    int replacements = 0;
    int firstBadOffset = -1;
    for (CoderResult result = decoder.decode(in, out, true); result.isError();
        result = decoder.decode(in, out, true)) {
      if (firstBadOffset < 0) {
        firstBadOffset = in.position();
      }
      replacements++;
      in.position(in.position() + result.length());
      out.put(REPLACEMENT);
    }
    decoder.flush(out);
    return new DecodeAttempt(out.flip().toString(), replacements, firstBadOffset);
  }

  /** Whether at least {@code ratio} chars were decoded for each replacement (always true without replacements). */
  boolean hasCharsPerReplacement(int ratio) {
    return (long) replacements * ratio <= text.length();
  }

  /**
   * Whether at least {@code ratio} non-ASCII chars were decoded for each replacement (always true without
   * replacements). For UTF-8 only non-ASCII chars are evidence, since ASCII bytes decode in any charset.
   */
  boolean hasNonAsciiCharsPerReplacement(int ratio) {
    if (replacements == 0) {
      return true;
    }
    long nonAscii = text.chars().filter(c -> c > LAST_ASCII && c != REPLACEMENT).count();
    return (long) replacements * ratio <= nonAscii;
  }
}
