package org.rasid.server.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A URL that is safe to put in an {@code href} or {@code src}: either a path on this site built from encoded parts,
 * or an absolute http(s) address ({@link #external}). No other scheme ({@code javascript:}, {@code data:}, ...) can
 * be made into a Url. Immutable.
 */
public final class Url {
  /** Longest external address accepted. */
  public static final int MAX_EXTERNAL_LENGTH = 2048;

  private final String value;

  private Url(String value) {
    this.value = value;
  }

  /** A path on this site from literal segments and values: {@code path("articles", id)} is {@code /articles/<id>}. */
  public static Url path(String... segments) {
    StringBuilder b = new StringBuilder();
    for (String segment : segments) {
      b.append('/').append(encode(Objects.requireNonNull(segment, "segment")));
    }
    return new Url(b.isEmpty() ? "/" : b.toString());
  }

  /** A fixed path of this site's own (an asset, a page), written by the programmer. */
  public static Url site(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.contains("?")) {
      throw new IllegalArgumentException("not a plain site path: " + path);
    }
    return new Url(path);
  }

  /** A link to an element of the same page: {@code #id}, for an id written by the programmer. */
  public static Url fragment(String id) {
    if (!id.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a plain element id: " + id);
    }
    return new Url("#" + id);
  }

  /** This URL with a query parameter added; a null or empty value adds nothing. */
  public Url query(String name, String value) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    char sep = this.value.contains("?") ? '&' : '?';
    return new Url(this.value + sep + encode(name) + '=' + encode(value));
  }

  /**
   * An absolute http or https address given by a document or a user, when it is one: a parseable URI (once the
   * ASCII characters a URI may not hold are percent-encoded) with an http or https scheme and a host, at most
   * {@value #MAX_EXTERNAL_LENGTH} chars, without control chars or spaces. Non-ASCII characters come out
   * percent-encoded (UTF-8).
   */
  public static Optional<Url> external(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > MAX_EXTERNAL_LENGTH || s.chars().anyMatch(c -> c <= ' ' || c == 0x7F)) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(encodeUnsafeAscii(s));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Url(uri.toASCIIString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Scraped addresses often hold characters a URI may not: {@code " < > \ ^ ` { | }} are percent-encoded. */
  private static String encodeUnsafeAscii(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\"<>\\^`{|}".indexOf(c) >= 0) {
        b.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Percent-encodes a path segment or query value (UTF-8; spaces as %20). */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The URL, not yet escaped for HTML: {@link Html} escapes it when it renders the attribute. */
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Url u && u.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
