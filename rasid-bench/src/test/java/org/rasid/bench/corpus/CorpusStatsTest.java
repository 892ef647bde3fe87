package org.rasid.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.structure.LineFate;
import org.rasid.core.structure.LineFate.Place;
import org.rasid.core.structure.Structured;

class CorpusStatsTest {

  /** Kept lines of the given lengths, then dropped lines of the given lengths. */
  private static Structured structured(int[] kept, int[] dropped) {
    List<Block> blocks = new java.util.ArrayList<>();
    List<Dropped> drops = new java.util.ArrayList<>();
    List<LineFate> fates = new java.util.ArrayList<>();
    int line = 1;
    for (int len : kept) {
      String text = "ب".repeat(len);
      fates.add(new LineFate(line++, text, Place.BLOCK, blocks.size()));
      blocks.add(Block.paragraph(text));
    }
    for (int len : dropped) {
      String text = "د".repeat(len);
      fates.add(new LineFate(line, text, Place.DROPPED, drops.size()));
      drops.add(new Dropped(text, DropReason.BOILERPLATE, null, line++));
    }
    Article a = new Article(Article.SCHEMA_VERSION, "id", null, null, null, null, null, null, null, null, null,
        blocks, null, drops, "ar");
    return new Structured(a, fates);
  }

  private static NewsItem item(String source) {
    return new NewsItem(0, "z", source, "http://x", null, null, null, "");
  }

  @Test
  void dropRatioIsDroppedCharsOverAllNonBlankLineChars() {
    assertThat(CorpusStats.dropRatio(structured(new int[] {60, 20}, new int[] {20}))).isCloseTo(0.2, within(1e-12));
    assertThat(CorpusStats.dropRatio(structured(new int[] {30}, new int[] {10, 10, 10}))).isCloseTo(0.5, within(1e-12));
    assertThat(CorpusStats.dropRatio(structured(new int[] {10}, new int[] {}))).isZero();
  }

  @Test
  void anArticleWithNoTextHasRatioZero() {
    assertThat(CorpusStats.dropRatio(structured(new int[] {}, new int[] {}))).isZero();
  }

  @Test
  void heavyLossMeansMoreThanTwentyPercent() {
    assertThat(CorpusStats.isHeavyLoss(0.20)).isFalse();
    assertThat(CorpusStats.isHeavyLoss(0.2001)).isTrue();
  }

  @Test
  void countsHeavyLossPerSourceAndReason() {
    CorpusStats stats = new CorpusStats(10);
    stats.add(item("a"), "x", structured(new int[] {70}, new int[] {30}), 10, List.of()); // 30%: heavy
    stats.add(item("a"), "x", structured(new int[] {90}, new int[] {10}), 10, List.of()); // 10%
    stats.add(item("b"), "x", structured(new int[] {100}, new int[] {}), 10, List.of());
    assertThat(stats.heavyLoss()).isEqualTo(1);
    assertThat(stats.heavyLossShare()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(stats.heavyLossGatePasses()).isFalse();
    assertThat(stats.sources.get("a").ratio()).isCloseTo(0.2, within(1e-12));
    assertThat(stats.sources.get("b").ratio()).isZero();
    assertThat(stats.reasons.get(DropReason.BOILERPLATE)).containsExactly(2, 40);
    assertThat(stats.sample()).hasSize(1).first().extracting(CorpusStats.HeavyArticle::ratio).isEqualTo(0.3);
    assertThat(stats.topDroppedTexts(1)).first().extracting(CorpusStats.DroppedText::reason).isEqualTo("boilerplate");
  }

  @Test
  void countsFieldsAndLetterlessTitles() {
    CorpusStats stats = new CorpusStats(0);
    Article titled = new Article(Article.SCHEMA_VERSION, "id", null, null, null, List.of("كاتب"), null, null, null,
        "***", null, List.of(Block.heading("عنوان"), Block.paragraph("نص.")), null, null, "ar");
    stats.add(item("a"), "x", new Structured(titled, List.of()), 1, List.of());
    assertThat(stats.fieldsFound).containsExactly(1, 0, 1, 0, 0, 1);
    assertThat(stats.letterlessTitles).isEqualTo(1);
  }

  @Test
  void theGateAllowsFivePercentOfHeavyLosses() {
    CorpusStats stats = new CorpusStats(0);
    for (int i = 0; i < 19; i++) {
      stats.add(item("a"), "x", structured(new int[] {100}, new int[] {}), 10, List.of());
    }
    stats.add(item("a"), "x", structured(new int[] {50}, new int[] {50}), 10, List.of());
    assertThat(stats.heavyLossShare()).isEqualTo(0.05);
    assertThat(stats.passes()).isTrue();
    stats.add(item("a"), "x", structured(new int[] {50}, new int[] {50}), 10, List.of());
    assertThat(stats.passes()).isFalse();
  }

  @Test
  void violationsAndExceptionsFailTheGate() {
    CorpusStats violating = new CorpusStats(0);
    violating.add(item("a"), "x", structured(new int[] {10}, new int[] {}), 1, List.of("line 1 went nowhere"));
    assertThat(violating.passes()).isFalse();
    assertThat(violating.violations).singleElement().extracting(CorpusStats.Problem::details)
        .isEqualTo(List.of("line 1 went nowhere"));

    CorpusStats threw = new CorpusStats(0);
    threw.exception(item("a"), "x", new IllegalStateException("boom"));
    assertThat(threw.passes()).isFalse();
    assertThat(threw.exceptionsShown.getFirst().details().getFirst()).contains("boom");
  }

  @Test
  void theSampleKeepsAtMostKInCorpusOrder() {
    CorpusStats stats = new CorpusStats(3);
    for (int i = 0; i < 50; i++) {
      stats.add(new NewsItem(i, "z", "a", "u" + i, null, null, null, ""), "x",
          structured(new int[] {10}, new int[] {10}), 1, List.of());
    }
    assertThat(stats.sample()).hasSize(3).isSortedAccordingTo(java.util.Comparator.comparingLong(
        CorpusStats.HeavyArticle::index));
  }
}
