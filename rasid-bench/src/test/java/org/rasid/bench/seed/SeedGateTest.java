package org.rasid.bench.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.json.Json;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.Image;

class SeedGateTest {

  private static JsonNode json(Article a) {
    return Json.mapper().valueToTree(a);
  }

  private static List<String> failed(JsonNode article) {
    return SeedGate.check(article).stream().filter(c -> !c.pass()).map(SeedGate.Check::name).toList();
  }

  @Test
  void aGoodRecordPassesEveryCheck() {
    List<SeedGate.Check> checks = SeedGate.check(json(SeedArticles.good()));
    assertThat(checks).allMatch(SeedGate.Check::pass);
    assertThat(checks).hasSizeGreaterThanOrEqualTo(18);
    assertThat(SeedGate.render(checks)).contains("seed-gate: PASS");
  }

  @Test
  void theGoodRecordPassesThroughItsPrettyJson() throws Exception {
    JsonNode node = SeedGateCommand.readArticle(Json.pretty(SeedArticles.good()));
    assertThat(failed(node)).isEmpty();
  }

  @Test
  void theExplainShapeIsAccepted() throws Exception {
    String explained = "{\"article\": " + Json.compact(SeedArticles.good()) + ", \"lines\": []}";
    assertThat(failed(SeedGateCommand.readArticle(explained))).isEmpty();
  }

  @Test
  void aTitleTakenFromTheDateLineFails() {
    ObjectNode bad = (ObjectNode) json(SeedArticles.good());
    bad.put("title", "12-سبتمبر-2021");
    bad.putNull("published");
    assertThat(failed(bad)).containsExactlyInAnyOrder("title", "published");
  }

  @Test
  void aKeptRepeatFailsTheDuplicateChecks() {
    List<Block> blocks = new ArrayList<>(SeedArticles.blocks());
    String cut = SeedArticles.LAST.substring(0, SeedArticles.LAST.length() - 1);
    blocks.add(blocks.size() - 1, Block.paragraph(cut)); // the copy without its full stop kept as a paragraph
    Article a = SeedArticles.article(blocks, List.of(SeedArticles.dropped().getFirst()), null,
        SeedArticles.good().images());
    assertThat(failed(json(a))).contains("paragraphs: count", "paragraphs: none a word-prefix of another",
        "dropped: count", "dropped last-paragraph copy → block");
  }

  @Test
  void anExactRepeatIsReportedAsTextTwice() {
    List<Block> blocks = new ArrayList<>(SeedArticles.blocks());
    blocks.set(2, blocks.get(1));
    assertThat(failed(json(SeedArticles.article(blocks, SeedArticles.dropped(), null, SeedArticles.good().images()))))
        .contains("paragraphs: no text twice");
  }

  @Test
  void droppedEntriesMustPointAtTheRightParagraphs() {
    List<Dropped> dropped = List.of(
        new Dropped("x", DropReason.TRUNCATED_DUPLICATE, 5, 9), // 5 is the heading
        new Dropped(SeedArticles.LAST, DropReason.BOILERPLATE, null, 25));
    assertThat(failed(json(SeedArticles.article(SeedArticles.blocks(), dropped, null, SeedArticles.good().images()))))
        .contains("dropped: reasons", "dropped: duplicateOf is a paragraph", "dropped lead copy → block",
            "dropped last-paragraph copy → block");
  }

  @Test
  void aHeadingInTheWrongPlaceFails() {
    List<Block> blocks = new ArrayList<>(SeedArticles.blocks());
    Block heading = blocks.remove(5);
    blocks.add(heading); // last: no paragraph after it
    List<String> failed = failed(json(SeedArticles.article(blocks, SeedArticles.dropped(), null,
        SeedArticles.good().images())));
    assertThat(failed).contains("heading: position");
  }

  @Test
  void imageCaptionAndCreditAreChecked() {
    Article a = SeedArticles.article(SeedArticles.blocks(), SeedArticles.dropped(), null,
        List.of(new Image("الكاظمي في زبارة إلى إيران (Getty)", null)));
    assertThat(failed(json(a))).containsExactlyInAnyOrder("images[0].caption", "images[0].credit");
  }

  @Test
  void anEmptyObjectFailsWithoutThrowing() {
    List<SeedGate.Check> checks = SeedGate.check(Json.mapper().createObjectNode());
    assertThat(checks).anyMatch(c -> !c.pass());
    assertThat(checks.stream().filter(SeedGate.Check::pass).map(SeedGate.Check::name))
        .containsExactly("paragraphs: no text twice", "paragraphs: none a word-prefix of another", "title");
  }

  @Test
  void wordPrefixIgnoresPunctuation() {
    assertThat(SeedGate.wordPrefixPairs(List.of("أ ب ج", "أ ب ج."))).containsExactly("paragraph 1 begins paragraph 2");
    assertThat(SeedGate.wordPrefixPairs(List.of("أ ب", "أ ب ج د"))).containsExactly("paragraph 1 begins paragraph 2");
    assertThat(SeedGate.wordPrefixPairs(List.of("أ ب", "أ بت ج"))).isEmpty();
    assertThat(SeedGate.words("نيسان/إبريل، عام 2016.")).containsExactly("نيسان", "إبريل", "عام", "2016");
  }
}
