package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.EntityRef;
import org.rasid.index.FacetCount;
import org.rasid.index.NetworkRequest;
import org.rasid.nlp.entities.EntityLinker;

/** The entity page and the co-occurrence network over a small index built here, against {@link EntityGraphs}. */
class LuceneEntityGraphTest {
  @TempDir
  Path dir;
  LuceneArticleIndex index;

  @AfterEach
  void close() throws IOException {
    if (index != null) {
      index.close();
    }
  }

  static final String KADHIMI = "مصطفى الكاظمي";
  static final String KADHIMI_EGYPTIAN = "مصطفى الكاظمى"; // the same key, so the same id
  static final String RAISI = "إبراهيم رئيسي";
  static final String TEHRAN = "طهران";
  static final String BAGHDAD = "بغداد";
  static final String REUTERS = "رويترز";
  static final String UN = "الأمم المتحدة";

  /** An entity as the linker makes it: the id from the type and the name, one mention per listed text. */
  static Entity entity(String type, String canonical, String country, String... mentions) {
    List<EntityMention> ms = new ArrayList<>();
    int at = 0;
    for (String m : mentions.length == 0 ? new String[] {canonical} : mentions) {
      ms.add(new EntityMention(m, 0, at, at + m.length()));
      at += m.length() + 1;
    }
    return new Entity(EntityLinker.entityId(type, canonical), canonical, type, country, ms);
  }

  static Entity person(String name, String... mentions) {
    return entity(Entity.PERSON, name, null, mentions);
  }

  static Entity place(String name) {
    return entity(Entity.LOCATION, name, "IQ");
  }

  static Entity org(String name) {
    return entity(Entity.ORGANIZATION, name, null);
  }

  static Article article(String id, String published, Entity... entities) {
    String body = "وصل الوفد إلى العاصمة في زيارة رسمية تناولت العلاقات الثنائية والملفات الإقليمية المشتركة.";
    return new Article(Article.SCHEMA_VERSION, id, null, "الجزيرة", List.of(), List.of(), null, published,
        published, "خبر " + id, List.of(), List.of(Block.paragraph(body)), List.of(), List.of(), "ar",
        List.of(entities));
  }

  static final Entity KADHIMI_IQ = entity(Entity.PERSON, KADHIMI, "IQ", "الكاظمي", "مصطفى الكاظمي",
      "رئيس الوزراء العراقي");

  /** Seven articles: Kadhimi in five (one spelled the Egyptian way, one undated), with others around him. */
  static List<Article> corpus() {
    return List.of(
        article("a1", "2021-09-12", KADHIMI_IQ, place(TEHRAN), org(REUTERS), person(RAISI)),
        article("a2", "2021-09-20T10:30", person(KADHIMI, "الكاظمي"), place(BAGHDAD), org(REUTERS)),
        article("a3", "2021-10", entity(Entity.PERSON, KADHIMI_EGYPTIAN, "IQ", "الكاظمى"), place(TEHRAN),
            person(RAISI)),
        article("a4", "2021-12-01", person(KADHIMI, "وللكاظمي"), place(BAGHDAD), place(TEHRAN)),
        article("a5", null, person(KADHIMI), org(UN)),
        article("a6", "2021-11-03", person(RAISI), place(TEHRAN), org(UN)),
        article("a7", "2021-08-30", place(BAGHDAD)));
  }

  void open(List<Article> articles, int perCommit) throws IOException {
    index = LuceneArticleIndex.open(dir);
    int n = 0;
    for (Article a : articles) {
      index.upsert(a);
      if (++n % perCommit == 0) {
        index.commit(Map.of()); // several segments: counts are added up over them
      }
    }
    index.commit(Map.of());
  }

  static String id(String type, String name) {
    return EntityLinker.entityId(type, name);
  }

  @Test
  void profileCountsArticlesPerMonthAndTheEntitiesNamedWithIt() throws IOException {
    open(corpus(), 2);
    EntityProfile p = index.entity(id(Entity.PERSON, KADHIMI)).orElseThrow();
    assertThat(p.articles()).isEqualTo(5);
    assertThat(p.type()).isEqualTo(Entity.PERSON);
    assertThat(p.months()).containsExactly(new FacetCount("2021-09", 2), new FacetCount("2021-10", 1),
        new FacetCount("2021-12", 1));
    assertThat(p.cooccurring().get("place")).containsExactly(
        new EntityRef(id(Entity.LOCATION, TEHRAN), TEHRAN, Entity.LOCATION, 3),
        new EntityRef(id(Entity.LOCATION, BAGHDAD), BAGHDAD, Entity.LOCATION, 2));
    assertThat(p.cooccurring().get("person")).containsExactly(
        new EntityRef(id(Entity.PERSON, RAISI), RAISI, Entity.PERSON, 2));
    assertThat(p.cooccurring().get("org")).extracting(EntityRef::name, EntityRef::articles)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(REUTERS, 2L),
            org.assertj.core.groups.Tuple.tuple(UN, 1L));
    assertThat(p.cooccurring().get("org").getFirst().name()).isEqualTo(REUTERS);
  }

  @Test
  void profileNamesSpellingsAndCountryComeFromTheRecords() throws IOException {
    open(corpus(), 3);
    EntityProfile p = index.entity(id(Entity.PERSON, KADHIMI)).orElseThrow();
    assertThat(id(Entity.PERSON, KADHIMI_EGYPTIAN)).isEqualTo(p.id());
    assertThat(p.name()).isEqualTo(KADHIMI);
    assertThat(p.names()).containsExactly(new FacetCount(KADHIMI, 4), new FacetCount(KADHIMI_EGYPTIAN, 1));
    assertThat(p.country()).isEqualTo("IQ");
    assertThat(p.sampled()).isEqualTo(5);
    assertThat(p.aliases()).contains(new FacetCount("الكاظمي", 2), new FacetCount("وللكاظمي", 1),
        new FacetCount("رئيس الوزراء العراقي", 1), new FacetCount("الكاظمى", 1));
    assertThat(p.aliases().getFirst()).isEqualTo(new FacetCount("الكاظمي", 2));
  }

  @Test
  void spellingsOfOneEntityAreOneNeighbourLabelledByTheCommonerSpelling() throws IOException {
    open(corpus(), 7);
    EntityProfile tehran = index.entity(id(Entity.LOCATION, TEHRAN)).orElseThrow();
    // Kadhimi in a1, a3 (as الكاظمى) and a4: one neighbour, three articles, named the common way; a tie is in id order
    assertThat(tehran.cooccurring().get("person")).containsExactlyInAnyOrder(
        new EntityRef(id(Entity.PERSON, KADHIMI), KADHIMI, Entity.PERSON, 3),
        new EntityRef(id(Entity.PERSON, RAISI), RAISI, Entity.PERSON, 3));
    assertThat(tehran.cooccurring().get("person")).extracting(EntityRef::id).isSorted();
    assertThat(tehran.cooccurring().get("place")).as("never its own neighbour").extracting(EntityRef::name)
        .containsExactly(BAGHDAD);
  }

  @Test
  void anIdNoArticleCarriesIsEmpty() throws IOException {
    open(corpus(), 7);
    assertThat(index.entity("p-0000000000000000")).isEmpty();
    assertThat(index.entity("")).isEmpty();
    assertThat(index.entity("p-" + "0".repeat(500))).isEmpty();
    assertThat(index.entity(TEHRAN)).as("a name is not an id").isEmpty();
  }

  @Test
  void anEntityOnlyInReplacedArticlesIsGone() throws IOException {
    // one segment that keeps a live article, so the replaced one stays in it as deleted (its terms still counted)
    // (few deletions in it, so no merge drops it: TieredMergePolicy leaves a segment under 20% deleted alone)
    List<Article> first = new ArrayList<>();
    first.add(article("g1", "2022-03-01", person(RAISI), place(TEHRAN)));
    for (int i = 2; i <= 7; i++) {
      first.add(article("g" + i, "2022-03-0" + i, place(TEHRAN)));
    }
    open(first, 7);
    assertThat(index.entity(id(Entity.PERSON, RAISI))).isPresent();
    index.upsert(article("g1", "2022-03-01", place(TEHRAN))); // the same article, tagged again without him
    index.commit(Map.of());
    assertThat(index.entity(id(Entity.PERSON, RAISI))).isEmpty();
    assertThat(index.entity(id(Entity.LOCATION, TEHRAN)).orElseThrow().articles()).isEqualTo(7);
  }

  @Test
  void anEntityWhoseRecordsCarryAnotherIdIsListedWithoutOne() throws IOException {
    Entity foreign = new Entity("wikidata-Q123", "منظمة الصحة العالمية", Entity.ORGANIZATION, null,
        List.of(new EntityMention("منظمة الصحة العالمية", 0, 0, 20)));
    open(List.of(article("f1", "2022-01-02", person(KADHIMI), foreign)), 1);
    EntityProfile p = index.entity(id(Entity.PERSON, KADHIMI)).orElseThrow();
    assertThat(p.cooccurring().get("org")).containsExactly(
        new EntityRef(null, "منظمة الصحة العالمية", Entity.ORGANIZATION, 1));
    EntityProfile who = index.entity("wikidata-Q123").orElseThrow();
    assertThat(who.name()).isEqualTo("منظمة الصحة العالمية");
    assertThat(who.cooccurring().get("org")).as("itself left out by its names too").isEmpty();
    assertThat(who.cooccurring().get("person")).extracting(EntityRef::id).containsExactly(id(Entity.PERSON, KADHIMI));
  }

  @Test
  void networkCountsNodesAndPairsOverTheMatches() throws IOException {
    open(corpus(), 2);
    EntityNetwork all = index.network(NetworkRequest.of(""));
    assertThat(all.matches()).isEqualTo(7);
    assertThat(all.counted()).isEqualTo(7);
    assertThat(all.sampled()).isFalse();
    assertThat(all.nodes()).extracting(EntityRef::name).startsWith(KADHIMI, TEHRAN).hasSize(6);
    assertThat(all.nodes().get(0).articles()).isEqualTo(5);
    assertThat(all.nodes().get(1).articles()).isEqualTo(4);
    EntityNetwork.Edge strongest = all.edges().getFirst();
    assertThat(List.of(all.nodes().get(strongest.source()).name(), all.nodes().get(strongest.target()).name()))
        .containsExactlyInAnyOrder(KADHIMI, TEHRAN);
    assertThat(strongest.articles()).isEqualTo(3);
    assertThat(all.edges()).allSatisfy(e -> assertThat(e.source()).isLessThan(e.target()));
    assertThat(all).usingRecursiveComparison().ignoringFields("tookMillis")
        .isEqualTo(EntityGraphs.network(7, newestFirst(corpus()), NetworkRequest.DEFAULT_NODES,
            NetworkRequest.DEFAULT_EDGES));

    EntityNetwork filtered = index.network(NetworkRequest.of("place:" + BAGHDAD));
    assertThat(filtered.matches()).isEqualTo(3);
    assertThat(filtered.nodes()).extracting(EntityRef::name).first().isEqualTo(BAGHDAD);
  }

  @Test
  void networkKeepsTheTopNodesAndTheStrongestEdges() throws IOException {
    open(corpus(), 7);
    EntityNetwork two = index.network(new NetworkRequest("", 2, 10));
    assertThat(two.nodes()).extracting(EntityRef::name).containsExactly(KADHIMI, TEHRAN);
    assertThat(two.edges()).containsExactly(new EntityNetwork.Edge(0, 1, 3));
    EntityNetwork oneEdge = index.network(new NetworkRequest("", 6, 1));
    assertThat(oneEdge.edges()).hasSize(1);
    assertThat(oneEdge.edges().getFirst().articles()).isEqualTo(3);
    assertThat(index.network(new NetworkRequest("", 6, 0)).edges()).isEmpty();
  }

  @Test
  void everyNodeKeepsItsStrongestPairBeforeTheOthersFillTheCap() {
    // a star around node 0 with heavy edges, and node 4 whose only pair (with 3) is the weakest of all
    List<EntityNetwork.Edge> all = List.of(new EntityNetwork.Edge(0, 1, 9), new EntityNetwork.Edge(0, 2, 8),
        new EntityNetwork.Edge(1, 2, 7), new EntityNetwork.Edge(0, 3, 6), new EntityNetwork.Edge(3, 4, 1));
    assertThat(EntityGraphs.selectEdges(all, 4)).containsExactly(new EntityNetwork.Edge(0, 1, 9),
        new EntityNetwork.Edge(0, 2, 8), new EntityNetwork.Edge(0, 3, 6), new EntityNetwork.Edge(3, 4, 1));
    assertThat(EntityGraphs.selectEdges(all, 5)).containsExactlyElementsOf(all);
    assertThat(EntityGraphs.selectEdges(all, 2)).containsExactly(new EntityNetwork.Edge(0, 1, 9),
        new EntityNetwork.Edge(0, 2, 8));
    assertThat(EntityGraphs.selectEdges(all, 0)).isEmpty();
  }

  @Test
  void networkCountsOnlyTheNewestMatchesWhenCapped() throws IOException {
    open(corpus(), 3);
    EntityNetwork capped = index.network(NetworkRequest.of(""), 3);
    assertThat(capped.matches()).isEqualTo(7);
    assertThat(capped.counted()).isEqualTo(3);
    assertThat(capped.sampled()).isTrue();
    // the newest three: a4 (2021-12-01), a6 (2021-11-03), a3 (2021-10)
    List<Article> newest = newestFirst(corpus()).subList(0, 3);
    assertThat(newest).extracting(Article::id).containsExactly("a4", "a6", "a3");
    assertThat(capped).usingRecursiveComparison().ignoringFields("tookMillis", "matches")
        .isEqualTo(EntityGraphs.network(3, newest, NetworkRequest.DEFAULT_NODES, NetworkRequest.DEFAULT_EDGES));
  }

  @Test
  void anIndexWithoutEntitiesHasAnEmptyNetwork() throws IOException {
    open(List.of(Fixtures.IRAN_DEAL, Fixtures.OIL_PRICES), 1);
    EntityNetwork n = index.network(NetworkRequest.of(""));
    assertThat(n.matches()).isEqualTo(2);
    assertThat(n.nodes()).isEmpty();
    assertThat(n.edges()).isEmpty();
  }

  /** A seeded random corpus over many segments: the index and the reference agree on every profile and network. */
  @Test
  void indexAgreesWithTheReferenceOnARandomCorpus() throws IOException {
    long seed = 20261129L;
    Random random = new Random(seed);
    List<Entity> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(person("شخص " + i));
      pool.add(place("مدينة " + i));
      pool.add(org("هيئة " + i));
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      List<Entity> es = new ArrayList<>();
      int n = random.nextInt(7);
      for (int k = 0; k < n; k++) {
        // skewed towards the first entities, so ranks are not all ties
        Entity e = pool.get((int) (pool.size() * Math.pow(random.nextDouble(), 2)));
        if (es.stream().noneMatch(x -> x.id().equals(e.id()))) {
          es.add(e);
        }
      }
      String date = random.nextInt(10) == 0 ? null
          : String.format("%d-%02d-%02d", 2020 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28));
      articles.add(article(String.format("r%03d", i), date, es.toArray(Entity[]::new)));
    }
    open(articles, 17);
    for (Entity e : pool) {
      var expected = EntityGraphs.profile(e.id(), articles, EntityProfile.DEFAULT_COOCCURRING);
      var actual = index.entity(e.id());
      assertThat(actual.isPresent()).as("seed %d, %s", seed, e.canonical()).isEqualTo(expected.isPresent());
      if (expected.isPresent()) {
        assertThat(actual.get()).as("seed %d, %s", seed, e.canonical()).usingRecursiveComparison()
            .ignoringFields("tookMillis").isEqualTo(expected.get());
      }
    }
    for (NetworkRequest r : List.of(NetworkRequest.of(""), new NetworkRequest("", 10, 15),
        new NetworkRequest("place:\"مدينة 0\"", 40, 400))) {
      EntityNetwork actual = index.network(r);
      List<Article> matching = r.query().isEmpty() ? articles : articles.stream()
          .filter(a -> a.entities().stream().anyMatch(x -> x.canonical().equals("مدينة 0"))).toList();
      assertThat(actual).as("seed %d, %s", seed, r).usingRecursiveComparison().ignoringFields("tookMillis")
          .isEqualTo(EntityGraphs.network(matching.size(), newestFirst(matching), r.nodes(), r.edges()));
    }
  }

  private static List<Article> newestFirst(List<Article> articles) {
    return articles.stream().sorted(Comparator.comparing((Article a) -> a.published() == null ? ""
        : a.published()).reversed()).collect(Collectors.toList());
  }
}
