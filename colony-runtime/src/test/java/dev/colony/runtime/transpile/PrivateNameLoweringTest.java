package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivateNameLoweringTest {
  private static String lowered(String source) {
    return PrivateNameLowering.lower("t.js", source).source();
  }

  @Test
  void checksTheBrandInlineWhenTheObjectIsANameOrThis() {
    assertThat(lowered("class A { #x; f(o) { o.#x = this.#x; } }")).endsWith(
        "class A { [$P1$]; f(o) { ($P1$ in o ? o : $colony.privateMissing($P1$, true))[$P1$] = "
            + "($P1$ in this ? this : $colony.privateMissing($P1$, false))[$P1$]; } }");
  }

  @Test
  void checksTheBrandThroughTheHostForOtherObjects() {
    assertThat(lowered("class A { #x; f(o) { return (o || this).#x.#x + o?.#x; } }")).endsWith(
        "return $colony.privateBrand($colony.privateBrand((o || this), $P1$, false)[$P1$], $P1$, false)[$P1$]"
            + " + o?.[$P1$]; } }");
  }
}
