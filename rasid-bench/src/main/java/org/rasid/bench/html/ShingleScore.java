package org.rasid.bench.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring of the article-extraction benchmark (scrapinghub/article-extraction-benchmark, {@code evaluate.py}),
 * reproduced exactly.
 *
 * <ul>
 *   <li>Tokens: maximal runs of Python {@code \w} characters (Unicode letters, digits, numerics and {@code _});
 *       case kept. Combining marks (Arabic diacritics) split tokens, as in Python.
 *   <li>Shingles: every run of 4 consecutive tokens; a text of 1 to 3 tokens is one shorter shingle; no tokens,
 *       no shingles.
 *   <li>Per page: shingles counted as multisets; tp = Σ min(true, pred), fp = Σ excess predicted, fn = Σ missed;
 *       then tp, fp, fn divided by their sum (when not zero) so that every page weighs the same.
 *   <li>Precision is averaged over the pages with tp + fp > 0 (a page with an empty prediction does not count
 *       towards precision, and counts 0 towards recall); recall over the pages with tp + fn > 0. A page where both
 *       are empty counts in neither. Per page, precision is 1 when fp = fn = 0 and 0 when tp = fp = 0 (recall
 *       likewise).
 *   <li>F1 is the harmonic mean of the averaged precision and recall (not the mean of per-page F1s).
 * </ul>
 */
public final class ShingleScore {
  private ShingleScore() {}

  /** Shingle length of the benchmark. */
  public static final int NGRAM = 4;

  /** Normalized counts of one page. */
  public record Counts(double tp, double fp, double fn) {
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    /** The page's own F1 (for listing worst pages; not part of the benchmark's F1). */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Averages over pages. */
  public record Metrics(double precision, double recall, double f1, int pages) {}

  /** Tokens as Python's {@code re.findall(r'\w+', text)}. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Python's {@code str.isalnum() or '_'}: letters (L*), decimal digits, and other numerics (Nl, No). */
  static boolean isWord(int cp) {
    if (cp == '_') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** The shingle multiset of a text. */
  static Map<List<String>, Integer> shingles(String text) {
    List<String> t = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    int n = Math.max(1, t.size() - NGRAM + 1);
    for (int i = 0; i < n; i++) {
      List<String> s = t.subList(i, Math.min(t.size(), i + NGRAM));
      if (!s.isEmpty()) {
        out.merge(List.copyOf(s), 1, Integer::sum);
      }
    }
    return out;
  }

  /** Normalized tp, fp, fn of a prediction against the truth. */
  public static Counts page(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    return s > 0 ? new Counts(tp / s, fp / s, fn / s) : new Counts(0, 0, 0);
  }

  /** Benchmark metrics over pages; precision and recall are NaN when no page counts towards them. */
  public static Metrics metrics(List<Counts> pages) {
    double ps = 0;
    int pn = 0;
    double rs = 0;
    int rn = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        ps += c.precision();
        pn++;
      }
      if (c.tp() + c.fn() > 0) {
        rs += c.recall();
        rn++;
      }
    }
    double p = pn == 0 ? Double.NaN : ps / pn;
    double r = rn == 0 ? Double.NaN : rs / rn;
    double f1 = 2 * p * r / (p + r);
    return new Metrics(p, r, f1, pages.size());
  }
}
