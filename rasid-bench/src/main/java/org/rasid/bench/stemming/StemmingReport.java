package org.rasid.bench.stemming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasid.bench.Table;

/**
 * The results of {@code rasid bench stemmers} as text: a table per view for the terminal, and the Markdown section of
 * docs/stemming.md.
 *
 * @param results one per view, surface words first
 * @param byPartOfSpeech surface words scored within each part of speech of their host
 * @param speeds tokens per second by candidate name (NaN when not timed)
 * @param chains each candidate's chain, by name, in table order
 * @param facts lines about the run (command, date, machine, data, Hunspell), each rendered as a bullet
 * @param agreement the sentence on how far {@code RasidAnalyzers.stemmed()} agrees with the chosen chain
 */
public record StemmingReport(List<StemmerEvaluation.ViewResult> results,
    Map<String, StemmerEvaluation.ViewResult> byPartOfSpeech, Map<String, Double> speeds,
    Map<String, String> chains, List<String> facts, String agreement) {

  /** Marker name of this command's section in docs/stemming.md. */
  public static final String SECTION = "stemmers";

  /** The header of a new docs/stemming.md. */
  public static final String HEADER = """
      # Stemming for search

      How rasid's stemmed chain was chosen. The section between the `stemmers:start` and `stemmers:end` markers is
      written by `./rasid bench stemmers --md docs/stemming.md`; re-running it replaces that section and leaves the
      rest of this file alone.

      """;

  static final String METRIC = """
      For every pair of distinct word types (distinct after rasid's normalization), the treebank's lemmas say whether
      the two belong together. **Recall** is the share of same-lemma pairs that a chain gives the same stem (forms a
      search should find together); **precision** is the share of same-stem pairs that really share a lemma (what a
      stem does not wrongly merge); **F1** is their harmonic mean. Pairs are counted from group sizes (n(n-1)/2 per
      lemma group, stem group and (lemma, stem) group), not listed. A type with several lemmas keeps its most
      frequent one; lemmas are normalized like the words (so the noun and verb عمل are one lemma). `none` merges no
      two types, so its recall is 0 and its precision undefined. Tokens/s: whole passes of each chain (whitespace
      tokenizer included) over the surface words as running text, on one thread, after every chain has warmed up;
      the median of five rounds that take turns between chains. Rough figures from one JVM, for orders of
      magnitude.""";

  static final String BY_PART_OF_SPEECH = """
      The surface words again, split by the part of speech of their host, each part scored on its own (pairs within
      nouns, within proper nouns, ...).""";

  /** The tables for the terminal. */
  public String stdout() {
    StringBuilder sb = new StringBuilder();
    for (StemmerEvaluation.ViewResult result : results) {
      sb.append('\n').append(result.view().description()).append(": ").append(counts(result.vocabulary()))
          .append("\n\n").append(table(result)).append("best F1: ").append(best(result)).append('\n');
    }
    sb.append("\nF1 of surface words within each part of speech of their host\n\n").append(partOfSpeechTable());
    sb.append('\n').append(agreement).append('\n');
    return sb.toString();
  }

  /** The Markdown section, without its markers. */
  public String section() {
    StringBuilder sb = new StringBuilder("## Stemmer evaluation (UD Arabic PUD)\n\n");
    facts.forEach(f -> sb.append("- ").append(f).append('\n'));
    sb.append("\n### Metric\n\n").append(METRIC).append('\n');
    for (StemmerEvaluation.ViewResult result : results) {
      sb.append("\n### ").append(capitalized(result.view().description())).append("\n\n")
          .append(counts(result.vocabulary())).append(".\n\n").append(table(result))
          .append("\nHighest F1: ").append(best(result)).append(".\n");
    }
    sb.append("\n### F1 by part of speech (surface words)\n\n").append(BY_PART_OF_SPEECH).append("\n\n")
        .append(partOfSpeechTable());
    sb.append("\n### Chains\n\n");
    chains.forEach((name, chain) -> sb.append("- `").append(name).append("`: ").append(chain).append('\n'));
    sb.append('\n').append(agreement).append('\n');
    return sb.toString();
  }

  private String table(StemmerEvaluation.ViewResult result) {
    Table table = new Table("chain", "precision", "recall", "F1", "distinct stems", "tokens/s");
    for (StemmerEvaluation.Row row : result.rows()) {
      PairScore s = row.score();
      table.row(row.name(), ratio(s.precision()), ratio(s.recall()), ratio(s.f1()),
          String.format(Locale.ROOT, "%,d", s.stems()), rate(speeds.getOrDefault(row.name(), Double.NaN)));
    }
    return table.render();
  }

  private String partOfSpeechTable() {
    List<String> headers = new ArrayList<>(List.of("chain"));
    byPartOfSpeech.forEach((part, result) -> headers.add(
        String.format(Locale.ROOT, "%s (%,d types)", part, result.vocabulary().types().size())));
    Table table = new Table(headers.toArray(String[]::new));
    List<String> names = results.getFirst().rows().stream().map(StemmerEvaluation.Row::name).toList();
    for (int i = 0; i < names.size(); i++) {
      List<Object> cells = new ArrayList<>(List.of(names.get(i)));
      for (StemmerEvaluation.ViewResult result : byPartOfSpeech.values()) {
        cells.add(ratio(result.rows().get(i).score().f1()));
      }
      table.row(cells.toArray());
    }
    return table.render();
  }

  private static String counts(Vocabulary v) {
    return String.format(Locale.ROOT, "%,d tokens, %,d types, %,d lemmas, %,d types with more than one lemma",
        v.tokens(), v.types().size(), v.lemmas(), v.ambiguous());
  }

  private static String best(StemmerEvaluation.ViewResult result) {
    StemmerEvaluation.Row best = result.best();
    return "`" + best.name() + "` (" + ratio(best.score().f1()) + ")";
  }

  static String ratio(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
  }

  static String rate(double perSecond) {
    return Double.isNaN(perSecond) ? "–" : String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  private static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
