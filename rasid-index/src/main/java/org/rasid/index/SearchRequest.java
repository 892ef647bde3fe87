package org.rasid.index;

import java.util.Objects;

/**
 * One search.
 *
 * @param query the user's query in rasid's syntax (see {@code docs/search.md}): words, "phrases", AND/OR, -exclusion,
 *     and filters {@code source:}, {@code author:}, {@code from:YYYY-MM-DD}, {@code to:YYYY-MM-DD}; blank = all
 * @param offset first hit to return (paging), ≥ 0
 * @param limit how many hits, 1..{@value #MAX_LIMIT}
 * @param sort relevance or date
 */
public record SearchRequest(String query, int offset, int limit, Sort sort) {

  public static final int MAX_LIMIT = 100;
  public static final int MAX_OFFSET = 10_000;

  /** Result order. */
  public enum Sort {
    RELEVANCE,
    NEWEST,
    OLDEST
  }

  public SearchRequest {
    query = Objects.requireNonNullElse(query, "");
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, 0, 10, Sort.RELEVANCE);
  }
}
