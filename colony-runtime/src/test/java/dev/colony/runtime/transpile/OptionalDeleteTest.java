package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptionalDeleteTest {
  @Test
  void cutsTheChainAtItsLastOptionalLink() {
    assertThat(Transpiled.of("var r = delete a?.[k]?.x[1];")).isEqualTo(
        "var $colony$chain0; var r = ($colony$chain0 = a?.[k]) == null ? true : delete $colony$chain0.x[1];");
  }

  @Test
  void leavesOtherDeletesAndChainsNative() {
    assertThat(Transpiled.of("delete o.x; var v = a?.b;")).isEqualTo("delete o.x; var v = a?.b;");
  }
}
