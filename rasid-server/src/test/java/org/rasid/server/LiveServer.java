package org.rasid.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rasid.core.model.Article;
import org.rasid.index.lucene.LuceneArticleIndex;

/** A real Lucene index of the given articles in a temporary folder, served on a free port; close deletes it all. */
final class LiveServer implements AutoCloseable {
  final Path dir;
  final LuceneArticleIndex index;
  final RasidServer server;
  final TestClient client;

  private LiveServer(Path dir, LuceneArticleIndex index, RasidServer server) {
    this.dir = dir;
    this.index = index;
    this.server = server;
    this.client = new TestClient(server);
  }

  /** Indexes and commits the articles, then starts a server over them. */
  static LiveServer of(String name, List<Article> articles) throws IOException {
    Path dir = Files.createTempDirectory(name);
    LuceneArticleIndex index = LuceneArticleIndex.open(dir);
    for (Article a : articles) {
      index.upsert(a);
    }
    index.commit(Map.of());
    return new LiveServer(dir, index, RasidServer.start(index, ServerConfig.defaults().withPort(0)));
  }

  @Override
  public void close() throws IOException {
    server.close();
    index.close();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
