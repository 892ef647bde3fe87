package org.rasid.bench.stemming;

/**
 * One syntactic word of a CoNLL-U file.
 *
 * @param form the FORM column, as written
 * @param lemma the LEMMA column ("_" when unknown)
 * @param upos the UPOS column
 * @param spaceAfter false when the MISC column says {@code SpaceAfter=No}: the next word is written attached
 */
public record UdWord(String form, String lemma, String upos, boolean spaceAfter) {}
