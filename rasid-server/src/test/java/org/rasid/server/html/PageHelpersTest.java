package org.rasid.server.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasid.core.model.DropReason;
import org.rasid.index.FacetCount;

/** Query filters, the volume series and the Arabic formats. */
class PageHelpersTest {
  @Test
  void sourceFilterQuotesTheSourceAndDropsQuotesInside() {
    assertThat(QueryFilters.source("الترا صوت")).isEqualTo("source:\"الترا صوت\"");
    assertThat(QueryFilters.source("a\"b")).isEqualTo("source:\"ab\"");
  }

  @Test
  void monthFilterCoversTheWholeMonth() {
    assertThat(QueryFilters.month("2024-02")).hasValue("from:2024-02-01 to:2024-02-29");
    assertThat(QueryFilters.month("2024-13")).isEmpty();
    assertThat(QueryFilters.month("x")).isEmpty();
  }

  @Test
  void toggleAddsThenRemovesAFilter() {
    String filter = QueryFilters.source("شفق نيوز");
    String narrowed = QueryFilters.toggle("العراق", filter);
    assertThat(narrowed).isEqualTo("العراق source:\"شفق نيوز\"");
    assertThat(QueryFilters.has(narrowed, filter)).isTrue();
    assertThat(QueryFilters.toggle(narrowed, filter)).isEqualTo("العراق");
    assertThat(QueryFilters.toggle("", filter)).isEqualTo(filter);
  }

  @Test
  void volumeFillsTheMonthsWithoutArticles() {
    List<FacetCount> series = Volume.series(List.of(new FacetCount("2021-11", 2), new FacetCount("2022-02", 5)));
    assertThat(series).containsExactly(new FacetCount("2021-11", 2), new FacetCount("2021-12", 0),
        new FacetCount("2022-01", 0), new FacetCount("2022-02", 5));
  }

  @Test
  void volumeSkipsBadValuesAndDoesNotFillHugeSpans() {
    assertThat(Volume.series(List.of(new FacetCount("junk", 1)))).isEmpty();
    List<FacetCount> wide = Volume.series(List.of(new FacetCount("1900-01", 1), new FacetCount("2021-01", 3)));
    assertThat(wide).hasSize(2);
  }

  @Test
  void datesAreWrittenInArabic() {
    assertThat(Arabic.date("2021-09-12")).isEqualTo("12 سبتمبر 2021");
    assertThat(Arabic.date("2021-09-12T14:30")).isEqualTo("12 سبتمبر 2021، 14:30");
    assertThat(Arabic.month("2023-03")).isEqualTo("مارس 2023");
    assertThat(Arabic.date("الأحد")).isEqualTo("الأحد");
    assertThat(Arabic.date("2021-13-01")).isEqualTo("2021-13-01");
    assertThat(Arabic.count(1234567)).isEqualTo("1,234,567");
  }

  @Test
  void everyDropReasonHasAnArabicLabel() {
    for (DropReason r : DropReason.values()) {
      assertThat(Arabic.dropReason(r)).isNotBlank();
    }
  }
}
