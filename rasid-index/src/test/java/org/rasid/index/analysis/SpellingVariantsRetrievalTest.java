package org.rasid.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Articles indexed with both chains; a query in any spelling variant finds the same articles. */
class SpellingVariantsRetrievalTest {
  private static final String STEMMED = "body";
  private static final String EXACT = "body_exact";
  private static final String ID = "id";
  private static final String[] ARTICLES = {
    "التقى أحمد وزير الخارجية في إيران عام ٢٠٢١",
    "احمد يزور مدرسة في ايران سنة 2021",
    "افتتحت المدرسه الجديدة أبوابها للطلاب",
    "بمدرستها الجديدة تبدأ الدراسة في ٢٠٢٢",
    "لا صلة لهذا الخبر بأي من الكلمات",
  };

  private static Directory directory;
  private static DirectoryReader reader;
  private static Analyzer analyzer;

  @BeforeAll
  static void index() throws IOException {
    analyzer = new PerFieldAnalyzerWrapper(RasidAnalyzers.stemmed(), Map.of(EXACT, RasidAnalyzers.exact()));
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < ARTICLES.length; i++) {
        Document doc = new Document();
        doc.add(new StoredField(ID, i));
        doc.add(new TextField(STEMMED, ARTICLES[i], Field.Store.NO));
        doc.add(new TextField(EXACT, ARTICLES[i], Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }

  private static Set<Integer> search(String field, String query) throws IOException, ParseException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<Integer> ids = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(new QueryParser(field, analyzer).parse(query), ARTICLES.length).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).getField(ID).numericValue().intValue());
    }
    return ids;
  }

  private static void assertSameArticles(String field, String variant, String other, Integer... expected)
      throws Exception {
    assertThat(search(field, variant)).as("%s: %s", field, variant).containsExactly(expected);
    assertThat(search(field, other)).as("%s: %s", field, other).containsExactly(expected);
  }

  @Test
  void hamzaOnAlefOrNotFindsTheSameArticles() throws Exception {
    assertSameArticles(STEMMED, "أحمد", "احمد", 0, 1);
    assertSameArticles(EXACT, "أحمد", "احمد", 0, 1);
    assertSameArticles(STEMMED, "إيران", "ايران", 0, 1);
    assertSameArticles(EXACT, "إيران", "ايران", 0, 1);
  }

  @Test
  void taaMarbutaOrHehFindsTheSameArticles() throws Exception {
    assertSameArticles(STEMMED, "مدرسة", "مدرسه", 1, 2, 3);
    assertSameArticles(EXACT, "مدرسة", "مدرسه", 1);
  }

  @Test
  void arabicIndicOrAsciiDigitsFindTheSameArticles() throws Exception {
    assertSameArticles(STEMMED, "٢٠٢١", "2021", 0, 1);
    assertSameArticles(EXACT, "٢٠٢١", "2021", 0, 1);
    assertSameArticles(EXACT, "٢٠٢٢", "2022", 3);
  }

  @Test
  void thePhraseQueryOnTheExactFieldMatchesVariants() throws Exception {
    assertSameArticles(EXACT, "\"المدرسة الجديدة\"", "\"المدرسه الجديده\"", 2);
  }

  @Test
  void theStemmedFieldFindsPrefixedAndSuffixedFormsTheExactFieldDoesNot() throws Exception {
    assertThat(search(STEMMED, "الوزير")).containsExactly(0);
    assertThat(search(EXACT, "الوزير")).isEmpty();
  }
}
