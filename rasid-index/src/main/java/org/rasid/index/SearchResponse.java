package org.rasid.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching articles
 * @param hits the requested page
 * @param facets counts over ALL matches, by facet name ("source", "month"): values in descending count
 *     ("month" values are "YYYY-MM", and are returned in chronological order)
 * @param tookMillis time spent in the index
 * @param entityFacetsEstimated true when the person, place and org counts were estimated from a sample of the matches
 *     (a broad query: see {@code Limits.ENTITY_FACET_SAMPLE}); source and month counts are always exact
 */
public record SearchResponse(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis,
    boolean entityFacetsEstimated) {
  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** A response whose facet counts are all exact. */
  public SearchResponse(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis) {
    this(total, hits, facets, tookMillis, false);
  }
}
