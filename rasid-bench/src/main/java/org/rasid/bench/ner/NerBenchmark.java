package org.rasid.bench.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.rasid.nlp.ArabicTokenizer;
import org.rasid.nlp.ner.Conll;
import org.rasid.nlp.ner.NerTagger;
import org.rasid.nlp.ner.TaggedSentence;

/**
 * NER throughput in tokens per second: one invocation tags {@value #TOKENS} tokens, so with one thread the score is
 * tokens/s per core. {@code labels} tags pre-tokenized sentences (the ANERcorp test split when the shared folder is
 * there, cut to exactly {@value #TOKENS} tokens; else a built-in Arabic text repeated); {@code mentions} tokenizes
 * and tags raw text of the same tokens (sentences joined by spaces and line breaks), then joins BIO runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NerBenchmark {
  /** Tokens per invocation; a compile-time constant because {@code @OperationsPerInvocation} needs one. */
  public static final int TOKENS = 20_000;
  /** System property naming the shared data folder. */
  public static final String SHARED_PROPERTY = "rasid.bench.shared";

  static final String BUILT_IN = "أعلن الرئيس اللبناني ميشال عون اليوم في بيروت أن الحكومة ستعقد اجتماعا مع وفد من"
      + " صندوق النقد الدولي ، وقال وزير المالية يوسف خليل لوكالة الأنباء الفرنسية إن المفاوضات « مستمرة » .";

  private List<List<String>> sentences;
  private List<String> texts;
  private NerTagger tagger;

  @Setup(Level.Trial)
  public void load() throws IOException {
    sentences = sentences(Path.of(System.getProperty(SHARED_PROPERTY, "../shared")));
    texts = new ArrayList<>();
    for (List<String> s : sentences) {
      texts.add(String.join(" ", s));
    }
    tagger = NerTagger.load();
  }

  /** Exactly {@value #TOKENS} tokens in sentences: ANERcorp test when present, else the built-in text. */
  static List<List<String>> sentences(Path shared) throws IOException {
    Path test = shared.resolve("data/ner/anercorp/test.txt");
    List<List<String>> source = new ArrayList<>();
    if (Files.isRegularFile(test)) {
      for (TaggedSentence s : Conll.readTokenTag(test)) {
        source.add(s.words());
      }
    } else {
      source.add(ArabicTokenizer.tokenize(BUILT_IN).stream().map(t -> t.text()).toList());
    }
    List<List<String>> out = new ArrayList<>();
    int left = TOKENS;
    for (int i = 0; left > 0; i = (i + 1) % source.size()) {
      List<String> s = source.get(i);
      List<String> piece = s.subList(0, Math.min(left, s.size()));
      if (!piece.isEmpty()) {
        out.add(piece);
        left -= piece.size();
      }
    }
    return out;
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void labels(Blackhole bh) {
    for (List<String> s : sentences) {
      bh.consume(tagger.labels(s));
    }
  }

  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public void mentions(Blackhole bh) {
    for (String t : texts) {
      bh.consume(tagger.mentions(t));
    }
  }
}
