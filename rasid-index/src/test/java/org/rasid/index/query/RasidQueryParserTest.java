package org.rasid.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.query.QueryNode.All;
import org.rasid.index.query.QueryNode.And;
import org.rasid.index.query.QueryNode.DateRange;
import org.rasid.index.query.QueryNode.Filter;
import org.rasid.index.query.QueryNode.FilterField;
import org.rasid.index.query.QueryNode.Not;
import org.rasid.index.query.QueryNode.Or;
import org.rasid.index.query.QueryNode.Phrase;
import org.rasid.index.query.QueryNode.Word;

class RasidQueryParserTest {

  private static void check(String query, QueryNode expected) {
    assertThat(RasidQueryParser.parse(query)).as("parse(%s)", query).isEqualTo(expected);
  }

  private static void rejects(String query, String... messageParts) {
    assertThatThrownBy(() -> RasidQueryParser.parse(query)).as("parse(%s)", query)
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContainingAll(messageParts);
  }

  private static Word w(String text) {
    return new Word(text);
  }

  private static And and(QueryNode... children) {
    return new And(List.of(children));
  }

  private static Or or(QueryNode... children) {
    return new Or(List.of(children));
  }

  // Words and operators.

  @Test
  void blankQueryMatchesEverything() {
    check("", new All());
    check("   \t ", new All());
    check(null, new All());
  }

  @Test
  void oneWordIsAWord() {
    check("إيران", w("إيران"));
  }

  @Test
  void wordsAreJoinedByAnd() {
    check("إيران  فيينا", and(w("إيران"), w("فيينا")));
  }

  @Test
  void explicitAndIsTheSameAsNone() {
    check("إيران AND فيينا", and(w("إيران"), w("فيينا")));
  }

  @Test
  void orJoinsAlternatives() {
    check("فيينا OR بغداد", or(w("فيينا"), w("بغداد")));
  }

  @Test
  void orBindsTighterThanAnd() {
    check("اتفاق فيينا OR طهران", and(w("اتفاق"), or(w("فيينا"), w("طهران"))));
  }

  @Test
  void lowerCaseOperatorsAreWords() {
    check("oil or gas", and(w("oil"), w("or"), w("gas")));
  }

  @Test
  void parenthesesGroup() {
    check("(فيينا OR بغداد) مدرسة", and(or(w("فيينا"), w("بغداد")), w("مدرسة")));
    check("((فيينا))", w("فيينا"));
  }

  // Phrases.

  @Test
  void quotesMakeAPhrase() {
    check("\"اتفاق نووي\"", new Phrase("اتفاق نووي"));
  }

  @Test
  void arabicAndTypographicQuotesMakeAPhrase() {
    check("«الاتفاق النووي»", new Phrase("الاتفاق النووي"));
    check("“الاتفاق النووي”", new Phrase("الاتفاق النووي"));
  }

  @Test
  void phraseNextToAWordWithoutSpace() {
    check("إيران\"اتفاق نووي\"", and(w("إيران"), new Phrase("اتفاق نووي")));
  }

  // Exclusion.

  @Test
  void minusExcludesAWord() {
    check("الاتفاق -فيينا", and(w("الاتفاق"), new Not(w("فيينا"))));
  }

  @Test
  void minusExcludesAPhraseAGroupAndAFilter() {
    check("-\"اتفاق نووي\"", new Not(new Phrase("اتفاق نووي")));
    check("-(فيينا OR بغداد)", new Not(or(w("فيينا"), w("بغداد"))));
    check("-source:الجزيرة", new Not(new Filter(FilterField.SOURCE, "الجزيرة")));
  }

  @Test
  void loneDashIsPunctuation() {
    check("بغداد - رويترز", and(w("بغداد"), w("رويترز")));
  }

  @Test
  void plusIsTheDefault() {
    check("+بغداد", w("بغداد"));
  }

  @Test
  void innerHyphenStaysInTheWord() {
    check("covid-19", w("covid-19"));
  }

  // Filters.

  @Test
  void sourceFilterTakesAWordOrQuotedValue() {
    check("source:الجزيرة", new Filter(FilterField.SOURCE, "الجزيرة"));
    check("source:\"الترا صوت\"", new Filter(FilterField.SOURCE, "الترا صوت"));
    check("source:«الترا صوت»", new Filter(FilterField.SOURCE, "الترا صوت"));
  }

  @Test
  void authorAndLangFilters() {
    check("author:\"أحمد علي\" lang:ar",
        and(new Filter(FilterField.AUTHOR, "أحمد علي"), new Filter(FilterField.LANG, "ar")));
  }

  @Test
  void filterNamesIgnoreCase() {
    check("Source:Reuters", new Filter(FilterField.SOURCE, "Reuters"));
  }

  @Test
  void fromStartsAtTheFirstDayOfThePeriod() {
    check("from:2021-09-12", new DateRange(LocalDate.of(2021, 9, 12), null));
    check("from:2021-09", new DateRange(LocalDate.of(2021, 9, 1), null));
    check("from:2021", new DateRange(LocalDate.of(2021, 1, 1), null));
  }

  @Test
  void toEndsAfterTheLastDayOfThePeriod() {
    check("to:2021-09-12", new DateRange(null, LocalDate.of(2021, 9, 13)));
    check("to:2021-09", new DateRange(null, LocalDate.of(2021, 10, 1)));
    check("to:2021", new DateRange(null, LocalDate.of(2022, 1, 1)));
    check("to:2021-12", new DateRange(null, LocalDate.of(2022, 1, 1)));
  }

  @Test
  void datesMayUseArabicIndicDigits() {
    check("from:٢٠٢١-٠٩-١٢", new DateRange(LocalDate.of(2021, 9, 12), null));
  }

  @Test
  void unknownPrefixesStayWords() {
    check("https://example.org", w("https://example.org"));
    check("10:30", w("10:30"));
  }

  @Test
  void everythingTogether() {
    check("(إيران OR طهران) \"اتفاق نووي\" -فيينا source:\"الترا صوت\" from:2021-09 to:2021",
        and(or(w("إيران"), w("طهران")), new Phrase("اتفاق نووي"), new Not(w("فيينا")),
            new Filter(FilterField.SOURCE, "الترا صوت"), new DateRange(LocalDate.of(2021, 9, 1), null),
            new DateRange(null, LocalDate.of(2022, 1, 1))));
  }

  // Errors.

  @Test
  void unbalancedQuoteIsRejected() {
    rejects("\"اتفاق نووي", "quote at character 1", "never closed");
    rejects("source:\"الترا صوت", "never closed");
  }

  @Test
  void emptyQuotesAreRejected() {
    rejects("إيران \"\"", "Empty quotes at character 7");
  }

  @Test
  void unbalancedParenthesesAreRejected() {
    rejects("(فيينا OR بغداد", "\"(\" at character 1 is never closed");
    rejects("فيينا)", "Unexpected \")\" at character 6");
    rejects("()", "Empty parentheses");
  }

  @Test
  void invalidDatesAreRejected() {
    rejects("from:2021-13-01", "from:2021-13-01 is not a valid date", "YYYY-MM-DD");
    rejects("to:2021-02-30", "to:2021-02-30 is not a valid date");
    rejects("from:yesterday", "from:yesterday is not a valid date");
    rejects("from:21-09-12", "not a valid date");
  }

  @Test
  void filtersWithoutValueAreRejected() {
    rejects("source:", "source: at character 1 needs a value", "source:\"الترا صوت\"");
    rejects("إيران author: فيينا", "author: at character 7 needs a value");
    rejects("source:\"  \"", "source: at character 1 needs a value");
    rejects("from:", "from: at character 1 needs a value");
  }

  @Test
  void misplacedOperatorsAreRejected() {
    rejects("OR إيران", "\"OR\" at character 1 must stand between two");
    rejects("إيران OR", "\"OR\" at character 7 must stand between two");
    rejects("إيران AND AND فيينا", "\"AND\" at character 7");
    rejects("(إيران OR) فيينا", "\"OR\" at character 8");
    rejects("إيران -OR فيينا", "\"-\" at character 7 must be followed");
  }

  @Test
  void tooLongQueryIsRejected() {
    check("ا".repeat(RasidQueryParser.MAX_QUERY_CHARS), w("ا".repeat(RasidQueryParser.MAX_QUERY_CHARS)));
    rejects("ا".repeat(RasidQueryParser.MAX_QUERY_CHARS + 1), "1001 characters long", "limit is 1000");
  }

  @Test
  void tooManyClausesAreRejected() {
    String sixtyFour = "كلمة ".repeat(RasidQueryParser.MAX_CLAUSES);
    assertThat(RasidQueryParser.parse(sixtyFour)).isInstanceOf(And.class);
    rejects(sixtyFour + "أخرى", "more than 64 words, phrases and filters");
    rejects("source:x ".repeat(RasidQueryParser.MAX_CLAUSES + 1), "more than 64");
  }

  @Test
  void tooDeepNestingIsRejected() {
    int depth = RasidQueryParser.MAX_DEPTH;
    check("(".repeat(depth) + "إيران" + ")".repeat(depth), w("إيران"));
    rejects("(".repeat(depth + 1) + "إيران" + ")".repeat(depth + 1), "nested more than 8 levels");
  }

  @Test
  void scoringDependsOnWordsAndPhrasesOnly() {
    assertThat(QueryNode.scores(RasidQueryParser.parse("source:x from:2021"))).isFalse();
    assertThat(QueryNode.scores(RasidQueryParser.parse("-إيران"))).isFalse();
    assertThat(QueryNode.scores(RasidQueryParser.parse("source:x إيران"))).isTrue();
    assertThat(QueryNode.scores(RasidQueryParser.parse(""))).isFalse();
  }
}
