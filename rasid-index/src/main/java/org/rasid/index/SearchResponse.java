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
 */
public record SearchResponse(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, double tookMillis) {
  public SearchResponse {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
