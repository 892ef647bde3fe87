package org.rasid.server.html;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasid.index.FacetCount;

/** The volume-over-time series of a query, from its "month" facet: every month from the first to the last. */
public final class Volume {
  private Volume() {}

  /** Longest span filled with empty months; a longer one (a stray date) keeps only the months that have articles. */
  static final int MAX_MONTHS = 600;

  /** Months in order, with the months between that have no article filled in with 0. Bad values are skipped. */
  public static List<FacetCount> series(List<FacetCount> monthFacet) {
    TreeMap<YearMonth, Long> counts = new TreeMap<>();
    for (FacetCount f : monthFacet) {
      try {
        counts.merge(YearMonth.parse(f.value()), f.count(), Long::sum);
      } catch (DateTimeParseException e) {
        // not a month: left out of the chart
      }
    }
    if (counts.isEmpty()) {
      return List.of();
    }
    List<FacetCount> out = new ArrayList<>();
    YearMonth first = counts.firstKey();
    YearMonth last = counts.lastKey();
    if (first.until(last, ChronoUnit.MONTHS) >= MAX_MONTHS) {
      for (Map.Entry<YearMonth, Long> e : counts.entrySet()) {
        out.add(new FacetCount(e.getKey().toString(), e.getValue()));
      }
      return out;
    }
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(new FacetCount(m.toString(), counts.getOrDefault(m, 0L)));
    }
    return out;
  }
}
