package org.rasid.html;

import java.util.List;
import java.util.Objects;
import org.rasid.core.io.Decoded;

/**
 * A page decoded, with the evidence that chose its charset ({@link HtmlDecoder#resolve}), for tests and {@code
 * rasid parse --explain}.
 *
 * @param decoded the text and its charset
 * @param evidence what decided the charset
 * @param reason the decision in words, for people: {@code "HTTP header charset=windows-1256, consistent with the
 *     bytes"}
 * @param declarations every declaration found (HTTP header first, then the page's own, in document order), each
 *     with its verdict
 */
public record CharsetResolution(
    Decoded decoded, CharsetEvidence evidence, String reason, List<CharsetDeclaration> declarations) {
  /** Checks that every part is present; copies the list. */
  public CharsetResolution {
    Objects.requireNonNull(decoded, "decoded");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
    declarations = List.copyOf(declarations);
  }

  /**
   * How many U+FFFD replacement chars the text holds: one per damaged sequence when the bytes are broken in every
   * plausible charset, plus any the page itself contains (a correctly encoded U+FFFD, left by an earlier bad
   * conversion on the publisher's side).
   */
  public long replacements() {
    return decoded.text().chars().filter(c -> c == '\uFFFD').count();
  }
}
