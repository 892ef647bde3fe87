package org.rasid.bench.stemming;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasid.core.text.ArabicNormalizer;

/**
 * The distinct words of a list of tokens, keyed by their normalized form, each with one lemma.
 *
 * @param types the word types, ordered by key
 * @param tokens how many tokens they were built from
 * @param lemmas how many distinct lemmas the types have
 * @param ambiguous how many types had more than one lemma (each keeps its most frequent one)
 */
public record Vocabulary(List<WordType> types, int tokens, int lemmas, int ambiguous) {
  /** The lemma column's "unknown". */
  static final String NO_LEMMA = "_";

  public Vocabulary {
    types = List.copyOf(types);
  }

  /**
   * Builds the vocabulary of {@code tokens}. Forms and lemmas are normalized with {@link
   * ArabicNormalizer#normalizeForSearch}; a form that normalizes to nothing is skipped, an unknown lemma is the form
   * itself. Ties between lemmas or spellings go to the alphabetically first, so the result is deterministic.
   */
  public static Vocabulary of(List<LemmaToken> tokens) {
    Map<String, Map<String, Integer>> lemmasByKey = new TreeMap<>();
    Map<String, Map<String, Integer>> spellingsByKey = new HashMap<>();
    int counted = 0;
    for (LemmaToken token : tokens) {
      String key = ArabicNormalizer.normalizeForSearch(token.form());
      if (key.isEmpty()) {
        continue;
      }
      counted++;
      String lemma = token.lemma().isEmpty() || token.lemma().equals(NO_LEMMA) ? key
          : ArabicNormalizer.normalizeForSearch(token.lemma());
      lemmasByKey.computeIfAbsent(key, k -> new HashMap<>()).merge(lemma, 1, Integer::sum);
      spellingsByKey.computeIfAbsent(key, k -> new HashMap<>()).merge(token.form(), 1, Integer::sum);
    }
    List<WordType> types = new ArrayList<>(lemmasByKey.size());
    Set<String> lemmas = new HashSet<>();
    int ambiguous = 0;
    for (Map.Entry<String, Map<String, Integer>> e : lemmasByKey.entrySet()) {
      Map<String, Integer> spellings = spellingsByKey.get(e.getKey());
      String lemma = mostFrequent(e.getValue());
      lemmas.add(lemma);
      ambiguous += e.getValue().size() > 1 ? 1 : 0;
      int count = spellings.values().stream().mapToInt(Integer::intValue).sum();
      types.add(new WordType(e.getKey(), lemma, mostFrequent(spellings), count));
    }
    return new Vocabulary(types, counted, lemmas.size(), ambiguous);
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .orElseThrow().getKey();
  }
}
