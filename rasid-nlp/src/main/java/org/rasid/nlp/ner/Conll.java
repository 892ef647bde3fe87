package org.rasid.nlp.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rasid.core.io.InputRejectedException;

/**
 * Readers of the NER corpora rasid trains and evaluates on.
 *
 * <ul>
 *   <li>{@link #readTokenTag}: CoNLL style, {@code token TAG} per line (space or tab), a blank line between sentences
 *       (ANERcorp, and what {@code rasid ner --conll} reads).
 *   <li>{@link #readNewsFane}: NewsFANE Gold, {@code token<TAB>tag} with CRLF and a byte-order mark, a line holding
 *       only a TAB between sentences, U+200E on most tokens (stripped); its 45 fine types mapped to PERS, LOC and ORG
 *       by {@link #NEWSFANE_TYPES}, every other type to O.
 * </ul>
 */
public final class Conll {
  /**
   * NewsFANE fine type → coarse type. Persons: every individual person type (Group, a people such as العرب, is not a
   * name in ANERcorp's sense and maps to O). Locations: the geo-political entities, natural locations and facilities
   * (as CoNLL counts facilities as locations). Organizations: every organization type. Products, vehicles and weapons
   * map to O.
   */
  public static final Map<String, String> NEWSFANE_TYPES = Map.ofEntries(
      Map.entry("Politician", "PERS"), Map.entry("Athlete", "PERS"), Map.entry("Artist", "PERS"),
      Map.entry("Other_PER", "PERS"), Map.entry("Religious_PER", "PERS"), Map.entry("Scientist", "PERS"),
      Map.entry("Businessperson", "PERS"), Map.entry("Lawyer", "PERS"), Map.entry("Engineer", "PERS"),
      Map.entry("Police", "PERS"),
      Map.entry("Nation", "LOC"), Map.entry("Population-Center", "LOC"), Map.entry("State-or-Province", "LOC"),
      Map.entry("GPE-Cluster", "LOC"), Map.entry("Continent", "LOC"), Map.entry("County-or-District", "LOC"),
      Map.entry("Water-Body", "LOC"), Map.entry("Land-Region-Natural", "LOC"), Map.entry("Celestial", "LOC"),
      Map.entry("Building-Grounds", "LOC"), Map.entry("Airport", "LOC"), Map.entry("Path", "LOC"),
      Map.entry("Subarea-Facility", "LOC"), Map.entry("Plant", "LOC"),
      Map.entry("Non-Governmental", "ORG"), Map.entry("Sports", "ORG"), Map.entry("Government", "ORG"),
      Map.entry("Media", "ORG"), Map.entry("Commercial", "ORG"), Map.entry("Educational", "ORG"),
      Map.entry("Medical-Science", "ORG"), Map.entry("Entertainment", "ORG"), Map.entry("Religious_ORG", "ORG"));

  private Conll() {}

  /**
   * Reads {@code token TAG} lines; blank lines end sentences. A line without a tag is rejected.
   *
   * @throws InputRejectedException naming the file and line when a line has no tag
   */
  public static List<TaggedSentence> readTokenTag(Path file) throws IOException {
    return parseTokenTag(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** {@link #readTokenTag} on text; {@code name} names the document in errors. */
  public static List<TaggedSentence> parseTokenTag(String text, String name) {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\r?\n", -1)) {
      lineNo++;
      String line = raw.replace("\uFEFF", "").replace("\u200E", "").replace("\u200F", "").strip();
      if (line.isEmpty()) {
        flush(out, words, tags);
        continue;
      }
      int sep = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
      if (sep <= 0) {
        throw InputRejectedException.undecodable(name, "line " + lineNo + " has no tag: '" + line + "'");
      }
      words.add(line.substring(0, sep).strip());
      tags.add(line.substring(sep + 1));
    }
    flush(out, words, tags);
    return out;
  }

  /** Reads NewsFANE Gold with its fine types mapped to PERS, LOC, ORG (see {@link #NEWSFANE_TYPES}). */
  public static List<TaggedSentence> readNewsFane(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    for (String raw : text.split("\r?\n", -1)) {
      lineNo++;
      String line = raw.replace("\uFEFF", "");
      if (line.strip().isEmpty()) {
        flush(out, words, tags); // a line holding only a TAB (or nothing) ends a sentence
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw InputRejectedException.undecodable(file.toString(), "line " + lineNo + " has no TAB");
      }
      String word = line.substring(0, tab).replace("\u200E", "").replace("\u200F", "").strip();
      if (word.isEmpty()) {
        continue;
      }
      String tag = line.substring(tab + 1).strip();
      String coarse = "O";
      if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        String type = NEWSFANE_TYPES.get(tag.substring(2));
        coarse = type == null ? "O" : tag.substring(0, 2) + type;
      }
      words.add(word);
      tags.add(coarse);
    }
    flush(out, words, tags);
    return out;
  }

  private static void flush(List<TaggedSentence> out, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      out.add(new TaggedSentence(words, tags));
      words.clear();
      tags.clear();
    }
  }
}
