package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasid.index.lucene.LuceneEntityGraphTest.article;
import static org.rasid.index.lucene.LuceneEntityGraphTest.person;
import static org.rasid.index.lucene.LuceneEntityGraphTest.place;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.core.model.Entity;
import org.rasid.index.FacetCount;
import org.rasid.index.SearchRequest;

/** Entity facets of broad queries counted from a sample: close to the exact counts, in the same order, flagged. */
class FacetSamplingTest {
  @TempDir static Path dir;
  static final int ARTICLES = 3_000;

  @BeforeAll
  static void index() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      for (int i = 0; i < ARTICLES; i++) {
        List<Entity> es = new ArrayList<>();
        es.add(person("كل المقالات")); // in every article
        if (i % 2 == 0) {
          es.add(person("نصف المقالات"));
        }
        if (i % 10 == 0) {
          es.add(person("عشر المقالات"));
        }
        if (i % 100 == 0) {
          es.add(place("بغداد"));
        }
        index.upsert(article(String.format("%016x", i + 1), "2021-09-12", es.toArray(Entity[]::new)));
        if (i % 1_000 == 999) {
          index.commit(Map.of()); // several segments
        }
      }
      index.commit(Map.of());
    }
  }

  private static FacetCounts.Result count(int sample) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(new MMapDirectory(dir))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      return searcher.search(new MatchAllDocsQuery(), new FacetCounts(EntityOrdinals.build(reader), sample));
    }
  }

  @Test
  void underTheSampleEveryMatchIsCountedExactly() throws IOException {
    FacetCounts.Result exact = count(ARTICLES);
    assertThat(exact.entitiesEstimated()).isFalse();
    assertThat(exact.topEntities(ArticleDocuments.PERSON)).containsExactly(new FacetCount("كل المقالات", 3_000),
        new FacetCount("نصف المقالات", 1_500), new FacetCount("عشر المقالات", 300));
    assertThat(exact.topEntities(ArticleDocuments.PLACE)).containsExactly(new FacetCount("بغداد", 30));
  }

  @Test
  void pastTheSampleCountsAreEstimatesInTheSameOrderAndSaySo() throws IOException {
    FacetCounts.Result sampled = count(200); // strides 1, 2, 4, 8 over 3,000 matches
    assertThat(sampled.entitiesEstimated()).isTrue();
    assertThat(sampled.matches()).isEqualTo(ARTICLES); // matches, sources and months stay exact
    List<FacetCount> persons = sampled.topEntities(ArticleDocuments.PERSON);
    assertThat(persons).extracting(FacetCount::value).containsExactly("كل المقالات", "نصف المقالات", "عشر المقالات");
    assertThat(persons.get(0).count()).isBetween(2_700L, 3_300L);
    assertThat(persons.get(1).count()).isBetween(1_200L, 1_800L);
    assertThat(persons.get(2).count()).isBetween(200L, 400L);
  }

  @Test
  void theIndexSaysWhenItsEntityFacetsAreEstimates() throws IOException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      assertThat(index.search(SearchRequest.of("")).entityFacetsEstimated()).isFalse(); // 3,000 < the sample
      assertThat(index.search(SearchRequest.of("")).facets().get("person").getFirst().count()).isEqualTo(3_000);
    }
  }

  @Test
  void topOrdinalsAreTheLargestCountsWorstFirstTiesByOrdinal() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(0, 60);
      int[] counts = new int[100];
      int[] ords = IntStream.range(0, 100).filter(o -> random.nextInt(3) == 0).limit(n).toArray();
      for (int o : ords) {
        counts[o] = random.nextInt(1, 6); // many ties
      }
      int k = random.nextInt(1, 25);
      int[] top = FacetCounts.topOrdinals(counts, ords, ords.length, k);
      int[] expected = IntStream.of(ords).boxed()
          .sorted(Comparator.<Integer>comparingInt(o -> counts[o]).reversed().thenComparing(o -> o))
          .limit(k).sorted(Comparator.<Integer>comparingInt(o -> counts[o]).thenComparing(Comparator.reverseOrder()))
          .mapToInt(Integer::intValue).toArray();
      assertThat(top).as("round %d", round).containsExactly(expected);
    }
  }
}
