package org.rasid.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.Limits;
import org.rasid.fetch.FetchException.Reason;

class SafeFetcherTest {
  private static final long MAX = 1024 * 1024;
  private final TestServer server;
  private final FakeClock clock = new FakeClock();
  private final RandomGenerator random = new SplittableRandom(42);

  SafeFetcherTest() throws IOException {
    server = new TestServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SafeFetcher fetcher(SafeFetcher.Settings settings) {
    return new SafeFetcher(settings, clock, HostResolver.system(), random);
  }

  private SafeFetcher allowingLoopback() {
    return fetcher(SafeFetcher.Settings.defaults(true));
  }

  private static FetchException failure(SafeFetcher f, URI url) {
    try {
      f.fetch(url, MAX);
    } catch (FetchException e) {
      return e;
    }
    throw new AssertionError("fetch of " + url + " did not fail");
  }

  @Test
  void fetchesABodyWithItsTypeAndValidators() throws Exception {
    server.on("/feed", (ex, n) -> TestServer.send(ex, 200, "application/rss+xml; charset=utf-8", "<rss/>",
        "ETag", "\"v1\"", "Last-Modified", "Sun, 29 Nov 2026 08:00:00 GMT"));
    try (SafeFetcher f = allowingLoopback()) {
      FetchResult r = f.fetch(server.uri("/feed"), MAX);
      assertThat(r.status()).isEqualTo(200);
      assertThat(new String(r.body(), UTF_8)).isEqualTo("<rss/>");
      assertThat(r.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
      assertThat(r.validators()).isEqualTo(new Validators("\"v1\"", "Sun, 29 Nov 2026 08:00:00 GMT"));
    }
    assertThat(server.requests("/feed").getFirst().headers().getFirst("User-Agent"))
        .isEqualTo(SafeFetcher.USER_AGENT);
  }

  @Test
  void refusesLoopbackWithoutAllowPrivateAndNeverConnects() {
    try (SafeFetcher f = fetcher(SafeFetcher.Settings.defaults(false))) {
      FetchException e = failure(f, server.uri("/feed"));
      assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(e.getMessage()).startsWith(server.uri("/feed") + ": refused: 127.0.0.1 resolves to a loopback");
      assertThat(failure(f, URI.create("http://[::1]:" + server.port() + "/feed")).reason())
          .isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(failure(f, URI.create("http://169.254.169.254/latest/meta-data/")).reason())
          .isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(failure(f, URI.create("http://0.0.0.0:" + server.port() + "/feed")).reason())
          .isEqualTo(Reason.PRIVATE_ADDRESS);
    }
    assertThat(server.totalHits()).isZero();
  }

  @Test
  void refusesAHostWithAnyPrivateAddress() throws Exception {
    HostResolver dns = host -> host.equals("mixed.example")
        ? new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")}
        : InetAddress.getAllByName(host);
    try (SafeFetcher f = new SafeFetcher(SafeFetcher.Settings.defaults(false), clock, dns, random)) {
      FetchException e = failure(f, URI.create("http://mixed.example/feed"));
      assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(e.getMessage()).contains("private address 10.1.2.3");
    }
  }

  @Test
  void refusesAFeedThatRedirectsToAPrivateAddress() {
    // The first hop passes the check (the test's resolver calls 127.0.0.1 public); the redirect's hosts do not.
    HostResolver dns = host -> host.equals("127.0.0.1")
        ? new InetAddress[] {InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34})}
        : InetAddress.getAllByName(host);
    server.on("/feed", TestServer.redirect("http://localhost:" + server.port() + "/secret"));
    server.on("/metadata", TestServer.redirect("http://169.254.169.254/latest/meta-data/iam/"));
    server.on("/mapped", TestServer.redirect("http://[::ffff:7f00:1]:" + server.port() + "/secret"));
    try (SafeFetcher f = new SafeFetcher(SafeFetcher.Settings.defaults(false), clock, dns, random)) {
      FetchException e = failure(f, server.uri("/feed"));
      assertThat(e.reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
      assertThat(e.url()).isEqualTo(URI.create("http://localhost:" + server.port() + "/secret"));
      assertThat(failure(f, server.uri("/metadata")).getMessage()).contains("link-local address 169.254.169.254");
      assertThat(failure(f, server.uri("/mapped")).reason()).isEqualTo(Reason.PRIVATE_ADDRESS);
    }
    assertThat(server.hits("/feed")).isEqualTo(1);
    assertThat(server.hits("/secret")).isZero();
  }

  @Test
  void refusesOtherSchemes() {
    try (SafeFetcher f = allowingLoopback()) {
      assertThat(failure(f, URI.create("file:///etc/passwd")).reason()).isEqualTo(Reason.BAD_URL);
      assertThat(failure(f, URI.create("ftp://127.0.0.1/x")).reason()).isEqualTo(Reason.BAD_URL);
    }
    server.on("/to-file", TestServer.redirect("file:///etc/passwd"));
    try (SafeFetcher f = allowingLoopback()) {
      assertThat(failure(f, server.uri("/to-file")).reason()).isEqualTo(Reason.BAD_URL);
    }
  }

  @Test
  void followsRedirectsByHandUpToTheLimit() throws Exception {
    for (int i = 0; i < 10; i++) {
      server.on("/hop/" + i, TestServer.redirect("/hop/" + (i + 1)));
    }
    server.on("/hop/10", (ex, n) -> TestServer.send(ex, 200, "text/html", "وصلت"));
    server.on("/short", TestServer.redirect("/hop/8"));
    try (SafeFetcher f = allowingLoopback()) {
      FetchResult r = f.fetch(server.uri("/short"), MAX);
      assertThat(r.url()).isEqualTo(server.uri("/hop/10"));
      assertThat(new String(r.body(), UTF_8)).isEqualTo("وصلت");
      FetchException e = failure(f, server.uri("/hop/0"));
      assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
      assertThat(e.getMessage()).contains("more than " + Limits.MAX_REDIRECTS + " redirects");
    }
    assertThat(server.hits("/hop/5")).isEqualTo(1);
    assertThat(server.hits("/hop/6")).isZero(); // six requests: the first and five redirects
  }

  @Test
  void refusesABodyOverTheLimitDeclaredOrNot() throws Exception {
    byte[] big = new byte[200_000];
    server.on("/declared", (ex, n) -> TestServer.send(ex, 200, "text/html", big));
    server.on("/chunked", (ex, n) -> {
      ex.sendResponseHeaders(200, 0); // chunked: no Content-Length
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100; i++) {
          out.write(new byte[10_000]);
        }
      }
    });
    try (SafeFetcher f = allowingLoopback()) {
      FetchException declared = assertThrows(() -> f.fetch(server.uri("/declared"), 100_000));
      assertThat(declared.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(declared.getMessage()).isEqualTo(server.uri("/declared") + ": body is over the 100000 byte limit");
      assertThat(assertThrows(() -> f.fetch(server.uri("/chunked"), 100_000)).reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(f.fetch(server.uri("/declared"), 200_000).body()).hasSize(200_000);
    }
  }

  @Test
  void decompressesGzipAndRefusesABomb() throws Exception {
    byte[] page = "<p>خبر عاجل</p>".repeat(100).getBytes(UTF_8);
    server.on("/gz", (ex, n) -> TestServer.send(ex, 200, "text/html", gzip(page), "Content-Encoding", "gzip"));
    server.on("/bomb", (ex, n) -> TestServer.send(ex, 200, "text/html", gzip(new byte[5_000_000]),
        "Content-Encoding", "gzip"));
    SafeFetcher.Settings d = SafeFetcher.Settings.defaults(true);
    SafeFetcher.Settings small = new SafeFetcher.Settings(true, d.connectTimeout(), d.fetchTimeout(), 1_000_000,
        d.maxRedirects(), d.politenessDelay(), d.maxAttempts(), d.retryBase(), d.maxRetryAfter());
    try (SafeFetcher f = fetcher(small)) {
      assertThat(f.fetch(server.uri("/gz"), MAX).body()).isEqualTo(page);
      FetchException e = assertThrows(() -> f.fetch(server.uri("/bomb"), MAX)); // ~5 KB on the wire
      assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.getMessage()).contains("decompressed body is over the 1000000 byte limit");
    }
  }

  @Test
  void sendsValidatorsAndReturns304AsNotModified() throws Exception {
    server.on("/feed", (ex, n) -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, null, new byte[0], "ETag", "\"v1\"");
      } else {
        TestServer.send(ex, 200, "application/rss+xml", "<rss/>", "ETag", "\"v1\"");
      }
    });
    try (SafeFetcher f = allowingLoopback()) {
      FetchResult first = f.fetch(server.uri("/feed"), MAX);
      assertThat(first.notModified()).isFalse();
      FetchResult second = f.fetch(server.uri("/feed"),
          new Validators(first.validators().etag(), "Sun, 29 Nov 2026 08:00:00 GMT"), MAX);
      assertThat(second.notModified()).isTrue();
      assertThat(second.body()).isEmpty();
    }
    TestServer.Request conditional = server.requests("/feed").get(1);
    assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo("Sun, 29 Nov 2026 08:00:00 GMT");
  }

  @Test
  void keepsOnlyValidatorsThatCanBeSentBack() throws Exception {
    server.on("/odd", (ex, n) -> TestServer.send(ex, 200, "text/plain", "x", "ETag", "\"v7\"",
        "Last-Modified", "x".repeat(Limits.MAX_VALIDATOR_CHARS + 1)));
    try (SafeFetcher f = allowingLoopback()) {
      assertThat(f.fetch(server.uri("/odd"), MAX).validators()).isEqualTo(new Validators("\"v7\"", null));
    }
    java.net.http.HttpHeaders nonAscii = java.net.http.HttpHeaders.of(
        java.util.Map.of("etag", java.util.List.of("\"نسخة\"")), (k, v) -> true);
    assertThat(SafeFetcher.validator(nonAscii, "etag")).isNull();
  }

  @Test
  void waitsThePolitenessDelayBetweenRequestsToOneHost() throws Exception {
    server.on("/a", (ex, n) -> TestServer.send(ex, 200, "text/plain", "a"));
    try (SafeFetcher f = fetcher(SafeFetcher.Settings.defaults(true).withPolitenessDelay(Duration.ofSeconds(2)))) {
      f.fetch(server.uri("/a"), MAX);
      assertThat(clock.sleeps()).isEmpty();
      f.fetch(server.uri("/a"), MAX);
      f.fetch(server.uri("/a"), MAX);
      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
      // Another host has its own clock.
      f.fetch(URI.create("http://localhost:" + server.port() + "/a"), MAX);
      assertThat(clock.sleeps()).hasSize(2);
      // Time that passed anyway counts.
      clock.advance(Duration.ofMillis(1500));
      f.fetch(server.uri("/a"), MAX);
      assertThat(clock.sleeps()).last().isEqualTo(Duration.ofMillis(500));
    }
  }

  @Test
  void retries503WithBackoffHonouringRetryAfterThenSucceeds() throws Exception {
    server.on("/busy", (ex, n) -> {
      if (n < 3) {
        TestServer.send(ex, 503, "text/plain", "busy", "Retry-After", "7");
      } else {
        TestServer.send(ex, 200, "text/plain", "ok");
      }
    });
    server.on("/flaky", (ex, n) -> TestServer.send(ex, n < 3 ? 500 : 200, "text/plain", "x"));
    server.on("/slow-down", (ex, n) -> TestServer.send(ex, 429, "text/plain", "x", "Retry-After", "3600"));
    try (SafeFetcher f = fetcher(SafeFetcher.Settings.defaults(true).withPolitenessDelay(Duration.ZERO))) {
      assertThat(new String(f.fetch(server.uri("/busy"), MAX).body(), UTF_8)).isEqualTo("ok");
      assertThat(server.hits("/busy")).isEqualTo(3);
      assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));

      assertThat(f.fetch(server.uri("/flaky"), MAX).status()).isEqualTo(200);
      Duration first = clock.sleeps().get(2);
      Duration second = clock.sleeps().get(3);
      assertThat(first).isBetween(Duration.ofSeconds(1), Duration.ofMillis(1500)); // 1 s + up to half
      assertThat(second).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));

      FetchException e = failure(f, server.uri("/slow-down"));
      assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
      assertThat(e.status()).isEqualTo(429);
      assertThat(server.hits("/slow-down")).isEqualTo(Limits.MAX_FETCH_ATTEMPTS);
      assertThat(clock.sleeps().subList(4, 6)).containsOnly(Limits.MAX_RETRY_AFTER); // capped
    }
  }

  @Test
  void doesNotRetryOther4xx() {
    try (SafeFetcher f = allowingLoopback()) {
      FetchException e = failure(f, server.uri("/missing"));
      assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.isTransient()).isFalse();
      assertThat(e.getMessage()).isEqualTo(server.uri("/missing") + ": HTTP status 404");
    }
    assertThat(server.hits("/missing")).isEqualTo(1);
    assertThat(clock.sleeps()).isEmpty();
  }

  @Test
  void timesOutASlowServerAndRetries() {
    server.on("/slow-headers", (ex, n) -> sleep(5_000));
    server.on("/slow-body", (ex, n) -> {
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < 50; i++) {
        out.write("<p>".getBytes(UTF_8));
        out.flush();
        sleep(100);
      }
      out.close();
    });
    SafeFetcher.Settings quick = SafeFetcher.Settings.defaults(true).withFetchTimeout(Duration.ofMillis(300))
        .withPolitenessDelay(Duration.ZERO);
    try (SafeFetcher f = fetcher(quick)) {
      FetchException e = failure(f, server.uri("/slow-headers"));
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e.getMessage()).contains("timed out");
      assertThat(server.hits("/slow-headers")).isEqualTo(Limits.MAX_FETCH_ATTEMPTS);
      assertThat(failure(f, server.uri("/slow-body")).reason()).isEqualTo(Reason.TIMEOUT);
    }
  }

  @Test
  void reportsAnUnreachablePortAsAConnectionFailure() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (SafeFetcher f = fetcher(SafeFetcher.Settings.defaults(true).withPolitenessDelay(Duration.ZERO))) {
      FetchException e = failure(f, URI.create("http://127.0.0.1:" + closedPort + "/feed"));
      assertThat(e.reason()).isEqualTo(Reason.CONNECTION);
      assertThat(e.isTransient()).isTrue();
    }
    assertThat(clock.sleeps()).hasSize(Limits.MAX_FETCH_ATTEMPTS - 1);
  }

  private interface Fetch {
    FetchResult run() throws FetchException;
  }

  private static FetchException assertThrows(Fetch fetch) {
    try {
      fetch.run();
    } catch (FetchException e) {
      return e;
    }
    throw new AssertionError("did not fail");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
