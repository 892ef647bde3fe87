package org.rasid.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way ANERcorp is tokenized, so that the tagger sees raw article text as it saw its
 * training data. Rules:
 *
 * <ol>
 *   <li>Whitespace (any {@link Character#isWhitespace} or {@link Character#isSpaceChar} char) separates tokens and
 *       is never part of one.
 *   <li>A word is a run of letters (any script), combining marks (diacritics), tatweel, digits and the joiners
 *       U+200C/U+200D. Clitics stay attached, as in ANERcorp ({@code والصادرات}, {@code و6}, {@code لبنان،} is
 *       {@code لبنان} + {@code ،}).
 *   <li>Inside a word, a {@code .}, {@code ,}, {@code ٫} or {@code ٬} between two digits is kept ({@code 3.5},
 *       {@code 1,000}); elsewhere it is punctuation.
 *   <li>Every other char (punctuation «» ، ؛ ؟ . , " ( ) - and symbols) is a token of its own.
 *   <li>Bidi controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the byte-order mark are skipped like
 *       whitespace.
 * </ol>
 *
 * <p>Offsets index the original text: {@code text.substring(t.start(), t.end()).equals(t.text())} for every token.
 * Surrogate pairs (emoji) stay together as one token.
 */
public final class ArabicTokenizer {
  private ArabicTokenizer() {}

  /**
   * The tokens of a text, in order, with offsets into it.
   *
   * @param text any text; null is not allowed
   * @return the tokens, possibly none
   */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(4, text.length() / 5));
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if (isNumberSeparator(d) && i + 1 < n && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
      }
      tokens.add(new Token(text.substring(start, i), start, i));
    }
    return tokens;
  }

  /** Whether {@code c} is part of a word: a letter, a digit, a combining mark, tatweel or a zero-width joiner. */
  static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || c == '\u0640' || c == '\u200C' || c == '\u200D';
  }

  private static boolean isDigit(char c) {
    return Character.isDigit(c);
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
