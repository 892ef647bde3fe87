package org.rasid.bench.stemming;

/**
 * A word as the evaluation sees it: its spelling, the lemma it belongs to and its part of speech.
 *
 * @param form the word as written
 * @param lemma its UD lemma
 * @param upos its UD part of speech (for a written word, that of its host)
 */
public record LemmaToken(String form, String lemma, String upos) {}
