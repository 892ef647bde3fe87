package org.rasid.index.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.TextDecoder;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.structure.Structurer;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;

/**
 * Ingest: documents in, structured records into an {@link ArticleIndex}, with a checkpoint at every commit.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Idempotent: an article whose id is already in the index is counted as "already present" and not written
 *       again; two copies in one run are stored once.
 *   <li>Crash-safe: the index only ever holds what a completed commit held (see {@link ArticleIndex}); each commit
 *       records how many input documents, in the walker's deterministic order, are fully handled. A rerun with the
 *       same arguments after an interrupted run skips those without reading them and carries on.
 *   <li>A bad document (unreadable, empty, binary, invalid JSON, a structurer failure, a damaged archive) is a
 *       {@link Failure} with the document's name and the reason; the run goes on. Only an index I/O error stops it.
 *   <li>Archive records left out on purpose ({@link RawDocument.Skipped}: requests, metadata, non-HTML responses,
 *       non-200 statuses) are not documents: they take no checkpoint position and are counted by reason in {@link
 *       Summary#skipped()}. Pages go through the {@link PageExtractor}.
 *   <li>Entities: with an enabled {@link ArticleEntities} step, every article is tagged and linked after it is
 *       structured (or extracted from its page); a record read from JSON lines that already has entities keeps them.
 *       When the step fails on one article, the failure is reported in {@link Summary#entityFailures()} and the
 *       article is indexed without entities.
 *   <li>Bounded memory: documents are read in batches of at most {@link Options#batchSize()} documents and
 *       {@link #MAX_BATCH_BYTES} bytes; failures beyond {@link #MAX_FAILURES_KEPT} are counted, not kept.
 * </ul>
 */
public final class Ingester {

  /** Checkpoint keys written with every commit. */
  static final String KEY_INPUTS = "rasid.ingest.inputs";
  static final String KEY_POSITION = "rasid.ingest.position";
  static final String KEY_COMPLETE = "rasid.ingest.complete";

  public static final long MAX_BATCH_BYTES = 64L * 1024 * 1024;
  public static final int MAX_FAILURES_KEPT = 1_000;

  /**
   * How to ingest.
   *
   * @param commitEvery commit after at least this many documents (and at the end)
   * @param threads worker threads that decode, structure and index
   * @param batchSize documents handed to the workers at a time
   */
  public record Options(int commitEvery, int threads, int batchSize) {
    public Options {
      if (commitEvery < 1 || threads < 1 || batchSize < 1) {
        throw new IllegalArgumentException("commitEvery, threads and batchSize must be positive");
      }
    }

    public static Options defaults() {
      return new Options(5_000, Math.max(1, Runtime.getRuntime().availableProcessors()), 512);
    }
  }

  /** A document that could not be ingested. */
  public record Failure(String document, String reason) {}

  /**
   * What a run did.
   *
   * @param documents input documents seen (including resumed ones)
   * @param ingested new articles written
   * @param alreadyPresent articles whose id was already in the index (or earlier in this run)
   * @param resumed documents skipped without reading because the checkpoint of an interrupted run covered them
   * @param failed documents that failed
   * @param failures the first {@link #MAX_FAILURES_KEPT} failures
   * @param millis wall time
   * @param skipped archive records left out on purpose in this run (after the resume point), by reason, sorted
   * @param entityFailed articles whose entity step failed (indexed without entities)
   * @param entityFailures the first {@link #MAX_FAILURES_KEPT} of them
   */
  public record Summary(long documents, long ingested, long alreadyPresent, long resumed, long failed,
      List<Failure> failures, long millis, Map<String, Long> skipped, long entityFailed,
      List<Failure> entityFailures) {
    public Summary {
      failures = List.copyOf(failures);
      entityFailures = List.copyOf(entityFailures);
      skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
    }

    /** All skipped records. */
    public long skippedTotal() {
      return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Told after every batch; called on the ingesting thread. */
  @FunctionalInterface
  public interface Progress {
    void update(long documentsDone, long ingested, long alreadyPresent, long failed);
  }

  private final ArticleIndex index;
  private final Options options;
  private final Structurer structurer = new Structurer();
  private final PageExtractor pages;
  private final ArticleEntities entities;

  /** An ingester that reads web pages with {@link PageExtractor#html()} and finds no entities. */
  public Ingester(ArticleIndex index, Options options) {
    this(index, options, PageExtractor.html());
  }

  /** An ingester that reads web pages with {@code pages} and finds no entities. */
  public Ingester(ArticleIndex index, Options options, PageExtractor pages) {
    this(index, options, pages, ArticleEntities.off("no entity step"));
  }

  /**
   * An ingester that reads web pages with {@code pages} and fills every article's entities with {@code entities}
   * ({@link ArticleEntities#shipped()} for the shipped model; an {@link ArticleEntities#off off} step for none).
   */
  public Ingester(ArticleIndex index, Options options, PageExtractor pages, ArticleEntities entities) {
    this.index = index;
    this.options = options;
    this.pages = java.util.Objects.requireNonNull(pages, "pages");
    this.entities = java.util.Objects.requireNonNull(entities, "entities");
  }

  /**
   * Ingests every document of the walker.
   *
   * @param inputsKey identifies the input set (e.g. the absolute argument paths) for resuming
   */
  public Summary run(InputWalker walker, String inputsKey, Progress progress) throws IOException {
    long start = System.nanoTime();
    String inputsHash = hash(inputsKey);
    Map<String, String> last = index.checkpoint();
    long resumeFrom = inputsHash.equals(last.get(KEY_INPUTS)) && !"true".equals(last.get(KEY_COMPLETE))
        ? Long.parseLong(last.getOrDefault(KEY_POSITION, "0")) : 0;

    Counters c = new Counters();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
      Thread t = new Thread(r, "rasid-ingest");
      t.setDaemon(true);
      return t;
    });
    try {
      Iterator<RawDocument> docs = walker.iterator();
      long position = 0;
      long sinceCommit = 0;
      while (position < resumeFrom && docs.hasNext()) {
        if (!(docs.next() instanceof RawDocument.Skipped)) {
          position++;
          c.resumed++;
        }
      }
      progress.update(position, c.ingested, c.alreadyPresent, c.failed);
      List<RawDocument> batch = nextBatch(docs, c);
      while (!batch.isEmpty()) {
        List<Future<Outcome>> running = submit(batch, pool);
        List<RawDocument> next = nextBatch(docs, c); // read on while the workers structure and index
        await(running, c);
        position += batch.size();
        sinceCommit += batch.size();
        if (sinceCommit >= options.commitEvery()) {
          index.commit(checkpoint(inputsHash, position, false));
          sinceCommit = 0;
        }
        progress.update(position, c.ingested, c.alreadyPresent, c.failed);
        batch = next;
      }
      index.commit(checkpoint(inputsHash, position, true));
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Summary(position, c.ingested, c.alreadyPresent, c.resumed, c.failed, c.failures, millis,
          c.skipped, c.entityFailed, c.entityFailures);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Up to {@code batchSize} documents and about {@link #MAX_BATCH_BYTES}; empty at the end of the input. Skipped
   * archive records are counted here, on the ingesting thread, and left out.
   */
  private List<RawDocument> nextBatch(Iterator<RawDocument> docs, Counters c) {
    List<RawDocument> batch = new ArrayList<>(options.batchSize());
    long bytes = 0;
    while (docs.hasNext() && batch.size() < options.batchSize() && bytes < MAX_BATCH_BYTES) {
      RawDocument d = docs.next();
      switch (d) {
        case RawDocument.Skipped s -> c.skipped.merge(s.reason(), 1L, Long::sum);
        case RawDocument.Bytes b -> bytes += b.bytes().length;
        case RawDocument.Page p -> bytes += p.bytes().length;
        default -> bytes += 1024;
      }
      if (!(d instanceof RawDocument.Skipped)) {
        batch.add(d);
      }
    }
    return batch;
  }

  private List<Future<Outcome>> submit(List<RawDocument> batch, ExecutorService pool) {
    List<Future<Outcome>> futures = new ArrayList<>(batch.size());
    for (RawDocument d : batch) {
      futures.add(pool.submit(() -> handle(d)));
    }
    return futures;
  }

  private static void await(List<Future<Outcome>> futures, Counters c) throws IOException {
    for (Future<Outcome> f : futures) {
      Outcome o;
      try {
        o = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("ingest interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause(); // the index failed: stop
        }
        throw new IOException("ingest worker failed: " + e.getCause(), e.getCause());
      }
      c.count(o);
    }
  }

  private sealed interface Outcome {}

  /** @param entityFailure the entity step's failure on the article, or null */
  private record Ingested(Failure entityFailure) implements Outcome {}

  private record AlreadyPresent(Failure entityFailure) implements Outcome {}

  private record Failed(Failure failure) implements Outcome {}

  private Outcome handle(RawDocument d) {
    Article article;
    try {
      article = toArticle(d);
    } catch (InputRejectedException e) {
      return new Failed(new Failure(d.name(), e.getMessage()));
    } catch (BadDocumentException e) {
      return new Failed(new Failure(d.name(), e.getMessage()));
    } catch (RuntimeException e) {
      return new Failed(new Failure(d.name(), "could not be structured: " + e));
    }
    Failure entityFailure = null;
    if (entities.enabled() && !(d instanceof RawDocument.Record && !article.entities().isEmpty())) {
      if (contains(article.id())) {
        return new AlreadyPresent(null); // tagging is the dearest step: never for an article already in
      }
      try {
        article = entities.run(article).article();
      } catch (RuntimeException | StackOverflowError e) {
        entityFailure = new Failure(d.name(), "entities not found, article indexed without them: " + e);
      }
    }
    try {
      return index.addIfAbsent(article) ? new Ingested(entityFailure) : new AlreadyPresent(entityFailure);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean contains(String id) {
    try {
      return index.contains(id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Article toArticle(RawDocument d) {
    return switch (d) {
      case RawDocument.Bytes b -> structurer.structure(TextDecoder.decode(b.bytes(), b.name()).text()).article();
      case RawDocument.Text t -> {
        if (t.text().isBlank()) {
          throw new BadDocumentException("empty text");
        }
        yield structurer.structure(t.text(), t.url()).article();
      }
      case RawDocument.Record r -> {
        try {
          Article a = Json.readArticle(r.json());
          if (a.schemaVersion() != Article.SCHEMA_VERSION) {
            throw new BadDocumentException("record schemaVersion " + a.schemaVersion() + ", this rasid reads "
                + Article.SCHEMA_VERSION);
          }
          yield a;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
          throw new BadDocumentException("not a valid rasid record (" + e.getMessage() + ")");
        }
      }
      case RawDocument.Page p -> pages.read(p);
      case RawDocument.Unreadable u -> throw new BadDocumentException(u.reason());
      case RawDocument.Skipped s -> throw new IllegalStateException("a skipped record is not a document: " + s);
    };
  }

  private static Map<String, String> checkpoint(String inputsHash, long position, boolean complete) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(KEY_INPUTS, inputsHash);
    m.put(KEY_POSITION, Long.toString(position));
    m.put(KEY_COMPLETE, Boolean.toString(complete));
    return m;
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A document that is not usable; its message is the reason shown to the user. */
  private static final class BadDocumentException extends RuntimeException {
    BadDocumentException(String message) {
      super(message, null, false, false);
    }
  }

  /** Tallies, updated on the ingesting thread only. */
  private static final class Counters {
    long ingested;
    long alreadyPresent;
    long resumed;
    long failed;
    final List<Failure> failures = new ArrayList<>();
    final Map<String, Long> skipped = new java.util.HashMap<>();

    long entityFailed;
    final List<Failure> entityFailures = new ArrayList<>();

    void count(Outcome o) {
      switch (o) {
        case Ingested i -> {
          ingested++;
          countEntityFailure(i.entityFailure());
        }
        case AlreadyPresent p -> {
          alreadyPresent++;
          countEntityFailure(p.entityFailure());
        }
        case Failed f -> {
          failed++;
          if (failures.size() < MAX_FAILURES_KEPT) {
            failures.add(f.failure());
          }
        }
      }
    }

    private void countEntityFailure(Failure f) {
      if (f != null) {
        entityFailed++;
        if (entityFailures.size() < MAX_FAILURES_KEPT) {
          entityFailures.add(f);
        }
      }
    }
  }
}
