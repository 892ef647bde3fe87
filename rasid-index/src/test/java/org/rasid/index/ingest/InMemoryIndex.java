package org.rasid.index.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rasid.core.model.Article;
import org.rasid.index.ArticleIndex;
import org.rasid.index.Hit;
import org.rasid.index.IndexStats;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;

/** A map-backed {@link ArticleIndex} with the same commit semantics, for ingest tests. */
final class InMemoryIndex implements ArticleIndex {
  final Map<String, Article> committed = new LinkedHashMap<>();
  final Map<String, Article> pending = new LinkedHashMap<>();
  Map<String, String> checkpoint = Map.of();
  int commits;

  @Override
  public synchronized boolean upsert(Article a) {
    boolean absent = !committed.containsKey(a.id()) && !pending.containsKey(a.id());
    pending.put(a.id(), a);
    return absent;
  }

  @Override
  public synchronized boolean contains(String id) {
    return committed.containsKey(id) || pending.containsKey(id);
  }

  @Override
  public synchronized void commit(Map<String, String> data) {
    committed.putAll(pending);
    pending.clear();
    checkpoint = Map.copyOf(data);
    commits++;
  }

  /** What a crash leaves: only the committed state. */
  synchronized void crash() {
    pending.clear();
  }

  @Override
  public Map<String, String> checkpoint() {
    return checkpoint;
  }

  @Override
  public Optional<Article> get(String id) {
    return Optional.ofNullable(committed.get(id));
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Hit> moreLikeThis(String id, int limit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public IndexStats stats() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void close() {}
}
