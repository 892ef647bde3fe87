package org.rasid.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rasid.core.io.Limits;
import org.rasid.fetch.FetchException.Reason;

/**
 * robots.txt, honoured: whether rasid ({@link SafeFetcher#AGENT_NAME}) may fetch a URL.
 *
 * <p>Each site's ({@code scheme://host:port}) robots.txt is fetched once with the same {@link SafeFetcher} (same
 * address policy, politeness and limits; at most {@link Limits#MAX_ROBOTS_BYTES}) and parsed with crawler-commons'
 * {@link SimpleRobotRulesParser}. A 4xx (no robots.txt) allows everything; a 5xx, an unreachable site or a robots.txt
 * over the limit disallows everything for now, cached only {@link #FAILURE_TTL} so it is asked again later. Rules
 * read are cached {@link #RULES_TTL}. A {@code Crawl-delay} for rasid lengthens the fetcher's pause between two
 * requests to the host ({@link SafeFetcher#hostDelay}, at most {@link Limits#MAX_CRAWL_DELAY}). At most {@link #MAX_SITES} sites are cached, the oldest dropped first.
 * Thread-safe.
 */
public final class RobotsRules {

  /** How long rules read from a robots.txt are trusted. */
  public static final Duration RULES_TTL = Duration.ofHours(24);
  /** How long "disallowed because robots.txt could not be read" holds before it is asked again. */
  public static final Duration FAILURE_TTL = Duration.ofMinutes(10);
  /** Sites whose rules are kept. */
  public static final int MAX_SITES = 1_000;

  private record Rules(BaseRobotRules rules, long expires, String why) {}

  private final SafeFetcher fetcher;
  private final FetchClock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Rules> cache = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Rules> eldest) {
      return size() > MAX_SITES;
    }
  };

  /**
   * @param fetcher fetches the robots.txt files
   * @param clock for the cache's time to live
   */
  public RobotsRules(SafeFetcher fetcher, FetchClock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Throws when robots.txt disallows the URL for rasid (or cannot be read).
   *
   * @throws FetchException with {@link Reason#ROBOTS_DISALLOWED}, naming the URL
   */
  public void check(URI url) throws FetchException {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new FetchException(url, Reason.BAD_URL, "not an absolute http or https URL");
    }
    Rules entry = rulesFor(url);
    if (!entry.rules().isAllowed(url.toString())) {
      throw new FetchException(url, Reason.ROBOTS_DISALLOWED, entry.why());
    }
  }

  private Rules rulesFor(URI url) throws FetchException {
    String site = site(url);
    long now = clock.nanoTime();
    synchronized (cache) {
      Rules cached = cache.get(site);
      if (cached != null && cached.expires() - now > 0) {
        return cached;
      }
    }
    Rules fresh = load(url, URI.create(site + "/robots.txt"), now);
    synchronized (cache) {
      cache.put(site, fresh);
    }
    return fresh;
  }

  private Rules load(URI target, URI robots, long now) throws FetchException {
    try {
      FetchResult r = fetcher.fetch(robots, Limits.MAX_ROBOTS_BYTES);
      SimpleRobotRules rules = parser.parseContent(robots.toString(), r.body(),
          r.contentType() == null ? "text/plain" : r.contentType(), List.of(SafeFetcher.AGENT_NAME));
      if (rules.getCrawlDelay() > 0) { // milliseconds; UNSET is negative
        fetcher.hostDelay(robots.getHost(), Duration.ofMillis(rules.getCrawlDelay()));
      }
      return new Rules(rules, now + RULES_TTL.toNanos(), "disallowed by " + robots);
    } catch (FetchException e) {
      if (e.reason() == Reason.INTERRUPTED) {
        throw e;
      }
      if (e.url().getHost() != null && e.url().getHost().equalsIgnoreCase(robots.getHost())
          && (e.reason() == Reason.PRIVATE_ADDRESS || e.reason() == Reason.UNKNOWN_HOST)) {
        // The site itself may not (or cannot) be fetched: say so, rather than blame its robots.txt.
        throw new FetchException(target, e.reason(), -1, e.getMessage().substring(e.url().toString().length() + 2),
            e);
      }
      if (e.reason() == Reason.HTTP_STATUS && e.status() >= 400 && e.status() < 500) {
        return new Rules(parser.failedFetch(e.status()), now + RULES_TTL.toNanos(), "allowed");
      }
      // 5xx, unreachable, too large, private address: disallow, and ask again soon.
      return new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
          now + FAILURE_TTL.toNanos(), robots + " could not be read, so the site is disallowed for now ("
          + e.getMessage() + ")");
    }
  }

  /** {@code scheme://host[:port]}, lower case: the unit robots.txt applies to. */
  static String site(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }
}
