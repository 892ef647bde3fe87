package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

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
}
