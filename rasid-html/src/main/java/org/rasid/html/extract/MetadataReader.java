package org.rasid.html.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rasid.core.dates.DateParser;
import org.rasid.core.dates.DateStamp;
import org.rasid.core.io.Limits;
import org.rasid.core.text.UnicodeCleaner;

/**
 * Reads {@link PageMetadata} from a parsed page, before any element is removed.
 *
 * <p>Precedence, field by field (the first source that has a value wins):
 *
 * <ul>
 *   <li>title: JSON-LD {@code headline}, {@code og:title}, {@code twitter:title}, the first {@code h1},
 *       {@code <title>}; cut to the first {@code h1} when it begins with it ("Headline | Site");
 *   <li>published: JSON-LD {@code datePublished}, {@code article:published_time}, {@code meta} name/itemprop
 *       {@code datePublished}, {@code pubdate}, {@code publishdate}, {@code date}, {@code dc.date},
 *       {@code dc.date.issued}, {@code dcterms.created}, then the first {@code <time datetime>}; ISO values are
 *       kept as local date or date-time to the minute (seconds and offset dropped), text values go through
 *       {@link DateParser};
 *   <li>authors: JSON-LD {@code author} (names of persons and strings, arrays; an organization is no author),
 *       {@code article:author} (names, not
 *       profile URLs), {@code meta name=author}, {@code dc.creator}, then {@code rel=author} links;
 *   <li>source: JSON-LD {@code publisher.name}, {@code og:site_name}, {@code application-name};
 *   <li>canonical URL: {@code link rel=canonical}, then {@code og:url}; made absolute against the page URL;
 *   <li>body: JSON-LD {@code articleBody}.
 * </ul>
 *
 * JSON-LD objects are searched in top-level arrays and {@code @graph}; the first object whose {@code @type} is an
 * article type ({@code NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, any type ending in
 * {@code Article}, {@code BlogPosting}) is used. Invalid JSON-LD is skipped. At most {@link
 * Limits#MAX_JSON_LD_BLOCKS} blocks of at most {@link Limits#MAX_JSON_LD_CHARS} characters are parsed.
 */
public final class MetadataReader {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .build();
  private static final Pattern ISO = Pattern.compile(
      "^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?\\s*$");
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
      "blogposting", "liveblogposting", "socialmediaposting", "report");
  private static final int MAX_AUTHOR_CHARS = 80;
  /** An h1 this long that begins the meta title is the headline without the site's suffix. */
  private static final int MIN_H1_TITLE_CHARS = 10;

  private MetadataReader() {}

  /**
   * @param doc the parsed page, untouched
   * @param pageUrl the page's address, or null (used to make a relative canonical link absolute)
   */
  public static PageMetadata read(Document doc, String pageUrl) {
    JsonNode ld = jsonLdArticle(doc);
    org.jsoup.select.Elements metas = doc.select("meta[content]");
    String h1 = firstText(doc, "h1");
    String title = first(text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"), h1,
        doc.title());
    if (title != null && h1 != null && h1.length() >= MIN_H1_TITLE_CHARS && !title.equals(h1)
        && title.startsWith(h1.strip())) {
      title = h1; // "Headline | Site" → "Headline"
    }
    String publishedRaw = null;
    String published = null;
    for (String candidate : new String[] {text(ld, "datePublished"), meta(metas, "article:published_time"),
        meta(metas, "datePublished"), meta(metas, "pubdate"), meta(metas, "publishdate"), meta(metas, "date"),
        meta(metas, "dc.date"), meta(metas, "dc.date.issued"), meta(metas, "dcterms.created"),
        meta(metas, "og:published_time"), timeDatetime(doc), text(ld, "dateCreated")}) {
      String iso = isoDate(candidate);
      if (iso != null) {
        published = iso;
        publishedRaw = candidate.strip();
        break;
      }
    }
    List<String> authors = authors(ld, doc, metas);
    String source = first(ld == null ? null : name(ld.get("publisher")), meta(metas, "og:site_name"),
        meta(metas, "application-name"));
    String canonical = first(attr(doc.selectFirst("link[rel~=(?i)^canonical$][href]"), "href", pageUrl),
        absolute(meta(metas, "og:url"), pageUrl));
    String body = text(ld, "articleBody");
    return new PageMetadata(canonical, clean(title), published, publishedRaw, authors, clean(source), body);
  }

  /** The first article object of the page's JSON-LD, or null. */
  static JsonNode jsonLdArticle(Document doc) {
    int blocks = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      if (++blocks > Limits.MAX_JSON_LD_BLOCKS) {
        break;
      }
      String json = script.data();
      if (json.length() > Limits.MAX_JSON_LD_CHARS) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(json.strip());
      } catch (Exception e) {
        continue; // invalid JSON-LD is common; the other sources still count
      }
      JsonNode found = findArticle(root);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Breadth-first over arrays and {@code @graph} (no recursion into other properties). */
  private static JsonNode findArticle(JsonNode root) {
    List<JsonNode> queue = new ArrayList<>();
    queue.add(root);
    for (int i = 0; i < queue.size() && i < 1_000; i++) {
      JsonNode n = queue.get(i);
      if (n == null) {
        continue;
      }
      if (n.isArray()) {
        n.forEach(queue::add);
        continue;
      }
      if (!n.isObject()) {
        continue;
      }
      if (isArticleType(n.get("@type"))) {
        return n;
      }
      if (n.has("@graph")) {
        queue.add(n.get("@graph"));
      }
      if (n.has("mainEntity")) {
        queue.add(n.get("mainEntity"));
      }
    }
    return null;
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("").toLowerCase(Locale.ROOT);
    int slash = t.lastIndexOf('/');
    t = slash >= 0 ? t.substring(slash + 1) : t;
    return ARTICLE_TYPES.contains(t) || t.endsWith("article");
  }

  private static List<String> authors(JsonNode ld, Document doc, List<Element> metas) {
    Set<String> names = new LinkedHashSet<>();
    if (ld != null) {
      JsonNode a = ld.get("author");
      if (a != null && a.isArray()) {
        a.forEach(x -> {
          if (!isOrganization(x)) {
            addName(names, name(x));
          }
        });
      } else if (!isOrganization(a)) {
        addName(names, name(a));
      }
    }
    if (names.isEmpty()) {
      for (Element m : metas) {
        String v = m.attr("content");
        boolean articleAuthor = m.attr("property").equalsIgnoreCase("article:author")
            || m.attr("name").equalsIgnoreCase("article:author");
        if (articleAuthor && !v.startsWith("http")) {
          addName(names, v);
        }
      }
    }
    if (names.isEmpty()) {
      addName(names, meta(metas, "author"));
      addName(names, meta(metas, "dc.creator"));
    }
    if (names.isEmpty()) {
      for (Element link : doc.select("a[rel~=(?i)^author$]")) {
        addName(names, link.text());
      }
    }
    return List.copyOf(names);
  }

  /** A JSON-LD object typed as an organization ({@code Organization}, {@code NewsMediaOrganization}, …). */
  private static boolean isOrganization(JsonNode n) {
    if (n == null || !n.isObject()) {
      return false;
    }
    JsonNode type = n.get("@type");
    String t = type == null ? "" : (type.isArray() && !type.isEmpty() ? type.get(0) : type).asText("");
    return t.toLowerCase(Locale.ROOT).endsWith("organization") || t.equalsIgnoreCase("Corporation");
  }

  /** The titles the markup gives, in order: JSON-LD headline, og:title, twitter:title, {@code <title>}. */
  public static List<String> titles(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    org.jsoup.select.Elements metas = doc.select("meta[content]");
    List<String> out = new ArrayList<>();
    for (String t : new String[] {text(ld, "headline"), meta(metas, "og:title"), meta(metas, "twitter:title"),
        doc.title()}) {
      if (t != null && !t.isBlank()) {
        out.add(t);
      }
    }
    return out;
  }

  private static void addName(Set<String> names, String name) {
    String n = clean(name);
    if (n != null && n.length() <= MAX_AUTHOR_CHARS && !n.startsWith("http")) {
      names.add(n);
    }
  }

  /** The name of a JSON-LD person or organization (object with name, or a plain string). */
  private static String name(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isTextual()) {
      return n.asText();
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : name(n.get(0));
    }
    JsonNode name = n.get("name");
    return name != null && name.isTextual() ? name.asText() : null;
  }

  private static String text(JsonNode ld, String field) {
    if (ld == null) {
      return null;
    }
    JsonNode v = ld.get(field);
    if (v != null && v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    return v != null && v.isValueNode() && !v.asText().isBlank() ? v.asText() : null;
  }

  /** Content of {@code meta} with this {@code property}, {@code name} or {@code itemprop} (any case). */
  static String meta(List<Element> metas, String key) {
    for (Element m : metas) {
      if (m.attr("property").equalsIgnoreCase(key) || m.attr("name").equalsIgnoreCase(key)
          || m.attr("itemprop").equalsIgnoreCase(key)) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String timeDatetime(Document doc) {
    Element t = doc.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  private static String firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.text();
  }

  private static String attr(Element e, String attr, String base) {
    return e == null ? null : absolute(e.attr(attr), base);
  }

  private static String absolute(String href, String base) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      java.net.URI uri = base == null ? new java.net.URI(href.strip()) : new java.net.URI(base).resolve(href.strip());
      return uri.isAbsolute() ? uri.toString() : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * An ISO value as a local date or date-time to the minute ({@code 2021-09-12T22:30:15+03:00} → {@code
   * 2021-09-12T22:30}), or a
   * text date through {@link DateParser}; null when neither.
   */
  static String isoDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Matcher m = ISO.matcher(value);
    if (m.matches()) {
      String s = m.group(1);
      if (m.group(2) != null) {
        s += "T" + m.group(2); // to the minute: seconds and offset dropped
      }
      return s;
    }
    String line = UnicodeCleaner.cleanLine(value);
    Optional<DateStamp> stamp = DateParser.parseLine(line);
    return stamp.map(DateStamp::iso).orElse(null);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String c = UnicodeCleaner.cleanLine(s).strip();
    return c.isEmpty() ? null : c;
  }
}
