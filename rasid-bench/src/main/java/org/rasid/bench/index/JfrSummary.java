package org.rasid.bench.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.rasid.bench.Table;

/**
 * Where the time goes, from a JFR recording of a child JVM: Java execution samples by phase of the work (marker
 * frames in the stack) and by method (self time), and GC pauses.
 */
final class JfrSummary {
  /**
   * Phases of the work: a sample belongs to the first phase (in this order) that has a frame in its stack whose
   * "Class.method" contains the marker. Lucene's analysis inside inverting is told apart by its package.
   */
  private static final List<Map.Entry<String, String>> PHASES = List.of(
      Map.entry("IndexWriter.merge", "Lucene: merging segments (background merge threads)"),
      Map.entry("DocumentsWriterPerThread.flush", "Lucene: flushing new segments (write postings, norms, stored)"),
      Map.entry("FrozenBufferedUpdates.", "Lucene: applying deletes by id (updateDocument)"),
      Map.entry("BufferedUpdatesStream.", "Lucene: applying deletes by id (updateDocument)"),
      Map.entry("ReadersAndUpdates.", "Lucene: applying deletes by id (updateDocument)"),
      Map.entry("IndexWriter.commit", "Lucene: commit (sync, segment infos)"),
      Map.entry("IndexWriter.prepareCommit", "Lucene: commit (sync, segment infos)"),
      Map.entry("ReferenceManager.maybeRefresh", "reader refresh after commit / NRT open"),
      Map.entry("StandardDirectoryReader.open", "reader refresh after commit / NRT open"),
      Map.entry("IndexingChain.processDocument", "Lucene: inverting into the in-memory buffer (without analysis)"),
      Map.entry("LuceneArticleIndex.known", "rasid: is the id new? (seek it in every segment)"),
      Map.entry("LuceneArticleIndex.contains", "rasid: is the id new? (seek it in every segment)"),
      Map.entry("ArticleDocuments.toDocument", "rasid: building the Lucene document (record JSON, fields)"),
      Map.entry("FacetsConfig.build", "rasid: building the Lucene document (facets)"),
      Map.entry("Structurer.structure", "rasid structurer"),
      Map.entry("JsonlLines.parse", "reading input: JSONL line parsing (Jackson)"),
      Map.entry("InputWalker", "reading input: JSONL lines (InputWalker)"),
      Map.entry("Snippets.highlight", "search: snippets (highlighter)"),
      Map.entry("LuceneArticleIndex.article", "search: hits' stored records (read, JSON)"),
      Map.entry("LuceneArticleIndex.hits", "search: hits (other)"),
      Map.entry("FacetedSearcher.count", "search: facet counts"),
      Map.entry("IndexSearcher.search", "search: matching, scoring, collecting (with facet hits)"),
      Map.entry("RasidQueryParser.", "search: query parsing"),
      Map.entry("LuceneQueries.", "search: query building (analysis)"));

  private JfrSummary() {}

  /**
   * Markdown tables (phases, top methods, GC) of the events that start within [{@code fromMillis}, {@code toMillis}]
   * (epoch milliseconds), or a line saying why there are none.
   */
  static String markdown(Path recording, int topMethods, long fromMillis, long toMillis) throws IOException {
    Map<String, Integer> phases = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    int samples = 0;
    long gcPauseNanos = 0;
    int gcs = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        long at = e.getStartTime().toEpochMilli();
        if (at < fromMillis || at > toMillis) {
          continue;
        }
        String type = e.getEventType().getName();
        if (type.equals("jdk.GarbageCollection")) {
          gcs++;
          Duration pauses = e.getDuration("sumOfPauses");
          gcPauseNanos += pauses == null ? 0 : pauses.toNanos();
        } else if (type.equals("jdk.ExecutionSample")) {
          RecordedStackTrace stack = e.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = stack.getFrames();
          methods.merge(name(frames.getFirst().getMethod()), 1, Integer::sum);
          phases.merge(phase(frames), 1, Integer::sum);
        }
      }
    }
    if (samples == 0) {
      return "No execution samples in " + recording + ".\n";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%,d Java execution samples; %d collections, %.1f s of GC pauses.%n%n",
        samples, gcs, gcPauseNanos / 1e9));
    sb.append(table("phase (first match in the stack)", phases, samples, 25)).append('\n');
    sb.append(table("method (self time)", methods, samples, topMethods));
    return sb.toString();
  }

  private static String table(String header, Map<String, Integer> counts, int total, int limit) {
    Table t = new Table(header, "samples", "share");
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
        .forEach(e -> t.row(e.getKey(), String.format(Locale.ROOT, "%,d", e.getValue()),
            String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / total)));
    return t.render();
  }

  static String phase(List<RecordedFrame> frames) {
    List<String> names = frames.stream().map(f -> f.getMethod() == null ? "?" : qualified(f.getMethod())).toList();
    for (Map.Entry<String, String> p : PHASES) {
      for (String n : names) {
        if (n.contains(p.getKey())) {
          if (p.getKey().equals("IndexingChain.processDocument") && analysis(names)) {
            return "analysis chain (tokenize, normalize, stem) while inverting";
          }
          return p.getValue();
        }
      }
    }
    return "other (JIT-compiled glue, JDK, startup)";
  }

  /** Whether the analysis chain is on top of the inverting frames. */
  private static boolean analysis(List<String> names) {
    for (String n : names) {
      if (n.contains("IndexingChain")) {
        return false;
      }
      if (n.startsWith("org.apache.lucene.analysis.") || n.startsWith("org.rasid.index.analysis.")) {
        return true;
      }
    }
    return false;
  }

  private static String qualified(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }

  private static String name(RecordedMethod m) {
    if (m == null) {
      return "?";
    }
    String cls = m.getType().getName();
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + m.getName();
  }
}
