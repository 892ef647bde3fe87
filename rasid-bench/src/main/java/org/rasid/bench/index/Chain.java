package org.rasid.bench.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.rasid.index.lucene.LuceneArticleIndex;

/** The analysis chains compared: rasid's own, and Lucene's stock ArabicAnalyzer as the baseline. */
enum Chain {
  /** {@code RasidAnalyzers.stemmed()} and {@code exact()}: what {@code rasid ingest} uses. */
  RASID("rasid", "rasid chain (RasidAnalyzers)"),
  /** Lucene's {@link ArabicAnalyzer} (stop words, normalization, light stemming) for every text field. */
  ARABIC("arabic", "stock Lucene ArabicAnalyzer");

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
    throw new IllegalArgumentException("unknown chain '" + key + "' (rasid or arabic)");
  }

  /** Opens (creating when missing) an index in {@code dir} analyzed with this chain. */
  LuceneArticleIndex open(Path dir) throws IOException {
    return switch (this) {
      case RASID -> LuceneArticleIndex.open(dir);
      // Stateless between uses and never closed before the JVM exits: the child runs one index and ends.
      case ARABIC -> LuceneArticleIndex.open(dir, new ArabicAnalyzer(), new ArabicAnalyzer());
    };
  }
}
