package org.rasid.nlp.ner;

import java.util.List;

/** Scores a tagger on tagged sentences: conlleval over PERS, LOC and ORG ({@link EntityScorer}). */
public final class NerEvaluation {
  private NerEvaluation() {}

  /**
   * The scorer after tagging {@code gold} with {@code tagger}: the sentences in order as one running document
   * ({@link NerTagger#labelDocument}), as the corpora are news text in reading order.
   */
  public static EntityScorer score(NerTagger tagger, List<TaggedSentence> gold) {
    EntityScorer scorer = new EntityScorer(PerceptronTrainer.SCORED_TYPES);
    List<List<String>> predicted = tagger.labelDocument(gold.stream().map(TaggedSentence::words).toList());
    for (int s = 0; s < gold.size(); s++) {
      scorer.add(gold.get(s).tags(), predicted.get(s));
    }
    return scorer;
  }
}
