package org.rasid.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.model.Article;
import org.rasid.core.structure.ArticleIds;
import org.rasid.core.structure.Structurer;
import org.rasid.index.ArticleIndex;
import org.rasid.index.lucene.LuceneArticleIndex;
import org.rasid.nlp.entities.ArticleEntities;
import org.rasid.nlp.entities.EntityLinker;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

class WatcherTest {
  private static final Clock WALL = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final TestServer server;
  private final FakeClock clock = new FakeClock();
  private final AtomicInteger pagesRead = new AtomicInteger();
  /** The fake extractor: the page is plain article text. */
  private final PageReader pages = page -> {
    pagesRead.incrementAndGet();
    return new Structurer().structure(new String(page.body(), UTF_8), page.url().toString()).article();
  };
  private final List<AutoCloseable> open = new ArrayList<>();

  WatcherTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    server.close();
  }

  private static String story(String title, String place) {
    return title + "\n\n" + place + " - " + Feeds.PARAGRAPH_1 + "\n\n" + Feeds.PARAGRAPH_2 + "\n";
  }

  private String link(String path) {
    return server.uri(path).toString();
  }

  /** An RSS feed with ETag support, three item pages, an Atom feed and a robots.txt. */
  private void serveSite() {
    String rss = Feeds.rss("أخبار اليوم", List.of(
        new Feeds.Item("rss-1", link("/news/1"), "الحكومة تعلن خطة المياه", "Sun, 29 Nov 2026 07:30:00 +0300",
            "أحمد علي", null),
        new Feeds.Item("rss-2", link("/news/2"), "افتتاح جسر جديد في الموصل", null, null, null),
        new Feeds.Item("rss-3", link("/news/gone"), "خبر حذف من الموقع", null, null, null),
        new Feeds.Item("rss-4", link("/private/4"), "خبر في قسم محظور", null, null, null)));
    server.on("/rss.xml", (ex, n) -> {
      if ("\"rss-v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, null, new byte[0], "ETag", "\"rss-v1\"");
      } else {
        TestServer.send(ex, 200, "application/rss+xml", rss, "ETag", "\"rss-v1\"");
      }
    });
    server.on("/atom.xml", (ex, n) -> TestServer.send(ex, 200, "application/atom+xml",
        Feeds.atom("شبكة الأخبار", List.of(new Feeds.Item("tag:news,2026:9", link("/news/9"),
            "أمطار غزيرة في بغداد", "2026-11-28T18:05:00Z", "سارة حسن", Feeds.html(Feeds.PARAGRAPH_2))))));
    server.on("/news/1", (ex, n) -> TestServer.send(ex, 200, "text/plain; charset=utf-8",
        story("الحكومة تعلن خطة المياه", "بغداد")));
    server.on("/news/2", (ex, n) -> TestServer.send(ex, 200, "text/plain; charset=utf-8",
        story("افتتاح جسر جديد في الموصل", "الموصل")));
    server.on("/news/9", (ex, n) -> TestServer.send(ex, 200, "text/plain; charset=utf-8",
        story("أمطار غزيرة في بغداد", "بغداد")));
    server.on("/private/4", (ex, n) -> TestServer.send(ex, 200, "text/plain", story("سر", "بغداد")));
    server.on("/robots.txt", (ex, n) -> TestServer.send(ex, 200, "text/plain",
        "User-agent: rasid\nDisallow: /private/\n"));
  }

  private record Run(Watcher watcher, ArticleIndex index, WatchState state) {}

  private Run start() throws IOException {
    return start(pages);
  }

  private Run start(PageReader reader) throws IOException {
    return start(reader, ArticleEntities.off("no entities in this test"));
  }

  private Run start(PageReader reader, ArticleEntities entities) throws IOException {
    SafeFetcher fetcher = new SafeFetcher(SafeFetcher.Settings.defaults(true), clock, HostResolver.system(),
        new SplittableRandom(7));
    ArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"));
    open.add(fetcher);
    open.add(index);
    WatchState state = WatchState.load(stateFile());
    Watcher w = new Watcher(fetcher, new RobotsRules(fetcher, clock), new FeedReader(), reader, index, state,
        stateFile(), WALL, entities);
    return new Run(w, index, state);
  }

  private Path stateFile() {
    return dir.resolve("index").resolve("watch-state.json");
  }

  private void stopRun() throws Exception {
    for (AutoCloseable c : open.reversed()) {
      c.close();
    }
    open.clear();
  }

  @Test
  void indexesNewItemsCountsFailuresAndGoesOn() throws Exception {
    serveSite();
    Run run = start();
    List<String> lines = new ArrayList<>();
    Watcher.RoundReport round = run.watcher().round(List.of(server.uri("/rss.xml"), server.uri("/atom.xml")),
        () -> false, r -> lines.add(r.line()));

    Watcher.FeedReport rss = round.feeds().get(0);
    assertThat(rss.added()).isEqualTo(2);
    assertThat(rss.failed()).isEqualTo(2);
    assertThat(rss.failures()).extracting(Watcher.ItemFailure::reason).containsExactly(
        link("/news/gone") + ": HTTP status 404",
        link("/private/4") + ": disallowed by " + link("/robots.txt"));
    assertThat(round.feeds().get(1).added()).isEqualTo(1);
    assertThat(round.anyFeedFailed()).isFalse();
    assertThat(lines.getFirst()).isEqualTo("feed " + server.uri("/rss.xml") + ": 2 new, 0 seen, 2 failed: "
        + link("/news/gone") + ": HTTP status 404 (and 1 more)");
    assertThat(server.hits("/private/4")).isZero();
    assertThat(server.hits("/news/gone")).isEqualTo(1); // a 404 is not retried

    Article one = run.index().get(org.rasid.core.structure.ArticleIds.of(link("/news/1"), null, List.of()))
        .orElseThrow();
    assertThat(one.title()).isEqualTo("الحكومة تعلن خطة المياه");
    assertThat(one.authors()).containsExactly("أحمد علي"); // the page has no byline: the feed's author
    assertThat(one.published()).isEqualTo("2026-11-29T07:30"); // the page has no date: the feed's pubDate, as written
    assertThat(one.url()).isEqualTo(link("/news/1"));
  }

  /** Finds every occurrence of the given place names; throws on a text containing "الموصل". */
  private static final EntityLinker.MentionSource PLACES = text -> {
    if (text.contains("الموصل")) {
      throw new IllegalStateException("tagger broke on this text");
    }
    List<Mention> found = new ArrayList<>();
    for (String place : List.of("بغداد")) {
      for (int i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + place.length())) {
        found.add(new Mention(EntityType.LOCATION, place, i, i + place.length(), 0, 1));
      }
    }
    return found;
  };

  @Test
  void newRecordsGetTheirEntitiesAndAFailureThereKeepsTheRecordWithoutThem() throws Exception {
    serveSite();
    Run run = start(pages, new ArticleEntities(PLACES, EntityLinker.defaults()));
    Watcher.FeedReport rss = run.watcher().poll(server.uri("/rss.xml"), () -> false);

    Article one = run.index().get(ArticleIds.of(link("/news/1"), null, List.of())).orElseThrow();
    assertThat(one.entities()).singleElement().satisfies(e -> {
      assertThat(e.canonical()).isEqualTo("بغداد");
      assertThat(e.country()).isEqualTo("IQ");
    });
    assertThat(rss.added()).isEqualTo(2); // the page of item 2 (الموصل) breaks the tagger: indexed all the same
    Article two = run.index().get(ArticleIds.of(link("/news/2"), null, List.of())).orElseThrow();
    assertThat(two.entities()).isEmpty();
    assertThat(rss.entityFailures()).singleElement().satisfies(f -> {
      assertThat(f.item()).isEqualTo(link("/news/2"));
      assertThat(f.reason()).contains("entities not found", "tagger broke on this text");
    });
    assertThat(rss.line()).contains("1 indexed without entities");
  }

  @Test
  void secondRoundSendsValidatorsGets304AndFetchesNothingAgain() throws Exception {
    serveSite();
    Run run = start();
    run.watcher().round(List.of(server.uri("/rss.xml")), () -> false, r -> {});
    int pageHits = server.hits("/news/1") + server.hits("/news/2");
    Watcher.RoundReport second = run.watcher().round(List.of(server.uri("/rss.xml")), () -> false, r -> {});

    assertThat(second.feeds().getFirst().notModified()).isTrue();
    assertThat(second.feeds().getFirst().line()).endsWith(": not modified (304), nothing new");
    assertThat(server.requests("/rss.xml").get(1).headers().getFirst("If-None-Match")).isEqualTo("\"rss-v1\"");
    assertThat(server.hits("/news/1") + server.hits("/news/2")).isEqualTo(pageHits).isEqualTo(2);
    assertThat(run.state().feed(server.uri("/rss.xml").toString()).lastPoll()).isEqualTo("2026-11-29T09:00:00Z");
  }

  @Test
  void aRestartWithTheSavedStateFetchesNoItemAgain() throws Exception {
    serveSite();
    Run run = start();
    run.watcher().round(List.of(server.uri("/rss.xml"), server.uri("/atom.xml")), () -> false, r -> {});
    stopRun();
    assertThat(Files.readString(stateFile())).contains("rss-v1", "rss-1", "tag:news,2026:9");
    int before = server.totalHits();
    int pagesBefore = pagesRead.get();

    Run again = start();
    // The server forgets its validators: both feeds come back whole; every item must be known.
    server.on("/rss.xml", (ex, n) -> TestServer.send(ex, 200, "application/rss+xml", Feeds.rss("أخبار اليوم",
        List.of(new Feeds.Item("rss-1", link("/news/1"), "الحكومة تعلن خطة المياه", null, null, null),
            new Feeds.Item("rss-2", link("/news/2"), "افتتاح جسر جديد في الموصل", null, null, null),
            new Feeds.Item("rss-3", link("/news/gone"), "خبر حذف من الموقع", null, null, null)))));
    Watcher.RoundReport round = again.watcher().round(List.of(server.uri("/rss.xml"), server.uri("/atom.xml")),
        () -> false, r -> {});

    assertThat(round.feeds()).extracting(Watcher.FeedReport::added).containsExactly(0, 0);
    assertThat(round.feeds()).extracting(Watcher.FeedReport::seen).containsExactly(3, 1);
    assertThat(pagesRead.get()).isEqualTo(pagesBefore);
    // Only robots.txt (a new process) and the two feeds were asked.
    assertThat(server.totalHits() - before).isEqualTo(3);
    assertThat(server.hits("/news/1")).isEqualTo(1);
  }

  @Test
  void aCrashBetweenCommitAndStateFindsItemsInTheIndexWithoutFetching() throws Exception {
    serveSite();
    Run run = start();
    run.watcher().round(List.of(server.uri("/atom.xml")), () -> false, r -> {});
    stopRun();
    Files.delete(stateFile()); // as if the process died after the commit, before the state was written
    Run again = start();
    Watcher.FeedReport r = again.watcher().poll(server.uri("/atom.xml"), () -> false);
    assertThat(r.present()).isEqualTo(1);
    assertThat(r.added()).isZero();
    assertThat(server.hits("/news/9")).isEqualTo(1);
  }

  @Test
  void fallsBackToTheFeedTextWhenThePageCannotBeRead() throws Exception {
    serveSite();
    Run run = start(page -> {
      throw new UnsupportedOperationException("not implemented yet"); // the extractor stub of rasid-html
    });
    Watcher.FeedReport atom = run.watcher().poll(server.uri("/atom.xml"), () -> false);
    assertThat(atom.added()).isEqualTo(1);
    assertThat(atom.fromFeedText()).isEqualTo(1);
    assertThat(atom.fallbacks()).extracting(Watcher.ItemFailure::reason).singleElement().asString()
        .contains("page could not be extracted").contains("not implemented yet");
    Article a = run.index().get(org.rasid.core.structure.ArticleIds.of(link("/news/9"), null, List.of()))
        .orElseThrow();
    assertThat(a.paragraphs()).containsExactly(Feeds.PARAGRAPH_2);
    assertThat(a.title()).isEqualTo("أمطار غزيرة في بغداد");
    assertThat(a.authors()).containsExactly("سارة حسن");
    assertThat(a.published()).isEqualTo("2026-11-28T18:05");

    Watcher.FeedReport rss = run.watcher().poll(server.uri("/rss.xml"), () -> false);
    assertThat(rss.added()).isZero(); // no text in this feed: nothing to fall back on
    assertThat(rss.failed()).isEqualTo(4);
    assertThat(rss.failures().getFirst().reason()).contains("page could not be extracted")
        .contains("not implemented yet");
  }

  @Test
  void aFailingFeedIsReportedAndRecordedAndTheOthersGoOn() throws Exception {
    serveSite();
    server.on("/broken.xml", (ex, n) -> TestServer.send(ex, 200, "text/html", "<html><body>صفحة</body></html>"));
    Run run = start();
    Watcher.RoundReport round = run.watcher().round(List.of(server.uri("/broken.xml"), server.uri("/missing.xml"),
        server.uri("/atom.xml")), () -> false, r -> {});
    assertThat(round.anyFeedFailed()).isTrue();
    assertThat(round.feeds().get(0).error()).contains("not a readable RSS or Atom feed");
    assertThat(round.feeds().get(1).line()).isEqualTo("feed " + server.uri("/missing.xml") + ": failed: "
        + server.uri("/missing.xml") + ": HTTP status 404");
    assertThat(round.feeds().get(2).added()).isEqualTo(1);
    assertThat(run.state().feed(server.uri("/missing.xml").toString()).failures()).isEqualTo(1);
    assertThat(round.line()).isEqualTo("round: 3 feeds (2 failed, 0 not modified), 1 new, 0 seen, 0 failed items");
  }

  @Test
  void stopsBetweenItemsKeepsWhatWasDoneAndFinishesNextTime() throws Exception {
    serveSite();
    Run run = start();
    AtomicInteger asked = new AtomicInteger();
    Watcher.FeedReport cut = run.watcher().poll(server.uri("/rss.xml"), () -> asked.incrementAndGet() > 1);
    assertThat(cut.stopped()).isTrue();
    assertThat(cut.added()).isEqualTo(1);
    assertThat(cut.line()).endsWith("— stopped");
    // The validators were not kept, so the next poll reads the feed again and does the rest.
    assertThat(run.state().feed(server.uri("/rss.xml").toString()).etag()).isNull();
    Watcher.FeedReport rest = run.watcher().poll(server.uri("/rss.xml"), () -> false);
    assertThat(rest.seen()).isEqualTo(1);
    assertThat(rest.added()).isEqualTo(1);
    assertThat(server.hits("/news/1")).isEqualTo(1);
  }

  @Test
  void leavesATransientItemFailureForTheNextPoll() throws Exception {
    serveSite();
    server.on("/news/2", (ex, n) -> {
      if (n <= 3) {
        TestServer.send(ex, 503, "text/plain", "busy");
      } else {
        TestServer.send(ex, 200, "text/plain; charset=utf-8", story("افتتاح جسر جديد في الموصل", "الموصل"));
      }
    });
    Run run = start();
    Watcher.FeedReport first = run.watcher().poll(server.uri("/rss.xml"), () -> false);
    assertThat(first.failures()).extracting(Watcher.ItemFailure::reason).first().asString()
        .endsWith("HTTP status 503");
    assertThat(run.state().feed(server.uri("/rss.xml").toString()).etag()).isNull();
    Watcher.FeedReport second = run.watcher().poll(server.uri("/rss.xml"), () -> false);
    assertThat(second.added()).isEqualTo(1);
    assertThat(second.seen()).isEqualTo(3);
    assertThat(run.state().feed(server.uri("/rss.xml").toString()).etag()).isEqualTo("\"rss-v1\"");
    assertThat(clock.sleeps()).isNotEmpty(); // politeness and back-off ran on the fake clock
    assertThat(Duration.ofNanos(clock.nanoTime())).isPositive();
  }
}
