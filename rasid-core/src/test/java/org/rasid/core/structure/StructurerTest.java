package org.rasid.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Dropped;
import org.rasid.core.model.Image;
import org.rasid.core.model.RelatedLink;

class StructurerTest {

  private final Structurer structurer = new Structurer();

  private Article structure(String... lines) {
    String text = String.join("\n\n", lines);
    Structured s = structurer.structure(text);
    assertThat(LineAccounting.violations(text, s)).isEmpty();
    return s.article();
  }

  private static final String LEAD = "أعلن وزير الخارجية العراقي فؤاد حسين اليوم الأحد أن بغداد ستستضيف جولة جديدة"
      + " من المحادثات بين وفود إقليمية، في إطار مساعي التهدئة التي تقودها الحكومة العراقية منذ أشهر.";
  private static final String P2 = "وأضاف حسين في مؤتمر صحفي أن \"الحوار هو الطريق الوحيد لحل الخلافات\"، مشيرًا"
      + " إلى أن موعد الجولة المقبلة سيحدد خلال الأيام القليلة القادمة بالتنسيق مع الأطراف المعنية.";
  private static final String P3 = "وكانت بغداد قد استضافت خمس جولات سابقة من المحادثات منذ نيسان/أبريل الماضي،"
      + " وفق ما أعلنته وزارة الخارجية في بيان رسمي.";

  @Test
  void structuresTheSeedArtefactsInOrder() {
    Article a = structure(
        "12-سبتمبر-2021",
        "الكاظمي في زبارة إلى إيران (Getty)",
        "الترا صوت – فريق التحرير",
        LEAD,
        LEAD.substring(0, LEAD.indexOf("،")),
        P2,
        "اقرأ/ي أيضًا: دور محتمل للعراق من أجل تقارب سعودي إيراني",
        "التقارب الإيراني السعودي في الخلفية",
        P3.substring(0, P3.length() - 1),
        P3);
    assertThat(a.published()).isEqualTo("2021-09-12");
    assertThat(a.source()).isEqualTo("الترا صوت");
    assertThat(a.authors()).containsExactly("فريق التحرير");
    assertThat(a.images()).containsExactly(new Image("الكاظمي في زبارة إلى إيران", "Getty"));
    assertThat(a.related()).containsExactly(new RelatedLink("دور محتمل للعراق من أجل تقارب سعودي إيراني", null));
    assertThat(a.blocks()).containsExactly(
        Block.paragraph(LEAD), Block.paragraph(P2), Block.heading("التقارب الإيراني السعودي في الخلفية"),
        Block.paragraph(P3));
    assertThat(a.dropped()).extracting(Dropped::reason, Dropped::duplicateOf, Dropped::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DropReason.TRUNCATED_DUPLICATE, 0, 9),
        org.assertj.core.groups.Tuple.tuple(DropReason.NEAR_DUPLICATE, 3, 17));
    assertThat(a.title()).isNull();
    assertThat(a.language()).isEqualTo("ar");
  }

  @Test
  void keepsTheFullestCopyAtTheFirstPosition() {
    String cut = LEAD.substring(0, LEAD.indexOf("،"));
    Article a = structure(cut, P2, LEAD);
    assertThat(a.blocks()).containsExactly(Block.paragraph(LEAD), Block.paragraph(P2));
    assertThat(a.dropped()).containsExactly(new Dropped(cut, DropReason.TRUNCATED_DUPLICATE, 0, 1));
  }

  @Test
  void treatsDiacriticsTatweelAndPunctuationDifferencesAsNearDuplicates() {
    String variant = P2.replace("الحوار", "الحـــوار").replace("الوحيد", "الوَحيدُ").replace("،", " ,");
    Article a = structure(P2, variant);
    assertThat(a.blocks()).hasSize(1);
    assertThat(a.dropped()).singleElement().extracting(Dropped::reason).isEqualTo(DropReason.NEAR_DUPLICATE);
  }

  @Test
  void dropsExactRepeatsAsDuplicates() {
    Article a = structure(P2, P3, P2);
    assertThat(a.blocks()).extracting(Block::text).containsExactly(P2, P3);
    assertThat(a.dropped()).containsExactly(new Dropped(P2, DropReason.DUPLICATE, 0, 5));
  }

  @Test
  void doesNotTreatAShortCommonOpeningAsACutShortCopy() {
    Article a = structure("وقال الوزير إن", P2);
    assertThat(a.dropped()).isEmpty();
  }

  @Test
  void takesAShortFirstLineAsTheTitleAndDropsItsRepeat() {
    Article a = structure("العراق يستضيف جولة جديدة من المحادثات الإقليمية", LEAD,
        "العراق يستضيف جولة جديدة من المحادثات الإقليمية");
    assertThat(a.title()).isEqualTo("العراق يستضيف جولة جديدة من المحادثات الإقليمية");
    assertThat(a.blocks()).containsExactly(Block.paragraph(LEAD));
    assertThat(a.dropped()).singleElement().extracting(Dropped::reason).isEqualTo(DropReason.TITLE_REPEAT);
  }

  @Test
  void keepsAShortUnpunctuatedLastLineAsAParagraph() {
    Article a = structure(LEAD, "والله ولي التوفيق");
    assertThat(a.blocks()).containsExactly(Block.paragraph(LEAD), Block.paragraph("والله ولي التوفيق"));
  }

  @Test
  void readsTitlesUnderAMarkerAlone() {
    Article a = structure(LEAD, "اقرأ أيضا:", "الكاظمي يزور طهران", "مؤتمر بغداد للتعاون والشراكة", P2);
    assertThat(a.related()).extracting(RelatedLink::title)
        .containsExactly("الكاظمي يزور طهران", "مؤتمر بغداد للتعاون والشراكة");
    assertThat(a.dropped()).singleElement().extracting(Dropped::reason).isEqualTo(DropReason.RELATED_MARKER);
    assertThat(a.blocks()).containsExactly(Block.paragraph(LEAD), Block.paragraph(P2));
  }

  @Test
  void keepsTheUrlOfARelatedLink() {
    Article a = structure(LEAD, "اقرأ أيضاً: الكاظمي يزور طهران https://example.com/news/1");
    assertThat(a.related()).containsExactly(new RelatedLink("الكاظمي يزور طهران", "https://example.com/news/1"));
  }

  @Test
  void dropsBoilerplateWithItsReason() {
    Article a = structure(LEAD, "شارك المقال", "الكلمات الدلالية: العراق، إيران", "إعلان",
        "جميع الحقوق محفوظة © 2021", "تابعونا على تويتر وفيسبوك");
    assertThat(a.dropped()).extracting(Dropped::reason).containsExactly(DropReason.SHARE_PROMPT, DropReason.TAGS,
        DropReason.ADVERTISEMENT, DropReason.RIGHTS, DropReason.SHARE_PROMPT);
    assertThat(a.blocks()).containsExactly(Block.paragraph(LEAD));
  }

  @Test
  void keepsASentenceThatMerelyMentionsTwitterInTheBody() {
    String sentence = "ونشر الوزير على حسابه في تويتر صورة من اللقاء الذي جمعه بنظيره الإيراني.";
    Article a = structure(LEAD, sentence);
    assertThat(a.paragraphs()).containsExactly(LEAD, sentence);
  }

  @Test
  void readsDatelinePlaceAndAgency() {
    Article a = structure("القاهرة - أ ش أ", LEAD);
    assertThat(a.dateline()).isEqualTo("القاهرة");
    assertThat(a.source()).isEqualTo("أ ش أ");
    assertThat(a.agencies()).containsExactly("أ ش أ");
  }

  @Test
  void readsAWireDatelineAsDatePlaceAndAgency() {
    Article a = structure("مكة المكرمة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", LEAD);
    assertThat(a.published()).isEqualTo("2015-08-10");
    assertThat(a.publishedText()).isEqualTo("25 شوال 1436 هـ الموافق 10 أغسطس 2015 م");
    assertThat(a.dateline()).isEqualTo("مكة المكرمة");
    assertThat(a.agencies()).containsExactly("واس");
    assertThat(a.title()).isNull();
    Article again = structurer.structure(TextRenderer.render(a)).article();
    assertThat(withoutDropped(again)).isEqualTo(withoutDropped(a));
  }

  @Test
  void readsPlaceSlashOutlet() {
    Article a = structure("بغداد/ شفق نيوز", LEAD);
    assertThat(a.dateline()).isEqualTo("بغداد");
    assertThat(a.source()).isEqualTo("شفق نيوز");
    assertThat(a.agencies()).isEmpty();
  }

  @Test
  void readsAuthorLabelsWithTwoNames() {
    Article a = structure("كتب: أحمد علي ومحمد حسن", LEAD);
    assertThat(a.authors()).containsExactly("أحمد علي", "محمد حسن");
  }

  @Test
  void readsAnAgencyListInParentheses() {
    Article a = structure("(رويترز، أ ف ب)", LEAD);
    assertThat(a.agencies()).containsExactly("رويترز", "أ ف ب");
    assertThat(a.source()).isEqualTo("رويترز");
  }

  @Test
  void dropsASecondBylineAsExtraMetadata() {
    Article a = structure("الترا صوت – فريق التحرير", LEAD, "الترا صوت – فريق التحرير");
    assertThat(a.dropped()).singleElement().extracting(Dropped::reason).isEqualTo(DropReason.EXTRA_METADATA);
  }

  @Test
  void attachesAPhotographerLineToTheCaptionAboveIt() {
    Article a = structure("صورة: الوزير خلال المؤتمر الصحفي في بغداد", "تصوير: علي حسن", LEAD);
    assertThat(a.images()).containsExactly(new Image("الوزير خلال المؤتمر الصحفي في بغداد", "علي حسن"));
  }

  @Test
  void readsArchiveCaptions() {
    Article a = structure("مبنى وزارة الخارجية العراقية - أرشيفية", LEAD);
    assertThat(a.images()).containsExactly(new Image("مبنى وزارة الخارجية العراقية", "أرشيفية"));
  }

  @Test
  void doesNotTakeALatinGlossForAPhotoCredit() {
    Article a = structure("ما هو الذكاء الاصطناعي (AI)", LEAD);
    assertThat(a.images()).isEmpty();
    assertThat(a.title()).isEqualTo("ما هو الذكاء الاصطناعي (AI)");
  }

  @Test
  void givesTheSameIdToTheSameStoryAndUsesTheUrlWhenKnown() {
    String text = String.join("\n\n", LEAD, P2);
    String other = String.join("\n\n", LEAD.replace("أعلن", "اعلن"), P2);
    assertThat(structurer.structure(text).article().id()).isEqualTo(structurer.structure(other).article().id());
    assertThat(structurer.structure(text, "https://a.example/1").article().id())
        .isNotEqualTo(structurer.structure(text).article().id())
        .isEqualTo(structurer.structure(P3, "https://a.example/1").article().id());
  }

  @Test
  void handlesEmptyAndBlankInput() {
    assertThat(structurer.structure("").article().blocks()).isEmpty();
    assertThat(structurer.structure(" \n\u200f\n\t").article().blocks()).isEmpty();
    assertThat(structurer.structure("").article().language()).isEqualTo("und");
  }

  @Test
  void countsCrLfAsOneLineBreak() {
    Structured s = structurer.structure(LEAD + "\r\n\r\n" + P2 + "\r\n" + P2);
    assertThat(s.article().dropped()).singleElement().extracting(Dropped::line).isEqualTo(4);
  }

  @Test
  void rendersTextThatStructuresBackToTheSameRecord() {
    Article a = structure("12-سبتمبر-2021", "صورة: الوزير في بغداد", "تصوير: علي حسن", "(Getty)",
        "بغداد/ شفق نيوز", "(رويترز، أ ف ب)", "كتب: أحمد علي", LEAD, LEAD, P2,
        "اقرأ أيضًا: عنوان مرتبط https://example.com/x", "عنوان فرعي هنا", P3);
    Article again = structurer.structure(TextRenderer.render(a)).article();
    assertThat(again.dropped()).isEmpty();
    assertThat(withoutDropped(again)).isEqualTo(withoutDropped(a));
  }

  static Article withoutDropped(Article a) {
    return new Article(a.schemaVersion(), a.id(), a.url(), a.source(), a.agencies(), a.authors(), a.dateline(),
        a.published(), a.publishedText(), a.title(), a.images(), a.blocks(), a.related(), List.of(), a.language(), a.entities());
  }
}
