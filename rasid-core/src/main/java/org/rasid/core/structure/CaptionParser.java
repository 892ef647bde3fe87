package org.rasid.core.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.model.Image;
import org.rasid.core.structure.Gazetteer.Kind;

/**
 * Recognizes photo caption lines.
 *
 * <ul>
 *   <li>{@code CAPTION (CREDIT)} where CREDIT is a known photo credit or agency ("Getty", "رويترز", "أرشيفية"), a
 *       labelled credit ("تصوير: …", "Photo: …"), or a Latin credit with a slash or an image word ("AFP/Getty",
 *       "Anadolu Images"). A bare Latin gloss such as "(AI)" is not a credit;
 *   <li>{@code CAPTION - أرشيفية} and {@code CAPTION – أرشيف};
 *   <li>a labelled credit closing the caption: {@code CAPTION. تصوير: NAME}, {@code CAPTION - صورة: NAME}, {@code
 *       CAPTION Photo: NAME} (the caption keeps its own final full stop; a dash before the label goes);
 *   <li>{@code صورة: CAPTION} / {@code الصورة: CAPTION} (no credit);
 *   <li>{@code (Getty)} or {@code (تصوير: …)} alone: an image known only by its credit. A news agency alone,
 *       "(رويترز)", is a byline, not an image.
 * </ul>
 *
 * A caption (without its credit or label) is at most {@value #MAX_WORDS} words.
 */
final class CaptionParser {

  static final int MAX_WORDS = 35;
  /** A caption line (caption, credit and label) is at most this many words. */
  static final int MAX_LINE_WORDS = MAX_WORDS + 8;
  /** A credit is at most this many words. */
  static final int MAX_CREDIT_WORDS = 6;

  private static final Pattern TRAILING_CREDIT = Pattern.compile("^(.*?)\\s*[(\\[]([^()\\[\\]]{1,80})[)\\]]$");
  private static final Pattern ARCHIVE_SUFFIX =
      Pattern.compile("^(.+?)\\s*[-–—]\\s*(أرشيفية|أرشيف|ارشيفية|ارشيف|صورة أرشيفية|صورة ارشيفية)$");
  /** After a full stop or a dash only: "الصورة: …" inside a sentence is no credit. */
  private static final Pattern TRAILING_LABELLED_CREDIT = Pattern.compile(
      "^(.*?[.!?؟]|.*?\\S\\s*[-–—|])\\s*(?:تصوير|صورة|الصورة|Photo|Photos|Credit)\\s*[:：]\\s*([^:：()]{1,80})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_LABEL = Pattern.compile("^(?:صورة|الصورة|في الصورة)\\s*[:：]\\s*(.+)$");
  private static final Pattern CREDIT_LABEL =
      Pattern.compile("^(?:(?:تصوير|صورة|الصورة|المصدر|Photo|Photos|Credit|Image|Foto)\\s*[:：]|Ph\\.)\\s*(.+)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PHOTOGRAPHER_LINE = Pattern.compile("^تصوير\\s*[:：]\\s*(.{2,80})$");
  /** "AFP/Getty", "Reuters/Mohammed Salem", "Anadolu Images": Latin credits with a slash or an image word. */
  private static final Pattern LATIN_CREDIT = Pattern.compile(
      "^[A-Z][A-Za-z&'. ]{1,30}/[A-Za-z&'. ]{2,30}$|^[A-Z][A-Za-z&'. ]{0,30} (?:Images|Photos?|Pictures)$");

  private final Gazetteer gazetteer;

  CaptionParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The image the line describes, or empty. */
  Optional<Image> parse(String line) {
    if (WordCount.exceeds(line, MAX_LINE_WORDS)) {
      return Optional.empty();
    }
    return parseCaption(line).filter(img -> img.caption() == null || WordCount.atMost(img.caption(), MAX_WORDS));
  }

  private Optional<Image> parseCaption(String line) {
    char last = line.isEmpty() ? 0 : line.charAt(line.length() - 1);
    Matcher m = TRAILING_CREDIT.matcher(line);
    if ((last == ')' || last == ']') && m.matches()) {
      String caption = m.group(1).strip();
      String inner = m.group(2).strip();
      String credit = credit(inner);
      if (credit != null) {
        if (caption.isEmpty()) {
          // "(Getty)" and "(تصوير: …)" alone are images; "(رويترز)" alone credits the story (a byline).
          boolean labelled = !credit.equals(inner);
          return labelled || isPhotoOnly(credit) ? Optional.of(new Image(null, credit)) : Optional.empty();
        }
        if (gazetteer.is(Kind.PLACE, trimDash(caption)) && gazetteer.is(Kind.AGENCY, credit)) {
          return Optional.empty(); // "باريس (أ ف ب)" is a dateline, not a photo of Paris
        }
        return Optional.of(new Image(trimDash(caption), credit));
      }
    }
    if (line.indexOf(':') > 0 || line.indexOf('：') > 0) {
      m = TRAILING_LABELLED_CREDIT.matcher(line);
      if (m.matches() && WordCount.atMost(m.group(2), MAX_CREDIT_WORDS) && WordCount.atLeast(m.group(1), 2)) {
        return Optional.of(new Image(trimDash(m.group(1).strip()), m.group(2).strip()));
      }
    }
    m = ARCHIVE_SUFFIX.matcher(line);
    if ((last == 'ف' || last == 'ة') && m.matches()) {
      return Optional.of(new Image(m.group(1).strip(), m.group(2)));
    }
    m = CAPTION_LABEL.matcher(line);
    if ((line.startsWith("صور") || line.startsWith("الصور") || line.startsWith("في الصور")) && m.matches()) {
      return Optional.of(new Image(m.group(1).strip(), null));
    }
    return Optional.empty();
  }

  /** A line "تصوير: NAME" on its own: the credit of the image before it, or of an image without caption. */
  Optional<String> photographer(String line) {
    if (!line.startsWith("تصوير")) {
      return Optional.empty();
    }
    Matcher m = PHOTOGRAPHER_LINE.matcher(line);
    return m.matches() && WordCount.atMost(m.group(1), MAX_CREDIT_WORDS) ? Optional.of(m.group(1).strip())
        : Optional.empty();
  }

  /** The credit inside the parentheses, label stripped, or null when it does not look like a credit. */
  private String credit(String inner) {
    Matcher labelled = CREDIT_LABEL.matcher(inner);
    if (labelled.matches()) {
      String name = labelled.group(1).strip();
      return WordCount.atMost(name, MAX_CREDIT_WORDS) ? name : null;
    }
    if (gazetteer.is(Kind.PHOTO_CREDIT, inner) || gazetteer.is(Kind.AGENCY, inner) || gazetteer.is(Kind.OUTLET, inner)) {
      return inner;
    }
    if (LATIN_CREDIT.matcher(inner).matches() && WordCount.atMost(inner, MAX_CREDIT_WORDS)) {
      return inner;
    }
    return null;
  }

  private boolean isPhotoOnly(String credit) {
    return !gazetteer.is(Kind.AGENCY, credit);
  }

  private static String trimDash(String caption) {
    String c = caption;
    while (!c.isEmpty() && "-–—|".indexOf(c.charAt(c.length() - 1)) >= 0) {
      c = c.substring(0, c.length() - 1).strip();
    }
    return c;
  }
}
