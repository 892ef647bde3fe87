package org.rasid.index;

import java.util.List;

/**
 * The co-occurrence network of the articles matching a query ({@link ArticleIndex#network}). Counted over the
 * newest matching articles, at most {@link org.rasid.core.io.Limits#MAX_NETWORK_ARTICLES} of them.
 *
 * @param matches number of articles matching the query
 * @param counted number of those whose entities were counted (the newest; undated ones last)
 * @param nodes the entities named in most counted articles, by descending count then id
 * @param edges pairs of nodes named together in at least one counted article: every node's strongest pair, then the
 *     strongest others, up to the number asked ({@link EntityGraphs#selectEdges}); listed strongest first (by
 *     descending count, then node order); each node index is into {@code nodes}
 * @param tookMillis time spent in the index
 */
public record EntityNetwork(long matches, int counted, List<EntityRef> nodes, List<Edge> edges, double tookMillis) {
  public EntityNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** True when some matching articles were left out of the counts. */
  public boolean sampled() {
    return counted < matches;
  }

  /**
   * Two entities named together.
   *
   * @param source index of one node in {@link #nodes()}, the lower of the two
   * @param target index of the other node, the higher
   * @param articles counted articles naming both
   */
  public record Edge(int source, int target, long articles) {}
}
