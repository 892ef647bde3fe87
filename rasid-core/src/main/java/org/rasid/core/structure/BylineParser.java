package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.structure.Gazetteer.Kind;

/**
 * Recognizes a line that is, as a whole, a byline, and tells its parts apart.
 *
 * <p>Accepted forms (each part checked against the {@link Gazetteer}):
 *
 * <ul>
 *   <li>{@code OUTLET – AUTHOR} ("الترا صوت – فريق التحرير"), {@code AUTHOR – OUTLET};
 *   <li>{@code PLACE/ OUTLET}, {@code PLACE - AGENCY} ("بغداد/ شفق نيوز", "القاهرة - أ ش أ"), optionally followed
 *       by an author part;
 *   <li>{@code PLACE: AUTHOR} ("لندن: رنيم حنوش");
 *   <li>author labels: {@code كتب:}, {@code كتبت:}, {@code بقلم}, {@code إعداد:}, {@code تقرير:}, {@code حوار:},
 *       {@code ترجمة:}, {@code متابعة:}, {@code بواسطة} followed by one or more names; the English labels
 *       {@code Author,}, {@code By:} (a comma or colon required) that Arabic editions of international sites keep;
 *   <li>agency credits: {@code (رويترز)}, {@code (رويترز، أ ف ب)}, {@code رويترز - أ ف ب}, {@code وكالات};
 *   <li>labelled fields (rasid's own text rendering uses them): {@code المصدر: …} (source, and agencies when it
 *       is one), {@code الوكالات: …} (agencies only), {@code المكان: …} (dateline), {@code كتب: …} (authors).
 * </ul>
 *
 * <p>A line is a byline only when every part is accounted for and at least one part is a known outlet, agency or
 * place, an author label or an editorial desk; two bare names are never a byline.
 */
final class BylineParser {

  static final int MAX_WORDS = 10;
  private static final int MAX_NAME_WORDS = 5;

  private static final Pattern AUTHOR_LABEL =
      Pattern.compile("^(?:كتب|كتبت|كتبه|كتبها|بقلم|إعداد|اعداد|تقرير|حوار|ترجمة|متابعة|تحرير|إعداد وتقديم|بواسطة)"
          + "(?:\\s*[:：\\-–—]\\s*|\\s+)(.+)$");
  private static final Pattern LATIN_AUTHOR_LABEL =
      Pattern.compile("^(?:Author|Authors|Written by|By)\\s*[,،:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:：\\-–—،,]+$");
  private static final Pattern SOURCE_LABEL =
      Pattern.compile("^(?:المصدر|مصدر الخبر)\\s*[:：\\-–—]\\s*(.+)$");
  private static final Pattern AGENCIES_LABEL = Pattern.compile("^(?:الوكالات|وكالات الأنباء)\\s*[:：]\\s*(.+)$");
  private static final Pattern DATELINE_LABEL = Pattern.compile("^(?:المكان|مكان النشر)\\s*[:：]\\s*(.+)$");
  private static final Pattern PARENTHESIZED = Pattern.compile("^[(\\[]([^()\\[\\]]+)[)\\]]$");
  /** "باريس (أ ف ب)", "القاهرة (رويترز، أ ف ب)". */
  private static final Pattern PLACE_THEN_PARENTHESIZED = Pattern.compile("^([^()]+?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]$");
  private static final Pattern PART_SEPARATOR =
      Pattern.compile("\\s*[–—|/]\\s*|\\s+-\\s*|\\s*-\\s+|\\s*[:：]\\s*|\\s+ـ\\s+");
  /** Slideshow buttons glued to a byline in some scrapes: "Next Previous عين اليوم – تبوك". */
  private static final Pattern NAVIGATION_PREFIX =
      Pattern.compile("^(?:(?:Next|Previous|Prev|السابق|التالي)\\s+)+");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[،,؛;]\\s*|\\s+و\\s+");
  private static final Pattern DESK =
      Pattern.compile("^(?:فريق التحرير|هيئة التحرير|التحرير|المحرر|محرر\\s.+|قسم\\s.+|مراسل\\s.+|مراسلو\\s.+"
          + "|مراسلنا|مراسلتنا|خاص|متابعات|فريق\\s.+|وحدة\\s.+|القسم\\s.+|الشؤون\\s.+)$");
  private static final Pattern NOT_A_NAME = Pattern.compile("[0-9٠-٩۰-۹!?؟«»\"“”%]");
  /** A dot after a word of three or more letters ends a sentence; "د." and "م." are titles. */
  private static final Pattern SENTENCE_DOT = Pattern.compile("[^\\s.]{3,}\\.");

  private final Gazetteer gazetteer;

  BylineParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The byline the line holds, or empty when the line is anything else. */
  Optional<Byline> parse(String line) {
    if (line.isEmpty() || WordCount.exceeds(line, MAX_WORDS)) {
      return Optional.empty();
    }
    char first = line.charAt(0);
    if (first == 'N' || first == 'P' || first == 'ا') {
      line = NAVIGATION_PREFIX.matcher(line).replaceFirst("");
      if (line.isEmpty()) {
        return Optional.empty();
      }
    }
    Matcher m = AUTHOR_LABEL.matcher(line);
    if (!m.matches() && (first == 'A' || first == 'a' || first == 'B' || first == 'b' || first == 'W'
        || first == 'w')) {
      m = LATIN_AUTHOR_LABEL.matcher(line);
    }
    if (m.matches()) {
      List<String> authors = names(TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst("")); // "كتب- NAME:"
      return authors.isEmpty() ? Optional.empty() : Optional.of(new Byline(null, List.of(), authors, null));
    }
    m = SOURCE_LABEL.matcher(line);
    if (m.matches()) {
      return labelled(m.group(1)).map(source -> new Byline(source,
          gazetteer.is(Kind.AGENCY, source) ? List.of(source) : List.of(), List.of(), null));
    }
    m = AGENCIES_LABEL.matcher(line);
    if (m.matches()) {
      return credits(m.group(1)).map(b -> new Byline(null, b.agencies(), List.of(), null));
    }
    m = DATELINE_LABEL.matcher(line);
    if (m.matches()) {
      return labelled(m.group(1)).map(place -> new Byline(null, List.of(), List.of(), place));
    }
    m = PARENTHESIZED.matcher(line);
    if (m.matches()) {
      return credits(m.group(1));
    }
    m = PLACE_THEN_PARENTHESIZED.matcher(line);
    if (m.matches() && gazetteer.is(Kind.PLACE, m.group(1))) {
      String place = m.group(1).strip();
      return credits(m.group(2)).map(b -> new Byline(b.source(), b.agencies(), List.of(), place));
    }
    Optional<Byline> agenciesOnly = credits(line);
    if (agenciesOnly.isPresent()) {
      return agenciesOnly;
    }
    return parts(line);
  }

  /**
   * A list of agencies, optionally with one outlet: "(رويترز، أ ف ب)", "وكالات", "الأهرام - رويترز". An outlet
   * alone is not enough (a line holding only "الأيام" may be a heading).
   */
  private Optional<Byline> credits(String text) {
    String[] items = LIST_SEPARATOR.split(text.strip());
    List<String> agencies = new ArrayList<>();
    String outlet = null;
    for (String raw : items) {
      String item = stripBrackets(raw);
      if (gazetteer.is(Kind.AGENCY, item)) {
        agencies.add(item);
      } else if (outlet == null && gazetteer.is(Kind.OUTLET, item)) {
        outlet = item;
      } else {
        return Optional.empty();
      }
    }
    if (agencies.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Byline(outlet != null ? outlet : agencies.getFirst(), agencies, List.of(), null));
  }

  /** The value of a labelled line ("المصدر: …"): a known name, or any short name-like text. */
  private Optional<String> labelled(String text) {
    String value = stripBrackets(text);
    boolean known = gazetteer.is(Kind.OUTLET, value) || gazetteer.is(Kind.AGENCY, value)
        || gazetteer.is(Kind.PLACE, value);
    boolean nameLike = WordCount.atMost(value, MAX_NAME_WORDS) && isNameLike(value);
    return !value.isEmpty() && (known || nameLike) ? Optional.of(value) : Optional.empty();
  }

  /** "OUTLET – AUTHOR", "PLACE/ OUTLET", "PLACE - AGENCY - AUTHOR", "PLACE: AUTHOR", "AUTHOR – OUTLET". */
  private Optional<Byline> parts(String line) {
    List<String> parts = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    Matcher m = PART_SEPARATOR.matcher(line);
    int start = 0;
    while (m.find()) {
      parts.add(stripBrackets(line.substring(start, m.start())));
      separators.add(m.group().strip());
      start = m.end();
    }
    parts.add(stripBrackets(line.substring(start)));
    if (parts.size() < 2 || parts.size() > 3 || parts.stream().anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    String source = null;
    String dateline = null;
    List<String> agencies = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    boolean anchored = false;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i == 0 && gazetteer.is(Kind.PLACE, part) && laterPartIsACredit(parts)) {
        dateline = part; // "الرياض - واس": the city, not the newspaper of the same name
        anchored = true;
      } else if (gazetteer.is(Kind.AGENCY, part)) {
        agencies.add(part);
        anchored = true;
      } else if (source == null && gazetteer.is(Kind.OUTLET, part)) {
        source = part;
        anchored = true;
      } else if (dateline == null && gazetteer.is(Kind.PLACE, part)) {
        dateline = part;
        anchored = true;
      } else if (DESK.matcher(part).matches()) {
        authors.add(part);
        anchored = true;
      } else if (isNameLike(part) && WordCount.atLeast(part, 2) && WordCount.atMost(part, MAX_NAME_WORDS)) {
        authors.addAll(names(part));
      } else if (dateline == null && source != null && i == parts.size() - 1 && isNameLike(part)
          && WordCount.atMost(part, 1)) {
        dateline = part; // "عين اليوم – تيرانا": after a known outlet a single word is a place, not a person
      } else {
        return Optional.empty();
      }
    }
    if (!anchored) {
      return Optional.empty();
    }
    boolean placeAndNameOnly = dateline != null && source == null && agencies.isEmpty();
    boolean placeFirst = dateline != null && dateline.equals(parts.getFirst());
    if (placeAndNameOnly && placeFirst && !separators.getFirst().matches("[:：/]")) {
      return Optional.empty(); // "غزة - الحرب" is a heading; "لندن: رنيم حنوش" and "نايف عبدالله – جدة" are bylines
    }
    if (dateline != null && authors.isEmpty() && source == null && agencies.isEmpty()) {
      return Optional.empty();
    }
    if (source == null && !agencies.isEmpty()) {
      source = agencies.getFirst();
    }
    return Optional.of(new Byline(source, agencies, authors, dateline));
  }

  private boolean laterPartIsACredit(List<String> parts) {
    for (int i = 1; i < parts.size(); i++) {
      if (gazetteer.is(Kind.AGENCY, parts.get(i)) || gazetteer.is(Kind.OUTLET, parts.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Splits "أحمد علي ومحمد حسن" or "أحمد علي، محمد حسن" into names; empty when a piece is not name-like. */
  static List<String> names(String text) {
    List<String> names = new ArrayList<>();
    for (String piece : text.strip().split("\\s*[،,؛;]\\s*|\\s+و\\s+")) {
      splitOnAttachedWaw(piece.strip(), names);
    }
    for (String name : names) {
      if (name.isEmpty() || !isNameLike(name) || WordCount.exceeds(name, MAX_NAME_WORDS + 2)) {
        return List.of();
      }
    }
    return names;
  }

  /** "أحمد علي ومحمد حسن": a word starting with و after at least two words starts a second name. */
  private static void splitOnAttachedWaw(String piece, List<String> out) {
    String[] words = piece.split(" ");
    StringBuilder current = new StringBuilder();
    int inCurrent = 0;
    for (String word : words) {
      boolean startsName = inCurrent >= 2 && word.length() > 2 && word.charAt(0) == 'و'
          && !word.startsWith("ولد") && !word.startsWith("وهبة") && !word.startsWith("وليد")
          && !word.startsWith("وائل") && !word.startsWith("وفاء") && !word.startsWith("وسام");
      if (startsName) {
        out.add(current.toString());
        current.setLength(0);
        inCurrent = 0;
        word = word.substring(1);
      }
      if (!current.isEmpty()) {
        current.append(' ');
      }
      current.append(word);
      inCurrent++;
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
  }

  private static boolean isNameLike(String text) {
    return !NOT_A_NAME.matcher(text).find() && !SENTENCE_DOT.matcher(text).find();
  }

  private static String stripBrackets(String text) {
    String s = text.strip();
    while (s.length() >= 2 && (s.charAt(0) == '(' || s.charAt(0) == '[')
        && (s.charAt(s.length() - 1) == ')' || s.charAt(s.length() - 1) == ']')) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
