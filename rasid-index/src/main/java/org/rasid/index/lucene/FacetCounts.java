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
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.rasid.index.FacetCount;

/**
 * Source and month counts over every match of a query, in the same pass that ranks the matches.
 *
 * <p>Why not Lucene's facet module: its collector first records every match, then a second pass looks up each
 * match's ordinals in a sorted-set field holding every dimension, which on a million articles was most of a
 * frequent query's time. Here each match costs two doc-values reads and two array increments: the source is a
 * single-valued {@link SortedDocValues} field (counted by segment ordinal, labelled once per segment at its end) and
 * the month a {@link NumericDocValues} field holding {@code year * 12 + month - 1}.
 *
 * <p>One {@link Counting} collector per slice of segments (searches run slices in parallel); {@link #reduce} adds
 * them up.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counting, FacetCounts.Result> {
  /** The counts of one search: matches, and articles by source and by month ({@code year * 12 + month - 1}). */
  record Result(long matches, Map<String, Long> sources, Map<Integer, Long> months) {
    /** The {@code top} most frequent sources, by descending count, then value. */
    List<FacetCount> topSources(int top) {
      List<FacetCount> values = new ArrayList<>();
      sources.forEach((value, count) -> values.add(new FacetCount(value, count)));
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
    for (Counting c : collectors) {
      matches += c.matches;
      c.sources.forEach((k, v) -> sources.merge(k, v, Long::sum));
      c.months.forEach((k, v) -> months.merge(k, v, Long::sum));
    }
    return new Result(matches, sources, months);
  }

  /** Counts the matches of the segments of one slice. */
  static final class Counting implements Collector {
    private long matches;
    private final Map<String, Long> sources = new HashMap<>();
    private final Map<Integer, Long> months = new HashMap<>();

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedDocValues source = DocValues.getSorted(context.reader(), ArticleDocuments.SOURCE);
      NumericDocValues month = DocValues.getNumeric(context.reader(), ArticleDocuments.MONTH);
      int[] bySource = new int[source.getValueCount()];
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
}
