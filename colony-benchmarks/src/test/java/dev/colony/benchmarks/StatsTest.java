package dev.colony.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Stats.median(List.of(5L, 1L, 3L))).isEqualTo(3.0);
    assertThat(Stats.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2.5);
    assertThat(Stats.median(List.of())).isNaN();
  }

  @Test
  void geomeanSkipsWhatWasNotMeasured() {
    assertThat(Stats.geomean(List.of(2.0, 8.0, Double.NaN))).isCloseTo(4.0, within(1e-9));
    assertThat(Stats.geomean(List.of(Double.NaN))).isNaN();
  }
}
