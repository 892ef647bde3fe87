package org.rasid.nlp.ner;

import java.util.List;

/**
 * A first-order linear-chain model: a weight per (feature, label), a weight per (previous label, label) with a start
 * row, and Viterbi decoding under the BIO constraint (an {@code I-X} label only after {@code B-X} or {@code I-X}).
 * Pure and thread-safe once built: decoding reads the arrays and never writes them.
 */
final class LinearChainModel {
  private final List<String> labels;
  private final int numLabels;
  private final LongIntMap features;
  /** {@code weights[feature * numLabels + label]}. */
  private final float[] weights;
  /** {@code transitions[(previous + 1) * numLabels + label]}; row 0 is the start of the sentence. */
  private final float[] transitions;
  /** {@code allowed[(previous + 1) * numLabels + label]}. */
  private final boolean[] allowed;

  LinearChainModel(List<String> labels, LongIntMap features, float[] weights, float[] transitions) {
    this.labels = List.copyOf(labels);
    this.numLabels = labels.size();
    this.features = features;
    this.weights = weights;
    this.transitions = transitions;
    this.allowed = allowedTransitions(this.labels);
  }

  List<String> labels() {
    return labels;
  }

  int numLabels() {
    return numLabels;
  }

  LongIntMap features() {
    return features;
  }

  float[] weights() {
    return weights;
  }

  float[] transitions() {
    return transitions;
  }

  /** Whether label {@code to} may follow label {@code from} (−1: the sentence start) under BIO. */
  static boolean[] allowedTransitions(List<String> labels) {
    int n = labels.size();
    boolean[] allowed = new boolean[(n + 1) * n];
    for (int from = -1; from < n; from++) {
      for (int to = 0; to < n; to++) {
        String t = labels.get(to);
        boolean ok = true;
        if (t.startsWith("I-")) {
          String prev = from < 0 ? "O" : labels.get(from);
          ok = prev.length() > 2 && prev.substring(2).equals(t.substring(2));
        }
        allowed[(from + 1) * n + to] = ok;
      }
    }
    return allowed;
  }

  /** Emission scores {@code [token][label]} of a sentence's feature keys. */
  float[][] emissions(long[][] keys) {
    float[][] scores = new float[keys.length][numLabels];
    addEmissions(keys, scores);
    return scores;
  }

  /** Adds the weights of a sentence's feature keys to {@code scores} ({@code [token][label]}). */
  void addEmissions(long[][] keys, float[][] scores) {
    for (int i = 0; i < keys.length; i++) {
      float[] s = scores[i];
      for (long key : keys[i]) {
        int f = features.get(key);
        if (f >= 0) {
          int base = f * numLabels;
          for (int y = 0; y < numLabels; y++) {
            s[y] += weights[base + y];
          }
        }
      }
    }
  }

  /** The best label index sequence for a sentence's feature keys. */
  int[] decode(long[][] keys) {
    return viterbi(emissions(keys), transitions, allowed, numLabels);
  }

  /**
   * Viterbi over emission and transition scores, forbidden transitions skipped. Ties go to the lower label index, so
   * the result is deterministic.
   */
  static int[] viterbi(float[][] emissions, float[] transitions, boolean[] allowed, int numLabels) {
    int n = emissions.length;
    int[] path = new int[n];
    if (n == 0) {
      return path;
    }
    float[] score = new float[numLabels];
    float[] next = new float[numLabels];
    int[][] back = new int[n][numLabels];
    for (int y = 0; y < numLabels; y++) {
      score[y] = allowed[y] ? transitions[y] + emissions[0][y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < numLabels; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < numLabels; p++) {
          int t = (p + 1) * numLabels + y;
          if (!allowed[t] || score[p] == Float.NEGATIVE_INFINITY) {
            continue;
          }
          float s = score[p] + transitions[t];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[y] = best + emissions[i][y];
        back[i][y] = arg;
      }
      float[] tmp = score;
      score = next;
      next = tmp;
    }
    int best = 0;
    for (int y = 1; y < numLabels; y++) {
      if (score[y] > score[best]) {
        best = y;
      }
    }
    path[n - 1] = best;
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i][path[i]];
    }
    return path;
  }
}
