package org.rasid.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Distributional word classes learnt from unlabeled text, without embeddings: each frequent stem ({@link Clitics} of
 * the normalized word) is described by the counts of its left and right neighbours among the most frequent stems,
 * and spherical k-means groups the stems at several granularities ({@link #GRANULARITIES}). Stems used the same way
 * (city names after في and من, first names before a family name) land in the same class, which carries to names
 * never seen in the labelled data. Deterministic: initial centroids are the most frequent stems, ties broken by
 * string order.
 */
final class WordClusters {
  /** Numbers of classes, coarse to fine. */
  static final int[] GRANULARITIES = {32, 128, 512};
  /** Stems seen fewer times are not clustered. */
  static final int MIN_COUNT = 3;
  /** Context stems: the most frequent ones. */
  static final int CONTEXT_WORDS = 400;
  static final int ITERATIONS = 12;

  static final WordClusters NONE = new WordClusters(Map.of());

  private final Map<String, int[]> classes;

  WordClusters(Map<String, int[]> classes) {
    this.classes = Map.copyOf(classes);
  }

  /** The classes of a stem, coarse to fine, or null when the stem was not clustered. */
  int[] of(String stem) {
    return classes.get(stem);
  }

  Map<String, int[]> classes() {
    return classes;
  }

  int size() {
    return classes.size();
  }

  /** Learns the classes from sentences of words (as written). */
  static WordClusters learn(List<List<String>> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    List<String[]> stemmed = new ArrayList<>(sentences.size());
    for (List<String> s : sentences) {
      String[] stems = new String[s.size()];
      for (int i = 0; i < stems.length; i++) {
        stems[i] = Clitics.split(ArabicNormalizer.normalizeForSearch(s.get(i))).stem();
        counts.merge(stems[i], 1, Integer::sum);
      }
      stemmed.add(stems);
    }
    List<String> byFrequency = new ArrayList<>(counts.keySet());
    byFrequency.sort(Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder()));
    Map<String, Integer> context = new HashMap<>();
    for (int i = 0; i < Math.min(CONTEXT_WORDS, byFrequency.size()); i++) {
      context.put(byFrequency.get(i), i);
    }
    List<String> vocab = new ArrayList<>();
    Map<String, Integer> vocabIndex = new HashMap<>();
    for (String w : byFrequency) {
      if (counts.get(w) >= MIN_COUNT) {
        vocabIndex.put(w, vocab.size());
        vocab.add(w);
      }
    }
    int dims = 2 * (CONTEXT_WORDS + 2);
    float[][] dense = new float[vocab.size()][];
    int[][] counted = new int[vocab.size()][dims];
    for (String[] stems : stemmed) {
      for (int i = 0; i < stems.length; i++) {
        Integer w = vocabIndex.get(stems[i]);
        if (w == null) {
          continue;
        }
        counted[w][contextIndex(context, stems, i - 1)]++;
        counted[w][CONTEXT_WORDS + 2 + contextIndex(context, stems, i + 1)]++;
      }
    }
    // Sparse rows: (index, weight) with sqrt counts, unit length.
    int[][] idx = new int[vocab.size()][];
    float[][] val = new float[vocab.size()][];
    for (int w = 0; w < vocab.size(); w++) {
      int nnz = 0;
      for (int c : counted[w]) {
        nnz += c > 0 ? 1 : 0;
      }
      idx[w] = new int[nnz];
      val[w] = new float[nnz];
      double norm = 0;
      int k = 0;
      for (int d = 0; d < dims; d++) {
        if (counted[w][d] > 0) {
          idx[w][k] = d;
          val[w][k] = (float) Math.sqrt(counted[w][d]);
          norm += counted[w][d];
          k++;
        }
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < nnz; j++) {
        val[w][j] *= inv;
      }
      counted[w] = null;
    }
    Arrays.fill(dense, null);
    int[][] assignments = new int[GRANULARITIES.length][];
    for (int g = 0; g < GRANULARITIES.length; g++) {
      assignments[g] = kmeans(idx, val, dims, Math.min(GRANULARITIES[g], vocab.size()));
    }
    Map<String, int[]> classes = new HashMap<>();
    for (int w = 0; w < vocab.size(); w++) {
      int[] c = new int[GRANULARITIES.length];
      for (int g = 0; g < c.length; g++) {
        c[g] = assignments[g][w];
      }
      classes.put(vocab.get(w), c);
    }
    return new WordClusters(classes);
  }

  private static int contextIndex(Map<String, Integer> context, String[] stems, int i) {
    if (i < 0 || i >= stems.length) {
      return CONTEXT_WORDS; // sentence edge
    }
    return context.getOrDefault(stems[i], CONTEXT_WORDS + 1);
  }

  /** Spherical k-means over unit sparse rows; rows 0…k−1 (the most frequent) seed the centroids. */
  private static int[] kmeans(int[][] idx, float[][] val, int dims, int k) {
    int n = idx.length;
    int[] assign = new int[n];
    if (k == 0) {
      return assign;
    }
    float[][] centroids = new float[k][dims];
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < idx[c].length; j++) {
        centroids[c][idx[c][j]] = val[c][j];
      }
    }
    for (int it = 0; it < ITERATIONS; it++) {
      for (int w = 0; w < n; w++) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
          float[] cent = centroids[c];
          float s = 0;
          for (int j = 0; j < idx[w].length; j++) {
            s += cent[idx[w][j]] * val[w][j];
          }
          if (s > bestScore) {
            bestScore = s;
            best = c;
          }
        }
        assign[w] = best;
      }
      for (float[] cent : centroids) {
        Arrays.fill(cent, 0);
      }
      for (int w = 0; w < n; w++) {
        float[] cent = centroids[assign[w]];
        for (int j = 0; j < idx[w].length; j++) {
          cent[idx[w][j]] += val[w][j];
        }
      }
      for (float[] cent : centroids) {
        double norm = 0;
        for (float x : cent) {
          norm += x * x;
        }
        if (norm > 0) {
          float inv = (float) (1 / Math.sqrt(norm));
          for (int d = 0; d < dims; d++) {
            cent[d] *= inv;
          }
        }
      }
    }
    return assign;
  }
}
