package org.rasid.core.io;

import java.time.Duration;

/**
 * Every bound rasid puts on untrusted input, in one place. Each reader, parser and fetcher takes its limits from
 * here (or from an option whose default is here), and a document past a limit is rejected with a typed error that
 * names it ({@link InputRejectedException}), never truncated silently.
 */
public final class Limits {
  private Limits() {}

  // Documents.

  /** Largest document read from a file, a request body or a WARC record payload, in bytes. */
  public static final long MAX_DOCUMENT_BYTES = TextDecoder.DEFAULT_MAX_BYTES;
  /**
   * Largest size a compressed input may expand to, in bytes: a gzip bomb (a few KB that inflate to gigabytes) is
   * rejected when it crosses this, before it is held in memory. Applies to one document (a {@code .gz} page) or
   * one WARC record.
   */
  public static final long MAX_DECOMPRESSED_BYTES = 64L * 1024 * 1024;
  /** Deepest element nesting kept when parsing HTML or XML; deeper content is rejected, not walked. */
  public static final int MAX_DOM_DEPTH = 256;
  /** Most elements in one HTML page. */
  public static final int MAX_DOM_ELEMENTS = 200_000;
  /** Longest time spent extracting one document (parse, extraction, structuring). */
  public static final Duration MAX_DOCUMENT_TIME = Duration.ofSeconds(5);

  // Feeds.

  /** Largest feed document, in bytes. */
  public static final long MAX_FEED_BYTES = 5L * 1024 * 1024;
  /** Most items taken from one feed document. */
  public static final int MAX_FEED_ITEMS = 1_000;

  // Network.

  /** Redirects followed for one fetch; each hop's address is checked again. */
  public static final int MAX_REDIRECTS = 5;
  /** Time to connect to a host. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Time for one whole fetch (all redirects, headers and body). */
  public static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);
  /** Largest response body read, in bytes (before decompression; decompressed bodies are held to {@link
   * #MAX_DECOMPRESSED_BYTES}). */
  public static final long MAX_FETCH_BYTES = MAX_DOCUMENT_BYTES;
  /** Least time between two requests to one host. */
  public static final Duration POLITENESS_DELAY = Duration.ofSeconds(2);
  /** Largest robots.txt read, in bytes (as Google's robots.txt limit). */
  public static final long MAX_ROBOTS_BYTES = 500L * 1024;

  // WARC archives (ingest of .warc and .warc.gz).

  /**
   * Largest WARC record an archive reader reads through to reach the next record, in bytes (decompressed). A record
   * is skipped (request, metadata, a non-HTML response) or rejected (an HTML response over {@link
   * #MAX_DECOMPRESSED_BYTES}) by reading past it, since a compressed archive cannot be seeked; a record that declares
   * more than this ends the archive with a typed error instead, so a record-sized gzip bomb costs bounded time.
   */
  public static final long MAX_WARC_RECORD_SKIP_BYTES = 4L * 1024 * 1024 * 1024;

  // Charsets and content sniffing (HtmlDecoder, ContentSniffer in rasid-html).

  /**
   * Bytes at the start of a page searched for an in-document charset declaration ({@code <meta charset>}, {@code
   * <meta http-equiv>}, the XML declaration); a declaration further in is not seen.
   */
  public static final int MAX_CHARSET_PRESCAN_BYTES = 4 * 1024;
  /** Bytes at the start of a document looked at to tell what it is (HTML, feed, WARC, gzip, JSON lines, text). */
  public static final int MAX_SNIFF_BYTES = 4 * 1024;

  // Feed polling (rasid watch, rasid-fetch).

  /** Most attempts for one fetch: retried on connect errors, timeouts, 429 and 5xx; other 4xx never retried. */
  public static final int MAX_FETCH_ATTEMPTS = 3;
  /** Longest {@code Retry-After} honoured; a server asking for more is waited on for this long at most. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
  /** Item keys (guid, else link) remembered per feed so a restart fetches nothing twice; the oldest go first. */
  public static final int MAX_SEEN_ITEMS_PER_FEED = 5_000;
  /**
   * Longest robots.txt {@code Crawl-delay} honoured as the pause between two requests to a site (a longer one is
   * cut to this; the pause is never shorter than {@link #POLITENESS_DELAY}).
   */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
  /**
   * Longest {@code ETag} / {@code Last-Modified} kept for the next conditional GET; a longer one, or one with
   * characters outside printable ASCII, is not kept (the next GET is then unconditional).
   */
  public static final int MAX_VALIDATOR_CHARS = 512;
  /** Largest watch state file read back, in bytes. */
  public static final long MAX_WATCH_STATE_BYTES = 64L * 1024 * 1024;

  // HTML extraction (HtmlExtractor).

  /** Longest text kept from one JSON-LD script block, in characters; longer blocks are not parsed. */
  public static final int MAX_JSON_LD_CHARS = 1024 * 1024;
  /** Most JSON-LD script blocks read from one page. */
  public static final int MAX_JSON_LD_BLOCKS = 32;

  // Canonical entities (EntityLinker, EntityRegistry in rasid-nlp).

  /** Most tagger mentions linked in one article; the rest are counted as unlinked. */
  public static final int MAX_ENTITY_MENTIONS = 10_000;
  /** Longest line of an entity registry file (JSON lines), in characters; a longer line rejects the file. */
  public static final int MAX_REGISTRY_LINE_CHARS = 64 * 1024;
  /** Most aliases one registry entity keeps; later ones are not added. */
  public static final int MAX_ENTITY_ALIASES = 1_000;
  /**
   * Entries of the corpus's entity registry (CorpusEntities); past it new names are not learnt. About 1 KB of heap
   * each with their aliases, so at most ~100 MB.
   */
  public static final int MAX_REGISTRY_ENTRIES = 100_000;

  // HTML field extraction (the article's head: photo boxes, captions).

  /** Most elements in a box read as one photo with its caption; a larger element is never a photo box. */
  public static final int MAX_PHOTO_BOX_ELEMENTS = 40;

  // Named-entity tagger (NerTagger in rasid-nlp).

  /**
   * Most tokens tagged as one sentence: raw text is cut at sentence-final punctuation and line breaks, and a longer
   * run is cut into pieces of this many tokens (the tagger's features look two tokens across a cut no further).
   */
  public static final int MAX_NER_SENTENCE_TOKENS = 256;
  /** Distinct words whose context-free features the NER tagger caches; words past this are computed each time. */
  public static final int MAX_NER_WORD_CACHE = 200_000;
  /** Largest NER model file read, in bytes. */
  public static final long MAX_NER_MODEL_BYTES = 64L * 1024 * 1024;

  // Entities through the pipeline (ArticleEntities in rasid-nlp; ingest, parse, index).

  /**
   * Most characters of one article (title, then blocks in order) given to the entity tagger; the blocks after are
   * not tagged, and the untagged characters are counted.
   */
  public static final int MAX_ENTITY_TAGGED_CHARS = 200_000;
  /** Most entities of one article put in the index's entity fields (facets and filters), in order of first mention. */
  public static final int MAX_INDEXED_ENTITIES = 500;

  // Entity page and co-occurrence network (ArticleIndex.entity and network; /entities/{id} and /network).

  /** Longest entity id looked up, in characters: a longer one names no entity. */
  public static final int MAX_ENTITY_ID_CHARS = 128;
  /** Newest articles of an entity whose stored records are read for its names, spellings and country. */
  public static final int MAX_ENTITY_PROFILE_ARTICLES = 100;
  /** Most spellings (mention texts) listed for one entity. */
  public static final int MAX_ENTITY_PROFILE_ALIASES = 50;
  /** Most entities (nodes) of a co-occurrence network. */
  public static final int MAX_NETWORK_NODES = 100;
  /** Most pairs (edges) of a co-occurrence network: the strongest are kept. */
  public static final int MAX_NETWORK_EDGES = 400;
  /** Most matching articles (the newest) whose entities a co-occurrence network counts. */
  public static final int MAX_NETWORK_ARTICLES = 5_000;

  // Search facets (FacetCounts in rasid-index).

  /**
   * Matches of a query whose entity fields (person, place, org) are all read before the entity facets are counted
   * from a sample (every 2nd match for as many reads again, every 4th after that, …): past it, the entity counts
   * are estimates and the response says so.
   */
  public static final int ENTITY_FACET_SAMPLE = 5_000;
}
