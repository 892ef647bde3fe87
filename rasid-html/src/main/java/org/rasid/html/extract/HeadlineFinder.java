package org.rasid.html.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.rasid.core.text.ArabicNormalizer;
import org.rasid.core.text.UnicodeCleaner;

/**
 * Finds the visible headline of a page: the element a reader sees as the title, which the markup's own titles
 * ({@code og:title}, JSON-LD {@code headline}, {@code <title>}) often shorten, rephrase or suffix with the site's
 * name.
 *
 * <p>Every visible {@code h1} and {@code h2} of the body is a candidate. It scores its <em>agreement</em> with the
 * markup titles, the largest share of a markup title's words (search-folded: hamza seats, digits, diacritics) that
 * it contains, plus {@link #H1_BONUS} for an {@code h1}. The best candidate wins when it scores at least {@link
 * #H1_BONUS}: so an {@code h1} wins unless a heading agrees clearly better with the markup (a logo {@code h1}
 * beside the real headline in an {@code h2}), and an {@code h2} (a subtitle, a kicker, a box title) wins only when
 * it agrees with the markup titles by more than half. On a tie the first in document order wins. A candidate has at
 * least {@link #MIN_CHARS} letters and at most {@link #MAX_WORDS} words.
 *
 * <p>Reads the tree; never modifies it.
 */
public final class HeadlineFinder {
  private HeadlineFinder() {}

  /** What being an {@code h1} is worth, in shares of agreement with the markup titles. */
  static final double H1_BONUS = 0.5;
  /** A headline has at least this many letters... */
  static final int MIN_CHARS = 10;
  /** ...and at most this many words. */
  static final int MAX_WORDS = 40;

  /**
   * The headline element, or null when no heading qualifies.
   *
   * @param body the page's body, before any element is removed
   * @param markupTitles the titles the markup gives (nulls skipped)
   */
  public static Element find(Element body, List<String> markupTitles) {
    List<Set<String>> titles = new ArrayList<>();
    for (String t : markupTitles) {
      Set<String> words = words(t);
      if (!words.isEmpty()) {
        titles.add(words);
      }
    }
    Element best = null;
    double bestScore = H1_BONUS - 1e-9;
    for (Element h : body.select("h1, h2")) {
      if (isHidden(h)) {
        continue;
      }
      String text = text(h);
      if (text == null || letters(text) < MIN_CHARS || text.split("\\s+").length > MAX_WORDS) {
        continue;
      }
      double score = agreement(words(text), titles) + (h.nameIs("h1") ? H1_BONUS : 0);
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return best;
  }

  /** The headline's display text: cleaned, white space collapsed; null when empty. */
  public static String text(Element headline) {
    String t = UnicodeCleaner.cleanLine(headline.text()).strip();
    return t.isEmpty() ? null : t;
  }

  /** The largest share of one title's words found in {@code words}. */
  static double agreement(Set<String> words, List<Set<String>> titles) {
    double best = 0;
    for (Set<String> title : titles) {
      int found = 0;
      for (String w : title) {
        if (words.contains(w)) {
          found++;
        }
      }
      best = Math.max(best, (double) found / title.size());
    }
    return best;
  }

  /** Search-folded words of letters and digits. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    for (String w : ArabicNormalizer.normalizeForSearch(text).toLowerCase(java.util.Locale.ROOT)
        .split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isHidden(Element h) {
    for (Element e = h; e != null; e = e.parent()) {
      if (e.hasAttr("hidden") || Boilerplate.NEVER_CONTENT.contains(e.normalName())) {
        return true;
      }
      String style = e.attr("style");
      if (!style.isEmpty()) {
        String s = style.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        if (s.contains("display:none") || s.contains("visibility:hidden")) {
          return true;
        }
      }
    }
    return false;
  }
}
