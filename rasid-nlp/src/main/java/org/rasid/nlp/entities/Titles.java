package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Role phrases: a title followed by a country adjective, "رئيس الوزراء العراقي", "الرئيس الإيراني", "لوزير الخارجية
 * السعودي". Found by words (whitespace-separated, surrounding punctuation ignored); the title's first word may carry a
 * proclitic ("لرئيس", "وللرئيس"). Pure and thread-safe.
 */
final class Titles {
  /** Titles, as keys, longest first so that "رئيس الوزراء" is tried before a shorter title it starts with. */
  private static final List<String> TITLES = Stream.of(
      "رئيس مجلس الوزراء", "رئيس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة", "رئيس الجمهورية",
      "رئيس البرلمان", "رئيس مجلس النواب", "وزير الخارجية", "وزيرة الخارجية", "وزير الدفاع", "وزيرة الدفاع",
      "وزير الداخلية", "وزير المالية", "وزير النفط", "وزير الاقتصاد", "المرشد الأعلى", "ولي العهد", "الرئيس",
      "الرئيسة", "الملك", "الأمير", "العاهل", "السلطان", "أمير", "ملك")
      .map(NameKeys::key)
      .sorted(Comparator.comparingInt((String t) -> t.split(" ").length).reversed())
      .toList();
  /** {@link #TITLES} split into words, in the same order. */
  private static final List<String[]> TITLE_WORDS = TITLES.stream().map(t -> t.split(" ")).toList();
  /** The first words of the titles: a word none of whose readings is one starts no role (the quick test). */
  private static final Set<String> FIRST_WORDS = TITLE_WORDS.stream().map(w -> w[0])
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Titles naming the same office, by key → the key of the office's usual title. */
  private static final Map<String, String> OFFICE = synonyms(
      "رئيس الوزراء", "رئيس مجلس الوزراء", "رئيسة الوزراء", "رئيس الحكومة", "رئيسة الحكومة", "|",
      "الرئيس", "الرئيسة", "رئيس الجمهورية", "|",
      "وزير الخارجية", "وزيرة الخارجية", "|",
      "وزير الدفاع", "وزيرة الدفاع", "|",
      "الملك", "العاهل", "ملك", "|",
      "الأمير", "أمير");

  private static Map<String, String> synonyms(String... groups) {
    Map<String, String> out = new HashMap<>();
    String head = null;
    for (String g : groups) {
      if (g.equals("|")) {
        head = null;
      } else {
        String k = NameKeys.key(g);
        head = head == null ? k : head;
        out.put(k, head);
      }
    }
    return Map.copyOf(out);
  }

  /**
   * A role phrase in a text.
   *
   * @param title the key of the office's usual title, clitics removed and synonyms folded ("رئيس الوزراء" for
   *     "رئيس الحكومة")
   * @param country the ISO code of the adjective
   * @param start offset of the phrase's first char (its clitic included)
   * @param end offset after the adjective (after السابق when {@code former})
   * @param former whether the phrase names a past holder ("رئيس الوزراء العراقي السابق"): it binds only to the person
   *     in apposition with it, never office-wide
   */
  record Role(String title, String country, int start, int end, boolean former) {
    /** The key naming the office in an article: title and country ("former" holders each their own). */
    String key() {
      return title + "|" + country + (former ? "|" + start : "");
    }
  }

  /** Words after the adjective that make the phrase name a past holder: السابق, الأسبق, الراحل. */
  private static final List<String> FORMER = Stream.of("السابق", "السابقة", "الأسبق", "الأسبقة", "الراحل", "الراحلة")
      .map(NameKeys::key).toList();

  private record Word(String key, int start, int end) {}

  private Titles() {}

  /** The role phrases of a text, in order, not overlapping. */
  static List<Role> find(String text, Demonyms demonyms) {
    List<Word> words = words(text);
    List<Role> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Role role = roleAt(words, i, demonyms);
      if (role != null) {
        out.add(role);
        while (i + 1 < words.size() && words.get(i + 1).start < role.end) {
          i++;
        }
      }
    }
    return out;
  }

  /** True when a name is a title phrase rather than a name ("رئيس الوزراء العراقي"). */
  static boolean isRole(String text, Demonyms demonyms) {
    List<Role> roles = find(text, demonyms);
    return roles.size() == 1 && roles.get(0).start == firstLetter(text) && roles.get(0).end >= lastLetter(text);
  }

  private static Role roleAt(List<Word> words, int i, Demonyms demonyms) {
    List<String> readings = Clitics.readings(words.get(i).key);
    if (readings.stream().noneMatch(FIRST_WORDS::contains)) {
      return null;
    }
    for (int t = 0; t < TITLES.size(); t++) {
      String title = TITLES.get(t);
      String[] parts = TITLE_WORDS.get(t);
      if (i + parts.length >= words.size()) {
        continue;
      }
      boolean match = readings.contains(parts[0]);
      for (int j = 1; match && j < parts.length; j++) {
        match = words.get(i + j).key.equals(parts[j]);
      }
      if (!match) {
        continue;
      }
      Word adjective = words.get(i + parts.length);
      String country = adjective.key.startsWith("ال") ? demonyms.country(adjective.key) : null;
      if (country != null) {
        int after = i + parts.length + 1;
        boolean former = after < words.size() && FORMER.contains(words.get(after).key);
        return new Role(OFFICE.getOrDefault(title, title), country, words.get(i).start,
            former ? words.get(after).end : adjective.end, former);
      }
    }
    return null;
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new Word(NameKeys.key(text.substring(start, end)), start, end));
      }
    }
    return out;
  }

  private static int firstLetter(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastLetter(String s) {
    int i = s.length();
    while (i > 0 && !Character.isLetterOrDigit(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
