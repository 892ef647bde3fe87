package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  /**
   * A role phrase in a text.
   *
   * @param title the title's key without clitics ("رئيس الوزراء")
   * @param country the ISO code of the adjective
   * @param start offset of the phrase's first char (its clitic included)
   * @param end offset after the adjective
   */
  record Role(String title, String country, int start, int end) {
    /** The key naming the role in an article: title and country. */
    String key() {
      return title + "|" + country;
    }
  }

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
    for (String title : TITLES) {
      String[] parts = title.split(" ");
      if (i + parts.length >= words.size()) {
        continue;
      }
      boolean match = Clitics.readings(words.get(i).key).contains(parts[0]);
      for (int j = 1; match && j < parts.length; j++) {
        match = words.get(i + j).key.equals(parts[j]);
      }
      if (!match) {
        continue;
      }
      Word adjective = words.get(i + parts.length);
      String country = adjective.key.startsWith("ال") ? demonyms.country(adjective.key) : null;
      if (country != null) {
        return new Role(title, country, words.get(i).start, adjective.end);
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
