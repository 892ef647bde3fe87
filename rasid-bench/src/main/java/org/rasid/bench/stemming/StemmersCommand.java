package org.rasid.bench.stemming;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.MarkdownSections;
import org.rasid.bench.RunInfo;
import org.rasid.bench.UsageException;
import org.rasid.index.analysis.RasidAnalyzers;

/**
 * {@code rasid bench stemmers}: compares stemming chains on UD Arabic PUD by how well their conflation agrees with
 * the treebank's lemmas (see {@link PairScore}), and how fast they run.
 */
public final class StemmersCommand implements Command {
  static final String DEFAULT_SHARED = "../shared";
  /** Where UD Arabic PUD sits in the shared data folder. */
  static final Path PUD_DIR = Path.of("data", "ud", "ar-pud");
  static final int DEFAULT_SPEED_MS = 2_000;
  static final String HUNSPELL_SKIPPED = "hunspell-ar not installed, skipped";
  /** Where Hunspell goes in the table: after none and Lucene's, before rasid's. */
  private static final int HUNSPELL_ROW = 2;
  private static final long NANOS_PER_MS = 1_000_000L;
  /** Parts of speech of the F1 breakdown: the content words with enough types to score. */
  static final List<String> BREAKDOWN_UPOS = List.of("NOUN", "PROPN", "ADJ", "VERB");

  @Override
  public String summary() {
    return "compare Arabic stemmers on UD Arabic PUD lemmas: precision, recall, F1, tokens/s";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench stemmers [--shared DIR] [--md FILE] [--hunspell DIR] [--speed-ms N]

        Compares stemming chains (none, Lucene's Light10, Hunspell with hunspell-ar, rasid's) on the lemmas of UD
        Arabic PUD, DIR/%s/*.conllu. Over pairs of distinct word types: recall = share of same-lemma pairs given
        the same stem; precision = share of same-stem pairs that share a lemma; F1; distinct stems; tokens/s. Two
        views: words as written (clitics attached) and the treebank's words (clitics split off).
          --shared DIR    the shared data folder (default: %s); when it has no UD Arabic PUD the run is skipped
                          with exit status 0
          --md FILE       also write the results into FILE's <!-- %s:start --> … end section (docs/stemming.md)
          --hunspell DIR  folder with ar.aff and ar.dic (default: %s, from apt-get install hunspell-ar); when
                          absent the Hunspell chain is skipped
          --speed-ms N    timed milliseconds per chain (in 5 rounds, median), after as long again of warm-up
                          (default: %,d; 0: no timing)

        Exit status: 0 done or skipped, 2 bad usage.
        """.formatted(PUD_DIR, DEFAULT_SHARED, StemmingReport.SECTION, Candidates.DEFAULT_HUNSPELL_DIR,
        DEFAULT_SPEED_MS);
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws UsageException, IOException {
    Args args = Args.parse(argv, Set.of("--shared", "--md", "--hunspell", "--speed-ms"), Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    if (!args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positionals().getFirst() + "'");
    }
    Path pudDir = Path.of(args.value("--shared", DEFAULT_SHARED)).resolve(PUD_DIR).toAbsolutePath().normalize();
    Path hunspellDir = Path.of(args.value("--hunspell", Candidates.DEFAULT_HUNSPELL_DIR.toString()));
    long speedNanos = args.intValue("--speed-ms", DEFAULT_SPEED_MS, 0) * NANOS_PER_MS;
    String md = args.value("--md", null);

    List<Path> files = conlluFiles(pudDir);
    if (files.isEmpty()) {
      out.println("stemmers: skipped: no UD Arabic PUD (*.conllu) in " + pudDir
          + " (the shared data folder is not here; pass --shared DIR to point at it)");
      return OK;
    }
    List<List<UdWord>> sentences = new ArrayList<>();
    for (Path file : files) {
      sentences.addAll(ConllU.read(file));
    }
    List<String> facts = facts(argv, files, sentences);
    List<Candidate> candidates = new ArrayList<>(Candidates.builtIn());
    addHunspell(candidates, hunspellDir, facts, out);
    try {
      StemmingReport report = evaluate(sentences, candidates, speedNanos, facts, out);
      out.print(report.stdout());
      if (md != null) {
        MarkdownSections.update(Path.of(md), StemmingReport.SECTION, report.section(), StemmingReport.HEADER);
        out.println("updated section '" + StemmingReport.SECTION + "' of " + md);
      }
    } finally {
      candidates.forEach(Candidate::close);
    }
    return OK;
  }

  /** Command, date, JDK, machine and data, as report bullets; Hunspell's line is added when it is loaded. */
  private static List<String> facts(List<String> argv, List<Path> files, List<List<UdWord>> sentences) {
    String fileList = String.join(", ", files.stream().map(f -> "`" + f + "`").toList());
    return new ArrayList<>(List.of(
        "Command: `" + RunInfo.command("./rasid bench stemmers", argv) + "`",
        "Date: " + RunInfo.date(), "JDK: " + RunInfo.jdk(), "Machine: " + RunInfo.machine(),
        String.format(Locale.ROOT, "Data: UD Arabic PUD, %s: %,d sentences, %,d words. Licence CC BY-SA 3.0; read "
            + "from the shared data folder, not shipped with rasid", fileList, sentences.size(),
            sentences.stream().mapToInt(List::size).sum())));
  }

  private static StemmingReport evaluate(List<List<UdWord>> sentences, List<Candidate> candidates, long speedNanos,
      List<String> facts, PrintStream out) {
    List<StemmerEvaluation.ViewResult> results = new ArrayList<>();
    for (View view : List.of(View.SURFACE_WORDS, View.UD_WORDS)) {
      results.add(StemmerEvaluation.evaluate(view, sentences, candidates));
    }
    String text = StemmerEvaluation.runningText(View.SURFACE_WORDS.tokens(sentences));
    if (speedNanos > 0) {
      out.printf(Locale.ROOT, "stemmers: timing %d chains for about %.0f s ...%n", candidates.size(),
          2.0 * candidates.size() * speedNanos / 1e9);
    }
    Map<String, Double> speeds = StemmerEvaluation.tokensPerSecond(candidates, text, speedNanos);
    Map<String, String> chains = new LinkedHashMap<>();
    candidates.forEach(c -> chains.put(c.name(), c.chain()));
    Map<String, StemmerEvaluation.ViewResult> byPartOfSpeech =
        StemmerEvaluation.byPartOfSpeech(View.SURFACE_WORDS, sentences, candidates, BREAKDOWN_UPOS);
    return new StemmingReport(results, byPartOfSpeech, speeds, chains, facts,
        agreement(candidates, results.getFirst()));
  }

  /** Checks that the production chain, tokenizer and all, stems the surface words like the chain it was chosen as. */
  private static String agreement(List<Candidate> candidates, StemmerEvaluation.ViewResult surface) {
    Candidate chosen = candidates.stream().filter(c -> c.name().equals(Candidates.RASID_CHOICE)).findFirst()
        .orElseThrow();
    try (Candidate production = new Candidate("RasidAnalyzers.stemmed()", "production", RasidAnalyzers.stemmed())) {
      int same = StemmerEvaluation.agreement(production, chosen, surface.vocabulary());
      return String.format(Locale.ROOT, "`RasidAnalyzers.stemmed()` (StandardTokenizer, lower-casing) gives the "
          + "stem of `%s` for %,d of the %,d surface word types.", chosen.name(), same,
          surface.vocabulary().types().size());
    }
  }

  /** Adds the Hunspell chain after none and Lucene's when the dictionary is there and loads; says why not else. */
  private static void addHunspell(List<Candidate> candidates, Path dir, List<String> facts, PrintStream out) {
    long start = System.nanoTime();
    Optional<Candidate> hunspell;
    try {
      hunspell = Candidates.hunspell(dir);
    } catch (IOException | ParseException | RuntimeException e) {
      out.println("stemmers: hunspell-ar could not be loaded from " + dir + ", skipped: " + e);
      facts.add("Hunspell: could not be loaded from `" + dir + "` (" + e + "), skipped");
      return;
    }
    if (hunspell.isEmpty()) {
      out.println("stemmers: " + HUNSPELL_SKIPPED + " (no " + Candidates.HUNSPELL_AFFIX + " and "
          + Candidates.HUNSPELL_WORDS + " in " + dir + ")");
      facts.add("Hunspell: " + HUNSPELL_SKIPPED + " (`apt-get install hunspell-ar`)");
      return;
    }
    facts.add(String.format(Locale.ROOT, "Hunspell: Debian hunspell-ar (Ayaspell) from `%s`, loaded by Lucene in "
        + "%.1f s", dir, (System.nanoTime() - start) / 1e9));
    candidates.add(HUNSPELL_ROW, hunspell.get());
  }

  private static List<Path> conlluFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
  }
}
