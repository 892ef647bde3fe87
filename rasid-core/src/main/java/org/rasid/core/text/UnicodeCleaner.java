package org.rasid.core.text;

/**
 * Cleans display text: NFC, presentation forms to base letters, zero-width and bidi controls removed, all
 * whitespace runs to one space, trimmed. Keeps the author's spelling (diacritics, tatweel, hamza) intact.
 *
 * <p>STUB: to be replaced by the full implementation.
 */
public final class UnicodeCleaner {
  private UnicodeCleaner() {}

  /** Cleans one line of display text. */
  public static String cleanLine(CharSequence line) {
    return line.toString().strip().replaceAll("\\s+", " ");
  }
}
