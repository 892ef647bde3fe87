package org.rasid.nlp.ner;

/**
 * A run of tokens the tagger labels as one entity.
 *
 * @param type the entity type
 * @param text the mention as written (the text between {@code start} and {@code end})
 * @param start offset of its first char in the tagged text
 * @param end offset after its last char
 * @param firstToken index of its first token
 * @param endToken index after its last token
 */
public record Mention(EntityType type, String text, int start, int end, int firstToken, int endToken) {}
