package org.rasid.html;

/** Where the charset of a page came from, in {@link HtmlDecoder}'s order of trust. */
public enum CharsetEvidence {
  /** A byte-order mark at the start of the bytes. */
  BOM,
  /** The {@code charset} parameter of the HTTP {@code Content-Type} header. */
  HTTP_HEADER,
  /** The {@code encoding} of an XML declaration at the start of the page. */
  XML_DECLARATION,
  /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="…; charset=…">} element. */
  META,
  /** The bytes themselves, when no declaration survived the check (or there was none). */
  CONTENT
}
