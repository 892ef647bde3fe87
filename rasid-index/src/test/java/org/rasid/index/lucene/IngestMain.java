package org.rasid.index.lucene;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.rasid.core.model.Article;

/**
 * A tiny ingest for the crash test, run in a child JVM: upserts {@code doc-0 … doc-(n-1)} in order, commits after
 * every {@code every} of them with checkpoint {@code committed=<count>}, and prints {@code COMMITTED <count>} once
 * each commit has returned.
 *
 * <p>Arguments: index folder, n, every, pause in milliseconds after each upsert (to give the killer time).
 */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    ingest(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
        System.out);
  }

  static void ingest(Path dir, int n, int every, int pauseMillis, PrintStream out)
      throws IOException, InterruptedException {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
      for (int i = 0; i < n; i++) {
        index.upsert(article(i));
        if (pauseMillis > 0) {
          Thread.sleep(pauseMillis);
        }
        if ((i + 1) % every == 0 || i + 1 == n) {
          index.commit(Map.of("committed", String.valueOf(i + 1)));
          out.println("COMMITTED " + (i + 1));
          out.flush();
        }
      }
    }
  }

  static Article article(int i) {
    return Fixtures.article("doc-" + i, "خبر رقم " + i, "مصدر " + (i % 7), "2021-09-" + (10 + i % 20),
        "نص الخبر رقم " + i + " عن الأحداث الجارية في المنطقة.", "فقرة ثانية فيها تفاصيل إضافية " + i + ".");
  }
}
