package org.rasid.core.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rasid.core.model.DropReason;

/**
 * Site chrome that is never part of the story: share and follow prompts, tag lists, rights notices, advertisement
 * markers, comment and navigation widgets.
 *
 * <p>A line without a single letter or digit ("***", "* * *", "—") is a separator and dropped as boilerplate.
 *
 * <p>News agencies close a story with an end marker and transmission codes, all dropped as boilerplate: the
 * marker alone on its line, in slashes, dashes or parentheses ({@code // انتهى //}, {@code /انتهى/}, {@code
 * (النهاية)}, {@code -انتهى-}); a time with the agency's zone letters ({@code 18:22ت م}, {@code 09:15 ت غ}); a bare
 * number of 3 to 6 digits ({@code 0124}); and editors' initials in slashed groups of single letters ({@code م ع ا /
 * ع ح ع}), unless a group is an agency's initials ({@code أ ف ب / د ب أ} credits agencies).
 *
 * <p>Conservative by design: only lines of at most {@value #MAX_WORDS} words are considered, and each rule
 * anchors on the words that open (or wholly make up) the line, so a sentence that merely mentions Twitter stays in
 * the body.
 */
final class BoilerplateRules {

  static final int MAX_WORDS = 20;

  private record Rule(DropReason reason, Pattern pattern) {}

  private static final String SOCIAL =
      "(?:فيسبوك|فيس بوك|فايسبوك|تويتر|إكس|اكس|واتساب|واتس اب|واتس آب|تلغرام|تليجرام|تيليجرام|تلجرام|يوتيوب"
          + "|إنستغرام|انستغرام|إنستجرام|انستجرام|تيك توك|لينكد إن|جوجل نيوز|غوغل نيوز|نبض|Facebook|Twitter|X"
          + "|WhatsApp|Telegram|YouTube|Instagram|TikTok|LinkedIn|Google News|Email|Print|بريد إلكتروني|ماسنجر"
          + "|Messenger|Pinterest|Reddit|Copy link|نسخ الرابط)";

  private static final List<Rule> RULES = List.of(
      rule(DropReason.SHARE_PROMPT,
          "^(?:شارك|شاركي|شاركوا|شارك/ي|شارك الخبر|شارك المقال|شارك هذا المقال|شارك هذا الخبر|شاركها|مشاركة"
              + "|مشاركة الخبر|مشاركة المقال|انشر|انشر الخبر|أرسل لصديق|ارسل لصديق|أرسل إلى صديق|طباعة|اطبع"
              + "|طباعة الخبر|Share|Share this|Tweet)(?:\\s*[:：]?\\s*(?:(?:عبر|على|في)\\s*[:：]?\\s*)?(?:" + SOCIAL
              + "[\\s،,|/]*)*)?$"),
      rule(DropReason.SHARE_PROMPT, "^(?:" + SOCIAL + "[\\s،,|/·•]*){2,}$"),
      rule(DropReason.SHARE_PROMPT,
          "^(?:تابعونا|تابعوا|تابعنا|تابعو|انضم|انضموا|اشترك|اشتركوا|اشترك/ي|للاشتراك|لمتابعة|حمّل|حملوا"
              + "|قم بتحميل|فعّل)\\s.*"
              + "(?:" + SOCIAL + "|قناتنا|صفحتنا|صفحاتنا|حسابنا|حساباتنا|النشرة البريدية|نشرتنا|تطبيق|التطبيق"
              + "|الإشعارات|الاشعارات|التنبيهات)"
              + ".*$"),
      rule(DropReason.SHARE_PROMPT, "^(?:اضغط|انقر|إضغط|أنقر|اضغطي|انقري)(?:/ي)?\\s+هنا.*$"),
      rule(DropReason.TAGS,
          "^(?:الكلمات الدلالية|الكلمات الدالة|كلمات دلالية|الكلمات المفتاحية|كلمات مفتاحية|كلمات دالة|الوسوم|وسوم|الوسم"
              + "|الموضوعات|مواضيع|تاغ|تاجات|Tags|Keywords)\\s*[:：].*$"),
      rule(DropReason.TAGS, "^(?:#[\\p{L}\\p{N}_]+[\\s،,]*){1,}$"),
      rule(DropReason.RIGHTS,
          ".*(?:جميع الحقوق محفوظة|كل الحقوق محفوظة|حقوق النشر محفوظة|حقوق الطبع محفوظة|جميع حقوق النشر"
              + "|الحقوق محفوظة|©|All rights reserved|Copyright|يمنع النسخ|يحظر النسخ|يمنع نقل|غير مسموح بنقل).*"),
      rule(DropReason.ADVERTISEMENT,
          "^(?:إعلان|اعلان|إعلانات|اعلانات|Advertisement|ADVERTISEMENT|Ad|Sponsored|محتوى مدعوم|محتوى ممول"
              + "|مساحة إعلانية|مساحة اعلانية|إعلان ممول|اعلان ممول|برعاية|الإعلانات|- إعلان -|\\*\\*\\* إعلان \\*\\*\\*)$"),
      rule(DropReason.BOILERPLATE,
          "^(?:التعليقات|تعليقات|أضف تعليق|أضف تعليقك|اضف تعليق|اضف تعليقك|اترك تعليقا|اترك تعليقاً|اترك تعليقًا"
              + "|لا توجد تعليقات|الأكثر قراءة|الاكثر قراءة|الأكثر مشاهدة|الأكثر تعليقا|الأكثر تعليقاً|آخر الأخبار"
              + "|اخر الاخبار|أخبار ذات صلة|المزيد من الأخبار|المزيد|عاجل|اقرأ أيضا في|تابعونا|شارك برأيك"
              + "|تعليقك|أرسل تعليقك|رأيك يهمنا|إلى الأعلى|الى الاعلى|العودة للأعلى|عودة|السابق|التالي"
              + "|الخبر السابق|الخبر التالي|تكبير الخط|تصغير الخط|حجم الخط|A\\+|A-)\\s*[:：]?$"),
      rule(DropReason.BOILERPLATE, "^(?:الرئيسية|الصفحة الرئيسية|Home)\\s*[>»/›|].*$"),
      // agency end markers and transmission codes (see the class comment)
      rule(DropReason.BOILERPLATE, "^[/\\\\(\\[\\-–—\\s]*(?:انتهى|انتهي|النهاية|نهاية الخبر)[/\\\\)\\]\\-–—\\s]*$"),
      rule(DropReason.BOILERPLATE, "^[0-9٠-٩]{1,2}:[0-9٠-٩]{2}\\s*ت\\s*[مغ]\\.?$"),
      rule(DropReason.BOILERPLATE, "^[0٠][0-9٠-٩]{2,5}$"));

  /** "م ع ا / ع ح ع": groups of single letters (an editor's initials) joined by slashes. */
  private static final Pattern INITIALS_CODE =
      Pattern.compile("^\\p{L}(?: \\p{L}){1,4}(?:\\s*/\\s*\\p{L}(?: \\p{L}){1,4})+$");

  private static Rule rule(DropReason reason, String regex) {
    return new Rule(reason, Pattern.compile(regex));
  }

  private BoilerplateRules() {}

  private static boolean creditsAnAgency(String line) {
    for (String group : line.split("/")) {
      if (Gazetteer.defaults().is(Gazetteer.Kind.AGENCY, group.strip())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The reason to drop this line, or empty to keep it. */
  static Optional<DropReason> match(String line) {
    if (line.isEmpty() || WordCount.exceeds(line, MAX_WORDS)) {
      return Optional.empty();
    }
    if (!hasLetterOrDigit(line)) {
      return Optional.of(DropReason.BOILERPLATE); // a separator such as "***" or "* * *"
    }
    for (Rule r : RULES) {
      if (r.pattern.matcher(line).matches()) {
        return Optional.of(r.reason);
      }
    }
    if (line.indexOf('/') > 0 && INITIALS_CODE.matcher(line).matches() && !creditsAnAgency(line)) {
      return Optional.of(DropReason.BOILERPLATE);
    }
    return Optional.empty();
  }
}
