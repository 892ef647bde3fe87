package org.rasid.index;

import java.util.Objects;

/**
 * An entity as a list or a network shows it: its id, display name, type and how many articles count for it.
 *
 * @param id the entity id ({@code org.rasid.core.model.Entity#id()}), or null when the index cannot name one (an
 *     entity whose records carry ids rasid's linker did not make): then link to a search by name instead
 * @param name the canonical name, in its most frequent spelling among the articles counted
 * @param type {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}
 * @param articles articles counted: for a co-occurring entity, the articles naming both; for a network node, the
 *     articles of the sample naming it
 */
public record EntityRef(String id, String name, String type, long articles) {
  public EntityRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
