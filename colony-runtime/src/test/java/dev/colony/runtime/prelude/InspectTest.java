package dev.colony.runtime.prelude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.StackStyle;

/**
 * Runs the battery in {@code inspect/cases.js} through {@code prelude/inspect.js} on Rhino
 * and compares each result with what Node 20 printed ({@code inspect/expected.txt},
 * written by {@code inspect/regenerate.sh}).
 */
class InspectTest {

  static final String INSPECT_JS = "/dev/colony/runtime/prelude/inspect.js";

  static final String ITERATOR =
      "This harness loads inspect.js alone: the preview of a Map/Set iterator's remaining"
          + " entries comes from builtins.js's iterators ($colony.previewIterator, see"
          + " PreludeTest), so here the formatter prints <items unknown>.";

  /**
   * Cases that cannot match because of Rhino itself, with the reason. Such a case is
   * reported as skipped while it differs, and fails once it matches, so the list stays true.
   */
  static final Map<String, String> KNOWN_DIFFERENCES = Map.ofEntries(
      Map.entry("function anonymous via object literal",
          "Rhino names an existing anonymous function after the key of an object literal it is"
              + " stored in ({ key: f } sets f.name to 'key'); V8 names only function expressions"
              + " written in the literal."),
      Map.entry("map entries iterator", ITERATOR),
      Map.entry("map keys iterator", ITERATOR),
      Map.entry("set values iterator", ITERATOR),
      Map.entry("format %o weakmap",
          "With showHidden Node lists a WeakMap's entries through a V8-internal preview;"
              + " scripts on Rhino cannot enumerate a WeakMap, so it prints <items unknown>."),
      Map.entry("format %o async function",
          "A lowered async function is a plain function: with showHidden it has a [prototype]"
              + " and lacks the [Symbol.toStringTag] Node lists from V8's AsyncFunction.prototype."));

  static Context cx;
  static ScriptableObject scope;
  static Scriptable suite;
  static Function run;

  @BeforeAll
  static void loadBattery() throws IOException {
    cx = PreludeHarness.FACTORY.enterContext();
    scope = newRuntimeScope(cx);
    eval(cx, scope, resource("/inspect/promise-stub.js"), "promise-stub.js");
    eval(cx, scope, resource("/inspect/proxy-stub.js"), "proxy-stub.js");
    suite = (Scriptable) eval(cx, scope, resource("/inspect/cases.js"), "cases.js");
    run = (Function) eval(cx, scope,
        "(function (suite, i) {"
            + "  var v = suite.cases[i][1]();"
            + "  return v instanceof suite.FormatCall ? $colony.format(v.args) : $colony.inspect(v);"
            + "})",
        "run");
  }

  @AfterAll
  static void exit() {
    Context.exit();
  }

  static ScriptableObject newRuntimeScope(Context cx) throws IOException {
    cx.setInterpretedMode(true);
    cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    ScriptableObject scope = cx.initSafeStandardObjects();
    eval(cx, scope, "var $colony = {};", "setup");
    eval(cx, scope, resource(INSPECT_JS), "inspect.js");
    return scope;
  }

  /** Evaluates program in a fresh runtime scope (see newRuntimeScope) and returns it as a string. */
  static String runInRuntimeScope(String program, String name) throws IOException {
    Context c = PreludeHarness.FACTORY.enterContext();
    try {
      return Context.toString(eval(c, newRuntimeScope(c), program, name));
    } finally {
      Context.exit();
    }
  }

  static Object eval(Context cx, Scriptable scope, String source, String name) {
    return cx.evaluateString(scope, source, name, 1, null);
  }

  static String resource(String path) throws IOException {
    try (InputStream in = InspectTest.class.getResourceAsStream(path)) {
      if (in == null) throw new IOException("missing resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    String[] lines = resource("/inspect/expected.txt").split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) continue;
      List<String> pair = JsonLine.parseStringArray(lines[i]);
      out.add(Arguments.of(pair.get(0), i, pair.get(1)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesNode(String label, int index, String expected) {
    NativeArray cases = (NativeArray) suite.get("cases", suite);
    assertThat(cases.size()).as("cases.js and expected.txt hold the same cases").isGreaterThan(index);
    Scriptable entry = (Scriptable) cases.get(index, cases);
    assertThat(entry.get(0, entry)).as("label of case %d", index).isEqualTo(label);

    String actual = Context.toString(run.call(cx, scope, scope, new Object[] {suite, index}));

    String known = KNOWN_DIFFERENCES.get(label);
    if (known != null) {
      if (actual.equals(expected)) {
        fail("'" + label + "' now matches Node: remove it from KNOWN_DIFFERENCES");
      }
      Assumptions.abort("known difference: " + known + "\n  node:  " + expected + "\n  rhino: " + actual);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void batteryAndExpectationsHaveTheSameLength() throws IOException {
    NativeArray cases = (NativeArray) suite.get("cases", suite);
    assertThat(cases.size()).isEqualTo(cases().count()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void definesNothingGlobalAndAttachesTwoFunctions() throws IOException {
    Context c = PreludeHarness.FACTORY.enterContext();
    try {
      c.setInterpretedMode(true);
      c.setLanguageVersion(Context.VERSION_ECMASCRIPT);
      ScriptableObject s = c.initSafeStandardObjects();
      eval(c, s, "var $colony = {};", "setup");
      Object before = eval(c, s, "Object.getOwnPropertyNames(this).sort().join()", "names");
      eval(c, s, resource(INSPECT_JS), "inspect.js");
      Object after = eval(c, s, "Object.getOwnPropertyNames(this).sort().join()", "names");
      assertThat(after).isEqualTo(before);
      assertThat(eval(c, s, "Object.getOwnPropertyNames($colony).sort().join()", "keys"))
          .isEqualTo("format,inspect");
      assertThat(eval(c, s, "typeof $colony.inspect + ' ' + typeof $colony.format", "types"))
          .isEqualTo("function function");
    } finally {
      Context.exit();
    }
  }

  @Test
  void ignoresBuiltInsReplacedByTheProgram() throws IOException {
    String program = String.join("\n",
        "var thrown = (function mk() { return new Error('y'); })();",
        "Array.prototype.join = function () { return 'JOIN'; };",
        "Array.prototype.push = function () { throw new Error('push'); };",
        "Array.prototype.indexOf = function () { return -1; };",
        "String.prototype.slice = function () { return 'SLICE'; };",
        "String.prototype.indexOf = function () { return -1; };",
        "String.prototype.split = function () { return []; };",
        "String.prototype.charAt = function () { return '?'; };",
        "String.prototype.charCodeAt = function () { return 0; };",
        "Number.prototype.toString = function () { return 'NUM'; };",
        "Symbol.prototype.toString = function () { return 'SYM'; };",
        "Object.getPrototypeOf = function () { return null; };",
        "Object.getOwnPropertySymbols = function () { return []; };",
        "Array.isArray = function () { return false; };",
        "String.prototype.replace = function () { return 'REPLACE'; };",
        "RegExp.prototype.exec = function () { return null; };",
        "RegExp.prototype.test = function () { return false; };",
        "Function.prototype.call = function () { throw new Error('call'); };",
        "Function.prototype.apply = function () { throw new Error('apply'); };",
        "Object.keys = function () { return ['nope']; };",
        "Object.getOwnPropertyDescriptor = function () { return undefined; };",
        "Map.prototype.forEach = function () {};",
        "Set.prototype.forEach = function () {};",
        "JSON.stringify = function () { return 'JSON'; };",
        "Math.max = function () { return 0; };",
        "Math.min = function () { return 0; };",
        "Error.prototype.toString = function () { return 'ERR'; };",
        "Date.prototype.toISOString = function () { return 'DATE'; };",
        "var a = { s: 'it\\'s', n: [1, 2, 3], m: new Map([['k', 1]]), set: new Set([2]),",
        "  d: new Date(0), e: (function () { var e = new Error('x'); delete e.stack; return e; })(),",
        "  'key-q': /re/g, sym: Symbol('s'), buf: new Uint8Array([255]) };",
        "a[Symbol('k')] = 1;",
        "$colony.inspect(a) + '|' + $colony.format(['%s %d %j', 'str', 42, { j: 1 }, 'extra'])",
        "  + '|' + $colony.inspect(thrown);");
    assertThat(runInRuntimeScope(program, "program.js")).isEqualTo(
        "{\n"
            + "  s: \"it's\",\n"
            + "  n: [ 1, 2, 3 ],\n"
            + "  m: Map(1) { 'k' => 1 },\n"
            + "  set: Set(1) { 2 },\n"
            + "  d: 1970-01-01T00:00:00.000Z,\n"
            + "  e: [Error: x],\n"
            + "  'key-q': /re/g,\n"
            + "  sym: Symbol(s),\n"
            + "  buf: Uint8Array(1) [ 255 ],\n"
            + "  [Symbol(k)]: 1\n"
            + "}|str 42 {\"j\":1} extra"
            + "|Error: y\n    at mk (program.js:1)\n    at program.js:1");
  }

  @Test
  void worksWithoutRuntimeHooks() throws IOException {
    String program = String.join("\n",
        "var r = Proxy.revocable({}, {}); r.revoke();",
        "[$colony.inspect({ p: r.proxy }), $colony.inspect(new Proxy({ a: 1 }, {})),",
        " $colony.inspect(Promise.resolve(1)), $colony.format(['%s', new Map([[1, 2]])])].join('|');");
    assertThat(runInRuntimeScope(program, "nohooks.js"))
        .isEqualTo("{ p: <Revoked Proxy> }|{ a: 1 }|Promise {}|Map(1) { 1 => 2 }");
  }

  @Test
  void rewritesRhinoStackFramesInV8Shape() throws IOException {
    String program = String.join("\n",
        "function fail() { return new Error('boom'); }",
        "var e = fail();",
        "var shown = $colony.inspect(e);",
        "var nested = $colony.inspect({ err: e });",
        "var t; try { null.x; } catch (err) { t = err; }",
        "var typed = $colony.inspect(t);",
        "[shown, nested, typed].join('\\n--\\n');");
    String[] parts = runInRuntimeScope(program, "prog.js").split("\n--\n");
    assertThat(parts[0]).isEqualTo("Error: boom\n    at fail (prog.js:1)\n    at prog.js:2");
    assertThat(parts[1]).isEqualTo("{\n  err: Error: boom\n      at fail (prog.js:1)\n      at prog.js:2\n}");
    // Rhino's enumerable fileName / lineNumber on engine errors stay hidden, as in Node.
    assertThat(parts[2]).startsWith("TypeError: ").contains("\n    at prog.js:5").doesNotContain("lineNumber");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stackStyles")
  void rewritesEveryRhinoStackStyle(StackStyle style, String expected) throws IOException {
    StackStyle saved = RhinoException.getStackStyle();
    try {
      RhinoException.setStackStyle(style);
      String program = "function foo() { return new TypeError('m'); }\n$colony.inspect(foo());";
      assertThat(runInRuntimeScope(program, "s.js")).isEqualTo(expected);
    } finally {
      RhinoException.setStackStyle(saved);
    }
  }

  static Stream<Arguments> stackStyles() {
    String plain = "TypeError: m\n    at foo (s.js:1)\n    at s.js:2";
    return Stream.of(
        Arguments.of(StackStyle.RHINO, plain),
        Arguments.of(StackStyle.MOZILLA, plain),
        Arguments.of(StackStyle.MOZILLA_LF, plain),
        Arguments.of(StackStyle.V8, "TypeError: m\n    at foo (s.js:1:0)\n    at s.js:2:0"));
  }

  /** Reads one line of expected.txt: a JSON array of two strings. */
  static final class JsonLine {
    static List<String> parseStringArray(String line) {
      List<String> out = new ArrayList<>();
      int i = skipSpace(line, 0);
      expect(line, i++, '[');
      while (true) {
        i = skipSpace(line, i);
        expect(line, i++, '"');
        StringBuilder sb = new StringBuilder();
        while (line.charAt(i) != '"') {
          char ch = line.charAt(i++);
          if (ch != '\\') {
            sb.append(ch);
            continue;
          }
          char esc = line.charAt(i++);
          switch (esc) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              sb.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
              i += 4;
            }
            default -> sb.append(esc);
          }
        }
        out.add(sb.toString());
        i = skipSpace(line, i + 1);
        if (line.charAt(i) == ']') return out;
        expect(line, i++, ',');
      }
    }

    private static int skipSpace(String s, int i) {
      while (i < s.length() && s.charAt(i) == ' ') i++;
      return i;
    }

    private static void expect(String s, int i, char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + i + " in " + s);
      }
    }
  }
}
