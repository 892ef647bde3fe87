/**
 * Understanding Arabic news text: {@link org.rasid.nlp.ArabicTokenizer} (words with offsets), {@link
 * org.rasid.nlp.ner.NerTagger} (persons, locations, organizations), and canonical entities (package {@code
 * entities}, later).
 */
package org.rasid.nlp;
