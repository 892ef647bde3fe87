package org.rasid.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.rasid.core.io.Limits;
import org.rasid.fetch.FetchException.Reason;

/**
 * HTTP GET of untrusted URLs, guarded. Thread-safe; one per process (it holds the per-host politeness clock).
 *
 * <p>Contract, for every fetch:
 *
 * <ul>
 *   <li>Only absolute {@code http}/{@code https} URLs. Redirects (301, 302, 303, 307, 308) are followed by hand, at
 *       most {@link Settings#maxRedirects()}; every hop is checked again as below.
 *   <li>Every hop's host is resolved and refused ({@link Reason#PRIVATE_ADDRESS}) when <b>any</b> of its addresses
 *       is in a range {@link AddressPolicy} refuses, unless {@link Settings#allowPrivate()}.
 *   <li>Connecting takes at most {@link Settings#connectTimeout()}; the whole attempt (all hops, headers and body)
 *       at most {@link Settings#fetchTimeout()}, measured in real time; past it the exchange is cancelled.
 *   <li>The body is read up to the caller's byte limit (a larger {@code Content-Length} is refused before
 *       reading; a body running past the limit is cut off and refused): {@link Reason#TOO_LARGE}. A gzip or
 *       deflate body is decompressed up to {@link Settings#maxDecompressedBytes()}.
 *   <li>Conditional GET: the caller's {@link Validators} are sent; a 304 is returned as {@link
 *       FetchResult#notModified()}.
 *   <li>Politeness: two requests to one host start at least {@link Settings#politenessDelay()} apart, or the
 *       host's {@link #hostDelay} (robots.txt Crawl-delay) when longer (by the injected {@link FetchClock});
 *       callers on several threads queue.
 *   <li>A caller's {@link HopCheck} (robots.txt) runs on every hop before it is requested.
 *   <li>Retries: connect errors, timeouts, 429 and 5xx are tried again, at most {@link Settings#maxAttempts()}
 *       attempts in all, after an exponential back-off with jitter ({@code retryBase × 2^(n-1)} plus up to half of
 *       that), or after the server's {@code Retry-After} when longer, capped at {@link Settings#maxRetryAfter()}.
 *       Other statuses are not retried. Every failure is a {@link FetchException} naming the URL and the reason.
 * </ul>
 *
 * <p><b>DNS rebinding.</b> The host is resolved once through {@link HostResolver#system()} (the JVM resolver and
 * its address cache) and every address is checked; {@link HttpClient} then resolves the same name through the same
 * cache (positive entries live 30 s by default, {@code networkaddress.cache.ttl}), milliseconds later, so it
 * connects to an address that was checked. What remains: a cache entry that expires in those milliseconds lets a
 * second lookup answer differently; closing that fully needs a resolver installed in the JVM
 * ({@code java.net.spi.InetAddressResolverProvider}) that applies the policy itself. A configured HTTP proxy
 * ({@code http.proxyHost}) is connected to instead of the target; the target is still checked.
 */
public final class SafeFetcher implements AutoCloseable {

  /** The user agent rasid sends and the name it looks for in robots.txt. */
  public static final String AGENT_NAME = "rasid";
  /** The full {@code User-Agent} header: name, version and where to learn about the crawler. */
  public static final String USER_AGENT = AGENT_NAME + "/0.1 (+https://github.com/rasid/rasid)";
  /** Host entries of the politeness clock kept before old ones are pruned. */
  static final int POLITENESS_HOSTS = 10_000;
  /** Bytes of an error or redirect body read (and dropped) before the connection is closed. */
  static final long DISCARDED_BODY_BYTES = 64 * 1024;

  /**
   * How a fetcher behaves; {@link #defaults} takes every bound from {@link Limits}.
   *
   * @param allowPrivate when true, loopback, private and link-local addresses are fetched too (tests, intranets)
   * @param connectTimeout time to connect
   * @param fetchTimeout time for one attempt: all redirect hops, headers and body
   * @param maxDecompressedBytes largest size a gzip/deflate body may inflate to
   * @param maxRedirects redirects followed
   * @param politenessDelay least time between two requests to one host
   * @param maxAttempts attempts in all, for transient failures
   * @param retryBase back-off before the second attempt (doubled for each later one)
   * @param maxRetryAfter longest wait honoured from a {@code Retry-After} header
   */
  public record Settings(boolean allowPrivate, Duration connectTimeout, Duration fetchTimeout,
      long maxDecompressedBytes, int maxRedirects, Duration politenessDelay, int maxAttempts, Duration retryBase,
      Duration maxRetryAfter) {

    /** Back-off before the second attempt, by default. */
    public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(1);

    public Settings {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(fetchTimeout, "fetchTimeout");
      Objects.requireNonNull(politenessDelay, "politenessDelay");
      Objects.requireNonNull(retryBase, "retryBase");
      Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      if (maxAttempts < 1 || maxRedirects < 0 || maxDecompressedBytes < 1) {
        throw new IllegalArgumentException("maxAttempts ≥ 1, maxRedirects ≥ 0 and maxDecompressedBytes ≥ 1");
      }
    }

    /** Every bound from {@link Limits}. */
    public static Settings defaults(boolean allowPrivate) {
      return new Settings(allowPrivate, Limits.CONNECT_TIMEOUT, Limits.FETCH_TIMEOUT, Limits.MAX_DECOMPRESSED_BYTES,
          Limits.MAX_REDIRECTS, Limits.POLITENESS_DELAY, Limits.MAX_FETCH_ATTEMPTS, DEFAULT_RETRY_BASE,
          Limits.MAX_RETRY_AFTER);
    }

    /** These settings with another whole-fetch timeout. */
    public Settings withFetchTimeout(Duration timeout) {
      return new Settings(allowPrivate, connectTimeout, timeout, maxDecompressedBytes, maxRedirects, politenessDelay,
          maxAttempts, retryBase, maxRetryAfter);
    }

    /** These settings with another politeness delay. */
    public Settings withPolitenessDelay(Duration delay) {
      return new Settings(allowPrivate, connectTimeout, fetchTimeout, maxDecompressedBytes, maxRedirects, delay,
          maxAttempts, retryBase, maxRetryAfter);
    }
  }

  private final Settings settings;
  private final FetchClock clock;
  private final HostResolver resolver;
  private final RandomGenerator random;
  private final HttpClient client;
  private final Map<String, Long> nextRequest = new HashMap<>(); // host → start of its last request
  private final Map<String, Long> hostDelays = new HashMap<>();

  /**
   * A check run on every hop before it is requested (after the address check), such as robots.txt; throwing stops
   * the fetch.
   */
  @FunctionalInterface
  public interface HopCheck {
    /** Throws when the hop may not be fetched. */
    void check(URI hop) throws FetchException;

    /** Lets every hop through. */
    HopCheck NONE = hop -> {};
  }

  /** A fetcher on the system clock, resolver and network. */
  public SafeFetcher(Settings settings) {
    this(settings, FetchClock.system(), HostResolver.system(), RandomGenerator.getDefault());
  }

  /**
   * A fetcher with injected time, name resolution and jitter (tests).
   *
   * @param settings bounds and policy
   * @param clock time of the politeness delay and back-off
   * @param resolver used for the address check
   * @param random source of the back-off jitter
   */
  public SafeFetcher(Settings settings, FetchClock clock, HostResolver resolver, RandomGenerator random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.random = Objects.requireNonNull(random, "random");
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** The settings in force. */
  public Settings settings() {
    return settings;
  }

  /** An unconditional GET; see the class contract. */
  public FetchResult fetch(URI url, long maxBytes) throws FetchException {
    return fetch(url, Validators.NONE, maxBytes);
  }

  /**
   * A GET, conditional on the validators, retried on transient failures; see the class contract.
   *
   * @param url an absolute http or https URL
   * @param validators sent as {@code If-None-Match} / {@code If-Modified-Since}
   * @param maxBytes the largest body accepted, before decompression
   * @return a 2xx or 304 response
   * @throws FetchException naming the URL and the reason, after the last attempt
   */
  public FetchResult fetch(URI url, Validators validators, long maxBytes) throws FetchException {
    return fetch(url, validators, maxBytes, HopCheck.NONE);
  }

  /**
   * A GET as {@link #fetch(URI, Validators, long)}, with a check run on every hop (the first URL and each redirect
   * target) before it is requested.
   */
  public FetchResult fetch(URI url, Validators validators, long maxBytes, HopCheck hopCheck) throws FetchException {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(hopCheck, "hopCheck");
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(url, validators, maxBytes, hopCheck);
      } catch (FetchException e) {
        if (!e.isTransient() || attempt >= settings.maxAttempts()) {
          throw e;
        }
        try {
          clock.sleep(backoff(attempt, e.retryAfter()));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new FetchException(url, Reason.INTERRUPTED, "interrupted");
        }
      }
    }
  }

  /** The wait after failed attempt {@code n}: exponential with jitter, or the server's Retry-After if longer. */
  Duration backoff(int attempt, Duration retryAfter) {
    long base = settings.retryBase().toMillis() << Math.min(attempt - 1, 20);
    long jitter = base <= 1 ? 0 : random.nextLong(base / 2 + 1);
    Duration wait = Duration.ofMillis(base + jitter);
    if (retryAfter != null) {
      Duration capped = retryAfter.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : retryAfter;
      wait = capped.compareTo(wait) > 0 ? capped : wait;
    }
    return wait;
  }

  private FetchResult attempt(URI url, Validators validators, long maxBytes, HopCheck hopCheck)
      throws FetchException {
    long deadline = System.nanoTime() + settings.fetchTimeout().toNanos();
    URI current = url;
    for (int hop = 0; ; hop++) {
      String host = checkUrl(current);
      checkAddresses(current, host);
      hopCheck.check(current);
      politeness(current, host);
      HttpResponse<byte[]> response = send(current, validators, maxBytes, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
          throw new FetchException(current, Reason.HTTP_STATUS, status, "redirect (" + status + ") without Location",
              null);
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchException(url, Reason.TOO_MANY_REDIRECTS,
              "more than " + settings.maxRedirects() + " redirects (last to " + location.get() + ")");
        }
        try {
          current = current.resolve(location.get().trim());
        } catch (IllegalArgumentException e) {
          throw new FetchException(current, Reason.BAD_URL, "redirect to an invalid URL: " + location.get());
        }
        continue;
      }
      HttpHeaders headers = response.headers();
      Validators received = new Validators(validator(headers, "etag"), validator(headers, "last-modified"));
      if (status == 304) {
        return new FetchResult(current, status, new byte[0], headers.firstValue("content-type").orElse(null),
            received);
      }
      if (status < 200 || status > 299) {
        throw new FetchException(current, Reason.HTTP_STATUS, status, "HTTP status " + status, null)
            .withRetryAfter(retryAfter(headers));
      }
      byte[] body = decompress(current, response.body(), headers.firstValue("content-encoding").orElse(""));
      return new FetchResult(current, status, body, headers.firstValue("content-type").orElse(null), received);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The host of an absolute http(s) URL, else BAD_URL. */
  private static String checkUrl(URI url) throws FetchException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(url, Reason.BAD_URL, "only http and https URLs are fetched");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException(url, Reason.BAD_URL, "no host");
    }
    return host;
  }

  private void checkAddresses(URI url, String host) throws FetchException {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(url, Reason.UNKNOWN_HOST, -1, "unknown host " + host, e);
    }
    if (settings.allowPrivate()) {
      return;
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = AddressPolicy.refusal(address);
      if (refusal.isPresent()) {
        throw new FetchException(url, Reason.PRIVATE_ADDRESS,
            "refused: " + host + " resolves to a " + refusal.get() + " (--allow-private to permit)");
      }
    }
  }

  /**
   * Makes the pause between two requests to this host longer than {@link Settings#politenessDelay()}: a robots.txt
   * {@code Crawl-delay}, cut to {@link Limits#MAX_CRAWL_DELAY}. A shorter delay than the settings' is ignored.
   */
  public void hostDelay(String host, Duration delay) {
    long nanos = Math.min(delay.toNanos(), Limits.MAX_CRAWL_DELAY.toNanos());
    synchronized (nextRequest) {
      if (hostDelays.size() >= POLITENESS_HOSTS) {
        hostDelays.clear();
      }
      hostDelays.put(host.toLowerCase(Locale.ROOT), nanos);
    }
  }

  /** Waits until this host may be asked again (its last request plus its delay), and books this request. */
  private void politeness(URI url, String host) throws FetchException {
    long wait;
    String key = host.toLowerCase(Locale.ROOT);
    synchronized (nextRequest) {
      long delay = Math.max(settings.politenessDelay().toNanos(), hostDelays.getOrDefault(key, 0L));
      long now = clock.nanoTime();
      if (nextRequest.size() >= POLITENESS_HOSTS) {
        long oldest = Math.max(settings.politenessDelay().toNanos(), Limits.MAX_CRAWL_DELAY.toNanos());
        nextRequest.values().removeIf(last -> now - last > oldest);
      }
      Long last = nextRequest.get(key);
      long start = last == null || last + delay - now <= 0 ? now : last + delay;
      nextRequest.put(key, start);
      wait = start - now;
    }
    if (wait > 0) {
      try {
        clock.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(url, Reason.INTERRUPTED, "interrupted");
      }
    }
  }

  private HttpResponse<byte[]> send(URI url, Validators validators, long maxBytes, long deadline)
      throws FetchException {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      throw timeout(url, null);
    }
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
          .timeout(Duration.ofNanos(remaining))
          .header("User-Agent", USER_AGENT)
          .header("Accept-Encoding", "gzip, deflate");
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      future = client.sendAsync(request.build(), info -> body(info, maxBytes));
    } catch (IllegalArgumentException e) { // a URI the client refuses, or a validator with a forbidden character
      throw new FetchException(url, Reason.BAD_URL, -1, "not a fetchable request (" + e.getMessage() + ")", e);
    }
    try {
      return future.get(remaining, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout(url, e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(url, Reason.INTERRUPTED, "interrupted");
    } catch (ExecutionException e) {
      throw failure(url, e.getCause(), maxBytes);
    }
  }

  private FetchException timeout(URI url, Throwable cause) {
    return new FetchException(url, Reason.TIMEOUT, -1,
        "timed out (whole fetch over " + settings.fetchTimeout().toMillis() + " ms)", cause);
  }

  private FetchException failure(URI url, Throwable cause, long maxBytes) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return new FetchException(url, Reason.TOO_LARGE, -1, "body is over the " + maxBytes + " byte limit", cause);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(url, Reason.TIMEOUT, -1,
            "connect timed out (" + settings.connectTimeout().toMillis() + " ms)", cause);
      }
      if (t instanceof HttpTimeoutException) {
        return timeout(url, cause);
      }
      if (t instanceof ConnectException) {
        return new FetchException(url, Reason.CONNECTION, -1, "cannot connect (" + t.getMessage() + ")", cause);
      }
    }
    return new FetchException(url, Reason.CONNECTION, -1, "connection failed (" + cause + ")", cause);
  }

  /** The body of a 2xx bounded by {@code maxBytes}; other bodies read up to a little and dropped. */
  private static BodySubscriber<byte[]> body(ResponseInfo info, long maxBytes) {
    int status = info.statusCode();
    if (status < 200 || status > 299) {
      return new LimitedBody(DISCARDED_BODY_BYTES, true);
    }
    long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > maxBytes) {
      return new LimitedBody(-1, false);
    }
    return new LimitedBody(maxBytes, false);
  }

  /** A body past the limit: signals through the response future. */
  private static final class TooLarge extends IOException {
    TooLarge() {
      super("body over the limit", null);
    }
  }

  /**
   * Collects a body up to a limit, requesting one buffer list at a time; past the limit it cancels the
   * subscription (closing the connection) and fails with {@link TooLarge}, or with {@code lenient} completes with
   * what it has. A negative limit fails at once (a too-large Content-Length).
   */
  private static final class LimitedBody implements BodySubscriber<byte[]> {
    private final long max;
    private final boolean lenient;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long total;

    LimitedBody(long max, boolean lenient) {
      this.max = max;
      this.lenient = lenient;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (max < 0) {
        s.cancel();
        result.completeExceptionally(new TooLarge());
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        total += b.remaining();
        if (total > max) {
          subscription.cancel();
          if (lenient) {
            result.complete(out.toByteArray());
          } else {
            result.completeExceptionally(new TooLarge());
          }
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }

    @Override
    public java.util.concurrent.CompletionStage<byte[]> getBody() {
      return result;
    }
  }

  /** Inflates a gzip or deflate body up to the limit; other encodings are refused. */
  private byte[] decompress(URI url, byte[] body, String encoding) throws FetchException {
    String e = encoding.trim().toLowerCase(Locale.ROOT);
    if (e.isEmpty() || e.equals("identity")) {
      return body;
    }
    try {
      if (e.equals("gzip") || e.equals("x-gzip")) {
        return inflate(url, new GZIPInputStream(new ByteArrayInputStream(body)));
      }
      if (e.equals("deflate")) {
        try { // RFC 9110: zlib-wrapped; some servers send raw deflate
          return inflate(url, new InflaterInputStream(new ByteArrayInputStream(body)));
        } catch (ZipException zlib) {
          return inflate(url, new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
        }
      }
    } catch (FetchException tooLarge) {
      throw tooLarge;
    } catch (IOException io) {
      throw new FetchException(url, Reason.BAD_ENCODING, -1, "cannot decompress " + e + " body (" + io.getMessage()
          + ")", io);
    }
    throw new FetchException(url, Reason.BAD_ENCODING, "unsupported Content-Encoding " + encoding);
  }

  private byte[] inflate(URI url, InputStream in) throws IOException, FetchException {
    long max = settings.maxDecompressedBytes();
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new FetchException(url, Reason.TOO_LARGE, "decompressed body is over the " + max + " byte limit");
      }
      return bytes;
    }
  }

  /**
   * A validator header worth sending back: printable ASCII, at most {@link Limits#MAX_VALIDATOR_CHARS}; else null
   * (a value the HTTP client would refuse to send must not make every later poll fail).
   */
  static String validator(HttpHeaders headers, String name) {
    String v = headers.firstValue(name).map(String::strip).orElse(null);
    if (v == null || v.isEmpty() || v.length() > Limits.MAX_VALIDATOR_CHARS) {
      return null;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return null;
      }
    }
    return v;
  }

  /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("retry-after");
    if (value.isEmpty()) {
      return null;
    }
    String v = value.get().trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
