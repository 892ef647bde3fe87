package org.rasid.bench.stemming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The evaluation on {@link Snippets#SCHOOL}, whose scores can be worked out by hand. */
class StemmerEvaluationTest {
  private static final List<List<UdWord>> SENTENCES = Snippets.read(Snippets.SCHOOL);
  private static final List<Candidate> CANDIDATES = Candidates.builtIn();

  @AfterAll
  static void close() {
    CANDIDATES.forEach(Candidate::close);
  }

  private static Map<String, PairScore> scores(View view) {
    return StemmerEvaluation.evaluate(view, SENTENCES, CANDIDATES).rows().stream()
        .collect(Collectors.toMap(StemmerEvaluation.Row::name, StemmerEvaluation.Row::score));
  }

  private static Candidate candidate(String name) {
    return CANDIDATES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void surfaceWordsScoredByHand() {
    // Types: ذهب, الطلاب, المدرسه, يكتب, الطالب, مدرستها, كتابا, وبالمدرسه. Same-lemma pairs: الطلاب/الطالب (1)
    // and the three forms of مدرسه (3). rasid-light stems all three مدرسه forms to مدرس, but الطلاب to طلاب and
    // الطالب to طالب (a broken plural), so 3 of 4 pairs, none wrong. Light10 keeps the clitics of مدرستها
    // (مدرست) and وبالمدرسة (بالمدرس): nothing joined.
    Map<String, PairScore> scores = scores(View.SURFACE_WORDS);
    assertThat(scores.get(Candidates.RASID_CHOICE)).isEqualTo(new PairScore(4, 3, 3, 6));
    assertThat(scores.get("lucene-light10")).isEqualTo(new PairScore(4, 0, 0, 8));
    assertThat(scores.get("none")).isEqualTo(new PairScore(4, 0, 0, 8));
  }

  @Test
  void udWordsScoredByHand() {
    // Types: ذهب, الطلاب, الي, المدرسه, يكتب, الطالب, في, مدرست, ها, كتابا, و, ب. Same-lemma pairs: الطلاب/الطالب
    // and المدرسه/مدرست. rasid-light strips the past-tense ت of مدرست, a noun cut before its pronoun: 1 of 2.
    Map<String, PairScore> scores = scores(View.UD_WORDS);
    assertThat(scores.get(Candidates.RASID_CHOICE)).isEqualTo(new PairScore(2, 1, 1, 11));
    assertThat(scores.get("rasid-nouns")).isEqualTo(new PairScore(2, 0, 0, 12));
  }

  @Test
  void scoresEachPartOfSpeechOnItsOwn() {
    Map<String, StemmerEvaluation.ViewResult> byPart =
        StemmerEvaluation.byPartOfSpeech(View.SURFACE_WORDS, SENTENCES, CANDIDATES, List.of("NOUN", "VERB"));
    assertThat(byPart.keySet()).containsExactly("NOUN", "VERB");
    assertThat(byPart.get("NOUN").vocabulary().types()).hasSize(6);
    assertThat(byPart.get("NOUN").rows().get(CANDIDATES.size() - 1).score()).isEqualTo(new PairScore(4, 3, 3, 4));
    assertThat(byPart.get("VERB").vocabulary().types()).extracting(WordType::key).containsExactly("ذهب", "يكتب");
  }

  @Test
  void stemsTheMostFrequentSpellingOfEachType() {
    Vocabulary v = Vocabulary.of(View.SURFACE_WORDS.tokens(SENTENCES));
    Map<String, String> stems = v.types().stream().collect(Collectors.toMap(WordType::spelling,
        t -> candidate(Candidates.RASID_CHOICE).stem(t.spelling())));
    assertThat(stems).containsEntry("وبالمدرسة", "مدرس").containsEntry("يكتب", "كتب").containsEntry("كتابا", "كتاب");
  }

  @Test
  void theBestRowIsTheFirstWithTheHighestF1() {
    // On surface words rasid-nouns and rasid-light tie (no verb among the مدرسه forms); on UD words مدرست needs
    // the verb rule.
    assertThat(StemmerEvaluation.evaluate(View.SURFACE_WORDS, SENTENCES, CANDIDATES).best().name())
        .isEqualTo("rasid-nouns");
    assertThat(StemmerEvaluation.evaluate(View.UD_WORDS, SENTENCES, CANDIDATES).best().name())
        .isEqualTo(Candidates.RASID_CHOICE);
  }

  @Test
  void agreementCountsTypesStemmedAlike() {
    Vocabulary v = Vocabulary.of(View.SURFACE_WORDS.tokens(SENTENCES));
    Candidate chosen = candidate(Candidates.RASID_CHOICE);
    assertThat(StemmerEvaluation.agreement(chosen, chosen, v)).isEqualTo(v.types().size());
    assertThat(StemmerEvaluation.agreement(chosen, candidate("none"), v)).isEqualTo(1);
  }

  @Test
  void timesWholePassesOverRunningText() {
    String text = StemmerEvaluation.runningText(View.SURFACE_WORDS.tokens(SENTENCES));
    assertThat(text.split(" ")).hasSize(8);
    Map<String, Double> timed = StemmerEvaluation.tokensPerSecond(CANDIDATES, text, 1_000_000);
    assertThat(timed.keySet()).containsExactlyElementsOf(CANDIDATES.stream().map(Candidate::name).toList());
    assertThat(timed.values()).allSatisfy(rate -> assertThat(rate).isPositive());
    assertThat(StemmerEvaluation.tokensPerSecond(CANDIDATES, text, 0).values()).allSatisfy(r -> assertThat(r).isNaN());
  }

  @Test
  void everyCandidateGivesOneTermPerWord() {
    Function<Candidate, Long> terms = c -> c.countTerms("والمدرسة يكتبون كتابا");
    CANDIDATES.forEach(c -> assertThat(terms.apply(c)).as(c.name()).isEqualTo(3));
  }
}
