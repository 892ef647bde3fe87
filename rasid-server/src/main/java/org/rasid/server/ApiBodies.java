package org.rasid.server;

import java.util.List;
import java.util.Map;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.SearchResponse;

/** The JSON bodies of the API that are not index records themselves. Documented in {@code openapi.json}. */
final class ApiBodies {
  private ApiBodies() {}

  /**
   * The request as the server understood it (defaults filled in).
   *
   * @param q the query, stripped
   * @param offset first hit
   * @param limit page size
   * @param sort relevance, newest or oldest
   */
  record SearchEcho(String q, int offset, int limit, String sort) {}

  /** GET /api/search: the index's {@link SearchResponse} with the request echoed. */
  record SearchResult(SearchEcho request, long total, List<Hit> hits, Map<String, List<FacetCount>> facets,
      double tookMillis) {
    static SearchResult of(SearchEcho request, SearchResponse response) {
      return new SearchResult(request, response.total(), response.hits(), response.facets(), response.tookMillis());
    }
  }

  /** GET /api/facets. */
  record FacetsResult(String q, long total, Map<String, List<FacetCount>> facets, double tookMillis) {}

  /** GET /api/articles/{id}/similar. */
  record SimilarResult(String id, int limit, List<Hit> hits) {}
}
