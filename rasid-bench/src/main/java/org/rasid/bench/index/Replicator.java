package org.rasid.bench.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Grows a JSONL set of articles ({@code {"text": …, "url": …}} a line) to any size by deterministic, perturbed
 * copies, streaming: one article and a small ring of donor words are in memory at a time.
 *
 * <p>Output line {@code k} is base line {@code k mod B} (B base lines) in copy {@code r = k div B}. Copy 0 is the
 * base line unchanged; every later copy gets url {@code url + "#r" + r} (so a distinct article id) and, drawn from a
 * random generator seeded by (seed, r, base line):
 *
 * <ul>
 *   <li>its paragraphs shuffled (the title stays first), or one paragraph dropped, or one duplicated;
 *   <li>2 to 6 words swapped for words of another article (one of the {@value #DONORS} base lines read before it);
 *   <li>each number changed, with probability ½, to another of the same number of digits.
 * </ul>
 *
 * <p>So ids and text differ from copy to copy while the vocabulary stays that of the corpus. The output is a pure
 * function of (base file, seed, line number): the first N lines of a longer output are the output for N.
 */
public final class Replicator {
  /** Bumped whenever the output for the same input and seed changes, so cached files are rebuilt. */
  public static final int VERSION = 1;
  /** How many recent base articles lend words. */
  static final int DONORS = 16;
  /** Words kept per donor article. */
  static final int DONOR_WORDS = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Replicator() {}

  /** One JSONL line's content. */
  public record Line(String text, String url) {}

  /**
   * Writes {@code n} lines to {@code out}, cycling through {@code base} as many times as needed.
   *
   * @return lines written ({@code n}, or 0 when the base has no usable line)
   */
  public static long replicate(Path base, long n, long seed, Path out) throws IOException {
    long written = 0;
    Donors donors = new Donors();
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long copy = 0; written < n; copy++) {
        long baseLine = 0;
        try (BufferedReader r = Files.newBufferedReader(base, StandardCharsets.UTF_8)) {
          for (String json; written < n && (json = r.readLine()) != null; ) {
            Line line = parse(json);
            Line copyLine = copy == 0 ? line : perturb(line, copy, random(seed, copy, baseLine), donors);
            writeLine(w, copyLine);
            donors.add(line.text());
            written++;
            baseLine++;
          }
        }
        if (baseLine == 0) {
          break; // an empty base: nothing to cycle through
        }
      }
    }
    return written;
  }

  static Line parse(String json) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    JsonNode url = node.get("url");
    return new Line(node.path("text").asText(""), url == null || url.isNull() ? null : url.asText());
  }

  /** Writes one line of JSONL: {@code {"text":…,"url":…}} and a newline. */
  public static void writeLine(Writer w, Line line) throws IOException {
    w.write(MAPPER.writeValueAsString(line));
    w.write('\n');
  }

  /** The random generator of copy {@code copy} of base line {@code baseLine}: independent of everything else. */
  static SplittableRandom random(long seed, long copy, long baseLine) {
    long h = seed * 0x9E3779B97F4A7C15L + copy;
    h = h * 0xBF58476D1CE4E5B9L + baseLine;
    return new SplittableRandom(h ^ (h >>> 31));
  }

  /** Copy {@code copy} (≥ 1) of a base line. */
  static Line perturb(Line line, long copy, SplittableRandom random, Donors donors) {
    List<String> paragraphs = new ArrayList<>();
    String title = null;
    for (String p : line.text().split("\n")) {
      String s = p.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (title == null) {
        title = s;
      } else {
        paragraphs.add(s);
      }
    }
    int op = random.nextInt(3);
    if (op == 0 && paragraphs.size() >= 2) {
      for (int i = paragraphs.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        paragraphs.set(i, paragraphs.set(j, paragraphs.get(i)));
      }
    } else if (op == 1 && paragraphs.size() >= 2) {
      paragraphs.remove(random.nextInt(paragraphs.size()));
    } else if (!paragraphs.isEmpty()) {
      paragraphs.add(random.nextInt(paragraphs.size() + 1), paragraphs.get(random.nextInt(paragraphs.size())));
    }
    if (!paragraphs.isEmpty() && !donors.isEmpty()) {
      int swaps = 2 + random.nextInt(5);
      for (int s = 0; s < swaps; s++) {
        int p = random.nextInt(paragraphs.size());
        paragraphs.set(p, swapWord(paragraphs.get(p), donors.word(random), random));
      }
    }
    StringBuilder text = new StringBuilder(line.text().length() + 64);
    if (title != null) {
      text.append(changeNumbers(title, random));
    }
    for (String p : paragraphs) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(changeNumbers(p, random));
    }
    String url = line.url() == null || line.url().isBlank() ? null : line.url() + "#r" + copy;
    return new Line(text.toString(), url);
  }

  /** {@code paragraph} with one of its words (letters only) replaced by {@code word}; as is when it has none. */
  static String swapWord(String paragraph, String word, SplittableRandom random) {
    String[] tokens = paragraph.split(" ", -1);
    int start = random.nextInt(tokens.length);
    for (int k = 0; k < tokens.length; k++) {
      int i = (start + k) % tokens.length;
      if (isWord(tokens[i])) {
        tokens[i] = word;
        return String.join(" ", tokens);
      }
    }
    return paragraph;
  }

  /** Every run of digits, with probability ½, replaced by another run of as many digits in the same script. */
  static String changeNumbers(String s, SplittableRandom random) {
    StringBuilder sb = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!Character.isDigit(c)) {
        if (sb != null) {
          sb.append(c);
        }
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && Character.isDigit(s.charAt(end))) {
        end++;
      }
      boolean change = random.nextBoolean();
      if (sb == null && change) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        for (int k = i; k < end; k++) {
          if (change) {
            char zero = (char) (s.charAt(k) - Character.digit(s.charAt(k), 10));
            int d = k == i && end - i > 1 ? 1 + random.nextInt(9) : random.nextInt(10);
            sb.append((char) (zero + d));
          } else {
            sb.append(s.charAt(k));
          }
        }
      }
      i = end;
    }
    return sb == null ? s : sb.toString();
  }

  static boolean isWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Words of the last {@value #DONORS} base articles read: a ring, so memory stays bounded. */
  static final class Donors {
    private final String[][] ring = new String[DONORS][];
    private int size;
    private int next;

    void add(String text) {
      List<String> words = new ArrayList<>(DONOR_WORDS);
      for (String t : text.split("\\s+")) {
        if (isWord(t) && words.size() < DONOR_WORDS) {
          words.add(t);
        }
      }
      if (words.isEmpty()) {
        return;
      }
      ring[next] = words.toArray(String[]::new);
      next = (next + 1) % DONORS;
      size = Math.min(size + 1, DONORS);
    }

    boolean isEmpty() {
      return size == 0;
    }

    String word(SplittableRandom random) {
      String[] words = ring[random.nextInt(size)];
      return words[random.nextInt(words.length)];
    }
  }
}
