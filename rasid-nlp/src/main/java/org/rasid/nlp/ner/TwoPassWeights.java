package org.rasid.nlp.ner;

/**
 * The weights of a stacked tagger's two passes under the first pass's key table: each first-pass feature key has a
 * row of the first pass's weights followed by the second pass's, as half-precision floats (the precision of the
 * model file), so one lookup and one cache line per key score both passes. The second pass sees only first-pass
 * features besides its own ({@link FeatureExtractor#concat}); its own ({@link FeatureExtractor#stack}) are looked up
 * in its model afterwards. Immutable.
 */
final class TwoPassWeights {
  private final int numLabels;
  private final LongIntMap index;
  /** {@code weights[row * 2L + label]}: first pass, then {@code weights[row * 2L + L + label]}: second pass. */
  private final short[] weights;
  /** The second pass's features that the first lacks (its own, {@link FeatureExtractor#stack}), row by row. */
  private final LongIntMap ownIndex;
  private final float[] ownWeights;

  TwoPassWeights(LinearChainModel first, LinearChainModel second) {
    numLabels = first.numLabels();
    index = first.features();
    int width = 2 * numLabels;
    weights = new short[index.size() * width];
    float[] w1 = first.weights();
    float[] w2 = second.weights();
    for (long k : index.keys()) {
      int row = index.get(k);
      int f2 = second.features().get(k);
      for (int y = 0; y < numLabels; y++) {
        weights[row * width + y] = Float.floatToFloat16(w1[row * numLabels + y]);
        weights[row * width + numLabels + y] = f2 < 0 ? 0 : Float.floatToFloat16(w2[f2 * numLabels + y]);
      }
    }
    long[] own = second.features().keys();
    java.util.Arrays.sort(own);
    ownIndex = new LongIntMap(64);
    float[] ow = new float[own.length * numLabels];
    for (long k : own) {
      if (index.get(k) < 0) {
        int row = ownIndex.size();
        ownIndex.put(k, row);
        System.arraycopy(w2, second.features().get(k) * numLabels, ow, row * numLabels, numLabels);
      }
    }
    ownWeights = java.util.Arrays.copyOf(ow, ownIndex.size() * numLabels);
  }

  /** Adds the second pass's own weights of a sentence's {@link FeatureExtractor#stack} keys to its scores. */
  void secondEmissions(long[][] keys, float[][] scores) {
    for (int i = 0; i < keys.length; i++) {
      float[] s = scores[i];
      for (long key : keys[i]) {
        int f = ownIndex.get(key);
        if (f >= 0) {
          int base = f * numLabels;
          for (int y = 0; y < numLabels; y++) {
            s[y] += ownWeights[base + y];
          }
        }
      }
    }
  }

  /** Adds each pass's weights of a sentence's keys to its scores ({@code [token][label]}). */
  void emissions(long[][] keys, float[][] first, float[][] second) {
    int width = 2 * numLabels;
    float[] acc = new float[width];
    for (int i = 0; i < keys.length; i++) {
      java.util.Arrays.fill(acc, 0f);
      for (long key : keys[i]) {
        int f = index.get(key);
        if (f >= 0) {
          // One contiguous row of both passes: a loop the compiler can vectorize.
          int base = f * width;
          for (int y = 0; y < width; y++) {
            acc[y] += Float.float16ToFloat(weights[base + y]);
          }
        }
      }
      float[] s1 = first[i];
      float[] s2 = second[i];
      for (int y = 0; y < numLabels; y++) {
        s1[y] += acc[y];
        s2[y] += acc[numLabels + y];
      }
    }
  }
}
