package org.rasid.html;

import org.rasid.core.io.Decoded;

/** Decodes an HTML page to text. STUB: replaced by the encodings work of issue 4. */
public final class HtmlDecoder {
  private HtmlDecoder() {}

  /**
   * The text of a page.
   *
   * @param bytes the page as received
   * @param contentType the HTTP {@code Content-Type} header, or null when there was none (a file)
   * @param document the document's name for errors
   * @throws org.rasid.core.io.InputRejectedException when the bytes are empty, binary, too large or undecodable
   */
  public static Decoded decode(byte[] bytes, String contentType, String document) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
