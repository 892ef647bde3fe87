package org.rasid.bench.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * The runs compared: rasid's own chain, Lucene's stock ArabicAnalyzer as the baseline, and the Lucene ceiling (bare
 * Lucene with rasid's chains and nothing else of rasid's ingest).
 */
enum Chain {
  /** {@code RasidAnalyzers.stemmed()} and {@code exact()}: what {@code rasid ingest} uses. */
  RASID("rasid", "rasid chain (RasidAnalyzers)"),
  /** Lucene's {@link ArabicAnalyzer} (stop words, normalization, light stemming) for every text field. */
  ARABIC("arabic", "stock Lucene ArabicAnalyzer"),
  /**
   * Not a {@link LuceneArticleIndex}: a bare {@code IndexWriter} fed the raw JSONL text, with rasid's chains on the
   * same two body fields and the same writer settings ({@link IndexBenchChild#ingestCeiling}). Ingest only: its
   * index has no records to search.
   */
  CEILING("ceiling", "Lucene ceiling: bare IndexWriter, raw text");

  final String key;
  final String label;

  Chain(String key, String label) {
    this.key = key;
    this.label = label;
  }

  static Chain of(String key) {
    for (Chain c : values()) {
      if (c.key.equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown chain '" + key + "' (rasid, arabic or ceiling)");
  }

  /**
   * Opens (creating when missing) an index in {@code dir} analyzed with this chain.
   *
   * @throws UnsupportedOperationException for {@link #CEILING}, which has no {@link LuceneArticleIndex}
   */
  LuceneArticleIndex open(Path dir) throws IOException {
    return switch (this) {
      case RASID -> LuceneArticleIndex.open(dir);
      // Stateless between uses and never closed before the JVM exits: the child runs one index and ends.
      case ARABIC -> LuceneArticleIndex.open(dir, new ArabicAnalyzer(), new ArabicAnalyzer());
      case CEILING -> throw new UnsupportedOperationException("the Lucene ceiling writes a bare Lucene index, not a"
          + " LuceneArticleIndex: it is ingested by IndexBenchChild.ingestCeiling and never queried");
    };
  }
}
