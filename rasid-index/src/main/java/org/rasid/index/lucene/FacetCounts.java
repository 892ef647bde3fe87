package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.rasid.core.io.Limits;
import org.rasid.index.FacetCount;

/**
 * Source, month and entity (person, place, org) counts over every match of a query, in the same pass that ranks
 * the matches.
 *
 * <p>Why not Lucene's facet module: its collector first records every match, then a second pass looks up each
 * match's ordinals in a sorted-set field holding every dimension, which on a million articles was most of a
 * frequent query's time. Here each match costs two doc-values reads and two array increments: the source is a
 * single-valued {@link SortedDocValues} field (counted by segment ordinal, labelled once per segment at its end) and
 * the month a {@link NumericDocValues} field holding {@code year * 12 + month - 1}. The entity facets are
 * multi-valued {@link SortedSetDocValues} fields of canonical names, counted by global ordinal ({@link
 * EntityOrdinals}, built once per reader) and only the top {@link #TOP_ENTITIES} labelled; a segment without any
 * entity field costs nothing more per match.
 *
 * <p>Reading the entity fields is most of the counting's cost (several names per article, decoded from doc values:
 * about a third of a broad query's time at 250,000 articles), so it is sampled on broad queries: each slice reads the
 * entity fields of its first {@link Limits#ENTITY_FACET_SAMPLE} matches, then of one match in two (chosen by a hash
 * of the document number, not by position) for as many reads, one in four after that, and so on, each read counting
 * as many matches as it stands for. A query with
 * fewer matches than that per slice is counted exactly; past it the entity counts are estimates ({@link
 * Result#entitiesEstimated}), close for the names that matter (a name in 1% of 100,000 matches is read about 200
 * times) and in the same order up to ties. Source and month are always exact.
 *
 * <p>One {@link Counting} collector per slice of segments (searches run slices in parallel); {@link #reduce} adds
 * them up.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counting, FacetCounts.Result> {
  /** The counts of one search: matches, and articles by source and by month ({@code year * 12 + month - 1}). */
  record Result(long matches, Map<String, Long> sources, Map<Integer, Long> months,
      Map<String, List<FacetCount>> entities, boolean entitiesEstimated) {
    /** The {@code top} most frequent sources, by descending count, then value. */
    List<FacetCount> topSources(int top) {
      return top(sources, top);
    }

    /**
     * The {@link #TOP_ENTITIES} most frequent canonical names of an entity facet ({@link #ENTITY_FIELDS}), by
     * descending count, then name; empty when no match has one.
     */
    List<FacetCount> topEntities(String field) {
      return entities.getOrDefault(field, List.of());
    }

    private static List<FacetCount> top(Map<String, Long> counts, int top) {
      List<FacetCount> values = new ArrayList<>();
      counts.forEach((value, count) -> values.add(new FacetCount(value, count)));
      values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      return values.size() <= top ? values : List.copyOf(values.subList(0, top));
    }

    /** Every month with a match, in calendar order, as {@code YYYY-MM}. */
    List<FacetCount> monthsInOrder() {
      return months.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .map(e -> new FacetCount(monthLabel(e.getKey()), e.getValue()))
          .toList();
    }
  }

  /** The entity facets, counted from these multi-valued sorted-set doc values fields (canonical names). */
  static final List<String> ENTITY_FIELDS =
      List.of(ArticleDocuments.PERSON, ArticleDocuments.PLACE, ArticleDocuments.ORG);
  /** Names kept per entity facet. */
  static final int TOP_ENTITIES = LuceneArticleIndex.TOP_ENTITIES;

  private final EntityOrdinals ordinals;
  private final int entitySample;

  /** Counts over a reader whose entity fields have these global ordinals. */
  FacetCounts(EntityOrdinals ordinals) {
    this(ordinals, Limits.ENTITY_FACET_SAMPLE);
  }

  /**
   * Counts over a reader whose entity fields have these global ordinals, reading the entity fields of every match
   * until {@code entitySample} matches of a slice were read, then of every second match, every fourth after as many
   * again, and so on (see the class comment).
   */
  FacetCounts(EntityOrdinals ordinals, int entitySample) {
    this.ordinals = java.util.Objects.requireNonNull(ordinals, "ordinals");
    if (entitySample < 1) {
      throw new IllegalArgumentException("entitySample must be at least 1, was " + entitySample);
    }
    this.entitySample = entitySample;
  }

  /** The month key of {@code year} and {@code month} (1–12), as indexed. */
  static long monthKey(int year, int month) {
    return year * 12L + month - 1;
  }

  static String monthLabel(int key) {
    return String.format("%04d-%02d", Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  @Override
  public Counting newCollector() {
    return new Counting(ordinals, entitySample);
  }

  @Override
  public Result reduce(Collection<Counting> collectors) {
    long matches = 0;
    boolean estimated = false;
    Map<String, Long> sources = new HashMap<>();
    Map<Integer, Long> months = new HashMap<>();
    Map<String, List<FacetCount>> entities = new HashMap<>();
    for (Counting c : collectors) {
      matches += c.matches;
      estimated |= c.sampled;
      c.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
      c.months.forEach((k, v) -> months.merge(k, v, Long::sum));
    }
    try {
      for (int f = 0; f < ENTITY_FIELDS.size(); f++) {
        entities.put(ENTITY_FIELDS.get(f), topEntities(f, collectors));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Result(matches, sources, months, entities, estimated);
  }

  /**
   * The top names of entity field {@code f}: the collectors' counts by global ordinal added up, the
   * {@link #TOP_ENTITIES} largest kept (ties by ordinal, which is name order), and only those labelled.
   */
  private List<FacetCount> topEntities(int f, Collection<Counting> collectors) throws IOException {
    int[] total = null;
    int[] touched = new int[0];
    int touchedCount = 0;
    for (Counting c : collectors) {
      GlobalCounts g = c.entities[f];
      if (g == null || g.counts == null) {
        continue;
      }
      if (total == null) {
        total = g.counts; // the first collector's array is reused: collectors are done
        touched = java.util.Arrays.copyOf(g.touched, g.touchedCount);
        touchedCount = g.touchedCount;
        continue;
      }
      for (int i = 0; i < g.touchedCount; i++) {
        int ord = g.touched[i];
        if (total[ord] == 0) {
          if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, Math.max(16, touchedCount * 2));
          }
          touched[touchedCount++] = ord;
        }
        total[ord] += g.counts[ord];
      }
    }
    if (total == null) {
      return List.of();
    }
    // the best TOP_ENTITIES ordinals: higher count first, then lower ordinal (name order); a small primitive heap
    int[] best = topOrdinals(total, touched, touchedCount, TOP_ENTITIES);
    List<FacetCount> out = new ArrayList<>(best.length);
    for (int i = best.length - 1; i >= 0; i--) {
      out.add(new FacetCount(ordinals.label(f, best[i]), total[best[i]]));
    }
    return out;
  }

  /**
   * The {@code k} ordinals of {@code ords[0..n)} with the highest counts (ties: the lower ordinal), worst first: a
   * min-heap of primitives, so ranking tens of thousands of names boxes nothing.
   */
  static int[] topOrdinals(int[] counts, int[] ords, int n, int k) {
    int[] heap = new int[Math.min(k, n)];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int ord = ords[i];
      if (size < heap.length) {
        heap[size] = ord;
        siftUp(heap, size++, counts);
      } else if (heap.length > 0 && worse(heap[0], ord, counts)) {
        heap[0] = ord;
        siftDown(heap, size, counts);
      }
    }
    // pop in order: worst first
    int[] out = new int[size];
    for (int i = 0; i < out.length; i++) {
      out[i] = heap[0];
      heap[0] = heap[--size];
      siftDown(heap, size, counts);
    }
    return out;
  }

  /** True when ordinal {@code a} ranks below {@code b}: a lower count, or the same count and a higher ordinal. */
  private static boolean worse(int a, int b, int[] counts) {
    return counts[a] != counts[b] ? counts[a] < counts[b] : a > b;
  }

  private static void siftUp(int[] heap, int i, int[] counts) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(heap[i], heap[parent], counts)) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[parent];
      heap[parent] = t;
      i = parent;
    }
  }

  private static void siftDown(int[] heap, int size, int[] counts) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        return;
      }
      int w = l + 1 < size && worse(heap[l + 1], heap[l], counts) ? l + 1 : l;
      if (!worse(heap[w], heap[i], counts)) {
        return;
      }
      int t = heap[i];
      heap[i] = heap[w];
      heap[w] = t;
      i = w;
    }
  }

  /** Counts the matches of the segments of one slice. */
  static final class Counting implements Collector {
    private long matches;
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<Integer, Long> months = new HashMap<>();
    private final EntityOrdinals ordinals;
    /** Per entity field (in {@link #ENTITY_FIELDS} order): counts by global ordinal; null when no segment has it. */
    private final GlobalCounts[] entities = new GlobalCounts[ENTITY_FIELDS.size()];
    private final int sample;
    /**
     * One match in how many has its entity fields read (a power of two; which ones is decided by a hash of the
     * document number, so periodic structure in the index does not bias the sample); each read counts this many.
     */
    private int stride = 1;
    /** Entity reads at the present stride. */
    private int readAtStride;
    /** True once a match was collected while reading every {@code stride > 1}th: the counts are estimates. */
    private boolean sampled;

    Counting(EntityOrdinals ordinals, int sample) {
      this.ordinals = ordinals;
      this.sample = sample;
      for (int f = 0; f < entities.length; f++) {
        if (ordinals.valueCount(f) > 0) {
          entities[f] = new GlobalCounts(Math.toIntExact(ordinals.valueCount(f)));
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues source = DocValues.getSorted(context.reader(), ArticleDocuments.SOURCE);
      NumericDocValues month = DocValues.getNumeric(context.reader(), ArticleDocuments.MONTH);
      int[] bySource = new int[source.getValueCount()];
      // entity fields this segment has (null when none of its documents has one: no cost per match then)
      SegmentOrds[] entityOrds = new SegmentOrds[ENTITY_FIELDS.size()];
      boolean anyEntities = false;
      for (int f = 0; f < entityOrds.length; f++) {
        SortedSetDocValues values = context.reader().getSortedSetDocValues(ENTITY_FIELDS.get(f));
        if (values != null && entities[f] != null) {
          entityOrds[f] = new SegmentOrds(values, ordinals.globalOrds(f, context.ord), entities[f]);
          anyEntities = true;
        }
      }
      boolean countEntities = anyEntities;
      int docBase = context.docBase;
      return new LeafCollector() {
        private int count;
        /** Months of one segment: a dense window starting at the first month seen, grown as needed. */
        private int firstMonth = Integer.MIN_VALUE;
        private int[] byMonth = new int[0];

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          count++;
          if (source.advanceExact(doc)) {
            bySource[source.ordValue()]++;
          }
          if (month.advanceExact(doc)) {
            countMonth((int) month.longValue());
          }
          sampled |= countEntities && stride > 1;
          if (countEntities && (stride == 1 || (mix(docBase + doc) & (stride - 1)) == 0)) {
            for (SegmentOrds e : entityOrds) {
              if (e != null) {
                e.collect(doc, stride);
              }
            }
            if (++readAtStride == sample) { // enough at this rate: read half as often, each read counting double
              readAtStride = 0;
              stride *= 2;
            }
          }
        }

        private void countMonth(int key) {
          if (firstMonth == Integer.MIN_VALUE) {
            firstMonth = key;
            byMonth = new int[12];
          }
          if (key < firstMonth) {
            int[] grown = new int[byMonth.length + (firstMonth - key)];
            System.arraycopy(byMonth, 0, grown, firstMonth - key, byMonth.length);
            byMonth = grown;
            firstMonth = key;
          } else if (key - firstMonth >= byMonth.length) {
            byMonth = java.util.Arrays.copyOf(byMonth, Math.max(byMonth.length * 2, key - firstMonth + 1));
          }
          byMonth[key - firstMonth]++;
        }

        @Override
        public void finish() throws IOException {
          matches += count;
          for (int ord = 0; ord < bySource.length; ord++) {
            if (bySource[ord] > 0) {
              sources.merge(source.lookupOrd(ord).utf8ToString(), (long) bySource[ord], Long::sum);
            }
          }
          for (int i = 0; i < byMonth.length; i++) {
            if (byMonth[i] > 0) {
              months.merge(firstMonth + i, (long) byMonth[i], Long::sum);
            }
          }
        }
      };
    }
  }

  /** A well-mixed hash of a document number (MurmurHash3's finalizer): its low bits choose the sampled matches. */
  static int mix(int x) {
    int h = x * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  /**
   * The counts of one multi-valued entity field over the segments of one slice, by global ordinal. The array is made
   * at the first match with a value, and the ordinals counted are listed as they are first seen, so adding up and
   * ranking cost the number of names matched, not the number the index holds; only the top names are labelled.
   */
  private static final class GlobalCounts {
    private final int size;
    private int[] counts;
    private int[] touched = new int[16];
    private int touchedCount;

    GlobalCounts(int size) {
      this.size = size;
    }

    void add(int globalOrd, int weight) {
      if (counts == null) {
        counts = new int[size];
      }
      int before = counts[globalOrd];
      counts[globalOrd] = before + weight;
      if (before == 0) {
        if (touchedCount == touched.length) {
          touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = globalOrd;
      }
    }
  }

  /** One entity field of one segment: its doc values and the map of its ordinals to global ones. */
  private record SegmentOrds(SortedSetDocValues values, org.apache.lucene.util.LongValues toGlobal,
      GlobalCounts into) {
    void collect(int doc, int weight) throws IOException {
      if (!values.advanceExact(doc)) {
        return;
      }
      for (int i = values.docValueCount(); i > 0; i--) {
        into.add((int) toGlobal.get(values.nextOrd()), weight);
      }
    }
  }
}
