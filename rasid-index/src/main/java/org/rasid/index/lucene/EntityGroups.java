package org.rasid.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.index.EntityGraphs;
import org.rasid.nlp.entities.EntityLinker;

/**
 * The entity ids of the canonical names in the entity doc values of one reader. The index keeps an entity's id as a
 * term (for filters) and its canonical name as doc values (for facets); an id is the type and the search key of the
 * canonical name ({@link EntityLinker#entityId}), so every global ordinal of a field maps to one id, and spellings
 * of one name that share a key (الكاظمي, الكاظمى) map to the same. Ids are numbered per field as <em>groups</em>:
 * counting by group counts an entity whatever the spelling.
 *
 * <p>Built once per reader, on the first entity page or network asked of it (its cost grows with the distinct
 * names, not the articles: one label lookup and one SHA-256 per name), and shared; immutable.
 */
final class EntityGroups {
  private final EntityOrdinals ordinals;
  /** Per field: global ordinal → group. */
  private final int[][] groupOf;
  /** Per field: group → id. */
  private final String[][] ids;

  private EntityGroups(EntityOrdinals ordinals, int[][] groupOf, String[][] ids) {
    this.ordinals = ordinals;
    this.groupOf = groupOf;
    this.ids = ids;
  }

  static EntityGroups build(EntityOrdinals ordinals) throws IOException {
    int fields = FacetCounts.ENTITY_FIELDS.size();
    int[][] groupOf = new int[fields][];
    String[][] ids = new String[fields][];
    for (int f = 0; f < fields; f++) {
      String type = EntityGraphs.TYPES.get(f);
      int[] groups = new int[Math.toIntExact(ordinals.valueCount(f))];
      Map<String, Integer> byId = new HashMap<>();
      List<String> idList = new ArrayList<>();
      ordinals.forEachLabel(f, (ord, label) -> {
        String id = EntityLinker.entityId(type, label);
        Integer group = byId.putIfAbsent(id, idList.size());
        if (group == null) {
          group = idList.size();
          idList.add(id);
        }
        groups[ord] = group;
      });
      groupOf[f] = groups;
      ids[f] = idList.toArray(String[]::new);
    }
    return new EntityGroups(ordinals, groupOf, ids);
  }

  /** True when these are the groups of those ordinals. */
  boolean isFor(EntityOrdinals other) {
    return ordinals == other;
  }

  EntityOrdinals ordinals() {
    return ordinals;
  }

  /** Groups (distinct ids) of field {@code f}. */
  int count(int f) {
    return ids[f].length;
  }

  /** The group of a global ordinal of field {@code f}. */
  int group(int f, int globalOrd) {
    return groupOf[f][globalOrd];
  }

  /** The id of a group of field {@code f}, as rasid's linker makes it from the names. */
  String id(int f, int group) {
    return ids[f][group];
  }
}
