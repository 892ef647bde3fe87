package org.rasid.nlp.ner;

/** The entity types rasid tags. */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION
}
