package org.rasid.html.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it. Names are split into tokens at
 * anything but a letter or digit and at lower-to-upper case changes ({@code relatedPosts} → related, posts), then
 * lowercased; a rule matches a whole token, or a token's prefix where listed as such. No per-site names: these are
 * the conventions of English and Arabic news templates (whose class names are mostly English or transliterated:
 * {@code akhbar}, {@code mowaf}, {@code iqra}).
 */
final class ClassTokens {
  private ClassTokens() {}

  private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  /** Tokens of chrome: navigation, sharing, comments, related lists, ads, promos, sidebars and the like. */
  static final Set<String> BOILERPLATE = Set.of("nav", "navbar", "navigation", "menu", "menubar", "submenu",
      "breadcrumb", "breadcrumbs", "share", "sharing", "shares", "sharer", "social", "socials", "comment",
      "comments", "disqus", "related", "relatedposts", "recommended", "recommendations", "recirculation", "ad",
      "ads", "adv", "advert", "adverts", "advertisement", "advertising", "dfp", "gpt", "sponsor", "sponsored",
      "promo", "promotion", "promoted", "sidebar", "footer", "newsletter", "subscribe", "subscription", "signup",
      "tags", "tag", "taglist", "keywords", "popular", "mostread", "trending", "outbrain", "taboola", "widget",
      "widgets", "banner", "cookie", "cookies", "consent", "gdpr", "modal", "popup", "overlay", "masthead",
      "toolbar", "pagination", "pager", "sitemap", "bio", "rss", "login", "readmore",
      "readalso", "iqra", "aqra", "akhbar", "mowaf", "header", "topbar", "copyright", "credits", "caption",
      "lightbox", "carousel", "slider", "gallery", "twitter", "facebook", "whatsapp", "telegram", "follow",
      "donate", "toc", "contributor", "contributors");

  /**
   * Tokens of chrome that never wraps the story, so an element named so is removed even when the content root
   * chosen before removal lies inside it (that root was a comment, an ad, a related teaser).
   */
  static final Set<String> STRONG = Set.of("comment", "comments", "disqus", "related", "relatedposts",
      "recommended", "recommendations", "recirculation", "share", "sharing", "social", "ad", "ads", "advert",
      "advertisement", "advertising", "sponsored", "promo", "outbrain", "taboola", "newsletter", "subscribe",
      "cookie", "cookies", "consent", "gdpr", "modal", "popup", "breadcrumb", "breadcrumbs", "nav", "navbar",
      "navigation", "menu", "footer", "mostread", "trending", "popular", "login");

  /** Tokens of the main content: they make a node a better candidate. */
  static final Set<String> POSITIVE = Set.of("article", "articlebody", "body", "content", "entry", "hentry",
      "main", "post", "text", "story", "storybody", "blog", "prose", "richtext", "rich", "maincontent", "news",
      "detail", "details", "matn", "nass", "khabar");

  /** Tokens of chrome that lower a candidate's score (a subset of {@link #BOILERPLATE} plus weaker ones). */
  static final Set<String> NEGATIVE = Set.of("comment", "comments", "footer", "sidebar", "related", "share",
      "social", "sponsor", "promo", "widget", "tags", "masthead", "meta", "media", "banner", "ad", "ads",
      "outbrain", "taboola", "shopping", "nav", "menu", "popular", "recommended", "byline", "caption",
      "header", "newsletter");

  private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "menu", "menubar", "search", "dialog", "alert", "alertdialog", "toolbar", "tablist");

  static String[] tokens(Element e) {
    String s = e.className() + " " + e.id();
    if (s.isBlank()) {
      return new String[0];
    }
    return SPLIT.split(s.strip());
  }

  private static boolean any(String[] tokens, Set<String> set) {
    for (String t : tokens) {
      if (!t.isEmpty() && set.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when the element's names or role mark it as page chrome. */
  static boolean isBoilerplate(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && ROLES.contains(role)) {
      return true;
    }
    return any(tokens(e), BOILERPLATE);
  }

  /** True when the element's names mark chrome that never wraps the story ({@link #STRONG}). */
  static boolean isStrongBoilerplate(Element e) {
    return any(tokens(e), STRONG);
  }

  static boolean isPositive(Element e) {
    return any(tokens(e), POSITIVE) || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /** Readability-style class weight: +25 for content names, −25 for chrome names. */
  static int weight(Element e) {
    String[] t = tokens(e);
    int w = 0;
    if (any(t, POSITIVE) || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      w += 25;
    }
    if (any(t, NEGATIVE)) {
      w -= 25;
    }
    return w;
  }
}
