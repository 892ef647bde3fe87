package org.rasid.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.json.Json;

class ArticleEntitiesTest {
  private static final Entity KADHIMI = new Entity("person-1", "مصطفى الكاظمي", Entity.PERSON, "IQ",
      List.of(new EntityMention("الكاظمي", EntityMention.TITLE, 0, 7), new EntityMention("مصطفى الكاظمي", 0, 31, 44)));

  private static Article article() {
    return new Article(Article.SCHEMA_VERSION, "0123456789abcdef", null, null, List.of(), List.of(), null, null, null,
        "الكاظمي في طهران", List.of(), List.of(Block.paragraph("توجه رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران")),
        List.of(), List.of(), "ar");
  }

  @Test
  void recordWithoutEntitiesHasAnEmptyList() {
    assertThat(article().entities()).isEmpty();
  }

  @Test
  void entitiesRoundTripThroughJson() throws Exception {
    Article a = article().withEntities(List.of(KADHIMI));
    Article back = Json.readArticle(Json.compact(a));
    assertThat(back).isEqualTo(a);
    assertThat(back.entities().get(0).mentions()).hasSize(2);
  }

  @Test
  void oldRecordWithoutTheFieldReadsAsEmpty() throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Json.compact(article().withEntities(List.of(KADHIMI))));
    json.remove("entities");
    Article back = Json.readArticle(json.toString());
    assertThat(back.entities()).isEmpty();
    assertThat(back.title()).isEqualTo("الكاظمي في طهران");
  }

  @Test
  void explicitNullEntitiesReadAsEmpty() throws Exception {
    ObjectNode json = (ObjectNode) Json.mapper().readTree(Json.compact(article()));
    json.putNull("entities");
    assertThat(Json.readArticle(json.toString()).entities()).isEmpty();
  }

  @Test
  void entitiesAreWrittenLast() {
    String json = Json.compact(article());
    assertThat(json).endsWith("\"language\":\"ar\",\"entities\":[]}");
  }

  @Test
  void mentionSpanMustBeNonEmpty() {
    assertThatThrownBy(() -> new EntityMention("x", 0, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntityMention("x", -2, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
