package org.rasid.index.lucene;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.index.analysis.RasidAnalyzers;
import org.rasid.index.query.FilterKeys;

/**
 * The index schema: field names, analyzers, and the mapping of an {@link Article} to a Lucene document.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>kind</th><th>use</th></tr>
 *   <tr><td>id</td><td>StringField, stored</td><td>upsert key, lookups</td></tr>
 *   <tr><td>record</td><td>StoredField</td><td>the full record as compact JSON: the only stored copy of the
 *       text</td></tr>
 *   <tr><td>title, body</td><td>text, {@link RasidAnalyzers#stemmed()}</td><td>word search; body has one value
 *       per block (positions, no offsets: the highlighter re-analyzes the hits it shows)</td></tr>
 *   <tr><td>title_exact, body_exact</td><td>text, {@link RasidAnalyzers#exact()}</td><td>"phrases", exact-form
 *       boost</td></tr>
 *   <tr><td>source, author</td><td>StringField (author multi-valued)</td><td>the display value, for exact
 *       lookups by tools</td></tr>
 *   <tr><td>source_key, author_key</td><td>StringField</td><td>filters, {@link FilterKeys#key}</td></tr>
 *   <tr><td>lang</td><td>StringField</td><td>{@code lang:} filter</td></tr>
 *   <tr><td>published</td><td>LongPoint + NumericDocValues</td><td>date filters, sorting ({@link
 *       PublishedDates})</td></tr>
 *   <tr><td>facets</td><td>SortedSetDocValues facets</td><td>"source", "month" (YYYY-MM) in {@code $facets};
 *       "author" in {@code $author}</td></tr>
 * </table>
 */
final class ArticleDocuments {
  static final String ID = "id";
  static final String RECORD = "record";
  static final String TITLE = "title";
  static final String TITLE_EXACT = "title_exact";
  static final String BODY = "body";
  static final String BODY_EXACT = "body_exact";
  static final String SOURCE = "source";
  static final String SOURCE_KEY = "source_key";
  static final String AUTHOR = "author";
  static final String AUTHOR_KEY = "author_key";
  static final String LANG = "lang";
  static final String PUBLISHED = "published";

  static final String SOURCE_FACET = "source";
  static final String AUTHOR_FACET = "author";
  static final String MONTH_FACET = "month";
  /** Authors are many: their facet ordinals live apart, so that source and month counts do not pay for them. */
  static final String AUTHOR_FACET_FIELD = "$author";

  /**
   * Joins body blocks in the text the highlighter sees. It is one char, as long as the analyzer's offset gap
   * between the values of a multi-valued field (the default 1), so the offsets the highlighter computes by
   * re-analysis fit the joined text.
   */
  static final char BLOCK_SEPARATOR = '\u2029';
  /** Positions between blocks: a "phrase" never matches across two paragraphs. */
  static final int BLOCK_POSITION_GAP = 100;

  private static final FieldType BODY_TYPE = bodyType();

  private ArticleDocuments() {}

  /** The analyzer of every field: exact chain for {@code *_exact}, stemmed chain for the rest. Caller closes. */
  static Analyzer analyzer() {
    return analyzer(RasidAnalyzers.stemmed(), RasidAnalyzers.exact());
  }

  /** {@link #analyzer()} with other chains for the stemmed and the exact fields. Caller closes. */
  static Analyzer analyzer(Analyzer stemmed, Analyzer exact) {
    Analyzer exactWithGap = withBlockGap(exact);
    return new PerFieldAnalyzerWrapper(withBlockGap(stemmed),
        Map.of(TITLE_EXACT, exactWithGap, BODY_EXACT, exactWithGap));
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(AUTHOR_FACET, true);
    config.setIndexFieldName(AUTHOR_FACET, AUTHOR_FACET_FIELD);
    return config;
  }

  /** The document for an article, before {@link FacetsConfig#build}. */
  static Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StoredField(RECORD, Json.compact(article)));
    if (article.title() != null && !article.title().isBlank()) {
      doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
      doc.add(new TextField(TITLE_EXACT, article.title(), Field.Store.NO));
    }
    for (Block block : article.blocks()) {
      doc.add(new Field(BODY, block.text(), BODY_TYPE));
      doc.add(new Field(BODY_EXACT, block.text(), BODY_TYPE));
    }
    String source = display(article.source());
    if (source != null) {
      doc.add(new StringField(SOURCE, source, Field.Store.NO));
      doc.add(new StringField(SOURCE_KEY, FilterKeys.key(source), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(SOURCE_FACET, source));
    }
    Set<String> authors = new LinkedHashSet<>();
    for (String author : article.authors()) {
      String name = display(author);
      if (name != null && authors.add(name)) {
        doc.add(new StringField(AUTHOR, name, Field.Store.NO));
        doc.add(new StringField(AUTHOR_KEY, FilterKeys.key(name), Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(AUTHOR_FACET, name));
      }
    }
    doc.add(new StringField(LANG, FilterKeys.languageKey(article.language()), Field.Store.NO));
    OptionalLong published = PublishedDates.key(article.published());
    if (published.isPresent()) {
      doc.add(new LongPoint(PUBLISHED, published.getAsLong()));
      doc.add(new NumericDocValuesField(PUBLISHED, published.getAsLong()));
      String month = PublishedDates.month(article.published());
      if (month != null) {
        doc.add(new SortedSetDocValuesFacetField(MONTH_FACET, month));
      }
    }
    return doc;
  }

  /**
   * The body as the highlighter sees it: headings and paragraphs in reading order, joined by {@link
   * #BLOCK_SEPARATOR}.
   */
  static String body(Article article) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < article.blocks().size(); i++) {
      if (i > 0) {
        body.append(BLOCK_SEPARATOR); // also after an empty block: the offset gap is added for every value
      }
      body.append(article.blocks().get(i).text());
    }
    return body.toString();
  }

  private static String display(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Positions (for phrases) but no offsets: offsets in the postings cost ingest time on every token of every
   * article, while the highlighter needs them only for the ten hits on screen, and re-analyzes those instead.
   */
  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  /** The chain as is, with {@link #BLOCK_POSITION_GAP} between the values of a field. */
  private static Analyzer withBlockGap(Analyzer chain) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chain;
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return BLOCK_POSITION_GAP;
      }
    };
  }
}
