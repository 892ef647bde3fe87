package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FamilyNamesTest {
  // Labels: O, B-PERS, I-PERS.
  private static final List<String> LABELS = List.of("O", "B-PERS", "I-PERS");
  private static final boolean[] ALLOWED = LinearChainModel.allowedTransitions(LABELS);
  private static final float[] FLAT = new float[4 * 3];

  /** الرئيس إبراهيم رئيسي أمس: the model prefers O for the third word by {@code gap}. */
  private static float[][] emissions(float gap) {
    return new float[][] {{5, 0, 0}, {0, 5, 0}, {gap, 0, 0}, {5, 0, 0}};
  }

  private static int[] apply(float gap, boolean given, boolean candidate, float margin) {
    float[][] em = emissions(gap);
    int[] best = LinearChainModel.viterbi(em, FLAT, ALLOWED, 3);
    assertThat(best).containsExactly(0, 1, 0, 0);
    return FamilyNames.apply(best, em, FLAT, ALLOWED, 3, new boolean[] {false, given, false, false},
        new boolean[] {false, false, candidate, false}, 1, 2, margin);
  }

  @Test
  void aCloseFamilyNameJoinsTheGivenName() {
    assertThat(apply(3, true, true, 4)).containsExactly(0, 1, 2, 0);
  }

  @Test
  void aFarOneDoesNot() {
    assertThat(apply(5, true, true, 4)).containsExactly(0, 1, 0, 0);
  }

  @Test
  void onlyAfterAGivenNameAndOnAPossibleFamilyName() {
    assertThat(apply(3, false, true, 4)).containsExactly(0, 1, 0, 0);
    assertThat(apply(3, true, false, 4)).containsExactly(0, 1, 0, 0);
  }

  @Test
  void marginZeroIsOff() {
    assertThat(apply(0.5f, true, true, 0)).containsExactly(0, 1, 0, 0);
  }

  @Test
  void pathScoresAddEmissionsAndTransitions() {
    float[] t = new float[4 * 3];
    t[0 * 3 + 1] = 2; // start → B-PERS
    t[2 * 3 + 2] = 1; // B-PERS → I-PERS
    float[][] em = {{0, 1, 0}, {0, 0, 3}};
    assertThat(FamilyNames.score(new int[] {1, 2}, em, t, 3)).isEqualTo(2 + 1 + 1 + 3);
  }
}
