/**
 * Polling RSS/Atom feeds safely ({@code rasid watch}).
 *
 * <ul>
 *   <li>{@link org.rasid.fetch.SafeFetcher}: HTTP GET of untrusted URLs — http(s) only, every redirect hop's
 *       addresses checked by {@link org.rasid.fetch.AddressPolicy} (no loopback, private, link-local, CGNAT,
 *       multicast, …), time and size limits, gzip/deflate bounded, conditional GET, per-host politeness, retries
 *       with back-off; failures are {@link org.rasid.fetch.FetchException}s naming the URL and the reason.
 *   <li>{@link org.rasid.fetch.RobotsRules}: robots.txt (crawler-commons), fetched with the same fetcher.
 *   <li>{@link org.rasid.fetch.FeedReader}: RSS and Atom (Rome) with DOCTYPEs refused (no XXE, no entity bombs).
 *   <li>{@link org.rasid.fetch.Watcher}: a round over the feeds — new items' pages through a {@link
 *       org.rasid.fetch.PageReader} (or the feed's own text), into the index, then the {@link
 *       org.rasid.fetch.WatchState} saved atomically.
 * </ul>
 *
 * <p>Every bound comes from {@link org.rasid.core.io.Limits}. User guide: {@code docs/ingest.md}.
 */
package org.rasid.fetch;
