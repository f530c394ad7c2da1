package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSuperCallsTest {
  @Test
  void aBuiltInErrorBaseIsConstructedInsteadOfCopiedOntoAPlainObject() {
    String out = Transpiled.of("'use strict'; class E extends TypeError { constructor(m) { super(m); this.f = 1; } }");
    assertThat(out).contains("= (0, TypeError);").contains("$jscomp.construct(")
        .doesNotContain("$jscomp$tmp$error").doesNotContain("this.message =");
  }

  @Test
  void aBaseThatOnlyLooksLikeAnErrorIsLeftAlone() {
    assertThat(Transpiled.of("class E extends MyError {}")).doesNotContain("(0, MyError)");
  }
}
