package org.rasid.index.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.rasid.index.query.FilterKeys;
import org.rasid.index.query.QueryNode;

/**
 * Translates a {@link QueryNode} tree into a Lucene query.
 *
 * <ul>
 *   <li>A word matches the stemmed body, which holds the headline too, so the match set and first ranking come from
 *       one field. The headline ({@link #TITLE_BOOST}) and the exact form ({@link #EXACT_BOOST}) are added to the
 *       top hits only ({@link #boosts}, applied by rescoring), so a headline match and the exact form rank higher
 *       without every match paying for them. A word the analyzer splits ("covid-19") must match as adjacent tokens
 *       of the unstemmed body (the stemmed fields have no positions).
 *   <li>A phrase matches the unstemmed body (headline included), tokens adjacent, never across two blocks.
 * </ul>
 */
final class LuceneQueries {
  static final float TITLE_BOOST = 2f;
  static final float EXACT_BOOST = 0.5f;
  /** Most clauses of {@link #boosts}: well under Lucene's clause limit, whatever the query. */
  static final int MAX_BOOST_CLAUSES = 128;

  private final QueryBuilder builder;

  /** @param analyzer the index's per-field analyzer ({@link ArticleDocuments#analyzer()}) */
  LuceneQueries(Analyzer analyzer) {
    this.builder = new QueryBuilder(analyzer);
  }

  Query toLucene(QueryNode root) {
    if (root instanceof QueryNode.All) {
      return new MatchAllDocsQuery();
    }
    Query query = translate(root);
    return query == null ? new MatchNoDocsQuery("nothing searchable in the query") : query;
  }

  /** The query for a node, or null when nothing of it is searchable. */
  private Query translate(QueryNode node) {
    return switch (node) {
      case QueryNode.All all -> new MatchAllDocsQuery();
      case QueryNode.Word word -> word(word.text());
      case QueryNode.Phrase phrase -> phrase(phrase.text());
      case QueryNode.Filter filter -> filter(filter);
      case QueryNode.DateRange range -> dateRange(range);
      case QueryNode.Not not -> allBut(translate(not.child()));
      case QueryNode.And and -> and(and.children());
      case QueryNode.Or or -> or(or.children());
    };
  }

  private Query word(String text) {
    Query body = builder.createPhraseQuery(ArticleDocuments.BODY, text);
    if (body == null || body instanceof TermQuery) {
      return body;
    }
    return phrase(text); // split into several tokens: adjacency needs positions
  }

  private Query phrase(String text) {
    return builder.createPhraseQuery(ArticleDocuments.BODY_EXACT, text);
  }

  /**
   * The boosts of a query's words and phrases, for rescoring the top hits: the headline ({@link #TITLE_BOOST}) and
   * the exact form ({@link #EXACT_BOOST}); null when the query has nothing outside a negation.
   */
  Query boosts(QueryNode root) {
    List<QueryNode> terms = new ArrayList<>();
    collectTerms(root, terms);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryNode node : terms) {
      if (node instanceof QueryNode.Word word) {
        clauses += should(any, builder.createPhraseQuery(ArticleDocuments.TITLE, word.text()), TITLE_BOOST);
        clauses += should(any, builder.createPhraseQuery(ArticleDocuments.TITLE_EXACT, word.text()),
            TITLE_BOOST * EXACT_BOOST);
        clauses += should(any, builder.createPhraseQuery(ArticleDocuments.BODY_EXACT, word.text()), EXACT_BOOST);
      } else if (node instanceof QueryNode.Phrase phrase) {
        clauses += should(any, builder.createPhraseQuery(ArticleDocuments.TITLE_EXACT, phrase.text()), TITLE_BOOST);
      }
      if (clauses >= MAX_BOOST_CLAUSES) {
        break;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private static void collectTerms(QueryNode node, List<QueryNode> terms) {
    switch (node) {
      case QueryNode.Word word -> terms.add(word);
      case QueryNode.Phrase phrase -> terms.add(phrase);
      case QueryNode.And and -> and.children().forEach(c -> collectTerms(c, terms));
      case QueryNode.Or or -> or.children().forEach(c -> collectTerms(c, terms));
      default -> { } // negations and filters do not score
    }
  }

  private static int should(BooleanQuery.Builder any, Query query, float boost) {
    if (query == null) {
      return 0;
    }
    any.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
    return 1;
  }

  private static Query filter(QueryNode.Filter filter) {
    return switch (filter.field()) {
      case SOURCE -> new TermQuery(new Term(ArticleDocuments.SOURCE_KEY, FilterKeys.key(filter.value())));
      case AUTHOR -> new TermQuery(new Term(ArticleDocuments.AUTHOR_KEY, FilterKeys.key(filter.value())));
      case LANG -> new TermQuery(new Term(ArticleDocuments.LANG, FilterKeys.languageKey(filter.value())));
      case PERSON -> entity(ArticleDocuments.PERSON, filter.value());
      case PLACE -> entity(ArticleDocuments.PLACE, filter.value());
      case ORG -> entity(ArticleDocuments.ORG, filter.value());
    };
  }

  /**
   * An entity filter: the entity id as given, or the key of the canonical name or of any spelling the article used
   * ({@link FilterKeys#key}, so {@code person:الكاظمى} finds "الكاظمي").
   */
  private static Query entity(String field, String value) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, value)), Occur.SHOULD)
        .add(new TermQuery(new Term(field + "_key", FilterKeys.key(value))), Occur.SHOULD)
        .build();
  }

  private static Query dateRange(QueryNode.DateRange range) {
    long from = range.from() == null ? Long.MIN_VALUE : PublishedDates.millis(range.from());
    long to = range.toExclusive() == null ? Long.MAX_VALUE : PublishedDates.millis(range.toExclusive()) - 1;
    return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED, from, to),
        NumericDocValuesField.newSlowRangeQuery(ArticleDocuments.PUBLISHED, from, to));
  }

  private static Query allBut(Query excluded) {
    if (excluded == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(excluded, Occur.MUST_NOT)
        .build();
  }

  private Query and(List<QueryNode> children) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (QueryNode child : children) {
      if (child instanceof QueryNode.Not not) {
        Query excluded = translate(not.child());
        if (excluded != null) {
          all.add(excluded, Occur.MUST_NOT);
          any = true;
        }
        continue;
      }
      Query query = translate(child);
      if (query != null) {
        all.add(query, QueryNode.scores(child) ? Occur.MUST : Occur.FILTER);
        positive = true;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      all.add(new MatchAllDocsQuery(), Occur.FILTER);
    }
    return all.build();
  }

  private Query or(List<QueryNode> children) {
    List<Query> queries = new ArrayList<>();
    for (QueryNode child : children) {
      Query query = translate(child);
      if (query != null) {
        queries.add(query);
      }
    }
    if (queries.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }
}
