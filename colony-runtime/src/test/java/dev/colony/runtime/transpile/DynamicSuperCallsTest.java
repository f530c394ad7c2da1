package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DynamicSuperCallsTest {
  @Test
  void aSuperCallOnAnUnknownBaseConstructsABuiltInBaseDecidedOncePerClass() {
    String out = Transpiled.of("const M = (B) => class extends B { constructor(x) { super(x, 2); this.x = x; } };");
    assertThat(out)
        .contains("$colony$nativeBase0 = $colony.isNativeFunction(B);")
        .contains("$colony$nativeBase0 ? $jscomp.construct(B, [x, 2], this.constructor) : B.call(this, x, 2) || this");
  }

  @Test
  void aConstructorThatOnlyForwardsItsArgumentsPassesThemOnAsTheyAre() {
    String out = Transpiled.of("const M = (B) => class extends B {};");
    assertThat(out).contains("$jscomp.construct(B, arguments, this.constructor) : B.apply(this, arguments) || this");
  }

  @Test
  void aBaseKnownToBeJavaScriptIsCalledAsBefore() {
    String out = Transpiled.of("function Base() {} class D extends Base { constructor() { super(); } }");
    assertThat(out).doesNotContain("isNativeFunction").doesNotContain("$jscomp.construct");
  }
}
