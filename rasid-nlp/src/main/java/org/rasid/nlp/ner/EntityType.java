package org.rasid.nlp.ner;

/** The entity types rasid tags. */
public enum EntityType {
  PERSON("PERS"),
  LOCATION("LOC"),
  ORGANIZATION("ORG");

  private final String tag;

  EntityType(String tag) {
    this.tag = tag;
  }

  /** The type's name in BIO tags and CoNLL files: {@code PERS}, {@code LOC}, {@code ORG}. */
  public String tag() {
    return tag;
  }

  /** The type of a BIO tag's type name ({@code PERS} → PERSON), or null for another (MISC). */
  public static EntityType fromTag(String tagType) {
    for (EntityType t : values()) {
      if (t.tag.equals(tagType)) {
        return t;
      }
    }
    return null;
  }
}
