package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {
  private final FeatureExtractor extractor = new FeatureExtractor(new Places(Set.of("بيروت", "ابو ظبي")),
      WordClusters.NONE);

  @Test
  void stripsStackedProcliticsAndAPronoun() {
    assertThat(Clitics.split("وبالعراق")).isEqualTo(new Clitics.Split("و+بال", "عراق", ""));
    assertThat(Clitics.split("للرئيس")).isEqualTo(new Clitics.Split("لل", "رئيس", ""));
    // Taa marbuta, normalized to ه, is taken for the pronoun ه as in rasid-index's ArabicClitics.
    assertThat(Clitics.split("فالحكومه")).isEqualTo(new Clitics.Split("فال", "حكوم", "ه"));
    assertThat(Clitics.split("حكومتها")).isEqualTo(new Clitics.Split("", "حكومه", "ها"));
    assertThat(Clitics.split("كتابهم")).isEqualTo(new Clitics.Split("", "كتاب", "هم"));
  }

  @Test
  void leavesShortWordsWhole() {
    assertThat(Clitics.split("ولد").stem()).isEqualTo("ولد");
    assertThat(Clitics.split("بحر").stem()).isEqualTo("بحر");
    assertThat(Clitics.split("الله").stem()).isEqualTo("له");
    assertThat(Clitics.stripProclitics("ودمشق")).isEqualTo("دمشق");
    // Repeated stripping takes a word-initial ب too: the documented price of the rules.
    assertThat(Clitics.split("وبيروت").stem()).isEqualTo("يروت");
  }

  @Test
  void shapesCollapseRunsOfAClass() {
    assertThat(FeatureExtractor.shape("العراق")).isEqualTo("a");
    assertThat(FeatureExtractor.shape("و6")).isEqualTo("a9");
    assertThat(FeatureExtractor.shape("1701")).isEqualTo("9");
    assertThat(FeatureExtractor.shape("NATO")).isEqualTo("X");
    assertThat(FeatureExtractor.shape("iPhone")).isEqualTo("xXx");
    assertThat(FeatureExtractor.shape("الـــعراق")).isEqualTo("a_a");
    assertThat(FeatureExtractor.shape("«")).isEqualTo("«");
    assertThat(FeatureExtractor.shape("مُحمد")).isEqualTo("a~a");
  }

  @Test
  void windowPadsAtSentenceEdges() {
    long[][] one = extractor.extract(List.of("بيروت"));
    assertThat(one).hasNumberOfRows(1);
    // The same word mid-sentence sees real neighbours instead of the padding, so its window features differ.
    long[][] three = extractor.extract(List.of("في", "بيروت", "امس"));
    Set<Long> edge = set(one[0]);
    Set<Long> middle = set(three[1]);
    assertThat(edge).isNotEqualTo(middle);
    Set<Long> shared = new HashSet<>(edge);
    shared.retainAll(middle);
    // Context-free features (word, affixes, stem, shape of the word itself) are the same in both places.
    assertThat(shared.size()).isGreaterThan(10);
    assertThat(extractor.extract(List.of())).isEmpty();
  }

  @Test
  void previousWordLandsInTheNextTokensWindow() {
    long[][] a = extractor.extract(List.of("الرئيس", "ميشال"));
    long[][] b = extractor.extract(List.of("السيد", "ميشال"));
    // Only the window features of ميشال differ: the word at −1 (normalized and stem), the bigrams, the trigger.
    Set<Long> onlyA = set(a[1]);
    onlyA.removeAll(set(b[1]));
    assertThat(onlyA).isNotEmpty().hasSizeLessThan(12);
  }

  @Test
  void placeGazetteerMatchesAfterProclitics() {
    FeatureExtractor none = new FeatureExtractor(new Places(Set.of()), WordClusters.NONE);
    // وبيروت is found as بيروت (one proclitic off), not lost as يروت (all off).
    assertThat(extractor.extract(List.of("وبيروت"))[0].length).isGreaterThan(none.extract(List.of("وبيروت"))[0].length);
    // A two-token name marks both tokens.
    long[][] with = extractor.extract(List.of("في", "أبو", "ظبي"));
    long[][] without = none.extract(List.of("في", "أبو", "ظبي"));
    assertThat(with[1].length).isGreaterThan(without[1].length);
    assertThat(with[2].length).isGreaterThan(without[2].length);
  }

  @Test
  void featuresAreTheSameWhetherCachedOrNot() {
    List<String> words = List.of("قال", "وزير", "الخارجية", "الفرنسي", "في", "أبو", "ظبي", "،", "إن", "2006");
    long[][] first = extractor.extract(words);
    long[][] again = extractor.extract(words);
    long[][] fresh = new FeatureExtractor(new Places(Set.of("بيروت", "ابو ظبي")), WordClusters.NONE).extract(words);
    assertThat(Arrays.deepEquals(first, again)).isTrue();
    assertThat(Arrays.deepEquals(first, fresh)).isTrue();
  }

  @Test
  void documentCuesCarryATitleToTheNameStandingAlone() {
    List<String> alone = List.of("وقال", "لحود", "إن", "الزيارة", "مهمة");
    List<String> titled = List.of("استقبل", "الرئيس", "لحود", "الوفد");
    List<String> unrelated = List.of("وصل", "الوفد", "إلى", "المطار");
    long[][][] withTitle = extractor.extractDocument(List.of(titled, alone));
    long[][][] withoutTitle = extractor.extractDocument(List.of(unrelated, alone));
    // لحود in the second sentence gets the person-title cue only when the first sentence introduced it so.
    assertThat(set(withTitle[1][1])).isNotEqualTo(set(withoutTitle[1][1]));
    assertThat(withTitle[1][1].length).isGreaterThan(withoutTitle[1][1].length);
    // Other words of that sentence are unaffected.
    assertThat(set(withTitle[1][3])).isEqualTo(set(withoutTitle[1][3]));
    // Out of the window, the cue is gone.
    List<List<String>> far = new java.util.ArrayList<>();
    far.add(titled);
    for (int i = 0; i < FeatureExtractor.DOCUMENT_WINDOW; i++) {
      far.add(unrelated);
    }
    far.add(alone);
    long[][][] farKeys = extractor.extractDocument(far);
    assertThat(set(farKeys[far.size() - 1][1])).isEqualTo(set(withoutTitle[1][1]));
  }

  @Test
  void aGivenNameMarksItselfAndTheWordAfterIt() {
    Names names = Names.parse(List.of("إبراهيم"), List.of());
    FeatureExtractor plain = new FeatureExtractor(new Places(Set.of()), WordClusters.NONE);
    FeatureExtractor named = new FeatureExtractor(new Places(Set.of()), WordClusters.NONE, names);
    List<String> words = List.of("الرئيس", "الإيراني", "إبراهيم", "رئيسي", "في", "طهران", "أمس");
    long[][] a = plain.extract(words);
    long[][] b = named.extract(words);
    // The name itself, the word before it and the word after it (a family name after a given name) gain features.
    assertThat(b[2].length).isGreaterThan(a[2].length);
    assertThat(b[3].length).isGreaterThan(a[3].length);
    assertThat(b[1].length).isGreaterThan(a[1].length);
    // Further away nothing changes.
    assertThat(set(b[5])).isEqualTo(set(a[5]));
    assertThat(set(b[6])).isEqualTo(set(a[6]));
    // The word after a given name is told apart from the same word after another word by more than the window.
    List<String> other = List.of("الرئيس", "الإيراني", "الجديد", "رئيسي", "في", "طهران", "أمس");
    Set<Long> namedDiff = set(b[3]);
    namedDiff.removeAll(set(named.extract(other)[3]));
    Set<Long> plainDiff = set(a[3]);
    plainDiff.removeAll(set(plain.extract(other)[3]));
    assertThat(namedDiff.size()).isGreaterThan(plainDiff.size());
  }

  @Test
  void stackedFeaturesSeeTheSameStemsLabelElsewhere() {
    List<String> labels = List.of("O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PERS", "I-PERS");
    int o = 0;
    int bPers = labels.indexOf("B-PERS");
    int iPers = labels.indexOf("I-PERS");
    List<String> first = List.of("مصطفى", "الكاظمي", "في", "طهران");
    List<String> second = List.of("ووصل", "الكاظمي", "أمس");
    List<List<String>> doc = List.of(first, second);
    long[][][] tagged = extractor.stack(doc, new int[][] {{bPers, iPers, o, o}, {o, o, o}}, labels);
    long[][][] untagged = extractor.stack(doc, new int[][] {{o, o, o, o}, {o, o, o}}, labels);
    // الكاظمي in the second sentence learns it was a person elsewhere; its own label is not counted as elsewhere.
    assertThat(set(tagged[1][1])).isNotEqualTo(set(untagged[1][1]));
    assertThat(tagged[1][1].length).isGreaterThan(3);
    long[][][] alone = extractor.stack(List.of(second), new int[][] {{o, bPers, o}}, labels);
    assertThat(alone[0][1]).hasSize(3); // the labels at −1…+1 only
    // A word seen nowhere else has only the label features; out of the window nothing is seen.
    assertThat(tagged[1][2]).hasSize(3);
    List<List<String>> far = new java.util.ArrayList<>();
    far.add(first);
    for (int i = 0; i < FeatureExtractor.DOCUMENT_WINDOW; i++) {
      far.add(List.of("وصل", "الوفد"));
    }
    far.add(second);
    int[][] farLabels = new int[far.size()][];
    farLabels[0] = new int[] {bPers, iPers, o, o};
    for (int i = 1; i < far.size(); i++) {
      farLabels[i] = new int[far.get(i).size()];
    }
    long[][][] farKeys = extractor.stack(far, farLabels, labels);
    assertThat(farKeys[far.size() - 1][1]).hasSize(3);
  }

  @Test
  void concatKeepsOnlyKnownFirstPassKeys() {
    LongIntMap keep = new LongIntMap(4);
    keep.put(11L, 0);
    long[][][] out = FeatureExtractor.concat(new long[][][] {{{11L, 12L}}}, keep, new long[][][] {{{99L}}});
    assertThat(out[0][0]).containsExactly(11L, 99L);
  }

  private static Set<Long> set(long[] keys) {
    Set<Long> s = new HashSet<>();
    for (long k : keys) {
      s.add(k);
    }
    return s;
  }
}
