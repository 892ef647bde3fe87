package org.rasid.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * A fetch that did not give a usable response. The message names the URL and says why, ready to show to a user;
 * {@link #reason()} lets callers decide once what to do (retry, count as failed, fall back).
 */
public final class FetchException extends IOException {

  /** Why a fetch failed. */
  public enum Reason {
    /** Not an absolute http or https URL. */
    BAD_URL(false),
    /** The host does not resolve. */
    UNKNOWN_HOST(false),
    /** The host (or one of its addresses) is loopback, private, link-local, … ({@link AddressPolicy}). */
    PRIVATE_ADDRESS(false),
    /** More redirects than allowed, or a redirect without a usable Location. */
    TOO_MANY_REDIRECTS(false),
    /** The body (or its decompressed form) is over the limit. */
    TOO_LARGE(false),
    /** Connecting, or the whole fetch, took longer than allowed. */
    TIMEOUT(true),
    /** The connection could not be made or broke. */
    CONNECTION(true),
    /** The server answered with a status that is not success (see {@link #status()}). */
    HTTP_STATUS(false),
    /** The site's robots.txt disallows the URL for rasid (or could not be read, which disallows for now). */
    ROBOTS_DISALLOWED(false),
    /** The body is compressed in a way that cannot be read. */
    BAD_ENCODING(false),
    /** The fetch was interrupted (the user stopped the program). */
    INTERRUPTED(false);

    private final boolean transientFailure;

    Reason(boolean transientFailure) {
      this.transientFailure = transientFailure;
    }
  }

  private final URI url;
  private final Reason reason;
  private final int status;
  /** The server's Retry-After, when it sent one with a 429 or 5xx; null otherwise. */
  private transient java.time.Duration retryAfter;

  FetchException(URI url, Reason reason, String detail) {
    this(url, reason, -1, detail, null);
  }

  FetchException(URI url, Reason reason, int status, String detail, Throwable cause) {
    super(url + ": " + detail, cause);
    this.url = Objects.requireNonNull(url, "url");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
  }

  FetchException withRetryAfter(java.time.Duration wait) {
    this.retryAfter = wait;
    return this;
  }

  java.time.Duration retryAfter() {
    return retryAfter;
  }

  /** The URL that failed (the hop that failed, after redirects). */
  public URI url() {
    return url;
  }

  /** Why it failed. */
  public Reason reason() {
    return reason;
  }

  /** The HTTP status for {@link Reason#HTTP_STATUS}, else -1. */
  public int status() {
    return status;
  }

  /**
   * True when trying again later may succeed: timeouts, broken connections, 429 and 5xx. A 404, a private address
   * or a robots refusal will not change by waiting.
   */
  public boolean isTransient() {
    return reason.transientFailure || (reason == Reason.HTTP_STATUS && (status == 429 || status >= 500));
  }
}
