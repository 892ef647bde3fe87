package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void spellingVariantsAreOneTypeWithTheirMostFrequentSpelling() {
    Vocabulary v = Vocabulary.of(List.of(new LemmaToken("أحمد", "أَحمَد", "NOUN"),
        new LemmaToken("احمد", "أحمد", "NOUN"),
        new LemmaToken("أحمد", "أحمد", "NOUN")));
    assertThat(v.types()).containsExactly(new WordType("احمد", "احمد", "أحمد", 3));
    assertThat(v.tokens()).isEqualTo(3);
    assertThat(v.lemmas()).isEqualTo(1);
    assertThat(v.ambiguous()).isZero();
  }

  @Test
  void aTypeWithSeveralLemmasKeepsTheMostFrequent() {
    Vocabulary v = Vocabulary.of(List.of(new LemmaToken("عمل", "عَمَل", "NOUN"), new LemmaToken("عمل", "عامِل", "NOUN"),
        new LemmaToken("عمل", "عامِل", "NOUN")));
    assertThat(v.types()).singleElement().extracting(WordType::lemma).isEqualTo("عامل");
    assertThat(v.ambiguous()).isEqualTo(1);
    Vocabulary tie = Vocabulary.of(List.of(new LemmaToken("ب", "ب", "NOUN"), new LemmaToken("ب", "ا", "NOUN")));
    assertThat(tie.types()).singleElement().extracting(WordType::lemma).isEqualTo("ا");
    assertThat(tie.ambiguous()).isEqualTo(1);
  }

  @Test
  void anUnknownLemmaIsTheWordItself() {
    Vocabulary v = Vocabulary.of(List.of(new LemmaToken("مدرسة", "_", "NOUN")));
    assertThat(v.types()).containsExactly(new WordType("مدرسه", "مدرسه", "مدرسة", 1));
  }

  @Test
  void wordsThatNormalizeToNothingAreSkipped() {
    Vocabulary v = Vocabulary.of(List.of(new LemmaToken("ـــ", "ـ", "NOUN"), new LemmaToken("\u064E", "_", "NOUN")));
    assertThat(v.types()).isEmpty();
    assertThat(v.tokens()).isZero();
  }

  @Test
  void typesAreOrderedByKey() {
    Vocabulary v = Vocabulary.of(List.of(new LemmaToken("ب", "ب", "NOUN"), new LemmaToken("ا", "ا", "NOUN"),
        new LemmaToken("ت", "ت", "NOUN")));
    assertThat(v.types()).extracting(WordType::key).containsExactly("ا", "ب", "ت");
  }
}
