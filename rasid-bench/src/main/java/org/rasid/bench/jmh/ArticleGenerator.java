package org.rasid.bench.jmh;

import java.util.Random;

/**
 * Made-up articles in the shape of scraped Arabic news, for benchmarking without the shared corpus: a byline,
 * sometimes a photo caption, paragraphs of 20 to 70 words, sometimes a subheading, a "read also" line, a lead
 * repeated cut short and a paragraph repeated. The words are common Modern Standard Arabic news vocabulary; the
 * sentences mean nothing.
 */
final class ArticleGenerator {
  private ArticleGenerator() {}

  private static final String[] WORDS = (
      "أعلن قال أكد أشار أوضح وزير الخارجية الداخلية رئيس الوزراء الحكومة المملكة العربية السعودية الرياض جدة"
          + " مجلس الشورى المنطقة الشرقية الأمن الاقتصاد التنمية المشروع العام الماضي اليوم الأحد الاثنين"
          + " الثلاثاء الأربعاء الخميس في من إلى على عن مع بين خلال بعد قبل التي الذي هذه هذا أن إن كما وقد"
          + " المواطنين المقيمين الطلاب الجامعة المستشفى الصحة التعليم النقل الطاقة النفط الأسعار السوق"
          + " المؤتمر الصحفي البيان الرسمي الجديد الكبير الأول الثاني عدد من مليون ريال نسبة المئة").split(" ");
  private static final String[] PLACES = {"الرياض", "جدة", "مكة المكرمة", "الدمام", "المدينة المنورة"};
  private static final String[] AGENCIES = {"واس", "رويترز", "الفرنسية"};

  static String article(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(PLACES[r.nextInt(PLACES.length)]).append(" – ").append(AGENCIES[r.nextInt(AGENCIES.length)])
        .append("\n\n");
    if (r.nextInt(3) == 0) {
      sb.append(words(r, 5, 9)).append(" (").append(AGENCIES[r.nextInt(AGENCIES.length)]).append(")\n\n");
    }
    int paragraphs = 3 + r.nextInt(10);
    String lead = null;
    String previous = null;
    for (int i = 0; i < paragraphs; i++) {
      String p = words(r, 20, 70) + ".";
      sb.append(p).append("\n\n");
      if (i == 0) {
        lead = p;
        if (r.nextInt(4) == 0) {
          sb.append(p, 0, p.indexOf(' ', p.length() / 2)).append("\n\n");
        }
      }
      if (i == paragraphs / 2 && r.nextInt(3) == 0) {
        sb.append("اقرأ أيضًا: ").append(words(r, 6, 12)).append("\n\n");
      }
      if (i > 0 && i < paragraphs - 1 && r.nextInt(5) == 0) {
        sb.append(words(r, 3, 7)).append("\n\n");
      }
      previous = p;
    }
    if (previous != null && previous != lead && r.nextInt(4) == 0) {
      sb.append(previous, 0, previous.length() - 1).append('\n');
    }
    return sb.toString();
  }

  private static String words(Random r, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i % 11 == 10 ? "، " : " ");
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }
}
