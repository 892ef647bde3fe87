package org.rasid.nlp;

/**
 * A word of a text, with its place in it.
 *
 * @param text the word as written
 * @param start offset of its first char in the text
 * @param end offset after its last char
 */
public record Token(String text, int start, int end) {}
