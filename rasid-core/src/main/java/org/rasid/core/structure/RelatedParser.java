package org.rasid.core.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.model.RelatedLink;

/**
 * Recognizes "read also" lines: {@code اقرأ/ي أيضًا:}, {@code اقرأ أيضا}, {@code إقرأ أيضاً}, {@code طالع أيضا},
 * {@code شاهد أيضا}, {@code للمزيد:}, {@code إقرأ المزيد}, {@code يهمك أيضا}, {@code مواضيع ذات صلة} and their
 * spelling variants (hamza on alef or not, tanween or not, "/ي" for the feminine reader).
 */
final class RelatedParser {

  /** The outcome for one line. */
  sealed interface Result {}

  /** A marker with the linked title on the same line. */
  record Link(RelatedLink link) implements Result {}

  /** A marker alone: the titles follow on the next lines. */
  record MarkerOnly() implements Result {}

  private static final String ALEF = "[اأإآ]";
  private static final String MARKS = "[\\u064B-\\u0652]*";
  private static final String ALSO = "(?:" + ALEF + MARKS + "ي" + MARKS + "ض" + MARKS + "ا" + MARKS + "|كذلك|المزيد)";
  private static final String READER = "(?:/ي|ي)?";
  /** "اقرأ أيضًا", "طالع أيضا", "شاهد كذلك", "إقرأ المزيد": unambiguous, a separator is optional. */
  private static final Pattern STRONG_MARKER = Pattern.compile("^(?:"
      + "(?:" + ALEF + "قر" + ALEF + READER + "|طالع" + READER + "|شاهد" + READER + ")" + MARKS + "\\s+" + ALSO
      + "(?:\\s+المزيد)?"
      + ")\\s*[:：\\-–—]?\\s*(.*)$");
  /** "للمزيد:", "يهمك:", "ذات صلة:": words that also start sentences, so a separator or the line end is required. */
  private static final Pattern WEAK_MARKER = Pattern.compile("^(?:"
      + "للمزيد(?:\\s+" + ALEF + "قر" + ALEF + READER + ")?"
      + "|(?:قد\\s+)?يهمك(?:\\s+" + ALSO + ")?"
      + "|(?:مواضيع|مقالات|أخبار|اخبار|موضوعات|روابط)\\s+ذات\\s+صلة"
      + "|ذات\\s+صلة"
      + ")(?:\\s*[:：\\-–—]\\s*(.*)|\\s*)$");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"«»]+");
  /** The longest related title taken from a line. */
  static final int MAX_TITLE_WORDS = 30;

  /** The related link on this line, a marker alone, or empty. */
  Optional<Result> parse(String line) {
    char first = line.isEmpty() ? 0 : line.charAt(0);
    if ("اأإآطشلقيمذر".indexOf(first) < 0) {
      return Optional.empty(); // fast path: every marker starts with one of these letters
    }
    Matcher m = STRONG_MARKER.matcher(line);
    if (!m.matches()) {
      m = WEAK_MARKER.matcher(line);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    String rest = m.group(1) == null ? "" : m.group(1).strip();
    if (rest.isEmpty()) {
      return Optional.of(new MarkerOnly());
    }
    return link(rest).map(Link::new);
  }

  /** A title line under a marker: a short line without final punctuation, or one holding a URL. */
  Optional<RelatedLink> titleLine(String line) {
    if (URL.matcher(line).find()) {
      return link(line);
    }
    if (WordCount.exceeds(line, 20) || Punctuation.endsSentence(line)) {
      return Optional.empty();
    }
    return link(line);
  }

  private static Optional<RelatedLink> link(String text) {
    Matcher u = URL.matcher(text);
    String url = null;
    String title = text;
    if (u.find()) {
      url = u.group();
      title = (text.substring(0, u.start()) + " " + text.substring(u.end())).strip();
      title = stripEdges(title);
    }
    if (title.isEmpty() && url == null) {
      return Optional.empty();
    }
    if (WordCount.exceeds(title, MAX_TITLE_WORDS)) {
      return Optional.empty();
    }
    return Optional.of(new RelatedLink(title.isEmpty() ? url : title, url));
  }

  private static String stripEdges(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ":：-–—|()[]<>".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    while (!t.isEmpty() && ":：-–—|()[]<>".indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    return t.replaceAll("\\s+", " ");
  }
}
