package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void blockSeparatorsBecomeSpacesInTheLead() {
    assertThat(Snippets.lead("فقرة\u2029فقرة")).isEqualTo("فقرة فقرة");
  }

  @Test
  void shortLeadIsTheWholeBodyEscaped() {
    assertThat(Snippets.lead("  نص <b>قصير</b>  ")).isEqualTo("نص &lt;b&gt;قصير&lt;/b&gt;");
  }

  @Test
  void longLeadIsCutAfterAWholeWord() {
    String lead = Snippets.lead("كلمة ".repeat(100));
    assertThat(lead).endsWith("كلمة…");
    assertThat(lead.length()).isLessThanOrEqualTo(Snippets.LEAD_CHARS + 1);
  }

  @Test
  void titleIsTheHeadlineWhenThereIsOne() {
    assertThat(Snippets.title(" عنوان الخبر ", "نص")).isEqualTo("عنوان الخبر");
  }

  @Test
  void missingTitleIsTheFirstWordsOfTheBody() {
    assertThat(Snippets.title(null, "أول\u2029ثاني ثالث")).isEqualTo("أول ثاني ثالث");
    assertThat(Snippets.title("  ", "ك ".repeat(20))).isEqualTo("ك ".repeat(Snippets.TITLE_WORDS).strip() + "…");
    assertThat(Snippets.title(null, "")).isEmpty();
  }

  @Test
  void queryTermsSkipExcludedClauses() {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ArticleDocuments.BODY, "فيين")), Occur.MUST)
        .add(new PhraseQuery(ArticleDocuments.BODY_EXACT, "اتفاق", "نووي"), Occur.SHOULD)
        .add(new TermQuery(new Term(ArticleDocuments.BODY, "طهر")), Occur.MUST_NOT)
        .build();
    Snippets.QueryTerms terms = Snippets.QueryTerms.of(q);
    assertThat(terms.stemmed()).containsExactly("فيين");
    assertThat(terms.exact()).containsExactlyInAnyOrder("اتفاق", "نووي");
  }

  @Test
  void passageWithMoreDistinctTermsWins() throws IOException {
    String body = "ذكرت الصحيفة المدرسة مرة. ثم ذكرت المدرسة مرة أخرى. "
        + "وفي النهاية افتتحت المدرسة الجديدة في بغداد.";
    try (Analyzer analyzer = ArticleDocuments.analyzer()) {
      Snippets.QueryTerms terms = new Snippets.QueryTerms(Set.of(stem(analyzer, "مدرسة"), stem(analyzer, "بغداد")),
          Set.of());
      String snippet = Snippets.highlight(analyzer, terms, body);
      assertThat(snippet).contains("<mark>بغداد</mark>").contains("<mark>المدرسة</mark>");
    }
  }

  @Test
  void bodyWithoutMatchHasNoPassage() throws IOException {
    try (Analyzer analyzer = ArticleDocuments.analyzer()) {
      assertThat(Snippets.highlight(analyzer, new Snippets.QueryTerms(Set.of("غير"), Set.of()), "نص آخر تماما."))
          .isNull();
    }
  }

  @Test
  void passagesEndAtBlockSeparators() throws IOException {
    String body = "فقرة أولى عن الطقس\u2029فقرة ثانية عن الزلزال\u2029فقرة ثالثة عن الرياضة";
    try (Analyzer analyzer = ArticleDocuments.analyzer()) {
      String snippet = Snippets.highlight(analyzer,
          new Snippets.QueryTerms(Set.of(), Set.of("الزلزال")), body);
      assertThat(snippet).contains("<mark>الزلزال</mark>").doesNotContain("\u2029");
    }
  }

  private static String stem(Analyzer analyzer, String word) throws IOException {
    try (var ts = analyzer.tokenStream(ArticleDocuments.BODY, word)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      ts.incrementToken();
      String s = term.toString();
      ts.end();
      return s;
    }
  }
}
