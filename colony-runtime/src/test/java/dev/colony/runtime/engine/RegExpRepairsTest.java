package dev.colony.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The source of a regular expression built from a string, written as V8 writes it (outputs checked with Node 20). */
class RegExpRepairsTest {
  @Test
  void escapesEachLineTerminator() {
    assertThat(RegExpRepairs.escapeLineTerminators("a\nb\rc\u2028d\u2029")).isEqualTo("a\\nb\\rc\\u2028d\\u2029");
  }

  @Test
  void dropsTheBackslashThatEscapedALineTerminator() {
    assertThat(RegExpRepairs.escapeLineTerminators("\\\n")).isEqualTo("\\n");
    assertThat(RegExpRepairs.escapeLineTerminators("[\\\u2028]")).isEqualTo("[\\u2028]");
  }

  @Test
  void keepsABackslashThatIsItselfEscaped() {
    assertThat(RegExpRepairs.escapeLineTerminators("\\\\\n")).isEqualTo("\\\\\\n");
    assertThat(RegExpRepairs.escapeLineTerminators("\\\\\\\n")).isEqualTo("\\\\\\n");
  }

  @Test
  void returnsAPatternWithoutLineTerminatorsItself() {
    String pattern = "a\\nb[\\r]";
    assertThat(RegExpRepairs.escapeLineTerminators(pattern)).isSameAs(pattern);
  }
}
