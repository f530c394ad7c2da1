package dev.colony.runtime.prelude;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.ContinuationPending;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.serialize.ScriptableInputStream;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/**
 * Continuations captured inside callbacks of the replaced built-ins: the program is captured,
 * serialised, restored into a fresh scope prepared the same way (prelude loaded, same script
 * evaluated, restore epoch advanced) and resumed; its output must equal an uninterrupted run.
 */
class CapturableBuiltinsTest {

    /** Output of a run and what the snapshots looked like. */
    record Outcome(String output, int snapshots, int largestSnapshot, Set<String> copiedPreludeFunctions) {}

    /**
     * Runs the script without and with snapshots, checks that the plain run prints expected and the
     * restored run the same, and returns the restored run.
     */
    static Outcome runPlainAndRestored(String script, String expected) throws Exception {
        Outcome plain = run(script, false);
        Outcome restored = run(script, true);
        assertThat(plain.output()).isEqualTo(expected);
        assertThat(restored.output()).isEqualTo(plain.output());
        return restored;
    }

    /**
     * Runs {@code main()} of the script. {@code capture(label)} returns "resumed"; with
     * {@code snapshot} it first captures a continuation, which is serialised together with the
     * pending microtasks and resumed in a brand-new harness. Microtasks run through
     * callFunctionWithContinuations, so reaction handlers may capture too.
     */
    static Outcome run(String script, boolean snapshot) throws Exception {
        PreludeHarness h = prepare(script, snapshot, 0);
        StringBuilder output = new StringBuilder();
        int snapshots = 0;
        int largest = 0;
        Set<String> copied = new HashSet<>();
        Object continuation = null;
        Function main = (Function) h.scope.get("main", h.scope);
        try {
            h.cx.callFunctionWithContinuations(main, h.scope, new Object[0]);
        } catch (ContinuationPending p) {
            continuation = p.getContinuation();
        }
        while (true) {
            if (continuation != null) {
                byte[] bytes = serialize(h, continuation, copied);
                snapshots++;
                largest = Math.max(largest, bytes.length);
                output.append(h.out);
                h.close();
                h = prepare(script, snapshot, snapshots);
                Object[] restored = deserialize(h, bytes);
                for (Object job : (Object[]) restored[1]) {
                    h.microtasks.add((Function) job);
                }
                Object resume = restored[0];
                continuation = null;
                try {
                    h.cx.resumeContinuation(resume, h.scope, "resumed");
                } catch (ContinuationPending p) {
                    continuation = p.getContinuation();
                }
                continue;
            }
            Function job = h.microtasks.poll();
            if (job == null) {
                break;
            }
            try {
                h.cx.callFunctionWithContinuations(job, h.scope, new Object[0]);
            } catch (ContinuationPending p) {
                continuation = p.getContinuation();
            }
        }
        output.append(h.out);
        h.close();
        return new Outcome(output.toString(), snapshots, largest, copied);
    }

    private static PreludeHarness prepare(String script, boolean snapshot, int epoch) {
        PreludeHarness h = new PreludeHarness();
        h.epoch = epoch;
        PreludeHarness.defineHost(h.scope, "capture", args -> {
            if (snapshot) {
                throw h.cx.captureContinuation();
            }
            return "resumed";
        });
        h.eval(script, "capture-test.js");
        return h;
    }

    /** The prelude file a function was compiled from, or null for other functions. */
    private static String preludeSource(Object obj) {
        if (obj instanceof JSFunction f) {
            String source = f.getDescriptor().getSourceName();
            if ("builtins.js".equals(source) || "promise.js".equals(source)) {
                return source;
            }
        }
        return null;
    }

    /**
     * Rhino passes Undefined.SCRIPTABLE_UNDEFINED as the receiver of a strict-mode function called
     * with an undefined this, and keeps it in the frame; that object is not Serializable in 1.9.2,
     * so every snapshot with such a frame on the stack fails unless it is substituted (the runtime
     * must do the same).
     */
    enum UndefinedThis {
        TOKEN
    }

    static byte[] serialize(PreludeHarness h, Object continuation, Set<String> copied) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ScriptableOutputStream out =
                new ScriptableOutputStream(bytes, h.scope) {
                    @Override
                    protected Object replaceObject(Object obj) throws IOException {
                        if (obj == Undefined.SCRIPTABLE_UNDEFINED) {
                            return UndefinedThis.TOKEN;
                        }
                        Object replaced = super.replaceObject(obj);
                        String source = preludeSource(obj);
                        if (replaced == obj && source != null) {
                            copied.add(source + ":" + ((JSFunction) obj).getFunctionName());
                        }
                        return replaced;
                    }
                }) {
            excludeNames(h, out);
            out.writeObject(continuation);
            out.writeObject(h.microtasks.toArray());
        }
        return bytes.toByteArray();
    }

    /**
     * What the runtime must do: exclude every global object present once the prelude is loaded
     * (and its prototype), and every name the prelude lists in $colony.preludeExcludedNames.
     */
    static void excludeNames(PreludeHarness h, ScriptableOutputStream out) {
        for (String name : h.baselineGlobals) {
            out.addExcludedName(name);
            Object value = h.scope.get(name, h.scope);
            if (value instanceof Scriptable s && s.get("prototype", s) instanceof Scriptable) {
                out.addExcludedName(name + ".prototype");
            }
        }
        for (String name : h.excludedNames()) {
            out.addExcludedName(name);
        }
    }

    static Object[] deserialize(PreludeHarness h, byte[] bytes) throws IOException, ClassNotFoundException {
        try (ScriptableInputStream in =
                new ScriptableInputStream(new ByteArrayInputStream(bytes), h.scope) {
                    @Override
                    protected Object resolveObject(Object obj) throws IOException {
                        return obj == UndefinedThis.TOKEN ? Undefined.SCRIPTABLE_UNDEFINED : super.resolveObject(obj);
                    }
                }) {
            Object continuation = in.readObject();
            Object jobs = in.readObject();
            return new Object[] {continuation, jobs};
        }
    }

    @Test
    void forEachCallbackIsCapturedSerialisedAndResumed() throws Exception {
        String script = """
                function main() {
                  var out = [];
                  [1, 2, 3].forEach(function (x) {
                    var got = capture('in forEach ' + x);
                    out.push(x + ':' + got);
                    print('step ' + x);
                  });
                  print('done ' + out.join(','));
                }
                """;
        Outcome restored = runPlainAndRestored(script,
                "step 1\nstep 2\nstep 3\ndone 1:resumed,2:resumed,3:resumed\n");
        assertThat(restored.snapshots()).isEqualTo(3);
        assertThat(restored.copiedPreludeFunctions()).isEmpty();
    }

    @Test
    void mapIterationSurvivesRestoreMidway() throws Exception {
        String script = """
                function main() {
                  var m = new Map([['a', 1], ['b', 2], ['c', 3], ['d', 4]]);
                  var it = m[Symbol.iterator]();
                  var out = [];
                  for (var r = it.next(); !r.done; r = it.next()) {
                    out.push(r.value[0] + '=' + r.value[1]);
                    if (r.value[0] === 'b') capture('mid map');
                  }
                  print('map ' + out.join(','));
                  var s = new Set(['x', 'y', 'z']);
                  var values = s.values();
                  var seen = [];
                  for (var v = values.next(); !v.done; v = values.next()) {
                    seen.push(v.value);
                    if (v.value === 'x') capture('mid set');
                  }
                  print('set ' + seen.join(','));
                }
                """;
        Outcome restored = runPlainAndRestored(script, "map a=1,b=2,c=3,d=4\nset x,y,z\n");
        assertThat(restored.snapshots()).isEqualTo(2);
    }

    @Test
    void mapIterationResumesAfterDeletionsAndInsertions() throws Exception {
        String script = """
                function main() {
                  var m = new Map();
                  for (var i = 0; i < 8; i++) m.set('k' + i, i);
                  var out = [];
                  var it = m.keys();
                  for (var r = it.next(); !r.done; r = it.next()) {
                    out.push(r.value);
                    if (r.value === 'k1') { m.delete('k1'); m.delete('k0'); m.set('late', 99); capture('a'); }
                    if (r.value === 'k3') { m.delete('k3'); m.delete('k2'); m.delete('k4'); capture('b'); }
                    if (r.value === 'k6') { m.delete('k5'); capture('c'); }
                  }
                  print(out.join(','));
                  var drained = new Set([1, 2, 3, 4]);
                  var order = [];
                  var vi = drained.values();
                  for (var v = vi.next(); !v.done; v = vi.next()) {
                    order.push(v.value);
                    drained.delete(v.value);
                    capture('delete-current');
                  }
                  print(order.join(','));
                }
                """;
        runPlainAndRestored(script, "k0,k1,k2,k3,k5,k6,k7,late\n1,2,3,4\n");
    }

    static Stream<Arguments> callbackSnippets() {
        return Stream.of(
                Arguments.of("map", "print([1, 2, 3].map(function (x) { return x + capture('m'); }).join());"),
                Arguments.of("filter", "print([1, 2, 3, 4].filter(function (x) { capture('f'); return x % 2; }).join());"),
                Arguments.of("reduce", "print([1, 2, 3].reduce(function (a, x) { capture('r'); return a + x; }, 0));"),
                Arguments.of("reduceRight", "print([1, 2, 3].reduceRight(function (a, x) { capture('r'); return a + x; }, ''));"),
                Arguments.of("some/every", "print([1, 2].some(function (x) { capture('s'); return x > 1; }) + ' ' + [1, 2].every(function (x) { capture('e'); return x > 0; }));"),
                Arguments.of("find family", "print([1, 2, 3].find(function (x) { capture('f'); return x > 1; }) + ' ' + [1, 2, 3].findLastIndex(function (x) { capture('f'); return x < 3; }));"),
                Arguments.of("flatMap", "print([1, 2].flatMap(function (x) { capture('f'); return [x, x]; }).join());"),
                Arguments.of("sort comparator", "var a = [5, 3, 9, 1, 7, 2, 8]; a.sort(function (x, y) { capture('c'); return x - y; }); print(a.join());"),
                Arguments.of("toSorted comparator", "print([3, 1, 2].toSorted(function (x, y) { capture('c'); return y - x; }).join());"),
                Arguments.of("Array.from mapFn", "print(Array.from(new Set([1, 2, 3]), function (x) { capture('a'); return x * 2; }).join());"),
                Arguments.of("Object.groupBy", "var g = Object.groupBy([1, 2, 3], function (x) { capture('g'); return x % 2 ? 'odd' : 'even'; }); print(g.odd.join() + ' ' + g.even.join());"),
                Arguments.of("bound function", "var o = { k: 'K' }; var f = function (a, b) { capture('b'); return this.k + a + b; }.bind(o, 1); print(f(2));"),
                Arguments.of("bound constructor", "function P(x) { this.x = x + capture('p'); } var B = P.bind(null, 'v'); print(new B().x);"),
                Arguments.of("replace callback", "print('a1b2'.replace(/\\d/g, function (d) { capture('r'); return '<' + d + '>'; }));"),
                Arguments.of("replace string pattern", "print('abc'.replace('b', function (m) { return capture('r') + m; }));"),
                Arguments.of("replaceAll callback", "print('a.b.c'.replaceAll('.', function (m, i) { capture('r'); return i; }));"),
                Arguments.of("Map forEach", "var out = []; new Map([[1, 'a'], [2, 'b']]).forEach(function (v, k) { capture('m'); out.push(k + v); }); print(out.join());"),
                Arguments.of("Set forEach", "var out = []; new Set(['p', 'q']).forEach(function (v) { capture('s'); out.push(v); }); print(out.join());"),
                Arguments.of("JSON.stringify replacer", "print(JSON.stringify({ a: 1, b: [2] }, function (k, v) { capture('j'); return typeof v === 'number' ? v * 10 : v; }));"),
                Arguments.of("JSON.parse reviver", "print(JSON.stringify(JSON.parse('{\"a\":[1,2]}', function (k, v) { capture('j'); return typeof v === 'number' ? v + 1 : v; })));"),
                Arguments.of("typed array map", "print(Array.prototype.join.call(new Int8Array([1, 2]).map(function (x) { capture('t'); return x * 3; })));"),
                Arguments.of("promise then handler", "Promise.resolve(1).then(function (v) { capture('p'); print('then ' + v); return v + 1; }).then(function (v) { print('next ' + v); }); Promise.resolve().then(function () { print('other job'); });"),
                Arguments.of("pending promise across snapshot", "var res; var p = new Promise(function (r) { res = r; }); p.then(function (v) { print('settled ' + v); }); res(capture('pending'));"),
                Arguments.of("strict-mode callback", "[1, 2].forEach(function (x) { 'use strict'; capture('s'); print(x + ' ' + (this === undefined)); });"),
                Arguments.of("colony await driver", """
                        function body() { var state = 0, a; return {
                          next: function (v) {
                            switch (state) {
                              case 0: state = 1; return { value: 1, done: false };
                              case 1: a = v; capture('in async'); state = 2; return { value: Promise.resolve(2), done: false };
                              default: state = 3; print('async ' + a + v); return { value: 'r', done: true };
                            } },
                          'throw': function (e) { throw e; } }; }
                        $colony.asyncExecutePromiseGenerator(body()).then(function (r) { print('result ' + r); });
                        Promise.resolve().then(function () { print('t1'); }).then(function () { print('t2'); }).then(function () { print('t3'); });
                        """),
                Arguments.of("async driver", """
                        function run(gen) { return new Promise(function (resolve, reject) {
                          function step(rec) { if (rec.done) resolve(rec.value); else Promise.resolve(rec.value).then(function (v) { return gen.next(v); }, function (e) { return gen['throw'](e); }).then(step, reject); }
                          step(gen.next()); }); }
                        // a generator as Closure Compiler lowers it: a state machine in plain functions
                        function body() { var state = 0, a; return {
                          next: function (v) {
                            switch (state) {
                              case 0: state = 1; return { value: 1, done: false };
                              case 1: a = v; capture('in async'); state = 2; return { value: Promise.resolve(2), done: false };
                              default: state = 3; print('async ' + a + v); return { value: 'r', done: true };
                            } },
                          'throw': function (e) { throw e; } }; }
                        run(body()).then(function (r) { print('result ' + r); });
                        Promise.resolve().then(function () { print('t1'); }).then(function () { print('t2'); }).then(function () { print('t3'); });
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callbackSnippets")
    void callbackCapturedInsideBuiltinMatchesUninterruptedRun(String name, String body) throws Exception {
        String script = "function main() {\n" + body + "\n}\n";
        Outcome plain = run(script, false);
        Outcome restored = run(script, true);
        assertThat(plain.output()).isNotEmpty().doesNotContain("uncaught");
        assertThat(restored.snapshots()).as("captured at least once").isPositive();
        assertThat(restored.output()).isEqualTo(plain.output());
        // Closures the prelude creates per call (resolving functions, reaction jobs, bound wrappers) are
        // program state and travel with it; the prelude's own functions must be rebound by name.
        assertThat(restored.copiedPreludeFunctions()).as("prelude functions copied into the snapshot")
                .allMatch(copy -> copy.endsWith(":"));
    }

    @Test
    void snapshotsStaySmall() throws Exception {
        String script = """
                function main() {
                  var m = new Map([[1, 1]]);
                  m.forEach(function () { [1].forEach(function () { capture('deep'); }); });
                  print('ok');
                }
                """;
        Outcome restored = run(script, true);
        assertThat(restored.output()).isEqualTo("ok\n");
        // Frames of prelude functions carry their compiled code, not the whole prelude.
        assertThat(restored.largestSnapshot()).isLessThan(200_000);
    }

    @Test
    void nativeBuiltinsAreNotCapturableWithoutThePrelude() {
        PreludeHarness h = new PreludeHarness(false, false);
        try {
            PreludeHarness.defineHost(h.scope, "capture", args -> {
                throw h.cx.captureContinuation();
            });
            h.eval("function main() { [1].forEach(function () { capture('x'); }); }", "native.js");
            Function main = (Function) h.scope.get("main", h.scope);
            List<Throwable> thrown = new ArrayList<>();
            try {
                h.cx.callFunctionWithContinuations(main, h.scope, new Object[0]);
            } catch (RuntimeException e) {
                thrown.add(e);
            }
            assertThat(thrown).singleElement().isInstanceOf(IllegalStateException.class);
        } finally {
            h.close();
        }
    }

    static boolean hasOwn(ScriptableObject o, String name) {
        return o.has(name, o);
    }
}
