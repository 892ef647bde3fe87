package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
  private static final List<String> TYPES = List.of("PERS", "LOC", "ORG");

  @Test
  void exactSpanAndTypeCount() {
    EntityScorer s = new EntityScorer(TYPES);
    // gold: PERS[0,2), LOC[3,4); predicted: PERS[0,1) (wrong span), LOC[3,4) (right)
    s.add(List.of("B-PERS", "I-PERS", "O", "B-LOC"), List.of("B-PERS", "O", "O", "B-LOC"));
    assertThat(s.score(null)).isEqualTo(new EntityScorer.Score(1, 2, 2));
    assertThat(s.score("PERS")).isEqualTo(new EntityScorer.Score(0, 1, 1));
    assertThat(s.score("LOC").f1()).isEqualTo(1.0);
  }

  @Test
  void insideWithoutBeginMatchesABeginChunkLikeConlleval() {
    EntityScorer s = new EntityScorer(TYPES);
    s.add(List.of("O", "B-ORG", "I-ORG"), List.of("O", "I-ORG", "I-ORG"));
    assertThat(s.score("ORG")).isEqualTo(new EntityScorer.Score(1, 1, 1));
  }

  @Test
  void wrongTypeIsBothAFalsePositiveAndAMiss() {
    EntityScorer s = new EntityScorer(TYPES);
    s.add(List.of("B-LOC", "O"), List.of("B-ORG", "O"));
    assertThat(s.score("LOC")).isEqualTo(new EntityScorer.Score(0, 0, 1));
    assertThat(s.score("ORG")).isEqualTo(new EntityScorer.Score(0, 1, 0));
    assertThat(s.score(null).f1()).isZero();
  }

  @Test
  void miscIsReadAsOutsideBeforeScoring() {
    EntityScorer s = new EntityScorer(TYPES);
    // MISC chunks are ignored; I-PERS after B-MISC starts a PERS chunk once MISC is O.
    s.add(List.of("B-MISC", "B-PERS", "O"), List.of("B-MISC", "I-PERS", "O"));
    assertThat(s.score(null)).isEqualTo(new EntityScorer.Score(1, 1, 1));
  }

  @Test
  void ratesFollowTheCounts() {
    EntityScorer s = new EntityScorer(TYPES);
    s.add(List.of("B-PERS", "O", "B-LOC", "O", "B-ORG"), List.of("B-PERS", "B-LOC", "B-LOC", "O", "O"));
    EntityScorer.Score all = s.score(null);
    assertThat(all).isEqualTo(new EntityScorer.Score(2, 3, 3));
    assertThat(all.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(all.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(all.f1()).isCloseTo(2.0 / 3, within(1e-9));
  }
}
