package org.rasid.bench.stemming;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the words of CoNLL-U files (https://universaldependencies.org/format.html): one sentence per block, one word
 * per line in ten tab-separated columns. Comment lines ({@code #}) and empty nodes ({@code 1.1}) are skipped. So are
 * multiword-token lines ({@code 4-5}), whose component words follow on their own lines, but they are written as one
 * word: every component but the last is read as having no space after it, and the last takes the range's
 * {@code SpaceAfter}.
 */
public final class ConllU {
  private static final int COLUMNS = 10;
  private static final int ID = 0;
  private static final int FORM = 1;
  private static final int LEMMA = 2;
  private static final int UPOS = 3;
  private static final int MISC = 9;
  private static final String NO_SPACE_AFTER = "SpaceAfter=No";
  /** Longer ids are read as no word; an int holds nine digits. */
  private static final int MAX_ID_DIGITS = 9;

  private ConllU() {}

  /** The sentences of {@code file}, each a list of its words. */
  public static List<List<UdWord>> read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * The sentences read from {@code reader}.
   *
   * @throws IOException also when a word line has fewer than ten columns, naming the line
   */
  public static List<List<UdWord>> read(BufferedReader reader) throws IOException {
    List<List<UdWord>> sentences = new ArrayList<>();
    List<UdWord> sentence = new ArrayList<>();
    int lineNumber = 0;
    Range range = Range.NONE;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        sentence = flush(sentences, sentence);
        range = Range.NONE;
      } else if (!line.startsWith("#")) {
        String[] columns = line.split("\t", -1);
        if (columns.length < COLUMNS) {
          throw new IOException("line " + lineNumber + ": " + columns.length + " columns, CoNLL-U has " + COLUMNS);
        }
        boolean spaceAfter = !hasNoSpaceAfter(columns[MISC]);
        if (isWordId(columns[ID])) {
          int id = Integer.parseInt(columns[ID]);
          sentence.add(new UdWord(columns[FORM], columns[LEMMA], columns[UPOS], range.spaceAfter(id, spaceAfter)));
        } else {
          range = Range.parse(columns[ID], spaceAfter, lineNumber);
        }
      }
    }
    flush(sentences, sentence);
    return sentences;
  }

  /** The multiword token last seen: words {@code first..last} and whether a space follows it. */
  private record Range(int first, int last, boolean spaceAfter) {
    static final Range NONE = new Range(0, -1, true);

    /** A range line's id "4-5"; any other id (an empty node "1.1") is no range. */
    static Range parse(String id, boolean spaceAfter, int lineNumber) throws IOException {
      int dash = id.indexOf('-');
      if (dash < 0) {
        return NONE;
      }
      try {
        return new Range(Integer.parseInt(id.substring(0, dash)), Integer.parseInt(id.substring(dash + 1)),
            spaceAfter);
      } catch (NumberFormatException e) {
        throw new IOException("line " + lineNumber + ": bad multiword-token id '" + id + "'", e);
      }
    }

    /** Whether a space follows word {@code id}, whose own MISC column says {@code own}. */
    boolean spaceAfter(int id, boolean own) {
      if (id >= first && id < last) {
        return false;
      }
      return id == last ? spaceAfter && own : own;
    }
  }

  private static List<UdWord> flush(List<List<UdWord>> sentences, List<UdWord> sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(List.copyOf(sentence));
    }
    return new ArrayList<>();
  }

  /** A plain integer id; not a range "1-2" nor an empty node "1.1". */
  private static boolean isWordId(String id) {
    return !id.isEmpty() && id.length() <= MAX_ID_DIGITS && id.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean hasNoSpaceAfter(String misc) {
    for (String item : misc.split("\\|")) {
      if (item.equals(NO_SPACE_AFTER)) {
        return true;
      }
    }
    return false;
  }
}
