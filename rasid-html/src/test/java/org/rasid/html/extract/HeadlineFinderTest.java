package org.rasid.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadlineFinderTest {
  private static String find(String body, String... titles) {
    Element h = HeadlineFinder.find(Jsoup.parse("<html><body>" + body + "</body></html>").body(), List.of(titles));
    return h == null ? null : HeadlineFinder.text(h);
  }

  @Test
  void theVisibleH1WinsOverAShorterMarkupTitle() {
    assertThat(find("<h1>جولة جديدة من المفاوضات تنتهي في العاصمة دون اتفاق</h1>",
        "المفاوضات تنتهي دون اتفاق", "المفاوضات تنتهي دون اتفاق | الموقع"))
        .isEqualTo("جولة جديدة من المفاوضات تنتهي في العاصمة دون اتفاق");
  }

  @Test
  void anH1WinsWithoutAnyMarkupTitle() {
    assertThat(find("<h2>الأكثر قراءة اليوم</h2><h1>المفوضية تحدد موعد الانتخابات المحلية</h1>"))
        .isEqualTo("المفوضية تحدد موعد الانتخابات المحلية");
  }

  @Test
  void anH2AgreeingWithTheMarkupIsTheHeadlineWhenThereIsNoH1() {
    assertThat(find("<h2>محليات اليوم</h2><h2>وزارة الصحة: إضافة 1200 سرير في مستشفيات منطقة الرياض</h2>",
        "وزارة الصحة: إضافة 1200 سرير في مستشفيات الرياض"))
        .isEqualTo("وزارة الصحة: إضافة 1200 سرير في مستشفيات منطقة الرياض");
  }

  @Test
  void aSubtitleOrKickerInAnH2DoesNotBeatTheH1() {
    assertThat(find("<h2>رغم تطمينات الشركة</h2><h1>انقطاعات المياه تعود إلى أحياء العاصمة</h1>"
        + "<h2>السكان يشتكون من طول ساعات الانقطاع</h2>", "انقطاعات المياه تعود إلى الأحياء"))
        .isEqualTo("انقطاعات المياه تعود إلى أحياء العاصمة");
  }

  @Test
  void aLogoH1GivesWayToTheHeadlineTheMarkupNames() {
    assertThat(find("<h1>جريدة الوطن</h1><h2>افتتاح ثلاثة مستشفيات جديدة في الجنوب</h2>",
        "افتتاح ثلاثة مستشفيات جديدة في الجنوب")).isEqualTo("افتتاح ثلاثة مستشفيات جديدة في الجنوب");
  }

  @Test
  void digitsAgreeAcrossScripts() {
    assertThat(find("<h2>العنوان الفرعي للخبر هنا</h2><h2>الإيرادات ترتفع إلى ٨٫٧ مليار دولار</h2>",
        "الإيرادات ترتفع إلى 8.7 مليار دولار")).isEqualTo("الإيرادات ترتفع إلى ٨٫٧ مليار دولار");
  }

  @Test
  void noHeadlineWhenOnlyUnrelatedH2sExist() {
    assertThat(find("<h2>الأكثر قراءة اليوم</h2>", "عنوان الخبر الحقيقي")).isNull();
  }
}
