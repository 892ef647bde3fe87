package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRoundTripTest {

  /** A tiny, realistic training set written for this test. */
  static List<TaggedSentence> tinyCorpus() {
    String[] lines = {
      "قال/O الرئيس/O اللبناني/O ميشال/B-PERS عون/I-PERS في/O بيروت/B-LOC ./O",
      "وأعلنت/O وزارة/B-ORG الخارجية/I-ORG الفرنسية/I-ORG أن/O الوزير/O جان/B-PERS إيف/I-PERS سيزور/O القاهرة/B-LOC ./O",
      "التقى/O الملك/O عبدالله/B-PERS وفدا/O من/O صندوق/B-ORG النقد/I-ORG الدولي/I-ORG في/O عمان/B-LOC ./O",
      "وذكرت/O وكالة/B-ORG رويترز/I-ORG أن/O الاجتماع/O عقد/O في/O دمشق/B-LOC ./O",
      "وصل/O رئيس/O الوزراء/O نجيب/B-PERS ميقاتي/I-PERS إلى/O باريس/B-LOC أمس/O ./O"
    };
    List<TaggedSentence> out = new ArrayList<>();
    for (String line : lines) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String pair : line.split(" ")) {
        int slash = pair.lastIndexOf('/');
        words.add(pair.substring(0, slash));
        tags.add(pair.substring(slash + 1));
      }
      out.add(new TaggedSentence(words, tags));
    }
    return out;
  }

  static PerceptronTrainer.Result train() {
    List<TaggedSentence> corpus = tinyCorpus();
    return PerceptronTrainer.train(corpus, corpus, List.of(),
        new PerceptronTrainer.Settings(5, 5, 1L, 0.0f, true, 0.1f), line -> {});
  }

  private static byte[] bytes(NerTagger tagger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tagger.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsItsTrainingDataAndReadsBackTheSame() throws IOException {
    NerTagger tagger = train().tagger();
    byte[] bytes = bytes(tagger);
    NerTagger back = NerTagger.read(bytes, "test");
    for (TaggedSentence s : tinyCorpus()) {
      assertThat(back.labels(s.words())).isEqualTo(s.tags());
    }
    assertThat(back.labelSet()).isEqualTo(tagger.labelSet()).startsWith("O");
    assertThat(back.featureCount()).isEqualTo(tagger.featureCount());
    assertThat(bytes(back)).isEqualTo(bytes);
  }

  /** A first pass, then a second pass over its own labels of the training data (no jackknife: a tiny corpus). */
  static PerceptronTrainer.Result trainStacked() {
    List<TaggedSentence> corpus = tinyCorpus();
    PerceptronTrainer.Settings settings = new PerceptronTrainer.Settings(5, 5, 1L, 0.0f, true, 0.1f);
    NerTagger first = PerceptronTrainer.train(corpus, corpus, List.of(), settings, line -> {}).tagger();
    int[][] labels = first.firstPassLabels(corpus.stream().map(TaggedSentence::words).toList());
    return PerceptronTrainer.train(corpus, corpus, List.of(), settings, line -> {},
        new PerceptronTrainer.Stacking(first, labels, labels));
  }

  @Test
  void aStackedModelReadsBackTheSameAndScoresBothPassesThroughOneTable() throws IOException {
    NerTagger tagger = trainStacked().tagger();
    assertThat(tagger.stacked()).isTrue();
    byte[] bytes = bytes(tagger);
    NerTagger back = NerTagger.read(bytes, "stacked");
    assertThat(back.stacked()).isTrue();
    assertThat(bytes(back)).isEqualTo(bytes);
    assertThat(bytes(trainStacked().tagger())).isEqualTo(bytes);
    List<List<String>> doc = tinyCorpus().stream().map(TaggedSentence::words).toList();
    // The fast path (one half-precision table for both passes) gives what the second model gives on its own keys.
    FeatureExtractor x = back.extractor();
    long[][][] keys = x.extractDocument(doc);
    int[][] first = back.firstPassLabels(doc);
    long[][][] secondKeys = FeatureExtractor.concat(keys, back.firstPass().features(),
        x.stack(doc, first, back.labelSet()));
    List<List<String>> fast = back.labelDocument(doc);
    for (int s = 0; s < doc.size(); s++) {
      List<String> reference = Arrays.stream(back.secondPass().decode(secondKeys[s]))
          .mapToObj(back.labelSet()::get).toList();
      assertThat(fast.get(s)).isEqualTo(reference);
      assertThat(fast.get(s)).isEqualTo(tinyCorpus().get(s).tags());
    }
  }

  @Test
  void theFamilyNameMarginTravelsWithTheModel() throws IOException {
    NerTagger tagger = train().tagger().withFamilyMargin(16);
    assertThat(NerTagger.read(bytes(tagger), "margin").familyMargin()).isEqualTo(16);
    assertThat(NerTagger.read(bytes(train().tagger()), "none").familyMargin()).isZero();
  }

  @Test
  void aOnePassModelIsNotStacked() {
    assertThat(train().tagger().stacked()).isFalse();
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    assertThat(bytes(train().tagger())).isEqualTo(bytes(train().tagger()));
  }

  @Test
  void rejectsAFileThatIsNotAModel() {
    assertThatThrownBy(() -> NerTagger.read("not a model at all".getBytes(), "junk.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("junk.bin");
  }

  @Test
  void rejectsATruncatedModel() throws IOException {
    byte[] bytes = bytes(train().tagger());
    assertThatThrownBy(() -> NerTagger.read(Arrays.copyOf(bytes, bytes.length / 2), "half.bin"))
        .isInstanceOf(IOException.class).hasMessageContaining("half.bin");
  }

  @Test
  void rejectsAnotherFormatVersion() throws IOException {
    byte[] bytes = bytes(train().tagger());
    bytes[ModelFormat.MAGIC.length + 3] = 99;
    assertThatThrownBy(() -> NerTagger.read(bytes, "v99.bin")).isInstanceOf(IOException.class)
        .hasMessageContaining("version 99");
  }
}
