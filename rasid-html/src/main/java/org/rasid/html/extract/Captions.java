package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Image;
import org.rasid.core.structure.Gazetteer;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.Structured;
import org.rasid.core.structure.Structurer;
import org.rasid.core.text.UnicodeCleaner;

/**
 * Photos and their captions in a page: which elements hold one, and the caption and credit they show.
 *
 * <p>A <b>photo box</b> is a {@code figure}; an element whose class or id names a caption ({@code caption},
 * {@code figcaption}, {@code wp-caption-text}, {@code ImageCaption}); or a small box holding exactly one photo
 * (an {@code img} or {@code amp-img}, not an avatar, logo or icon) next to a short text of at most {@link
 * #MAX_WORDS} words with no link, heading or writer in it.
 *
 * <p>Its <b>credit</b> is the text of an element inside it (or beside an element named as a caption) whose names say credit,
 * copyright, photographer or source, without brackets and label ({@code (الأناضول)} → {@code الأناضول}, {@code
 * تصوير: …}). Its <b>caption</b> is the rest of its visible text (screen-reader labels such as {@code
 * التعليق على الصورة،} are not visible text). A caption with no credit element is split by the structurer's
 * caption rules ({@code … - أرشيفية}, {@code … (Getty)}, {@code …. تصوير: NAME}); failing those, a trailing
 * parenthesis of at most {@link #MAX_CREDIT_WORDS} words without digits is its credit ({@code (نبيل إسماعيل)}),
 * unless it gives a position ({@code (يمين)}). A caption that is only a known photo credit ({@code أرشيف}) is an
 * image with a credit and no caption.
 */
public final class Captions {
  private Captions() {}

  /** A caption has at most this many words. */
  static final int MAX_WORDS = 35;
  /** A bracketed credit closing a caption has at most this many words. */
  static final int MAX_CREDIT_WORDS = 3;

  private static final Structurer STRUCTURER = new Structurer();
  private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(.*\\S)\\s*[(\\[]([^()\\[\\]0-9٠-٩]{2,40})[)\\]]$");
  private static final Set<String> POSITIONS = Set.of("يمين", "يسار", "وسط", "في الوسط", "من اليمين",
      "من اليسار", "الثاني من اليمين", "الثاني من اليسار", "أعلى", "أسفل");
  private static final Pattern CREDIT_LABEL =
      Pattern.compile("^(?:تصوير|صورة|الصورة|المصدر|Photo|Photos|Credit|Image|Foto)\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_PHOTO = Set.of("avatar", "logo", "icon", "emoji", "gravatar", "author",
      "profile", "sprite", "pixel", "spacer", "ads", "ad", "banner");
  private static final Set<String> IMAGE_TAGS = Set.of("img", "amp-img");

  /** True when the element holds a photo and its caption (see the class comment). */
  public static boolean isPhotoBox(Element e) {
    return e.nameIs("figure") || e.nameIs("figcaption") || namesCaption(e) || isSmallPhotoBox(e);
  }

  /** The photo of a photo box, when it shows a caption or a credit. */
  public static Optional<Image> of(Element box) {
    Element creditElement = null;
    for (Element d : box.getAllElements()) {
      if (d != box && creditLike(d) && !isHiddenFromSight(d)) {
        creditElement = d;
        break;
      }
    }
    if (creditElement == null && namesCaption(box) && box.parent() != null) {
      for (Element sibling : box.parent().children()) {
        if (sibling != box && creditLike(sibling) && !namesCaption(sibling) && sibling.select("img").isEmpty()) {
          creditElement = sibling;
          break;
        }
      }
    }
    Element captionElement = box;
    if (box.nameIs("figure")) {
      Element fc = box.selectFirst("figcaption");
      if (fc == null) {
        for (Element d : box.getAllElements()) {
          if (d != box && namesCaption(d)) {
            fc = d;
            break;
          }
        }
      }
      captionElement = fc;
    }
    String credit = creditElement == null ? null : creditText(visibleText(creditElement));
    String caption = captionElement == null ? null : nonEmpty(visibleText(captionElement, creditElement));
    if (caption != null && WordCount.words(caption) > MAX_WORDS + 8) {
      return Optional.empty();
    }
    if (caption != null && credit == null) {
      Image split = split(caption);
      caption = split.caption();
      credit = split.credit();
    }
    if (caption == null && credit == null) {
      return Optional.empty();
    }
    return Optional.of(new Image(caption, credit));
  }

  /**
   * A caption text with its credit split off (see the class comment); the whole text as caption when it names no
   * credit.
   */
  static Image split(String text) {
    Gazetteer g = Gazetteer.defaults();
    if (g.is(Gazetteer.Kind.PHOTO_CREDIT, text) || g.is(Gazetteer.Kind.AGENCY, text)) {
      return new Image(null, text);
    }
    Structured s = STRUCTURER.structure(text);
    List<LineFate> fates = s.lines();
    if (fates.size() == 1 && fates.getFirst().place() == LineFate.Place.IMAGE && s.article().images().size() == 1) {
      return s.article().images().getFirst();
    }
    Matcher m = TRAILING_PARENTHESIS.matcher(text);
    if (m.matches()) {
      String inner = m.group(2).strip();
      if (WordCount.words(inner) <= MAX_CREDIT_WORDS && !POSITIONS.contains(inner)) {
        return new Image(m.group(1).strip(), creditText(inner));
      }
    }
    return new Image(text, null);
  }

  /** True for elements a reader does not see: hidden ones and screen-reader-only labels. */
  public static boolean isHiddenFromSight(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String cls = e.className().toLowerCase(Locale.ROOT);
    if (!cls.isEmpty() && (cls.contains("sr-only") || cls.contains("visually-hidden") || cls.contains("visuallyhidden")
        || cls.contains("screen-reader") || cls.contains("screenreader") || cls.contains("offscreen"))) {
      return true;
    }
    return Boilerplate.hasHidingStyle(e);
  }

  /** The element's visible text, cleaned, without hidden elements and screen-reader labels. */
  public static String visibleText(Element e) {
    return visibleText(e, null);
  }

  private static String visibleText(Element e, Element without) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          ArticleHead.appendCollapsed(sb, t.getWholeText());
        } else if (node instanceof Element x && x != e && (x == without || isHiddenFromSight(x)
            || Boilerplate.NEVER_CONTENT.contains(x.normalName()))) {
          return FilterResult.SKIP_ENTIRELY;
        } else if (node instanceof Element x && x.nameIs("br") && !sb.isEmpty()) {
          ArticleHead.appendCollapsed(sb, " ");
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return UnicodeCleaner.cleanLine(sb.toString()).strip();
  }

  private static boolean namesCaption(Element e) {
    for (String t : ClassTokens.tokens(e)) {
      String l = t.toLowerCase(Locale.ROOT);
      if (l.equals("caption") || l.equals("figcaption") || l.equals("imgcaption")) {
        return true;
      }
    }
    return e.attr("itemprop").equalsIgnoreCase("caption");
  }

  /** One photo directly inside (wrapped only by text-less elements) and a short, link-free text beside it. */
  private static boolean isSmallPhotoBox(Element e) {
    if (e.nameIs("body") || e.nameIs("html") || IMAGE_TAGS.contains(e.normalName())) {
      return false;
    }
    List<Element> all = e.stream().limit(Limits.MAX_PHOTO_BOX_ELEMENTS + 1L).toList(); // lazy: stops early
    if (all.size() > Limits.MAX_PHOTO_BOX_ELEMENTS) {
      return false;
    }
    List<Element> photos = new ArrayList<>();
    for (Element d : all) {
      if (IMAGE_TAGS.contains(d.normalName()) && !(d.nameIs("img") && d.parent() != null
          && d.parent().nameIs("amp-img"))) {
        photos.add(d);
      }
    }
    if (photos.size() != 1 || !isPhoto(photos.getFirst())) {
      return false;
    }
    for (Element x = photos.getFirst().parent(); x != null && x != e; x = x.parent()) {
      if (!x.ownText().isBlank()) {
        return false;
      }
    }
    for (Element x : e.select("a[href], h1, h2, h3, h4, h5, h6, time, ul, ol, table")) {
      if (!x.nameIs("a") || !x.text().isBlank()) {
        return false; // a link with text, a heading, a date, a list: not a photo's caption
      }
    }
    for (Element d : all) {
      if (ArticleHead.isAuthorElement(d) || hasToken(d, NOT_PHOTO)) {
        return false;
      }
    }
    String text = visibleText(e);
    return !text.isEmpty() && WordCount.words(text) <= MAX_WORDS;
  }

  private static boolean isPhoto(Element img) {
    if (hasToken(img, NOT_PHOTO)) {
      return false;
    }
    for (String dim : new String[] {"width", "height"}) {
      String v = img.attr(dim).strip();
      if (v.matches("\\d{1,5}") && Integer.parseInt(v) < 100) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasToken(Element e, Set<String> names) {
    for (String t : ClassTokens.tokens(e)) {
      if (names.contains(t.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean creditLike(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return names.contains("credit") || names.contains("copyright") || names.contains("photographer")
        || names.contains("source");
  }

  /** A credit without its brackets and label. */
  static String creditText(String raw) {
    String s = raw.strip();
    while (s.length() >= 2 && (s.charAt(0) == '(' || s.charAt(0) == '[')
        && (s.charAt(s.length() - 1) == ')' || s.charAt(s.length() - 1) == ']')) {
      s = s.substring(1, s.length() - 1).strip();
    }
    s = CREDIT_LABEL.matcher(s).replaceFirst("").strip();
    return nonEmpty(s);
  }

  private static String nonEmpty(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Word counts on display text. */
  static final class WordCount {
    private WordCount() {}

    static int words(String s) {
      String t = s.strip();
      return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
  }
}
