package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionNewTargetsTest {
  @Test
  void readsTheTargetOfANamedFunctionFromItsReceiver() {
    assertThat(Transpiled.of("function F() { return () => new.target; }"))
        .isEqualTo("function F() { return () => { return this instanceof F ? this.constructor : void 0; }; }");
  }
}
