package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.index.query.RasidQueryParser;

class QuerySetTest {
  @Test
  void theCommittedListHas200QueriesAtLeast120OfThemTwoTerm() {
    List<String> queries = QuerySet.load();
    assertThat(queries).hasSize(200);
    assertThat(new HashSet<>(queries)).as("no query twice").hasSize(200);
    assertThat(queries.stream().filter(QuerySet::isTwoTerm).count()).isGreaterThanOrEqualTo(120);
    assertThat(queries).allSatisfy(q -> assertThat(q).containsPattern("[\\u0621-\\u064A]"));
    assertThat(queries.stream().map(QuerySet::kind).distinct())
        .contains("two-term", "one-term", "phrase", "filter", "boolean");
  }

  @Test
  void everyQueryIsValidRasidSyntax() {
    for (String q : QuerySet.load()) {
      RasidQueryParser.parse(q); // throws QuerySyntaxException on a bad one
    }
  }

  @Test
  void skipsCommentsAndBlankLines() throws Exception {
    String text = "# comment\n\nوزارة الصحة\n  الرياض  \n# another\n";
    assertThat(QuerySet.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .containsExactly("وزارة الصحة", "الرياض");
  }

  @Test
  void twoTermMeansTwoPlainWords() {
    assertThat(QuerySet.isTwoTerm("وزارة الصحة")).isTrue();
    assertThat(QuerySet.isTwoTerm("  وزارة   الصحة ")).isTrue();
    assertThat(QuerySet.isTwoTerm("الرياض")).isFalse();
    assertThat(QuerySet.isTwoTerm("وزارة الصحة السعودية")).isFalse();
    assertThat(QuerySet.isTwoTerm("\"ولي العهد\"")).isFalse();
    assertThat(QuerySet.isTwoTerm("الرياض source:واس")).isFalse();
    assertThat(QuerySet.isTwoTerm("الرياض -جدة")).isFalse();
    assertThat(QuerySet.isTwoTerm("الرياض OR جدة")).isFalse();
    assertThat(QuerySet.isTwoTerm("(الرياض جدة)")).isFalse();
  }

  @Test
  void kinds() {
    assertThat(QuerySet.kind("وزارة الصحة")).isEqualTo("two-term");
    assertThat(QuerySet.kind("الرياض")).isEqualTo("one-term");
    assertThat(QuerySet.kind("\"ولي العهد\"")).isEqualTo("phrase");
    assertThat(QuerySet.kind("وزارة الصحة source:واس")).isEqualTo("filter");
    assertThat(QuerySet.kind("الرياض from:2015-08")).isEqualTo("filter");
    assertThat(QuerySet.kind("الرياض OR جدة")).isEqualTo("boolean");
    assertThat(QuerySet.kind("الرياض -جدة")).isEqualTo("boolean");
    assertThat(QuerySet.kind("وزارة الصحة السعودية")).isEqualTo("multi-term");
  }

  @Test
  void spreadPicksEvenlyAndKeepsAllWhenAskedForMore() {
    List<String> ten = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(QuerySet.spread(ten, 5)).containsExactly("0", "2", "4", "6", "8");
    assertThat(QuerySet.spread(ten, 10)).isEqualTo(ten);
    assertThat(QuerySet.spread(ten, 50)).isEqualTo(ten);
    assertThat(QuerySet.spread(ten, 1)).containsExactly("0");
  }
}
