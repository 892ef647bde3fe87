package org.rasid.bench.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void nearestRankPercentiles() {
    long[] hundred = LongStream.rangeClosed(1, 100).toArray();
    assertThat(Latencies.percentile(hundred, 50)).isEqualTo(50);
    assertThat(Latencies.percentile(hundred, 90)).isEqualTo(90);
    assertThat(Latencies.percentile(hundred, 99)).isEqualTo(99);
    assertThat(Latencies.percentile(hundred, 100)).isEqualTo(100);
    assertThat(Latencies.percentile(hundred, 0.5)).isEqualTo(1);

    long[] twoHundred = LongStream.rangeClosed(1, 200).toArray();
    assertThat(Latencies.percentile(twoHundred, 99)).isEqualTo(198); // ceil(0.99 × 200) = 198: no rounding error
    assertThat(Latencies.percentile(twoHundred, 50)).isEqualTo(100);

    long[] ten = LongStream.rangeClosed(1, 10).toArray();
    assertThat(Latencies.percentile(ten, 99)).isEqualTo(10); // few values: the top one
    assertThat(Latencies.percentile(ten, 50)).isEqualTo(5);
    assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
  }

  @Test
  void rejectsNoValuesAndBadPercentiles() {
    assertThatThrownBy(() -> Latencies.percentile(new long[0], 50)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figuresFromUnsortedNanos() {
    long[] nanos = {3_000_000, 1_000_000, 2_000_000, 4_000_000}; // 1..4 ms, out of order
    Latencies l = Latencies.of(nanos);
    assertThat(l.count()).isEqualTo(4);
    assertThat(l.p50Millis()).isEqualTo(2.0);
    assertThat(l.p99Millis()).isEqualTo(4.0);
    assertThat(l.maxMillis()).isEqualTo(4.0);
    assertThat(l.meanMillis()).isEqualTo(2.5);
    assertThat(l.qps()).isCloseTo(400.0, within(1e-9)); // 4 queries in 10 ms
    assertThat(nanos[0]).isEqualTo(3_000_000); // not sorted in place
    assertThat(Latencies.of(new long[0]).count()).isZero();
  }
}
