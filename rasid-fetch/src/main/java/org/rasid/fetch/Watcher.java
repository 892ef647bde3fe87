package org.rasid.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Article;
import org.rasid.core.structure.ArticleIds;
import org.rasid.core.structure.Structurer;
import org.rasid.fetch.FetchException.Reason;
import org.rasid.index.ArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;

/**
 * Polls feeds and indexes their new items: the engine of {@code rasid watch}.
 *
 * <p>For each feed, in order: robots.txt is checked (on every redirect hop too, as for pages), the feed fetched
 * with the validators of the last poll (a 304 ends the feed: nothing new), parsed, and each item not seen before
 * (by {@link FeedItem#key()}) is handled:
 *
 * <ol>
 *   <li>an item whose link's id is already in the index is counted present without fetching;
 *   <li>else its page is fetched (robots.txt checked on every redirect hop) and read by the {@link PageReader};
 *   <li>when the page cannot be fetched or read but the feed carries the item's text, that text is structured
 *       instead ({@link Structurer}, id from the link);
 *   <li>the feed's title, date and authors fill what the record lacks; a record not yet in the index gets its
 *       entities ({@link ArticleEntities}, when the watcher has an enabled step: a failure there is reported and
 *       the record kept without them), and the record is added unless present ({@link ArticleIndex#addIfAbsent}).
 * </ol>
 *
 * <p>Then the index is committed and the state saved (atomically), in that order, so a restart never fetches an
 * item again: a crash between the two leaves items not marked seen, but their ids are in the index, so they are
 * found present without a fetch (step 1) unless the page's canonical URL differs from the item's link. A failed
 * item (404, robots, extraction) is reported and marked seen; one that failed for a transient reason (timeout, 5xx
 * after retries) is not, and the feed's validators are then kept from before, so the next poll reads the feed again
 * and retries it. A feed that fails is reported and the others go on. Stopping ({@code stop}) takes effect between
 * items: what was done is committed and saved.
 *
 * <p>Not thread-safe; one watcher per index and state file.
 */
public final class Watcher {

  /** The key of the index checkpoint naming the last feed committed by the watcher. */
  public static final String CHECKPOINT_FEED = "watch.feed";
  /** The key of the index checkpoint holding the time of that commit. */
  public static final String CHECKPOINT_TIME = "watch.time";

  /**
   * One item that could not be indexed.
   *
   * @param item the item's link, else its key
   * @param reason why, ready to show
   */
  public record ItemFailure(String item, String reason) {}

  /**
   * What one poll of one feed did.
   *
   * @param feed the feed URL
   * @param added records added to the index
   * @param present items whose record was already in the index
   * @param seen items skipped because an earlier poll handled them
   * @param failed items that could not be indexed (listed in {@code failures})
   * @param fromFeedText of {@code added}, records made from the feed's own text because the page failed
   * @param skipped items the feed reader left out (past the item limit, or unidentifiable)
   * @param notModified true when the server answered 304
   * @param error why the feed itself failed, or null
   * @param failures the failed items
   * @param fallbacks why the page was not used, for each item indexed from the feed's text instead
   * @param entityFailures items indexed without entities because the entity step failed on them, with why
   * @param stopped true when a stop request cut the poll short
   */
  public record FeedReport(String feed, int added, int present, int seen, int failed, int fromFeedText, int skipped,
      boolean notModified, String error, List<ItemFailure> failures, List<ItemFailure> fallbacks,
      List<ItemFailure> entityFailures, boolean stopped) {
    public FeedReport {
      failures = List.copyOf(failures);
      fallbacks = List.copyOf(fallbacks);
      entityFailures = List.copyOf(entityFailures);
    }

    /** "feed URL: 12 new, 30 seen, 1 failed: reason" (the first failure's reason). */
    public String line() {
      if (error != null) {
        return "feed " + feed + ": failed: " + error;
      }
      if (notModified) {
        return "feed " + feed + ": not modified (304), nothing new";
      }
      StringBuilder b = new StringBuilder("feed ").append(feed).append(": ").append(added).append(" new");
      if (fromFeedText > 0) {
        b.append(" (").append(fromFeedText).append(" from the feed's text)");
      }
      b.append(", ").append(seen).append(" seen");
      if (present > 0) {
        b.append(", ").append(present).append(" already indexed");
      }
      if (skipped > 0) {
        b.append(", ").append(skipped).append(" skipped (over ").append(Limits.MAX_FEED_ITEMS)
            .append(" items or no guid/link/title)");
      }
      b.append(", ").append(failed).append(" failed");
      if (!failures.isEmpty()) {
        b.append(": ").append(failures.getFirst().reason());
        if (failures.size() > 1) {
          b.append(" (and ").append(failures.size() - 1).append(" more)");
        }
      }
      if (!entityFailures.isEmpty()) {
        b.append(", ").append(entityFailures.size()).append(" indexed without entities");
      }
      if (stopped) {
        b.append(" — stopped");
      }
      return b.toString();
    }
  }

  /**
   * What one round over every feed did.
   *
   * @param feeds one report per feed polled, in order
   * @param stopped true when a stop request cut the round short
   */
  public record RoundReport(List<FeedReport> feeds, boolean stopped) {
    public RoundReport {
      feeds = List.copyOf(feeds);
    }

    /** True when a feed failed (items failing alone do not count). */
    public boolean anyFeedFailed() {
      return feeds.stream().anyMatch(f -> f.error() != null);
    }

    /** "round: 3 feeds (1 failed, 1 not modified), 14 new, 30 seen, 2 failed items". */
    public String line() {
      int failedFeeds = 0;
      int notModified = 0;
      int added = 0;
      int seen = 0;
      int failed = 0;
      for (FeedReport f : feeds) {
        failedFeeds += f.error() != null ? 1 : 0;
        notModified += f.notModified() ? 1 : 0;
        added += f.added();
        seen += f.seen() + f.present();
        failed += f.failed();
      }
      return "round: " + feeds.size() + " feeds (" + failedFeeds + " failed, " + notModified + " not modified), "
          + added + " new, " + seen + " seen, " + failed + " failed items" + (stopped ? " — stopped" : "");
    }
  }

  private final SafeFetcher fetcher;
  private final RobotsRules robots;
  private final FeedReader feeds;
  private final PageReader pages;
  private final ArticleIndex index;
  private final WatchState state;
  private final Path stateFile;
  private final Clock wall;
  private final ArticleEntities entities;
  private final Structurer structurer = new Structurer();

  /**
   * @param fetcher fetches feeds, pages and robots.txt
   * @param robots robots.txt rules (built on the same fetcher)
   * @param feeds parses feed documents
   * @param pages turns item pages into records ({@link PageReader#html()} in production)
   * @param index where records go
   * @param state what earlier polls did; updated and saved to {@code stateFile} after each feed
   * @param stateFile where the state is saved
   * @param wall the wall clock, for the poll times recorded
   */
  public Watcher(SafeFetcher fetcher, RobotsRules robots, FeedReader feeds, PageReader pages, ArticleIndex index,
      WatchState state, Path stateFile, Clock wall) {
    this(fetcher, robots, feeds, pages, index, state, stateFile, wall, ArticleEntities.off("no entity step"));
  }

  /**
   * A watcher whose new records get their entities from {@code entities} ({@link ArticleEntities#shipped()} in
   * production) before they are indexed; a failure of that step on one item is reported in {@link
   * FeedReport#entityFailures()} and the record indexed without entities.
   */
  public Watcher(SafeFetcher fetcher, RobotsRules robots, FeedReader feeds, PageReader pages, ArticleIndex index,
      WatchState state, Path stateFile, Clock wall, ArticleEntities entities) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.robots = Objects.requireNonNull(robots, "robots");
    this.feeds = Objects.requireNonNull(feeds, "feeds");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.index = Objects.requireNonNull(index, "index");
    this.state = Objects.requireNonNull(state, "state");
    this.stateFile = Objects.requireNonNull(stateFile, "stateFile");
    this.wall = Objects.requireNonNull(wall, "wall");
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /**
   * Polls every feed once, in order.
   *
   * @param feedUrls the feeds
   * @param stop asked between items and feeds; true stops the round after committing what was done
   * @param progress told of each feed's report as soon as it is done
   * @throws IOException when the index cannot be committed or the state cannot be saved (a fault of this
   *     machine, not of a feed: the round stops)
   */
  public RoundReport round(List<URI> feedUrls, BooleanSupplier stop, Consumer<FeedReport> progress)
      throws IOException {
    List<FeedReport> reports = new ArrayList<>();
    for (URI feed : feedUrls) {
      if (stop.getAsBoolean()) {
        return new RoundReport(reports, true);
      }
      FeedReport r = poll(feed, stop);
      reports.add(r);
      progress.accept(r);
      if (r.stopped()) {
        return new RoundReport(reports, true);
      }
    }
    return new RoundReport(reports, false);
  }

  /** Polls one feed; see the class contract. */
  public FeedReport poll(URI feed, BooleanSupplier stop) throws IOException {
    String key = feed.toString();
    String now = wall.instant().toString();
    FeedReader.Feed parsed;
    FetchResult response;
    try {
      robots.check(feed); // first, so reading robots.txt does not eat into the feed fetch's time
      response = fetcher.fetch(feed, state.feed(key).validators(), Limits.MAX_FEED_BYTES, robots::check);
      if (response.notModified()) {
        state.polled(key, response.validators(), now);
        state.save(stateFile);
        return new FeedReport(key, 0, 0, 0, 0, 0, 0, true, null, List.of(), List.of(), List.of(), false);
      }
      parsed = feeds.read(response.body(), response.url());
    } catch (FetchException | InputRejectedException e) {
      state.failed(key, e.getMessage(), now);
      state.save(stateFile);
      boolean interrupted = e instanceof FetchException f && f.reason() == Reason.INTERRUPTED;
      return new FeedReport(key, 0, 0, 0, 0, 0, 0, false, e.getMessage(), List.of(), List.of(), List.of(),
          interrupted);
    }

    Counts c = new Counts();
    List<String> handled = new ArrayList<>();
    boolean complete = true;
    for (FeedItem item : parsed.items()) {
      if (stop.getAsBoolean()) {
        c.stopped = true;
        complete = false;
        break;
      }
      if (state.seen(key, item.key())) {
        c.seen++;
        continue;
      }
      Outcome o = handle(item, c);
      if (o == Outcome.INTERRUPTED) {
        c.stopped = true;
        complete = false;
        break;
      }
      if (o == Outcome.RETRY_LATER) {
        complete = false;
      } else {
        handled.add(item.key());
      }
    }
    Map<String, String> checkpoint = new HashMap<>(index.checkpoint());
    checkpoint.put(CHECKPOINT_FEED, key);
    checkpoint.put(CHECKPOINT_TIME, now);
    index.commit(checkpoint);
    state.markSeen(key, handled);
    // Validators only when every item was handled: otherwise a 304 next time would hide the items left over.
    state.polled(key, complete ? response.validators() : state.feed(key).validators(), now);
    state.save(stateFile);
    return new FeedReport(key, c.added, c.present, c.seen, c.failures.size(), c.fromFeedText, parsed.skipped(),
        false, null, c.failures, c.fallbacks, c.entityFailures, c.stopped);
  }

  private enum Outcome { ADDED, PRESENT, FAILED, RETRY_LATER, INTERRUPTED }

  private static final class Counts {
    int added;
    int present;
    int seen;
    int fromFeedText;
    boolean stopped;
    final List<ItemFailure> failures = new ArrayList<>();
    final List<ItemFailure> fallbacks = new ArrayList<>();
    final List<ItemFailure> entityFailures = new ArrayList<>();
  }

  private Outcome handle(FeedItem item, Counts c) throws IOException {
    String name = item.link() != null ? item.link() : item.key();
    Article article = null;
    String pageError = null;
    boolean transientError = false;
    if (item.link() != null) {
      if (index.contains(ArticleIds.of(item.link(), null, List.of()))) {
        c.present++;
        return Outcome.PRESENT;
      }
      try {
        URI link = URI.create(item.link());
        robots.check(link);
        article = pages.read(fetcher.fetch(link, Validators.NONE, Limits.MAX_FETCH_BYTES, robots::check));
      } catch (FetchException e) {
        if (e.reason() == Reason.INTERRUPTED) {
          return Outcome.INTERRUPTED;
        }
        pageError = e.getMessage();
        transientError = e.isTransient();
      } catch (InputRejectedException e) {
        pageError = e.getMessage();
      } catch (RuntimeException e) { // an extractor failing on one page must not stop the feed
        pageError = name + ": page could not be extracted (" + e + ")";
      }
    }
    boolean fromFeed = false;
    if (article == null && item.text() != null) {
      String text = item.title() == null ? item.text() : item.title() + "\n\n" + item.text();
      article = structurer.structure(text, item.link()).article();
      fromFeed = true;
    }
    if (article == null) {
      c.failures.add(new ItemFailure(name, pageError != null ? pageError : name + ": no link and no text"));
      return transientError ? Outcome.RETRY_LATER : Outcome.FAILED;
    }
    article = fill(article, item);
    ItemFailure entityFailure = null;
    if (entities.enabled() && !index.contains(article.id())) { // tagging is the dearest step: never for a duplicate
      try {
        article = entities.annotate(article);
      } catch (RuntimeException e) { // the record is still worth indexing without its entities
        entityFailure = new ItemFailure(name, "entities not found, article indexed without them: " + e);
      }
    }
    if (index.addIfAbsent(article)) {
      c.added++;
      if (entityFailure != null) {
        c.entityFailures.add(entityFailure);
      }
      if (fromFeed) {
        c.fromFeedText++;
        if (pageError != null) {
          c.fallbacks.add(new ItemFailure(name, pageError));
        }
      }
      return Outcome.ADDED;
    }
    c.present++;
    return Outcome.PRESENT;
  }

  /** The record with what the page lacks taken from the feed item: URL, title, date, authors. */
  static Article fill(Article a, FeedItem item) {
    return new Article(a.schemaVersion(), a.id(), a.url() != null ? a.url() : item.link(), a.source(), a.agencies(),
        a.authors().isEmpty() ? item.authors() : a.authors(), a.dateline(),
        a.published() != null ? a.published() : item.published(), a.publishedText(),
        a.title() != null ? a.title() : item.title(), a.images(), a.blocks(), a.related(), a.dropped(),
        a.language(), a.entities());
  }
}
