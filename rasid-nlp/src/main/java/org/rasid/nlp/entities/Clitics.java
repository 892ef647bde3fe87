package org.rasid.nlp.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Readings of a name key with its attached proclitics removed: the conjunctions و and ف, the prepositions ب, ل
 * and ك, in that order ("وبطهران", "فلطهران"), with ل + ال written لل ("للعراق" → "العراق") and ب/ك + ال kept
 * ("بالعراق" → "العراق"). Only the first word of a key is touched. في is a separate word and is removed when it
 * opens the key ("في بغداد" → "بغداد").
 */
final class Clitics {
  private static final String AL = "ال";

  private Clitics() {}

  /**
   * The key itself, then each reading with fewer letters, without repeats; the caller takes the first one it knows
   * so that a name starting with a clitic letter ("بغداد", "لبنان", "وهران") is found whole before any cut.
   *
   * @param key a key of {@link NameKeys#key}
   * @return readings, the key itself first
   */
  static List<String> readings(String key) {
    Set<String> out = new LinkedHashSet<>();
    String k = key.startsWith("في ") ? key.substring(3) : key;
    out.add(key);
    out.add(k);
    List<String> afterConj = new ArrayList<>();
    afterConj.add(k);
    if (k.length() > 2 && (k.charAt(0) == 'و' || k.charAt(0) == 'ف')) {
      afterConj.add(k.substring(1));
    }
    for (String s : afterConj) {
      out.add(s);
      if (s.length() > 3 && s.startsWith("لل")) {
        out.add(AL + s.substring(2));
      } else if (s.length() > 2 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل' || s.charAt(0) == 'ك')) {
        out.add(s.substring(1));
      }
    }
    out.remove("");
    return List.copyOf(out);
  }

  /** The key with ال added or removed on its first word: the last resort of place lookups ("عراق" → "العراق"). */
  static String toggleArticle(String key) {
    return key.startsWith(AL) && key.length() > 3 ? key.substring(2) : AL + key;
  }
}
