package org.rasid.core.dates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Month names of the Gregorian and Hijri calendars, in every spelling the parser accepts, keyed by folded form. */
final class MonthNames {
  /** A month of a calendar, 1-based. */
  record Month(CalendarSystem calendar, int number) {}

  /*
   * Month names from Unicode CLDR (cldr-json, months.format.wide, Unicode License): "ar" (MSA), "ar-SY"
   * (Levantine/Iraqi), "ar-DZ" (Algeria/Tunisia), "ar-MA" (Morocco) and the "ar" Islamic calendar. The other entries
   * are spelling variants common in news text (يونيه, تشرين أول, ربيع الثاني, ذي القعدة ...) and the English names
   * that turn up in scrapes. Hamza on alef (إبريل, اكتوبر), ة/ه and ى/ي need no entries of their own: names and
   * input are folded alike by DateText.fold. Index i holds month i + 1.
   */
  private static final List<List<String>> GREGORIAN = List.of(
      List.of("يناير", "كانون الثاني", "كانون ثاني", "جانفي", "january", "jan"),
      List.of("فبراير", "شباط", "فيفري", "february", "feb"),
      List.of("مارس", "آذار", "march", "mar"),
      List.of("أبريل", "نيسان", "أفريل", "april", "apr"),
      List.of("مايو", "أيار", "ماي", "may"),
      List.of("يونيو", "يونيه", "حزيران", "جوان", "june", "jun"),
      List.of("يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul"),
      List.of("أغسطس", "آب", "أوت", "غشت", "august", "aug"),
      List.of("سبتمبر", "أيلول", "شتنبر", "september", "sept", "sep"),
      List.of("أكتوبر", "تشرين الأول", "تشرين أول", "october", "oct"),
      List.of("نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر", "november", "nov"),
      List.of("ديسمبر", "كانون الأول", "كانون أول", "دجنبر", "december", "dec"));

  private static final List<List<String>> HIJRI = List.of(
      List.of("محرم"),
      List.of("صفر"),
      List.of("ربيع الأول", "ربيع أول"),
      List.of("ربيع الآخر", "ربيع الثاني", "ربيع ثاني"),
      List.of("جمادى الأولى", "جمادى الأول"),
      List.of("جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني"),
      List.of("رجب"),
      List.of("شعبان"),
      List.of("رمضان"),
      List.of("شوال"),
      List.of("ذو القعدة", "ذي القعدة"),
      List.of("ذو الحجة", "ذي الحجة"));

  private static final Map<String, Month> BY_FOLDED_NAME = index();

  private MonthNames() {}

  /** Every accepted name, folded. */
  static Set<String> foldedNames() {
    return BY_FOLDED_NAME.keySet();
  }

  /**
   * The month named by {@code name}, or by the pair "أيلول/سبتمبر" when {@code alias} is not null; empty when a name
   * is unknown or the two name different months.
   */
  static Optional<Month> resolve(String name, String alias) {
    Month month = BY_FOLDED_NAME.get(name);
    if (month == null || (alias != null && !month.equals(BY_FOLDED_NAME.get(alias)))) {
      return Optional.empty();
    }
    return Optional.of(month);
  }

  private static Map<String, Month> index() {
    Map<String, Month> index = new HashMap<>();
    addAll(index, CalendarSystem.GREGORIAN, GREGORIAN);
    addAll(index, CalendarSystem.HIJRI, HIJRI);
    return Map.copyOf(index);
  }

  private static void addAll(Map<String, Month> index, CalendarSystem calendar, List<List<String>> months) {
    for (int i = 0; i < months.size(); i++) {
      Month month = new Month(calendar, i + 1);
      for (String name : months.get(i)) {
        Month previous = index.put(DateText.fold(name), month);
        if (previous != null && !previous.equals(month)) {
          throw new IllegalStateException("Month name " + name + " is ambiguous");
        }
      }
    }
  }
}
