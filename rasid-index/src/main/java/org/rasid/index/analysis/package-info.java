/**
 * rasid's Arabic analysis for Lucene: {@link org.rasid.index.analysis.RasidAnalyzers} wires the chains; the pure
 * algorithms ({@link org.rasid.index.analysis.ArabicClitics}, {@link org.rasid.index.analysis.ArabicLightStemmer},
 * and {@link org.rasid.core.text.ArabicNormalizer} in rasid-core) work on {@code char[]} and each has a small final
 * {@code TokenFilter} adapter. The stemming choice and its measurement are in docs/stemming.md.
 */
package org.rasid.index.analysis;
