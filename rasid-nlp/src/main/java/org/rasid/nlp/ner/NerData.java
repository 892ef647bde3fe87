package org.rasid.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The NER data under the shared folder ({@code ../shared}), split the way rasid trains and reports:
 *
 * <ul>
 *   <li>ANERcorp {@code data/ner/anercorp/train.txt}: its last {@value #DEV_PERCENT}% of sentences are the dev set
 *       (epoch choice), the rest trains; {@code test.txt} (the CAMeL Lab test split) is never used for a decision.
 *   <li>NewsFANE Gold {@code data/ner/newsfane/NewsFANE_Gold_2014_170K.txt}: the first {@value
 *       #NEWSFANE_TRAIN_PERCENT}% of sentences may be extra training data; the last {@code 100 − }{@value
 *       #NEWSFANE_TRAIN_PERCENT}% are held out for the out-of-domain evaluation.
 * </ul>
 *
 * @param train ANERcorp train minus dev
 * @param dev ANERcorp dev
 * @param test ANERcorp test
 * @param newsFaneTrain the NewsFANE part usable for training
 * @param newsFaneTest the held-out NewsFANE part
 */
public record NerData(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test,
    List<TaggedSentence> newsFaneTrain, List<TaggedSentence> newsFaneTest) {
  /** Percent of ANERcorp train sentences, at the end, kept as dev. */
  public static final int DEV_PERCENT = 10;
  /** Percent of NewsFANE sentences, at the start, usable for training. */
  public static final int NEWSFANE_TRAIN_PERCENT = 80;

  public static Path anercorp(Path shared) {
    return shared.resolve("data/ner/anercorp");
  }

  public static Path newsFane(Path shared) {
    return shared.resolve("data/ner/newsfane/NewsFANE_Gold_2014_170K.txt");
  }

  /**
   * Reads and splits the data.
   *
   * @throws NoSuchFileException naming the missing file when the shared data is not there
   */
  public static NerData load(Path shared) throws IOException {
    Path dir = anercorp(shared);
    for (Path p : List.of(dir.resolve("train.txt"), dir.resolve("test.txt"), newsFane(shared))) {
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null, "the NER data is missing (it lives in ../shared)");
      }
    }
    List<TaggedSentence> all = Conll.readTokenTag(dir.resolve("train.txt"));
    int devStart = all.size() - all.size() * DEV_PERCENT / 100;
    List<TaggedSentence> test = Conll.readTokenTag(dir.resolve("test.txt"));
    List<TaggedSentence> fane = Conll.readNewsFane(newsFane(shared));
    int faneSplit = fane.size() * NEWSFANE_TRAIN_PERCENT / 100;
    return new NerData(all.subList(0, devStart), all.subList(devStart, all.size()), test,
        fane.subList(0, faneSplit), fane.subList(faneSplit, fane.size()));
  }

  public NerData {
    train = List.copyOf(train);
    dev = List.copyOf(dev);
    test = List.copyOf(test);
    newsFaneTrain = List.copyOf(newsFaneTrain);
    newsFaneTest = List.copyOf(newsFaneTest);
  }
}
