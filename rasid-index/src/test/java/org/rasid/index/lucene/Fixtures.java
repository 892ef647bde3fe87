package org.rasid.index.lucene;

import java.util.Arrays;
import java.util.List;
import org.rasid.core.model.Article;
import org.rasid.core.model.Block;

/** Articles written for the tests. */
final class Fixtures {
  private Fixtures() {}

  static Article article(String id, String title, String source, List<String> authors, String published,
      String language, Block... blocks) {
    return new Article(Article.SCHEMA_VERSION, id, "https://example.org/" + id, source, List.of(), authors, null,
        published, published, title, List.of(), Arrays.asList(blocks), List.of(), List.of(), language);
  }

  static Article article(String id, String title, String source, String published, String... paragraphs) {
    return article(id, title, source, List.of(), published, "ar",
        Arrays.stream(paragraphs).map(Block::paragraph).toArray(Block[]::new));
  }

  /** Iran and a nuclear agreement in Vienna. */
  static final Article IRAN_DEAL = article("iran-deal", "إيران تعلن عن اتفاق نووي جديد", "الجزيرة",
      List.of("أحمد علي"), "2021-09-12", "ar",
      Block.paragraph("أعلنت إيران اليوم عن توقيع اتفاق نووي جديد مع الدول الكبرى في فيينا بعد مفاوضات طويلة."),
      Block.paragraph("وقال المتحدث باسم الخارجية إن الاتفاق النووي يفتح صفحة جديدة في العلاقات مع الغرب."));

  /** A new school in Baghdad; a heading between two paragraphs. */
  static final Article BAGHDAD_SCHOOL = article("baghdad-school", "افتتاح مدرسة جديدة في بغداد", "الترا صوت",
      List.of("أحمد علي", "سارة حسن"), "2021-09-20T10:30", "ar",
      Block.paragraph("افتتحت وزارة التربية العراقية مدرسة جديدة في حي المنصور ببغداد."),
      Block.heading("تفاصيل المشروع"),
      Block.paragraph("وتضم المدرسة عشرين صفا ومختبرا للحاسوب."));

  /** Iraqi-Iranian talks in Tehran about the nuclear agreement: the article most like {@link #IRAN_DEAL}. */
  static final Article TEHRAN_TALKS = article("tehran-talks", "مباحثات عراقية إيرانية في طهران", "الجزيرة",
      List.of("فريق التحرير"), "2021-10", "ar",
      Block.paragraph("بحث وزير الخارجية العراقي مع نظيره الإيراني في طهران الملفات الإقليمية والاتفاق النووي."),
      Block.paragraph("وأكد الجانبان أهمية الاتفاق النووي مع إيران بعد مفاوضات فيينا الطويلة مع الدول الكبرى."));

  /** No title, no date. */
  static final Article OIL_PRICES = article("oil-prices", null, "شفق نيوز", null,
      "سجلت أسعار النفط ارتفاعا ملحوظا في الأسواق العالمية خلال تداولات الأسبوع الماضي وسط توقعات بزيادة الطلب "
          + "على الخام مع تعافي الاقتصاد.");

  /** In English. */
  static final Article REUTERS_OIL = article("reuters-oil", "Oil prices rise", "Reuters", List.of("John Smith"),
      "2020-01-05", "en", Block.paragraph("Oil prices rose sharply on Monday as markets reopened."));

  /** Markup in the text, which must never reach a page unescaped. */
  static final Article SCRIPT_IN_TEXT = article("script-in-text", "اختبار الأمان", "الجزيرة", "2021-11-01",
      "نص يحتوي على <script>alert(1)</script> داخل الفقرة عن الانتخابات & النتائج.");

  /** Spelled with hamzas, taa marbuta and ASCII digits. */
  static final Article SPELLING = article("spelling", "خبر", "شفق نيوز", "2021-09-13",
      "قال أحمد إن المدرسة في إيران افتتحت عام 2021 رسميا.");

  static final List<Article> ALL = List.of(IRAN_DEAL, BAGHDAD_SCHOOL, TEHRAN_TALKS, OIL_PRICES, REUTERS_OIL,
      SCRIPT_IN_TEXT, SPELLING);
}
