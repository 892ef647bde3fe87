package org.rasid.server;

import java.util.List;
import java.util.Map;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.EntityRef;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.SearchResponse;
import org.rasid.server.html.ForceLayout;

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
      boolean entityFacetsEstimated, double tookMillis) {
    static SearchResult of(SearchEcho request, SearchResponse response) {
      return new SearchResult(request, response.total(), response.hits(), response.facets(),
          response.entityFacetsEstimated(), response.tookMillis());
    }
  }

  /** GET /api/facets. */
  record FacetsResult(String q, long total, Map<String, List<FacetCount>> facets, boolean entityFacetsEstimated,
      double tookMillis) {}

  /** GET /api/articles/{id}/similar. */
  record SimilarResult(String id, int limit, List<Hit> hits) {}

  /**
   * GET /api/entities/{id}: the entity and a page of its newest articles.
   *
   * @param entity what the index knows of it
   * @param filter the search filter of its articles ({@code person:"<id>"} …)
   * @param total its articles
   * @param offset first article of the page
   * @param limit page size
   * @param articles the page, newest first
   */
  record EntityResult(EntityProfile entity, String filter, long total, int offset, int limit, List<Hit> articles) {}

  /** GET /api/network: the request as understood. */
  record NetworkEcho(String q, int limit, int edges) {}

  /**
   * A node of GET /api/network: the entity and its place in the server's layout.
   *
   * @param x from 0 (left) to 1 (right)
   * @param y from 0 (top) to 1 (bottom)
   */
  record NetworkNode(String id, String name, String type, long articles, double x, double y) {}

  /** GET /api/network. */
  record NetworkResult(NetworkEcho request, long matches, int counted, boolean sampled, List<NetworkNode> nodes,
      List<EntityNetwork.Edge> edges, double tookMillis) {
    static NetworkResult of(NetworkEcho request, EntityNetwork n) {
      List<ForceLayout.Point> at = ForceLayout.layout(n.nodes().size(), n.edges().stream()
          .map(e -> new ForceLayout.Link(e.source(), e.target(), e.articles())).toList(), ForceLayout.SEED);
      List<NetworkNode> nodes = new java.util.ArrayList<>();
      for (int i = 0; i < n.nodes().size(); i++) {
        EntityRef r = n.nodes().get(i);
        nodes.add(new NetworkNode(r.id(), r.name(), r.type(), r.articles(), round(at.get(i).x()), round(at.get(i).y())));
      }
      return new NetworkResult(request, n.matches(), n.counted(), n.sampled(), nodes, n.edges(), n.tookMillis());
    }

    private static double round(double v) {
      return Math.round(v * 1000) / 1000.0;
    }
  }
}
