package org.rasid.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per field rule ({@link FieldRules}). Names and outlets in these tests are invented or public names. */
class FieldRulesTest {

  @Test
  void markupDateTimeWinsOverTheVisibleStamp() {
    assertThat(FieldRules.published("2024-02-14T10:25", "2024-02-14", null)).isEqualTo("2024-02-14T10:25");
  }

  @Test
  void aMarkupDateGivesWayToAVisibleStampOfTheSameDayWithATime() {
    assertThat(FieldRules.published("2023-08-08", "2023-08-08T12:08", null)).isEqualTo("2023-08-08T12:08");
    assertThat(FieldRules.published("2023-08-08", "2023-08-09T12:08", null)).isEqualTo("2023-08-08");
  }

  @Test
  void withoutMarkupTheHeadStampComesBeforeTheBodyStamp() {
    assertThat(FieldRules.published(null, "2024-02-20", "2024-01-01")).isEqualTo("2024-02-20");
    assertThat(FieldRules.published(null, null, "2024-01-01")).isEqualTo("2024-01-01");
  }

  @Test
  void visibleBylineWinsOverMarkupAuthors() {
    assertThat(FieldRules.authors(List.of(List.of("سامي الخالدي"), List.of(), List.of("العربية.نت - سامي الخالدي")),
        "العربية.نت")).containsExactly("سامي الخالدي");
  }

  @Test
  void outletsAgenciesAndCmsAccountsAreNoAuthors() {
    assertThat(FieldRules.authors(List.of(List.of("admin"), List.of("صحيفة المدينة", "وام")), "صحيفة المدينة"))
        .isEmpty();
    assertThat(FieldRules.isAuthor("شفق نيوز")).isFalse();
    assertThat(FieldRules.isAuthor("سكاي نيوز عربية")).isFalse();
    assertThat(FieldRules.isAuthor("https://example.com/author/5")).isFalse();
    assertThat(FieldRules.isAuthor("ريم العلي")).isTrue();
  }

  @Test
  void anAgencyCreditedInTheTextIsTheSourceAsWritten() {
    assertThat(FieldRules.source(List.of("واس"), "صحيفة الرياض", null)).isEqualTo("واس");
    assertThat(FieldRules.source(List.of("وكالات"), "صحيفة الرياض", null)).isEqualTo("صحيفة الرياض");
  }

  @Test
  void anAgencySiteNameBecomesTheAgencyShortCredit() {
    assertThat(FieldRules.source(List.of(), "وكالة الأنباء الكويتية - كونا", null)).isEqualTo("كونا");
    assertThat(FieldRules.source(List.of(), "وكالة الأنباء القطرية", null)).isEqualTo("قنا");
    assertThat(FieldRules.source(List.of(), "جريدة الوطن", null)).isEqualTo("جريدة الوطن");
    assertThat(FieldRules.source(List.of(), "Reuters", null)).as("a Latin site name stays Latin").isEqualTo("Reuters");
  }

  @Test
  void withoutASiteNameTheBylineOutletIsTheSource() {
    assertThat(FieldRules.source(List.of(), null, "الترا صوت")).isEqualTo("الترا صوت");
  }

  @Test
  void bareNamesOfAWriterElement() {
    assertThat(FieldRules.namesOf("ليلى المصري (بيروت)")).containsExactly("ليلى المصري");
    assertThat(FieldRules.namesOf("ريم العلي، سعيد نجار")).containsExactly("ريم العلي", "سعيد نجار");
    assertThat(FieldRules.namesOf("قراءة: 2340")).isEmpty();
    assertThat(FieldRules.namesOf("وكالة الأنباء الرسمية")).isEmpty();
    assertThat(FieldRules.namesOf("By Dana Whitfield")).containsExactly("Dana Whitfield");
    assertThat(FieldRules.namesOf("Dana Whitfield and Omar Haddad")).containsExactly("Dana Whitfield", "Omar Haddad");
  }

  @ParameterizedTest
  @ValueSource(strings = {"By", "Follow Us", "View author archive", "ABOUT THE AUTHOR", "Staff Writer",
      "مقالات الكاتب", "email the author"})
  void bylineChromeIsNoName(String text) {
    assertThat(FieldRules.namesOf(text)).isEmpty();
  }

  @Test
  void agencySignatureNamesItsEditors() {
    assertThat(FieldRules.signature("هدى الشامسي/ ماجد الكعبي")).containsExactly("هدى الشامسي", "ماجد الكعبي");
  }

  @ParameterizedTest
  @ValueSource(strings = {"م ع ا / ع ح ع", "الرياض/ جدة", "وكالات/ رويترز", "وأكد أن العمل مستمر/ وأضاف",
      "هدى الشامسي"})
  void otherSlashedLinesAreNoSignature(String line) {
    assertThat(FieldRules.signature(line)).isEmpty();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "أبوظبي في 3 يناير / وام / بدأ التشغيل التجاري للمحطة الجديدة|وام",
      "الكويت - 5 - 2 (كونا) -- أقر مجلس الوزراء مشروع الميزانية|كونا",
      "الدوحة في 09 مايو /قنا/ انطلقت فعاليات المعرض|قنا",
      "لندن (رويترز) - قال مسؤولون إن المحادثات ستستأنف|رويترز"})
  void wireDatelineOpeningTheFirstParagraphCreditsItsAgency(String paragraph, String agency) {
    assertThat(FieldRules.openingAgency(paragraph)).contains(agency);
  }

  @ParameterizedTest
  @ValueSource(strings = {"نابلس ـ «القدس العربي»: بدأ المزارعون قطف الزيتون",
      "قال الوزير، في مؤتمر صحفي طويل عقده أمس في العاصمة بحضور الصحفيين (رويترز) إن",
      "وأكد المتحدث (وهو من الحزب الحاكم) أن الجلسة ستعقد", "شفق نيوز/ قررت الحكومة المحلية"})
  void otherOpeningsCreditNoAgency(String paragraph) {
    assertThat(FieldRules.openingAgency(paragraph)).isEmpty();
  }

  @Test
  void boldLeadBylineNamesTheWriter() {
    assertThat(FieldRules.leadByline("تيزنيت: يونس البقالي")).containsExactly("يونس البقالي");
    assertThat(FieldRules.leadByline("عاجل: انفجار ضخم")).isEmpty();
    assertThat(FieldRules.leadByline("قال الوزير في بيان مطول: سنبدأ غدا")).isEmpty();
  }

  @Test
  void outletCreditLineBeginsWithTheSiteName() {
    assertThat(FieldRules.isOutletCreditLine("رووداو ديجيتال", "رووداو")).isTrue();
    assertThat(FieldRules.isOutletCreditLine("رووداو تنشر تقريرا عن المياه.", "رووداو")).isFalse();
    assertThat(FieldRules.isOutletCreditLine("أعلنت الوزارة", "رووداو")).isFalse();
    assertThat(FieldRules.isOutletCreditLine("رووداو ديجيتال", null)).isFalse();
  }
}
