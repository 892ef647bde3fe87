package org.rasid.bench.ner;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rasid.bench.Args;
import org.rasid.bench.Command;
import org.rasid.bench.UsageException;
import org.rasid.nlp.ner.EntityScorer;
import org.rasid.nlp.ner.NerData;
import org.rasid.nlp.ner.NerReport;
import org.rasid.nlp.ner.NerTagger;

/**
 * {@code rasid bench ner-gate}: the shipped NER model's overall F1 (conlleval, PERS/LOC/ORG) on ANERcorp test must
 * reach a floor.
 */
public final class NerGateCommand implements Command {
  @Override
  public String summary() {
    return "gate: NER F1 on ANERcorp test (PERS/LOC/ORG, conlleval) at least --min-f1";
  }

  @Override
  public String usage() {
    return """
        Usage: rasid bench ner-gate [--shared DIR] --min-f1 X [--model FILE]

        Scores the shipped NER model (or FILE) on ANERcorp dev and test and on the held-out NewsFANE sentences,
        prints the table, and checks that the overall F1 on ANERcorp test is at least X (in percent, e.g. 65.5).
          --shared DIR   the shared data folder (default: ../shared)
          --min-f1 X     the floor, in percent
          --model FILE   a model file instead of the shipped one

        Exit status: 0 the floor is reached, 1 it is not or the data is missing, 2 bad usage.
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("--shared", "--min-f1", "--model"), Set.of("--help", "-h"));
    if (args.has("--help") || args.has("-h")) {
      out.print(usage());
      return OK;
    }
    String min = args.value("--min-f1", null);
    if (min == null) {
      throw new UsageException("--min-f1 is required");
    }
    double floor;
    try {
      floor = Double.parseDouble(min);
    } catch (NumberFormatException e) {
      throw new UsageException("--min-f1 needs a number, not '" + min + "'");
    }
    Path shared = Path.of(args.value("--shared", "../shared"));
    if (!Files.isDirectory(NerData.anercorp(shared))) {
      err.println("rasid bench ner-gate: no ANERcorp data in " + NerData.anercorp(shared)
          + " (the gate needs ../shared)");
      return FAILED;
    }
    String model = args.value("--model", null);
    NerTagger tagger = model == null ? NerTagger.load() : NerTagger.read(Path.of(model));
    NerReport report = NerReport.evaluate(tagger, NerData.load(shared), "", -1);
    out.print(report.table());
    EntityScorer.Score test = report.row("ANERcorp test").scorer().score(null);
    double f1 = 100 * test.f1();
    boolean pass = f1 >= floor;
    out.printf(Locale.ROOT, "%nner-gate: ANERcorp test F1 %.2f, floor %.2f: %s%n", f1, floor, pass ? "PASS" : "FAIL");
    return pass ? OK : FAILED;
  }
}
