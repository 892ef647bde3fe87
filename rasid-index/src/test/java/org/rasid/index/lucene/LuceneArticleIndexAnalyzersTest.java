package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;

/** {@link LuceneArticleIndex#open(Path, Analyzer, Analyzer)}: the chains given are used to index and to query. */
class LuceneArticleIndexAnalyzersTest {
  @TempDir
  Path dir;

  private static List<String> ids(LuceneArticleIndex index, String query) throws IOException {
    return index.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
  }

  @Test
  void theGivenChainsIndexAndQueryInsteadOfRasids() throws IOException {
    // Fixtures.SPELLING has "أحمد" and "المدرسة": rasid's chains fold hamza and strip the article, whitespace does not.
    try (LuceneArticleIndex rasid = LuceneArticleIndex.open(dir.resolve("rasid"))) {
      rasid.upsert(Fixtures.SPELLING);
      rasid.commit(Map.of());
      assertThat(ids(rasid, "احمد")).containsExactly("spelling");
      assertThat(ids(rasid, "مدرسه")).containsExactly("spelling");
    }
    try (Analyzer whitespace = new WhitespaceAnalyzer();
        LuceneArticleIndex plain = LuceneArticleIndex.open(dir.resolve("plain"), whitespace, whitespace)) {
      plain.upsert(Fixtures.SPELLING);
      plain.commit(Map.of());
      assertThat(ids(plain, "احمد")).isEmpty();
      assertThat(ids(plain, "مدرسه")).isEmpty();
      assertThat(ids(plain, "أحمد")).containsExactly("spelling");
      assertThat(ids(plain, "\"أحمد إن\"")).containsExactly("spelling");
      assertThat(plain.search(SearchRequest.of("أحمد")).hits().getFirst().snippet()).contains("<mark>أحمد</mark>");
    }
  }

  @Test
  void stemmedAndExactFieldsGetTheirOwnChain() throws IOException {
    // Stock ArabicAnalyzer for words (stems "المدرسة" to "مدرس"), whitespace for phrases (no normalization at all).
    try (Analyzer arabic = new ArabicAnalyzer(); Analyzer whitespace = new WhitespaceAnalyzer();
        LuceneArticleIndex index = LuceneArticleIndex.open(dir, arabic, whitespace)) {
      index.upsert(Fixtures.SPELLING);
      index.commit(Map.of());
      assertThat(ids(index, "مدرسة")).containsExactly("spelling"); // stemmed field, both sides stemmed
      assertThat(ids(index, "\"المدرسة\"")).containsExactly("spelling"); // exact field, same form
      assertThat(ids(index, "\"مدرسة\"")).isEmpty(); // exact field, other form: not folded by whitespace
    }
    // The analyzers stay open for the caller: the index did not close them (reusing one would then fail).
  }
}
