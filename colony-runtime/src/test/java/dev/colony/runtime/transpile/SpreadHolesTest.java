package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadHolesTest {
  @Test
  void fillsTheHolesOfASpreadArrayLiteral() {
    assertThat(Transpiled.of("f([...[, 1, ,]], [, 2]);")).isEqualTo("f([void 0, 1, void 0], [, 2]);");
  }
}
