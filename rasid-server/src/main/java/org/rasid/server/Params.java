package org.rasid.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rasid.core.io.Limits;
import org.rasid.index.NetworkRequest;
import org.rasid.index.SearchRequest;

/** Reads and checks query parameters; anything malformed or out of range is a 400 that names the parameter. */
final class Params {
  private Params() {}

  /** Longest query accepted, in chars: far above any query a person types; bounds the parser's work. */
  static final int MAX_QUERY_CHARS = 1_000;
  /** Default page size of the API. */
  static final int DEFAULT_LIMIT = 10;

  /** The query text ({@code q}); blank when absent. */
  static String query(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null) {
      return "";
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new BadRequestResponse("q must be at most " + MAX_QUERY_CHARS + " characters, was " + q.length());
    }
    return q.strip();
  }

  /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent or empty. */
  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be an integer, was '" + abbreviate(raw) + "'");
    }
    if (value < min || value > max) {
      throw new BadRequestResponse(name + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** The {@code sort} parameter: relevance, newest or oldest; {@code fallback} when absent or empty. */
  static SearchRequest.Sort sort(Context ctx, SearchRequest.Sort fallback) {
    String raw = ctx.queryParam("sort");
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
      if (name(s).equals(raw.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BadRequestResponse("sort must be one of " + Arrays.stream(SearchRequest.Sort.values())
        .map(Params::name).collect(Collectors.joining(", ")) + ", was '" + abbreviate(raw) + "'");
  }

  /** The API's name of a sort order: "relevance", "newest", "oldest". */
  static String name(SearchRequest.Sort sort) {
    return sort.name().toLowerCase(Locale.ROOT);
  }

  /** A search request; a range the index rejects is a 400 too. */
  static SearchRequest searchRequest(String query, int offset, int limit, SearchRequest.Sort sort) {
    try {
      return new SearchRequest(query, offset, limit, sort);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** The network parameters: {@code q}, {@code limit} (nodes) and {@code edges}, each checked. */
  static NetworkRequest networkRequest(Context ctx) {
    return new NetworkRequest(query(ctx),
        integer(ctx, "limit", NetworkRequest.DEFAULT_NODES, 1, Limits.MAX_NETWORK_NODES),
        integer(ctx, "edges", NetworkRequest.DEFAULT_EDGES, 0, Limits.MAX_NETWORK_EDGES));
  }
}
