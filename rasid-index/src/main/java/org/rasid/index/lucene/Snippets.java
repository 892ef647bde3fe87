package org.rasid.index.lucene;

import org.rasid.core.text.HtmlEscaper;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets and display titles of hits. Snippets are HTML: the best passage of the body with matches in {@code
 * <mark>}, everything else escaped ({@link MarkPassageFormatter}); when no passage matches, the escaped lead of
 * the body.
 *
 * <p>The body is not stored twice: the highlighter reads offsets from the postings of {@code body} (and of {@code
 * body_exact}, for phrases) and takes the text from the stored record, which the caller has already read.
 */
final class Snippets {
  /** Passage length the highlighter aims for, in chars. */
  static final int PASSAGE_GOAL_CHARS = 200;
  /** Length of the lead shown when nothing in the body matches, in chars. */
  static final int LEAD_CHARS = 200;
  /** Words of the body used as the title of an article without one. */
  static final int TITLE_WORDS = 12;

  private Snippets() {}

  /**
   * Highlights the bodies of some hits.
   *
   * @param searcher the searcher the hits come from
   * @param analyzer the index analyzer
   * @param query the query the hits matched
   * @param docIds the hits
   * @param bodies {@link ArticleDocuments#body} of each hit, in the same order
   * @return one HTML snippet per hit
   */
  static List<String> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
      List<String> bodies) throws IOException {
    Map<Integer, String> bodyOf = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      bodyOf.put(docIds[i], bodies.get(i));
    }
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkPassageFormatter())
        .withMaxNoHighlightPassages(0)
        .withMaskedFieldsFunc(field -> field.equals(ArticleDocuments.BODY)
            ? Set.of(ArticleDocuments.BODY_EXACT) : Set.of())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL_CHARS, 0.5f));
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
          int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          values.add(new CharSequence[] {bodyOf.getOrDefault(doc, "")});
        }
        return values;
      }
    };
    String[] fields = {ArticleDocuments.BODY};
    int[] passages = {1};
    String[] marked = highlighter.highlightFields(fields, query, docIds, passages).get(ArticleDocuments.BODY);
    List<String> snippets = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      snippets.add(marked[i] != null ? marked[i] : lead(bodies.get(i)));
    }
    return snippets;
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
