package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.Entity;
import org.rasid.core.model.EntityMention;
import org.rasid.nlp.ner.EntityType;
import org.rasid.nlp.ner.Mention;

class EntityLinkerTest {
  private static final EntityLinker LINKER = EntityLinker.defaults();

  private static Article article(String title, String... paragraphs) {
    return new Article(Article.SCHEMA_VERSION, "0000000000000001", null, null, List.of(), List.of(), null, null, null,
        title, List.of(), List.of(paragraphs).stream().map(Block::paragraph).toList(), List.of(), List.of(), "ar");
  }

  private static List<Entity> link(Article a, ListedNames tagger) {
    return LINKER.annotate(a, tagger).entities();
  }

  private static Map<String, Entity> byCanonical(List<Entity> entities) {
    return entities.stream().collect(Collectors.toMap(Entity::canonical, Function.identity()));
  }

  private static List<String> texts(Entity e) {
    return e.mentions().stream().map(EntityMention::text).toList();
  }

  @Test
  void lastNameLinksToTheFullName() {
    Article a = article(null, "استقبل الرئيس التونسي قيس سعيد وفدا برلمانيا، وقال سعيد إن البلاد تمر بمرحلة دقيقة.",
        "وأكد سعيد في ختام اللقاء التزامه بالحوار.");
    List<Entity> es = link(a, new ListedNames().person("قيس سعيد", "سعيد"));
    assertThat(es).hasSize(1);
    assertThat(es.get(0).canonical()).isEqualTo("قيس سعيد");
    assertThat(texts(es.get(0))).containsExactly("الرئيس التونسي", "قيس سعيد", "سعيد", "سعيد");
  }

  @Test
  void shortNameEndingTwoFullNamesStaysApart() {
    Article a = article(null, "التقى خالد العبدالله بشقيقه محمد العبدالله في عمّان، وقال العبدالله إن اللقاء كان وديا.");
    List<Entity> es = link(a, new ListedNames().person("خالد العبدالله", "محمد العبدالله", "العبدالله"));
    assertThat(es).extracting(Entity::canonical).containsExactly("خالد العبدالله", "محمد العبدالله", "العبدالله");
  }

  @Test
  void canonicalIsTheLongestNameAndMentionsKeepOffsets() {
    Article a = article("الكاظمي يزور طهران", "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران صباح الأحد.");
    List<Entity> es = link(a, new ListedNames().person("مصطفى الكاظمي", "الكاظمي").place("طهران"));
    Entity kadhimi = byCanonical(es).get("مصطفى الكاظمي");
    assertThat(kadhimi.type()).isEqualTo("PERSON");
    assertThat(kadhimi.country()).isEqualTo("IQ");
    for (EntityMention m : kadhimi.mentions()) {
      String text = m.block() == EntityMention.TITLE ? a.title() : a.blocks().get(m.block()).text();
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(kadhimi.mentions().get(0).block()).isEqualTo(EntityMention.TITLE);
    assertThat(es.get(0)).isSameAs(kadhimi);
  }

  @Test
  void titleInAppositionBindsTheRoleAndLaterRolesLink() {
    Article a = article(null,
        "قال وزير الخارجية السعودي فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن.",
        "وأضاف وزير الخارجية السعودي أن الرياض ستواصل جهودها، فيما رحب الرئيس اليمني بالتصريحات.");
    List<Entity> es = link(a, new ListedNames().person("فيصل بن فرحان").place("اليمن", "الرياض", "المملكة"));
    Entity faisal = byCanonical(es).get("فيصل بن فرحان");
    assertThat(texts(faisal)).containsExactly("وزير الخارجية السعودي", "فيصل بن فرحان", "وزير الخارجية السعودي");
    assertThat(faisal.mentions().get(2).block()).isEqualTo(1);
    assertThat(faisal.country()).isEqualTo("SA");
    // No Yemeni person is named: "الرئيس اليمني" is not guessed.
    assertThat(es.stream().flatMap(e -> texts(e).stream())).doesNotContain("الرئيس اليمني");
  }

  @Test
  void roleWithCliticLinksToo() {
    Article a = article(null, "استقبل الرئيس الإيراني إبراهيم رئيسي الوفد، ونقل المكتب الإعلامي للرئيس الإيراني قوله"
        + " إن العلاقات متينة.");
    Entity raisi = link(a, new ListedNames().person("إبراهيم رئيسي")).get(0);
    assertThat(texts(raisi)).containsExactly("الرئيس الإيراني", "إبراهيم رئيسي", "للرئيس الإيراني");
  }

  @Test
  void roleOfAnotherOfficeIsNotGuessedFromNationality() {
    Article a = article(null, "أجرى وزير الخارجية العراقي فؤاد حسين اتصالا مع نظيره.",
        "وبحث رئيس الوزراء العراقي الملف ذاته مع السفير الفرنسي.");
    List<Entity> es = link(a, new ListedNames().person("فؤاد حسين"));
    assertThat(texts(es.get(0))).containsExactly("وزير الخارجية العراقي", "فؤاد حسين");
  }

  @Test
  void roleAfterTheNameAndACommaBindsToo() {
    Article a = article(null, "قال فؤاد حسين، وزير الخارجية العراقي، إن بغداد تدعم الحوار.",
        "وأضاف وزير الخارجية العراقي أن الاجتماع المقبل سيعقد في عمّان.");
    Entity fuad = link(a, new ListedNames().person("فؤاد حسين")).get(0);
    assertThat(texts(fuad)).containsExactly("فؤاد حسين", "وزير الخارجية العراقي", "وزير الخارجية العراقي");
    assertThat(fuad.country()).isEqualTo("IQ");
  }

  @Test
  void synonymousTitlesNameOneOffice() {
    Article a = article(null, "استقبل رئيس الحكومة العراقية مصطفى الكاظمي وفدا أمريكيا.",
        "وقال مكتب رئيس الوزراء العراقي إن اللقاء تناول الانسحاب.");
    Entity kadhimi = link(a, new ListedNames().person("مصطفى الكاظمي")).get(0);
    assertThat(texts(kadhimi)).containsExactly("رئيس الحكومة العراقية", "مصطفى الكاظمي", "رئيس الوزراء العراقي");
  }

  @Test
  void samePersonTwoOfficesOfTwoCountriesAreKeptApart() {
    Article a = article(null, "التقى الرئيس الإيراني إبراهيم رئيسي الرئيس العراقي برهم صالح في طهران.",
        "وقال الرئيس العراقي إن الزيارة ناجحة، فيما أكد الرئيس الإيراني أهمية التعاون.");
    Map<String, Entity> m = byCanonical(link(a, new ListedNames().person("إبراهيم رئيسي", "برهم صالح").place("طهران")));
    assertThat(texts(m.get("إبراهيم رئيسي"))).containsExactly("الرئيس الإيراني", "إبراهيم رئيسي", "الرئيس الإيراني");
    assertThat(texts(m.get("برهم صالح"))).containsExactly("الرئيس العراقي", "برهم صالح", "الرئيس العراقي");
    assertThat(m.get("برهم صالح").country()).isEqualTo("IQ");
  }

  @Test
  void roleStaysUnlinkedWhenTwoPersonsShareTheCountry() {
    Article a = article(null, "التقى الرئيس العراقي برهم صالح ووزير الخارجية العراقي فؤاد حسين في بغداد.",
        "وقال رئيس الوزراء العراقي إن الحكومة ماضية في الإصلاحات.");
    List<Entity> es = link(a, new ListedNames().person("برهم صالح", "فؤاد حسين").place("بغداد"));
    assertThat(es.stream().flatMap(e -> texts(e).stream())).doesNotContain("رئيس الوزراء العراقي");
    assertThat(byCanonical(es).get("برهم صالح").country()).isEqualTo("IQ");
  }

  @Test
  void roleWithoutAnyPersonStaysUnlinked() {
    Article a = article(null, "قال رئيس الوزراء العراقي إن بغداد ترحب بالمبادرة.");
    List<Entity> es = link(a, new ListedNames().place("بغداد"));
    assertThat(es).extracting(Entity::canonical).containsExactly("بغداد");
  }

  @Test
  void cliticPrefixedPlacesLinkToTheBareForm() {
    Article a = article(null, "زار الوفد طهران ثم عاد إلى بغداد.", "وكانت الزيارة لطهران الأولى منذ عام، وإيران ترحب.",
        "وتجمع العراق وإيران علاقات وثيقة.");
    List<Entity> es = link(a, new ListedNames().place("طهران", "بغداد", "إيران", "العراق"));
    Map<String, Entity> m = byCanonical(es);
    assertThat(m).containsOnlyKeys("طهران", "بغداد", "إيران", "العراق");
    assertThat(texts(m.get("طهران"))).containsExactly("طهران", "لطهران");
    assertThat(texts(m.get("إيران"))).containsExactly("وإيران", "وإيران");
    assertThat(m.get("إيران").country()).isEqualTo("IR");
    assertThat(m.get("بغداد").country()).isEqualTo("IQ");
  }

  @Test
  void cliticPrefixedPersonsAndOrganizationsLinkToTheBareForm() {
    Article a = article(null, "أعلن حسن نصر الله أن الحزب لن يتراجع، ونقلت رويترز عن مصادر أن لقاء جمع نصر الله بمسؤولين.",
        "وبحسب رويترز فإن الاجتماع عقد في بيروت، ولرويترز مصادر أخرى.");
    List<Entity> es = link(a, new ListedNames().person("حسن نصر الله", "نصر الله").org("رويترز").place("بيروت"));
    Map<String, Entity> m = byCanonical(es);
    assertThat(m).containsOnlyKeys("حسن نصر الله", "رويترز", "بيروت");
    assertThat(texts(m.get("رويترز"))).containsExactly("رويترز", "رويترز", "ولرويترز");
    assertThat(m.get("رويترز").type()).isEqualTo("ORGANIZATION");
    assertThat(m.get("رويترز").country()).isNull();
  }

  @Test
  void nameStartingWithACliticLetterIsNotCut() {
    Article a = article(null, "قال وليد جنبلاط إن وليد لا يعرف غيره.");
    List<Entity> es = link(a, new ListedNames().person("وليد جنبلاط"));
    assertThat(es).extracting(Entity::canonical).containsExactly("وليد جنبلاط");
  }

  @Test
  void spellingVariantsOfAPlaceAreOneEntity() {
    Article a = article(null, "وصل الوفد إلى ايران، وقالت إيران إنها ترحب.");
    List<Entity> es = link(a, new ListedNames().place("ايران", "إيران"));
    assertThat(es).hasSize(1);
    assertThat(es.get(0).canonical()).isEqualTo("إيران");
  }

  @Test
  void unknownPlaceIsKeptWithoutCountry() {
    Article a = article(null, "وصل الوفد إلى قرية زبرقان الشرقية.");
    List<Entity> es = link(a, new ListedNames().place("زبرقان"));
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.canonical()).isEqualTo("زبرقان");
      assertThat(e.country()).isNull();
      assertThat(e.type()).isEqualTo("LOCATION");
    });
  }

  @Test
  void idsAreStableAcrossArticlesAndSpellings() {
    List<Entity> one = link(article(null, "زار مصطفى الكاظمي طهران."),
        new ListedNames().person("مصطفى الكاظمي").place("طهران"));
    List<Entity> two = link(article(null, "قال مصطفى الكاظمى إن العلاقات جيدة، ووصل إلى طهران."),
        new ListedNames().person("مصطفى الكاظمى").place("طهران"));
    assertThat(one.get(0).id()).isEqualTo(two.get(0).id()).startsWith("p-").hasSize(18);
    assertThat(one.get(1).id()).isEqualTo(two.get(1).id()).startsWith("l-");
    assertThat(one.get(0).id()).isNotEqualTo(one.get(1).id());
    assertThat(EntityLinker.entityId("PERSON", "رويترز")).isNotEqualTo(EntityLinker.entityId("ORGANIZATION", "رويترز"));
  }

  @Test
  void badSpansAreCountedNotLinked() {
    List<String> texts = List.of("", "زار الوفد طهران.");
    List<List<Mention>> mentions = List.of(List.of(), List.of(
        new Mention(EntityType.LOCATION, "طهران", 10, 15, 2, 3),
        new Mention(EntityType.LOCATION, "x", 10, 99, 2, 3),
        new Mention(EntityType.LOCATION, "x", 5, 5, 2, 2)));
    EntityLinker.Linked linked = LINKER.link(texts, mentions);
    assertThat(linked.unlinked()).isEqualTo(2);
    assertThat(linked.entities()).extracting(Entity::canonical).containsExactly("طهران");
  }

  @Test
  void articleWithoutMentionsHasNoEntities() {
    assertThat(link(article(null, "نص بلا أسماء."), new ListedNames())).isEmpty();
    assertThat(link(article(null), new ListedNames())).isEmpty();
  }

  @Test
  void secondAppositionOfTheSameOfficeLinksLocally() {
    Article a = article(null, "قال رئيس الوزراء العراقي مصطفى الكاظمي إن الانتخابات ستجري في موعدها.",
        "وكان رئيس الوزراء العراقي السابق عادل عبد المهدي قد استقال، بينما خلفه رئيس الوزراء العراقي محمد شياع السوداني.");
    Map<String, Entity> m = byCanonical(link(a, new ListedNames().person("مصطفى الكاظمي", "محمد شياع السوداني",
        "عادل عبد المهدي")));
    assertThat(texts(m.get("محمد شياع السوداني"))).containsExactly("رئيس الوزراء العراقي", "محمد شياع السوداني");
    assertThat(texts(m.get("مصطفى الكاظمي"))).containsExactly("رئيس الوزراء العراقي", "مصطفى الكاظمي");
    assertThat(texts(m.get("عادل عبد المهدي"))).containsExactly("رئيس الوزراء العراقي السابق", "عادل عبد المهدي");
  }

  @Test
  void knownAgenciesTakeTheListedNameThroughCliticsAndDescriptor() {
    Article a = article(null, "وسبق لوكالة رويترز أن نشرت الخبر، ثم أكدته رويترز ووكالة فرانس برس.");
    List<Entity> es = link(a, new ListedNames().org("وكالة رويترز", "رويترز", "وكالة فرانس برس"));
    assertThat(es).extracting(Entity::canonical).containsExactly("رويترز", "أ ف ب");
    assertThat(texts(es.get(0))).containsExactly("لوكالة رويترز", "رويترز");
  }

  @Test
  void unlistedOrganizationKeepsItsLongestName() {
    Article a = article(null, "أعلنت شركة نفط البصرة زيادة الإنتاج، وقالت نفط البصرة إن الصادرات مستقرة.");
    List<Entity> es = link(a, new ListedNames().org("شركة نفط البصرة", "نفط البصرة"));
    assertThat(es).singleElement().extracting(Entity::canonical).isEqualTo("شركة نفط البصرة");
  }
}
