package org.rasid.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemonymsTest {
  private static final Demonyms D = Demonyms.defaults();

  @Test
  void masculineFeminineAndPluralFormsWithAndWithoutArticle() {
    assertThat(D.country("عراقي")).isEqualTo("IQ");
    assertThat(D.country("العراقية")).isEqualTo("IQ");
    assertThat(D.country("العراقيون")).isEqualTo("IQ");
    assertThat(D.country("الإيراني")).isEqualTo("IR");
    assertThat(D.country("السعودية")).isEqualTo("SA");
    assertThat(D.country("المغاربة")).isEqualTo("MA");
  }

  @Test
  void cliticsAndSpellingVariants() {
    assertThat(D.country("والإيرانية")).isEqualTo("IR");
    assertThat(D.country("للعراقيين")).isEqualTo("IQ");
    assertThat(D.country("الايراني")).isEqualTo("IR");
    assertThat(D.country("الأميركي")).isEqualTo("US");
    assertThat(D.country("الأمريكي")).isEqualTo("US");
  }

  @Test
  void everyArabLeagueStateIsListed() {
    for (String iso : "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(" ")) {
      assertThat(D.capital(iso)).as(iso).isNotNull();
    }
  }

  @Test
  void otherWordsAreNotDemonyms() {
    assertThat(D.country("الوزراء")).isNull();
    assertThat(D.country("")).isNull();
  }
}
