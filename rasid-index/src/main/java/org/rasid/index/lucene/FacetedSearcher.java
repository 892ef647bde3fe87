package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
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

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    String field = config.getDimConfig(ArticleDocuments.SOURCE_FACET).indexFieldName;
    this.facets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null
        ? null : new DefaultSortedSetDocValuesReaderState(reader, field, config);
  }

  /** Counts of a dimension over the collected documents (all documents when {@code hits} is null). */
  List<FacetCount> count(String dim, FacetsCollector hits, int top) throws IOException {
    if (facets == null || facets.getOrdRange(dim) == null) {
      return List.of();
    }
    SortedSetDocValuesFacetCounts counts = hits == null
        ? new SortedSetDocValuesFacetCounts(facets) : new SortedSetDocValuesFacetCounts(facets, hits);
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

  /** All values of a dimension, by descending count, then value. */
  List<FacetCount> countAll(String dim, FacetsCollector hits) throws IOException {
    List<FacetCount> values = new ArrayList<>(count(dim, hits, Integer.MAX_VALUE));
    values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return values;
  }
}
