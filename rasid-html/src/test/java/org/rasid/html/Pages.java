package org.rasid.html;

/** Hand-written Arabic news pages for the extractor tests. */
final class Pages {
  private Pages() {}

  static final String P1 = "أعلنت وزارة الصحة، اليوم الأحد، عن افتتاح ثلاثة مستشفيات جديدة في محافظات الجنوب، "
      + "وذلك ضمن خطة حكومية لتحسين الخدمات الطبية في المناطق الريفية خلال العام المقبل.";
  static final String P2 = "وقال المتحدث باسم الوزارة إن المستشفيات الجديدة تضم أكثر من خمسمئة سرير، "
      + "وإنها ستخدم نحو مليوني مواطن، مشيرًا إلى أن العمل فيها سيبدأ مطلع الشهر القادم.";
  static final String P3 = "وأضاف أن الوزارة تعاقدت مع مئات الأطباء والممرضين الجدد، وأن برامج تدريب مكثفة "
      + "ستنطلق الأسبوع المقبل بالتعاون مع الجامعات المحلية والمنظمات الدولية.";
  static final String P4 = "ويأتي هذا الإعلان بعد أشهر من الانتقادات التي وجهها نواب في البرلمان إلى أداء "
      + "القطاع الصحي، ولا سيما في ما يتعلق بنقص الأدوية وطول فترات الانتظار.";

  static final String TITLE = "افتتاح ثلاثة مستشفيات جديدة في الجنوب";

  /** A page with chrome around an article of four paragraphs; {@code head} goes into the head. */
  static String page(String head, String articleExtra) {
    return """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s | جريدة الوطن</title>%s</head>
        <body>
        <header class="site-header"><a href="/">جريدة الوطن</a>
          <nav class="main-menu"><ul><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li>
          <li><a href="/sports">رياضة</a></li><li><a href="/culture">ثقافة</a></li></ul></nav></header>
        <div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/health">صحة</a></div>
        <main><article class="story">
          <h1>%s</h1>
          %s
          <p>%s</p>
          <p>%s</p>
          <div class="share-buttons"><a href="#">شارك على فيسبوك</a> <a href="#">شارك على تويتر</a></div>
          <p>%s</p>
          <p>%s</p>
        </article>
        <div class="related-news"><h3>أخبار ذات صلة</h3><ul>
          <li><a href="/a">وزير الصحة يتفقد مستشفى الولادة في العاصمة ويعد بتحسين الخدمات</a></li>
          <li><a href="/b">نقابة الأطباء تطالب بزيادة الرواتب وتحسين ظروف العمل في المستشفيات</a></li>
          <li><a href="/c">افتتاح مركز جديد لعلاج الأورام في الشمال بتكلفة عشرة ملايين</a></li></ul></div>
        <section id="comments"><h3>التعليقات</h3><div class="comment">خبر رائع، نتمنى أن تصل الخدمات إلى قريتنا أيضًا في أقرب وقت ممكن يا وزارة.</div></section>
        </main>
        <aside class="sidebar"><h3>الأكثر قراءة</h3><ol><li><a href="/x">ارتفاع أسعار الذهب في الأسواق المحلية</a></li>
          <li><a href="/y">المنتخب يتأهل إلى نهائي البطولة العربية</a></li></ol></aside>
        <footer class="site-footer"><p>جميع الحقوق محفوظة لجريدة الوطن ٢٠٢٤، ويحظر النسخ أو إعادة النشر دون إذن مسبق من الإدارة.</p></footer>
        <script>var tracking = "هذا نص داخل سكربت لا يجوز أن يظهر في المقال أبدا"; window.dataLayer = [];</script>
        </body></html>
        """.formatted(TITLE, head, TITLE, articleExtra, P1, P2, P3, P4);
  }
}
