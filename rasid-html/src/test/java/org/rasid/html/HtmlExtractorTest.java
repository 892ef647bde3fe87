package org.rasid.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.io.InputRejectedException;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;
import org.rasid.core.model.DropReason;
import org.rasid.core.model.Image;
import org.rasid.core.structure.Structurer;
import org.rasid.html.extract.ExtractedPage;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static String body(Article a) {
    return String.join("\n", a.blocks().stream().map(Block::text).toList());
  }

  private ExtractedPage page(String head) {
    return extractor.extractPage(Pages.page(head, ""), "https://example.com/news/1");
  }

  private Article extract(String head, String articleExtra) {
    return extractor.extract(Pages.page(head, articleExtra), "https://example.com/news/1");
  }

  @Test
  void keepsTheArticleParagraphsInOrder() {
    Article a = extract("", "");
    assertThat(a.paragraphs()).containsExactly(Pages.P1, Pages.P2, Pages.P3, Pages.P4);
  }

  @Test
  void removesNavigationSharingRelatedCommentsSidebarAndFooter() {
    String text = body(extract("", ""));
    assertThat(text).doesNotContain("سياسة", "الرئيسية", "شارك على", "أخبار ذات صلة", "وزير الصحة يتفقد",
        "نتمنى أن تصل", "الأكثر قراءة", "ارتفاع أسعار الذهب", "جميع الحقوق");
  }

  @Test
  void scriptAndStyleTextNeverReachTheBody() {
    String extra = "<style>.story p { color: red; } /* تعليق في الأنماط */</style>"
        + "<script>document.write('نص مكتوب بسكربت داخل المقال لا يظهر');</script>";
    Article a = extract("", extra);
    assertThat(body(a)).doesNotContain("سكربت", "color", "document.write", "الأنماط", "tracking");
    assertThat(a.paragraphs()).hasSize(4);
  }

  @Test
  void headlineRepeatedInTheBodyIsTheTitleNotABlock() {
    ExtractedPage page = extractor.extractPage(Pages.page("", ""), null);
    Article a = page.structured().article();
    assertThat(a.title()).isEqualTo(Pages.TITLE);
    assertThat(a.blocks()).extracting(Block::text).doesNotContain(Pages.TITLE);
    assertThat(a.dropped()).anySatisfy(d -> {
      assertThat(d.reason()).isEqualTo(DropReason.TITLE_REPEAT);
      assertThat(d.text()).isEqualTo(Pages.TITLE);
    });
  }

  @Test
  void titleFromTheTitleTagLosesTheSiteSuffixWhenTheH1BeginsIt() {
    assertThat(extract("", "").title()).isEqualTo(Pages.TITLE);
  }

  @Test
  void jsonLdNewsArticleGivesHeadlineDateAuthorsAndPublisher() {
    String ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"مستشفيات جديدة في الجنوب","datePublished":"2024-03-10T09:30:00+03:00",
          "author":[{"@type":"Person","name":"سارة أحمد"},{"@type":"Person","name":"خالد يوسف"}],
          "publisher":{"@type":"Organization","name":"جريدة الوطن"}}</script>""";
    Article a = extract(ld, "");
    assertThat(page(ld).metadata().title()).isEqualTo("مستشفيات جديدة في الجنوب");
    assertThat(a.title()).as("the visible headline wins").isEqualTo(Pages.TITLE);
    assertThat(a.published()).isEqualTo("2024-03-10T09:30");
    assertThat(a.publishedText()).isEqualTo("2024-03-10T09:30:00+03:00");
    assertThat(a.authors()).containsExactly("سارة أحمد", "خالد يوسف");
    assertThat(a.source()).isEqualTo("جريدة الوطن");
  }

  @Test
  void jsonLdArticleIsFoundInsideGraph() {
    String ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"الموقع"},
          {"@type":["ReportageNewsArticle"],"headline":"تقرير من الجنوب","datePublished":"2024-03-11",
           "author":{"@type":"Person","name":"منى علي"}}]}</script>""";
    Article a = extract(ld, "");
    assertThat(page(ld).metadata().title()).isEqualTo("تقرير من الجنوب");
    assertThat(a.published()).isEqualTo("2024-03-11");
    assertThat(a.authors()).containsExactly("منى علي");
  }

  @Test
  void jsonLdArticleIsFoundInATopLevelArrayAndInvalidBlocksAreSkipped() {
    String ld = """
        <script type="application/ld+json">{ this is not json </script>
        <script type="application/ld+json">[{"@type":"BreadcrumbList"},
          {"@type":"Article","headline":"عنوان من المصفوفة","author":"فريق التحرير"}]</script>""";
    Article a = extract(ld, "");
    assertThat(page(ld).metadata().title()).isEqualTo("عنوان من المصفوفة");
    assertThat(a.authors()).containsExactly("فريق التحرير");
  }

  @Test
  void completeJsonLdBodyReplacesAShortDomText() {
    String full = String.join("\n", Pages.P1, Pages.P2, Pages.P3, Pages.P4, Pages.P1.replace("ثلاثة", "أربعة"));
    String html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر",
        "articleBody":"%s"}</script></head><body><div class="teaser"><p>%s</p></div></body></html>
        """.formatted(full.replace("\n", "\\n"), Pages.P1);
    ExtractedPage page = extractor.extractPage(html, null);
    assertThat(page.bodySource()).isEqualTo("json-ld");
    assertThat(page.structured().article().paragraphs()).contains(Pages.P4);
  }

  @Test
  void truncatedJsonLdBodyIsNotUsed() {
    String teaser = Pages.P1 + " " + Pages.P2 + " " + Pages.P3 + " " + Pages.P4 + "…";
    String html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر",
        "articleBody":"%s"}</script></head><body><article><p>%s</p></article></body></html>
        """.formatted(teaser, Pages.P1);
    assertThat(extractor.extractPage(html, null).bodySource()).isEqualTo("dom");
  }

  @Test
  void openGraphGivesTitleSiteAuthorAndTime() {
    String og = """
        <meta property="og:title" content="عنوان أوبن غراف">
        <meta property="og:site_name" content="شبكة الأخبار">
        <meta property="article:published_time" content="2023-12-01T18:05:00Z">
        <meta property="article:author" content="https://example.com/authors/5">
        <meta property="article:author" content="ليلى حسن">""";
    Article a = extract(og, "");
    assertThat(page(og).metadata().title()).isEqualTo("عنوان أوبن غراف");
    assertThat(a.source()).isEqualTo("شبكة الأخبار");
    assertThat(a.published()).isEqualTo("2023-12-01T18:05");
    assertThat(a.authors()).containsExactly("ليلى حسن");
  }

  @Test
  void markupTimesAreKeptToTheMinuteAndOrganizationsAreNoAuthors() {
    String ld = """
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-02T06:14:31.000Z",
          "author":{"@type":"NewsMediaOrganization","name":"شبكة الأخبار"}}</script>""";
    Article a = extract(ld, "");
    assertThat(a.published()).isEqualTo("2023-11-02T06:14");
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void agencyEndMarkerAndSignatureLeaveTheBodyAndTheAgencySiteGetsItsShortCredit() {
    String head = "<meta property=\"og:site_name\" content=\"وكالة الأنباء القطرية\">";
    String html = Pages.page(head, "").replace("</article>",
        "<p>/انتهى/</p><p>سلوى الدوسري/ فهد المري</p></article>");
    Article a = extractor.extract(html, "https://example.com/news/1");
    assertThat(a.source()).isEqualTo("قنا");
    assertThat(a.authors()).containsExactly("سلوى الدوسري", "فهد المري");
    assertThat(body(a)).doesNotContain("انتهى", "سلوى");
  }

  @Test
  void metaAuthorAndDublinCoreDate() {
    Article a = extract("<meta name=\"author\" content=\"أحمد منصور\"><meta name=\"DC.date\" content=\"2022-05-17\">",
        "");
    assertThat(a.authors()).containsExactly("أحمد منصور");
    assertThat(a.published()).isEqualTo("2022-05-17");
  }

  @Test
  void textDateInMetaGoesThroughTheDateParser() {
    Article a = extract("<meta name=\"pubdate\" content=\"12 سبتمبر 2021\">", "");
    assertThat(a.published()).isEqualTo("2021-09-12");
    assertThat(a.publishedText()).isEqualTo("12 سبتمبر 2021");
  }

  @Test
  void timeElementGivesTheDateWhenNoMetaDoes() {
    Article a = extract("", "<time datetime=\"2020-02-29T07:45\">السبت 29 فبراير</time>");
    assertThat(a.published()).isEqualTo("2020-02-29T07:45");
  }

  @Test
  void relAuthorLinkGivesTheAuthor() {
    Article a = extract("", "<p class=\"writer\">بقلم <a rel=\"author\" href=\"/u/9\">نادية الزين</a></p>");
    assertThat(a.authors()).containsExactly("نادية الزين");
  }

  @Test
  void figureBecomesAnImageWithCaptionAndCreditNotABlock() {
    String fig = """
        <figure><img src="/h.jpg" alt=""><figcaption>المستشفى الجديد في مدينة البصرة
        <span class="credit">تصوير: علي كريم</span></figcaption></figure>""";
    Article a = extract("", fig);
    assertThat(a.images()).containsExactly(new Image("المستشفى الجديد في مدينة البصرة", "علي كريم"));
    assertThat(body(a)).doesNotContain("المستشفى الجديد في مدينة البصرة");
  }

  @Test
  void canonicalLinkWinsAsTheUrlAndTheId() {
    String head = "<link rel=\"canonical\" href=\"/news/2024/hospitals\">";
    Article a = extractor.extract(Pages.page(head, ""), "https://example.com/news/1?utm_source=x");
    assertThat(a.url()).isEqualTo("https://example.com/news/2024/hospitals");
    Article same = extractor.extract(Pages.page(head, ""), "https://example.com/amp/1");
    assertThat(same.id()).isEqualTo(a.id());
  }

  @Test
  void contentRootIsTheProseNotTheLinkListNextToIt() {
    StringBuilder links = new StringBuilder("<div class=\"box\"><ul>");
    for (int i = 0; i < 40; i++) {
      links.append("<li><a href=\"/n").append(i).append("\">عنوان خبر آخر طويل بعض الشيء رقم ").append(i)
          .append("، مع تفاصيل</a></li>");
    }
    links.append("</ul></div>");
    String html = "<html><body>" + links + "<div class=\"x\"><p>" + Pages.P1 + "</p><p>" + Pages.P2
        + "</p><p>" + Pages.P3 + "</p></div></body></html>";
    Article a = extractor.extract(html, null);
    assertThat(a.paragraphs()).containsExactly(Pages.P1, Pages.P2, Pages.P3);
  }

  @Test
  void textWrittenStraightIntoADivWithLineBreaksIsFound() {
    String html = "<html><body><div class=\"menu-area\"><a href=\"/\">الرئيسية</a></div><div class=\"c\">"
        + Pages.P1 + "<br><br>" + Pages.P2 + "<br><br>" + Pages.P3 + "<div class=\"tags\"><a href=\"/t\">صحة</a></div>"
        + "</div></body></html>";
    Article a = extractor.extract(html, null);
    assertThat(body(a)).contains(Pages.P1, Pages.P2, Pages.P3).doesNotContain("الرئيسية");
  }

  @Test
  void storyInsideAWrapperNamedLikeChromeIsKept() {
    String html = "<html><body><div class=\"page has-sidebar sliderBox\"><p>" + Pages.P1 + "</p><p>" + Pages.P2
        + "</p></div><div class=\"sidebar\"><a href=\"/a\">رابط</a></div></body></html>";
    assertThat(extractor.extract(html, null).paragraphs()).containsExactly(Pages.P1, Pages.P2);
  }

  @Test
  void hiddenElementsAreRemoved() {
    Article a = extract("", "<p style=\"display: none\">نص مخفي عن القارئ لا يجوز أن يظهر في متن الخبر أبدًا.</p>");
    assertThat(body(a)).doesNotContain("نص مخفي");
  }

  @Test
  void deepNestingIsRejectedWithoutOverflowingTheStack() {
    String html = "<div>".repeat(100_000) + "نص" + "</div>".repeat(100_000);
    assertThatThrownBy(() -> extractor.extract(html, "https://example.com/deep"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("https://example.com/deep")
        .satisfies(e -> assertThat(((InputRejectedException) e).reason())
            .isEqualTo(InputRejectedException.Reason.TOO_COMPLEX));
  }

  @Test
  void tooManyElementsAreRejected() {
    String html = "<html><body>" + "<span>ا</span>".repeat(org.rasid.core.io.Limits.MAX_DOM_ELEMENTS + 1)
        + "</body></html>";
    assertThatThrownBy(() -> extractor.extract(html, null))
        .isInstanceOf(InputRejectedException.class)
        .satisfies(e -> assertThat(((InputRejectedException) e).reason())
            .isEqualTo(InputRejectedException.Reason.TOO_COMPLEX));
  }

  @Test
  void spentTimeBudgetIsATypedRejection() {
    HtmlExtractor noTime = new HtmlExtractor(new Structurer(), Duration.ofNanos(-1));
    assertThatThrownBy(() -> noTime.extract(Pages.page("", ""), "https://example.com/slow"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("https://example.com/slow")
        .satisfies(e -> assertThat(((InputRejectedException) e).reason())
            .isEqualTo(InputRejectedException.Reason.TIMED_OUT));
  }

  @Test
  void emptyPageIsRejectedAsEmpty() {
    assertThatThrownBy(() -> extractor.extract("  ", null))
        .isInstanceOf(InputRejectedException.class)
        .satisfies(e -> assertThat(((InputRejectedException) e).reason())
            .isEqualTo(InputRejectedException.Reason.EMPTY));
  }

  @Test
  void pageWithoutProseGivesAnEmptyBodyNotAnError() {
    Article a = extractor.extract("<html><body><nav><a href=\"/\">الرئيسية</a></nav></body></html>", null);
    assertThat(a.blocks()).isEmpty();
  }

  @Test
  void everyRenderedLineHasAFate() {
    ExtractedPage page = extractor.extractPage(Pages.page("", ""), null);
    List<String> lines = page.lines();
    // the title line is rendered first, then the content lines: one fate each
    assertThat(page.structured().lines()).hasSize(lines.size() + 1);
  }

  @Test
  void wrappersNamedLabelHiddenOrPaywallOrFormAreNotChrome() {
    for (String open : List.of("<div class=\"field field-label-hidden\">", "<div class=\"paywall\">",
        "<form id=\"aspnetForm\" action=\"/page.aspx\">")) {
      String close = open.startsWith("<form") ? "</form>" : "</div>";
      String html = "<html><body><nav><a href=\"/\">الرئيسية</a></nav>" + open + "<div class=\"x\"><p>" + Pages.P1
          + "</p><p>" + Pages.P2 + "</p></div>" + close + "</body></html>";
      assertThat(extractor.extract(html, null).paragraphs()).as(open).containsExactly(Pages.P1, Pages.P2);
    }
  }

  @Test
  void longCommentsDoNotOutweighTheStory() {
    String comment = "<div class=\"comment\"><div class=\"content\"><p>" + Pages.P3 + "</p><p>" + Pages.P4
        + "</p><p>" + Pages.P3.replace("الأطباء", "المهندسين") + "</p></div></div>";
    String html = "<html><body><div class=\"post\"><p>" + Pages.P1 + "</p><p>" + Pages.P2 + "</p></div>"
        + "<div id=\"comments\">" + comment + comment.replace("الجامعات", "المدارس") + "</div></body></html>";
    assertThat(extractor.extract(html, null).paragraphs()).containsExactly(Pages.P1, Pages.P2);
  }

  @Test
  void aTitleDivWithAContentNameDoesNotWinOverTheStory() {
    String html = "<html><body><div class=\"content-wrapper title\"><h1>" + Pages.TITLE + "</h1>بقلم سارة أحمد - "
        + "الأحد ١٠ مارس</div><div class=\"field-item\"><p>" + Pages.P1 + " <a href=\"/a\">رابط أول</a></p><p>"
        + Pages.P2 + "</p><p>" + Pages.P3 + "</p></div></body></html>";
    assertThat(extractor.extract(html, null).paragraphs()).contains(Pages.P2, Pages.P3);
  }

  @Test
  void restOfTheStoryInsideAPaywallDivIsKept() {
    StringBuilder list = new StringBuilder("<ul class=\"cities\">");
    for (int i = 0; i < 12; i++) {
      list.append("<li>نشرة الطقس في المدن العربية الكبرى اليوم رقم ").append(i).append("</li>");
    }
    list.append("</ul>");
    String html = "<html><body>" + list + "<div class=\"article__body\"><p>" + Pages.P1
        + "</p><div class=\"paywall\"><p>" + Pages.P2 + "</p><p>" + Pages.P3 + "</p></div></div></body></html>";
    assertThat(extractor.extract(html, null).paragraphs()).containsExactly(Pages.P1, Pages.P2, Pages.P3);
  }
}
