package org.rasid.server.html;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasid.core.model.DropReason;

/** Words and formats of the Arabic pages: month names, dates, counts, and the labels of drop reasons. */
public final class Arabic {
  private Arabic() {}

  /** Month names as used across the Arab press (the Egyptian/Gulf forms, not the Levantine ones). */
  private static final List<String> MONTHS = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
      "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:T(\\d{2}):(\\d{2}).*)?");
  private static final Locale DIGITS = Locale.ROOT;

  /** "2021-09" → "سبتمبر 2021"; anything else as it is. */
  public static String month(String yearMonth) {
    return date(yearMonth);
  }

  /**
   * An ISO date as in the record, in words: "2021-09-12" → "12 سبتمبر 2021", "2021-09-12T14:30" → "12 سبتمبر 2021،
   * 14:30", "2021-09" → "سبتمبر 2021". Anything else is returned as it is. Digits stay Western, as in the sources.
   */
  public static String date(String iso) {
    if (iso == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(iso);
    if (!m.matches()) {
      return iso;
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return iso;
    }
    StringBuilder b = new StringBuilder();
    if (m.group(3) != null) {
      b.append(Integer.parseInt(m.group(3))).append(' ');
    }
    b.append(MONTHS.get(month - 1)).append(' ').append(m.group(1));
    if (m.group(4) != null) {
      b.append("، ").append(m.group(4)).append(':').append(m.group(5));
    }
    return b.toString();
  }

  /** 12345 → "12,345" (Western digits and separators, as in the sources). */
  public static String count(long n) {
    return NumberFormat.getIntegerInstance(DIGITS).format(n);
  }

  /** What a drop reason means, in Arabic. */
  public static String dropReason(DropReason reason) {
    return switch (reason) {
      case DUPLICATE -> "تكرار حرفي لفقرة محفوظة";
      case NEAR_DUPLICATE -> "شبه تكرار لفقرة محفوظة";
      case TRUNCATED_DUPLICATE -> "نسخة مبتورة من فقرة محفوظة";
      case TITLE_REPEAT -> "تكرار للعنوان";
      case SHARE_PROMPT -> "دعوة إلى المشاركة أو المتابعة";
      case TAGS -> "وسوم وكلمات مفتاحية";
      case RIGHTS -> "حقوق النشر";
      case ADVERTISEMENT -> "إعلان";
      case RELATED_MARKER -> "عنوان «اقرأ أيضًا»";
      case EXTRA_METADATA -> "تاريخ أو توقيع إضافي";
      case BOILERPLATE -> "عناصر من واجهة الموقع";
    };
  }

  /** The year and month of an ISO date ("2021-09-12" → "2021-09"), when it has one. */
  public static Optional<String> yearMonth(String iso) {
    if (iso == null) {
      return Optional.empty();
    }
    Matcher m = ISO_DATE.matcher(iso);
    return m.matches() ? Optional.of(m.group(1) + "-" + m.group(2)) : Optional.empty();
  }
}
