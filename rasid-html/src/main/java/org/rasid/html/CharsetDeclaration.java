package org.rasid.html;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One charset a page or its server declared, and what {@link HtmlDecoder} made of it.
 *
 * @param source where the declaration was found ({@link CharsetEvidence#HTTP_HEADER}, {@link
 *     CharsetEvidence#XML_DECLARATION} or {@link CharsetEvidence#META})
 * @param label the label as written ({@code "windows-1256"}, {@code "utf8"})
 * @param charset the charset the label names, or null when the label is not one rasid supports
 * @param verdict what the bytes said about it: {@code "used"}, {@code "agrees"} (consistent, but an earlier
 *     declaration or the byte-order mark decided), {@code "unsupported label"}, {@code "overridden by the byte-order
 *     mark"}, or {@code "disproved: <why>"}
 */
public record CharsetDeclaration(CharsetEvidence source, String label, Charset charset, String verdict) {
  /** Checks that source, label and verdict are present. */
  public CharsetDeclaration {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Whether the bytes disproved this declaration. */
  public boolean disproved() {
    return verdict.startsWith("disproved");
  }
}
