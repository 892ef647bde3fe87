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
 * multi-valued {@link SortedSetDocValues} fields of canonical names, counted the same way (by segment ordinal,
 * labelled at the segment's end); a segment without any entity field costs nothing more per match.
 *
 * <p>One {@link Counting} collector per slice of segments (searches run slices in parallel); {@link #reduce} adds
 * them up.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counting, FacetCounts.Result> {
  /** The counts of one search: matches, and articles by source and by month ({@code year * 12 + month - 1}). */
  record Result(long matches, Map<String, Long> sources, Map<Integer, Long> months,
      Map<String, Map<String, Long>> entities) {
    /** The {@code top} most frequent sources, by descending count, then value. */
    List<FacetCount> topSources(int top) {
      return top(sources, top);
    }

    /**
     * The {@code top} most frequent canonical names of an entity facet ({@link #ENTITY_FIELDS}), by descending
     * count, then name; empty when no match has one.
     */
    List<FacetCount> topEntities(String field, int top) {
      return top(entities.getOrDefault(field, Map.of()), top);
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

  /** The month key of {@code year} and {@code month} (1–12), as indexed. */
  static long monthKey(int year, int month) {
    return year * 12L + month - 1;
  }

  static String monthLabel(int key) {
    return String.format("%04d-%02d", Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
  }

  @Override
  public Counting newCollector() {
    return new Counting();
  }

  @Override
  public Result reduce(Collection<Counting> collectors) {
    long matches = 0;
    Map<String, Long> sources = new HashMap<>();
    Map<Integer, Long> months = new HashMap<>();
    Map<String, Map<String, Long>> entities = new HashMap<>();
    for (Counting c : collectors) {
      matches += c.matches;
      c.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
      c.months.forEach((k, v) -> months.merge(k, v, Long::sum));
      for (int f = 0; f < ENTITY_FIELDS.size(); f++) {
        Map<String, Long> into = entities.computeIfAbsent(ENTITY_FIELDS.get(f), k -> new HashMap<>());
        c.entities.get(f).forEach((k, v) -> into.merge(k, v, Long::sum));
      }
    }
    return new Result(matches, sources, months, entities);
  }

  /** Counts the matches of the segments of one slice. */
  static final class Counting implements Collector {
    private long matches;
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<Integer, Long> months = new HashMap<>();
    /** Per entity field (in {@link #ENTITY_FIELDS} order): canonical name → matches. */
    private final List<Map<String, Long>> entities =
        ENTITY_FIELDS.stream().<Map<String, Long>>map(f -> new HashMap<>()).toList();

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
      EntityOrds[] entityOrds = new EntityOrds[ENTITY_FIELDS.size()];
      boolean anyEntities = false;
      for (int f = 0; f < entityOrds.length; f++) {
        SortedSetDocValues values = context.reader().getSortedSetDocValues(ENTITY_FIELDS.get(f));
        if (values != null) {
          entityOrds[f] = new EntityOrds(values);
          anyEntities = true;
        }
      }
      boolean countEntities = anyEntities;
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
          if (countEntities) {
            for (EntityOrds e : entityOrds) {
              if (e != null) {
                e.collect(doc);
              }
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
          for (int f = 0; f < entityOrds.length; f++) {
            if (entityOrds[f] != null) {
              entityOrds[f].labelInto(entities.get(f));
            }
          }
        }
      };
    }
  }

  /**
   * The counts of one multi-valued entity field in one segment, by segment ordinal. The count array is made at the
   * first match with a value, and the ordinals counted are listed as they are first seen, so labelling at the end
   * of the segment costs the number of names matched, not the number the segment has.
   */
  private static final class EntityOrds {
    private final SortedSetDocValues values;
    private int[] counts;
    private int[] touched = new int[16];
    private int touchedCount;

    EntityOrds(SortedSetDocValues values) {
      this.values = values;
    }

    void collect(int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        return;
      }
      if (counts == null) {
        counts = new int[Math.toIntExact(values.getValueCount())];
      }
      for (int i = values.docValueCount(); i > 0; i--) {
        int ord = (int) values.nextOrd();
        if (counts[ord]++ == 0) {
          if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
          }
          touched[touchedCount++] = ord;
        }
      }
    }

    void labelInto(Map<String, Long> into) throws IOException {
      for (int i = 0; i < touchedCount; i++) {
        int ord = touched[i];
        into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
      }
    }
  }
}
