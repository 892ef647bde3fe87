package org.rasid.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasid.core.text.ArabicNormalizer;

/**
 * The NER data under the shared folder ({@code ../shared}), split the way rasid trains and reports:
 *
 * <ul>
 *   <li>ANERcorp {@code data/ner/anercorp/train.txt}: its last {@value #DEV_PERCENT}% of sentences are the dev set
 *       (epoch choice), the rest trains; {@code test.txt} (the CAMeL Lab test split) is never used for a decision.
 *   <li>NewsFANE Gold {@code data/ner/newsfane/NewsFANE_Gold_2014_170K.txt} is a re-annotation of ANERcorp's own
 *       text (its documents in another order, with the fine types of Alotaibi and Lee): about 30% of the word
 *       8-grams of both ANERcorp splits occur in it. So it is split by overlap, not by position: a NewsFANE sentence
 *       sharing a word {@value #OVERLAP_NGRAM}-gram (normalized) with ANERcorp test is <b>held out</b> (the same
 *       unseen text under another annotation scheme); one sharing not even a {@value #LEAK_NGRAM}-gram with
 *       ANERcorp test or dev may be extra training data (the shorter n-gram also catches copies edited in a word
 *       or two); the others are not used, so that test and dev stay unseen.
 * </ul>
 *
 * @param train ANERcorp train minus dev
 * @param dev ANERcorp dev
 * @param test ANERcorp test
 * @param newsFaneTrain the NewsFANE sentences usable for training (no shared text with ANERcorp test or dev)
 * @param newsFaneTest the held-out NewsFANE sentences (text shared with ANERcorp test)
 */
public record NerData(List<TaggedSentence> train, List<TaggedSentence> dev, List<TaggedSentence> test,
    List<TaggedSentence> newsFaneTrain, List<TaggedSentence> newsFaneTest) {
  /** Percent of ANERcorp train sentences, at the end, kept as dev. */
  public static final int DEV_PERCENT = 10;
  /** Word n-gram length that counts as shared text between NewsFANE and ANERcorp. */
  public static final int OVERLAP_NGRAM = 8;
  /** Word n-gram length of the stricter test that keeps near-copies of test and dev text out of training. */
  public static final int LEAK_NGRAM = 5;

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
    List<TaggedSentence> dev = all.subList(devStart, all.size());
    Set<String> testGrams = ngrams(test, OVERLAP_NGRAM);
    Set<String> leakGrams = ngrams(test, LEAK_NGRAM);
    leakGrams.addAll(ngrams(dev, LEAK_NGRAM));
    List<TaggedSentence> faneTrain = new ArrayList<>();
    List<TaggedSentence> faneTest = new ArrayList<>();
    for (TaggedSentence s : fane) {
      if (ngrams(List.of(s), OVERLAP_NGRAM).stream().anyMatch(testGrams::contains)) {
        faneTest.add(s);
      } else if (ngrams(List.of(s), LEAK_NGRAM).stream().noneMatch(leakGrams::contains)) {
        faneTrain.add(s);
      }
    }
    return new NerData(all.subList(0, devStart), dev, test, faneTrain, faneTest);
  }

  /** The normalized word n-grams of some sentences, space-joined. */
  static Set<String> ngrams(List<TaggedSentence> sentences, int n) {
    Set<String> out = new HashSet<>();
    for (TaggedSentence s : sentences) {
      List<String> w = s.words().stream().map(ArabicNormalizer::normalizeForSearch).toList();
      for (int i = 0; i + n <= w.size(); i++) {
        out.add(String.join(" ", w.subList(i, i + n)));
      }
    }
    return out;
  }

  public NerData {
    train = List.copyOf(train);
    dev = List.copyOf(dev);
    test = List.copyOf(test);
    newsFaneTrain = List.copyOf(newsFaneTrain);
    newsFaneTest = List.copyOf(newsFaneTest);
  }
}
