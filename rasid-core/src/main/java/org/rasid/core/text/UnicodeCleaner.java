package org.rasid.core.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Cleans one line of display text. The author's spelling is kept: diacritics, tatweel, hamza forms and punctuation
 * pass through untouched; only invisible or presentational differences are removed.
 *
 * <p>Rules, applied in this order:
 *
 * <ol>
 *   <li><b>Presentation forms.</b> Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFE) become the
 *       base letters their NFKC decomposition names; NFKC is applied to those code points only. Lam-alef ligatures
 *       become two letters (ﻻ → لا), the ligature ﷲ (U+FDF2) becomes الله, and isolated-form marks keep the space
 *       NFKC puts before them (U+FE70 → space + fathatan). Code points without a decomposition stay.
 *   <li><b>Invisible characters removed:</b> U+200B–U+200F (zero-width space, ZWNJ, ZWJ, LRM, RLM), U+202A–U+202E
 *       (bidi embeddings and overrides), U+2060–U+2064, U+2066–U+2069 (bidi isolates), U+061C (Arabic letter mark),
 *       U+FEFF (byte-order mark), U+00AD (soft hyphen), U+180E (Mongolian vowel separator).
 *   <li><b>Control characters removed:</b> C0 (U+0000–U+001F), DEL and C1 (U+007F–U+009F), except those of the next
 *       rule.
 *   <li><b>Spaces.</b> Tab, every Unicode space (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000) and the line
 *       breaks LF, VT, FF, CR, NEL (U+0085), U+2028 and U+2029 become U+0020. Line breaks count as spaces rather than
 *       controls so that a stray break never glues two words together.
 *   <li><b>Collapse and trim.</b> Runs of spaces become one space; leading and trailing spaces are removed.
 *   <li><b>NFC.</b> The result is put in Unicode Normalization Form C, so a decomposed ا + U+0654 becomes أ. NFC also
 *       puts combining marks in canonical order: shadda + fatha becomes fatha + shadda, which renders the same.
 * </ol>
 *
 * <p>Cost: one pass over the chars. Nothing is allocated for a line that needs no change and holds only ASCII,
 * Latin-1, Arabic letters, digits and punctuation: the same {@code String} instance is returned. Lines with
 * combining marks pay for one NFC check, and allocate only when that check fails.
 */
public final class UnicodeCleaner {
  private static final char SPACE = ' ';
  /** Chars below this are looked up in {@link #PLAIN}: one load instead of a chain of range tests. */
  private static final int PLAIN_TABLE_SIZE = 0x0700;
  private static final boolean[] PLAIN = plainTable();
  /** Extra capacity for the output, since a presentation form can expand to many letters (U+FDFA to 18). */
  private static final int EXPANSION_SLACK = 16;

  private static final char FORMS_A_FIRST = '\uFB50';
  private static final char FORMS_A_LAST = '\uFDFF';
  private static final char FORMS_B_FIRST = '\uFE70';
  private static final char FORMS_B_LAST = '\uFEFE';
  /** NFKC expansion of each presentation form, indexed from {@link #FORMS_A_FIRST}; null where NFKC changes nothing. */
  private static final String[] EXPANSIONS = buildExpansions();

  /** What the cleaner does with one char. */
  private enum Kind {
    /** Kept; NFC leaves it alone whatever plain char stands next to it. */
    PLAIN,
    /** Kept; may compose, decompose or reorder under NFC. */
    OTHER,
    /** Becomes U+0020, subject to collapse and trim. */
    SPACE,
    /** Dropped. */
    REMOVED,
    /** Replaced by its NFKC expansion. */
    PRESENTATION_FORM
  }

  private UnicodeCleaner() {}

  /**
   * Cleans one line of display text by the rules listed on this class.
   *
   * @param line one line, without its terminator
   * @return the cleaned line; {@code line} itself when it is a {@code String} that needs no change
   */
  public static String cleanLine(CharSequence line) {
    Objects.requireNonNull(line, "line");
    line = withoutOuterSpaces(line); // scrapes often indent lines; trimming first keeps the fast path
    int length = line.length();
    StringBuilder out = null; // allocated at the first char that changes
    boolean needsNfc = false;
    for (int i = 0; i < length; i++) {
      char c = line.charAt(i);
      if (isPlain(c)) { // the common case, first
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (c == SPACE && out == null && line.charAt(i - 1) != SPACE) {
        continue; // a single space between words (the line is trimmed, so i > 0): kept as is
      }
      Kind kind = kindOf(c);
      if (!needsNfc && kind == Kind.OTHER) {
        char previous = out != null ? (out.isEmpty() ? SPACE : out.charAt(out.length() - 1))
            : (i > 0 ? line.charAt(i - 1) : SPACE); // until the first change, output = input
        needsNfc = mayChangeUnderNfc(previous, c);
      }
      needsNfc |= kind == Kind.PRESENTATION_FORM;
      if (out == null) {
        if (keptAsIs(line, i, kind)) {
          continue;
        }
        out = new StringBuilder(length + EXPANSION_SLACK).append(line, 0, i);
      }
      append(out, c, kind);
    }
    String cleaned = out == null ? withoutTrailingSpace(line.toString()) : withoutTrailingSpace(out);
    return needsNfc ? nfc(cleaned) : cleaned;
  }

  /**
   * Whether every rule keeps {@code c} as it is, even NFC next to any other plain char: printable ASCII, Latin-1 and
   * Latin letters up to U+02FF (not the soft hyphen), Arabic letters, digits and punctuation (not marks), and General
   * Punctuation other than spaces and invisible characters. Package-private for the test that checks the NFC claim.
   */
  static boolean isPlain(char c) {
    return c < PLAIN_TABLE_SIZE ? PLAIN[c] : (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u205E');
  }

  private static boolean[] plainTable() {
    boolean[] plain = new boolean[PLAIN_TABLE_SIZE];
    for (char c = 0; c < PLAIN_TABLE_SIZE; c++) {
      plain[c] = (c >= '!' && c <= '~')
          || (c >= '\u00A1' && c <= '\u02FF' && c != '\u00AD')
          || c == '\u060C' || c == '\u061B' || c == '\u061F' // Arabic comma, semicolon, question mark
          || (c >= '\u0620' && c <= '\u064A') // letters and tatweel
          || (c >= '\u0660' && c <= '\u066F') // digits, separators, percent, five-pointed star, dotless letters
          || (c >= '\u0671' && c <= '\u06D5') // extended letters and full stop
          || (c >= '\u06EE' && c <= '\u06FF'); // extended letters and Persian digits
    }
    return plain;
  }

  private static Kind kindOf(char c) {
    return c < KIND_TABLE_SIZE ? KINDS[c] : computeKind(c);
  }

  /** {@link #kindOf} for chars below this is one array load. */
  private static final int KIND_TABLE_SIZE = 0x0700;
  private static final Kind[] KINDS = kindTable();

  private static Kind[] kindTable() {
    Kind[] kinds = new Kind[KIND_TABLE_SIZE];
    for (char c = 0; c < KIND_TABLE_SIZE; c++) {
      kinds[c] = computeKind(c);
    }
    return kinds;
  }

  private static Kind computeKind(char c) {
    if (isPlain(c)) {
      return Kind.PLAIN;
    }
    if (isSpace(c)) {
      return Kind.SPACE;
    }
    if (isInvisible(c) || isControl(c)) {
      return Kind.REMOVED;
    }
    if (isPresentationForm(c) && EXPANSIONS[c - FORMS_A_FIRST] != null) {
      return Kind.PRESENTATION_FORM;
    }
    return Kind.OTHER;
  }

  /** Whether char {@code i} can stay while no change has been made yet: the output so far is the input so far. */
  private static boolean keptAsIs(CharSequence line, int i, Kind kind) {
    return switch (kind) {
      case PLAIN, OTHER -> true;
      case SPACE -> line.charAt(i) == SPACE && i > 0 && line.charAt(i - 1) != SPACE;
      case REMOVED, PRESENTATION_FORM -> false;
    };
  }

  private static void append(StringBuilder out, char c, Kind kind) {
    switch (kind) {
      case PLAIN, OTHER -> out.append(c);
      case SPACE -> appendSpace(out);
      case REMOVED -> { }
      case PRESENTATION_FORM -> appendExpansion(out, EXPANSIONS[c - FORMS_A_FIRST]);
    }
  }

  /** Appends the chars of an NFKC expansion through the later rules (an expansion is never a presentation form). */
  private static void appendExpansion(StringBuilder out, String expansion) {
    for (int i = 0; i < expansion.length(); i++) {
      char c = expansion.charAt(i);
      append(out, c, kindOf(c));
    }
  }

  private static void appendSpace(StringBuilder out) {
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) != SPACE) {
      out.append(SPACE);
    }
  }

  private static CharSequence withoutOuterSpaces(CharSequence line) {
    int start = 0;
    int end = line.length();
    while (start < end && line.charAt(start) == SPACE) {
      start++;
    }
    while (end > start && line.charAt(end - 1) == SPACE) {
      end--;
    }
    return start == 0 && end == line.length() ? line : line.subSequence(start, end);
  }

  private static String withoutTrailingSpace(String s) {
    return s.endsWith(" ") ? s.substring(0, s.length() - 1) : s;
  }

  private static String withoutTrailingSpace(StringBuilder out) {
    int length = out.length();
    if (length > 0 && out.charAt(length - 1) == SPACE) {
      out.setLength(length - 1);
    }
    return out.toString();
  }

  /**
   * An Arabic harakah between two letters is already in NFC; NFC can only change a line where a mark follows
   * another mark (canonical reordering, shadda + fatha) or a hamza/madda mark follows a letter it composes with
   * (U+0653–U+0655). Anything else outside the plain set is checked to be safe.
   */
  private static boolean mayChangeUnderNfc(char previousOutput, char c) {
    boolean arabicMark = (c >= '\u064B' && c <= '\u065F') || c == '\u0670';
    if (!arabicMark || (c >= '\u0653' && c <= '\u0655')) {
      return true;
    }
    return Character.getType(previousOutput) == Character.NON_SPACING_MARK;
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  private static boolean isSpace(char c) {
    return c == SPACE || c == '\t'
        || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'
        || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200F')
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u061C' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
  }

  private static boolean isControl(char c) {
    return c < SPACE || (c >= '\u007F' && c <= '\u009F');
  }

  private static boolean isPresentationForm(char c) {
    return (c >= FORMS_A_FIRST && c <= FORMS_A_LAST) || (c >= FORMS_B_FIRST && c <= FORMS_B_LAST);
  }

  private static String[] buildExpansions() {
    String[] expansions = new String[FORMS_B_LAST - FORMS_A_FIRST + 1];
    for (char c = FORMS_A_FIRST; c <= FORMS_B_LAST; c++) {
      String form = String.valueOf(c);
      String expansion = Normalizer.normalize(form, Normalizer.Form.NFKC);
      if (isPresentationForm(c) && !expansion.equals(form)) {
        expansions[c - FORMS_A_FIRST] = expansion;
      }
    }
    return expansions;
  }
}
