package org.rasid.nlp.ner;

/**
 * A decoding rule for the family name after a given name: when the best path tags a known given name ({@link
 * Names#GIVEN}) that a title introduces (within three words) as a one-word person and the next word as O, although
 * that word could be a family name (a bare Arabic word of three letters or more that is no trigger and no place:
 * الرئيس الإيراني إبراهيم رئيسي, where رئيسي is also the adjective "main"), the best path with that word forced to
 * I-PERS is taken if it scores at most {@code margin} below the best one. In Arabic news a person introduced by a
 * given name alone is rare, and a lone given name is the typical error of
 * a family name that is also a common word; the model's own scores decide how close is close enough, and the margin
 * is chosen on dev by {@link NerTraining} (0 turns the rule off). Pure: paths and scores in, a path out.
 */
final class FamilyNames {
  private FamilyNames() {}

  /**
   * The path after the rule.
   *
   * @param path the best path (not changed)
   * @param given whether each token is a known given name introduced by a title
   * @param candidate whether each token may be a family name
   */
  static int[] apply(int[] path, float[][] emissions, float[] transitions, boolean[] allowed, int numLabels,
      boolean[] given, boolean[] candidate, int bPers, int iPers, float margin) {
    if (margin <= 0 || bPers < 0 || iPers < 0) {
      return path;
    }
    int[] out = path;
    for (int j = 1; j < out.length; j++) {
      if (out[j - 1] != bPers || out[j] != 0 || !given[j - 1] || !candidate[j]) {
        continue;
      }
      float[][] forced = emissions.clone();
      forced[j] = new float[numLabels];
      java.util.Arrays.fill(forced[j], Float.NEGATIVE_INFINITY);
      forced[j][iPers] = emissions[j][iPers];
      int[] alternative = LinearChainModel.viterbi(forced, transitions, allowed, numLabels);
      if (alternative[j] == iPers
          && score(out, emissions, transitions, numLabels) - score(alternative, emissions, transitions, numLabels)
              <= margin) {
        out = alternative;
      }
    }
    return out;
  }

  /** The score of a path: its emissions and transitions (row 0: the sentence start). */
  static float score(int[] path, float[][] emissions, float[] transitions, int numLabels) {
    float s = 0;
    int prev = -1;
    for (int i = 0; i < path.length; i++) {
      s += emissions[i][path[i]] + transitions[(prev + 1) * numLabels + path[i]];
      prev = path[i];
    }
    return s;
  }
}
