package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.json.Json;
import org.rasid.index.analysis.RasidAnalyzers;

class IndexBenchChildTest {
  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ChildResults.Ingest ceiling(Path input, int threads) throws Exception {
    return IndexBenchChild.ingest(Chain.CEILING, input, dir.resolve("index"), threads, 5_000, false,
        new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void theCeilingIndexesTheRawTextOfEveryLineIntoBareLucene() throws Exception {
    String[] topics = {"الصحة", "التعليم", "النقل", "الإسكان", "الزراعة", "المياه", "الطاقة", "الثقافة", "الرياضة",
        "السياحة"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String t = topics[i % topics.length];
      String text = "وزارة " + t + " تعلن خطة جديدة رقم " + i + "\n\nأعلنت وزارة " + t
          + " اليوم عن خطة تمتد " + (3 + i) + " سنوات بتكلفة 1250 مليون ريال.\n\nوقال المتحدث باسم الوزارة إن"
          + " المرحلة الأولى تبدأ العام المقبل وتشمل 12 مدينة.";
      lines.add(Json.mapper().writeValueAsString(Map.of("text", text, "url", "http://example.com/" + i)));
    }
    Path input = dir.resolve("in.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);

    ChildResults.Ingest r = ceiling(input, 2);

    assertThat(r.chain()).isEqualTo("ceiling");
    assertThat(r.documents()).isEqualTo(50);
    assertThat(r.ingested()).isEqualTo(50);
    assertThat(r.failed()).isZero();
    assertThat(r.alreadyPresent()).isZero();
    assertThat(r.threads()).isEqualTo(2);
    assertThat(r.seconds()).isPositive();
    assertThat(r.articlesPerSecond()).isPositive();
    assertThat(r.indexBytes()).isPositive();
    assertThat(r.segments()).isPositive();
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(reader.numDocs()).isEqualTo(50);
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      FieldInfo body = fields.fieldInfo("body");
      FieldInfo exact = fields.fieldInfo("body_exact");
      assertThat(body.getIndexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS);
      assertThat(body.omitsNorms()).isFalse();
      assertThat(exact.getIndexOptions()).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
      assertThat(exact.omitsNorms()).isTrue();
      assertThat(fields.fieldInfo("text").getIndexOptions()).isEqualTo(IndexOptions.NONE); // stored only
      assertThat(fields.fieldInfo("id")).isNull();
      assertThat(fields.fieldInfo("record")).isNull();
      IndexSearcher searcher = new IndexSearcher(reader);
      // each field with its own chain: "الصحة" is in every tenth text
      String exactTerm = token(RasidAnalyzers.exact(), "الصحة");
      String stemmedTerm = token(RasidAnalyzers.stemmed(), "الصحة");
      assertThat(stemmedTerm).isNotEqualTo(exactTerm);
      assertThat(searcher.count(new TermQuery(new Term("body_exact", exactTerm)))).isEqualTo(5);
      assertThat(searcher.count(new TermQuery(new Term("body", stemmedTerm)))).isEqualTo(5);
      assertThat(searcher.count(new TermQuery(new Term("body", exactTerm)))).isZero();
      assertThat(reader.storedFields().document(0).get("text")).startsWith("وزارة ");
    }
  }

  private static String token(Analyzer analyzer, String word) throws IOException {
    try (analyzer; TokenStream ts = analyzer.tokenStream("f", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      assertThat(ts.incrementToken()).isTrue();
      String t = term.toString();
      ts.end();
      return t;
    }
  }

  @Test
  void linesWithoutTextFailAndBlankLinesAreSkipped() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, """
        {"text": "أعلنت وزارة الصحة اليوم عن خطة جديدة", "url": "u1"}

        {"text": "  ", "url": "u2"}
        not json
        """, StandardCharsets.UTF_8);
    ChildResults.Ingest r = ceiling(input, 1);
    assertThat(r.documents()).isEqualTo(3);
    assertThat(r.ingested()).isEqualTo(1);
    assertThat(r.failed()).isEqualTo(2);
    assertThat(r.firstFailures()).hasSize(2).anyMatch(f -> f.startsWith("line 3: no text"))
        .anyMatch(f -> f.startsWith("line 4: not JSON"));
    try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
        DirectoryReader reader = DirectoryReader.open(d)) {
      assertThat(reader.numDocs()).isEqualTo(1);
    }
  }
}
