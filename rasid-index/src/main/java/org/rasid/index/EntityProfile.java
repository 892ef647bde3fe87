package org.rasid.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the index knows of one entity ({@link ArticleIndex#entity}): counted over every article naming it from doc
 * values, except the names, spellings and country, read from the stored records of its newest articles (at most
 * {@link org.rasid.core.io.Limits#MAX_ENTITY_PROFILE_ARTICLES}).
 *
 * @param id the entity id asked for
 * @param name its canonical name: the spelling most of the sampled articles give
 * @param type {@code PERSON}, {@code LOCATION} or {@code ORGANIZATION}
 * @param country ISO 3166-1 alpha-2 code most of the sampled articles give, or null
 * @param articles number of articles naming it
 * @param names canonical spellings seen in the sample, with the number of articles giving each, most frequent first
 * @param aliases mention texts seen in the sample (as written, clitics included), with the number of mentions,
 *     most frequent first; at most {@link org.rasid.core.io.Limits#MAX_ENTITY_PROFILE_ALIASES}
 * @param sampled number of articles whose records were read for the names, aliases and country
 * @param months articles naming it per month ({@code YYYY-MM}), in calendar order, months without articles left
 *     out; undated articles are not counted
 * @param cooccurring per facet name ({@code person}, {@code place}, {@code org}): the entities named in most of its
 *     articles, with the number of articles naming both, by descending count then id; never itself
 * @param tookMillis time spent in the index
 */
public record EntityProfile(String id, String name, String type, String country, long articles,
    List<FacetCount> names, List<FacetCount> aliases, int sampled, List<FacetCount> months,
    Map<String, List<EntityRef>> cooccurring, double tookMillis) {
  /** Co-occurring entities listed per type unless asked otherwise. */
  public static final int DEFAULT_COOCCURRING = 15;

  public EntityProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    aliases = List.copyOf(aliases);
    months = List.copyOf(months);
    cooccurring = Map.copyOf(cooccurring);
  }
}
