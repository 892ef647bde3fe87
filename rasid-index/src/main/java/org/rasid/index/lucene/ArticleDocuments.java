package org.rasid.index.lucene;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.rasid.core.io.Limits;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
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
 *   <tr><td>body</td><td>text, {@link RasidAnalyzers#stemmed()}, documents and frequencies, norms</td>
 *       <td>word search and first-pass ranking; one value for the headline, then one per block</td></tr>
 *   <tr><td>body_exact</td><td>text, {@link RasidAnalyzers#exact()}, positions, no norms</td>
 *       <td>"phrases", words the analyzer splits; the same values as body</td></tr>
 *   <tr><td>title, title_exact</td><td>as body and body_exact, the headline alone</td><td>the headline and
 *       exact-form boosts, applied to the top hits by rescoring</td></tr>
 *   <tr><td>source</td><td>StringField + SortedDocValues</td><td>the display value, for exact lookups by tools;
 *       the source facet ({@link FacetCounts})</td></tr>
 *   <tr><td>author</td><td>StringField, multi-valued</td><td>the display value, for exact lookups by tools</td></tr>
 *   <tr><td>source_key, author_key</td><td>StringField</td><td>filters, {@link FilterKeys#key}</td></tr>
 *   <tr><td>lang</td><td>StringField</td><td>{@code lang:} filter</td></tr>
 *   <tr><td>published</td><td>LongPoint + NumericDocValues</td><td>date filters, sorting ({@link
 *       PublishedDates})</td></tr>
 *   <tr><td>month</td><td>NumericDocValues, {@link FacetCounts#monthKey}</td><td>the month facet</td></tr>
 *   <tr><td>person, place, org</td><td>StringField (entity id) + SortedSetDocValues (canonical name),
 *       multi-valued</td><td>{@code person:} etc. by id; the person, place and org facets</td></tr>
 *   <tr><td>person_key, place_key, org_key</td><td>StringField, multi-valued</td><td>{@code person:} etc. by
 *       name: {@link FilterKeys#key} of the canonical name and of every mention's text</td></tr>
 * </table>
 *
 * <p>No field has offsets in its postings, and the stemmed fields have no positions: both cost ingest time on every
 * token of every article, while only the ten hits on screen need them, and the highlighter re-analyzes those. The
 * exact fields carry no norms: they only match phrases and add the exact-form boost to the top hits.
 *
 * <p>{@link #SCHEMA} names this layout; an index written with another is refused on open.
 */
final class ArticleDocuments {
  /**
   * The layout version, kept in every commit's user data under {@link #SCHEMA_KEY}. 1: the first layout (positions
   * on every text field, facets in sorted-set doc values); 2: stemmed fields without positions, source and month
   * facets in sorted and numeric doc values; 3: this one, 2 with the entity fields ({@code person}, {@code place},
   * {@code org} and their {@code _key} fields) for the entity filters and facets.
   */
  static final String SCHEMA = "3";
  static final String SCHEMA_KEY = "rasid.schema";

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
  static final String MONTH = "month";
  static final String PERSON = "person";
  static final String PLACE = "place";
  static final String ORG = "org";
  static final String PERSON_KEY = "person_key";
  static final String PLACE_KEY = "place_key";
  static final String ORG_KEY = "org_key";

  /** Facet names in {@link org.rasid.index.SearchResponse#facets()}. */
  static final String SOURCE_FACET = "source";
  static final String MONTH_FACET = "month";
  static final String PERSON_FACET = "person";
  static final String PLACE_FACET = "place";
  static final String ORG_FACET = "org";

  /**
   * Joins body blocks in the text the highlighter sees. It is one char, as long as the analyzer's offset gap
   * between the values of a multi-valued field (the default 1), so the offsets the highlighter computes by
   * re-analysis fit the joined text.
   */
  static final char BLOCK_SEPARATOR = '\u2029';
  /** Positions between blocks: a "phrase" never matches across two paragraphs. */
  static final int BLOCK_POSITION_GAP = 100;

  private static final FieldType STEMMED_TYPE = textType(IndexOptions.DOCS_AND_FREQS, false);
  private static final FieldType EXACT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, true);

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

  /** The document for an article. */
  static Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StoredField(RECORD, Json.compact(article)));
    if (article.title() != null && !article.title().isBlank()) {
      doc.add(new Field(TITLE, article.title(), STEMMED_TYPE));
      doc.add(new Field(TITLE_EXACT, article.title(), EXACT_TYPE));
      // the headline is the body's first value too: a word or phrase query then reads one field, not two
      doc.add(new Field(BODY, article.title(), STEMMED_TYPE));
      doc.add(new Field(BODY_EXACT, article.title(), EXACT_TYPE));
    }
    for (Block block : article.blocks()) {
      doc.add(new Field(BODY, block.text(), STEMMED_TYPE));
      doc.add(new Field(BODY_EXACT, block.text(), EXACT_TYPE));
    }
    String source = display(article.source());
    if (source != null) {
      doc.add(new StringField(SOURCE, source, Field.Store.NO));
      doc.add(new StringField(SOURCE_KEY, FilterKeys.key(source), Field.Store.NO));
      doc.add(new SortedDocValuesField(SOURCE, new BytesRef(source)));
    }
    Set<String> authors = new LinkedHashSet<>();
    for (String author : article.authors()) {
      String name = display(author);
      if (name != null && authors.add(name)) {
        doc.add(new StringField(AUTHOR, name, Field.Store.NO));
        doc.add(new StringField(AUTHOR_KEY, FilterKeys.key(name), Field.Store.NO));
      }
    }
    doc.add(new StringField(LANG, FilterKeys.languageKey(article.language()), Field.Store.NO));
    OptionalLong published = PublishedDates.key(article.published());
    if (published.isPresent()) {
      doc.add(new LongPoint(PUBLISHED, published.getAsLong()));
      doc.add(new NumericDocValuesField(PUBLISHED, published.getAsLong()));
      OptionalLong month = PublishedDates.monthKey(article.published());
      if (month.isPresent()) {
        doc.add(new NumericDocValuesField(MONTH, month.getAsLong()));
      }
    }
    addEntities(doc, article.entities());
    return doc;
  }

  /**
   * The entity field of an entity type ({@link #PERSON}, {@link #PLACE}, {@link #ORG}), or null for a type the index
   * does not facet.
   */
  static String entityField(String type) {
    return switch (type) {
      case Entity.PERSON -> PERSON;
      case Entity.LOCATION -> PLACE;
      case Entity.ORGANIZATION -> ORG;
      default -> null;
    };
  }

  /**
   * Per entity (at most {@link Limits#MAX_INDEXED_ENTITIES}, in order of first mention): its id in the type's field,
   * its canonical name in that field's sorted-set doc values, and the keys of its canonical name and mention texts in
   * the type's {@code _key} field. An id, label or key repeated in one article is added once.
   */
  private static void addEntities(Document doc, List<Entity> entities) {
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (Entity e : entities) {
      String field = entityField(e.type());
      String canonical = display(e.canonical());
      if (field == null || canonical == null || n++ >= Limits.MAX_INDEXED_ENTITIES) {
        continue;
      }
      if (seen.add(field + "\u0000" + e.id())) {
        doc.add(new StringField(field, e.id(), Field.Store.NO));
      }
      if (seen.add(field + "\u0001" + canonical)) {
        doc.add(new SortedSetDocValuesField(field, new BytesRef(canonical)));
      }
      String keyField = field + "_key";
      addKey(doc, seen, keyField, canonical);
      for (EntityMention m : e.mentions()) {
        addKey(doc, seen, keyField, m.text());
      }
    }
  }

  private static void addKey(Document doc, Set<String> seen, String keyField, String name) {
    String key = FilterKeys.key(name);
    if (!key.isEmpty() && seen.add(keyField + "\u0000" + key)) {
      doc.add(new StringField(keyField, key, Field.Store.NO));
    }
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

  private static FieldType textType(IndexOptions options, boolean omitNorms) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
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
