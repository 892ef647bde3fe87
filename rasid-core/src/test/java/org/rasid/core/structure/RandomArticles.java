package org.rasid.core.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generators of random input for the structurer's property tests. */
final class RandomArticles {
  private RandomArticles() {}

  private static final String[] WORDS = ("قال وزير الخارجية إن الحكومة ستعمل على تعزيز العلاقات مع الدول المجاورة"
      + " في مختلف المجالات الاقتصادية والسياسية وأكد رئيس الوزراء خلال مؤتمر صحفي عقده في العاصمة بغداد أن"
      + " المفاوضات مستمرة بين الطرفين منذ أشهر وأعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا المستجد"
      + " الرئيس المصري عبد الفتاح السيسي الملك سلمان ولي العهد الأمير محمد بن سلمان الأمم المتحدة مجلس الأمن"
      + " الاتحاد الأوروبي واشنطن موسكو طهران الرياض القاهرة دمشق بيروت عمّان الجزائر تونس الرباط").split(" ");

  private static final String[] DATES = {"12-سبتمبر-2021", "الأحد 12 أيلول 2021", "١٢/٠٩/٢٠٢١", "نشر في 3 جوان 2020",
      "منذ ساعتين", "2021-09-12 10:30", "5 صفر 1443 هـ", "السبت، 4 يوليوز 2020 - 09:15 مساءً"};
  private static final String[] BYLINES = {"الترا صوت – فريق التحرير", "بغداد/ شفق نيوز", "القاهرة - أ ش أ",
      "كتب: أحمد علي", "(رويترز)", "بقلم: سارة محمود", "(رويترز، أ ف ب)", "لندن: رنيم حنوش", "وكالات"};
  private static final String[] CAPTIONS = {"الوزير خلال المؤتمر (Getty)", "متظاهرون في بغداد (رويترز)",
      "صورة: جانب من الاجتماع", "(أرشيفية)", "مبنى البرلمان - أرشيفية", "تصوير: علي حسن"};
  private static final String[] CHROME = {"شارك المقال", "اقرأ أيضًا: عنوان مقال آخر", "اقرأ أيضا:", "إعلان",
      "الكلمات الدلالية: العراق، إيران", "جميع الحقوق محفوظة ©", "تابعونا على تلغرام", "فيسبوك تويتر واتساب"};
  private static final String NOISE = "\u200f\u200e\u200b\u202b\u00a0\u0640\u064e\u0650\ufefb\ufe8d\t ";
  private static final String PUNCT = ".،:؛!؟\"«»()-–/";

  /** Lines of random characters drawn from Arabic, Latin, digits, punctuation, controls and noise. */
  static String arbitraryText(Random r) {
    int lines = r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      int len = r.nextInt(r.nextBoolean() ? 20 : 200);
      for (int j = 0; j < len; j++) {
        int pick = r.nextInt(10);
        if (pick < 5) {
          sb.append((char) (0x0621 + r.nextInt(0x064A - 0x0621)));
        } else if (pick == 5) {
          sb.append(' ');
        } else if (pick == 6) {
          sb.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
        } else if (pick == 7) {
          sb.append(NOISE.charAt(r.nextInt(NOISE.length())));
        } else if (pick == 8) {
          sb.append((char) ('0' + r.nextInt(10)));
        } else {
          sb.append((char) r.nextInt(0x3000));
        }
      }
      sb.append(r.nextInt(5) == 0 ? "\r\n" : "\n");
      if (r.nextBoolean()) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** A plausible scrape: metadata, paragraphs, headings, repeats and chrome in random order and amounts. */
  static String articleLike(Random r) {
    List<String> lines = new ArrayList<>();
    if (r.nextBoolean()) {
      lines.add(sentence(r, 4 + r.nextInt(8), false));
    }
    if (r.nextInt(3) > 0) {
      lines.add(pick(r, DATES));
    }
    if (r.nextInt(3) > 0) {
      lines.add(pick(r, BYLINES));
    }
    if (r.nextBoolean()) {
      lines.add(pick(r, CAPTIONS));
    }
    int paragraphs = 1 + r.nextInt(8);
    List<String> body = new ArrayList<>();
    for (int i = 0; i < paragraphs; i++) {
      int roll = r.nextInt(10);
      if (roll == 0) {
        body.add(sentence(r, 2 + r.nextInt(8), false));
      } else if (roll == 1) {
        body.add(pick(r, CHROME));
      } else if (roll == 2 && !body.isEmpty()) {
        body.add(variant(r, body.get(r.nextInt(body.size()))));
      } else if (roll == 3) {
        body.add(pick(r, CAPTIONS));
      } else {
        body.add(sentence(r, 8 + r.nextInt(40), r.nextInt(4) > 0));
      }
    }
    lines.addAll(body);
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line).append(r.nextInt(4) == 0 ? "\n" : "\n\n");
    }
    return sb.toString();
  }

  private static String variant(Random r, String line) {
    return switch (r.nextInt(4)) {
      case 0 -> line;
      case 1 -> line.endsWith(".") ? line.substring(0, line.length() - 1) : line + ".";
      case 2 -> line.replaceFirst(" ", " \u0640").replace("ا", "اَ");
      default -> {
        String[] words = line.split(" ");
        yield words.length > 7 ? String.join(" ", java.util.Arrays.copyOf(words, 6 + r.nextInt(words.length - 6)))
            : line;
      }
    };
  }

  private static String sentence(Random r, int words, boolean stop) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(i % 9 == 8 ? "، " : " ");
      }
      sb.append(pick(r, WORDS));
    }
    return stop ? sb.append('.').toString() : sb.toString();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
