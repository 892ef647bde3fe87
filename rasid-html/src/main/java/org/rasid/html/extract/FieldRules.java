package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.structure.Gazetteer;
import org.rasid.core.structure.Gazetteer.Kind;

/**
 * How the record's fields are chosen from what a page offers: its markup ({@link PageMetadata}), its visible head
 * ({@link ArticleHead}, structured) and its body text (structured). Pure functions, one per field.
 *
 * <ul>
 *   <li><b>published</b>: the markup's date-time wins (it is the first publication, to the minute); a markup
 *       date without a time gives way to a visible stamp of the same day with one; without markup, the first
 *       visible stamp of the head, then of the body.
 *   <li><b>authors</b>: the visible byline wins over the markup: bylines the structurer recognizes in the head
 *       (with a bold {@code PLACE: NAME} line opening the body and an agency's closing signature), then in the
 *       body, then the markup's authors, then bare names in the first writer element ({@link #namesOf}); each
 *       list without what is not a person or desk ({@link #isAuthor}).
 *   <li><b>source</b>: a news agency credited in a byline or dateline, as written (not the generic {@code
 *       وكالات}); else the site's name, shortened to the agency's credit when the site is an agency ({@code وكالة
 *       الأنباء الكويتية - كونا} → {@code كونا}, by the agencies gazetteer); else the outlet a visible byline
 *       names.
 * </ul>
 */
public final class FieldRules {
  private FieldRules() {}

  /** A writer's name has at most this many words. */
  static final int MAX_NAME_WORDS = 5;
  /** An outlet's credit line opening the body ("رووداو ديجيتال") has at most this many words. */
  static final int MAX_CREDIT_LINE_WORDS = 4;

  /** CMS accounts shown as authors by blog themes: never a writer. */
  static final Set<String> CMS_ACCOUNTS = Set.of("admin", "administrator", "editor", "webmaster", "root",
      "user", "author", "staff", "wpadmin", "superadmin", "مدير الموقع", "ادارة الموقع", "إدارة الموقع",
      "الإدارة", "الادارة", "المدير");
  private static final Set<String> ORGANIZATION_WORDS = Set.of("وكالة", "موقع", "صحيفة", "جريدة", "قناة",
      "شبكة", "مجلة");
  /** A wire dateline (place and date) before the agency's credit has at most this many words. */
  static final int MAX_DATELINE_WORDS = 6;
  private static final Pattern OPENING_CREDIT =
      Pattern.compile("^(.{0,80}?)(?:/\\s*([^/()\\n]{1,25}?)\\s*/|\\(([^()\\n]{1,25})\\))");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?؟،,؛;:«»\"]");
  private static final Set<String> FLASH_LABELS = Set.of("عاجل", "خاص", "حصري", "تحديث", "مباشر", "فيديو",
      "بالفيديو", "صور", "بالصور", "تقرير", "رأي", "تحليل", "متابعة", "تنويه", "ملاحظة", "إعلان", "اعلان");
  /** Words of the chrome around bylines (follow buttons, archives, job titles), never in a writer's name. */
  private static final Set<String> CHROME_WORDS = Set.of("follow", "author", "authors", "archive", "email",
      "writer", "staff", "editor", "contributor", "correspondent", "reporter", "bio", "profile", "more", "posts",
      "twitter", "rss", "feed", "view", "by", "تابع", "تابعوا", "مقالات", "الكاتب", "كاتب", "المزيد", "محرر",
      "مراسل");
  /** Lower-case particles of Latin names ("Ludwig van Beethoven", "Ibn", "bin"). */
  private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "del", "da", "di", "der", "den",
      "la", "le", "bin", "ibn", "al", "el", "du", "dos", "das");
  private static final Pattern LATIN_BY = Pattern.compile("^(?:By|Written by|Words by)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}][\\p{L}\\p{M} .'’\\-]*$");
  private static final Pattern TRAILING_PLACE = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]{1,30})[)\\]]$");
  private static final Pattern SIGNATURE_NAME = Pattern.compile("\\p{IsArabic}{2,}(?: \\p{IsArabic}{2,}){0,2}");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?؟:،,؛;\"«»]");

  /** The publication date: see the class comment. */
  public static String published(String markup, String head, String body) {
    String visible = head != null ? head : body;
    if (markup == null) {
      return visible;
    }
    if (markup.indexOf('T') < 0 && visible != null && visible.startsWith(markup) && visible.length() > markup.length()) {
      return visible; // "2023-08-08" in the markup, "12:08-8 أغسطس 2023" on the page
    }
    return markup;
  }

  /** The first non-empty list of real writers among the candidate lists, in order of trust. */
  public static List<String> authors(List<List<String>> tiers, String... outlets) {
    for (List<String> candidates : tiers) {
      List<String> kept = new ArrayList<>();
      for (String a : candidates) {
        if (isAuthor(a, outlets) && !kept.contains(a)) {
          kept.add(a);
        }
      }
      if (!kept.isEmpty()) {
        return kept;
      }
    }
    return List.of();
  }

  /**
   * True when {@code name} can be a writer: not a URL, not a CMS account ({@code admin}), not one of the page's
   * outlets, not a known outlet or news agency.
   */
  public static boolean isAuthor(String name, String... outlets) {
    if (name == null || name.isBlank() || name.startsWith("http")) {
      return false;
    }
    String n = name.strip();
    if (CMS_ACCOUNTS.contains(n.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String key = Gazetteer.key(n);
    for (String o : outlets) {
      if (o != null && Gazetteer.key(o).equals(key)) {
        return false;
      }
    }
    Gazetteer g = Gazetteer.defaults();
    return !g.is(Kind.OUTLET, n) && !g.is(Kind.AGENCY, n);
  }

  /**
   * The source: an agency credited in the text, else the site's name (an agency's short credit on an agency's
   * site), else the outlet a visible byline names.
   *
   * @param agencies agencies the head and body credit, in order
   * @param siteName the page's name for itself ({@code og:site_name}, JSON-LD publisher), or null
   * @param bylineOutlet the outlet a visible byline names, or null
   */
  public static String source(List<String> agencies, String siteName, String bylineOutlet) {
    for (String a : agencies) {
      if (!Gazetteer.key(a).equals(Gazetteer.key("وكالات"))) {
        return a;
      }
    }
    if (siteName != null) {
      return agencyCredit(siteName).orElse(siteName);
    }
    return bylineOutlet;
  }

  /** The short (Arabic) credit of a news agency an Arabic site name names, whole or as one part of it. */
  static Optional<String> agencyCredit(String siteName) {
    if (!siteName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      return Optional.empty(); // "Reuters" stays Latin: the gazetteer's credits are Arabic
    }
    Gazetteer g = Gazetteer.defaults();
    if (g.is(Kind.AGENCY, siteName)) {
      return Optional.of(g.canonical(Kind.AGENCY, siteName));
    }
    for (String part : siteName.split("\\s*[-–—|:：]\\s*")) {
      if (!part.isBlank() && g.is(Kind.AGENCY, part)) {
        return Optional.of(g.canonical(Kind.AGENCY, part));
      }
    }
    return Optional.empty();
  }

  /**
   * The writers a writer element names when its text is no byline the structurer knows: bare names, a trailing
   * place in brackets dropped ({@code خالد الجابري (جدة)} → {@code خالد الجابري}), several names split at commas.
   * Empty when the text is not names.
   */
  public static List<String> namesOf(String text) {
    String t = text.strip();
    Matcher m = TRAILING_PLACE.matcher(t);
    if (m.matches() && words(m.group(2)) <= 2) {
      t = m.group(1).strip();
    }
    t = t.replaceAll("^[\\s:：\\-–—،,]+|[\\s:：\\-–—،,]+$", "");
    t = LATIN_BY.matcher(t).replaceFirst("");
    List<String> out = new ArrayList<>();
    for (String part : t.split("\\s*[،,]\\s*|\\s+and\\s+")) {
      String p = part.strip();
      if (p.isEmpty() || words(p) > MAX_NAME_WORDS || !NAME.matcher(p).matches() || startsWithOrganizationWord(p)
          || !latinNameShaped(p) || hasChromeWord(p)) {
        return List.of();
      }
      out.add(p);
    }
    return out;
  }

  /**
   * The news agency a wire dateline opening the first paragraph credits: {@code أبوظبي في 3 يناير / وام / بدأ…},
   * {@code الكويت - 5 - 2 (كونا) -- أقر…}, {@code لندن (رويترز) - قال…}: a known agency in slashes or brackets
   * within the first {@link #MAX_DATELINE_WORDS} words, with no sentence punctuation before it. The agency as
   * written. Empty for anything else (an outlet's name, {@code «القدس العربي»}, is no agency).
   */
  public static Optional<String> openingAgency(String paragraph) {
    Matcher m = OPENING_CREDIT.matcher(paragraph);
    if (!m.find() || words(m.group(1)) > MAX_DATELINE_WORDS || SENTENCE_END.matcher(m.group(1)).find()) {
      return Optional.empty();
    }
    String agency = m.group(2) != null ? m.group(2).strip() : m.group(3).strip();
    return Gazetteer.defaults().is(Kind.AGENCY, agency) && !Gazetteer.key(agency).equals(Gazetteer.key("وكالات"))
        ? Optional.of(agency) : Optional.empty();
  }

  /**
   * The writer a bold line opening the body names ({@code بني ملال: عزيز المرابط}): a place of one to three words,
   * a colon, and two to four words of a name ({@link #namesOf}). The place is not checked against the gazetteer
   * (regional sites name small towns), but a flash label ({@code عاجل:}, {@code خاص:}) is no place. Empty for
   * anything else.
   */
  public static List<String> leadByline(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0 || line.indexOf(':', colon + 1) >= 0) {
      return List.of();
    }
    String place = line.substring(0, colon).strip();
    String name = line.substring(colon + 1).strip();
    if (words(place) > 3 || !NAME.matcher(place).matches() || FLASH_LABELS.contains(place)
        || words(name) < 2 || words(name) > 4) {
      return List.of();
    }
    List<String> names = namesOf(name);
    return names.size() == 1 ? names : List.of();
  }

  /**
   * The editors an agency's closing signature names ({@code رضا عبدالنور/ أحمد النعيمي}): two or three names of one
   * to three Arabic words (of two letters or more: "م ع ا" is a code) joined by slashes, none a known place, outlet or agency. Empty for anything else.
   */
  public static List<String> signature(String line) {
    String[] parts = line.strip().split("\\s*/\\s*", -1);
    if (parts.length < 2 || parts.length > 3) {
      return List.of();
    }
    Gazetteer g = Gazetteer.defaults();
    Set<String> names = new LinkedHashSet<>();
    for (String p : parts) {
      if (!SIGNATURE_NAME.matcher(p).matches() || g.is(Kind.PLACE, p) || g.is(Kind.OUTLET, p)
          || g.is(Kind.AGENCY, p) || startsWithOrganizationWord(p) || words(p) < 2 && parts.length == 2) {
        return List.of();
      }
      names.add(p);
    }
    return List.copyOf(names);
  }

  /**
   * True for an outlet's credit line standing alone at the top of the body ({@code رووداو ديجيتال}): at most
   * {@link #MAX_CREDIT_LINE_WORDS} words, no sentence punctuation, beginning with the site's name.
   */
  public static boolean isOutletCreditLine(String line, String siteName) {
    if (siteName == null || words(line) > MAX_CREDIT_LINE_WORDS || SENTENCE_MARK.matcher(line).find()) {
      return false;
    }
    String site = Gazetteer.key(siteName);
    return !site.isEmpty() && Gazetteer.key(line).startsWith(site) && line.strip().startsWith(firstWord(siteName));
  }

  private static String firstWord(String s) {
    String t = s.strip();
    int sp = t.indexOf(' ');
    return sp < 0 ? t : t.substring(0, sp);
  }

  /** Latin words of a name are capitalized and not shouted: "View author archive", "ABOUT THE AUTHOR" are not. */
  private static boolean latinNameShaped(String p) {
    for (String w : p.split("\\s+")) {
      char c = w.charAt(0);
      if (c < 0x80 && Character.isLetter(c)) {
        boolean lowerStart = Character.isLowerCase(c);
        boolean shouted = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".");
        if (lowerStart && !NAME_PARTICLES.contains(w) || shouted) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean hasChromeWord(String p) {
    for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (CHROME_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithOrganizationWord(String p) {
    return ORGANIZATION_WORDS.contains(firstWord(p));
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
