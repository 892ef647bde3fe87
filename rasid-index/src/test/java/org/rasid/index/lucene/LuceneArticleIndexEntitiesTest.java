package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.core.model.Entity;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.EntityLinker;
import org.rasid.nlp.entities.ListedNames;

/** Entity fields of layout 3: the person, place and org filters and facets. */
class LuceneArticleIndexEntitiesTest {
  private static final ArticleEntities ENTITIES = new ArticleEntities(new ListedNames()
      .person("مصطفى الكاظمي", "الكاظمي", "إبراهيم رئيسي", "رئيسي")
      .place("طهران", "بغداد", "العراق")
      .org("رويترز", "وكالة رويترز"), EntityLinker.defaults());

  static final Article VISIT = ENTITIES.annotate(Fixtures.article("visit", "الكاظمي يصل إلى طهران", "الجزيرة",
      "2021-09-12", "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران في زيارة رسمية، بحسب ما أفادت رويترز."));
  static final Article RECEPTION = ENTITIES.annotate(Fixtures.article("reception",
      "الكاظمي يستقبل وفدا في بغداد", "الترا صوت", "2021-10-01",
      "استقبل مصطفى الكاظمي في بغداد وفدا اقتصاديا، ونقلت وكالة رويترز عن مصدر حكومي أن اللقاء تناول الاستثمار."));
  static final Article RAISI = ENTITIES.annotate(Fixtures.article("raisi", "إبراهيم رئيسي يزور بغداد", "الجزيرة",
      "2021-10-05", "يزور الرئيس الإيراني إبراهيم رئيسي بغداد الأسبوع المقبل لبحث العلاقات مع العراق."));
  static final Article OIL = Fixtures.OIL_PRICES;

  @TempDir
  Path dir;
  LuceneArticleIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = LuceneArticleIndex.open(dir);
    for (Article a : List.of(VISIT, RECEPTION, RAISI, OIL)) {
      index.upsert(a);
      index.commit(Map.of()); // one segment each: counts are added up over segments
    }
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws IOException {
    index.close();
  }

  private Set<String> ids(String query) throws IOException {
    return index.search(new SearchRequest(query, 0, 100, SearchRequest.Sort.NEWEST)).hits().stream()
        .map(Hit::id).collect(Collectors.toSet());
  }

  private static Map<String, Long> facet(SearchResponse r, String name) {
    return r.facets().get(name).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }

  @Test
  void fixturesHaveTheEntitiesTheTestsCountOn() {
    assertThat(VISIT.entities()).extracting(Entity::canonical).containsExactly("مصطفى الكاظمي", "طهران", "رويترز");
    assertThat(RECEPTION.entities()).extracting(Entity::canonical)
        .containsExactlyInAnyOrder("مصطفى الكاظمي", "بغداد", "رويترز");
    assertThat(RAISI.entities()).extracting(Entity::canonical)
        .containsExactlyInAnyOrder("إبراهيم رئيسي", "بغداد", "العراق");
  }

  @Test
  void entityFacetsCountEveryMatch() throws IOException {
    SearchResponse all = index.search(SearchRequest.of(""));
    assertThat(facet(all, "person")).isEqualTo(Map.of("مصطفى الكاظمي", 2L, "إبراهيم رئيسي", 1L));
    assertThat(facet(all, "place")).isEqualTo(Map.of("بغداد", 2L, "طهران", 1L, "العراق", 1L));
    assertThat(facet(all, "org")).isEqualTo(Map.of("رويترز", 2L));
    assertThat(all.facets().get("place").get(0)).isEqualTo(new FacetCount("بغداد", 2));
  }

  @Test
  void entityFacetsFollowTheQuery() throws IOException {
    SearchResponse r = index.search(SearchRequest.of("place:بغداد"));
    assertThat(r.total()).isEqualTo(2);
    assertThat(facet(r, "person")).isEqualTo(Map.of("مصطفى الكاظمي", 1L, "إبراهيم رئيسي", 1L));
    assertThat(facet(r, "org")).isEqualTo(Map.of("رويترز", 1L));
    SearchResponse none = index.search(SearchRequest.of("النفط"));
    assertThat(none.total()).isEqualTo(1);
    assertThat(none.facets().get("person")).isEmpty();
    assertThat(none.facets()).containsKeys("person", "place", "org", "source", "month");
  }

  @Test
  void filtersMatchTheCanonicalNameAnySpellingAndTheId() throws IOException {
    assertThat(ids("person:\"مصطفى الكاظمي\"")).containsExactlyInAnyOrder("visit", "reception");
    assertThat(ids("person:الكاظمى")).containsExactlyInAnyOrder("visit", "reception"); // a mention, other spelling
    assertThat(ids("person:" + VISIT.entities().get(0).id())).containsExactlyInAnyOrder("visit", "reception");
    assertThat(ids("place:بغداد")).containsExactlyInAnyOrder("reception", "raisi");
    assertThat(ids("org:رويترز")).containsExactlyInAnyOrder("visit", "reception");
    assertThat(ids("org:\"وكالة رويترز\"")).containsExactly("reception");
    assertThat(ids("-person:\"مصطفى الكاظمي\"")).containsExactlyInAnyOrder("raisi", "oil-prices");
    assertThat(ids("Person:\"ابراهيم رئيسي\" place:العراق")).containsExactly("raisi");
    assertThat(ids("person:بغداد")).isEmpty(); // a place is not a person
  }

  @Test
  void filtersDoNotChangeRanking() throws IOException {
    List<String> plain = index.search(SearchRequest.of("بغداد")).hits().stream().map(Hit::id).toList();
    List<String> filtered = index.search(SearchRequest.of("بغداد org:رويترز")).hits().stream().map(Hit::id).toList();
    assertThat(plain).containsSubsequence(filtered);
    assertThat(filtered).containsExactly("reception");
  }

  @Test
  void aLayout2IndexIsRefused(@TempDir Path old) throws IOException {
    try (FSDirectory directory = FSDirectory.open(old);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "x", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(Map.of(ArticleDocuments.SCHEMA_KEY, "2").entrySet());
      w.commit();
    }
    assertThatThrownBy(() -> LuceneArticleIndex.open(old)).isInstanceOf(IOException.class)
        .hasMessageContaining("has layout 2").hasMessageContaining("layout 3")
        .hasMessageContaining("ingest the articles again");
  }

  @Test
  void entityFacetsKeepTheTopTwentyOverSegmentsTiesInNameOrder(@TempDir Path other) throws IOException {
    try (LuceneArticleIndex many = LuceneArticleIndex.open(other)) {
      for (int i = 0; i < 30; i++) {
        String name = "شخص رقم " + (char) ('أ' + i); // 30 different names, each in one article
        String body = "التقى " + name + " مع مصطفى الكاظمي في بغداد.";
        int at = body.indexOf(name);
        int kadhimi = body.indexOf("مصطفى الكاظمي");
        Article a = Fixtures.article("many-" + i, "لقاء في بغداد", "الجزيرة", "2021-09-12", body).withEntities(List.of(
            new Entity("p-" + i, name, Entity.PERSON, null,
                List.of(new org.rasid.core.model.EntityMention(name, 0, at, at + name.length()))),
            new Entity("p-k", "مصطفى الكاظمي", Entity.PERSON, "IQ", List.of(
                new org.rasid.core.model.EntityMention("مصطفى الكاظمي", 0, kadhimi, kadhimi + 13)))));
        many.upsert(a);
        if (i % 7 == 6) {
          many.commit(Map.of()); // several segments
        }
      }
      many.commit(Map.of());
      List<FacetCount> persons = many.search(SearchRequest.of("")).facets().get("person");
      assertThat(persons).hasSize(LuceneArticleIndex.TOP_ENTITIES);
      assertThat(persons.get(0)).isEqualTo(new FacetCount("مصطفى الكاظمي", 30));
      List<String> tied = persons.subList(1, persons.size()).stream().map(FacetCount::value).toList();
      assertThat(tied).allMatch(n -> n.startsWith("شخص رقم ")).isSorted();
      assertThat(persons.subList(1, persons.size())).allMatch(c -> c.count() == 1);
      assertThat(tied.get(0)).isEqualTo("شخص رقم أ");
      // a filter narrows the counts: one name article
      SearchResponse one = many.search(SearchRequest.of("person:\"شخص رقم ب\""));
      assertThat(one.total()).isEqualTo(1);
      assertThat(facet(one, "person")).isEqualTo(Map.of("شخص رقم ب", 1L, "مصطفى الكاظمي", 1L));
    }
  }
}
