package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BigIntUnaryPlusTest {
  @Test
  void wrapsABigIntLiteralUnderAUnaryPlusSoItThrowsWhenItRuns() {
    assertThat(BigIntUnaryPlus.rewrite("t.js", "f(() => +1n, +\n 0x1fn);"))
        .isEqualTo("f(() => +(0, 1n), +\n (0, 0x1fn));");
  }

  @Test
  void leavesAdditionsAndOtherTextAlone() {
    String source = "var a = b +1n; var s = '+1n'; // +1n";
    assertThat(BigIntUnaryPlus.rewrite("t.js", source)).isSameAs(source);
  }

  @Test
  void compiles() {
    assertThat(Transpiled.of("var f = () => +1n;")).isEqualTo("var f = () => { return +(0, 1n); };");
  }
}
