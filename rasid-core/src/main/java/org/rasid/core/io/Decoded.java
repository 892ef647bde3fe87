package org.rasid.core.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A document decoded to text.
 *
 * @param text the decoded text, without a byte-order mark
 * @param charset the encoding the bytes were read in
 * @param hadBom whether the bytes started with a byte-order mark (which named {@code charset})
 */
public record Decoded(String text, Charset charset, boolean hadBom) {
  /** Checks that text and charset are present. */
  public Decoded {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
