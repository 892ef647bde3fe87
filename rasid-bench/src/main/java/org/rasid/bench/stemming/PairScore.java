package org.rasid.bench.stemming;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a stemmer's conflation of word types agrees with their lemmas, counted over pairs of distinct types:
 * recall is the share of same-lemma pairs that get the same stem, precision the share of same-stem pairs that share
 * a lemma. The pair counts come from group sizes (a group of n has n(n-1)/2 pairs), never by listing pairs: same-lemma
 * pairs from the lemma groups, same-stem pairs from the stem groups, and pairs that share both from the groups of
 * (lemma, stem). This is the pair counting of Rand's comparison of two clusterings ("Objective criteria for the
 * evaluation of clustering methods", JASA 66, 1971); recall is one minus the understemming index of Paice ("Method for
 * evaluation of stemming algorithms based on error counting", JASIS 47(8), 1996).
 *
 * @param lemmaPairs pairs of types that share a lemma
 * @param stemPairs pairs of types that get the same stem
 * @param sharedPairs pairs that do both
 * @param stems distinct stems
 */
public record PairScore(long lemmaPairs, long stemPairs, long sharedPairs, int stems) {

  /**
   * Scores parallel lists: type {@code i} has lemma {@code lemmas.get(i)} and stem {@code stems.get(i)}.
   *
   * @throws IllegalArgumentException when the lists differ in size
   */
  public static PairScore of(List<String> lemmas, List<String> stems) {
    if (lemmas.size() != stems.size()) {
      throw new IllegalArgumentException(lemmas.size() + " lemmas but " + stems.size() + " stems");
    }
    Map<String, Long> lemmaGroups = new HashMap<>();
    Map<String, Long> stemGroups = new HashMap<>();
    Map<Cell, Long> cells = new HashMap<>();
    for (int i = 0; i < lemmas.size(); i++) {
      lemmaGroups.merge(lemmas.get(i), 1L, Long::sum);
      stemGroups.merge(stems.get(i), 1L, Long::sum);
      cells.merge(new Cell(lemmas.get(i), stems.get(i)), 1L, Long::sum);
    }
    return new PairScore(pairs(lemmaGroups), pairs(stemGroups), pairs(cells), stemGroups.size());
  }

  private record Cell(String lemma, String stem) {}

  private static long pairs(Map<?, Long> groups) {
    long pairs = 0;
    for (long n : groups.values()) {
      pairs += n * (n - 1) / 2;
    }
    return pairs;
  }

  /** Shared pairs over same-stem pairs; NaN when the stemmer conflates nothing. */
  public double precision() {
    return stemPairs == 0 ? Double.NaN : (double) sharedPairs / stemPairs;
  }

  /** Shared pairs over same-lemma pairs; NaN when no two types share a lemma. */
  public double recall() {
    return lemmaPairs == 0 ? Double.NaN : (double) sharedPairs / lemmaPairs;
  }

  /** The harmonic mean of precision and recall; 0 when nothing is shared. */
  public double f1() {
    return sharedPairs == 0 ? 0 : 2 * precision() * recall() / (precision() + recall());
  }
}
