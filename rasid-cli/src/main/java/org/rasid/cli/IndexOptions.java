package org.rasid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasid.index.ArticleIndex;
import org.rasid.index.lucene.LuceneArticleIndex;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by the index commands. */
final class IndexOptions {

  static final String DEFAULT_INDEX = "rasid-data";

  @Option(names = "--index", paramLabel = "DIR", defaultValue = DEFAULT_INDEX,
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** Opens (creating if needed) the index for writing and searching. */
  ArticleIndex open() throws IOException {
    return LuceneArticleIndex.open(dir);
  }

  /** Opens an index that must already exist; a clear error otherwise. */
  ArticleIndex openExisting() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new CliException("no index at " + dir.toAbsolutePath() + " (run 'rasid ingest PATH…' first, or pass --index)");
    }
    return open();
  }
}
