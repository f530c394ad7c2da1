package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSuperCallsTest {
  @Test
  void adoptsTheBuiltInErrorsOwnPropertiesInsteadOfAssigningThem() {
    String out = Transpiled.of("'use strict'; class E extends Error { constructor(m, o) { super(m, o); this.f = 1; } }");
    assertThat(out).contains("$colony.adoptError(this, Error.call(this, m, o))")
        .doesNotContain("this.message =").doesNotContain("this.stack =");
  }
}
