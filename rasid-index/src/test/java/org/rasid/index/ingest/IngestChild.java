package org.rasid.index.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * Runs a real ingest (the code `rasid ingest` runs) in a child JVM for {@link IngestCrashTest}: args are the
 * index folder, the corpus folder, commitEvery and pauseAt. After every batch it prints "AT n" (n documents
 * handled; a commit, if one was due, has completed before the line is printed). Once n ≥ pauseAt it stalls, like a
 * long ingest, so the test always kills it mid-run.
 */
public final class IngestChild {
  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void main(String[] args) throws Exception {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(Path.of(args[0]))) {
      InputWalker walker = new InputWalker(List.of(args[1]), 5 << 20, System.in);
      new Ingester(index, new Ingester.Options(Integer.parseInt(args[2]), 1, 50)).run(walker, args[1],
          (done, ingested, present, failed) -> {
            System.out.println("AT " + done);
            System.out.flush();
            if (done >= Long.parseLong(args[3])) {
              sleepForever();
            }
          });
    }
  }
}
