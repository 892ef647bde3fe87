package org.rasid.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void dateIsItsMidnight() {
    assertThat(PublishedDates.key("2021-09-12")).hasValue(millis("2021-09-12T00:00:00Z"));
    assertThat(PublishedDates.month("2021-09-12")).isEqualTo("2021-09");
  }

  @Test
  void dateTimeKeepsItsTime() {
    assertThat(PublishedDates.key("2021-09-12T22:30")).hasValue(millis("2021-09-12T22:30:00Z"));
    assertThat(PublishedDates.key("2021-09-12T22:30:15")).hasValue(millis("2021-09-12T22:30:15Z"));
  }

  @Test
  void monthIsItsFirstDay() {
    assertThat(PublishedDates.key("2021-09")).hasValue(millis("2021-09-01T00:00:00Z"));
    assertThat(PublishedDates.month("2021-09")).isEqualTo("2021-09");
  }

  @Test
  void yearIsItsFirstDayAndHasNoMonth() {
    assertThat(PublishedDates.key("2021")).hasValue(millis("2021-01-01T00:00:00Z"));
    assertThat(PublishedDates.month("2021")).isNull();
  }

  @Test
  void unknownOrMalformedDatesHaveNoKey() {
    assertThat(PublishedDates.key(null)).isEqualTo(OptionalLong.empty());
    assertThat(PublishedDates.key("2021-13-01")).isEmpty();
    assertThat(PublishedDates.key("12-سبتمبر-2021")).isEmpty();
    assertThat(PublishedDates.month("yesterday")).isNull();
  }

  @Test
  void datesBeforeTheEpochSortBeforeIt() {
    assertThat(PublishedDates.key("1969-12-31").getAsLong()).isNegative();
  }
}
