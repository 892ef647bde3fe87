package org.rasid.bench.stemming;

/**
 * One distinct word of the vocabulary.
 *
 * @param key the word normalized for search ({@code ArabicNormalizer}): what makes types distinct
 * @param lemma its lemma, normalized the same way; the most frequent one when the word has several
 * @param spelling its most frequent spelling as written, which is what the stemmers are given
 * @param count how often it occurs
 */
public record WordType(String key, String lemma, String spelling, int count) {}
