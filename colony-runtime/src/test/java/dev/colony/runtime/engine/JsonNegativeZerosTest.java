package dev.colony.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonNegativeZerosTest {
  @Test
  void marksEveryNumberThatIsANegativeZero() {
    assertThat(JsonNegativeZeros.mark("[-0, -0.0,-1e-400, -0.5, 0, -1]", "M")).isEqualTo("[M, M,M, -0.5, 0, -1]");
    assertThat(JsonNegativeZeros.mark("-0e3", "M")).isEqualTo("M");
  }

  @Test
  void leavesStringsAlone() {
    assertThat(JsonNegativeZeros.mark("{\"d\": \"2024-01-01\", \"q\": \"\\\" -0\"}", "M")).isNull();
    assertThat(JsonNegativeZeros.mark("{\"a\\\\\": -0}", "M")).isEqualTo("{\"a\\\\\": M}");
  }
}
