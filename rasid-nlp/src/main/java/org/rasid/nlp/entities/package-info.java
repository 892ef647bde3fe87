/**
 * Canonical entities: {@link org.rasid.nlp.entities.EntityLinker} (tagger mentions of one article → the record's
 * entities: short names, titles, clitics), {@link org.rasid.nlp.entities.PlaceResolver} (place mention → country,
 * from the compiled gazetteer), {@link org.rasid.nlp.entities.Demonyms} and {@link
 * org.rasid.nlp.entities.EntityRegistry} (aliases and spellings across the corpus → one id). See docs/entities.md.
 */
package org.rasid.nlp.entities;
