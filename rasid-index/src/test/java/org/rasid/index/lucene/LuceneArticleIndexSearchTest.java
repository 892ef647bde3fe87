package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.IndexStats;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchRequest.Sort;
import org.rasid.index.SearchResponse;

class LuceneArticleIndexSearchTest {
  @TempDir
  Path dir;

  private LuceneArticleIndex index;

  @BeforeEach
  void indexFixtures() throws IOException {
    index = LuceneArticleIndex.open(dir);
    for (Article article : Fixtures.ALL) {
      index.upsert(article);
    }
    index.commit(Map.of());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResponse search(String query) throws IOException {
    return index.search(new SearchRequest(query, 0, SearchRequest.MAX_LIMIT, Sort.RELEVANCE));
  }

  private List<String> ids(String query) throws IOException {
    return search(query).hits().stream().map(Hit::id).toList();
  }

  private List<String> ids(String query, Sort sort, int offset, int limit) throws IOException {
    return index.search(new SearchRequest(query, offset, limit, sort)).hits().stream().map(Hit::id).toList();
  }

  private Hit hit(String query, String id) throws IOException {
    return search(query).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  // Words, phrases, operators.

  @Test
  void wordMatchesOtherFormsOfItsStem() throws IOException {
    // اتفاق in a title, الاتفاق and والاتفاق in bodies
    assertThat(ids("اتفاق")).containsExactlyInAnyOrder("iran-deal", "tehran-talks");
  }

  @Test
  void titleMatchesRankFirst() throws IOException {
    // مدرسة is in the title and body of the school article, only in the body of the other
    assertThat(ids("مدرسة")).containsExactly("baghdad-school", "spelling");
  }

  @Test
  void wordsMustAllMatch() throws IOException {
    assertThat(ids("النووي فيينا")).containsExactlyInAnyOrder("iran-deal", "tehran-talks");
    assertThat(ids("النووي طهران")).containsExactly("tehran-talks");
    assertThat(ids("النووي بغداد")).isEmpty();
  }

  @Test
  void orMatchesEither() throws IOException {
    assertThat(ids("طهران OR بغداد")).containsExactlyInAnyOrder("tehran-talks", "baghdad-school");
  }

  @Test
  void orBindsTighterThanAnd() throws IOException {
    assertThat(ids("النووي طهران OR اليوم")).containsExactlyInAnyOrder("iran-deal", "tehran-talks");
  }

  @Test
  void phraseMatchesAdjacentUnstemmedWords() throws IOException {
    assertThat(ids("\"اتفاق نووي\"")).containsExactly("iran-deal");
    assertThat(ids("\"الاتفاق النووي\"")).containsExactlyInAnyOrder("iran-deal", "tehran-talks");
    assertThat(ids("\"نووي اتفاق\"")).isEmpty();
  }

  @Test
  void phraseDoesNotMatchAcrossBlocks() throws IOException {
    // "...ببغداد." ends a paragraph and "تفاصيل المشروع" is the next block
    assertThat(ids("\"ببغداد تفاصيل\"")).isEmpty();
    assertThat(ids("\"تفاصيل المشروع\"")).containsExactly("baghdad-school");
  }

  @Test
  void quotedWordMatchesOnlyThatForm() throws IOException {
    assertThat(ids("\"الاتفاق\"")).containsExactlyInAnyOrder("iran-deal", "tehran-talks");
    assertThat(ids("\"اتفاقات\"")).isEmpty();
    assertThat(ids("اتفاقات")).isNotEmpty(); // unquoted: same stem
  }

  @Test
  void wordTheAnalyzerSplitsMatchesItsPartsAdjacent(@TempDir Path other) throws IOException {
    try (LuceneArticleIndex split = LuceneArticleIndex.open(other)) {
      split.upsert(Fixtures.article("adjacent", null, "مصدر", null, "سجلت الوزارة إصابات كوفيد-19 في المدينة"));
      split.upsert(Fixtures.article("apart", null, "مصدر", null, "كوفيد انتشر في 19 مدينة هذا الشهر"));
      split.commit(Map.of());
      assertThat(split.search(SearchRequest.of("كوفيد-19")).hits()).extracting(Hit::id).containsExactly("adjacent");
      assertThat(split.search(SearchRequest.of("كوفيد")).total()).isEqualTo(2);
    }
  }

  @Test
  void exactFormRanksAboveOtherFormsOfTheStem(@TempDir Path other) throws IOException {
    try (LuceneArticleIndex forms = LuceneArticleIndex.open(other)) {
      forms.upsert(Fixtures.article("with-article", null, "مصدر", null, "زرت المدرسة اليوم صباحا"));
      forms.upsert(Fixtures.article("without-article", null, "مصدر", null, "زرت مدرسة اليوم صباحا"));
      forms.commit(Map.of());
      assertThat(forms.search(SearchRequest.of("مدرسة")).hits()).extracting(Hit::id)
          .containsExactly("without-article", "with-article");
      assertThat(forms.search(SearchRequest.of("المدرسة")).hits()).extracting(Hit::id)
          .containsExactly("with-article", "without-article");
    }
  }

  @Test
  void minusExcludes() throws IOException {
    assertThat(ids("النووي -طهران")).containsExactly("iran-deal");
    assertThat(ids("النووي -\"اتفاق نووي\"")).containsExactly("tehran-talks");
    assertThat(ids("النووي -(طهران OR اليوم)")).isEmpty();
  }

  @Test
  void exclusionAloneMatchesAllOthers() throws IOException {
    assertThat(ids("-source:الجزيرة"))
        .containsExactlyInAnyOrder("baghdad-school", "oil-prices", "reuters-oil", "spelling");
    assertThat(search("-النووي").total()).isEqualTo(Fixtures.ALL.size() - 2);
  }

  @Test
  void blankQueryMatchesAll() throws IOException {
    assertThat(search("").total()).isEqualTo(Fixtures.ALL.size());
    assertThat(search(null).total()).isEqualTo(Fixtures.ALL.size());
  }

  @Test
  void punctuationOnlyQueryMatchesNothing() throws IOException {
    assertThat(search("، ...").total()).isZero();
  }

  @Test
  void syntaxErrorsReachTheCaller() {
    assertThatThrownBy(() -> search("from:2021-13-01")).isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("from:2021-13-01 is not a valid date");
  }

  // Spelling variants.

  @Test
  void spellingVariantsMeet() throws IOException {
    assertThat(ids("احمد")).contains("spelling");
    assertThat(ids("مدرسه")).containsExactlyInAnyOrder("baghdad-school", "spelling");
    assertThat(ids("ايران")).containsExactlyInAnyOrder("iran-deal", "tehran-talks", "spelling");
  }

  @Test
  void arabicIndicDigitsMeetAsciiDigits() throws IOException {
    assertThat(ids("٢٠٢١")).containsExactly("spelling");
  }

  // Filters.

  @Test
  void sourceFilterMatchesTheWholeName() throws IOException {
    assertThat(ids("source:\"الترا صوت\"")).containsExactly("baghdad-school");
    assertThat(ids("source:الترا")).isEmpty();
  }

  @Test
  void sourceFilterIgnoresSpellingVariantsAndCase() throws IOException {
    assertThat(ids("source:الجزيره")).containsExactlyInAnyOrder("iran-deal", "tehran-talks", "script-in-text");
    assertThat(ids("source:reuters")).containsExactly("reuters-oil");
  }

  @Test
  void sourceFiltersCombineWithOr() throws IOException {
    assertThat(ids("source:Reuters OR source:\"شفق نيوز\""))
        .containsExactlyInAnyOrder("reuters-oil", "oil-prices", "spelling");
  }

  @Test
  void filterDoesNotChangeRanking() throws IOException {
    List<Hit> plain = search("النووي").hits();
    List<Hit> filtered = search("النووي source:الجزيرة").hits();
    assertThat(filtered).extracting(Hit::id).isEqualTo(plain.stream().map(Hit::id).toList());
    assertThat(filtered).extracting(Hit::score).isEqualTo(plain.stream().map(Hit::score).toList());
  }

  @Test
  void authorFilterMatchesAnyAuthor() throws IOException {
    assertThat(ids("author:\"أحمد علي\"")).containsExactlyInAnyOrder("iran-deal", "baghdad-school");
    assertThat(ids("author:\"احمد  علي\"")).containsExactlyInAnyOrder("iran-deal", "baghdad-school");
    assertThat(ids("author:\"سارة حسن\"")).containsExactly("baghdad-school");
  }

  @Test
  void langFilter() throws IOException {
    assertThat(ids("lang:en")).containsExactly("reuters-oil");
    assertThat(ids("lang:EN oil")).containsExactly("reuters-oil");
  }

  @Test
  void fromAndToBoundTheDate() throws IOException {
    assertThat(ids("from:2021-09-15"))
        .containsExactlyInAnyOrder("baghdad-school", "tehran-talks", "script-in-text");
    assertThat(ids("to:2021-09-12")).containsExactlyInAnyOrder("reuters-oil", "iran-deal");
    assertThat(ids("from:2021-09-12 to:2021-09-13")).containsExactlyInAnyOrder("iran-deal", "spelling");
  }

  @Test
  void monthAndYearBoundsCoverTheWholePeriod() throws IOException {
    assertThat(ids("from:2021-09 to:2021-09"))
        .containsExactlyInAnyOrder("iran-deal", "baghdad-school", "spelling");
    assertThat(ids("from:2021-10 to:2021-10")).containsExactly("tehran-talks"); // published "2021-10"
    assertThat(ids("to:2020")).containsExactly("reuters-oil");
    assertThat(ids("from:2022")).isEmpty();
  }

  @Test
  void dateTimeCountsOnItsDay() throws IOException {
    // published 2021-09-20T10:30
    assertThat(ids("from:2021-09-20 to:2021-09-20")).containsExactly("baghdad-school");
  }

  @Test
  void undatedArticlesNeverMatchADateFilter() throws IOException {
    assertThat(ids("from:1900")).doesNotContain("oil-prices").hasSize(Fixtures.ALL.size() - 1);
  }

  // Sorting and paging.

  @Test
  void newestFirstPutsUndatedLast() throws IOException {
    assertThat(ids("", Sort.NEWEST, 0, 100)).containsExactly("script-in-text", "tehran-talks", "baghdad-school",
        "spelling", "iran-deal", "reuters-oil", "oil-prices");
  }

  @Test
  void oldestFirstPutsUndatedLast() throws IOException {
    assertThat(ids("", Sort.OLDEST, 0, 100)).containsExactly("reuters-oil", "iran-deal", "spelling",
        "baghdad-school", "tehran-talks", "script-in-text", "oil-prices");
  }

  @Test
  void dateSortAppliesToMatchesOnly() throws IOException {
    assertThat(ids("النووي", Sort.OLDEST, 0, 10)).containsExactly("iran-deal", "tehran-talks");
    assertThat(ids("النووي", Sort.NEWEST, 0, 10)).containsExactly("tehran-talks", "iran-deal");
  }

  @Test
  void relevanceWithoutWordsFallsBackToNewest() throws IOException {
    assertThat(ids("source:الجزيرة", Sort.RELEVANCE, 0, 10))
        .containsExactly("script-in-text", "tehran-talks", "iran-deal");
    assertThat(index.search(SearchRequest.of("")).hits()).allSatisfy(h -> assertThat(h.score()).isZero());
  }

  @Test
  void relevanceHitsHaveDescendingScores() throws IOException {
    List<Hit> hits = search("الاتفاق النووي").hits();
    assertThat(hits).extracting(Hit::score).allSatisfy(s -> assertThat(s).isPositive());
    assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
  }

  @Test
  void pagesFollowEachOther() throws IOException {
    List<String> all = ids("", Sort.NEWEST, 0, 100);
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < all.size(); offset += 3) {
      SearchResponse page = index.search(new SearchRequest("", offset, 3, Sort.NEWEST));
      assertThat(page.total()).isEqualTo(all.size());
      paged.addAll(page.hits().stream().map(Hit::id).toList());
    }
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void pagePastTheEndIsEmptyButCounts() throws IOException {
    SearchResponse response = index.search(new SearchRequest("", 50, 10, Sort.NEWEST));
    assertThat(response.hits()).isEmpty();
    assertThat(response.total()).isEqualTo(Fixtures.ALL.size());
  }

  // Facets.

  @Test
  void facetsCountAllMatchesNotJustThePage() throws IOException {
    SearchResponse response = index.search(new SearchRequest("", 0, 1, Sort.NEWEST));
    assertThat(response.hits()).hasSize(1);
    assertThat(response.facets().get("source")).containsExactly(new FacetCount("الجزيرة", 3),
        new FacetCount("شفق نيوز", 2), new FacetCount("Reuters", 1), new FacetCount("الترا صوت", 1));
  }

  @Test
  void monthFacetIsChronological() throws IOException {
    assertThat(search("").facets().get("month")).containsExactly(new FacetCount("2020-01", 1),
        new FacetCount("2021-09", 3), new FacetCount("2021-10", 1), new FacetCount("2021-11", 1));
  }

  @Test
  void facetsFollowTheQuery() throws IOException {
    SearchResponse response = search("النووي");
    assertThat(response.facets().get("source")).containsExactly(new FacetCount("الجزيرة", 2));
    assertThat(response.facets().get("month"))
        .containsExactly(new FacetCount("2021-09", 1), new FacetCount("2021-10", 1));
  }

  @Test
  void noMatchesMeansEmptyFacets() throws IOException {
    SearchResponse response = search("غير_موجود_أبدا");
    assertThat(response.total()).isZero();
    assertThat(response.facets().get("source")).isEmpty();
    assertThat(response.facets().get("month")).isEmpty();
  }

  @Test
  void sourceFacetListsTheTopTwenty(@TempDir Path other) throws IOException {
    try (LuceneArticleIndex many = LuceneArticleIndex.open(other)) {
      for (int source = 0; source < 25; source++) {
        for (int copy = 0; copy <= source; copy++) {
          many.upsert(Fixtures.article("s" + source + "-" + copy, "عنوان", "مصدر " + source, null, "نص"));
        }
      }
      many.commit(Map.of());
      List<FacetCount> sources = many.search(SearchRequest.of("")).facets().get("source");
      assertThat(sources).hasSize(LuceneArticleIndex.TOP_SOURCES);
      assertThat(sources.getFirst()).isEqualTo(new FacetCount("مصدر 24", 25));
      assertThat(sources.getLast()).isEqualTo(new FacetCount("مصدر 5", 6));
      assertThat(many.stats().sources()).hasSize(25);
    }
  }

  // Snippets and titles.

  @Test
  void snippetMarksMatches() throws IOException {
    assertThat(hit("فيينا", "iran-deal").snippet()).contains("<mark>فيينا</mark>");
  }

  @Test
  void snippetMarksOtherFormsOfTheStem() throws IOException {
    String snippet = hit("مدرسة", "baghdad-school").snippet();
    assertThat(snippet).contains("<mark>مدرسة</mark>").doesNotContain("\u2029");
  }

  @Test
  void snippetMarksPhrases() throws IOException {
    String snippet = hit("\"اتفاق نووي\"", "iran-deal").snippet();
    assertThat(snippet).containsAnyOf("<mark>اتفاق نووي</mark>", "<mark>اتفاق</mark> <mark>نووي</mark>");
  }

  @Test
  void snippetEscapesMarkupInTheText() throws IOException {
    String snippet = hit("الانتخابات", "script-in-text").snippet();
    assertThat(snippet)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&amp; النتائج")
        .contains("<mark>الانتخابات</mark>")
        .doesNotContain("<script>");
  }

  @Test
  void snippetWithoutMatchInTheBodyIsTheEscapedLead() throws IOException {
    // الأمان is only in the title
    String snippet = hit("الأمان", "script-in-text").snippet();
    assertThat(snippet).startsWith("نص يحتوي على &lt;script&gt;").doesNotContain("<mark>", "<script>");
  }

  @Test
  void snippetOfALongBodyIsBounded(@TempDir Path other) throws IOException {
    String filler = "كلام عام عن أحوال الطقس والأسواق والرياضة ".repeat(40);
    try (LuceneArticleIndex single = LuceneArticleIndex.open(other)) {
      single.upsert(Fixtures.article("long", "عنوان", "مصدر", null, filler + "ثم جاء ذكر الزلزال " + filler));
      single.commit(Map.of());
      String snippet = single.search(SearchRequest.of("الزلزال")).hits().getFirst().snippet();
      assertThat(snippet).contains("<mark>الزلزال</mark>").startsWith("…").endsWith("…");
      assertThat(snippet.length()).isLessThan(MarkPassageFormatter.MAX_CHARS + 40);
      String lead = single.search(SearchRequest.of("عنوان")).hits().getFirst().snippet();
      assertThat(lead).endsWith("…").doesNotContain("<mark>");
      assertThat(lead.length()).isLessThanOrEqualTo(Snippets.LEAD_CHARS + 1);
    }
  }

  @Test
  void untitledArticleIsTitledByItsFirstWords() throws IOException {
    Hit hit = hit("النفط", "oil-prices");
    assertThat(hit.title()).isEqualTo("سجلت أسعار النفط ارتفاعا ملحوظا في الأسواق العالمية خلال تداولات الأسبوع "
        + "الماضي…");
    assertThat(hit.source()).isEqualTo("شفق نيوز");
    assertThat(hit.published()).isNull();
  }

  @Test
  void hitCarriesTheRecordFields() throws IOException {
    Hit hit = hit("بغداد", "baghdad-school");
    assertThat(hit.title()).isEqualTo("افتتاح مدرسة جديدة في بغداد");
    assertThat(hit.authors()).containsExactly("أحمد علي", "سارة حسن");
    assertThat(hit.published()).isEqualTo("2021-09-20T10:30");
    assertThat(hit.source()).isEqualTo("الترا صوت");
  }

  @Test
  void tookMillisIsMeasured() throws IOException {
    assertThat(search("النووي").tookMillis()).isPositive();
  }

  // More like this.

  @Test
  void moreLikeThisFindsTheRelatedArticleFirst() throws IOException {
    List<Hit> similar = index.moreLikeThis("iran-deal", 5);
    assertThat(similar).isNotEmpty();
    assertThat(similar.getFirst().id()).isEqualTo("tehran-talks");
    assertThat(similar).extracting(Hit::id).doesNotContain("iran-deal");
  }

  @Test
  void moreLikeThisOfAnUnknownIdIsEmpty() throws IOException {
    assertThat(index.moreLikeThis("no-such-id", 5)).isEmpty();
  }

  @Test
  void moreLikeThisBoundsTheLimit() {
    assertThatThrownBy(() -> index.moreLikeThis("iran-deal", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.moreLikeThis("iran-deal", SearchRequest.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Stats and records.

  @Test
  void statsDescribeTheIndex() throws IOException {
    IndexStats stats = index.stats();
    assertThat(stats.articles()).isEqualTo(Fixtures.ALL.size());
    assertThat(stats.sources()).containsExactly(new FacetCount("الجزيرة", 3), new FacetCount("شفق نيوز", 2),
        new FacetCount("Reuters", 1), new FacetCount("الترا صوت", 1));
    assertThat(stats.firstPublished()).isEqualTo("2020-01-05");
    assertThat(stats.lastPublished()).isEqualTo("2021-11-01");
    assertThat(stats.sizeBytes()).isPositive();
    assertThat(stats.path()).isEqualTo(dir.toAbsolutePath().normalize().toString());
  }

  @Test
  void getReturnsTheStoredRecord() throws IOException {
    assertThat(index.get("baghdad-school")).contains(Fixtures.BAGHDAD_SCHOOL);
    assertThat(index.get("no-such-id")).isEmpty();
  }
}
