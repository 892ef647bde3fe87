package org.rasid.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.MMapDirectory;
import org.rasid.bench.Args;
import org.rasid.core.io.TextDecoder;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.index.analysis.RasidAnalyzers;
import org.rasid.index.ingest.Ingester;
import org.rasid.index.ingest.PageExtractor;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.CorpusEntities;
import org.rasid.index.ingest.InputWalker;
import org.rasid.index.lucene.LuceneArticleIndex;

/**
 * The child JVM of {@code rasid bench index}, started with the heap limit under test. Two modes, each printing
 * {@code PROGRESS …} lines and one {@code RESULT <json>} line on standard output:
 *
 * <pre>
 * ingest --chain rasid|arabic|ceiling --input FILE.jsonl --index DIR [--threads N] [--commit-every N]
 *        [--entities true|false]
 * query  --chain rasid|arabic --index DIR [--queries N] [--warmup R] [--rounds R] [--tsv FILE]
 * </pre>
 *
 * <p>{@code ingest} runs exactly what {@code rasid ingest FILE.jsonl} runs: {@link Ingester} over an {@link
 * InputWalker} into a {@link LuceneArticleIndex} in a fresh folder. With {@code --chain ceiling} it runs none of
 * that, but the Lucene ceiling: the raw text of every line into a bare {@link IndexWriter} ({@link
 * #ingestCeiling}). {@code query} opens that index and runs the
 * queries of {@link QuerySet} one after the other, each as {@code SearchRequest(q, 0, 10, RELEVANCE)} (hits,
 * snippets and the source and month facets, as the web UI asks).
 */
public final class IndexBenchChild {
  static final String RESULT = "RESULT ";
  static final String PROGRESS = "PROGRESS ";
  static final long PROGRESS_EVERY_NANOS = 10_000_000_000L;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IndexBenchChild() {}

  public static void main(String[] argv) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> args = Arrays.asList(argv);
    if (args.isEmpty()) {
      throw new IllegalArgumentException("mode needed: ingest or query");
    }
    Args a = Args.parse(args.subList(1, args.size()), Set.of("--chain", "--input", "--index", "--threads",
        "--commit-every", "--entities", "--queries", "--warmup", "--rounds", "--tsv"), Set.of());
    Chain chain = Chain.of(a.value("--chain", "rasid"));
    Path index = Path.of(a.value("--index", null));
    Object result = switch (args.getFirst()) {
      case "ingest" -> ingest(chain, Path.of(a.value("--input", null)), index,
          a.intValue("--threads", Ingester.Options.defaults().threads(), 1),
          a.intValue("--commit-every", 5_000, 1), a.value("--entities", "false").equals("true"), out);
      case "query" -> query(chain, index, a.intValue("--queries", 200, 1), a.intValue("--warmup", 2, 0),
          a.intValue("--rounds", 1, 1), a.value("--tsv", null), out);
      default -> throw new IllegalArgumentException("unknown mode " + args.getFirst());
    };
    out.println(RESULT + MAPPER.writeValueAsString(result));
    out.flush();
    System.exit(0); // Lucene's merge threads are done (the index is closed); do not wait for anything else
  }

  static ChildResults.Ingest ingest(Chain chain, Path input, Path indexDir, int threads, int commitEvery,
      boolean entities, PrintStream out) throws IOException {
    if (chain == Chain.CEILING) {
      return ingestCeiling(input, indexDir, threads, out);
    }
    Ingester.Options defaults = Ingester.Options.defaults();
    Ingester.Options options = new Ingester.Options(commitEvery, threads, defaults.batchSize());
    InputWalker walker = new InputWalker(List.of(input.toString()), TextDecoder.DEFAULT_MAX_BYTES,
        InputStream.nullInputStream());
    String inputsKey = input.toAbsolutePath().normalize().toString();
    String loadBefore = loadAverage();
    Ingester.Summary s;
    long peakPools;
    long peakSampled;
    long cpuStart = processCpuNanos();
    long cpuEnd;
    String gc;
    long gcPause;
    try (HeapWatch heap = new HeapWatch()) {
      cpuStart = processCpuNanos();
      long[] last = {System.nanoTime(), 0};
      try (LuceneArticleIndex index = chain.open(indexDir)) {
        ArticleEntities step = entities ? ArticleEntities.shipped() : ArticleEntities.off("--entities false");
        if (entities && !step.enabled()) {
          throw new IllegalStateException(step.unavailable().orElse("no entity step"));
        }
        step = step.withCorpus(CorpusEntities.open(indexDir)); // as rasid ingest: the index's entity registry
        s = new Ingester(index, options, PageExtractor.html(), step).run(walker, inputsKey,
            (done, ingested, present, failed) -> {
              long now = System.nanoTime();
              if (now - last[0] >= PROGRESS_EVERY_NANOS) {
                out.printf(Locale.ROOT, "%singest %s: %,d documents, %,.0f/s lately, heap %d MB%n", PROGRESS,
                    chain.key, done, (done - last[1]) / ((now - last[0]) / 1e9),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
                last[0] = now;
                last[1] = done;
              }
            });
        step.saveCorpus();
        cpuEnd = processCpuNanos();
        peakPools = heap.poolPeaks();
        peakSampled = heap.sampledPeak();
        gc = heap.gcSinceStart();
        gcPause = heap.gcPauseMillisSinceStart();
      }
    }
    double seconds = Math.max(s.millis(), 1) / 1000.0;
    List<String> failures = s.failures().stream().limit(5).map(f -> f.document() + ": " + f.reason()).toList();
    return new ChildResults.Ingest(chain.key, input.toString(), s.documents(), s.ingested(), s.alreadyPresent(),
        s.failed(), seconds, s.documents() / seconds, peakPools, peakSampled, Runtime.getRuntime().maxMemory(),
        folderBytes(indexDir), segments(indexDir), Runtime.getRuntime().availableProcessors(), threads, (cpuEnd - cpuStart) / 1e9,
        gcPause, gc, loadBefore, loadAverage(), failures);
  }

  /** JSONL lines handed to a ceiling worker at a time. */
  static final int CEILING_BATCH_LINES = 64;
  static final String CEILING_BODY = "body";
  static final String CEILING_BODY_EXACT = "body_exact";
  static final String CEILING_TEXT = "text";
  /** As rasid's stemmed fields: documents and frequencies, norms. */
  private static final FieldType CEILING_BODY_TYPE = textType(IndexOptions.DOCS_AND_FREQS, false);
  /** As rasid's exact fields: positions, no norms. */
  private static final FieldType CEILING_EXACT_TYPE = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, true);

  /** Lines of the input, numbered from 1; an empty batch ends a worker. */
  private record Lines(long first, List<String> lines) {}

  /**
   * The Lucene ceiling: what bare Lucene does with the same text, analysis chains and writer settings, and nothing
   * else of rasid's ingest (no {@code InputWalker}, no structuring into blocks, no record JSON, no id field or id
   * lookup, no source, author, date or facet fields, no checkpoints).
   *
   * <p>The main thread reads the JSONL lines in batches of {@value #CEILING_BATCH_LINES} into a bounded queue;
   * {@code threads} workers take batches, parse each line with Jackson and add a document to one {@link
   * IndexWriter} over an {@link MMapDirectory} (64 MB RAM buffer, no compound files, {@link TieredMergePolicy}
   * with no-CFS ratio 0, as {@link LuceneArticleIndex}): {@code body} with {@link RasidAnalyzers#stemmed()}
   * (documents and frequencies, norms), {@code body_exact} with {@link RasidAnalyzers#exact()} (positions, no
   * norms), and the text stored. A line without text (or that does not parse) fails, as rasid fails an empty
   * article. One commit at the end; the time runs from opening the writer to after that commit. Closing discards
   * the merges still running, as closing a {@link LuceneArticleIndex} does.
   */
  static ChildResults.Ingest ingestCeiling(Path input, Path indexDir, int threads, PrintStream out)
      throws IOException {
    String loadBefore = loadAverage();
    AtomicLong indexed = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Throwable> fatal = new AtomicReference<>();
    long documents = 0;
    long nanos;
    long peakPools;
    long peakSampled;
    long cpuStart;
    long cpuEnd;
    String gc;
    long gcPause;
    Files.createDirectories(indexDir);
    try (Analyzer stemmed = RasidAnalyzers.stemmed();
        Analyzer exact = RasidAnalyzers.exact();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(stemmed, Map.of(CEILING_BODY_EXACT, exact));
        MMapDirectory directory = new MMapDirectory(indexDir);
        HeapWatch heap = new HeapWatch()) {
      cpuStart = processCpuNanos();
      long t0 = System.nanoTime();
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setNoCFSRatio(0.0);
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(64)
          .setUseCompoundFile(false)
          .setMergePolicy(merges)
          .setCommitOnClose(false);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        BlockingQueue<Lines> queue = new ArrayBlockingQueue<>(4 * threads);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Thread t = new Thread(() -> ceilingWorker(writer, queue, indexed, failed, failures, fatal),
              "ceiling-ingest-" + i);
          t.setDaemon(true);
          t.start();
          workers.add(t);
        }
        long[] last = {System.nanoTime(), 0};
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
          List<String> batch = new ArrayList<>(CEILING_BATCH_LINES);
          long lineNo = 0;
          long first = 1;
          for (String line; fatal.get() == null && (line = r.readLine()) != null; ) {
            lineNo++;
            if (batch.isEmpty()) {
              first = lineNo;
            }
            batch.add(line); // blank ones too, so a batch's lines are numbered on from its first
            if (!line.isBlank()) {
              documents++;
            }
            if (batch.size() == CEILING_BATCH_LINES) {
              put(queue, new Lines(first, batch));
              batch = new ArrayList<>(CEILING_BATCH_LINES);
              long now = System.nanoTime();
              if (now - last[0] >= PROGRESS_EVERY_NANOS) {
                long done = indexed.get() + failed.get();
                out.printf(Locale.ROOT, "%singest %s: %,d documents, %,.0f/s lately, heap %d MB%n", PROGRESS,
                    Chain.CEILING.key, done, (done - last[1]) / ((now - last[0]) / 1e9),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
                last[0] = now;
                last[1] = done;
              }
            }
          }
          if (!batch.isEmpty()) {
            put(queue, new Lines(first, batch));
          }
        } finally {
          for (int i = 0; i < threads; i++) {
            put(queue, new Lines(0, List.of()));
          }
          for (Thread t : workers) {
            join(t);
          }
        }
        if (fatal.get() != null) {
          throw new IOException("ceiling ingest failed: " + fatal.get(), fatal.get());
        }
        writer.commit();
        nanos = System.nanoTime() - t0;
        cpuEnd = processCpuNanos();
        peakPools = heap.poolPeaks();
        peakSampled = heap.sampledPeak();
        gc = heap.gcSinceStart();
        gcPause = heap.gcPauseMillisSinceStart();
      }
    }
    double seconds = Math.max(nanos / 1e9, 1e-3);
    List<String> firstFailures;
    synchronized (failures) {
      firstFailures = List.copyOf(failures.subList(0, Math.min(5, failures.size())));
    }
    return new ChildResults.Ingest(Chain.CEILING.key, input.toString(), documents, indexed.get(), 0, failed.get(),
        seconds, documents / seconds, peakPools, peakSampled, Runtime.getRuntime().maxMemory(),
        folderBytes(indexDir), segments(indexDir), Runtime.getRuntime().availableProcessors(), threads,
        (cpuEnd - cpuStart) / 1e9, gcPause, gc, loadBefore, loadAverage(), firstFailures);
  }

  /** Takes batches until an empty one; after a fatal error only drains the queue, so the reader never blocks. */
  private static void ceilingWorker(IndexWriter writer, BlockingQueue<Lines> queue, AtomicLong indexed,
      AtomicLong failed, List<String> failures, AtomicReference<Throwable> fatal) {
    while (true) {
      Lines batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        fatal.compareAndSet(null, e);
        return;
      }
      if (batch.lines().isEmpty()) {
        return;
      }
      if (fatal.get() != null) {
        continue;
      }
      long lineNo = batch.first();
      for (String line : batch.lines()) {
        if (line.isBlank()) { // not a document (as for InputWalker)
          lineNo++;
          continue;
        }
        String text;
        try {
          JsonNode node = MAPPER.readTree(line);
          JsonNode t = node == null ? null : node.get(CEILING_TEXT);
          text = t == null || !t.isTextual() ? null : t.textValue();
        } catch (IOException | RuntimeException e) {
          String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
          fail(failed, failures, lineNo, "not JSON: " + why);
          lineNo++;
          continue;
        }
        if (text == null || text.isBlank()) {
          fail(failed, failures, lineNo, "no text");
          lineNo++;
          continue;
        }
        Document doc = new Document();
        doc.add(new Field(CEILING_BODY, text, CEILING_BODY_TYPE));
        doc.add(new Field(CEILING_BODY_EXACT, text, CEILING_EXACT_TYPE));
        doc.add(new StoredField(CEILING_TEXT, text));
        try {
          writer.addDocument(doc);
        } catch (IOException | RuntimeException | Error e) {
          fatal.compareAndSet(null, e); // the writer failed (or is out of heap): stop
          break;
        }
        indexed.incrementAndGet();
        lineNo++;
      }
    }
  }

  private static void fail(AtomicLong failed, List<String> failures, long lineNo, String reason) {
    failed.incrementAndGet();
    if (failures.size() < 20) {
      failures.add("line " + lineNo + ": " + reason);
    }
  }

  private static void put(BlockingQueue<Lines> queue, Lines lines) throws IOException {
    try {
      queue.put(lines);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ceiling ingest interrupted", e);
    }
  }

  private static void join(Thread t) throws IOException {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ceiling ingest interrupted", e);
    }
  }

  private static FieldType textType(IndexOptions options, boolean omitNorms) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  static ChildResults.Queries query(Chain chain, Path indexDir, int n, int warmupRounds, int rounds, String tsv,
      PrintStream out) throws IOException {
    List<String> queries = QuerySet.spread(QuerySet.load(), n);
    String loadBefore = loadAverage();
    try (LuceneArticleIndex index = chain.open(indexDir)) {
      long articles = index.stats().articles();
      // Opening the index opens a near-real-time reader, and that starts the merges the ingest's close (a rollback)
      // aborted. Their result is never searched (no commit follows), but they take the CPU: queries are timed after.
      double mergeWait = waitForMerges(out, chain);
      List<String> errors = new ArrayList<>();
      for (int r = 0; r < warmupRounds; r++) {
        for (String q : queries) {
          run(index, q, errors);
        }
      }
      out.printf(Locale.ROOT, "%squery %s: warmed up (%d × %d queries), timing %d × ...%n", PROGRESS, chain.key,
          warmupRounds, queries.size(), rounds);
      long[][] nanos = new long[queries.size()][rounds];
      long[] totals = new long[queries.size()];
      errors.clear();
      long peakSampled;
      String gc;
      long timedFrom;
      long timedTo;
      try (HeapWatch heap = new HeapWatch()) {
        timedFrom = System.currentTimeMillis();
        for (int r = 0; r < rounds; r++) {
          for (int i = 0; i < queries.size(); i++) {
            long t0 = System.nanoTime();
            SearchResponse resp = run(index, queries.get(i), errors);
            nanos[i][r] = System.nanoTime() - t0;
            totals[i] = resp == null ? -1 : resp.total();
          }
        }
        timedTo = System.currentTimeMillis();
        peakSampled = heap.sampledPeak();
        gc = heap.gcSinceStart();
      }
      List<Long> all = new ArrayList<>();
      List<Long> twoTerm = new ArrayList<>();
      Map<String, List<Long>> byKind = new LinkedHashMap<>();
      List<ChildResults.Slow> slow = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        String q = queries.get(i);
        String kind = QuerySet.kind(q);
        for (long t : nanos[i]) {
          all.add(t);
          byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(t);
          if (QuerySet.isTwoTerm(q)) {
            twoTerm.add(t);
          }
        }
        long[] own = nanos[i].clone();
        Arrays.sort(own);
        slow.add(new ChildResults.Slow(q, kind, own[own.length / 2] / 1e6, totals[i]));
      }
      if (tsv != null) {
        writeTsv(Path.of(tsv), slow);
      }
      Map<String, Latencies> kinds = new LinkedHashMap<>();
      byKind.forEach((k, v) -> kinds.put(k, Latencies.of(toArray(v))));
      long[] sortedTotals = Arrays.stream(totals).sorted().toArray();
      int zero = (int) Arrays.stream(totals).filter(t -> t == 0).count();
      slow.sort(Comparator.comparingDouble(ChildResults.Slow::millis).reversed());
      return new ChildResults.Queries(chain.key, articles, segments(indexDir), mergeWait, queries.size(), warmupRounds, rounds,
          Latencies.of(toArray(twoTerm)), Latencies.of(toArray(all)), kinds, zero,
          sortedTotals[sortedTotals.length / 2], List.copyOf(slow.subList(0, Math.min(8, slow.size()))),
          List.copyOf(errors), peakSampled, Runtime.getRuntime().maxMemory(), gc, loadBefore, loadAverage(), timedFrom,
          timedTo);
    }
  }

  /** Waits (at most an hour) until no Lucene merge thread runs; returns the seconds waited. */
  static double waitForMerges(PrintStream out, Chain chain) {
    long t0 = System.nanoTime();
    long lastPrint = t0;
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("Lucene Merge Thread"))) {
      long now = System.nanoTime();
      if (now - t0 > 3_600_000_000_000L) {
        break;
      }
      if (now - lastPrint >= PROGRESS_EVERY_NANOS) {
        out.printf(Locale.ROOT, "%squery %s: waiting for the merges started on open (%.0f s)%n", PROGRESS, chain.key,
            (now - t0) / 1e9);
        lastPrint = now;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Segments of the last commit in {@code dir}, read without a writer; -1 when it cannot be read. */
  static int segments(Path dir) {
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).size();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static SearchResponse run(LuceneArticleIndex index, String q, List<String> errors) throws IOException {
    try {
      return index.search(new SearchRequest(q, 0, 10, SearchRequest.Sort.RELEVANCE));
    } catch (RuntimeException e) { // QuerySyntaxException: the list has a bad query
      if (errors.size() < 20) {
        errors.add(q + ": " + e.getMessage());
      }
      return null;
    }
  }

  private static void writeTsv(Path file, List<ChildResults.Slow> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("query\tkind\tmedian_ms\tmatches\n");
      for (ChildResults.Slow s : rows) {
        w.write(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%d%n", s.query(), s.kind(), s.millis(), s.total()));
      }
    }
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }

  /** Bytes of the regular files under {@code dir}. */
  static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      }
      return total;
    }
  }

  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** The first three fields of /proc/loadavg (1, 5 and 15 minutes), or "?" off Linux. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
