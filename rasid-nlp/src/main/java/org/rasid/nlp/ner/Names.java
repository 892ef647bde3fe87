package org.rasid.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasid.core.text.ArabicNormalizer;

/**
 * The name gazetteer of the tagger: for a word's clitic-stripped normalized stem ({@link Clitics}), bits saying what
 * kind of name part it is known as. Two resources next to this class:
 *
 * <ul>
 *   <li>{@value #GIVEN_RESOURCE}: common given names, written for rasid (a list of facts);
 *   <li>{@value #RESOURCE}: name parts compiled by {@link #compileCameo} from the CAMEO Arabic actor dictionary
 *       (MIT, see NOTICE): first names, family names and middle parts of persons, the words of organization names,
 *       and one-word actors; {@code rasid train-ner --names-out FILE} writes it.
 * </ul>
 *
 * A bit is a feature, never a rule: the tagger learns how far to trust it ({@link FeatureExtractor}).
 * Immutable and thread-safe.
 */
public final class Names {
  /** The compiled CAMEO name parts. */
  public static final String RESOURCE = "names.txt";
  /** The hand-written given names. */
  public static final String GIVEN_RESOURCE = "given-names.txt";

  /** A given name: in the hand-written list, or the first word of a CAMEO person. */
  static final int GIVEN = 1;
  /** The last word of a CAMEO person of two words or more (المالكي). */
  static final int FAMILY = 2;
  /** A middle word of a CAMEO person. */
  static final int PERSON_PART = 4;
  /** A word of a CAMEO organization name after its head noun (تحرير in منظمة تحرير فلسطيني). */
  static final int ORG_PART = 8;
  /** A one-word CAMEO actor that is no country: a person or an organization (القذافي, حماس, اليونسكو). */
  static final int ACTOR = 16;
  /** Number of bits. */
  static final int BITS = 5;

  private static final Map<Character, Integer> TAGS = Map.of('G', GIVEN, 'F', FAMILY, 'P', PERSON_PART,
      'O', ORG_PART, 'A', ACTOR);

  /** No names: every word gets 0. */
  static final Names NONE = new Names(Map.of());

  private static final Names SHIPPED = loadShipped();

  private final Map<String, Integer> bits;

  Names(Map<String, Integer> bits) {
    this.bits = Map.copyOf(bits);
  }

  /** The shipped lists. */
  static Names shipped() {
    return SHIPPED;
  }

  /** The bits of a stem ({@link Clitics.Split#stem()} of a normalized word), 0 when it is no known name part. */
  int of(String stem) {
    return bits.getOrDefault(stem, 0);
  }

  int size() {
    return bits.size();
  }

  /** The stem a listed name is matched by: normalized, clitics stripped. */
  static String stem(String word) {
    return Clitics.split(ArabicNormalizer.normalizeForSearch(word)).stem();
  }

  /**
   * Reads the lines of the two resources: in {@value #RESOURCE} a tag letter (G, F, P, O, A), a tab and a word; in
   * {@value #GIVEN_RESOURCE} a word per line, tagged G. Lines starting with {@code #} are comments.
   */
  static Names parse(List<String> given, List<String> compiled) {
    Map<String, Integer> m = new HashMap<>();
    for (String line : given) {
      String w = line.strip();
      if (!w.isEmpty() && !w.startsWith("#")) {
        m.merge(stem(w), GIVEN, (a, b) -> a | b);
      }
    }
    for (String line : compiled) {
      if (line.isBlank() || line.startsWith("#") || line.length() < 3 || line.charAt(1) != '\t') {
        continue;
      }
      Integer bit = TAGS.get(line.charAt(0));
      if (bit != null) {
        m.merge(stem(line.substring(2).strip()), bit, (a, b) -> a | b);
      }
    }
    m.remove("");
    return new Names(m);
  }

  private static Names loadShipped() {
    return parse(readResource(GIVEN_RESOURCE), readResource(RESOURCE));
  }

  private static List<String> readResource(String name) {
    try (InputStream in = Names.class.getResourceAsStream(name)) {
      if (in == null) {
        return List.of();
      }
      List<String> lines = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fewest occurrences of a stem in the training data before {@link #commonWords} may call it common. */
  static final int COMMON_MIN_COUNT = 3;
  /** Share of a stem's training occurrences tagged O above which it is a common word. */
  static final double COMMON_O_SHARE = 0.8;

  /**
   * The stems ({@link #stem}) seen at least {@value #COMMON_MIN_COUNT} times in {@code sentences} and tagged O in
   * more than {@value #COMMON_O_SHARE} of them: common words, never taken as a name part from CAMEO.
   */
  public static Set<String> commonWords(List<TaggedSentence> sentences) {
    Map<String, int[]> counts = new HashMap<>();
    for (TaggedSentence s : sentences) {
      for (int i = 0; i < s.words().size(); i++) {
        int[] c = counts.computeIfAbsent(stem(s.words().get(i)), k -> new int[2]);
        c[0]++;
        if (s.tags().get(i).equals("O")) {
          c[1]++;
        }
      }
    }
    Set<String> out = new java.util.HashSet<>();
    counts.forEach((stem, c) -> {
      if (c[0] >= COMMON_MIN_COUNT && c[1] > COMMON_O_SHARE * c[0]) {
        out.add(stem);
      }
    });
    return out;
  }

  /** Whether a normalized word is a place of the shipped gazetteer, or the nisba of one (افغاني). */
  private static boolean isPlace(String w) {
    Places places = Places.shipped();
    String bare = Clitics.stripProclitics(w);
    return places.contains(w) || places.contains(bare) || places.contains("ال" + bare)
        || w.endsWith("ي") && (places.contains(w.substring(0, w.length() - 1))
            || places.contains("ال" + bare.substring(0, bare.length() - 1))
            || places.contains(bare.substring(0, bare.length() - 1) + "ا"));
  }

  /** CAMEO's three-letter codes that are no country: international, non-governmental, multinational actors. */
  private static final Set<String> SECTOR_CODES = Set.of("IGO", "NGO", "IMG", "MNC", "NGM", "UAF", "UIS");

  /** Organization head nouns in CAMEO's lemma forms that {@link Triggers} lacks (normalized). */
  private static final Set<String> EXTRA_ORG_HEADS = Set.of("قوه", "شرطه", "سفاره", "تجمع", "امن", "قياده",
      "ميليشيا", "مليشيا", "عصبه", "اداره", "محكمه", "كتيبه", "لواء", "فيلق", "حرس", "مخابرات", "استخبارات",
      "جهاز", "وحده", "سلاح", "اسطول", "بعثه", "قنصليه", "نادي", "منتدى", "تيار", "كتله", "جيش", "مجلس");
  /** Titles in CAMEO's lemma forms that {@link Triggers} lacks (normalized): dropped from the front of a person. */
  private static final Set<String> EXTRA_TITLES = Set.of("جنرال", "شيخه", "ميجر", "لميجر", "امير", "اميره", "وزير",
      "رئيس", "نائب", "عقيد", "رائد", "نقيب", "ملازم", "مقدم", "عريف", "سيد", "سيده", "دكتور", "حاج", "حاجه",
      "مفتي", "قس", "اب", "كابتن", "سناتور", "عضو", "زعيم", "قائد", "مرشد", "ناطق", "متحدث", "مسؤول", "مدير",
      "سفير", "قاضي", "محافظ", "ملك", "ملكه", "شيخ", "امام", "اميرال", "مشير", "لواء", "عميد");

  /**
   * The name parts of the CAMEO Arabic actor dictionary ({@code actor_dict_ar_v4.txt}, PETRARCH format: an entry
   * per line, words joined by {@code _}, lemmatised, its codes in brackets on the line or on indented lines below).
   * An entry whose first word is an organization head ({@link Triggers#ORGANIZATION} or a few lemma forms) gives
   * its other words as {@code O} (a nisba adjective also in its feminine form, فلسطيني → فلسطينيه); any other entry
   * loses its leading titles (رئيس, جنرال, …) and then, with two words or more and a code more specific than a bare
   * country, gives {@code G} (first word), {@code P} (middle) and {@code F} (last); a one-word entry whose code is
   * more than a bare country (or is a sector code: IGO, NGO, …) gives {@code A}. Person words in {@code common} (words that are mostly no name, for
   * rasid those mostly tagged O in ANERcorp train: {@link #commonWords}) or a place of the gazetteer ({@link Places}) make a
   * person entry a description, left out; words of fewer than 2 letters are dropped.
   *
   * @return a comment line, then lines {@code TAG<tab>word}, sorted and distinct, so the output is reproducible
   */
  public static List<String> compileCameo(Path actorDictionary, Set<String> common) throws IOException {
    List<String> lines = Files.readAllLines(actorDictionary, StandardCharsets.UTF_8);
    TreeMap<String, Boolean> out = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#") || line.startsWith("\t")) {
        continue;
      }
      String entry = line.strip();
      int bracket = entry.indexOf('[');
      List<String> codes = new ArrayList<>();
      if (bracket >= 0) {
        codes.add(entry.substring(bracket));
        entry = entry.substring(0, bracket).strip();
      }
      for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("\t"); j++) {
        codes.add(lines.get(j).strip());
      }
      int hash = entry.indexOf('#');
      if (hash >= 0) {
        entry = entry.substring(0, hash).strip();
      }
      List<String> words = new ArrayList<>();
      for (String w : entry.split("_")) {
        String n = ArabicNormalizer.normalizeForSearch(w.strip());
        if (n.length() >= 2 && n.chars().allMatch(c -> ArabicNormalizer.isArabicLetter((char) c))) {
          words.add(n);
        }
      }
      if (words.isEmpty()) {
        continue;
      }
      boolean specific = codes.stream().anyMatch(c -> c.contains(" ") || c.replaceAll("[^A-Z]", "").length() > 3
          || SECTOR_CODES.contains(c.replaceAll("[^A-Z]", "")));
      String head = Clitics.split(words.getFirst()).stem();
      if (words.size() > 1 && (Triggers.of(head) == Triggers.ORGANIZATION || EXTRA_ORG_HEADS.contains(head))) {
        for (String w : words.subList(1, words.size())) {
          out.put("O\t" + w, true);
          if (w.endsWith("ي") && w.length() >= 4) {
            out.put("O\t" + w + "ه", true);
          }
        }
        continue;
      }
      while (!words.isEmpty() && (Triggers.of(Clitics.split(words.getFirst()).stem()) == Triggers.PERSON
          || EXTRA_TITLES.contains(Clitics.split(words.getFirst()).stem()))) {
        words.removeFirst();
      }
      if (!specific || words.isEmpty()) {
        continue;
      }
      if (words.stream().anyMatch(w -> common.contains(Clitics.split(w).stem()) || isPlace(w))) {
        continue; // a description (مسؤول أميركي), not a name
      }
      if (words.size() == 1) {
        out.put("A\t" + words.getFirst(), true);
        continue;
      }
      out.put("G\t" + words.getFirst(), true);
      out.put("F\t" + words.getLast(), true);
      for (String w : words.subList(1, words.size() - 1)) {
        if (Triggers.of(Clitics.split(w).stem()) != Triggers.NAME_PART) {
          out.put("P\t" + w, true);
        }
      }
    }
    List<String> result = new ArrayList<>();
    result.add("# Name parts compiled by rasid train-ner --names-out from the CAMEO Arabic actor dictionary"
        + " (UniversalPetrarch, MIT, Copyright (c) 2016 Open Event Data Alliance; see NOTICE).");
    result.addAll(out.keySet());
    return result;
  }
}
