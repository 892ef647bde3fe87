package org.rasid.bench.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed Arabic queries of the index benchmark: {@value #RESOURCE}, one query a line in rasid's syntax
 * ({@code docs/search.md}); blank lines and lines starting with {@code #} are ignored.
 */
public final class QuerySet {
  /** Class-path location of the query list. */
  public static final String RESOURCE = "/org/rasid/bench/index/queries-ar.txt";

  private QuerySet() {}

  /** The queries of {@link #RESOURCE}, in file order. */
  public static List<String> load() {
    try (InputStream in = QuerySet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> parse(InputStream in) throws IOException {
    List<String> queries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = reader.readLine()) != null; ) {
      String q = line.strip();
      if (!q.isEmpty() && !q.startsWith("#")) {
        queries.add(q);
      }
    }
    return List.copyOf(queries);
  }

  /** {@code n} of the queries, spread evenly over the list (all of them when {@code n} ≥ their number). */
  public static List<String> spread(List<String> queries, int n) {
    if (n >= queries.size()) {
      return queries;
    }
    List<String> picked = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      picked.add(queries.get((int) ((long) i * queries.size() / n)));
    }
    return List.copyOf(picked);
  }

  /**
   * Whether a query is two plain words: two terms ANDed, no phrase, filter, operator, exclusion or group. These are
   * the queries of the "p99 for two-term queries" target.
   */
  public static boolean isTwoTerm(String query) {
    String[] words = query.strip().split("\\s+");
    if (words.length != 2) {
      return false;
    }
    for (String w : words) {
      if (w.equals("AND") || w.equals("OR") || w.startsWith("-") || w.indexOf(':') >= 0
          || w.codePoints().anyMatch(c -> "\"«»“”()".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** A short label of the query's kind: two-term, one-term, phrase, filter, boolean (OR, exclusion, groups). */
  public static String kind(String query) {
    if (isTwoTerm(query)) {
      return "two-term";
    }
    String q = query.strip();
    if (q.toLowerCase(Locale.ROOT).matches(".*\\b(source|author|lang|from|to):.*")) {
      return "filter";
    }
    if (q.contains(" OR ") || q.startsWith("-") || q.contains(" -") || q.contains("(")) {
      return "boolean";
    }
    if (q.codePoints().anyMatch(c -> "\"«»“”".indexOf(c) >= 0)) {
      return "phrase";
    }
    return q.split("\\s+").length == 1 ? "one-term" : "multi-term";
  }
}
