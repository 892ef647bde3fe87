package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;

class EntityRegistryTest {
  private static Entity entity(String type, String canonical, String country, String... mentions) {
    List<EntityMention> ms = java.util.stream.IntStream.range(0, mentions.length)
        .mapToObj(i -> new EntityMention(mentions[i], i, 0, mentions[i].length())).toList();
    return new Entity(EntityLinker.entityId(type, canonical), canonical, type, country, ms);
  }

  @Test
  void spellingVariantsOfAPlaceResolveToOneId() {
    EntityRegistry r = new EntityRegistry();
    String id = r.add(entity("LOCATION", "إيران", "IR", "إيران", "وإيران"));
    assertThat(r.canonicalId("LOCATION", "ايران")).isEqualTo(id);
    assertThat(r.canonicalId("LOCATION", "وإيران")).isEqualTo(id);
    assertThat(r.canonicalId("LOCATION", "لإيران")).isEqualTo(id);
    assertThat(r.add(entity("LOCATION", "ايران", "IR", "ايران"))).isEqualTo(id);
    assertThat(r.entries()).hasSize(1);
  }

  @Test
  void spellingVariantsOfAPersonResolveToOneId() {
    EntityRegistry r = new EntityRegistry();
    String id = r.add(entity("PERSON", "مصطفى الكاظمي", "IQ", "مصطفى الكاظمي", "الكاظمي"));
    assertThat(r.canonicalId("PERSON", "الكاظمى")).isEqualTo(id);
    assertThat(r.canonicalId("PERSON", "مصطفى الكاظمى")).isEqualTo(id);
    assertThat(r.canonicalId("LOCATION", "الكاظمي")).isNull();
  }

  @Test
  void withinArticleLinkMergesAnEarlierShortName() {
    EntityRegistry r = new EntityRegistry();
    String shortId = r.add(entity("PERSON", "الكاظمي", null, "الكاظمي"));
    assertThat(r.canonicalId("PERSON", "الكاظمي")).isEqualTo(shortId);
    String fullId = r.add(entity("PERSON", "مصطفى الكاظمي", "IQ", "مصطفى الكاظمي", "الكاظمي"));
    assertThat(fullId).isNotEqualTo(shortId);
    assertThat(r.canonicalId("PERSON", "الكاظمي")).isEqualTo(fullId);
    Entity fromOldArticle = entity("PERSON", "الكاظمي", null, "الكاظمي");
    Entity canonical = r.canonicalize(fromOldArticle);
    assertThat(canonical.id()).isEqualTo(fullId);
    assertThat(canonical.canonical()).isEqualTo("مصطفى الكاظمي");
    assertThat(canonical.country()).isEqualTo("IQ");
    assertThat(canonical.mentions()).isEqualTo(fromOldArticle.mentions());
  }

  @Test
  void surnameOfTwoPeopleIsAmbiguous() {
    EntityRegistry r = new EntityRegistry();
    r.add(entity("PERSON", "خالد العبدالله", null, "خالد العبدالله", "العبدالله"));
    r.add(entity("PERSON", "محمد العبدالله", null, "محمد العبدالله", "العبدالله"));
    assertThat(r.canonicalId("PERSON", "العبدالله")).isNull();
    assertThat(r.canonicalId("PERSON", "محمد العبدالله")).isEqualTo(EntityLinker.entityId("PERSON", "محمد العبدالله"));
  }

  @Test
  void rolePhrasesAreNotAliases() {
    EntityRegistry r = new EntityRegistry();
    String id = r.add(entity("PERSON", "مصطفى الكاظمي", "IQ", "رئيس الوزراء العراقي", "مصطفى الكاظمي"));
    assertThat(r.canonicalId("PERSON", "رئيس الوزراء العراقي")).isNull();
    assertThat(r.entry(id).orElseThrow().aliases()).containsExactly("مصطفى الكاظمي");
  }

  @Test
  void unknownNameHasNoId() {
    assertThat(new EntityRegistry().canonicalId("PERSON", "أحد")).isNull();
  }

  @Test
  void jsonLinesRoundTripAndAreDeterministic() throws Exception {
    EntityRegistry r = new EntityRegistry();
    r.add(entity("PERSON", "مصطفى الكاظمي", "IQ", "مصطفى الكاظمي", "الكاظمي"));
    r.add(entity("LOCATION", "إيران", "IR", "وإيران"));
    r.add(entity("ORGANIZATION", "رويترز", null, "رويترز"));
    StringWriter w = new StringWriter();
    r.write(w);
    String text = w.toString();
    assertThat(text.lines()).hasSize(3);
    EntityRegistry back = EntityRegistry.read(new StringReader(text), "registry.jsonl");
    assertThat(back.entries()).isEqualTo(r.entries());
    assertThat(back.canonicalId("PERSON", "الكاظمى")).isEqualTo(r.canonicalId("PERSON", "الكاظمي"));
    StringWriter again = new StringWriter();
    back.write(again);
    assertThat(again.toString()).isEqualTo(text);
  }

  @Test
  void badRegistryFileIsRejectedWithItsName() {
    assertThatThrownBy(() -> EntityRegistry.read(new StringReader("{\"id\": 1}\n"), "reg.jsonl"))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("reg.jsonl: line 1");
    assertThatThrownBy(() -> EntityRegistry.read(new StringReader("{not json\n"), "reg.jsonl"))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("reg.jsonl: line 1");
    String huge = "{\"id\":\"" + "x".repeat(Limits.MAX_REGISTRY_LINE_CHARS) + "\"}";
    assertThatThrownBy(() -> EntityRegistry.read(new StringReader(huge), "reg.jsonl"))
        .isInstanceOfSatisfying(InputRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(InputRejectedException.Reason.TOO_COMPLEX));
  }

  @Test
  void linkerOutputFeedsTheRegistry() {
    EntityLinker linker = EntityLinker.defaults();
    List<Entity> es = linker.link(List.of("", "قال مصطفى الكاظمي إن الكاظمي يرحب."), List.of(List.of(),
        new ListedNames().person("مصطفى الكاظمي", "الكاظمي").mentions("قال مصطفى الكاظمي إن الكاظمي يرحب."))).entities();
    EntityRegistry r = new EntityRegistry();
    r.addAll(es);
    assertThat(r.canonicalId("PERSON", "الكاظمي")).isEqualTo(es.get(0).id());
  }
}
