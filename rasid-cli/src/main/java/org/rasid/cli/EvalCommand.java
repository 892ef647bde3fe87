package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasid.nlp.ner.NerData;
import org.rasid.nlp.ner.NerReport;
import org.rasid.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid eval}: quality evaluations over the shared data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate rasid on the shared data.",
    subcommands = {EvalCommand.Ner.class})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return RasidCli.USAGE;
  }

  /** {@code rasid eval ner}: the NER table, ours beside the published numbers. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Score the NER model (conlleval, entity level, PERS/LOC/ORG) on ANERcorp dev and test and on"
          + " the held-out NewsFANE sentences; print the table beside the published numbers.",
          "Exit status: 0 done; 1 the data is missing or unreadable; 2 usage error."})
  static final class Ner implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
        description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--md", paramLabel = "FILE", description = "Also write the report to FILE (e.g. docs/ner.md).")
    Path md;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file (default: the shipped model).")
    Path model;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      NerData data = NerData.load(shared);
      long t0 = System.nanoTime();
      NerTagger tagger = NerCommand.tagger(model);
      long loadMillis = (System.nanoTime() - t0) / 1_000_000;
      NerReport report = NerReport.evaluate(tagger, data, model == null ? NerTagger.shippedSummary() : "",
          loadMillis);
      out.print(report.table());
      if (md != null) {
        Path parent = md.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        out.println("wrote " + md);
      }
      out.flush();
      return RasidCli.OK;
    }
  }
}
