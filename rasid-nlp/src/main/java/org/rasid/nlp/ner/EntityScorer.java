package org.rasid.nlp.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 as conlleval computes them: a predicted chunk counts only when a gold chunk
 * has exactly its start, end and type ({@link Bio#spans}). Scores are per type and overall (micro-averaged over the
 * types scored). Only the types given are scored: tags of other types (MISC) are read as {@code O} in both the gold
 * and the predicted sequence first, which is conlleval run on the three types.
 */
public final class EntityScorer {
  private final List<String> types;
  private final Map<String, int[]> counts = new LinkedHashMap<>(); // type → {correct, predicted, gold}

  /** A scorer of {@code types} ({@code PERS}, {@code LOC}, {@code ORG}). */
  public EntityScorer(List<String> types) {
    this.types = List.copyOf(types);
    for (String t : types) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted tags (same length). */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
    }
    Set<String> keep = Set.copyOf(types);
    List<Bio.Span> g = Bio.spans(keepOnly(gold, keep));
    List<Bio.Span> p = Bio.spans(keepOnly(predicted, keep));
    Set<Bio.Span> goldSet = new HashSet<>(g);
    for (Bio.Span s : g) {
      counts.get(s.type())[2]++;
    }
    for (Bio.Span s : p) {
      int[] c = counts.get(s.type());
      c[1]++;
      if (goldSet.contains(s)) {
        c[0]++;
      }
    }
  }

  private static List<String> keepOnly(List<String> tags, Set<String> keep) {
    return tags.stream().map(t -> t.length() > 2 && !keep.contains(t.substring(2)) ? "O" : t).toList();
  }

  /** Scores of one type, or overall with {@code type == null}. */
  public Score score(String type) {
    int correct = 0;
    int predicted = 0;
    int gold = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      if (type == null || e.getKey().equals(type)) {
        correct += e.getValue()[0];
        predicted += e.getValue()[1];
        gold += e.getValue()[2];
      }
    }
    return new Score(correct, predicted, gold);
  }

  /** The types scored. */
  public List<String> types() {
    return types;
  }

  /**
   * Counts and rates of one type or overall. Precision is 0 with nothing predicted, recall 0 with nothing gold, as
   * conlleval reports them.
   */
  public record Score(int correct, int predicted, int gold) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
