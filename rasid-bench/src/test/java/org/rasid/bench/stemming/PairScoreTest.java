package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairScoreTest {
  /** Replay a failure with -Dtests.seed=N. */
  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());

  @Test
  void countsPairsFromGroups() {
    // Lemmas: a a a b b; stems: x x y y z. Same-lemma pairs: 3 + 1 = 4; same-stem pairs: 1 + 1 = 2; of these,
    // (0,1) shares lemma a, (2,3) does not.
    PairScore s = PairScore.of(List.of("a", "a", "a", "b", "b"), List.of("x", "x", "y", "y", "z"));
    assertThat(s).isEqualTo(new PairScore(4, 2, 1, 3));
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isCloseTo(2 * 0.5 * 0.25 / 0.75, within(1e-12));
  }

  @Test
  void aChainThatMergesNothingHasNoPrecisionAndNoRecall() {
    PairScore s = PairScore.of(List.of("a", "a"), List.of("x", "y"));
    assertThat(s.precision()).isNaN();
    assertThat(s.recall()).isZero();
    assertThat(s.f1()).isZero();
  }

  @Test
  void aPerfectChainScoresOne() {
    PairScore s = PairScore.of(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void listsOfDifferentSizesAreRejected() {
    assertThatThrownBy(() -> PairScore.of(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 lemmas but 0 stems");
  }

  @Test
  void agreesWithCountingEveryPair() {
    System.out.println("PairScoreTest seed: -Dtests.seed=" + SEED);
    Random random = new Random(SEED);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(40);
      List<String> lemmas = new ArrayList<>();
      List<String> stems = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lemmas.add("l" + random.nextInt(6));
        stems.add("s" + random.nextInt(6));
      }
      assertThat(PairScore.of(lemmas, stems)).as("seed %d round %d", SEED, round).isEqualTo(bruteForce(lemmas, stems));
    }
  }

  private static PairScore bruteForce(List<String> lemmas, List<String> stems) {
    long lemmaPairs = 0;
    long stemPairs = 0;
    long shared = 0;
    for (int i = 0; i < lemmas.size(); i++) {
      for (int j = i + 1; j < lemmas.size(); j++) {
        boolean sameLemma = lemmas.get(i).equals(lemmas.get(j));
        boolean sameStem = stems.get(i).equals(stems.get(j));
        lemmaPairs += sameLemma ? 1 : 0;
        stemPairs += sameStem ? 1 : 0;
        shared += sameLemma && sameStem ? 1 : 0;
      }
    }
    return new PairScore(lemmaPairs, stemPairs, shared, (int) stems.stream().distinct().count());
  }
}
