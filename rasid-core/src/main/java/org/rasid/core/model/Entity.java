package org.rasid.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organization an article names, with every mention that refers to it.
 *
 * <p>Built by {@code org.rasid.nlp.entities.EntityLinker}: "الكاظمي", "مصطفى الكاظمي" and "رئيس الوزراء العراقي"
 * in one article are one entity when the text links them. The mentions list is copied and never null.
 *
 * @param id stable identifier: the same type and canonical name (after search normalization) give the same id in
 *     every article, so it can be a facet value
 * @param canonical the display name: the longest well-formed full name seen ("مصطفى الكاظمي"), for places the
 *     gazetteer's name ("إيران" for "وإيران")
 * @param type {@link #PERSON}, {@link #LOCATION} or {@link #ORGANIZATION}
 * @param country ISO 3166-1 alpha-2 code of the place (or the person's country when the text states it), or null
 * @param mentions where the article names it, in reading order (title first)
 */
public record Entity(String id, String canonical, String type, String country, List<EntityMention> mentions) {
  public static final String PERSON = "PERSON";
  public static final String LOCATION = "LOCATION";
  public static final String ORGANIZATION = "ORGANIZATION";

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(Objects.requireNonNullElse(mentions, List.of()));
  }
}
