package org.rasid.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rasid.fetch.FetchException.Reason;

class RobotsRulesTest {
  private final TestServer server;
  private final FakeClock clock = new FakeClock();
  private final SafeFetcher fetcher;
  private final RobotsRules robots;

  RobotsRulesTest() throws IOException {
    server = new TestServer();
    fetcher = new SafeFetcher(SafeFetcher.Settings.defaults(true).withPolitenessDelay(Duration.ZERO), clock,
        HostResolver.system(), new SplittableRandom(1));
    robots = new RobotsRules(fetcher, clock);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void honoursDisallowForRasidAndCachesTheFile() throws Exception {
    server.on("/robots.txt", (ex, n) -> TestServer.send(ex, 200, "text/plain", """
        User-agent: *
        Disallow: /archive/

        User-agent: rasid
        Disallow: /private/
        """));
    FetchException e = null;
    try {
      robots.check(server.uri("/private/story-1"));
    } catch (FetchException x) {
      e = x;
    }
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
    assertThat(e.getMessage()).startsWith(server.uri("/private/story-1") + ": disallowed by " + server.uri("/robots.txt"));
    assertThatNoException().isThrownBy(() -> robots.check(server.uri("/archive/old"))); // rasid's group wins
    assertThatNoException().isThrownBy(() -> robots.check(server.uri("/news/1")));
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
    assertThat(server.requests("/robots.txt").getFirst().headers().getFirst("User-Agent"))
        .isEqualTo(SafeFetcher.USER_AGENT);
  }

  @Test
  void missingRobotsAllowsEverything() {
    assertThatNoException().isThrownBy(() -> robots.check(server.uri("/private/story")));
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
  }

  @Test
  void unreadableRobotsDisallowsForNowAndIsAskedAgainLater() {
    server.on("/robots.txt", (ex, n) -> TestServer.send(ex, n <= 3 ? 503 : 200, "text/plain", "User-agent: *\n"));
    assertThatThrownBy(() -> robots.check(server.uri("/news/1"))).isInstanceOf(FetchException.class)
        .hasMessageContaining("could not be read, so the site is disallowed for now");
    assertThat(server.hits("/robots.txt")).isEqualTo(3); // retried as any 5xx
    clock.advance(RobotsRules.FAILURE_TTL.plusSeconds(1));
    assertThatNoException().isThrownBy(() -> robots.check(server.uri("/news/1")));
  }

  @Test
  void checksEveryRedirectHop() throws Exception {
    server.on("/robots.txt", (ex, n) -> TestServer.send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.on("/go", TestServer.redirect("/private/story"));
    FetchException e = null;
    try {
      fetcher.fetch(server.uri("/go"), Validators.NONE, 100_000, robots::check);
    } catch (FetchException x) {
      e = x;
    }
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
    assertThat(e.url()).isEqualTo(server.uri("/private/story"));
    assertThat(server.hits("/private/story")).isZero();
  }

  @Test
  void crawlDelayLengthensThePauseBetweenRequestsUpToTheCap() throws Exception {
    server.on("/robots.txt", (ex, n) -> TestServer.send(ex, 200, "text/plain", "User-agent: rasid\nCrawl-delay: 5\n"));
    server.on("/a", (ex, n) -> TestServer.send(ex, 200, "text/plain", "a"));
    robots.check(server.uri("/a"));
    fetcher.fetch(server.uri("/a"), 1000); // 5 s after the robots.txt request
    fetcher.fetch(server.uri("/a"), 1000);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    fetcher.hostDelay("127.0.0.1", Duration.ofHours(1));
    fetcher.fetch(server.uri("/a"), 1000);
    assertThat(clock.sleeps()).last().isEqualTo(org.rasid.core.io.Limits.MAX_CRAWL_DELAY);
  }

  @Test
  void aSiteThatMayNotBeFetchedIsRefusedForThatReasonNotForItsRobots() {
    try (SafeFetcher strict = new SafeFetcher(SafeFetcher.Settings.defaults(false), clock, HostResolver.system(),
        new SplittableRandom(1))) {
      FetchException e = null;
      try {
        new RobotsRules(strict, clock).check(server.uri("/news/1"));
      } catch (FetchException x) {
        e = x;
      }
      assertThat(e).isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(e.getMessage()).isEqualTo(server.uri("/news/1") + ": refused: 127.0.0.1 resolves to a loopback"
          + " address 127.0.0.1 (--allow-private to permit)");
    }
    assertThat(server.totalHits()).isZero();
  }

  @Test
  void namesTheSiteBySchemeHostAndPort() {
    assertThat(RobotsRules.site(URI.create("HTTPS://News.Example/a?b"))).isEqualTo("https://news.example");
    assertThat(RobotsRules.site(URI.create("http://[::1]:8080/a"))).isEqualTo("http://[::1]:8080");
  }
}
