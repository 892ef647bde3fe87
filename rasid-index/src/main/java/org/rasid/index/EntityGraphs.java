package org.rasid.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;

/**
 * The entity page and the co-occurrence network computed from records in memory: the reference meaning of {@link
 * ArticleIndex#entity} and {@link ArticleIndex#network}, for small in-memory indexes and as the oracle of the index's
 * tests. Pure and deterministic.
 *
 * <p>As in the index, an article counts at most its first {@link Limits#MAX_INDEXED_ENTITIES} entities of the three
 * types, and an entity once however often it is named. Ranks are by descending count, then id; a name is the
 * canonical spelling most of the counted articles give (then the first in {@link String#compareTo} order).
 */
public final class EntityGraphs {
  private EntityGraphs() {}

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}.*");
  private static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(
      (Article a) -> a.published() == null ? "" : a.published()).reversed();

  /** The facet name of an entity type: {@code person}, {@code place}, {@code org}; null for another type. */
  public static String facet(String type) {
    return switch (type) {
      case Entity.PERSON -> "person";
      case Entity.LOCATION -> "place";
      case Entity.ORGANIZATION -> "org";
      default -> null;
    };
  }

  /**
   * The id rasid's linker gives an entity of this type and canonical name ({@code EntityLinker.entityId}): how a
   * name in a facet finds its entity page.
   */
  public static String idOf(String type, String canonical) {
    return org.rasid.nlp.entities.EntityLinker.entityId(type, canonical);
  }

  /** The entity type of a facet name ({@code person}, {@code place}, {@code org}); null for another name. */
  public static String typeOfFacet(String facet) {
    return switch (facet) {
      case "person" -> Entity.PERSON;
      case "place" -> Entity.LOCATION;
      case "org" -> Entity.ORGANIZATION;
      default -> null;
    };
  }

  /** The entity types, in facet order (person, place, org). */
  public static final List<String> TYPES = List.of(Entity.PERSON, Entity.LOCATION, Entity.ORGANIZATION);

  /**
   * The profile of entity {@code id} over {@code articles}; empty when none names it. The names, aliases and country
   * come from the newest {@link Limits#MAX_ENTITY_PROFILE_ARTICLES} articles naming it (by the {@code published}
   * text; undated last).
   *
   * @param cooccurring co-occurring entities kept per type
   */
  public static Optional<EntityProfile> profile(String id, Collection<Article> articles, int cooccurring) {
    Objects.requireNonNull(id, "id");
    List<Article> naming = new ArrayList<>();
    for (Article a : articles) {
      if (indexed(a).stream().anyMatch(e -> e.id().equals(id))) {
        naming.add(a);
      }
    }
    if (naming.isEmpty()) {
      return Optional.empty();
    }
    naming.sort(NEWEST_FIRST);
    List<Article> sample = naming.subList(0, Math.min(naming.size(), Limits.MAX_ENTITY_PROFILE_ARTICLES));
    Naming named = new Naming(id);
    for (Article a : sample) {
      named.add(indexed(a));
    }
    String type = named.type;
    Map<String, Long> names = named.names;
    Map<String, Long> aliases = named.aliases;
    Map<String, Long> countries = named.countries;
    TreeMap<String, Long> months = new TreeMap<>();
    Map<String, Tally> others = new LinkedHashMap<>();
    for (Article a : naming) {
      if (a.published() != null && MONTH.matcher(a.published()).matches()) {
        months.merge(a.published().substring(0, 7), 1L, Long::sum);
      }
      for (Entity e : distinct(a)) {
        if (!e.id().equals(id)) {
          others.computeIfAbsent(e.id(), k -> new Tally(e.id(), e.type())).add(e.canonical());
        }
      }
    }
    Map<String, List<EntityRef>> cooccurringByFacet = new LinkedHashMap<>();
    for (String t : TYPES) {
      cooccurringByFacet.put(facet(t), others.values().stream().filter(x -> x.type.equals(t))
          .sorted(Tally.RANK).limit(cooccurring).map(Tally::ref).toList());
    }
    List<FacetCount> nameList = FacetCount.ranked(names, Integer.MAX_VALUE);
    String country = FacetCount.ranked(countries, 1).stream().map(FacetCount::value).findFirst().orElse(null);
    return Optional.of(new EntityProfile(id, nameList.getFirst().value(), type, country, naming.size(), nameList,
        FacetCount.ranked(aliases, Limits.MAX_ENTITY_PROFILE_ALIASES), sample.size(),
        months.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue())).toList(),
        cooccurringByFacet, 0));
  }

  /**
   * The network of the articles counted (the caller chose them: the newest matches, say).
   *
   * @param matches number of matching articles, counted or not
   */
  public static EntityNetwork network(long matches, List<Article> counted, int nodes, int edges) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    List<List<String>> perArticle = new ArrayList<>();
    for (Article a : counted) {
      List<String> ids = new ArrayList<>();
      for (Entity e : distinct(a)) {
        tallies.computeIfAbsent(e.id(), k -> new Tally(e.id(), e.type())).add(e.canonical());
        ids.add(e.id());
      }
      perArticle.add(ids);
    }
    List<Tally> top = tallies.values().stream().sorted(Tally.RANK).limit(nodes).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < top.size(); i++) {
      index.put(top.get(i).id, i);
    }
    long[][] pairs = new long[top.size()][top.size()];
    for (List<String> ids : perArticle) {
      List<Integer> in = ids.stream().map(index::get).filter(Objects::nonNull).sorted().toList();
      for (int i = 0; i < in.size(); i++) {
        for (int j = i + 1; j < in.size(); j++) {
          pairs[in.get(i)][in.get(j)]++;
        }
      }
    }
    List<EntityNetwork.Edge> all = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      for (int j = i + 1; j < top.size(); j++) {
        if (pairs[i][j] > 0) {
          all.add(new EntityNetwork.Edge(i, j, pairs[i][j]));
        }
      }
    }
    return new EntityNetwork(matches, counted.size(), top.stream().map(Tally::ref).toList(),
        selectEdges(all, edges), 0);
  }

  /**
   * The edges a network keeps, at most {@code max}: first every node's strongest edge (walking the edges strongest
   * first, one that reaches a node no kept edge reaches yet), so that no node with a pair is drawn alone, then the
   * strongest of the others. Returned strongest first ({@link #EDGE_ORDER}).
   */
  public static List<EntityNetwork.Edge> selectEdges(List<EntityNetwork.Edge> all, int max) {
    List<EntityNetwork.Edge> sorted = new ArrayList<>(all);
    sorted.sort(EDGE_ORDER);
    Set<Integer> reached = new java.util.HashSet<>();
    Set<EntityNetwork.Edge> kept = new LinkedHashSet<>();
    for (EntityNetwork.Edge e : sorted) {
      if (kept.size() >= max) {
        break;
      }
      if (reached.add(e.source()) | reached.add(e.target())) {
        kept.add(e);
      }
    }
    for (EntityNetwork.Edge e : sorted) {
      if (kept.size() >= max) {
        break;
      }
      kept.add(e);
    }
    List<EntityNetwork.Edge> out = new ArrayList<>(kept);
    out.sort(EDGE_ORDER);
    return out;
  }

  /** Strongest first, then by node order. */
  public static final Comparator<EntityNetwork.Edge> EDGE_ORDER = Comparator
      .comparingLong(EntityNetwork.Edge::articles).reversed()
      .thenComparingInt(EntityNetwork.Edge::source)
      .thenComparingInt(EntityNetwork.Edge::target);

  /** The entities of an article the index counts: the three types, a canonical name, the first so many. */
  private static List<Entity> indexed(Article a) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (facet(e.type()) != null && !e.canonical().isBlank() && out.size() < Limits.MAX_INDEXED_ENTITIES) {
        out.add(e);
      }
    }
    return out;
  }

  /** {@link #indexed}, each id once. */
  private static List<Entity> distinct(Article a) {
    Set<String> seen = new LinkedHashSet<>();
    return indexed(a).stream().filter(e -> seen.add(e.id())).toList();
  }

  /**
   * What a sample of an entity's articles call it: its canonical names, its mentions' texts and its countries, each
   * counted once per article; its type as the first article gives it.
   */
  public static final class Naming {
    private final String id;
    /** Canonical name → articles. */
    public final Map<String, Long> names = new HashMap<>();
    /** Mention text → articles. */
    public final Map<String, Long> aliases = new HashMap<>();
    /** Country → articles. */
    public final Map<String, Long> countries = new HashMap<>();
    /** The type, once an article naming the entity was added; else null. */
    public String type;

    public Naming(String id) {
      this.id = id;
    }

    /** Counts the entity in one article's entities (nothing when it is not among them). */
    public void add(List<Entity> entities) {
      for (Entity e : entities) {
        if (e.id().equals(id)) {
          type = type == null ? e.type() : type;
          names.merge(e.canonical().strip(), 1L, Long::sum);
          if (e.country() != null) {
            countries.merge(e.country(), 1L, Long::sum);
          }
          for (EntityMention m : e.mentions()) {
            aliases.merge(m.text(), 1L, Long::sum);
          }
          return;
        }
      }
    }
  }

  /** One entity's articles and the spellings of its canonical name. */
  private static final class Tally {
    static final Comparator<Tally> RANK = Comparator.comparingLong((Tally t) -> t.articles).reversed()
        .thenComparing(t -> t.id);
    final String id;
    final String type;
    long articles;
    final Map<String, Long> names = new HashMap<>();

    Tally(String id, String type) {
      this.id = id;
      this.type = type;
    }

    void add(String canonical) {
      articles++;
      names.merge(canonical.strip(), 1L, Long::sum);
    }

    EntityRef ref() {
      return new EntityRef(id, FacetCount.ranked(names, 1).getFirst().value(), type, articles);
    }
  }
}
