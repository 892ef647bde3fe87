package org.rasid.html.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.Image;

/** The article's head and its photo captions, on hand-written pages. */
class ArticleHeadTest {
  private static final String BODY = "<div class=\"article-body\"><p>نص الخبر الأول هنا وهو طويل بما يكفي.</p></div>";

  private static ArticleHead head(String html) {
    Document doc = Jsoup.parse("<html><body>" + html + "</body></html>");
    return ArticleHead.read(doc.selectFirst("h1"), List.of(doc.selectFirst(".article-body")));
  }

  @Test
  void bylineAndDateAroundTheHeadlineAreHeadLines() {
    ArticleHead h = head("<div class=\"top\"><span class=\"today\">الخميس 15 جوان 2023</span></div>"
        + "<div class=\"story\"><h1>عنوان الخبر</h1><div class=\"meta\"><span class=\"writer\">سليم بوعلام</span>"
        + "<span class=\"pub-time\">15 جوان 2023 09:05</span><span>قراءة: 2340</span></div>" + BODY + "</div>");
    assertThat(h.lines()).containsExactly("سليم بوعلام", "15 جوان 2023 09:05", "قراءة: 2340");
    assertThat(h.authorLines()).containsExactly(0);
  }

  @Test
  void fieldsOfAMetadataRowAreLinesOfTheirOwnWhateverTheirNames() {
    ArticleHead h = head("<div><h1>عنوان الخبر</h1><div><span>زينب حمود</span> <span>الثلاثاء 17 تشرين الأول 2023"
        + "</span></div><p>كتب <a href=\"/u\">محمد طه</a></p>" + BODY + "</div>");
    assertThat(h.lines()).containsExactly("زينب حمود", "الثلاثاء 17 تشرين الأول 2023", "كتب محمد طه");
  }

  @Test
  void commentsSharingAndScreenReaderLabelsAreNotInTheHead() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><div class=\"share\">شارك على فيسبوك</div>"
        + "<span class=\"sr-only\">نشر في</span><span aria-hidden=\"true\">14/2/2024</span>" + BODY
        + "<section class=\"comments\"><p>تعليق 13 شتنبر 2023 - 20:12</p></section></article>");
    assertThat(h.lines()).containsExactly("14/2/2024");
  }

  @Test
  void whenTheHeadlineIsFarOnlyWhatLiesBetweenItAndTheBodyCounts() {
    ArticleHead h = head("<div class=\"date\">الأحد 12 سبتمبر 2021</div><h1>عنوان الخبر</h1>"
        + "<div>كتب محمد طه</div><p>x</p>" + BODY + "<div>بعد المقال</div>");
    assertThat(h.lines()).containsExactly("كتب محمد طه", "x");
  }

  @Test
  void leadPhotoOutsideTheBodyGivesCaptionAndCredit() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><figure><img src=\"a.jpg\"><figcaption>وفود الدول خلال "
        + "الجلسة <span class=\"caption-credit\">(الأناضول)</span></figcaption></figure>" + BODY + "</article>");
    assertThat(h.images()).containsExactly(new Image("وفود الدول خلال الجلسة", "الأناضول"));
  }

  @Test
  void photoBoxWithoutFigureAndACaptionEndingInACredit() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><div class=\"pic\"><img src=\"a.jpg\">"
        + "<p>مشغولات ذهبية في أحد المحال - أرشيفية</p></div>" + BODY + "</article>");
    assertThat(h.images()).containsExactly(new Image("مشغولات ذهبية في أحد المحال", "أرشيفية"));
  }

  @Test
  void captionNamedElementBesideThePhoto() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><div class=\"thumb\"><img src=\"a.jpg\"></div>"
        + "<div class=\"wp-caption-text\">مزارعون يقطفون الزيتون (أ ف ب)</div>" + BODY + "</article>");
    assertThat(h.images()).containsExactly(new Image("مزارعون يقطفون الزيتون", "أ ف ب"));
  }

  @Test
  void avatarWithAuthorNameIsNoPhoto() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><div class=\"entry-author\"><img class=\"avatar\" "
        + "src=\"a.jpg\"> <a href=\"/u\">نادية سليماني</a></div>" + BODY + "</article>");
    assertThat(h.images()).isEmpty();
    assertThat(h.lines()).containsExactly("نادية سليماني");
  }

  @Test
  void captionThatIsOnlyACreditHasNoCaption() {
    assertThat(Captions.split("أرشيف")).isEqualTo(new Image(null, "أرشيف"));
  }

  @Test
  void trailingBracketedNameIsACreditButAPositionIsNot() {
    assertThat(Captions.split("الجزء الشمالي من الإهراءات (نبيل إسماعيل)"))
        .isEqualTo(new Image("الجزء الشمالي من الإهراءات", "نبيل إسماعيل"));
    assertThat(Captions.split("الرئيسان خلال اللقاء (يمين)")).isEqualTo(new Image("الرئيسان خلال اللقاء (يمين)", null));
  }

  @Test
  void screenReaderLabelsAreNotPartOfTheCaption() {
    ArticleHead h = head("<article><h1>عنوان الخبر</h1><figure><img src=\"a.jpg\"><p class=\"copyright\">"
        + "<span class=\"visually-hidden\">صدر الصورة، </span>Getty Images</p><figcaption><span class=\""
        + "visually-hidden\">التعليق على الصورة، </span>مزارع يحصد الذرة</figcaption></figure>" + BODY
        + "</article>");
    assertThat(h.images()).containsExactly(new Image("مزارع يحصد الذرة", "Getty Images"));
  }
}
