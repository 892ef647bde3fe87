package org.rasid.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Image;

/** One test per line rule: bylines, captions, related links, boilerplate. */
class LineRulesTest {

  private final BylineParser bylines = new BylineParser(Gazetteer.defaults());
  private final CaptionParser captions = new CaptionParser(Gazetteer.defaults());
  private final RelatedParser related = new RelatedParser();

  private Byline byline(String line) {
    return bylines.parse(line).orElseThrow(() -> new AssertionError("not a byline: " + line));
  }

  @Test
  void bylineOutletThenDesk() {
    assertThat(byline("الترا صوت – فريق التحرير"))
        .isEqualTo(new Byline("الترا صوت", List.of(), List.of("فريق التحرير"), null));
  }

  @Test
  void bylineAuthorThenOutlet() {
    assertThat(byline("محمد الشامي - الجزيرة نت"))
        .isEqualTo(new Byline("الجزيرة نت", List.of(), List.of("محمد الشامي"), null));
  }

  @Test
  void bylinePlaceSlashOutlet() {
    assertThat(byline("بغداد/ شفق نيوز")).isEqualTo(new Byline("شفق نيوز", List.of(), List.of(), "بغداد"));
  }

  @Test
  void bylinePlaceDashAgency() {
    assertThat(byline("القاهرة - أ ش أ")).isEqualTo(new Byline("أ ش أ", List.of("أ ش أ"), List.of(), "القاهرة"));
  }

  @Test
  void bylinePlaceColonAuthor() {
    assertThat(byline("لندن: رنيم حنوش")).isEqualTo(new Byline(null, List.of(), List.of("رنيم حنوش"), "لندن"));
  }

  @Test
  void bylinePlaceOutletAuthor() {
    assertThat(byline("الرباط - هسبريس - عبد الله الطاهري"))
        .isEqualTo(new Byline("هسبريس", List.of(), List.of("عبد الله الطاهري"), "الرباط"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "كتب: أحمد علي|أحمد علي",
      "كتبت - سارة محمود|سارة محمود",
      "بقلم: د. خالد الفيصل|د. خالد الفيصل",
      "بقلم خالد الشمري|خالد الشمري",
      "إعداد: ليلى حسن|ليلى حسن",
      "بواسطة منى الكردي|منى الكردي",
      "كتب- سامر يوسف:|سامر يوسف",
      "Author, سلمى إدريس|سلمى إدريس",
      "By: Karim Haddad|Karim Haddad"})
  void bylineAuthorLabels(String line, String author) {
    assertThat(byline(line).authors()).containsExactly(author);
  }

  @Test
  void bylineSplitsTwoAuthorsJoinedByWaw() {
    assertThat(byline("كتب: أحمد علي ومحمد حسن").authors()).containsExactly("أحمد علي", "محمد حسن");
    assertThat(byline("كتب: أحمد علي، محمد حسن").authors()).containsExactly("أحمد علي", "محمد حسن");
    assertThat(byline("كتب: أحمد علي ووليد حسن").authors()).containsExactly("أحمد علي", "وليد حسن");
  }

  @Test
  void bylineNameThenPlace() {
    assertThat(byline("نايف عبدالله – جدة"))
        .isEqualTo(new Byline(null, List.of(), List.of("نايف عبدالله"), "جدة"));
    assertThat(byline("بادي البادي ـ جدة")).isEqualTo(new Byline(null, List.of(), List.of("بادي البادي"), "جدة"));
  }

  @Test
  void bylineTakesASingleWordAfterAnOutletForAPlace() {
    assertThat(byline("عين اليوم – تيرانا")).isEqualTo(new Byline("عين اليوم", List.of(), List.of(), "تيرانا"));
  }

  @Test
  void bylineIgnoresSlideshowButtonsGluedInFront() {
    assertThat(byline("Next Previous عين اليوم – تبوك"))
        .isEqualTo(new Byline("عين اليوم", List.of(), List.of(), "تبوك"));
  }

  @Test
  void wireDatelineStampsNamePlaceDateAndAgency() {
    DatelineStampParser p = new DatelineStampParser(Gazetteer.defaults());
    assertThat(p.parse("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")).get().satisfies(s -> {
      assertThat(s.place()).isEqualTo("الرياض");
      assertThat(s.agency()).isEqualTo("واس");
      assertThat(s.date().iso()).isEqualTo("2015-08-10");
    });
    assertThat(p.parse("القاهرة في 12 سبتمبر 2021 (أ ش أ)")).get()
        .extracting(s -> s.date().iso()).isEqualTo("2021-09-12");
    assertThat(p.parse("الأحساء25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس")).get()
        .extracting(DatelineStampParser.DatelineStamp::place).isEqualTo("الأحساء");
    assertThat(p.parse("وصل الوزير إلى الرياض 12 سبتمبر 2021")).isEmpty();
    assertThat(p.parse("الرياض تستضيف القمة")).isEmpty();
  }

  @Test
  void bylineTellsACityFromTheNewspaperOfTheSameName() {
    assertThat(byline("الرياض - واس")).isEqualTo(new Byline("واس", List.of("واس"), List.of(), "الرياض"));
    assertThat(byline("الرياض - فريق التحرير"))
        .isEqualTo(new Byline("الرياض", List.of(), List.of("فريق التحرير"), null));
  }

  @Test
  void bylineAgencyCredits() {
    assertThat(byline("(رويترز)")).isEqualTo(new Byline("رويترز", List.of("رويترز"), List.of(), null));
    assertThat(byline("(رويترز، أ ف ب)").agencies()).containsExactly("رويترز", "أ ف ب");
    assertThat(byline("وكالات").agencies()).containsExactly("وكالات");
    assertThat(byline("أ.ف.ب").agencies()).containsExactly("أ.ف.ب");
  }

  @Test
  void bylineLabelledFields() {
    assertThat(byline("المصدر: رويترز")).isEqualTo(new Byline("رويترز", List.of("رويترز"), List.of(), null));
    assertThat(byline("المصدر: الشرق الأوسط")).isEqualTo(new Byline("الشرق الأوسط", List.of(), List.of(), null));
    assertThat(byline("الوكالات: رويترز، أ ف ب"))
        .isEqualTo(new Byline(null, List.of("رويترز", "أ ف ب"), List.of(), null));
    assertThat(byline("المكان: بغداد")).isEqualTo(new Byline(null, List.of(), List.of(), "بغداد"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"غزة - الحرب", "السيسي - بايدن", "الأيام", "الرياض",
      "قال الوزير إن الحكومة ستعمل – وفق بيان رسمي – على تعزيز التعاون",
      "أحمد علي - محمد حسن", "التقارب الإيراني السعودي في الخلفية"})
  void rejectsLinesThatAreNotBylines(String line) {
    assertThat(bylines.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "الكاظمي في زبارة إلى إيران (Getty)|الكاظمي في زبارة إلى إيران|Getty",
      "متظاهرون في ساحة التحرير ببغداد (رويترز)|متظاهرون في ساحة التحرير ببغداد|رويترز",
      "الرئيس خلال الاجتماع (AFP)|الرئيس خلال الاجتماع|AFP",
      "مبنى البرلمان (أرشيفية)|مبنى البرلمان|أرشيفية",
      "مبنى البرلمان - أرشيف|مبنى البرلمان|أرشيف",
      "الوزير في الرباط (Photo: MAP)|الوزير في الرباط|MAP",
      "جانب من اللقاء (تصوير: علي حسن)|جانب من اللقاء|علي حسن",
      "ميناء بيروت بعد الانفجار (AFP/Getty)|ميناء بيروت بعد الانفجار|AFP/Getty",
      "صورة: جانب من الاجتماع الوزاري|جانب من الاجتماع الوزاري|",
      "عمال يصلحون أنبوبا في حي الأمل. تصوير: سمير بلقاسم|عمال يصلحون أنبوبا في حي الأمل.|سمير بلقاسم",
      "سوق الخضار في السليمانية - صورة: رووداو|سوق الخضار في السليمانية|رووداو",
      "محتجون قرب مقر الحكومة (إ.ب.أ)|محتجون قرب مقر الحكومة|إ.ب.أ"})
  void captionForms(String line, String caption, String credit) {
    assertThat(captions.parse(line)).contains(new Image(caption, credit));
  }

  @Test
  void creditAloneIsAnImageUnlessItIsANewsAgency() {
    assertThat(captions.parse("(Getty)")).contains(new Image(null, "Getty"));
    assertThat(captions.parse("(رويترز)")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ما هو الذكاء الاصطناعي (AI)", "وقال الوزير (في تصريح خاص) إن العمل مستمر",
      "تسجيل إصابات جديدة بفيروس كورونا (COVID-19)", "وأضاف المتحدث أن الصورة: واضحة تماما"})
  void rejectsLinesThatAreNotCaptions(String line) {
    assertThat(captions.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "اقرأ/ي أيضًا: دور محتمل للعراق|دور محتمل للعراق",
      "اقرأ أيضا: عنوان آخر|عنوان آخر",
      "إقرأ أيضاً - عنوان آخر|عنوان آخر",
      "اقرأ ايضا عنوان آخر|عنوان آخر",
      "طالع أيضا: عنوان آخر|عنوان آخر",
      "شاهد أيضًا: فيديو اللقاء|فيديو اللقاء",
      "للمزيد: عنوان آخر|عنوان آخر",
      "إقرأ المزيد: عنوان آخر|عنوان آخر",
      "يهمك أيضا: عنوان آخر|عنوان آخر",
      "مواضيع ذات صلة: عنوان آخر|عنوان آخر"})
  void relatedMarkers(String line, String title) {
    assertThat(related.parse(line)).get().isInstanceOfSatisfying(RelatedParser.Link.class,
        l -> assertThat(l.link().title()).isEqualTo(title));
  }

  @ParameterizedTest
  @ValueSource(strings = {"اقرأ أيضا:", "اقرأ أيضًا", "للمزيد:", "ذات صلة", "مواضيع ذات صلة:"})
  void relatedMarkerAlone(String line) {
    assertThat(related.parse(line)).get().isInstanceOf(RelatedParser.MarkerOnly.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"للمزيد من المعلومات يرجى زيارة الموقع الرسمي للوزارة",
      "يهمك أن تعرف أن الأسعار ارتفعت", "شاهد العالم المباراة باهتمام كبير"})
  void rejectsSentencesThatStartLikeMarkers(String line) {
    assertThat(related.parse(line)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "شارك|share-prompt", "شارك المقال|share-prompt", "شارك هذا المقال على فيسبوك|share-prompt",
      "شارك المقال عبر: واتساب تويتر|share-prompt", "الكلمات الدالة: السودان|tags", "مشاركة:|share-prompt",
      "فيسبوك تويتر واتساب|share-prompt", "تابعونا على تويتر|share-prompt",
      "تابعوا آخر الأخبار عبر تطبيق تلغرام|share-prompt", "اشترك في النشرة البريدية|share-prompt",
      "للاشتراك في قناتنا على تلغرام اضغط هنا|share-prompt", "حمّل تطبيق الموقع|share-prompt",
      "اضغط هنا لمتابعة آخر الأخبار|share-prompt", "طباعة|share-prompt",
      "الكلمات الدلالية: العراق، إيران|tags", "الوسوم: السعودية|tags", "#العراق #إيران|tags",
      "Tags: Iraq, Iran|tags",
      "جميع الحقوق محفوظة © 2021|rights", "© الترا صوت 2021|rights",
      "إعلان|advertisement", "Advertisement|advertisement", "محتوى مدعوم|advertisement",
      "التعليقات|boilerplate", "الأكثر قراءة|boilerplate", "الرئيسية > أخبار > العراق|boilerplate",
      "// انتهى //|boilerplate", "/انتهى/|boilerplate", "(النهاية)|boilerplate", "- انتهى -|boilerplate",
      "18:22ت م|boilerplate", "09:15 ت غ|boilerplate", "0124|boilerplate", "م ع ا / ع ح ع|boilerplate"})
  void boilerplateRules(String line, String reason) {
    assertThat(BoilerplateRules.match(line)).map(DropReason::code).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ونشر الوزير على حسابه في تويتر صورة من اللقاء.",
      "تابع الوزير حديثه قائلا إن الحكومة ستعمل هنا وهناك", "حمل المتظاهرون لافتات كتب عليها شعارات",
      "إعلان نتائج الانتخابات البرلمانية في العراق", "وأعلنت الشركة حقوق البث الحصرية للمباريات",
      "انتهى الاجتماع دون اتفاق", "2023", "أ ف ب / د ب أ", "18:22"})
  void keepsSentencesThatOnlyLookLikeBoilerplate(String line) {
    assertThat(BoilerplateRules.match(line)).isEmpty();
  }

  @Test
  void duplicateKeyIgnoresPunctuationDiacriticsTatweelAndSpacing() {
    assertThat(DuplicateKey.of("قالَ الوزيــر: \"نعم\"،  غدًا.")).isEqualTo(DuplicateKey.of("قال الوزير نعم غدا"));
    assertThat(DuplicateKey.of("عام ٢٠١٦")).isEqualTo(DuplicateKey.of("عام 2016."));
    assertThat(DuplicateKey.of("أحمد")).isNotEqualTo(DuplicateKey.of("احمد"));
  }

  @Test
  void wordPrefixStopsAtWordBoundaries() {
    assertThat(DuplicateKey.isWordPrefix("قال الوزير", "قال الوزير إن")).isTrue();
    assertThat(DuplicateKey.isWordPrefix("قال الوز", "قال الوزير إن")).isFalse();
    assertThat(DuplicateKey.isWordPrefix("قال الوزير", "قال الوزير")).isFalse();
  }
}
