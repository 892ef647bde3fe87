package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.core.structure.Structurer;

/**
 * End to end on the seed article: the mentions a correct tagger would output (written here by hand, as names to
 * tag) linked into exactly the persons, places and organization the issue lists. Runs on a paraphrase written for
 * this test and, when {@code shared/seed} is found above the working directory, on the seed itself (not copied).
 */
class SeedArticleTest {
  private static final String SEED = "shared/seed/ultrasawt-2021-09-12.txt";

  /** What a correct tagger tags in the seed. */
  private static ListedNames seedTagger() {
    return new ListedNames()
        .person("مصطفى الكاظمي", "الكاظمي", "إبراهيم رئيسي", "رئيسي")
        .place("العراق", "إيران", "طهران", "السعودية", "بغداد", "الرياض")
        .org("رويترز", "وكالة رويترز");
  }

  /** Type, canonical and country of each entity: "PERSON مصطفى الكاظمي IQ". */
  private static Map<String, String> summary(List<Entity> entities) {
    Map<String, String> out = new TreeMap<>();
    entities.forEach(e -> out.put(e.type() + " " + e.canonical(), String.valueOf(e.country())));
    return out;
  }

  private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
      "PERSON مصطفى الكاظمي", "IQ",
      "PERSON إبراهيم رئيسي", "IR",
      "LOCATION العراق", "IQ",
      "LOCATION إيران", "IR",
      "LOCATION طهران", "IR",
      "LOCATION السعودية", "SA",
      "LOCATION بغداد", "IQ",
      "LOCATION الرياض", "SA",
      "ORGANIZATION رويترز", "null"));

  @Test
  void paraphraseOfTheSeedLinksExactlyTheListedEntities() {
    Article a = new Article(Article.SCHEMA_VERSION, "0000000000000002", null, null, List.of(), List.of(), null, null,
        null, "الكاظمي في طهران", List.of(), List.of(
            Block.paragraph("بعد أسابيع من مؤتمر استضافه العراق، وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران"
                + " حيث استقبله الرئيس الإيراني إبراهيم رئيسي."),
            Block.paragraph("وقال مكتب رئيس الوزراء العراقي إن الكاظمي بحث مع رئيسي العلاقات بين العراق وإيران."),
            Block.paragraph("وكان الكاظمي قد مهد لزيارته لطهران بتصريحات عن دور العراق في التقريب بين السعودية"
                + " وإيران."),
            Block.paragraph("وذكرت وكالة رويترز أن بغداد استضافت لقاءات بين مسؤولين من طهران والرياض.")),
        List.of(), List.of(), "ar");
    List<Entity> es = EntityLinker.defaults().annotate(a, seedTagger()).entities();
    assertThat(summary(es)).isEqualTo(EXPECTED);
    Entity kadhimi = es.stream().filter(e -> e.canonical().equals("مصطفى الكاظمي")).findFirst().orElseThrow();
    assertThat(kadhimi.mentions()).extracting(EntityMention::text).containsExactly(
        "الكاظمي", "رئيس الوزراء العراقي", "مصطفى الكاظمي", "رئيس الوزراء العراقي", "الكاظمي", "الكاظمي");
    assertThat(es.get(0)).isSameAs(kadhimi);
  }

  @Test
  void theSeedLinksExactlyTheListedEntities() throws IOException {
    Path seed = findSeed();
    assumeThat(seed).as("shared seed not found above " + Path.of("").toAbsolutePath()).isNotNull();
    Article a = new Structurer().structure(Files.readString(seed, StandardCharsets.UTF_8), null).article();
    List<Entity> es = EntityLinker.defaults().annotate(a, seedTagger()).entities();
    assertThat(summary(es)).isEqualTo(EXPECTED);
    Entity kadhimi = es.stream().filter(e -> e.canonical().equals("مصطفى الكاظمي")).findFirst().orElseThrow();
    // Bare and clitic forms, the apposition and the later mentions of the Iraqi prime minister's role.
    assertThat(kadhimi.mentions()).extracting(EntityMention::text)
        .contains("مصطفى الكاظمي", "الكاظمي", "رئيس الوزراء العراقي", "لرئيس الوزراء العراقي");
    Entity raisi = es.stream().filter(e -> e.canonical().equals("إبراهيم رئيسي")).findFirst().orElseThrow();
    assertThat(raisi.mentions()).extracting(EntityMention::text).contains("الرئيس الإيراني", "رئيسي", "برئيسي");
    for (Entity e : es) {
      for (EntityMention m : e.mentions()) {
        String text = m.block() == EntityMention.TITLE ? a.title() : a.blocks().get(m.block()).text();
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  private static Path findSeed() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(SEED))) {
        return p.resolve(SEED);
      }
    }
    return null;
  }
}
