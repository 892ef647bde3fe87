package org.rasid.core.structure;

import java.util.Optional;
import org.rasid.core.dates.DateParser;
import org.rasid.core.dates.DateStamp;
import org.rasid.core.structure.Gazetteer.Kind;

/**
 * Recognizes wire-service datelines that put the place, the date and the agency on one line:
 * {@code الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس}, {@code القاهرة في 12 سبتمبر 2021 (أ ش أ)},
 * {@code بيروت، 3 آب 2020 - رويترز}. The date part must be a whole date stamp by {@link DateParser#parseLine}; a known
 * place must open the line or a known agency close it.
 */
final class DatelineStampParser {

  /** What the line holds. {@code place} and {@code agency} may be null, not both. */
  record DatelineStamp(String place, DateStamp date, String agency) {}

  private static final int MAX_NAME_WORDS = 3;
  private static final java.util.regex.Pattern GLUED_DIGITS =
      java.util.regex.Pattern.compile("([\\p{IsArabic}&&\\p{L}])([0-9٠-٩])");
  private static final String EDGE_PUNCTUATION = "()[]/،,-–—:|.";

  private final Gazetteer gazetteer;

  DatelineStampParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<DatelineStamp> parse(String line) {
    if (line.length() > 160 || !hasDigit(line)) {
      return Optional.empty();
    }
    String[] words = GLUED_DIGITS.matcher(line).replaceAll("$1 $2").split(" "); // "الأحساء25 شوال" → "الأحساء 25 شوال"
    int start = 0;
    int end = words.length;
    String place = null;
    for (int k = Math.min(MAX_NAME_WORDS, words.length - 1); k >= 1 && place == null; k--) {
      String candidate = trimEdges(join(words, 0, k));
      if (gazetteer.is(Kind.PLACE, candidate)) {
        place = candidate;
        start = k;
      }
    }
    String agency = null;
    for (int k = Math.min(MAX_NAME_WORDS, end - start - 1); k >= 1 && agency == null; k--) {
      String candidate = trimEdges(join(words, end - k, end));
      if (gazetteer.is(Kind.AGENCY, candidate)) {
        agency = candidate;
        end -= k;
      }
    }
    if (place == null && agency == null) {
      return Optional.empty();
    }
    String middle = trimEdges(join(words, start, end));
    if (middle.startsWith("في ")) {
      middle = middle.substring(3);
    }
    String foundPlace = place;
    String foundAgency = agency;
    return DateParser.parseLine(middle).map(date -> new DatelineStamp(foundPlace, date, foundAgency));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String join(String[] words, int from, int to) {
    return from >= to ? "" : String.join(" ", java.util.Arrays.asList(words).subList(from, to));
  }

  private static String trimEdges(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && (EDGE_PUNCTUATION.indexOf(s.charAt(a)) >= 0 || s.charAt(a) == ' ')) {
      a++;
    }
    while (b > a && (EDGE_PUNCTUATION.indexOf(s.charAt(b - 1)) >= 0 || s.charAt(b - 1) == ' ')) {
      b--;
    }
    return s.substring(a, b);
  }
}
