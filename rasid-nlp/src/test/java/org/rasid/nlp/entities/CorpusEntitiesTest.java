package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.io.Limits;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;

class CorpusEntitiesTest {
  @TempDir Path dir;

  private static Entity person(String canonical, String... mentions) {
    List<EntityMention> ms = new java.util.ArrayList<>();
    for (int i = 0; i < mentions.length; i++) {
      ms.add(new EntityMention(mentions[i], i, 0, mentions[i].length()));
    }
    return new Entity(EntityLinker.entityId("PERSON", canonical), canonical, "PERSON", null, ms);
  }

  @Test
  void aSpellingVariantTakesTheSpellingFirstSeenAndTheSameId() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    Entity first = corpus.resolve(List.of(person("مصطفى الكاظمي", "مصطفى الكاظمي"))).getFirst();
    Entity variant = corpus.resolve(List.of(person("مصطفى الكاظمى", "مصطفى الكاظمى"))).getFirst();
    assertThat(variant.id()).isEqualTo(first.id());
    assertThat(variant.canonical()).isEqualTo("مصطفى الكاظمي");
    assertThat(variant.mentions()).extracting(EntityMention::text).containsExactly("مصطفى الكاظمى"); // as written
  }

  @Test
  void aSurnameAloneJoinsTheOneFullNameTheCorpusKnows() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    Entity full = corpus.resolve(List.of(person("مصطفى الكاظمي", "مصطفى الكاظمي", "الكاظمي"))).getFirst();
    Entity later = corpus.resolve(List.of(person("الكاظمي", "الكاظمي"))).getFirst();
    assertThat(later.id()).isEqualTo(full.id());
    assertThat(later.canonical()).isEqualTo("مصطفى الكاظمي");
  }

  @Test
  void aSurnameNoArticleLinkedYetFindsTheOnePersonWhoseNameEndsWithIt() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    Entity full = corpus.resolve(List.of(person("إبراهيم رئيسي", "إبراهيم رئيسي"))).getFirst();
    assertThat(corpus.resolve(List.of(person("رئيسي", "رئيسي"))).getFirst().id()).isEqualTo(full.id());
    assertThat(corpus.resolve(List.of(person("برئيسي", "برئيسي"))).getFirst().canonical()) // with a clitic
        .isEqualTo("إبراهيم رئيسي");
    corpus.resolve(List.of(person("محمد رئيسي", "محمد رئيسي")));
    assertThat(corpus.resolve(List.of(person("رئيسي", "رئيسي"))).getFirst().canonical())
        .isEqualTo("إبراهيم رئيسي"); // the alias learnt above now decides; a new surname-only name is not guessed:
    corpus.resolve(List.of(person("خالد العبدالله", "خالد العبدالله")));
    corpus.resolve(List.of(person("محمد العبدالله", "محمد العبدالله")));
    assertThat(corpus.resolve(List.of(person("العبدالله", "العبدالله"))).getFirst().canonical())
        .isEqualTo("العبدالله");
  }

  @Test
  void aTwoWordFamilyNameFindsTheFullNameButNotWhatFollowsAParticle() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    corpus.resolve(List.of(person("ياسين بن عمارة", "ياسين بن عمارة")));
    corpus.resolve(List.of(person("أبو محمد", "أبو محمد")));
    assertThat(corpus.resolve(List.of(person("بن عمارة", "بن عمارة"))).getFirst().canonical())
        .isEqualTo("ياسين بن عمارة");
    assertThat(corpus.resolve(List.of(person("عمارة", "عمارة"))).getFirst().canonical()).isEqualTo("عمارة");
    assertThat(corpus.resolve(List.of(person("محمد", "محمد"))).getFirst().canonical()).isEqualTo("محمد");
  }

  @Test
  void aSurnameSharedByTwoKnownPeopleIsNotGuessed() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    corpus.resolve(List.of(person("خالد العبدالله", "خالد العبدالله", "العبدالله")));
    corpus.resolve(List.of(person("محمد العبدالله", "محمد العبدالله", "العبدالله")));
    Entity later = corpus.resolve(List.of(person("العبدالله", "العبدالله"))).getFirst();
    assertThat(later.canonical()).isEqualTo("العبدالله");
  }

  @Test
  void twoEntitiesOfAnArticleThatResolveToOneBecomeOne() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    corpus.resolve(List.of(person("مصطفى الكاظمي", "مصطفى الكاظمي", "الكاظمي")));
    Entity a = person("مصطفى الكاظمي", "مصطفى الكاظمي");
    Entity b = new Entity(EntityLinker.entityId("PERSON", "الكاظمى"), "الكاظمى", "PERSON", "IQ",
        List.of(new EntityMention("الكاظمى", 3, 10, 17)));
    List<Entity> out = corpus.resolve(List.of(a, b));
    assertThat(out).singleElement().satisfies(e -> {
      assertThat(e.canonical()).isEqualTo("مصطفى الكاظمي");
      assertThat(e.country()).isEqualTo("IQ");
      assertThat(e.mentions()).extracting(EntityMention::text).containsExactly("مصطفى الكاظمي", "الكاظمى");
    });
  }

  @Test
  void savedAndOpenedAgainItResolvesTheSame() throws IOException {
    CorpusEntities corpus = CorpusEntities.open(dir);
    corpus.resolve(List.of(person("إبراهيم رئيسي", "إبراهيم رئيسي", "رئيسي")));
    corpus.save();
    assertThat(dir.resolve(CorpusEntities.FILE_NAME)).exists();
    assertThat(dir.resolve(CorpusEntities.FILE_NAME + ".tmp")).doesNotExist();

    CorpusEntities again = CorpusEntities.open(dir);
    assertThat(again.size()).isEqualTo(1);
    assertThat(again.resolve(List.of(person("رئيسي", "رئيسي"))).getFirst().canonical()).isEqualTo("إبراهيم رئيسي");
  }

  @Test
  void aDamagedFileIsATypedErrorNamingIt() throws IOException {
    Files.writeString(dir.resolve(CorpusEntities.FILE_NAME), "{\"id\": 3}\n");
    assertThatThrownBy(() -> CorpusEntities.open(dir)).isInstanceOf(InputRejectedException.class)
        .hasMessageContaining(CorpusEntities.FILE_NAME).hasMessageContaining("line 1");
  }

  @Test
  void stopsLearningAtTheBoundButStillResolves() {
    CorpusEntities corpus = CorpusEntities.inMemory();
    corpus.resolve(List.of(person("مصطفى الكاظمي", "مصطفى الكاظمي", "الكاظمي")));
    for (int i = 1; i < Limits.MAX_REGISTRY_ENTRIES; i++) {
      corpus.resolve(List.of(person("شخص " + i, "شخص " + i)));
    }
    assertThat(corpus.full()).isFalse();
    corpus.resolve(List.of(person("اسم جديد", "اسم جديد")));
    assertThat(corpus.full()).isTrue();
    assertThat(corpus.size()).isEqualTo(Limits.MAX_REGISTRY_ENTRIES);
    assertThat(corpus.resolve(List.of(person("الكاظمي", "الكاظمي"))).getFirst().canonical())
        .isEqualTo("مصطفى الكاظمي");
  }
}
