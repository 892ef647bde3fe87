package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;
import org.rasid.core.text.HtmlEscaper;

/**
 * Snippets and display titles of hits. Snippets are HTML: the best passage of the body with matches in {@code
 * <mark>}, everything else escaped ({@link MarkPassageFormatter}); when no passage matches, the escaped lead of
 * the body.
 *
 * <p>The body is not stored twice and has no offsets in the index: the hits on screen are re-analyzed here, from
 * the stored record the caller has already read. This is a small highlighter of our own rather than Lucene's
 * UnifiedHighlighter, which builds an in-memory index and runs a sentence break iterator over each whole body: on
 * a million articles that was 40% of a query's time. Here a body costs one pass of the stemmed chain (and one of the
 * exact chain when the query has phrases) and a scan for sentence ends.
 */
final class Snippets {
  /** Passage length aimed at, in chars: sentences are joined until a passage reaches it. */
  static final int PASSAGE_GOAL_CHARS = 200;
  /** Length of the lead shown when nothing in the body matches, in chars. */
  static final int LEAD_CHARS = 200;
  /** Words of the body used as the title of an article without one. */
  static final int TITLE_WORDS = 12;
  /** Chars of a body that are analyzed for matches: a passage past them is never chosen. */
  static final int MAX_ANALYZED_CHARS = 100_000;

  private Snippets() {}

  /** The terms a query looks for, by kind of field: stemmed (title, body) and unstemmed (phrases). */
  record QueryTerms(Set<String> stemmed, Set<String> exact) {
    static QueryTerms of(Query query) {
      Set<String> stemmed = new HashSet<>();
      Set<String> exact = new HashSet<>();
      query.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query q, Term... terms) {
          for (Term t : terms) {
            switch (t.field()) {
              case ArticleDocuments.BODY, ArticleDocuments.TITLE -> stemmed.add(t.text());
              case ArticleDocuments.BODY_EXACT, ArticleDocuments.TITLE_EXACT -> exact.add(t.text());
              default -> { }
            }
          }
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
      });
      return new QueryTerms(Set.copyOf(stemmed), Set.copyOf(exact));
    }

    boolean isEmpty() {
      return stemmed.isEmpty() && exact.isEmpty();
    }
  }

  /**
   * Highlights the bodies of some hits.
   *
   * @param analyzer the index analyzer ({@link ArticleDocuments#analyzer()})
   * @param query the query the hits matched
   * @param bodies {@link ArticleDocuments#body} of each hit
   * @return one HTML snippet per hit
   */
  static List<String> highlight(Analyzer analyzer, Query query, List<String> bodies) throws IOException {
    QueryTerms terms = QueryTerms.of(query);
    List<String> snippets = new ArrayList<>(bodies.size());
    for (String body : bodies) {
      String marked = terms.isEmpty() ? null : highlight(analyzer, terms, body);
      snippets.add(marked != null ? marked : lead(body));
    }
    return snippets;
  }

  /** The best passage of one body as HTML, or null when nothing in it matches. */
  static String highlight(Analyzer analyzer, QueryTerms terms, String body) throws IOException {
    String text = body.length() > MAX_ANALYZED_CHARS ? body.substring(0, MAX_ANALYZED_CHARS) : body;
    List<int[]> matches = new ArrayList<>(); // {start, end, term id}
    Map<String, Integer> termIds = new HashMap<>();
    if (!terms.stemmed().isEmpty()) {
      collect(analyzer, ArticleDocuments.BODY, text, terms.stemmed(), termIds, matches);
    }
    if (!terms.exact().isEmpty()) {
      collect(analyzer, ArticleDocuments.BODY_EXACT, text, terms.exact(), termIds, matches);
    }
    if (matches.isEmpty()) {
      return null;
    }
    matches.sort(Comparator.comparingInt((int[] m) -> m[0]).thenComparingInt(m -> -m[1]));
    int[] best = bestPassage(text, matches);
    Passage passage = new Passage();
    passage.setStartOffset(best[0]);
    passage.setEndOffset(best[1]);
    int lastEnd = -1;
    for (int[] m : matches) {
      if (m[0] >= best[0] && m[1] <= best[1] && m[0] >= lastEnd) {
        passage.addMatch(m[0], m[1], null, 1);
        lastEnd = m[1];
      }
    }
    return (String) new MarkPassageFormatter().format(new Passage[] {passage}, text);
  }

  private static void collect(Analyzer analyzer, String field, String text, Set<String> wanted,
      Map<String, Integer> termIds, List<int[]> matches) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        if (wanted.contains(t)) {
          int id = termIds.computeIfAbsent(t, k -> termIds.size());
          matches.add(new int[] {offset.startOffset(), offset.endOffset(), id});
        }
      }
      ts.end();
    }
  }

  /**
   * The passage with the most distinct matched terms, then the most matches, then the earliest: a run of whole
   * sentences starting at a sentence with a match, joined until it reaches {@link #PASSAGE_GOAL_CHARS}.
   */
  private static int[] bestPassage(String text, List<int[]> matches) {
    int[] best = null;
    int bestDistinct = -1;
    int bestCount = -1;
    int lastStart = -1;
    for (int[] first : matches) {
      int start = sentenceStart(text, first[0]);
      if (start == lastStart) {
        continue; // same passage as the previous match's
      }
      lastStart = start;
      int end = sentenceEnd(text, first[1]);
      while (end - start < PASSAGE_GOAL_CHARS && end < text.length()) {
        int next = sentenceEnd(text, end + 1);
        if (next - start > PASSAGE_GOAL_CHARS * 3 / 2) {
          break; // the next sentence would overshoot the goal by more than the passage would fall short
        }
        end = next;
      }
      Set<Integer> distinct = new HashSet<>();
      int count = 0;
      for (int[] m : matches) {
        if (m[0] >= start && m[1] <= end) {
          distinct.add(m[2]);
          count++;
        }
      }
      if (distinct.size() > bestDistinct || distinct.size() == bestDistinct && count > bestCount) {
        best = new int[] {start, end};
        bestDistinct = distinct.size();
        bestCount = count;
      }
    }
    return best;
  }

  /** Where the sentence holding {@code at} starts: after the previous sentence end, with leading spaces skipped. */
  private static int sentenceStart(String text, int at) {
    int i = Math.min(at, text.length());
    while (i > 0 && !endsSentence(text, i - 1)) {
      i--;
    }
    while (i < at && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the sentence holding {@code at} ends (exclusive, after its final mark), or the end of the text. */
  private static int sentenceEnd(String text, int at) {
    for (int i = Math.max(0, at); i < text.length(); i++) {
      if (endsSentence(text, i)) {
        return text.charAt(i) == ArticleDocuments.BLOCK_SEPARATOR ? i : i + 1;
      }
    }
    return text.length();
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == ArticleDocuments.BLOCK_SEPARATOR || c == '\n') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u06D4')
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** The escaped start of the body, about {@link #LEAD_CHARS} long, cut after a whole word. */
  static String lead(String body) {
    String text = body.strip();
    if (text.length() <= LEAD_CHARS) {
      return HtmlEscaper.escape(text);
    }
    int cut = LEAD_CHARS;
    while (cut > LEAD_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (!Character.isWhitespace(text.charAt(cut))) {
      cut = LEAD_CHARS;
    }
    return HtmlEscaper.escape(text.substring(0, cut).strip()) + "…";
  }

  /** The headline, or the first {@link #TITLE_WORDS} words of the body (plain text) when there is none. */
  static String title(String title, String body) {
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    String[] words = body.strip().split("[\\s\u2029]+", TITLE_WORDS + 1);
    if (words.length <= TITLE_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + "…";
  }
}
