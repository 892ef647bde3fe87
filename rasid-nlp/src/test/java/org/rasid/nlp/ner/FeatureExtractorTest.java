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

  private static Set<Long> set(long[] keys) {
    Set<Long> s = new HashSet<>();
    for (long k : keys) {
      s.add(k);
    }
    return s;
  }
}
