package org.rasid.index;

import java.util.List;
import java.util.Map;

/** One facet value and how many matching articles have it. */
public record FacetCount(String value, long count) {

  /** The {@code max} largest counts, by descending count, ties by value. */
  public static List<FacetCount> ranked(Map<String, Long> counts, int max) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(e -> new FacetCount(e.getKey(), e.getValue())).toList();
  }
}
