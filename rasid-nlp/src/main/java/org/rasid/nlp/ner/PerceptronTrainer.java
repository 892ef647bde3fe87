package org.rasid.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the tagger: a structured averaged perceptron (Collins 2002) with first-order Viterbi decoding under the BIO
 * constraint. Each epoch visits the training sentences in an order shuffled with a fixed seed; after each epoch the
 * averaged weights tag the dev sentences, and the epoch with the best dev F1 (PERS, LOC, ORG; {@link EntityScorer})
 * is kept. Training stops after {@link Settings#patience()} epochs without a better dev score. Features whose
 * averaged weights are all below {@link Settings#prune()} in magnitude are dropped from the model.
 *
 * <p>Deterministic: the same data and settings give the same model bit for bit (fixed seed, features numbered in the
 * order first seen, sequential float arithmetic).
 */
public final class PerceptronTrainer {
  /** The types scored for early stopping. */
  public static final List<String> SCORED_TYPES = List.of("PERS", "LOC", "ORG");

  /**
   * Training settings.
   *
   * @param maxEpochs most passes over the training data
   * @param patience epochs without a better dev F1 before stopping
   * @param seed the shuffling seed
   * @param prune features with every averaged weight below this in magnitude are dropped
   * @param clusters whether to learn and use word clusters
   * @param wordDropout chance that a training token's identity features (word, normalized form, stem) are hidden
   *     for one visit, so that the context, affix and cluster features learn to recognize names never seen
   * @param stackFolds 0 for one pass; k ≥ 2 for a second, stacked pass ({@link FeatureExtractor#stack}) trained on
   *     first-pass labels of the training data got by k-fold jackknifing ({@link NerTraining})
   */
  public record Settings(int maxEpochs, int patience, long seed, float prune, boolean clusters, float wordDropout,
      int stackFolds) {
    /** The settings of the shipped model. */
    public static Settings defaults() {
      return new Settings(20, 3, 20_260_529L, 0.05f, true, 0.25f, 5);
    }

    /** One pass, no stacking. */
    public Settings(int maxEpochs, int patience, long seed, float prune, boolean clusters, float wordDropout) {
      this(maxEpochs, patience, seed, prune, clusters, wordDropout, 0);
    }

    /** These settings with another number of stacking folds. */
    public Settings withStackFolds(int folds) {
      return new Settings(maxEpochs, patience, seed, prune, clusters, wordDropout, folds);
    }
  }

  /**
   * What a second pass trains on: the first-pass tagger (its model, clusters and features are kept) and the first
   * pass's label indices ({@link NerTagger#labelSet()} order) of every training and dev sentence.
   */
  record Stacking(NerTagger first, int[][] trainLabels, int[][] devLabels) {}

  /** One epoch's dev score. */
  public record Epoch(int epoch, double devF1, int mistakes) {}

  /**
   * The trained tagger and how training went.
   *
   * @param bestEpoch the epoch kept (1-based)
   * @param features number of features in the model after pruning (before: {@code featuresSeen})
   */
  public record Result(NerTagger tagger, List<Epoch> epochs, int bestEpoch, int featuresSeen, int features) {}

  private PerceptronTrainer() {}

  /**
   * Trains on {@code train}, choosing the epoch on {@code dev}.
   *
   * @param unlabeled sentences whose words (not tags) feed the word clusters, besides {@code train}'s (never dev's)
   * @param log receives a line per epoch
   */
  public static Result train(List<TaggedSentence> train, List<TaggedSentence> dev, List<List<String>> unlabeled,
      Settings settings, Consumer<String> log) {
    return train(train, dev, unlabeled, settings, log, null);
  }

  /** Trains a first pass ({@code stacking} null), or the second pass over {@code stacking}'s first. */
  static Result train(List<TaggedSentence> train, List<TaggedSentence> dev, List<List<String>> unlabeled,
      Settings settings, Consumer<String> log, Stacking stacking) {
    List<String> labels = labelSet(train);
    int numLabels = labels.size();
    if (stacking != null && !stacking.first().labelSet().equals(labels)) {
      throw new IllegalArgumentException("first pass labels " + stacking.first().labelSet() + " differ from " + labels);
    }
    WordClusters clusters = WordClusters.NONE;
    if (stacking != null) {
      clusters = stacking.first().clusters();
    } else if (settings.clusters()) {
      List<List<String>> text = new ArrayList<>(unlabeled);
      train.forEach(s -> text.add(s.words()));
      clusters = WordClusters.learn(text);
      log.accept("word clusters: " + clusters.size() + " stems");
    }
    FeatureExtractor extractor = stacking != null ? stacking.first().extractor()
        : new FeatureExtractor(Places.shipped(), clusters, Names.shipped());
    LongIntMap index = new LongIntMap(1 << 20);
    int[][][] ids = new int[train.size()][][];
    int[][] gold = new int[train.size()][];
    List<List<String>> trainWords = train.stream().map(TaggedSentence::words).toList();
    long[][][] trainKeys = extractor.extractDocument(trainWords);
    if (stacking != null) {
      trainKeys = FeatureExtractor.concat(trainKeys, stacking.first().firstPass().features(),
          extractor.stack(trainWords, stacking.trainLabels(), labels));
    }
    for (int s = 0; s < train.size(); s++) {
      TaggedSentence sent = train.get(s);
      long[][] keys = trainKeys[s];
      ids[s] = new int[keys.length][];
      gold[s] = new int[keys.length];
      for (int i = 0; i < keys.length; i++) {
        int[] row = new int[keys[i].length];
        for (int j = 0; j < row.length; j++) {
          int f = index.get(keys[i][j]);
          if (f < 0) {
            f = index.size();
            index.put(keys[i][j], f);
          }
          row[j] = f;
        }
        ids[s][i] = row;
        gold[s][i] = labels.indexOf(sent.tags().get(i));
      }
    }
    int numFeatures = index.size();
    log.accept("features: " + numFeatures + ", labels: " + labels);
    List<List<String>> devWords = dev.stream().map(TaggedSentence::words).toList();
    long[][][] devKeys = extractor.extractDocument(devWords);
    if (stacking != null) {
      devKeys = FeatureExtractor.concat(devKeys, stacking.first().firstPass().features(),
          extractor.stack(devWords, stacking.devLabels(), labels));
    }

    float[] w = new float[numFeatures * numLabels];
    double[] u = new double[w.length];
    float[] t = new float[(numLabels + 1) * numLabels];
    double[] ut = new double[t.length];
    boolean[] allowed = LinearChainModel.allowedTransitions(labels);
    Random random = new Random(settings.seed());
    int[] order = new int[train.size()];
    Arrays.setAll(order, i -> i);
    long c = 1;
    double bestF1 = -1;
    int bestEpoch = 0;
    float[] bestW = null;
    float[] bestT = null;
    List<Epoch> epochs = new ArrayList<>();
    for (int epoch = 1; epoch <= settings.maxEpochs(); epoch++) {
      shuffle(order, random);
      int mistakes = 0;
      for (int s : order) {
        int[][] x = ids[s];
        int[] y = gold[s];
        boolean[] hidden = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
          hidden[i] = settings.wordDropout() > 0 && random.nextFloat() < settings.wordDropout();
        }
        float[][] em = new float[x.length][numLabels];
        for (int i = 0; i < x.length; i++) {
          for (int j = 0; j < x[i].length; j++) {
            if (hidden[i] && isIdentitySlot(j)) {
              continue;
            }
            int base = x[i][j] * numLabels;
            for (int l = 0; l < numLabels; l++) {
              em[i][l] += w[base + l];
            }
          }
        }
        int[] pred = LinearChainModel.viterbi(em, t, allowed, numLabels);
        if (!Arrays.equals(pred, y)) {
          mistakes++;
          for (int i = 0; i < x.length; i++) {
            if (pred[i] != y[i]) {
              for (int j = 0; j < x[i].length; j++) {
                if (hidden[i] && isIdentitySlot(j)) {
                  continue;
                }
                int base = x[i][j] * numLabels;
                w[base + y[i]] += 1;
                u[base + y[i]] += c;
                w[base + pred[i]] -= 1;
                u[base + pred[i]] -= c;
              }
            }
            int gPrev = i == 0 ? -1 : y[i - 1];
            int pPrev = i == 0 ? -1 : pred[i - 1];
            if (gPrev != pPrev || y[i] != pred[i]) {
              int gi = (gPrev + 1) * numLabels + y[i];
              int pi = (pPrev + 1) * numLabels + pred[i];
              t[gi] += 1;
              ut[gi] += c;
              t[pi] -= 1;
              ut[pi] -= c;
            }
          }
        }
        c++;
      }
      float[] avgW = average(w, u, c);
      float[] avgT = average(t, ut, c);
      LinearChainModel model = new LinearChainModel(labels, index, avgW, avgT);
      double f1 = devF1(model, dev, devKeys);
      epochs.add(new Epoch(epoch, f1, mistakes));
      log.accept(String.format(java.util.Locale.ROOT, "epoch %2d: %5d sentences wrong, dev F1 %.2f", epoch,
          mistakes, 100 * f1));
      if (f1 > bestF1) {
        bestF1 = f1;
        bestEpoch = epoch;
        bestW = avgW;
        bestT = avgT;
      } else if (epoch - bestEpoch >= settings.patience()) {
        break;
      }
    }
    LinearChainModel pruned = prune(labels, index, bestW, bestT, settings.prune());
    log.accept("kept epoch " + bestEpoch + "; features after pruning: " + pruned.features().size());
    NerTagger tagger = stacking == null ? new NerTagger(pruned, clusters)
        : new NerTagger(stacking.first().firstPass(), pruned, clusters);
    return new Result(tagger, List.copyOf(epochs), bestEpoch, numFeatures,
        pruned.features().size());
  }

  /** The labels of the training data: O first, then B-/I- pairs by type in string order. */
  static List<String> labelSet(List<TaggedSentence> train) {
    java.util.TreeSet<String> types = new java.util.TreeSet<>();
    for (TaggedSentence s : train) {
      for (String tag : s.tags()) {
        if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
          types.add(tag.substring(2));
        } else if (!tag.equals("O")) {
          throw new IllegalArgumentException("not a BIO tag: '" + tag + "'");
        }
      }
    }
    List<String> labels = new ArrayList<>();
    labels.add("O");
    for (String type : types) {
      labels.add("B-" + type);
      labels.add("I-" + type);
    }
    return labels;
  }

  static double devF1(LinearChainModel model, List<TaggedSentence> dev, long[][][] devKeys) {
    EntityScorer scorer = new EntityScorer(SCORED_TYPES);
    for (int s = 0; s < dev.size(); s++) {
      int[] pred = model.decode(devKeys[s]);
      List<String> tags = new ArrayList<>(pred.length);
      for (int p : pred) {
        tags.add(model.labels().get(p));
      }
      scorer.add(dev.get(s).tags(), tags);
    }
    return scorer.score(null).f1();
  }

  private static float[] average(float[] w, double[] u, long c) {
    float[] avg = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      avg[i] = (float) (w[i] - u[i] / c);
    }
    return avg;
  }

  private static LinearChainModel prune(List<String> labels, LongIntMap index, float[] w, float[] t, float min) {
    int numLabels = labels.size();
    long[] keys = index.keys();
    Arrays.sort(keys);
    LongIntMap kept = new LongIntMap(keys.length / 4);
    float[] out = new float[keys.length * numLabels];
    int n = 0;
    for (long key : keys) {
      int base = index.get(key) * numLabels;
      float max = 0;
      for (int l = 0; l < numLabels; l++) {
        max = Math.max(max, Math.abs(w[base + l]));
      }
      if (max >= min) {
        System.arraycopy(w, base, out, n * numLabels, numLabels);
        kept.put(key, n++);
      }
    }
    return new LinearChainModel(labels, kept, Arrays.copyOf(out, n * numLabels), t);
  }

  private static boolean isIdentitySlot(int j) {
    for (int slot : FeatureExtractor.IDENTITY_SLOTS) {
      if (slot == j) {
        return true;
      }
    }
    return false;
  }

  /** Fisher–Yates with the given generator. */
  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = a[i];
      a[i] = a[j];
      a[j] = tmp;
    }
  }
}
