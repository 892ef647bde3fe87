package org.rasid.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rasid.core.io.Decoded;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.io.TextDecoder;

/**
 * Decodes a web page to text, whatever its declared charsets claim. Supported: UTF-8, windows-1256, ISO-8859-6,
 * UTF-16LE/BE, and as declared US-ASCII and ISO-8859-1/windows-1252 (read as windows-1252, as browsers do). Labels
 * are resolved as in the WHATWG Encoding Standard ({@link CharsetLabels}).
 *
 * <p>Rules, in order; the first that decides wins:
 *
 * <ol>
 *   <li><b>Limits and junk.</b> More than {@link Limits#MAX_DOCUMENT_BYTES} bytes: TOO_LARGE. Then {@link
 *       TextDecoder#decode} runs on the bytes (its cascade is the content sniff below): empty or blank input is
 *       EMPTY; a binary signature, NUL bytes (unless the bytes are UTF-16) or control-byte noise is BINARY.
 *   <li><b>Byte-order mark.</b> A UTF-8, UTF-16LE or UTF-16BE mark decides, over any declaration (as in browsers).
 *       Bytes that do not follow their mark (more than one malformed sequence per 20 chars) are UNDECODABLE.
 *   <li><b>UTF-16 without a mark</b>, when the bytes show the UTF-16 byte pattern (NUL / 0x06 high bytes at one
 *       position of each pair, {@link TextDecoder#utf16ByteOrder}) and decode to mostly letters ({@link TextDecoder}) or to markup
 *       (first visible char {@code <}, little damage): an ASCII-compatible declaration cannot be true of such
 *       bytes. A declaration of the same UTF-16 is credited with the choice.
 *   <li><b>Declarations</b>, in order of trust: the HTTP {@code Content-Type} charset, then the page's own in the
 *       first {@link Limits#MAX_CHARSET_PRESCAN_BYTES} bytes in document order (XML declaration at byte 0, {@code
 *       <meta charset>}, {@code <meta http-equiv="Content-Type">}; {@link CharsetDeclarations}). The first one the
 *       bytes do not disprove is used. A declaration is disproved when:
 *       <ul>
 *         <li>UTF-8: any malformed sequence (strict decoding);
 *         <li>UTF-16 (no mark, no UTF-16 pattern): always;
 *         <li>a single-byte charset: the bytes are valid UTF-8 with at least one multi-byte sequence (legacy text
 *             almost never is), or UTF-8 with light damage by {@link TextDecoder}'s measure (at most one malformed
 *             sequence per 20 non-ASCII chars); or a byte is undefined in it (a C1 byte 0x80–0x9F or an
 *             unassigned byte such as 0xDD {@code ف} of windows-1256 under ISO-8859-6; any high byte under
 *             US-ASCII); or, for
 *             windows-1256, ISO-8859-6 and windows-1252, the other Arabic code page also decodes every byte and
 *             reads strictly more plausibly ({@link ArabicPlausibility}: clean Arabic letters against mojibake
 *             words such as Arabic mixed with accented Latin, accented Latin-1 runs, tanween inside a word).
 *             Ties keep the declaration.
 *       </ul>
 *   <li><b>Content</b>, when no declaration survived: the {@link TextDecoder} choice (valid UTF-8; UTF-8 with at
 *       most one malformed sequence per 20 non-ASCII chars; else the Arabic code page), the code page then
 *       re-chosen between windows-1256 and ISO-8859-6 by plausibility (ties keep TextDecoder's).
 * </ol>
 *
 * <p><b>Damage.</b> The text holds U+FFFD only when the bytes are broken in every plausible charset: a marked
 * document with light damage, or UTF-8 with a stray or cut sequence (at most one per 20 non-ASCII chars). Such a
 * document is kept, not rejected: the damage is bounded by that ratio, the rest of the article is intact, and {@link
 * CharsetResolution#replacements()} reports it. Past the ratio a marked document is UNDECODABLE; unmarked bytes that
 * are not UTF-8 fall to windows-1256, which decodes every byte, so never carry U+FFFD.
 */
public final class HtmlDecoder {
  private static final List<Charset> ARABIC_CODE_PAGES =
      List.of(CharsetLabels.WINDOWS_1256, CharsetLabels.ISO_8859_6);
  private static final int LAST_ASCII = 0x7F;
  private static final int C1_LAST = 0x9F;
  private static final int FIRST_UTF8_LEAD = 0xC2;
  private static final int BYTE_VALUES = 256;
  /** Chars needed per malformed sequence or control char for BOM-less UTF-16 markup (as TextDecoder's ratio). */
  private static final int DAMAGE_RATIO = 20;

  private HtmlDecoder() {}

  /**
   * The text of a page, by the rules above.
   *
   * @param bytes the page as received
   * @param contentType the HTTP {@code Content-Type} header, or null when there was none (a file)
   * @param document the document's name for errors
   * @return the text, its charset and whether it had a byte-order mark
   * @throws InputRejectedException when the bytes are empty, binary, too large or undecodable
   */
  public static Decoded decode(byte[] bytes, String contentType, String document) {
    return resolve(bytes, contentType, document).decoded();
  }

  /**
   * The text of a page with the evidence that chose its charset and the verdict on every declaration.
   *
   * @param bytes the page as received
   * @param contentType the HTTP {@code Content-Type} header, or null when there was none (a file)
   * @param document the document's name for errors
   * @return the decoded text, the deciding evidence and the declarations
   * @throws InputRejectedException when the bytes are empty, binary, too large or undecodable
   */
  public static CharsetResolution resolve(byte[] bytes, String contentType, String document) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(document, "document");
    if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
      throw InputRejectedException.tooLarge(document, bytes.length, Limits.MAX_DOCUMENT_BYTES);
    }
    Decoded sniffed = markupInUtf16(bytes).orElseGet(() -> TextDecoder.decode(bytes, document));
    List<CharsetDeclarations.Found> found = CharsetLabels.isUtf16(sniffed.charset())
        ? CharsetDeclarations.ofText(sniffed.text(), contentType)
        : CharsetDeclarations.of(bytes, contentType);
    return new Resolver(bytes, sniffed, found).resolve();
  }

  /**
   * A page in UTF-16 without a byte-order mark whose text is mostly markup, which {@link TextDecoder} (made for
   * plain text, where it asks for mostly letters) would take for binary: the UTF-16 byte pattern, then at most one
   * malformed sequence or control char per {@value #DAMAGE_RATIO} chars, no NUL char, and the first visible char a
   * {@code <}.
   */
  private static Optional<Decoded> markupInUtf16(byte[] bytes) {
    if (startsWithBom(bytes)) {
      return Optional.empty();
    }
    return TextDecoder.utf16ByteOrder(bytes, Math.min(bytes.length, Limits.MAX_SNIFF_BYTES)).flatMap(charset -> {
      String text = new String(bytes, charset);
      int damage = 0;
      int first = -1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\0') {
          return Optional.empty(); // binary: TextDecoder says so
        }
        boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        damage += c == '\uFFFD' || (Character.isISOControl(c) && !space) ? 1 : 0;
        first = first < 0 && !space ? i : first;
      }
      boolean markup = first >= 0 && text.charAt(first) == '<';
      return markup && (long) damage * DAMAGE_RATIO <= text.length()
          ? Optional.of(new Decoded(text, charset, false))
          : Optional.empty();
    });
  }

  private static boolean startsWithBom(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = bytes.length > 2 ? bytes[2] & 0xFF : -1;
    return (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF);
  }

  /** One decision; holds the strict readings it has made so that each charset is decoded at most once. */
  private static final class Resolver {
    private final byte[] bytes;
    private final Decoded sniffed;
    private final List<CharsetDeclarations.Found> found;
    private final Map<Charset, SingleByteReading> readings = new HashMap<>();
    private Utf8Reading utf8;

    Resolver(byte[] bytes, Decoded sniffed, List<CharsetDeclarations.Found> found) {
      this.bytes = bytes;
      this.sniffed = sniffed;
      this.found = found;
    }

    CharsetResolution resolve() {
      if (sniffed.hadBom()) {
        return overriding(CharsetEvidence.BOM, "byte-order mark (" + sniffed.charset().name() + ")",
            "overridden by the byte-order mark");
      }
      if (CharsetLabels.isUtf16(sniffed.charset())) {
        return overriding(CharsetEvidence.CONTENT,
            "no byte-order mark, but the " + sniffed.charset().name() + " byte pattern",
            "disproved: the bytes are " + sniffed.charset().name() + " (NUL or 0x06 high bytes)");
      }
      List<CharsetDeclaration> verdicts = new ArrayList<>();
      Decoded chosen = null;
      CharsetEvidence evidence = null;
      String reason = null;
      for (CharsetDeclarations.Found declaration : found) {
        Optional<Charset> charset = CharsetLabels.lookup(declaration.label());
        if (charset.isEmpty()) {
          verdicts.add(verdict(declaration, null, "unsupported label"));
          continue;
        }
        String disproof = disproof(charset.get());
        if (disproof != null) {
          verdicts.add(verdict(declaration, charset.get(), "disproved: " + disproof));
        } else if (chosen == null) {
          chosen = new Decoded(text(charset.get()), charset.get(), false);
          evidence = declaration.source();
          reason = describe(declaration) + ", consistent with the bytes";
          verdicts.add(verdict(declaration, charset.get(), "used"));
        } else {
          verdicts.add(verdict(declaration, charset.get(), charset.get().equals(chosen.charset())
              ? "agrees" : "not used (an earlier declaration decided)"));
        }
      }
      if (chosen != null) {
        return new CharsetResolution(chosen, evidence, reason, verdicts);
      }
      String preface = found.isEmpty() ? "no declaration; " : "no declaration held; ";
      return fromContent(preface, verdicts);
    }

    /** The sniffed decoding decides; each declaration agrees with it or gets {@code otherwise}. */
    private CharsetResolution overriding(CharsetEvidence evidence, String reason, String otherwise) {
      List<CharsetDeclaration> verdicts = new ArrayList<>();
      CharsetEvidence decidedBy = evidence;
      String decision = reason;
      for (CharsetDeclarations.Found declaration : found) {
        Charset charset = CharsetLabels.lookup(declaration.label()).orElse(null);
        if (charset == null) {
          verdicts.add(verdict(declaration, null, "unsupported label"));
        } else if (!charset.equals(sniffed.charset())) {
          verdicts.add(verdict(declaration, charset, otherwise));
        } else if (decidedBy == CharsetEvidence.CONTENT) {
          decidedBy = declaration.source();
          decision = describe(declaration) + ", consistent with the bytes (" + reason + ")";
          verdicts.add(verdict(declaration, charset, "used"));
        } else {
          verdicts.add(verdict(declaration, charset, "agrees"));
        }
      }
      return new CharsetResolution(sniffed, decidedBy, decision, verdicts);
    }

    private CharsetResolution fromContent(String preface, List<CharsetDeclaration> verdicts) {
      Charset charset = sniffed.charset();
      if (!ARABIC_CODE_PAGES.contains(charset)) {
        String what = utf8().firstBadOffset() < 0
            ? (utf8().multiByte() == 0 ? "ASCII only, read as UTF-8" : "valid UTF-8")
            : "mostly UTF-8, " + malformedUtf8() + " malformed sequence(s) kept as U+FFFD (the first at byte offset "
                + utf8().firstBadOffset() + ")";
        return new CharsetResolution(sniffed, CharsetEvidence.CONTENT, preface + "content: " + what, verdicts);
      }
      Charset best = charset;
      SingleByteReading bestReading = reading(charset);
      for (Charset other : ARABIC_CODE_PAGES) {
        SingleByteReading candidate = reading(other);
        if (candidate.valid() && candidate.score().value() > bestReading.score().value()) {
          best = other;
          bestReading = candidate;
        }
      }
      return new CharsetResolution(new Decoded(bestReading.text(), best, false), CharsetEvidence.CONTENT,
          preface + "content: not UTF-8; " + best.name() + " reads best, " + bestReading.score(), verdicts);
    }

    /** U+FFFD chars of the lenient UTF-8 text that stand for malformed bytes, not for an encoded U+FFFD (EF BF BD). */
    private long malformedUtf8() {
      long inText = sniffed.text().chars().filter(c -> c == '\uFFFD').count();
      long encoded = 0;
      for (int i = 0; i + 2 < bytes.length; i++) {
        encoded += (bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD ? 1 : 0;
      }
      return inText - encoded;
    }

    /** Why the bytes cannot be in {@code charset}, or null when they can. */
    private String disproof(Charset charset) {
      if (CharsetLabels.isUtf16(charset)) {
        return "no byte-order mark and no UTF-16 byte pattern";
      }
      if (charset.equals(StandardCharsets.UTF_8)) {
        int bad = utf8().firstBadOffset();
        return bad < 0 ? null : "malformed UTF-8 at byte offset " + bad;
      }
      if (utf8().firstBadOffset() < 0 && utf8().multiByte() > 0) {
        return "the bytes are valid UTF-8 with " + utf8().multiByte() + " multi-byte sequence(s)";
      }
      if (sniffed.charset().equals(StandardCharsets.UTF_8) && utf8().firstBadOffset() >= 0) {
        return "the bytes are UTF-8 but for a few malformed sequences (the first at byte offset "
            + utf8().firstBadOffset() + ")";
      }
      SingleByteReading declared = reading(charset);
      if (!declared.valid()) {
        return declared.failure();
      }
      if (charset.equals(StandardCharsets.US_ASCII)) {
        return null;
      }
      for (Charset other : ARABIC_CODE_PAGES) {
        if (other.equals(charset)) {
          continue;
        }
        SingleByteReading alternative = reading(other);
        if (alternative.valid() && alternative.score().value() > declared.score().value()) {
          return other.name() + " reads better: " + alternative.score() + " against " + declared.score();
        }
      }
      return null;
    }

    private String text(Charset charset) {
      return charset.equals(StandardCharsets.UTF_8) ? utf8().text() : reading(charset).text();
    }

    private Utf8Reading utf8() {
      if (utf8 == null) {
        utf8 = Utf8Reading.of(bytes);
      }
      return utf8;
    }

    private SingleByteReading reading(Charset charset) {
      return readings.computeIfAbsent(charset, c -> SingleByteReading.of(bytes, c));
    }

    private static CharsetDeclaration verdict(CharsetDeclarations.Found declaration, Charset charset, String text) {
      return new CharsetDeclaration(declaration.source(), declaration.label(), charset, text);
    }

    private static String describe(CharsetDeclarations.Found declaration) {
      String where = switch (declaration.source()) {
        case HTTP_HEADER -> "HTTP header charset=";
        case XML_DECLARATION -> "XML declaration encoding=";
        case META -> "meta charset=";
        case BOM, CONTENT -> throw new IllegalStateException("not a declaration: " + declaration.source());
      };
      return where + declaration.label();
    }
  }

  /**
   * The bytes read strictly as UTF-8.
   *
   * @param text the text, or null when a sequence is malformed
   * @param firstBadOffset the offset of the first malformed sequence, or -1
   * @param multiByte how many multi-byte sequences there are (when valid)
   */
  private record Utf8Reading(String text, int firstBadOffset, int multiByte) {
    static Utf8Reading of(byte[] bytes) {
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return new Utf8Reading(null, in.position(), 0);
      }
      decoder.flush(out);
      int multiByte = 0;
      for (byte b : bytes) {
        multiByte += (b & 0xFF) >= FIRST_UTF8_LEAD ? 1 : 0;
      }
      return new Utf8Reading(out.flip().toString(), -1, multiByte);
    }
  }

  /** The bytes read in a single-byte charset that may leave bytes undefined; scored on first use. */
  private static final class SingleByteReading {
    private static final Map<Charset, boolean[]> DEFINED = new ConcurrentHashMap<>();

    /** The text, or null when a byte is undefined. */
    private final String text;
    /** Why the bytes are not in the charset, or null. */
    private final String failure;
    private ArabicPlausibility.Score score;

    private SingleByteReading(String text, String failure) {
      this.text = text;
      this.failure = failure;
    }

    static SingleByteReading of(byte[] bytes, Charset charset) {
      boolean[] defined = DEFINED.computeIfAbsent(charset, SingleByteReading::definedBytes);
      boolean c1Undefined = charset.equals(CharsetLabels.ISO_8859_6);
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xFF;
        boolean c1 = b > LAST_ASCII && b <= C1_LAST;
        if (!defined[b] || (c1Undefined && c1)) {
          return new SingleByteReading(null, String.format(Locale.ROOT, "%s 0x%02X at offset %d is not a character"
              + " in %s", c1 ? "C1 control byte" : "byte", b, i, charset.name()));
        }
      }
      return new SingleByteReading(new String(bytes, charset), null);
    }

    boolean valid() {
      return text != null;
    }

    String text() {
      return text;
    }

    String failure() {
      return failure;
    }

    ArabicPlausibility.Score score() {
      if (score == null) {
        score = ArabicPlausibility.score(text);
      }
      return score;
    }

    private static boolean[] definedBytes(Charset charset) {
      boolean[] defined = new boolean[BYTE_VALUES];
      for (int b = 0; b < BYTE_VALUES; b++) {
        try {
          charset.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(new byte[] {(byte) b}));
          defined[b] = true;
        } catch (CharacterCodingException e) {
          defined[b] = false;
        }
      }
      return defined;
    }
  }
}
