package org.rasid.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.nlp.ArabicTokenizer;
import org.rasid.nlp.Token;

class NerTaggerTest {
  private static final String TEXT = "بيروت - أعلن رئيس الوزراء اللبناني نجيب ميقاتي، اليوم الثلاثاء، أن وفدا من صندوق"
      + " النقد الدولي سيزور لبنان الأسبوع المقبل.\nوقال وزير المالية في حكومة تصريف الأعمال إن «المفاوضات مستمرة».";

  @Test
  void shippedModelLoadsAndTagsEveryToken() {
    NerTagger tagger = NerTagger.load();
    assertThat(tagger.labelSet()).contains("O", "B-PERS", "I-PERS", "B-LOC", "B-ORG");
    List<String> words = ArabicTokenizer.tokenize(TEXT).stream().map(Token::text).toList();
    List<String> labels = tagger.labels(words);
    assertThat(labels).hasSameSizeAs(words);
    assertThat(labels).allMatch(tagger.labelSet()::contains);
    assertThat(NerTagger.load()).isSameAs(tagger);
  }

  @Test
  void mentionsHaveOffsetsIntoTheText() {
    List<Mention> mentions = NerTagger.load().mentions(TEXT);
    assertThat(mentions).isNotEmpty();
    for (Mention m : mentions) {
      assertThat(TEXT.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.endToken()).isGreaterThan(m.firstToken());
    }
    assertThat(mentions).anySatisfy(m -> {
      assertThat(m.type()).isEqualTo(EntityType.LOCATION);
      assertThat(m.text()).isIn("بيروت", "لبنان");
    });
  }

  @Test
  void mentionsComeFromBioRunsIncludingInsideAfterOutside() {
    List<Token> tokens = ArabicTokenizer.tokenize("أ ب ج د");
    // Through the public path: a sentence is tagged and joined by Bio.spans, so I- after O starts a mention.
    assertThat(Bio.spans(List.of("O", "I-PERS", "I-PERS", "O"))).containsExactly(new Bio.Span("PERS", 1, 3));
    assertThat(tokens).hasSize(4);
  }

  @Test
  void longTokenListsAreTaggedInPieces() {
    List<String> words = java.util.Collections.nCopies(org.rasid.core.io.Limits.MAX_NER_SENTENCE_TOKENS * 2 + 3,
        "بيروت");
    assertThat(NerTagger.load().labels(words)).hasSize(words.size());
  }

  /** Sentences written for this test: a title, a given name, then a family name that is also a common word. */
  @Test
  void aFamilyNameAfterAGivenNameIsPartOfThePerson() {
    NerTagger tagger = NerTagger.load();
    assertThat(persons(tagger, "واستقبل الرئيس الإيراني إبراهيم رئيسي وفدا عراقيا في طهران أمس."))
        .contains("إبراهيم رئيسي");
    assertThat(persons(tagger, "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى الرياض في زيارة رسمية."))
        .contains("مصطفى الكاظمي");
  }

  private static List<String> persons(NerTagger tagger, String text) {
    return tagger.mentions(text).stream().filter(m -> m.type() == EntityType.PERSON).map(Mention::text).toList();
  }

  @Test
  void emptyTextHasNoMentions() {
    assertThat(NerTagger.load().mentions("")).isEmpty();
    assertThat(NerTagger.load().labels(List.of())).isEmpty();
  }
}
