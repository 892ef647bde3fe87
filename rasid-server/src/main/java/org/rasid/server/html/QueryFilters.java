package org.rasid.server.html;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Adds and removes the filters that facet links put into a query ({@code source:"X"}, {@code from: to:}). */
public final class QueryFilters {
  private QueryFilters() {}

  /** {@code source:"X"}; double quotes inside the value are dropped (the query syntax has no escape for them). */
  public static String source(String source) {
    return "source:\"" + source.replace("\"", "").strip() + "\"";
  }

  /**
   * {@code person:"X"}, {@code place:"X"} or {@code org:"X"} for an entity facet ({@code person}, {@code place},
   * {@code org}) and a canonical name; double quotes inside the name are dropped.
   */
  public static String entity(String facet, String name) {
    return facet + ":\"" + name.replace("\"", "").strip() + "\"";
  }

  /** The facet name of a record entity type: {@code person}, {@code place}, {@code org}; null for another. */
  public static String entityFacet(String entityType) {
    return switch (entityType) {
      case "PERSON" -> "person";
      case "LOCATION" -> "place";
      case "ORGANIZATION" -> "org";
      default -> null;
    };
  }

  /** {@code from:2021-09-01 to:2021-09-30} for "2021-09"; empty when the value is not a year and month. */
  public static Optional<String> month(String yearMonth) {
    try {
      YearMonth ym = YearMonth.parse(yearMonth);
      return Optional.of("from:" + ym.atDay(1) + " to:" + ym.atEndOfMonth());
    } catch (DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** True when the query holds the filter as a whole term. */
  public static boolean has(String query, String filter) {
    return (" " + query + " ").contains(" " + filter + " ");
  }

  /** The query with the filter removed when present, added at the end when absent. */
  public static String toggle(String query, String filter) {
    if (has(query, filter)) {
      return (" " + query + " ").replace(" " + filter + " ", " ").strip().replaceAll("\\s{2,}", " ");
    }
    return (query.strip() + " " + filter).strip();
  }
}
