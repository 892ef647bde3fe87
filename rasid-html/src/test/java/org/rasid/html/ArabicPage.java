package org.rasid.html;

import java.util.List;

/**
 * A short Arabic news article as an HTML page, for the decoder tests. Written for these tests (not copied from any
 * corpus). The ISO-8859-6 variant replaces what that charset cannot encode: guillemets «» become ASCII quotes and
 * the en dash a hyphen; every other char (letters, hamza seats, tanween, ، ؛ ؟) is in ISO-8859-6.
 */
final class ArabicPage {
  static final String HEADLINE = "الحكومة تعلن خطة لإعادة إعمار المدن المتضررة من السيول";
  static final String DATE = "الأحد 12 أيلول/سبتمبر 2021";
  static final List<String> BODY = List.of(
      "بغداد – أعلنت الحكومة العراقية، اليوم الأحد، عن خطة جديدة لإعادة إعمار المدن التي غمرتها السيول في"
          + " محافظات الجنوب الأسبوع الماضي.",
      "وقال المتحدث باسم الحكومة في مؤتمر صحفي: «سنبدأ بإعادة بناء الجسور والطرق خلال أسابيع، ولن ننتظر نهاية"
          + " موسم الأمطار».",
      "وتشمل الخطة ثلاث مراحل؛ الأولى لإيواء الأسر النازحة، والثانية لترميم المدارس، والثالثة لتعويض المزارعين.",
      "ولم يحدد المتحدث كلفة الخطة، لكنه أشار إلى أن البنك الدولي عرض تمويل جزء منها بقروض ميسّرة.",
      "فهل تنجح الحكومة هذه المرة في الوفاء بوعودها؟ يتساءل سكان البصرة الذين فقدوا منازلهم وظلوا في الخيام.",
      "وكانت السيول قد أودت بحياة 14 شخصاً وأضرت بأكثر من ثلاثة آلاف منزل، بحسب وزارة الداخلية.");

  private ArabicPage() {}

  /** The body lines as they read in a charset: ISO-8859-6 without «» and –. */
  static List<String> body(boolean iso88596) {
    return iso88596 ? BODY.stream().map(ArabicPage::isoSafe).toList() : BODY;
  }

  static String isoSafe(String line) {
    return line.replace('«', '"').replace('»', '"').replace('–', '-');
  }

  /** The page, with a {@code <meta charset>} naming {@code metaLabel} unless it is null. */
  static String html(String metaLabel, boolean iso88596) {
    StringBuilder page = new StringBuilder()
        .append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n");
    if (metaLabel != null) {
      page.append("<meta charset=\"").append(metaLabel).append("\">\n");
    }
    page.append("<title>").append(HEADLINE).append("</title>\n</head>\n<body>\n<article>\n<h1>").append(HEADLINE)
        .append("</h1>\n<time datetime=\"2021-09-12\">").append(DATE).append("</time>\n");
    for (String line : body(iso88596)) {
      page.append("<p>").append(line).append("</p>\n");
    }
    return page.append("</article>\n</body>\n</html>\n").toString();
  }
}
