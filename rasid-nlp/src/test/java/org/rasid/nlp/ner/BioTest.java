package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTest {

  @Test
  void joinsBeginAndInside() {
    assertThat(Bio.spans(List.of("O", "B-PERS", "I-PERS", "O", "B-LOC")))
        .containsExactly(new Bio.Span("PERS", 1, 3), new Bio.Span("LOC", 4, 5));
  }

  @Test
  void insideAfterOutsideStartsAChunkAsInConlleval() {
    assertThat(Bio.spans(List.of("O", "I-PERS", "I-PERS", "O"))).containsExactly(new Bio.Span("PERS", 1, 3));
    assertThat(Bio.spans(List.of("I-ORG"))).containsExactly(new Bio.Span("ORG", 0, 1));
  }

  @Test
  void typeChangeOrNewBeginEndsAChunk() {
    assertThat(Bio.spans(List.of("B-LOC", "I-ORG", "B-ORG", "B-ORG")))
        .containsExactly(new Bio.Span("LOC", 0, 1), new Bio.Span("ORG", 1, 2), new Bio.Span("ORG", 2, 3),
            new Bio.Span("ORG", 3, 4));
  }

  @Test
  void chunkRunningToTheEndIsClosed() {
    assertThat(Bio.spans(List.of("O", "B-MISC", "I-MISC"))).containsExactly(new Bio.Span("MISC", 1, 3));
    assertThat(Bio.spans(List.of())).isEmpty();
  }
}
