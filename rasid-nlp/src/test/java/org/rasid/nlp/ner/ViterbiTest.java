package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViterbiTest {
  private static final List<String> LABELS = List.of("O", "B-PERS", "I-PERS");

  @Test
  void findsTheBestPathOfATinyModel() {
    // Emissions favour O, B, O token by token, but the transition B→I is worth so much that O, B, I wins:
    // O,B,O = 1 + 1 + 1 = 3 (+0 transitions); O,B,I = 1 + 1 + 0.5 + 2 (B→I) = 4.5.
    float[][] em = {{1, 0, 0}, {0, 1, 0}, {1, 0, 0.5f}};
    float[] trans = new float[4 * 3];
    trans[(1 + 1) * 3 + 2] = 2; // B-PERS → I-PERS
    boolean[] allowed = LinearChainModel.allowedTransitions(LABELS);
    assertThat(LinearChainModel.viterbi(em, trans, allowed, 3)).containsExactly(0, 1, 2);
    assertThat(bruteForceBest(em, trans, allowed)).containsExactly(0, 1, 2);
  }

  @Test
  void neverPutsInsideAfterOutside() {
    // I-PERS has the best emission everywhere, but may not start a sentence or follow O.
    float[][] em = {{0, 0, 5}, {0, 0, 5}};
    float[] trans = new float[4 * 3];
    boolean[] allowed = LinearChainModel.allowedTransitions(LABELS);
    int[] path = LinearChainModel.viterbi(em, trans, allowed, 3);
    assertThat(path).containsExactly(1, 2);
  }

  @Test
  void agreesWithBruteForceOnRandomModels() {
    java.util.Random r = new java.util.Random(7);
    boolean[] allowed = LinearChainModel.allowedTransitions(LABELS);
    for (int round = 0; round < 200; round++) {
      int n = 1 + r.nextInt(5);
      float[][] em = new float[n][3];
      for (float[] row : em) {
        for (int y = 0; y < 3; y++) {
          row[y] = r.nextInt(7) - 3 + r.nextFloat();
        }
      }
      float[] trans = new float[12];
      for (int i = 0; i < trans.length; i++) {
        trans[i] = r.nextInt(5) - 2 + r.nextFloat();
      }
      int[] best = bruteForceBest(em, trans, allowed);
      int[] got = LinearChainModel.viterbi(em, trans, allowed, 3);
      assertThat(score(got, em, trans)).as("round %d (seed 7)", round).isEqualTo(score(best, em, trans));
    }
  }

  @Test
  void emptySentenceHasAnEmptyPath() {
    assertThat(LinearChainModel.viterbi(new float[0][3], new float[12], LinearChainModel.allowedTransitions(LABELS),
        3)).isEmpty();
  }

  private static float score(int[] path, float[][] em, float[] trans) {
    float s = 0;
    for (int i = 0; i < path.length; i++) {
      int prev = i == 0 ? -1 : path[i - 1];
      s += em[i][path[i]] + trans[(prev + 1) * 3 + path[i]];
    }
    return s;
  }

  private static int[] bruteForceBest(float[][] em, float[] trans, boolean[] allowed) {
    int n = em.length;
    int[] best = null;
    float bestScore = Float.NEGATIVE_INFINITY;
    int total = (int) Math.pow(3, n);
    for (int code = 0; code < total; code++) {
      int[] path = new int[n];
      int c = code;
      boolean ok = true;
      for (int i = 0; i < n; i++) {
        path[i] = c % 3;
        c /= 3;
      }
      for (int i = 0; i < n && ok; i++) {
        int prev = i == 0 ? -1 : path[i - 1];
        ok = allowed[(prev + 1) * 3 + path[i]];
      }
      if (ok && score(path, em, trans) > bestScore) {
        bestScore = score(path, em, trans);
        best = path;
      }
    }
    return best;
  }
}
