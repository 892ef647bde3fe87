package org.rasid.nlp.ner;

import java.util.List;

/** Scores a tagger on tagged sentences: conlleval over PERS, LOC and ORG ({@link EntityScorer}). */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** The scorer after tagging every sentence of {@code gold} with {@code tagger}. */
  public static EntityScorer score(NerTagger tagger, List<TaggedSentence> gold) {
    EntityScorer scorer = new EntityScorer(PerceptronTrainer.SCORED_TYPES);
    for (TaggedSentence s : gold) {
      scorer.add(s.tags(), tagger.labels(s.words()));
    }
    return scorer;
  }
}
