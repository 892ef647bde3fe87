package org.rasid.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.model.Article;

/**
 * The searchable store of article records. One writer per index folder; any number of concurrent readers.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #upsert} is idempotent: an article is stored once per {@link Article#id()}; upserting the same id
 *       again replaces it.
 *   <li>Nothing upserted is visible to {@link #search} or durable before {@link #commit}. A commit is atomic: after
 *       a crash (even kill -9) the index holds exactly what the last completed commit held.
 *   <li>{@link #commit} stores the caller's checkpoint data with the commit; {@link #checkpoint} reads it back
 *       after a restart, so an ingest can resume.
 * </ul>
 */
public interface ArticleIndex extends Closeable {

  /** Adds or replaces an article. Returns true when its id was not in the index (as last committed or added). */
  boolean upsert(Article article) throws IOException;

  /**
   * Adds an article unless its id is already in the index (committed, or upserted since); never replaces. Returns
   * true when it was added. Concurrent calls with one id add it once.
   */
  default boolean addIfAbsent(Article article) throws IOException {
    synchronized (this) {
      return !contains(article.id()) && upsert(article);
    }
  }

  /** True when an article with this id is in the index (committed, or upserted since). */
  boolean contains(String id) throws IOException;

  /** Makes everything upserted durable and searchable, with the caller's checkpoint data. */
  void commit(Map<String, String> checkpoint) throws IOException;

  /** The checkpoint data of the last commit (empty for a new index). */
  Map<String, String> checkpoint() throws IOException;

  /** The stored record. */
  Optional<Article> get(String id) throws IOException;

  /** Runs a search; the query syntax is documented in {@code docs/search.md}. */
  SearchResponse search(SearchRequest request) throws IOException;

  /** Articles most like the given one (not including it). */
  List<Hit> moreLikeThis(String id, int limit) throws IOException;

  /** What the index holds. */
  IndexStats stats() throws IOException;

  /**
   * The entity with this id as the index's articles name it: names and spellings, articles per month, the entities
   * named with it most often ({@link EntityProfile#DEFAULT_COOCCURRING} per type). Empty when no article names it.
   * The articles themselves are a search by the entity's filter ({@code person:"id"}, {@code place:}, {@code org:}).
   *
   * @throws UnsupportedOperationException when the index cannot answer (the default)
   */
  default Optional<EntityProfile> entity(String id) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no entity profiles");
  }

  /**
   * The co-occurrence network of the articles matching a query: the entities named most, and the pairs named
   * together most, over the newest matches (at most {@link org.rasid.core.io.Limits#MAX_NETWORK_ARTICLES}).
   *
   * @throws QuerySyntaxException when the query is malformed
   * @throws UnsupportedOperationException when the index cannot answer (the default)
   */
  default EntityNetwork network(NetworkRequest request) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no co-occurrence network");
  }
}
