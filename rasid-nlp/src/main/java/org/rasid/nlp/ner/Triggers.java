package org.rasid.nlp.ner;

import java.util.HashMap;
import java.util.Map;
import org.rasid.core.text.ArabicNormalizer;

/**
 * Trigger words: words that announce a name next to them, compiled by hand for rasid. Matched on the clitic-stripped
 * normalized stem ({@link Clitics}), so الرئيس, والرئيس and للرئيس all count.
 */
final class Triggers {
  /** No trigger. */
  static final int NONE = 0;
  /** Titles and roles before a person's name: الرئيس, الوزير, الشيخ. */
  static final int PERSON = 1;
  /** Heads of organization names: وكالة, شركة, حزب. */
  static final int ORGANIZATION = 2;
  /** Heads of place names and place nouns: مدينة, العاصمة, محافظة. */
  static final int LOCATION = 3;
  /** Verbs of saying, usually next to their speaker: قال, أعلن, أكد. */
  static final int SPEECH = 4;
  /** Relation words inside person names: بن, ابن, أبو, عبد. */
  static final int NAME_PART = 5;

  private static final String[] PERSON_WORDS = {
    "الرئيس", "رئيس", "الوزراء", "وزير", "الوزير", "وزيرة", "الشيخ", "الملك", "الأمير", "الأميرة", "الملكة", "السيد",
    "السيدة", "الدكتور", "الدكتورة", "د", "المهندس", "المستشار", "الجنرال", "العقيد", "اللواء", "العميد", "الفريق",
    "المشير", "النائب", "السفير", "القاضي", "المحامي", "الإمام", "آية", "البابا", "الكاردينال", "المطران", "الأسقف",
    "الحاخام", "الفنان", "الفنانة", "الممثل", "الممثلة", "المطرب", "المطربة", "المغني", "المخرج", "الكاتب",
    "الكاتبة", "الروائي", "الشاعر", "الشاعرة", "اللاعب", "المدرب", "الأستاذ", "البروفيسور", "المتحدث", "الناطق",
    "المبعوث", "الأمين", "المدير", "مديرة", "الزعيم", "القائد", "المرشد", "الخليفة", "السلطان", "الشاه", "المستشارة",
    "نائب", "زعيم", "قائد", "مستشار", "سفير", "مبعوث", "المفوض", "الحاكم", "المحافظ", "العاهل", "ولي", "رئيسة",
    "المرشح", "المرشحة", "الصحفي", "الصحافي", "المراسل", "الباحث", "العالم", "الطبيب", "النجم", "النجمة", "الوزيرة",
    "السناتور", "عضو", "الأسير", "الشهيد", "المعارض", "الناشط", "الناشطة", "الداعية", "الحجة", "مساعد", "السيناتور"
  };
  private static final String[] ORGANIZATION_WORDS = {
    "وكالة", "شركة", "جامعة", "حزب", "حركة", "منظمة", "مجلس", "وزارة", "بنك", "مصرف", "اتحاد", "جمعية", "هيئة",
    "مؤسسة", "صحيفة", "جريدة", "مجلة", "قناة", "تلفزيون", "إذاعة", "محطة", "نادي", "فريق", "منتخب", "جبهة",
    "تنظيم", "مركز", "معهد", "أكاديمية", "لجنة", "المنظمة", "الحزب", "الحركة", "مجموعة", "رابطة", "نقابة", "برلمان",
    "البرلمان", "الكونغرس", "محكمة", "جيش", "قوات", "الجيش", "كتائب", "سرايا", "ألوية", "مكتب", "دائرة", "مديرية",
    "سلطة", "الأمم", "صندوق", "كلية", "مستشفى", "شبكة", "دار", "تحالف", "ائتلاف", "التحالف", "الاتحاد", "الشركة",
    "الوكالة", "مجمع", "المجلس", "الجامعة", "الصندوق", "البنك", "المؤتمر", "مؤتمر", "حكومة", "الحكومة", "ديوان",
    "أمانة", "الأمانة", "جماعة", "الجماعة", "بورصة", "سوق"
  };
  private static final String[] LOCATION_WORDS = {
    "مدينة", "العاصمة", "عاصمة", "محافظة", "ولاية", "منطقة", "قرية", "إقليم", "بلدة", "جزيرة", "جزر", "نهر", "بحر",
    "جبل", "جبال", "خليج", "مضيق", "صحراء", "وادي", "مخيم", "حي", "شارع", "ميناء", "مطار", "قضاء", "ناحية", "مقاطعة",
    "دولة", "بلاد", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "قرب", "المدينة",
    "الدولة", "المنطقة", "إمارة", "مملكة", "جمهورية", "المملكة", "الجمهورية", "المحيط", "محيط", "قارة", "سهل",
    "هضبة", "بحيرة", "ساحل", "شواطئ", "حدود", "أراضي", "إلى", "من", "في"
  };
  private static final String[] SPEECH_WORDS = {
    "قال", "وقال", "أعلن", "أكد", "أضاف", "أوضح", "صرح", "أشار", "ذكر", "اعتبر", "رأى", "قالت", "أعلنت", "أكدت",
    "أضافت", "أوضحت", "ذكرت", "أشارت", "يقول", "تقول", "دعا", "دعت", "طالب", "التقى", "استقبل", "بحث", "زار"
  };
  private static final String[] NAME_PART_WORDS = {"بن", "ابن", "بنت", "أبو", "أبي", "أبا", "عبد", "أم", "آل", "ابو", "ال"};

  private static final Map<String, Integer> BY_STEM = build();

  private Triggers() {}

  /** The trigger class of a stem ({@link Clitics.Split#stem()} of a normalized word), or {@link #NONE}. */
  static int of(String stem) {
    return BY_STEM.getOrDefault(stem, NONE);
  }

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new HashMap<>();
    // Later classes do not overwrite earlier ones: a word in two lists keeps the first class listed here.
    put(m, NAME_PART_WORDS, NAME_PART, false);
    put(m, PERSON_WORDS, PERSON, true);
    put(m, ORGANIZATION_WORDS, ORGANIZATION, true);
    put(m, LOCATION_WORDS, LOCATION, true);
    put(m, SPEECH_WORDS, SPEECH, true);
    return Map.copyOf(m);
  }

  private static void put(Map<String, Integer> m, String[] words, int cls, boolean stem) {
    for (String w : words) {
      String norm = ArabicNormalizer.normalizeForSearch(w);
      m.putIfAbsent(stem ? Clitics.split(norm).stem() : norm, cls);
    }
  }
}
