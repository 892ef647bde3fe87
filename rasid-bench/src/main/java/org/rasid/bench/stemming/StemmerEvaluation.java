package org.rasid.bench.stemming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores stemming chains against the lemmas of a treebank, in each {@link View}. Pure computation, no I/O. */
public final class StemmerEvaluation {
  /** Timed rounds per candidate; the median counts. Odd, so the median is one of them. */
  static final int ROUNDS = 5;

  private StemmerEvaluation() {}

  /** One chain's score in one view. */
  public record Row(String name, PairScore score) {}

  /** All chains' scores in one view, over that view's vocabulary. */
  public record ViewResult(View view, Vocabulary vocabulary, List<Row> rows) {
    public ViewResult {
      rows = List.copyOf(rows);
    }

    /** The row with the highest F1 (the first of equals). */
    public Row best() {
      Row best = rows.getFirst();
      for (Row row : rows) {
        if (row.score().f1() > best.score().f1()) {
          best = row;
        }
      }
      return best;
    }
  }

  /** Scores every candidate over the vocabulary of {@code sentences} in {@code view}. */
  public static ViewResult evaluate(View view, List<List<UdWord>> sentences, List<Candidate> candidates) {
    return score(view, view.tokens(sentences), candidates);
  }

  /**
   * Scores every candidate separately over the words of each part of speech in {@code parts}: pairs within nouns,
   * within proper nouns, and so on.
   *
   * @return one result per part of speech, in the order of {@code parts}
   */
  public static Map<String, ViewResult> byPartOfSpeech(View view, List<List<UdWord>> sentences,
      List<Candidate> candidates, List<String> parts) {
    List<LemmaToken> tokens = view.tokens(sentences);
    Map<String, ViewResult> results = new LinkedHashMap<>();
    for (String part : parts) {
      results.put(part, score(view, tokens.stream().filter(t -> t.upos().equals(part)).toList(), candidates));
    }
    return results;
  }

  private static ViewResult score(View view, List<LemmaToken> tokens, List<Candidate> candidates) {
    Vocabulary vocabulary = Vocabulary.of(tokens);
    List<String> lemmas = vocabulary.types().stream().map(WordType::lemma).toList();
    List<Row> rows = new ArrayList<>();
    for (Candidate candidate : candidates) {
      rows.add(new Row(candidate.name(), PairScore.of(lemmas, stems(candidate, vocabulary))));
    }
    return new ViewResult(view, vocabulary, rows);
  }

  /** The candidate's stem of each type's spelling, in vocabulary order. */
  public static List<String> stems(Candidate candidate, Vocabulary vocabulary) {
    return vocabulary.types().stream().map(t -> candidate.stem(t.spelling())).toList();
  }

  /** How many types {@code a} and {@code b} stem alike. */
  public static int agreement(Candidate a, Candidate b, Vocabulary vocabulary) {
    List<String> first = stems(a, vocabulary);
    List<String> second = stems(b, vocabulary);
    int same = 0;
    for (int i = 0; i < first.size(); i++) {
      same += first.get(i).equals(second.get(i)) ? 1 : 0;
    }
    return same;
  }

  /** The tokens as running text: every token's spelling, each followed by a space. */
  public static String runningText(List<LemmaToken> tokens) {
    StringBuilder sb = new StringBuilder();
    for (LemmaToken token : tokens) {
      sb.append(token.form()).append(' ');
    }
    return sb.toString();
  }

  /**
   * Tokens per second of each candidate over {@code text}, on this thread. Every candidate first runs whole passes over
   * the text for {@code nanos} (warm-up), so the JIT has seen all chains before any is timed and none profits from
   * running first; then {@value #ROUNDS} rounds time each candidate in turn for {@code nanos / ROUNDS}, and the
   * median round counts. Only terms of timed passes count.
   *
   * @return tokens per second by candidate name, in candidate order; NaN for each when {@code nanos} is 0 or the text
   *     makes no terms
   */
  public static Map<String, Double> tokensPerSecond(List<Candidate> candidates, String text, long nanos) {
    Map<String, double[]> rounds = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      rounds.put(candidate.name(), new double[ROUNDS]);
      if (nanos > 0) {
        passesFor(candidate, text, nanos);
      }
    }
    for (int round = 0; round < ROUNDS && nanos > 0; round++) {
      for (Candidate candidate : candidates) {
        long start = System.nanoTime();
        long terms = passesFor(candidate, text, nanos / ROUNDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        rounds.get(candidate.name())[round] = terms == 0 ? Double.NaN : terms / seconds;
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    rounds.forEach((name, rates) -> medians.put(name, nanos > 0 ? median(rates) : Double.NaN));
    return medians;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long passesFor(Candidate candidate, String text, long nanos) {
    long start = System.nanoTime();
    long terms = 0;
    do {
      terms += candidate.countTerms(text);
    } while (System.nanoTime() - start < nanos);
    return terms;
  }
}
