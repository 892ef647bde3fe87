package org.rasid.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;

/**
 * Seeded random tests of the structurer's contract. A failure message names the seed; replay one case with
 * {@code -Drasid.seed=N}.
 */
class StructurerPropertiesTest {

  private static final long BASE_SEED = Long.getLong("rasid.seed", 20210912L);
  private static final int CASES = Integer.getInteger("rasid.cases", 3000);

  private final Structurer structurer = new Structurer();

  @Test
  void neverThrowsAndAccountsForEveryLineOfArbitraryText() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      String text = RandomArticles.arbitraryText(new Random(seed));
      Structured s = structurer.structure(text);
      assertThat(LineAccounting.violations(text, s)).as("seed %d, input %s", seed, escape(text)).isEmpty();
    }
  }

  @Test
  void accountsForEveryLineOfArticleLikeText() {
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      String text = RandomArticles.articleLike(new Random(seed));
      Structured s = structurer.structure(text);
      assertThat(LineAccounting.violations(text, s)).as("seed %d, input:%n%s", seed, text).isEmpty();
    }
  }

  @Test
  void aSecondPassOverCleanOutputChangesNothing() {
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      String text = i % 2 == 0 ? RandomArticles.articleLike(random) : RandomArticles.arbitraryText(random);
      Article first = structurer.structure(text).article();
      String clean = TextRenderer.render(first);
      Article second = structurer.structure(clean).article();
      if (!second.dropped().isEmpty() || !StructurerTest.withoutDropped(second).equals(StructurerTest.withoutDropped(first))) {
        failures.add("seed " + seed + ":\n--- input\n" + escape(text) + "\n--- clean\n" + clean + "\n--- first\n"
            + first + "\n--- second\n" + second);
      }
    }
    assertThat(failures).as("%d of %d cases changed on a second pass", failures.size(), CASES)
        .isEmpty();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 && cp != '\n' || cp >= 0x200B && cp <= 0x206F || cp == 0xFEFF) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
