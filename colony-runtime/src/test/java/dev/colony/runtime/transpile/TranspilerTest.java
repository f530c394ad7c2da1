package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TranspilerTest {
  private final Transpiler transpiler = new Transpiler(true);

  @Test
  void printsTemplateRawStringsAsWritten() {
    assertThat(Transpiled.of("var r = String.raw`<b>é&=${1}</b>`;")).isEqualTo("var r = String.raw`<b>é&=${1}</b>`;");
  }

  @Test
  void mapsTranspiledLinesBackToTheUsersFile() {
    TranspiledSource t = transpiler.transpile("a.js", "class A {\n  m() {\n    return 1;\n  }\n}\nnew A().m();\n");
    String[] lines = t.code().split("\n");
    int returnLine = indexOf(lines, "return 1;");
    assertThat(t.lineMap().originalLine(returnLine)).isEqualTo(3);
    assertThat(t.lineMap().originalColumn(returnLine)).isEqualTo(5);
  }

  @Test
  void keepsLineNumbersWhenLoweringPrivateNames() {
    TranspiledSource t = transpiler.transpile("p.js", "class P {\n  #x = 1;\n  get x() {\n    return this.#x;\n  }\n}\n");
    String[] lines = t.code().split("\n");
    assertThat(t.lineMap().originalLine(indexOf(lines, "return ($P1$ in"))).isEqualTo(4);
    assertThat(t.code()).doesNotContain("#x =").contains("$colony.privateName(\"#x\")");
  }

  @Test
  void insertsSafepointsInLoopsAndFunctions() {
    TranspiledSource t = transpiler.transpile("s.js", "function f() { while (g()) { h(); } }");
    assertThat(t.code().split("\\$safepoint\\$\\(\\)", -1)).hasSize(3);
    assertThat(new Transpiler(false).transpile("s.js", "function f() { while (g()) { h(); } }").code())
        .doesNotContain("$safepoint$");
  }

  @Test
  void leavesFunctionsThatCallNothingWithoutAnEntrySafepoint() {
    String code = new Transpiler(true).transpile("s.js",
        "function leaf(o) { return o.a + 1; } function looping(n) { while (n > 0) { n--; } }"
            + " function caller() { return leaf({a: 1}); } function maker() { return new Map(); }").code();
    assertThat(code.split("\\$safepoint\\$\\(\\)", -1)).hasSize(4);
    assertThat(code).containsPattern("function leaf\\(o\\) \\{\\s*return")
        .containsPattern("function looping\\(n\\) \\{\\s*for \\(; n > 0;\\) \\{\\s*if \\(\\$sp\\$\\)");
  }

  @Test
  void listsTopLevelDeclarations() {
    TranspiledSource t = transpiler.transpile("d.js", "let a = 1; const b = 2; var c; function d() {} class E {}");
    assertThat(t.topLevelNames()).containsExactly("a", "b", "c", "d", "E");
  }

  @Test
  void reportsSyntaxErrorsAtTheirOriginalPosition() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "let ok = 1;\nlet x = ;\n"))
        .isInstanceOf(JsSyntaxException.class)
        .hasMessageStartingWith("bad.js:2:")
        .hasMessageEndingWith(": SyntaxError: Parse error. primary expression expected")
        .satisfies(e -> assertThat(((JsSyntaxException) e).line()).isEqualTo(2));
  }

  @Test
  void pointsAtTheUnexpectedTokenAsNodeDoes() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "let ok = 1;\nlet b = (2 + ;\n"))
        .hasMessageStartingWith("bad.js:2:14: ");
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "x = 2 + return;"))
        .hasMessageStartingWith("bad.js:1:9: ");
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "f(1 +* 2);"))
        .hasMessageStartingWith("bad.js:1:6: ");
  }

  @Test
  void namesTheFirstDeclarationWithAOneBasedColumn() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "let y = 1;\nlet y = 2;\n"))
        .hasMessage("bad.js:2:5: SyntaxError: Block-scoped variable y declared more than once. First occurrence: bad.js:1:5");
  }

  @Test
  void reportsErrorsOnTheFirstLineDespitePrivateNameDeclarations() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "class A { #p = 1; m() { b.#p + this.#q; } }"))
        .isInstanceOf(JsSyntaxException.class)
        .satisfies(e -> assertThat(((JsSyntaxException) e).line()).isEqualTo(1));
  }

  @Test
  void countsColumnsInTheUsersLineWhenPrivateNamesBeforeThemWereRewritten() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "class A { #p = 1; m() { return this.#q; } }"))
        .hasMessageStartingWith("bad.js:1:37: ");
    TranspiledSource t = transpiler.transpile("p.js", "class P {\n  #x = 1; m() { return this.#x + this.#x + f(); }\n}\n");
    String[] lines = t.code().split("\n");
    int returnLine = indexOf(lines, "f()");
    assertThat(t.lineMap().originalLine(returnLine)).isEqualTo(2);
    assertThat(t.lineMap().originalColumn(returnLine)).isEqualTo(17);
  }

  @Test
  void refusesUndeclaredPrivateNames() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "class A { m() { return this.#nope; } }"))
        .isInstanceOf(JsSyntaxException.class)
        .hasMessageStartingWith("bad.js:1:");
  }

  private static int indexOf(String[] lines, String fragment) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + fragment);
  }
}
