package org.rasid.bench.htmlfixtures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Token-level agreement of an extracted body with the gold body, as bags of tokens: {@code overlap} counts each
 * token as often as it occurs in both (multiset intersection).
 *
 * <p>Tokens: the text folded by {@link ArabicNormalizer#normalizeForSearch} (alef, yaa, taa marbuta, hamza seats,
 * diacritics, tatweel, digits, Latin case), then split at whitespace and punctuation (Unicode P* and ASCII
 * punctuation). Spelling variants therefore do not count as errors; words, their order inside a paragraph and
 * paragraph boundaries do not matter, missing and extra words do.
 *
 * @param gold tokens in the gold body
 * @param extracted tokens in the extracted body
 * @param overlap tokens in both
 */
public record BodyScore(int gold, int extracted, int overlap) {
  private static final String SEPARATORS = "[\\s\\p{Punct}\\p{IsPunctuation}\\p{IsWhite_Space}]+";

  /** Nothing extracted against a gold body: all scores 0 (as an extractor failure counts). */
  public static BodyScore failed(List<String> goldBody) {
    return new BodyScore(tokens(goldBody).size(), 0, 0);
  }

  /** Scores {@code extracted} blocks against {@code gold} blocks. */
  public static BodyScore of(List<String> gold, List<String> extracted) {
    List<String> g = tokens(gold);
    List<String> e = tokens(extracted);
    Map<String, Integer> counts = new HashMap<>();
    for (String t : g) {
      counts.merge(t, 1, Integer::sum);
    }
    int overlap = 0;
    for (String t : e) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        overlap++;
        counts.put(t, c - 1);
      }
    }
    return new BodyScore(g.size(), e.size(), overlap);
  }

  /** The tokens of some texts, in order. */
  public static List<String> tokens(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      out.addAll(tokens(text));
    }
    return out;
  }

  /** The tokens of one text, in order: search-folded, split at whitespace and punctuation. */
  public static List<String> tokens(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(ArabicNormalizer.normalizeForSearch(text).split(SEPARATORS)).filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * The texts of {@code texts} that are mostly absent from {@code other}: fewer than half of their tokens occur in
   * it at all. Over the gold body and the extracted blocks, these are the paragraphs missed and the blocks added.
   */
  public static List<String> mostlyAbsent(List<String> texts, List<String> other) {
    java.util.Set<String> present = new java.util.HashSet<>(tokens(other));
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      List<String> t = tokens(text);
      long found = t.stream().filter(present::contains).count();
      if (!t.isEmpty() && found * 2 < t.size()) {
        out.add(text);
      }
    }
    return out;
  }

  /** Share of extracted tokens that are in the gold; 1 when nothing was extracted and nothing was expected. */
  public double precision() {
    return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) overlap / extracted;
  }

  /** Share of gold tokens that were extracted; 1 when nothing was expected and nothing was extracted. */
  public double recall() {
    return gold == 0 ? (extracted == 0 ? 1 : 0) : (double) overlap / gold;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
