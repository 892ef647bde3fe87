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
 * Where the time goes, from a JFR recording of a child JVM: Java execution samples by area (the first frame from
 * the top that is not JDK or Lucene utility code decides), by thread and by method (self time), and GC pauses.
 */
final class JfrSummary {
  /** Package prefixes → area; the first match from the top of the stack wins. Order matters. */
  private static final List<Map.Entry<String, String>> AREAS = List.of(
      Map.entry("org.rasid.core.json.", "JSON (Jackson): record serialization"),
      Map.entry("com.fasterxml.jackson.", "JSON (Jackson): JSONL parsing, record serialization"),
      Map.entry("org.rasid.core.", "rasid structurer (rasid-core)"),
      Map.entry("org.rasid.index.ingest.", "ingest pipeline (InputWalker, Ingester)"),
      Map.entry("org.rasid.index.lucene.", "rasid-index (document building, id lookups, search glue)"),
      Map.entry("org.rasid.index.", "rasid-index (analysis chains, query parser)"),
      Map.entry("org.apache.lucene.analysis.", "Lucene analysis (tokenizer, filters)"),
      Map.entry("org.apache.lucene.index.", "Lucene indexing (inverting, flushing, merging, deletes)"),
      Map.entry("org.apache.lucene.codecs.", "Lucene codecs (writing and reading segments)"),
      Map.entry("org.apache.lucene.facet.", "Lucene facets"),
      Map.entry("org.apache.lucene.search.uhighlight.", "Lucene highlighter (snippets)"),
      Map.entry("org.apache.lucene.search.", "Lucene search"),
      Map.entry("org.apache.lucene.document.", "Lucene documents"),
      Map.entry("org.apache.lucene.store.", "Lucene store (I/O)"));

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
      Map.entry("LuceneArticleIndex.hits", "search: hits (stored records, snippets)"),
      Map.entry("FacetedSearcher.count", "search: facet counts"),
      Map.entry("IndexSearcher.search", "search: matching, scoring, collecting (with facet hits)"),
      Map.entry("RasidQueryParser.", "search: query parsing"),
      Map.entry("LuceneQueries.", "search: query building (analysis)"));

  /** Frames skipped when looking for the area: they serve every area. */
  private static final List<String> GENERIC = List.of("java.", "jdk.", "sun.", "org.apache.lucene.util.");

  private JfrSummary() {}

  /** Markdown tables (areas, threads, top methods, GC), or a line saying why there are none. */
  static String markdown(Path recording, int topMethods) throws IOException {
    Map<String, Integer> areas = new HashMap<>();
    Map<String, Integer> phases = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> methods = new HashMap<>();
    int samples = 0;
    long gcPauseNanos = 0;
    int gcs = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
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
          areas.merge(area(frames), 1, Integer::sum);
          phases.merge(phase(frames), 1, Integer::sum);
          String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
          threads.merge(threadGroup(thread), 1, Integer::sum);
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
    sb.append(table("area (first non-JDK frame from the top)", areas, samples, 12)).append('\n');
    sb.append(table("thread", threads, samples, 10)).append('\n');
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

  static String area(List<RecordedFrame> frames) {
    for (RecordedFrame f : frames) {
      String cls = f.getMethod() == null ? "" : f.getMethod().getType().getName();
      if (GENERIC.stream().anyMatch(cls::startsWith)) {
        continue;
      }
      for (Map.Entry<String, String> a : AREAS) {
        if (cls.startsWith(a.getKey())) {
          return a.getValue();
        }
      }
      return "other: " + cls;
    }
    RecordedMethod top = frames.getFirst().getMethod();
    return "JDK or Lucene util only: " + (top == null ? "?" : top.getType().getName());
  }

  static String threadGroup(String thread) {
    if (thread.startsWith("Lucene Merge Thread")) {
      return "Lucene merge threads";
    }
    return thread.replaceAll("[-#]?\\d+$", "");
  }

  private static String name(RecordedMethod m) {
    if (m == null) {
      return "?";
    }
    String cls = m.getType().getName();
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + m.getName();
  }
}
