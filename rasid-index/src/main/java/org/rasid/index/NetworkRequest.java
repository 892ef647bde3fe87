package org.rasid.index;

import java.util.Objects;
import org.rasid.core.io.Limits;

/**
 * A co-occurrence network to compute ({@link ArticleIndex#network}).
 *
 * @param query the articles to count, in rasid's query syntax ({@code docs/search.md}); blank = all
 * @param nodes most entities kept, 1..{@link Limits#MAX_NETWORK_NODES}: those named in most of the counted articles
 * @param edges most pairs kept, 0..{@link Limits#MAX_NETWORK_EDGES}: each node's strongest pair, then the pairs named
 *     together in most articles
 */
public record NetworkRequest(String query, int nodes, int edges) {
  /** Nodes unless asked otherwise. */
  public static final int DEFAULT_NODES = 40;
  /** Edges unless asked otherwise. */
  public static final int DEFAULT_EDGES = 120;

  public NetworkRequest {
    query = Objects.requireNonNullElse(query, "");
    if (nodes < 1 || nodes > Limits.MAX_NETWORK_NODES) {
      throw new IllegalArgumentException("nodes must be between 1 and " + Limits.MAX_NETWORK_NODES + ", was " + nodes);
    }
    if (edges < 0 || edges > Limits.MAX_NETWORK_EDGES) {
      throw new IllegalArgumentException("edges must be between 0 and " + Limits.MAX_NETWORK_EDGES + ", was " + edges);
    }
  }

  /** The query with the default numbers of nodes and edges. */
  public static NetworkRequest of(String query) {
    return new NetworkRequest(query, DEFAULT_NODES, DEFAULT_EDGES);
  }
}
