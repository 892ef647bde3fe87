package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.HashSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.LongValues;
import org.rasid.core.io.Limits;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.EntityRef;
import org.rasid.index.FacetCount;
import org.rasid.index.NetworkRequest;
import org.rasid.nlp.entities.EntityLinker;

/**
 * The entity page ({@link #profile}) and the co-occurrence network ({@link #network}) from doc values: the entity
 * fields' canonical names by global ordinal ({@link EntityOrdinals}), grouped into entities by id ({@link
 * EntityGroups}), and the month field. Stored records are read only for an entity's names, spellings and country,
 * from its newest {@link Limits#MAX_ENTITY_PROFILE_ARTICLES} articles. The meaning is {@link EntityGraphs}'s; the
 * tests hold the two to the same answers.
 */
final class EntityCooccurrence {
  private EntityCooccurrence() {}

  private static final List<String> FIELDS = FacetCounts.ENTITY_FIELDS;

  /** The profile of an entity, or empty when no article of the reader has the id in an entity field. */
  static Optional<EntityProfile> profile(IndexSearcher searcher, EntityGroups groups, String id, int cooccurring,
      long startNanos) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int field = -1;
    for (int f = 0; f < FIELDS.size() && field < 0; f++) {
      if (reader.docFreq(new Term(FIELDS.get(f), id)) > 0) {
        field = f;
      }
    }
    if (field < 0) {
      return Optional.empty();
    }
    String type = EntityGraphs.TYPES.get(field);
    Query query = new TermQuery(new Term(FIELDS.get(field), id));
    Object[] results = searcher.search(query, new MultiCollectorManager(
        new TopFieldCollectorManager(LuceneArticleIndex.dateSort(false), Limits.MAX_ENTITY_PROFILE_ARTICLES, null,
            Integer.MAX_VALUE),
        new Counts(groups.ordinals())));
    TopDocs newest = (TopDocs) results[0];
    Counts.Result counts = (Counts.Result) results[1];
    if (counts.matches == 0) {
      return Optional.empty(); // the term is only in deleted documents (an article upserted without it)
    }

    // names, spellings and country from the newest articles' records
    EntityGraphs.Naming naming = new EntityGraphs.Naming(id);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : newest.scoreDocs) {
      naming.add(LuceneArticleIndex.article(stored, sd.doc).entities());
    }
    Map<String, Long> names = naming.names;
    Map<String, Long> aliases = naming.aliases;
    Map<String, Long> countries = naming.countries;
    List<FacetCount> nameList = FacetCount.ranked(names, Integer.MAX_VALUE);
    // itself, under any spelling, is not its own neighbour
    Set<String> self = new HashSet<>();
    self.add(id);
    names.keySet().forEach(n -> self.add(EntityLinker.entityId(type, n)));

    Map<String, List<EntityRef>> cooccurringByFacet = new LinkedHashMap<>();
    for (int f = 0; f < FIELDS.size(); f++) {
      cooccurringByFacet.put(EntityGraphs.facet(EntityGraphs.TYPES.get(f)),
          top(reader, groups, f, counts.byOrd[f], counts.touched[f], self, cooccurring));
    }
    List<FacetCount> months = counts.months.entrySet().stream()
        .map(e -> new FacetCount(FacetCounts.monthLabel(e.getKey()), e.getValue())).toList();
    String name = nameList.isEmpty() ? id : nameList.getFirst().value();
    String country = FacetCount.ranked(countries, 1).stream().map(FacetCount::value).findFirst().orElse(null);
    return Optional.of(new EntityProfile(id, name, type, country, counts.matches, nameList,
        FacetCount.ranked(aliases, Limits.MAX_ENTITY_PROFILE_ALIASES), newest.scoreDocs.length, months, cooccurringByFacet,
        (System.nanoTime() - startNanos) / 1e6));
  }

  /** The {@code max} entities of field {@code f} with the most matches, by group, leaving out the ids in self. */
  private static List<EntityRef> top(IndexReader reader, EntityGroups groups, int f, int[] byOrd, IntList touched,
      Set<String> self, int max) throws IOException {
    if (byOrd == null) {
      return List.of();
    }
    Map<Integer, Tally> byGroup = new HashMap<>();
    for (int i = 0; i < touched.size; i++) {
      int ord = touched.values[i];
      byGroup.computeIfAbsent(groups.group(f, ord), g -> new Tally(g, groups.id(f, g))).add(ord, byOrd[ord]);
    }
    List<Tally> ranked = byGroup.values().stream().filter(t -> !self.contains(t.id)).sorted(Tally.RANK)
        .limit(max).toList();
    List<EntityRef> out = new ArrayList<>(ranked.size());
    for (Tally t : ranked) {
      out.add(ref(reader, groups, f, t));
    }
    return out;
  }

  /**
   * The network of the newest matches of a query (at most {@code maxArticles}): their entity doc
   * values read once, in document order, each entity counted once per article; the top nodes, then the pairs among
   * them.
   */
  static EntityNetwork network(IndexSearcher searcher, EntityGroups groups, Query query, NetworkRequest request,
      int maxArticles, long startNanos) throws IOException {
    TopDocs newest = searcher.search(query, new TopFieldCollectorManager(LuceneArticleIndex.dateSort(false),
        maxArticles, null, Integer.MAX_VALUE));
    long matches = newest.totalHits.value();
    ScoreDoc[] sample = newest.scoreDocs.clone();
    Arrays.sort(sample, Comparator.comparingInt(sd -> sd.doc));
    EntityOrdinals ordinals = groups.ordinals();
    int fields = FIELDS.size();
    int[] offset = new int[fields + 1];
    for (int f = 0; f < fields; f++) {
      offset[f + 1] = offset[f] + groups.count(f);
    }
    int[] keyCount = new int[offset[fields]];
    int[] stamp = new int[offset[fields]];
    int[][] ordCount = new int[fields][];
    IntList[] touchedOrds = new IntList[fields];
    for (int f = 0; f < fields; f++) {
      ordCount[f] = new int[Math.toIntExact(ordinals.valueCount(f))];
      touchedOrds[f] = new IntList();
    }
    IntList touchedKeys = new IntList();
    int[][] docKeys = new int[sample.length][];

    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    SortedSetDocValues[] values = new SortedSetDocValues[fields];
    LongValues[] toGlobal = new LongValues[fields];
    IntList keys = new IntList();
    for (int i = 0; i < sample.length; i++) {
      int doc = sample[i].doc;
      int li = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext leaf = leaves.get(li);
      if (li != leafIndex) {
        leafIndex = li;
        for (int f = 0; f < fields; f++) {
          values[f] = ordinals.valueCount(f) > 0 ? leaf.reader().getSortedSetDocValues(FIELDS.get(f)) : null;
          toGlobal[f] = values[f] == null ? null : ordinals.globalOrds(f, li);
        }
      }
      keys.size = 0;
      for (int f = 0; f < fields; f++) {
        if (values[f] == null || !values[f].advanceExact(doc - leaf.docBase)) {
          continue;
        }
        for (int n = values[f].docValueCount(); n > 0; n--) {
          int ord = (int) toGlobal[f].get(values[f].nextOrd());
          if (ordCount[f][ord]++ == 0) {
            touchedOrds[f].add(ord);
          }
          int key = offset[f] + groups.group(f, ord);
          if (stamp[key] != i + 1) {
            stamp[key] = i + 1;
            if (keyCount[key]++ == 0) {
              touchedKeys.add(key);
            }
            keys.add(key);
          }
        }
      }
      docKeys[i] = Arrays.copyOf(keys.values, keys.size);
    }

    // the nodes: the keys named in most articles, then by id
    List<Tally> tallies = new ArrayList<>(touchedKeys.size);
    for (int i = 0; i < touchedKeys.size; i++) {
      int key = touchedKeys.values[i];
      int f = fieldOf(offset, key);
      Tally t = new Tally(key - offset[f], groups.id(f, key - offset[f]));
      t.articles = keyCount[key];
      t.field = f;
      tallies.add(t);
    }
    tallies.sort(Tally.RANK);
    List<Tally> nodes = tallies.subList(0, Math.min(request.nodes(), tallies.size()));
    Map<Integer, Integer> nodeOfKey = new HashMap<>();
    for (int n = 0; n < nodes.size(); n++) {
      nodeOfKey.put(offset[nodes.get(n).field] + nodes.get(n).group, n);
    }
    // their names: the spelling most of the counted articles give
    for (int f = 0; f < fields; f++) {
      for (int i = 0; i < touchedOrds[f].size; i++) {
        int ord = touchedOrds[f].values[i];
        Integer n = nodeOfKey.get(offset[f] + groups.group(f, ord));
        if (n != null) {
          nodes.get(n).best(ord, ordCount[f][ord]);
        }
      }
    }
    // the pairs among the nodes
    int size = nodes.size();
    long[] pairs = new long[size * size];
    int[] in = new int[size];
    for (int[] dk : docKeys) {
      int m = 0;
      for (int key : dk) {
        Integer n = nodeOfKey.get(key);
        if (n != null) {
          in[m++] = n;
        }
      }
      Arrays.sort(in, 0, m);
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m; b++) {
          pairs[in[a] * size + in[b]]++;
        }
      }
    }
    List<EntityNetwork.Edge> edges = new ArrayList<>();
    for (int a = 0; a < size; a++) {
      for (int b = a + 1; b < size; b++) {
        if (pairs[a * size + b] > 0) {
          edges.add(new EntityNetwork.Edge(a, b, pairs[a * size + b]));
        }
      }
    }
    List<EntityRef> refs = new ArrayList<>(size);
    for (Tally t : nodes) {
      refs.add(ref(searcher.getIndexReader(), groups, t.field, t));
    }
    return new EntityNetwork(matches, sample.length, refs, EntityGraphs.selectEdges(edges, request.edges()),
        (System.nanoTime() - startNanos) / 1e6);
  }

  private static int fieldOf(int[] offset, int key) {
    int f = 0;
    while (key >= offset[f + 1]) {
      f++;
    }
    return f;
  }

  /** A node or neighbour: labelled with its best spelling; its id only when some article carries it. */
  private static EntityRef ref(IndexReader reader, EntityGroups groups, int f, Tally t) throws IOException {
    String label = groups.ordinals().label(f, t.bestOrd).strip();
    boolean known = reader.docFreq(new Term(FIELDS.get(f), t.id)) > 0;
    return new EntityRef(known ? t.id : null, label, EntityGraphs.TYPES.get(f), t.articles);
  }

  /** One entity (a group of one field): its articles and its most frequent spelling. */
  private static final class Tally {
    static final Comparator<Tally> RANK = Comparator.comparingLong((Tally t) -> t.articles).reversed()
        .thenComparing(t -> t.id);
    final int group;
    final String id;
    int field;
    long articles;
    int bestOrd = -1;
    long bestCount;

    Tally(int group, String id) {
      this.group = group;
      this.id = id;
    }

    void add(int ord, long count) {
      articles += count;
      best(ord, count);
    }

    /** Keeps the spelling with the most articles; on a tie the lower ordinal, which is name order. */
    void best(int ord, long count) {
      if (bestOrd < 0 || count > bestCount || count == bestCount && ord < bestOrd) {
        bestOrd = ord;
        bestCount = count;
      }
    }
  }

  /** A growable int array. */
  private static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }

  /**
   * Every match's month and entity names (per field, by global ordinal), in the pass that finds the matches. One
   * {@link Counting} per slice of segments; {@link #reduce} adds them up.
   */
  static final class Counts implements CollectorManager<Counts.Counting, Counts.Result> {
    private final EntityOrdinals ordinals;

    Counts(EntityOrdinals ordinals) {
      this.ordinals = ordinals;
    }

    /** Matches; articles per month key; per field the matches per global ordinal (null: none) and the ordinals seen. */
    record Result(long matches, TreeMap<Integer, Long> months, int[][] byOrd, IntList[] touched) {}

    @Override
    public Counting newCollector() {
      return new Counting(ordinals);
    }

    @Override
    public Result reduce(Collection<Counting> collectors) {
      int fields = FIELDS.size();
      long matches = 0;
      TreeMap<Integer, Long> months = new TreeMap<>();
      int[][] byOrd = new int[fields][];
      IntList[] touched = new IntList[fields];
      for (int f = 0; f < fields; f++) {
        touched[f] = new IntList();
      }
      for (Counting c : collectors) {
        matches += c.matches;
        c.months.forEach((k, v) -> months.merge(k, v, Long::sum));
        for (int f = 0; f < fields; f++) {
          if (c.byOrd[f] == null) {
            continue;
          }
          if (byOrd[f] == null) {
            byOrd[f] = new int[c.byOrd[f].length];
          }
          for (int i = 0; i < c.touched[f].size; i++) {
            int ord = c.touched[f].values[i];
            if (byOrd[f][ord] == 0) {
              touched[f].add(ord);
            }
            byOrd[f][ord] += c.byOrd[f][ord];
          }
        }
      }
      return new Result(matches, months, byOrd, touched);
    }

    /** Counts the matches of one slice. */
    static final class Counting implements Collector {
      private final EntityOrdinals ordinals;
      private long matches;
      private final Map<Integer, Long> months = new HashMap<>();
      private final int[][] byOrd = new int[FIELDS.size()][];
      private final IntList[] touched = new IntList[FIELDS.size()];

      Counting(EntityOrdinals ordinals) {
        this.ordinals = ordinals;
        for (int f = 0; f < touched.length; f++) {
          touched[f] = new IntList();
        }
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        NumericDocValues month = DocValues.getNumeric(context.reader(), ArticleDocuments.MONTH);
        SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
        LongValues[] toGlobal = new LongValues[FIELDS.size()];
        for (int f = 0; f < values.length; f++) {
          if (ordinals.valueCount(f) > 0) {
            values[f] = context.reader().getSortedSetDocValues(FIELDS.get(f));
            if (values[f] != null) {
              toGlobal[f] = ordinals.globalOrds(f, context.ord);
              if (byOrd[f] == null) {
                byOrd[f] = new int[Math.toIntExact(ordinals.valueCount(f))];
              }
            }
          }
        }
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) throws IOException {
            matches++;
            if (month.advanceExact(doc)) {
              months.merge((int) month.longValue(), 1L, Long::sum);
            }
            for (int f = 0; f < values.length; f++) {
              if (values[f] != null && values[f].advanceExact(doc)) {
                for (int n = values[f].docValueCount(); n > 0; n--) {
                  int ord = (int) toGlobal[f].get(values[f].nextOrd());
                  if (byOrd[f][ord]++ == 0) {
                    touched[f].add(ord);
                  }
                }
              }
            }
          }
        };
      }
    }
  }
}
