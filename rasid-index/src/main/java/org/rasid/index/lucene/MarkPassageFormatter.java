package org.rasid.index.lucene;

import org.rasid.core.text.HtmlEscaper;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the best passage as safe HTML: every char of the text is escaped, matches are wrapped in {@code
 * <mark>…</mark>}, an elided start or end is marked with "…". A passage longer than {@link #MAX_CHARS} is cut to a
 * window of whole words around its first match.
 */
final class MarkPassageFormatter extends PassageFormatter {
  /** Longest snippet text (before escaping and marks), in chars. */
  static final int MAX_CHARS = 300;

  private static final String ELLIPSIS = "…";

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    Passage passage = passages[0];
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    int matches = passage.getNumMatches();
    int[] matchStarts = passage.getMatchStarts();
    int[] matchEnds = passage.getMatchEnds();
    if (end - start > MAX_CHARS && matches > 0) {
      int first = Math.max(start, matchStarts[0]);
      int room = Math.max(0, MAX_CHARS - (Math.min(end, matchEnds[0]) - first));
      int windowStart = Math.max(start, first - room / 2);
      if (windowStart > start) {
        windowStart = wordStartAtOrAfter(content, windowStart, first);
      }
      int windowEnd = Math.min(end, windowStart + MAX_CHARS);
      if (windowEnd < end) {
        windowEnd = wordEndAtOrBefore(content, windowEnd, Math.min(end, matchEnds[0]));
      }
      start = windowStart;
      end = windowEnd;
    } else if (end - start > MAX_CHARS) {
      end = wordEndAtOrBefore(content, start + MAX_CHARS, start);
    }
    StringBuilder html = new StringBuilder(end - start + 32);
    if (start > 0) {
      html.append(ELLIPSIS);
    }
    int at = start;
    for (int i = 0; i < matches; i++) {
      int matchStart = Math.max(matchStarts[i], at);
      int matchEnd = Math.min(matchEnds[i], end);
      if (matchEnd <= matchStart) {
        continue; // before the window, past it, or inside a match already marked
      }
      HtmlEscaper.escape(content, at, matchStart, html);
      html.append("<mark>");
      HtmlEscaper.escape(content, matchStart, matchEnd, html);
      html.append("</mark>");
      at = matchEnd;
    }
    HtmlEscaper.escape(content, at, end, html);
    if (end < content.length()) {
      html.append(ELLIPSIS);
    }
    return html.toString().strip();
  }

  /** The first word start in [from, limit], or from when there is none. */
  private static int wordStartAtOrAfter(String content, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i + 1;
      }
    }
    return from;
  }

  /** The last word end in [limit, from], or from when there is none. */
  private static int wordEndAtOrBefore(String content, int from, int limit) {
    for (int i = from; i > limit; i--) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i;
      }
    }
    return from;
  }
}
