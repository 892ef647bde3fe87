package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.rasid.index.FacetCount;

/**
 * A searcher with the facet ordinals of its reader ("source" and "month"), built once per reader: their size is
 * the number of distinct values, not of documents.
 */
final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facets;
  private final ExecutorService executor;

  /** With an executor, segments are searched, and facets counted, on its threads (null: the calling thread). */
  FacetedSearcher(IndexReader reader, FacetsConfig config, ExecutorService executor) throws IOException {
    super(reader, executor);
    this.executor = executor;
    String field = config.getDimConfig(ArticleDocuments.SOURCE_FACET).indexFieldName;
    this.facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null
        ? null : new DefaultSortedSetDocValuesReaderState(reader, field, config);
  }

  /**
   * Counts every dimension over the collected documents (all documents when {@code hits} is null) in one pass;
   * null when the index has no facet values yet.
   */
  Facets counts(FacetsCollector hits) throws IOException {
    if (facets == null) {
      return null;
    }
    if (executor != null) {
      try {
        return hits == null ? new ConcurrentSortedSetDocValuesFacetCounts(facets, executor)
            : new ConcurrentSortedSetDocValuesFacetCounts(facets, hits, executor);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("facet counting interrupted");
      }
    }
    return hits == null ? new SortedSetDocValuesFacetCounts(facets) : new SortedSetDocValuesFacetCounts(facets, hits);
  }

  /** The values of one dimension from {@link #counts}, the top {@code top} by count or all of them. */
  List<FacetCount> values(Facets counts, String dim, int top) throws IOException {
    if (counts == null || facets.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult result = top == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(top, dim);
    List<FacetCount> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue value : result.labelValues) {
        if (value.value.longValue() > 0) {
          values.add(new FacetCount(value.label, value.value.longValue()));
        }
      }
    }
    return values;
  }

  /** All values of a dimension over all documents, by descending count, then value. */
  List<FacetCount> countAll(String dim) throws IOException {
    List<FacetCount> values = new ArrayList<>(values(counts(null), dim, Integer.MAX_VALUE));
    values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return values;
  }
}
