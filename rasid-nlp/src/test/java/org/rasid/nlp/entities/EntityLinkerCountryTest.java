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

/** Countries the linker reads from the article: ambiguous place names, and the country an organization's name carries. */
class EntityLinkerCountryTest {
  private static final EntityLinker LINKER = EntityLinker.defaults();

  private static Map<String, Entity> link(ListedNames tagger, String... paragraphs) {
    Article a = new Article(Article.SCHEMA_VERSION, "0000000000000002", null, null, List.of(), List.of(), null, null,
        null, null, List.of(), List.of(paragraphs).stream().map(Block::paragraph).toList(), List.of(), List.of(), "ar");
    return LINKER.annotate(a, tagger).entities().stream()
        .collect(Collectors.toMap(Entity::canonical, Function.identity()));
  }

  @Test
  void omanUnlessTheArticleIsAboutJordan() {
    Map<String, Entity> alone = link(new ListedNames().place("عمان"), "وصل الوفد إلى عمان مساء الخميس.");
    assertThat(alone.values()).extracting(Entity::canonical, Entity::country) // a country outranks a capital
        .containsExactly(org.assertj.core.groups.Tuple.tuple("عُمان", "OM"));

    Map<String, Entity> jordan = link(new ListedNames().place("عمان", "الأردن"),
        "وصل الوفد إلى عمان مساء الخميس في زيارة إلى الأردن تستمر يومين.");
    assertThat(jordan.values()).extracting(Entity::country).containsOnly("JO");
    assertThat(jordan).containsKey("عَمَّان"); // the capital, as the gazetteer spells it

    Map<String, Entity> byDemonym = link(new ListedNames().place("عمان"),
        "قال وزير الخارجية الأردني في عمان إن المحادثات كانت مثمرة.");
    assertThat(byDemonym.values()).extracting(Entity::country).containsExactly("JO");

    Map<String, Entity> sultanate = link(new ListedNames().place("عمان", "مسقط"),
        "وصل الوفد إلى مسقط، عاصمة سلطنة عمان، مساء الخميس.");
    assertThat(sultanate.values()).extracting(Entity::country).containsOnly("OM");
  }

  @Test
  void bothCountriesNamedLeavesTheDefault() {
    Map<String, Entity> both = link(new ListedNames().place("عمان", "الأردن", "مسقط"),
        "زار الوزير الأردن ومسقط، ثم عاد إلى عمان.");
    assertThat(both.get("عُمان").country()).isEqualTo("OM");
  }

  @Test
  void tripoliOfLebanonBesideLebanon() {
    assertThat(link(new ListedNames().place("طرابلس"), "اشتباكات في طرابلس الليبية.").values())
        .extracting(Entity::country).containsExactly("LY");
    assertThat(link(new ListedNames().place("طرابلس"), "اشتباكات في طرابلس شمال لبنان، بحسب الجيش اللبناني.")
        .values()).extracting(Entity::country).containsExactly("LB");
  }

  @Test
  void organizationsTakeTheCountryTheirNameCarries() {
    Map<String, Entity> es = link(new ListedNames()
            .org("وزارة الخارجية الإيرانية", "جامعة بغداد", "الأمم المتحدة", "تنظيم القاعدة", "منظمة الصحة العالمية"),
        "قالت وزارة الخارجية الإيرانية إن الأمم المتحدة تلقت الطلب، فيما أعلنت جامعة بغداد استئناف الدراسة.",
        "وحذر بيان تنظيم القاعدة من الهجمات، ورحبت منظمة الصحة العالمية بالخطوة.");
    assertThat(es.get("وزارة الخارجية الإيرانية").country()).isEqualTo("IR");
    assertThat(es.get("جامعة بغداد").country()).isEqualTo("IQ");
    assertThat(es.get("الأمم المتحدة").country()).isNull();
    assertThat(es.get("تنظيم القاعدة").country()).isNull(); // القاعدة is also a small town: not enough
    assertThat(es.get("منظمة الصحة العالمية").country()).isNull();
  }

  @Test
  void aPersonThatIsAListedOutletIsThatOrganization() {
    Map<String, Entity> es = link(new ListedNames().person("لرويترز", "سالم الكعبي"),
        "وقال سالم الكعبي لرويترز إن المحادثات انتهت.");
    assertThat(es.get("رويترز").type()).isEqualTo(Entity.ORGANIZATION);
    assertThat(es.get("سالم الكعبي").type()).isEqualTo(Entity.PERSON);
  }

  @Test
  void aListedOrganizationKeepsNoCountry() {
    Map<String, Entity> es = link(new ListedNames().org("وكالة رويترز"), "ذكرت وكالة رويترز البريطانية أن المحادثات انتهت.");
    assertThat(es.values()).singleElement().satisfies(e -> assertThat(e.country()).isNull());
  }
}
