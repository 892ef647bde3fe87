package org.rasid.server.html;

import java.util.Locale;
import org.rasid.index.EntityGraphs;
import org.rasid.index.EntityRef;
import org.rasid.index.SearchRequest;

/** Links to entity pages and the words the pages use for entities. */
public final class EntityLinks {
  private EntityLinks() {}

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  /** The entity page of an id: {@code /entities/<id>}, the id percent-encoded. */
  public static Url page(String id) {
    return Url.path("entities", id);
  }

  /**
   * The entity page of a facet value ({@code person}, {@code place}, {@code org} and a canonical name): the id rasid's
   * linker gives that name; null for another facet.
   */
  public static Url pageOfName(String facet, String name) {
    String type = EntityGraphs.typeOfFacet(facet);
    return type == null ? null : page(EntityGraphs.idOf(type, name));
  }

  /** Where an entity of a list or network links: its page, or a search by its name when it has no id. */
  public static Url of(EntityRef ref) {
    return ref.id() != null ? page(ref.id())
        : SearchPage.searchUrl("", QueryFilters.entity(EntityGraphs.facet(ref.type()), ref.name()),
            SearchRequest.Sort.NEWEST);
  }

  /** The search filter of an entity of a list: by id when it has one, else by name. */
  public static String filter(EntityRef ref) {
    return QueryFilters.entity(EntityGraphs.facet(ref.type()), ref.id() != null ? ref.id() : ref.name());
  }

  /** "شخص", "مكان", "منظمة" for PERSON, LOCATION, ORGANIZATION; the type itself otherwise. */
  public static String typeLabel(String type) {
    return switch (type) {
      case "PERSON" -> "شخص";
      case "LOCATION" -> "مكان";
      case "ORGANIZATION" -> "منظمة";
      default -> type;
    };
  }

  /** "أشخاص", "أماكن", "منظمات" for the facets person, place, org. */
  public static String facetHeading(String facet) {
    return switch (facet) {
      case "person" -> "أشخاص";
      case "place" -> "أماكن";
      case "org" -> "منظمات";
      default -> facet;
    };
  }

  /** The Arabic name of an ISO 3166-1 alpha-2 code ("IQ" → "العراق"); the code itself when unknown. */
  public static String country(String code) {
    if (code == null || !code.matches("[A-Za-z]{2}")) {
      return code;
    }
    String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(ARABIC);
    return name.isBlank() ? code : name;
  }
}
