package org.rasid.nlp.entities;

import java.util.Objects;

/**
 * A gazetteer entry a place mention resolved to.
 *
 * @param name the name entities use: for a country its preferred short name ("السعودية" for "المملكة العربية
 *     السعودية"), else the gazetteer's spelling of the place ("طهران" for "لطهران")
 * @param kind {@code country}, {@code capital}, {@code city} or {@code region}
 * @param country ISO 3166-1 alpha-2 code
 * @param population population when the source gives one, else 0
 */
public record Place(String name, String kind, String country, long population) {
  public static final String COUNTRY = "country";
  public static final String CAPITAL = "capital";
  public static final String CITY = "city";
  public static final String REGION = "region";

  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
  }

  /** Ranking among places sharing a name: country, then capital, then larger population. */
  int rank() {
    return switch (kind) {
      case COUNTRY -> 3;
      case CAPITAL -> 2;
      case CITY -> 1;
      default -> 0;
    };
  }
}
