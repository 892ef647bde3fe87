package org.rasid.nlp.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the shipped model is made ({@code rasid train-ner}): two candidates are trained with the same settings, one on
 * ANERcorp train alone and one on ANERcorp train plus the NewsFANE sentences that share no text with ANERcorp test
 * or dev ({@link NerData}); each is written in the model format and read back, and the one with the better ANERcorp
 * dev F1 is shipped. The word clusters of both learn from the words of their training sentences and of the usable
 * NewsFANE sentences. Deterministic: the same data gives the same bytes.
 */
public final class NerTraining {
  private NerTraining() {}

  /**
   * One trained candidate.
   *
   * @param name what it was trained on
   * @param result how training went
   * @param tagger the model as read back from {@code bytes} (what is evaluated and shipped)
   * @param bytes the model file
   * @param devF1 its ANERcorp dev F1, read back
   * @param testF1 its ANERcorp test F1, reported only (never used to choose)
   * @param newsFaneF1 its F1 on the held-out NewsFANE sentences, reported only
   */
  public record Candidate(String name, PerceptronTrainer.Result result, NerTagger tagger, byte[] bytes,
      double devF1, double testF1, double newsFaneF1) {}

  /**
   * Both candidates and the one shipped.
   *
   * @param candidates ANERcorp only, then ANERcorp + NewsFANE
   * @param shipped the candidate with the better dev F1 (the first on a tie)
   */
  public record Outcome(List<Candidate> candidates, Candidate shipped) {}

  /**
   * A deterministic Markdown summary of the training (no times or dates): settings, each candidate's epochs and dev
   * F1, the one shipped. {@code rasid train-ner} writes it next to the model ({@value NerTagger#SUMMARY_RESOURCE}).
   */
  public static String summary(Outcome outcome, PerceptronTrainer.Settings settings) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(java.util.Locale.ROOT, "Settings: at most %d epochs, patience %d, seed %d, word dropout "
        + "%.2f, pruning below %.2f, word clusters %s, %s.%n%n", settings.maxEpochs(), settings.patience(),
        settings.seed(), settings.wordDropout(), settings.prune(), settings.clusters() ? "on" : "off",
        settings.stackFolds() >= 2 ? "a second stacked pass over " + settings.stackFolds() + "-fold jackknifed"
            + " first-pass labels (epochs below: the second pass's)" : "one pass"));
    sb.append("Family-name rule margin (chosen on dev among ")
        .append(String.join(", ", java.util.stream.IntStream.range(0, FAMILY_MARGINS.length)
            .mapToObj(i -> String.format(java.util.Locale.ROOT, "%.0f", FAMILY_MARGINS[i])).toList()))
        .append("; 0 is off; ties go to the larger margin): ")
        .append(String.join(", ", outcome.candidates().stream().map(c -> String.format(java.util.Locale.ROOT,
            "%s %.0f", c.name(), c.tagger().familyMargin())).toList()))
        .append(".\n\n");
    sb.append("The shipped candidate is the one with the better ANERcorp dev F1; the test and NewsFANE columns are"
        + " reported, never used to choose.\n\n");
    sb.append("| candidate | epochs run | epoch kept | dev F1 | ANERcorp test F1 | NewsFANE held-out F1 |"
        + " features seen | features kept | file bytes |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Candidate c : outcome.candidates()) {
      sb.append(String.format(java.util.Locale.ROOT, "| %s%s | %d | %d | %.2f | %.2f | %.2f | %,d | %,d | %,d |%n",
          c.name(), c == outcome.shipped() ? " (**shipped**)" : "", c.result().epochs().size(),
          c.result().bestEpoch(), 100 * c.devF1(), 100 * c.testF1(), 100 * c.newsFaneF1(),
          c.result().featuresSeen(), c.result().features(), c.bytes().length));
    }
    sb.append("\nDev F1 after each epoch (averaged weights, before pruning):\n\n");
    for (Candidate c : outcome.candidates()) {
      sb.append("- ").append(c.name()).append(": ");
      sb.append(String.join(", ", c.result().epochs().stream()
          .map(e -> String.format(java.util.Locale.ROOT, "%.2f", 100 * e.devF1())).toList()));
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Trains both candidates. */
  public static Outcome train(NerData data, PerceptronTrainer.Settings settings, Consumer<String> log) {
    List<List<String>> unlabeled = new ArrayList<>();
    data.newsFaneTrain().forEach(s -> unlabeled.add(s.words()));
    List<Candidate> candidates = new ArrayList<>();
    log.accept("== ANERcorp train (" + data.train().size() + " sentences)");
    candidates.add(candidate("ANERcorp", data.train(), data, unlabeled, settings, log));
    List<TaggedSentence> both = new ArrayList<>(data.train());
    both.addAll(data.newsFaneTrain());
    log.accept("== ANERcorp train + NewsFANE (" + both.size() + " sentences)");
    candidates.add(candidate("ANERcorp + NewsFANE", both, data, List.of(), settings, log));
    Candidate best = candidates.getFirst();
    for (Candidate c : candidates) {
      if (c.devF1() > best.devF1()) {
        best = c;
      }
    }
    log.accept("shipped: " + best.name());
    return new Outcome(List.copyOf(candidates), best);
  }

  /**
   * The second pass over {@code first}: the training sentences' first-pass labels come from {@link
   * PerceptronTrainer.Settings#stackFolds()} models, each trained without one contiguous fold and tagging that fold
   * (so the second pass learns how far to trust labels on unseen text, not on text the first pass was trained on);
   * the dev labels come from {@code first}, as at tagging time.
   */
  static PerceptronTrainer.Result stack(PerceptronTrainer.Result first, List<TaggedSentence> train, NerData data,
      List<List<String>> unlabeled, PerceptronTrainer.Settings settings, Consumer<String> log) {
    int k = settings.stackFolds();
    List<String> labels = first.tagger().labelSet();
    int[][] trainLabels = new int[train.size()][];
    for (int f = 0; f < k; f++) {
      int from = (int) ((long) f * train.size() / k);
      int to = (int) ((long) (f + 1) * train.size() / k);
      List<TaggedSentence> rest = new ArrayList<>(train.subList(0, from));
      rest.addAll(train.subList(to, train.size()));
      PerceptronTrainer.Result fold = PerceptronTrainer.train(rest, data.dev(), unlabeled, settings, line -> {});
      List<String> foldLabels = fold.tagger().labelSet();
      int[][] tagged = fold.tagger().firstPassLabels(
          train.subList(from, to).stream().map(TaggedSentence::words).toList());
      for (int s = 0; s < tagged.length; s++) {
        int[] mapped = new int[tagged[s].length];
        for (int i = 0; i < mapped.length; i++) {
          mapped[i] = Math.max(0, labels.indexOf(foldLabels.get(tagged[s][i])));
        }
        trainLabels[from + s] = mapped;
      }
      log.accept(String.format(java.util.Locale.ROOT, "stacking fold %d/%d: sentences %d-%d tagged by a model of"
          + " the other %d (kept epoch %d)", f + 1, k, from, to, rest.size(), fold.bestEpoch()));
    }
    int[][] devLabels = first.tagger().firstPassLabels(data.dev().stream().map(TaggedSentence::words).toList());
    log.accept("second pass:");
    PerceptronTrainer.Result second = PerceptronTrainer.train(train, data.dev(), unlabeled, settings, log,
        new PerceptronTrainer.Stacking(first.tagger(), trainLabels, devLabels));
    return new PerceptronTrainer.Result(second.tagger(), second.epochs(), second.bestEpoch(),
        first.featuresSeen() + second.featuresSeen(), first.features() + second.features());
  }

  /**
   * Margins of the {@link FamilyNames} rule tried on dev. Ties go to the larger margin: the rule exists for names the
   * tagger misses, so it is given the widest reach that costs nothing on dev.
   */
  static final float[] FAMILY_MARGINS = {0, 2, 4, 8, 16, 32, 64, 128, 256, 512};

  /** The trained model with the {@link FamilyNames} margin of {@link #FAMILY_MARGINS} that scores best on dev. */
  static PerceptronTrainer.Result chooseFamilyMargin(PerceptronTrainer.Result result, List<TaggedSentence> dev,
      Consumer<String> log) {
    NerTagger best = result.tagger();
    double bestF1 = -1;
    StringBuilder line = new StringBuilder("family-name margin, dev F1:");
    for (float m : FAMILY_MARGINS) {
      NerTagger t = result.tagger().withFamilyMargin(m);
      double f1 = NerEvaluation.score(t, dev).score(null).f1();
      line.append(String.format(java.util.Locale.ROOT, " %.0f: %.2f", m, 100 * f1));
      if (f1 >= bestF1) {
        bestF1 = f1;
        best = t;
      }
    }
    log.accept(line + "; kept " + best.familyMargin());
    return new PerceptronTrainer.Result(best, result.epochs(), result.bestEpoch(), result.featuresSeen(),
        result.features());
  }

  private static Candidate candidate(String name, List<TaggedSentence> train, NerData data,
      List<List<String>> unlabeled, PerceptronTrainer.Settings settings, Consumer<String> log) {
    PerceptronTrainer.Result result = PerceptronTrainer.train(train, data.dev(), unlabeled, settings, log);
    if (settings.stackFolds() >= 2) {
      result = stack(result, train, data, unlabeled, settings, log);
    }
    result = chooseFamilyMargin(result, data.dev(), log);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      result.tagger().write(out);
      byte[] bytes = out.toByteArray();
      NerTagger tagger = NerTagger.read(bytes, name);
      double devF1 = NerEvaluation.score(tagger, data.dev()).score(null).f1();
      double testF1 = NerEvaluation.score(tagger, data.test()).score(null).f1();
      double faneF1 = NerEvaluation.score(tagger, data.newsFaneTest()).score(null).f1();
      log.accept(String.format(java.util.Locale.ROOT, "%s: dev F1 %.2f (read back), %,d bytes; reported only: "
          + "ANERcorp test F1 %.2f, NewsFANE held-out F1 %.2f", name, 100 * devF1, bytes.length, 100 * testF1,
          100 * faneF1));
      return new Candidate(name, result, tagger, bytes, devF1, testF1, faneF1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
