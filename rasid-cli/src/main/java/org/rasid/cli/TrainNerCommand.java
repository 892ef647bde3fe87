package org.rasid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasid.nlp.ner.NerData;
import org.rasid.nlp.ner.NerTagger;
import org.rasid.nlp.ner.NerTraining;
import org.rasid.nlp.ner.Names;
import org.rasid.nlp.ner.PerceptronTrainer;
import org.rasid.nlp.ner.Places;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rasid train-ner}: reproduces the shipped NER model from the shared data. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = {"Train the NER model on ANERcorp (and NewsFANE) from the shared data and write it; the same data"
        + " gives the same file byte for byte.",
        "Exit status: 0 done; 1 the data is missing or unreadable; 2 usage error."})
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the model (default: the shipped resource in the source tree,"
          + " rasid-nlp/src/main/resources/org/rasid/nlp/ner/" + NerTagger.MODEL_RESOURCE + ").")
  Path outFile;

  @Option(names = "--places-out", paramLabel = "FILE",
      description = "Also compile the place list from world-cities-ar into FILE (the shipped one is "
          + "rasid-nlp/src/main/resources/org/rasid/nlp/ner/" + Places.RESOURCE + "); training uses the list"
          + " already on the class path.")
  Path placesOut;

  @Option(names = "--names-out", paramLabel = "FILE",
      description = "Also compile the name parts from the CAMEO Arabic actor dictionary into FILE (the shipped one is "
          + "rasid-nlp/src/main/resources/org/rasid/nlp/ner/" + Names.RESOURCE + "); training uses the list"
          + " already on the class path.")
  Path namesOut;

  @Option(names = "--stack-folds", paramLabel = "K",
      description = "Folds of the jackknife that trains the second, stacked pass; 0 for one pass (default: the shipped"
          + " model's setting). A value other than the default does not reproduce the shipped model.")
  Integer stackFolds;

  @Option(names = "--word-dropout", paramLabel = "P",
      description = "Chance that a training token's identity features are hidden (default: the shipped model's"
          + " setting; another value does not reproduce the shipped model).")
  Float wordDropout;

  @Option(names = "--prune", paramLabel = "W",
      description = "Drop features whose averaged weights are all below W (default: the shipped model's setting;"
          + " another value does not reproduce the shipped model).")
  Float prune;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    if (placesOut != null) {
      Path csv = shared.resolve("data/gazetteers/world-cities-ar/world-cities.csv");
      var names = Places.compileWorldCities(csv);
      Files.write(placesOut, names, StandardCharsets.UTF_8);
      out.println("wrote " + names.size() + " place names to " + placesOut);
    }
    NerData data = NerData.load(shared);
    if (namesOut != null) {
      Path dict = shared.resolve("data/events/cameo-ar/dictionaries/actor_dict_ar_v4.txt");
      var lines = Names.compileCameo(dict, Names.commonWords(data.train()));
      Files.write(namesOut, lines, StandardCharsets.UTF_8);
      out.println("wrote " + lines.size() + " name parts to " + namesOut);
    }
    out.printf(Locale.ROOT, "data: ANERcorp train %d, dev %d, test %d sentences; NewsFANE usable for training %d, "
        + "held out %d%n", data.train().size(), data.dev().size(), data.test().size(), data.newsFaneTrain().size(),
        data.newsFaneTest().size());
    PerceptronTrainer.Settings settings = PerceptronTrainer.Settings.defaults();
    if (stackFolds != null) {
      settings = settings.withStackFolds(stackFolds);
    }
    if (wordDropout != null || prune != null) {
      settings = new PerceptronTrainer.Settings(settings.maxEpochs(), settings.patience(), settings.seed(),
          prune != null ? prune : settings.prune(), settings.clusters(),
          wordDropout != null ? wordDropout : settings.wordDropout(), settings.stackFolds());
    }
    NerTraining.Outcome outcome = NerTraining.train(data, settings, out::println);
    Path target = outFile != null ? outFile : defaultOut();
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(target, outcome.shipped().bytes());
    Path summary = target.resolveSibling(NerTagger.SUMMARY_RESOURCE);
    if (outFile == null) {
      Files.writeString(summary, NerTraining.summary(outcome, settings), StandardCharsets.UTF_8);
      out.println("wrote " + summary);
    }
    out.printf(Locale.ROOT, "wrote %s (%s, %,d bytes, %,d features) in %.1f s%n", target, outcome.shipped().name(),
        outcome.shipped().bytes().length, outcome.shipped().tagger().featureCount(),
        (System.nanoTime() - t0) / 1e9);
    out.flush();
    return RasidCli.OK;
  }

  static Path defaultOut() {
    String home = System.getenv("RASID_HOME");
    Path root = home == null ? Path.of(".") : Path.of(home);
    return root.resolve("rasid-nlp/src/main/resources/org/rasid/nlp/ner").resolve(NerTagger.MODEL_RESOURCE);
  }
}
