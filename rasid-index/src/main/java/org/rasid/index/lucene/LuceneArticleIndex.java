package org.rasid.index.lucene;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.io.Limits;
import org.rasid.index.ArticleIndex;
import org.rasid.index.EntityNetwork;
import org.rasid.index.EntityProfile;
import org.rasid.index.NetworkRequest;
import org.rasid.index.FacetCount;
import org.rasid.index.Hit;
import org.rasid.index.IndexStats;
import org.rasid.index.SearchRequest;
import org.rasid.index.SearchResponse;
import org.rasid.index.query.QueryNode;
import org.rasid.index.query.RasidQueryParser;

/**
 * {@link ArticleIndex} on a Lucene index in one folder (schema: {@link ArticleDocuments}).
 *
 * <p>One {@link IndexWriter} holds the folder's lock for the life of this object. Searches go through a
 * near-real-time {@link SearcherManager} that is refreshed only right after a commit, while upserts wait: so a
 * search sees exactly the last commit, as the contract asks. Closing discards everything not committed
 * ({@link IndexWriter#rollback()}), as a crash would.
 *
 * <p>Whether an id is new ({@link #upsert}, {@link #contains}) is answered from the committed searcher plus the
 * ids upserted since the last commit. Those are kept in a set of at most {@code maxPendingIds}; when it fills, a
 * private near-real-time reader over the writer takes its place until the next commit, so the heap never holds a
 * number of ids that grows with the corpus.
 *
 * <p>Thread-safe: any number of searches run concurrently with upserts and commits.
 */
public final class LuceneArticleIndex implements ArticleIndex {
  /** Ids kept on the heap between commits before the private reader takes over. */
  /**
   * Indexing buffer shared by the writer's threads: larger than Lucene's 16 MB default so fewer, larger segments are
   * flushed and merged during a long ingest, and well inside the 512 MB heap an ingest of any size runs in.
   */
  static final double RAM_BUFFER_MB = 64;

  public static final int MAX_PENDING_IDS = 100_000;
  /** Sources listed in a search's "source" facet. */
  public static final int TOP_SOURCES = 20;
  /** Names returned per entity facet ({@code person}, {@code place}, {@code org}) of a search. */
  public static final int TOP_ENTITIES = 20;
  /** Top hits by relevance get the headline and exact-form boosts in windows of this many ({@link LuceneQueries#boosts}). */
  static final int RESCORE_WINDOW = 100;
  /** Most terms of the article that a more-like-this query uses. */
  static final int MLT_MAX_TERMS = 25;

  private static final int ID_STRIPES = 64;
  private static final Set<String> RECORD_ONLY = Set.of(ArticleDocuments.RECORD);

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /**
   * Searches slices of segments, counting their facets, on every core. Null on a single core. Daemon threads, shut
   * down by {@link #close}.
   */
  private final java.util.concurrent.ExecutorService searchThreads = searchThreads();
  private final LuceneQueries queries;
  private final int maxPendingIds;

  /** Upserts hold the read lock; commit, spilling pending ids and close hold the write lock. */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** Serializes "is it new?" and the update of one id, so that concurrent upserts of it agree. */
  private final Object[] idStripes = new Object[ID_STRIPES];
  private final Set<String> pendingIds = ConcurrentHashMap.newKeySet();
  /** Sees everything upserted up to the last spill; null when nothing was spilled since the last commit. */
  private DirectoryReader pendingReader;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LuceneArticleIndex(Path path, Directory directory, Analyzer analyzer, IndexWriter writer,
      int maxPendingIds) throws IOException {
    this.path = path;
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.queries = new LuceneQueries(analyzer);
    this.maxPendingIds = maxPendingIds;
    for (int i = 0; i < ID_STRIPES; i++) {
      idStripes[i] = new Object();
    }
    this.searchers = new SearcherManager(writer, true, false, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        return new IndexSearcher(reader, searchThreads);
      }
    });
  }

  /**
   * Opens the index in a folder, creating the folder and an empty index when missing.
   *
   * @throws IOException "index at X is in use by another rasid process" when another writer holds the folder
   */
  public static LuceneArticleIndex open(Path dir) throws IOException {
    return open(dir, MAX_PENDING_IDS);
  }

  /**
   * {@link #open(Path)} with other analysis chains than {@link org.rasid.index.analysis.RasidAnalyzers}: {@code
   * stemmed} for the word fields (title, body), {@code exact} for phrases and the exact-form boost (title_exact,
   * body_exact). Both index and query text. For comparisons (benchmarks, evaluations), not for an index that rasid
   * opens later with {@link #open(Path)}: an index must be searched with the chains it was written with. The
   * analyzers stay the caller's: close them after the index.
   */
  public static LuceneArticleIndex open(Path dir, Analyzer stemmed, Analyzer exact) throws IOException {
    Objects.requireNonNull(stemmed, "stemmed");
    Objects.requireNonNull(exact, "exact");
    return open(dir, MAX_PENDING_IDS, ArticleDocuments.analyzer(stemmed, exact));
  }

  static LuceneArticleIndex open(Path dir, int maxPendingIds) throws IOException {
    return open(dir, maxPendingIds, ArticleDocuments.analyzer());
  }

  private static LuceneArticleIndex open(Path dir, int maxPendingIds, Analyzer analyzer) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (maxPendingIds < 1) {
      throw new IllegalArgumentException("maxPendingIds must be positive, was " + maxPendingIds);
    }
    Path path = dir.toAbsolutePath().normalize();
    Files.createDirectories(path);
    Directory directory = new MMapDirectory(path);
    IndexWriter writer = null;
    try {
      checkSchema(path, directory);
      TieredMergePolicy merges = new TieredMergePolicy();
      merges.setNoCFSRatio(0.0);
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(RAM_BUFFER_MB)
          .setUseCompoundFile(false)
          .setMergePolicy(merges)
          .setCommitOnClose(false);
      writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        // a first, empty commit: readers and checkpoint() need one
        writer.setLiveCommitData(Map.of(ArticleDocuments.SCHEMA_KEY, ArticleDocuments.SCHEMA).entrySet());
        writer.commit();
      }
      return new LuceneArticleIndex(path, directory, analyzer, writer, maxPendingIds);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory, analyzer);
      throw new IOException("index at " + path + " is in use by another rasid process", e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer == null ? null : (Closeable) writer::rollback, directory, analyzer);
      throw e;
    }
  }

  /**
   * Refuses an index written with another layout ({@link ArticleDocuments#SCHEMA}): its fields would be searched
   * the wrong way. An empty index of any layout is fine: it is rewritten with this one.
   */
  private static void checkSchema(Path path, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    SegmentInfos last = SegmentInfos.readLatestCommit(directory);
    String schema = last.getUserData().getOrDefault(ArticleDocuments.SCHEMA_KEY, "1");
    if (!schema.equals(ArticleDocuments.SCHEMA) && last.totalMaxDoc() > 0) {
      throw new IOException("index at " + path + " has layout " + schema + ", this rasid writes and reads layout "
          + ArticleDocuments.SCHEMA + ": ingest the articles again into a new folder (--index)");
    }
  }

  /** The index folder. */
  public Path path() {
    return path;
  }

  @Override
  public boolean upsert(Article article) throws IOException {
    Document doc = ArticleDocuments.toDocument(Objects.requireNonNull(article, "article"));
    return underIdLock(article.id(), known -> {
      writer.updateDocument(new Term(ArticleDocuments.ID, article.id()), doc);
      return !known;
    });
  }

  /** One id lookup, under the lock of the id's stripe: the document is built only when the id is new. */
  @Override
  public boolean addIfAbsent(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    return underIdLock(article.id(), known -> {
      if (known) {
        return false;
      }
      writer.addDocument(ArticleDocuments.toDocument(article));
      return true;
    });
  }

  /** A write of one id: what it does given whether the id is known; the id is then pending. */
  @FunctionalInterface
  private interface IdWrite {
    boolean apply(boolean known) throws IOException;
  }

  /**
   * Runs a write of one id under the read lock (commits wait) and the id's stripe lock (concurrent writes of the
   * id agree on whether it is new), after spilling the pending ids when they are too many.
   */
  private boolean underIdLock(String id, IdWrite write) throws IOException {
    if (pendingIds.size() >= maxPendingIds) {
      spillPendingIds();
    }
    lock.readLock().lock();
    try {
      ensureOpen();
      synchronized (idStripes[Math.floorMod(id.hashCode(), ID_STRIPES)]) {
        boolean result = write.apply(known(id));
        pendingIds.add(id);
        return result;
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public boolean contains(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    lock.readLock().lock();
    try {
      ensureOpen();
      return known(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public void commit(Map<String, String> checkpoint) throws IOException {
    Map<String, String> data = new java.util.HashMap<>(Objects.requireNonNull(checkpoint, "checkpoint"));
    data.put(ArticleDocuments.SCHEMA_KEY, ArticleDocuments.SCHEMA);
    lock.writeLock().lock();
    try {
      ensureOpen();
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
      pendingIds.clear();
      IOUtils.close(pendingReader);
      pendingReader = null;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public Map<String, String> checkpoint() throws IOException {
    ensureOpen();
    Map<String, String> data = new java.util.HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
    data.remove(ArticleDocuments.SCHEMA_KEY);
    return Map.copyOf(data);
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    IndexSearcher searcher = acquire();
    try {
      int doc = docOf(searcher, id);
      return doc < 0 ? Optional.empty() : Optional.of(article(searcher.storedFields(), doc));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    long start = System.nanoTime();
    QueryNode parsed = RasidQueryParser.parse(request.query());
    Query query = queries.toLucene(parsed);
    boolean byRelevance = request.sort() == SearchRequest.Sort.RELEVANCE && QueryNode.scores(parsed);
    int wanted = request.offset() + request.limit();
    // Relevance ranks a window of whole RESCORE_WINDOWs, so that every page of it sees the same rescored order.
    int window = byRelevance ? Math.ceilDiv(wanted, RESCORE_WINDOW) * RESCORE_WINDOW : wanted;
    CollectorManager<?, ? extends TopDocs> top = byRelevance
        ? new TopScoreDocCollectorManager(window, Integer.MAX_VALUE)
        : new TopFieldCollectorManager(dateSort(request.sort() == SearchRequest.Sort.OLDEST), wanted, null,
            Integer.MAX_VALUE);
    IndexSearcher searcher = acquire();
    try {
      Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounts(entityOrdinals(searcher))));
      TopDocs topDocs = (TopDocs) results[0];
      FacetCounts.Result counts = (FacetCounts.Result) results[1];
      Query boost = byRelevance ? queries.boosts(parsed) : null;
      if (boost != null && topDocs.scoreDocs.length > 1) {
        topDocs = QueryRescorer.rescore(searcher, topDocs, boost, 1.0, window);
      }
      int end = Math.min(topDocs.scoreDocs.length, wanted);
      ScoreDoc[] page = end <= request.offset() ? new ScoreDoc[0]
          : Arrays.copyOfRange(topDocs.scoreDocs, request.offset(), end);
      List<Hit> hits = hits(searcher, page, byRelevance ? query : null, byRelevance);
      Map<String, List<FacetCount>> facets = Map.of(
          ArticleDocuments.SOURCE_FACET, counts.topSources(TOP_SOURCES),
          ArticleDocuments.MONTH_FACET, counts.monthsInOrder(),
          ArticleDocuments.PERSON_FACET, counts.topEntities(ArticleDocuments.PERSON),
          ArticleDocuments.PLACE_FACET, counts.topEntities(ArticleDocuments.PLACE),
          ArticleDocuments.ORG_FACET, counts.topEntities(ArticleDocuments.ORG));
      return new SearchResponse(counts.matches(), hits, facets, (System.nanoTime() - start) / 1e6,
          counts.entitiesEstimated());
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<Hit> moreLikeThis(String id, int limit) throws IOException {
    Objects.requireNonNull(id, "id");
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + SearchRequest.MAX_LIMIT + ", was " + limit);
    }
    IndexSearcher searcher = acquire();
    try {
      int doc = docOf(searcher, id);
      if (doc < 0) {
        return List.of();
      }
      Article article = article(searcher.storedFields(), doc);
      String text = String.join("\n", article.title() == null ? "" : article.title(), ArticleDocuments.body(article));
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {ArticleDocuments.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2); // the article itself is one: the term must occur in some other article
      mlt.setMaxQueryTerms(MLT_MAX_TERMS);
      Query like = mlt.like(ArticleDocuments.BODY, new StringReader(text));
      Query others = new BooleanQuery.Builder()
          .add(like, Occur.MUST)
          .add(new TermQuery(new Term(ArticleDocuments.ID, id)), Occur.MUST_NOT)
          .build();
      return hits(searcher, searcher.search(others, limit).scoreDocs, null, true);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * From doc values in one pass over the entity's articles (months, co-occurring names by global ordinal, grouped by
   * id), plus the stored records of its newest {@link Limits#MAX_ENTITY_PROFILE_ARTICLES} articles for its names,
   * spellings and country. An id that is blank or longer than {@link Limits#MAX_ENTITY_ID_CHARS} names no entity.
   */
  @Override
  public Optional<EntityProfile> entity(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    long start = System.nanoTime();
    if (id.isBlank() || id.length() > Limits.MAX_ENTITY_ID_CHARS) {
      return Optional.empty();
    }
    IndexSearcher searcher = acquire();
    try {
      return EntityCooccurrence.profile(searcher, entityGroups(searcher), id, EntityProfile.DEFAULT_COOCCURRING,
          start);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The newest {@link Limits#MAX_NETWORK_ARTICLES} matches found in one pass, then their entity doc values read once
   * in document order; no stored record is read.
   */
  @Override
  public EntityNetwork network(NetworkRequest request) throws IOException {
    return network(request, Limits.MAX_NETWORK_ARTICLES);
  }

  /** {@link #network(NetworkRequest)} counting at most {@code maxArticles} matches (tests of the cap). */
  EntityNetwork network(NetworkRequest request, int maxArticles) throws IOException {
    Objects.requireNonNull(request, "request");
    long start = System.nanoTime();
    Query query = queries.toLucene(RasidQueryParser.parse(request.query()));
    IndexSearcher searcher = acquire();
    try {
      return EntityCooccurrence.network(searcher, entityGroups(searcher), query, request, maxArticles, start);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public IndexStats stats() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      FacetCounts.Result all = searcher.search(new MatchAllDocsQuery(), new FacetCounts(entityOrdinals(searcher)));
      return new IndexStats(searcher.getIndexReader().numDocs(),
          all.topSources(Integer.MAX_VALUE), published(searcher, false),
          published(searcher, true), sizeOnDisk(), path.toString());
    } finally {
      searchers.release(searcher);
    }
  }

  /** Closes the index, discarding everything upserted since the last commit. Idempotent. */
  @Override
  public void close() throws IOException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    lock.writeLock().lock();
    try {
      IOUtils.close(searchers, pendingReader, writer::rollback, directory, analyzer);
      if (searchThreads != null) {
        searchThreads.shutdownNow();
      }
      pendingReader = null;
      pendingIds.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static java.util.concurrent.ExecutorService searchThreads() {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < 2) {
      return null;
    }
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return java.util.concurrent.Executors.newFixedThreadPool(cores, r -> {
      Thread t = new Thread(r, "rasid-search-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("the index at " + path + " is closed");
    }
  }

  /** The entity fields' global ordinals of the last reader searched; rebuilt when a commit opened another. */
  private volatile EntityOrdinals entityOrdinals;
  private final Object entityOrdinalsLock = new Object();

  /**
   * The global ordinals of the searcher's reader: built once per reader (its cost grows with the distinct entity
   * names, not the matches) and reused by every search on it.
   */
  private EntityOrdinals entityOrdinals(IndexSearcher searcher) throws IOException {
    EntityOrdinals cached = entityOrdinals;
    if (cached != null && cached.isFor(searcher.getIndexReader())) {
      return cached;
    }
    synchronized (entityOrdinalsLock) {
      cached = entityOrdinals;
      if (cached == null || !cached.isFor(searcher.getIndexReader())) {
        cached = EntityOrdinals.build(searcher.getIndexReader());
        entityOrdinals = cached;
      }
      return cached;
    }
  }

  /** The entity ids of the names of the last reader asked for them; rebuilt when a commit opened another. */
  private volatile EntityGroups entityGroups;

  /** The id groups of the searcher's entity names: built on first use per reader, then shared. */
  private EntityGroups entityGroups(IndexSearcher searcher) throws IOException {
    EntityOrdinals ordinals = entityOrdinals(searcher);
    EntityGroups cached = entityGroups;
    if (cached != null && cached.isFor(ordinals)) {
      return cached;
    }
    synchronized (entityOrdinalsLock) {
      cached = entityGroups;
      if (cached == null || !cached.isFor(ordinals)) {
        cached = EntityGroups.build(ordinals);
        entityGroups = cached;
      }
      return cached;
    }
  }

  private IndexSearcher acquire() throws IOException {
    ensureOpen();
    return searchers.acquire();
  }

  /** Whether an id is committed or upserted since. Caller holds the read lock. */
  private boolean known(String id) throws IOException {
    if (pendingIds.contains(id) || pendingReader != null && docOf(pendingReader, id) >= 0) {
      return true;
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return docOf(searcher.getIndexReader(), id) >= 0;
    } finally {
      searchers.release(searcher);
    }
  }

  /** Replaces the full set of pending ids by a near-real-time reader that sees them. */
  private void spillPendingIds() throws IOException {
    lock.writeLock().lock();
    try {
      ensureOpen();
      if (pendingIds.size() < maxPendingIds) {
        return; // another thread spilled first
      }
      if (pendingReader == null) {
        pendingReader = DirectoryReader.open(writer);
      } else {
        DirectoryReader newer = DirectoryReader.openIfChanged(pendingReader, writer);
        if (newer != null) {
          pendingReader.close();
          pendingReader = newer;
        }
      }
      pendingIds.clear();
    } finally {
      lock.writeLock().unlock();
    }
  }

  private static int docOf(IndexSearcher searcher, String id) throws IOException {
    return docOf(searcher.getIndexReader(), id);
  }

  /** The live document with this id, as a top-level doc id, or -1. Seeks the terms index; reads no postings list. */
  private static int docOf(IndexReader reader, String id) throws IOException {
    BytesRef term = new BytesRef(id);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(ArticleDocuments.ID);
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      if (!termsEnum.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          return leaf.docBase + doc;
        }
      }
    }
    return -1;
  }

  static Article article(StoredFields storedFields, int doc) throws IOException {
    Document document = storedFields.document(doc, RECORD_ONLY);
    return Json.readArticle(document.get(ArticleDocuments.RECORD));
  }

  private List<Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Query highlightQuery, boolean scored)
      throws IOException {
    StoredFields storedFields = searcher.storedFields();
    List<Article> articles = new ArrayList<>(page.length);
    List<String> bodies = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Article article = article(storedFields, page[i].doc);
      articles.add(article);
      bodies.add(ArticleDocuments.body(article));
    }
    List<String> snippets = highlightQuery != null && page.length > 0
        ? Snippets.highlight(analyzer, highlightQuery, bodies)
        : bodies.stream().map(Snippets::lead).toList();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Article a = articles.get(i);
      hits.add(new Hit(a.id(), Snippets.title(a.title(), bodies.get(i)), a.source(), a.authors(), a.published(),
          snippets.get(i), scored ? page[i].score : 0f));
    }
    return hits;
  }

  /** Date order; articles without a date come last either way. */
  static Sort dateSort(boolean oldestFirst) {
    SortField published = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, !oldestFirst);
    published.setMissingValue(oldestFirst ? Long.MAX_VALUE : Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_DOC);
  }

  /** The {@code published} value of the earliest (or latest) dated article, or null. */
  private static String published(IndexSearcher searcher, boolean latest) throws IOException {
    SortField order = new SortField(ArticleDocuments.PUBLISHED, SortField.Type.LONG, latest);
    ScoreDoc[] first = searcher.search(new FieldExistsQuery(ArticleDocuments.PUBLISHED), 1, new Sort(order))
        .scoreDocs;
    return first.length == 0 ? null : article(searcher.storedFields(), first[0].doc).published();
  }

  private long sizeOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException e) {
        // deleted by a merge or commit while we were counting
      }
    }
    return bytes;
  }
}
