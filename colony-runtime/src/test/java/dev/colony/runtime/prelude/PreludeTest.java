package dev.colony.runtime.prelude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.serialize.ScriptableOutputStream;

/** Checks of the prelude that need the Java side: globals, names, registration, host hooks. */
class PreludeTest {

    private static String evalString(PreludeHarness h, String script) {
        return Context.toString(h.eval(script, "check.js"));
    }

    @Test
    void preludeAddsNoGlobalNames() {
        PreludeHarness bare = new PreludeHarness(false, false);
        Set<Object> before;
        try {
            before = new LinkedHashSet<>(List.of(bare.scope.getAllIds()));
        } finally {
            bare.close();
        }
        PreludeHarness h = new PreludeHarness();
        try {
            Set<Object> after = new LinkedHashSet<>(List.of(h.scope.getAllIds()));
            after.removeAll(before);
            assertThat(after).isEmpty();
            assertThat(evalString(h, "typeof queueMicrotask + ' ' + Object.keys(this).join()"))
                    .isEqualTo("undefined global,print");
        } finally {
            h.close();
        }
    }

    private static final String DESCRIBE_REPLACED = """
            (function () {
              var TA = Object.getPrototypeOf(Int8Array.prototype);
              var targets = [
                ['Array.prototype', Array.prototype, ['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some',
                  'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'sort', 'toSorted']],
                ['Array', Array, ['from']],
                ['Object', Object, ['groupBy']],
                ['Map', Map, ['groupBy']],
                ['Function.prototype', Function.prototype, ['bind']],
                ['String.prototype', String.prototype, ['replace', 'replaceAll']],
                ['RegExp.prototype', RegExp.prototype, [Symbol.replace]],
                ['Map.prototype', Map.prototype, ['forEach', 'entries', 'keys', 'values', Symbol.iterator]],
                ['Set.prototype', Set.prototype, ['forEach', 'entries', 'keys', 'values', Symbol.iterator]],
                ['JSON', JSON, ['stringify', 'parse']],
                ['%TypedArray%.prototype', TA, ['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every',
                  'find', 'findIndex', 'findLast', 'findLastIndex', 'sort', 'toSorted']],
                ['Promise', Promise, ['resolve', 'reject', 'all', 'allSettled', 'any', 'race', 'withResolvers', 'try']],
                ['Promise.prototype', Promise.prototype, ['then', 'catch', 'finally', 'constructor']],
                ['global', this, ['Promise']]
              ];
              var out = [];
              targets.forEach(function (t) {
                t[2].forEach(function (key) {
                  var d = Object.getOwnPropertyDescriptor(t[1], key);
                  out.push(t[0] + '.' + String(key) + ' ' + (d ? (d.value.name + '/' + d.value.length + ' w=' + d.writable
                    + ' e=' + d.enumerable + ' c=' + d.configurable) : 'missing'));
                });
              });
              var mapIt = new Map().entries();
              out.push('map iterator ' + Object.prototype.toString.call(mapIt) + ' next ' + mapIt.next.name + '/' + mapIt.next.length);
              var setIt = new Set().values();
              out.push('set iterator ' + Object.prototype.toString.call(setIt) + ' next ' + setIt.next.name + '/' + setIt.next.length);
              out.push('promise ' + Object.prototype.toString.call(Promise.resolve()) + ' ' + Promise.length);
              return out.join('\\n');
            }).call(this)
            """;

    @Test
    void replacementsKeepTheNativeNamesLengthsAndAttributes() {
        String nativeView;
        PreludeHarness bare = new PreludeHarness(false, false);
        try {
            nativeView = evalString(bare, DESCRIBE_REPLACED);
        } finally {
            bare.close();
        }
        PreludeHarness h = new PreludeHarness();
        try {
            assertThat(evalString(h, DESCRIBE_REPLACED).split("\n")).containsExactly(nativeView.split("\n"));
            // and they really are the prelude's
            assertThat(evalString(h, "[Array.prototype.forEach === $colony.internals.builtins_forEach,"
                    + " Promise === $colony.internals.promise_Promise].join()")).isEqualTo("true,true");
        } finally {
            h.close();
        }
    }

    @Test
    void everyExcludedNameResolvesToAnObject() throws Exception {
        PreludeHarness h = new PreludeHarness();
        try {
            List<String> names = h.excludedNames();
            assertThat(names).contains("Array.prototype.forEach", "Promise", "Promise.prototype.then",
                    "$colony.internals.builtins_mapIteratorProto", "$colony.internals.promise_colonyPromisePrelude");
            try (ScriptableOutputStream out = new ScriptableOutputStream(new ByteArrayOutputStream(), h.scope)) {
                for (String name : names) {
                    assertThatCode(() -> out.addExcludedName(name)).as(name).doesNotThrowAnyException();
                }
            }
        } finally {
            h.close();
        }
    }

    /**
     * Every object a prelude IIFE's scope refers to must be registered on $colony.internals so a
     * snapshot refers to it by name. Top-level declarations are recognised by their two-space
     * indentation; ALL_CAPS names hold primitives.
     */
    @ParameterizedTest
    @ValueSource(strings = {"builtins", "promise"})
    void everyTopLevelDeclarationIsRegistered(String file) {
        String source = PreludeHarness.resource(PreludeHarness.PRELUDE_DIR + file + ".js");
        Pattern declaration = Pattern.compile("^  (?:function (\\w+)\\(|var (\\w+) =)", Pattern.MULTILINE);
        Matcher m = declaration.matcher(source);
        List<String> declared = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            if (!name.matches("[A-Z0-9_]+")) {
                declared.add(name);
            }
        }
        assertThat(declared).hasSizeGreaterThan(20);
        PreludeHarness h = new PreludeHarness();
        try {
            Scriptable internals = (Scriptable) h.colony.get("internals", h.colony);
            List<String> missing = new ArrayList<>();
            for (String name : declared) {
                if (!internals.has(file + "_" + name, internals)) {
                    missing.add(name);
                }
            }
            assertThat(missing).as("declarations not registered in " + file + ".js").isEmpty();
        } finally {
            h.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"builtins", "promise"})
    void preludeSourceIsOneEs5Iife(String file) {
        String source = PreludeHarness.resource(PreludeHarness.PRELUDE_DIR + file + ".js");
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        assertThat(code).doesNotContain("=>", "`", "...").doesNotContainPattern("\\b(let|const|class)\\s");
        assertThat(code.strip()).startsWith("(function ").endsWith("})(this);");
    }

    @Test
    void preludeFunctionsKnowTheirSourceFile() {
        PreludeHarness h = new PreludeHarness();
        try {
            JSFunction forEach = (JSFunction) h.eval("Array.prototype.forEach", "check.js");
            JSFunction then = (JSFunction) h.eval("Promise.prototype.then", "check.js");
            assertThat(forEach.getDescriptor().getSourceName()).isEqualTo("builtins.js");
            assertThat(then.getDescriptor().getSourceName()).isEqualTo("promise.js");
        } finally {
            h.close();
        }
    }

    @Test
    void previewIteratorShowsWhatIsLeftWithoutAdvancing() {
        PreludeHarness h = new PreludeHarness();
        try {
            String result = evalString(h, """
                    var m = new Map([['a', 1], ['b', 2], ['c', 3]]);
                    var entries = m.entries();
                    entries.next();
                    m.delete('b');
                    function show(it) { var p = $colony.previewIterator(it); return p === null ? 'null' : p.isKeyValue + ':' + p.entries.join(); }
                    [show(entries), show(entries), show(m.keys()), show(new Set([1, 2]).values()),
                     show(new Set([1]).entries()), show([].values()), entries.next().value.join()].join(' ');
                    """);
            assertThat(result).isEqualTo("true:c,3 true:c,3 false:a,c false:1,2 true:1,1 null c,3");
        } finally {
            h.close();
        }
    }

    @Test
    void promiseStateDescribesPromisesOnly() {
        PreludeHarness h = new PreludeHarness();
        try {
            String result = evalString(h, """
                    var s = $colony.promiseState;
                    function show(x) { var st = s(x); return st === null ? 'null' : st.state + ':' + String(st.value); }
                    var pending = new Promise(function () {});
                    var rejected = Promise.reject('why');
                    rejected.catch(function () {});
                    [show(pending), show(Promise.resolve(42)), show(rejected), show({ then: function () {} }),
                     show(null), show(7), show(new Promise(function (r) { r(Promise.resolve(1)); }))].join(' ');
                    """);
            assertThat(result).isEqualTo(
                    "pending:undefined fulfilled:42 rejected:why null null null pending:undefined");
        } finally {
            h.close();
        }
    }

    @Test
    void rejectionTrackingCallsTheHostLikeV8() {
        PreludeHarness h = new PreludeHarness();
        try {
            List<String> calls = new ArrayList<>();
            PreludeHarness.defineHost(h.colony, "trackRejection", args -> {
                Object state = h.eval("(function (p) { return $colony.promiseState(p).value; })", "t.js");
                Object reason = ((org.mozilla.javascript.Function) state).call(h.cx, h.scope, h.scope, new Object[] {args[0]});
                calls.add(Context.toString(reason) + ":" + Context.toBoolean(args[1]));
                return org.mozilla.javascript.Undefined.instance;
            });
            h.eval("""
                    var a = Promise.reject('a');             // a:false
                    a.catch(function () {});                  // a:true
                    var b = new Promise(function (res, rej) { rej('b'); });
                    b.then(null, function () {});             // b:false then b:true
                    var c = new Promise(function () {});
                    c.then(null, function () {});
                    """, "t.js");
            h.drainMicrotasks();
            assertThat(calls).containsExactly("a:false", "a:true", "b:false", "b:true");
            calls.clear();
            h.eval("var d = Promise.reject('d'); d.then(function () {});", "t.js");
            h.drainMicrotasks();
            // d is handled (by then), the derived promise of then rejects unhandled
            assertThat(calls).containsExactly("d:false", "d:true", "d:false");
        } finally {
            h.close();
        }
    }

    @Test
    void oneMicrotaskPerReactionAndThenableJob() {
        PreludeHarness h = new PreludeHarness();
        try {
            h.eval("Promise.resolve(1).then(function () {}); Promise.resolve(2).then(function () {});", "t.js");
            assertThat(h.microtasks).hasSize(2);
            h.drainMicrotasks();
            h.eval("new Promise(function (r) { r(Promise.resolve(1)); });", "t.js");
            assertThat(h.microtasks).as("NewPromiseResolveThenableJob").hasSize(1);
            h.drainMicrotasks();
            h.eval("var p = new Promise(function () {}); p.then(function () {}); p.then(function () {});", "t.js");
            assertThat(h.microtasks).isEmpty();
        } finally {
            h.close();
        }
    }

    @Test
    void withResolversAndTry() {
        PreludeHarness h = new PreludeHarness();
        try {
            String out = h.run("""
                    var wr = Promise.withResolvers();
                    print(Object.keys(wr).join() + ' ' + (wr.promise instanceof Promise) + ' [' + wr.resolve.name + ']');
                    wr.promise.then(function (v) { print('withResolvers ' + v); });
                    wr.resolve('done');
                    Promise.try(function (a, b) { return a + b; }, 2, 3).then(function (v) { print('try ' + v); });
                    Promise.try(function () { throw new Error('thrown'); }).catch(function (e) { print('try caught ' + e.message); });
                    Promise.try(5).catch(function (e) { print('try non-callable ' + e.name); });
                    print(Promise.try.length + ' ' + Promise.withResolvers.length);
                    """, "t.js");
            assertThat(out).isEqualTo("""
                    promise,resolve,reject true []
                    1 0
                    withResolvers done
                    try 5
                    try caught thrown
                    try non-callable TypeError
                    """);
        } finally {
            h.close();
        }
    }

    @Test
    void groupBy() {
        // Node 20 has no groupBy; expectations follow the spec (and Rhino's native results).
        String script = """
                var inventory = [{ n: 'a', t: 'veg' }, { n: 'b', t: 'fruit' }, { n: 'c', t: 'veg' }];
                var o = Object.groupBy(inventory, function (x, i) { return x.t + (i > 5 ? '!' : ''); });
                var m = Map.groupBy([1, -0, 0, 2, NaN, NaN], function (x) { return x !== x ? NaN : (x === 0 ? x : 'n'); });
                var keys = [];
                m.forEach(function (v, k) { keys.push((Object.is(k, -0) ? '-0' : String(k)) + ':' + v.length); });
                [Object.getPrototypeOf(o) === null, Object.keys(o).join(), o.veg.map(function (x) { return x.n; }).join(),
                 keys.join(), Object.groupBy('abca', function (c) { return c; }).a.length].join(' | ');
                """;
        PreludeHarness bare = new PreludeHarness(false, false);
        String nativeResult;
        try {
            nativeResult = evalString(bare, script);
        } finally {
            bare.close();
        }
        PreludeHarness h = new PreludeHarness();
        try {
            assertThat(evalString(h, script)).isEqualTo("true | veg,fruit | a,c | n:2,0:2,NaN:2 | 2")
                    .isEqualTo(nativeResult);
        } finally {
            h.close();
        }
    }

    @Test
    void aggregateErrorIsTheEngines() {
        PreludeHarness h = new PreludeHarness();
        try {
            assertThat(evalString(h, "AggregateError === $colony.internals.promise_AggregateErrorCtor"))
                    .isEqualTo("true");
        } finally {
            h.close();
        }
    }

    @Test
    void closureLoweredAsyncFunctionsOrderLikeNode() {
        // $jscomp.asyncExecutePromiseGeneratorFunction as Closure Compiler emits it, with a generator
        // lowered to a state machine, for async function f() { f1; await null; f2; await p; f3; }.
        PreludeHarness h = new PreludeHarness();
        try {
            String out = h.run("""
                    var $jscomp = {};
                    $jscomp.asyncExecutePromiseGenerator = function (generator) {
                      function passValueToGenerator(value) { return generator.next(value); }
                      function passErrorToGenerator(error) { return generator.throw(error); }
                      return new Promise(function (resolve, reject) {
                        function handleGeneratorRecord(genRec) {
                          if (genRec.done) { resolve(genRec.value); }
                          else { Promise.resolve(genRec.value).then(passValueToGenerator, passErrorToGenerator)
                                   .then(handleGeneratorRecord, reject); }
                        }
                        handleGeneratorRecord(generator.next());
                      });
                    };
                    $jscomp.asyncExecutePromiseGeneratorFunction = function (f) { return $jscomp.asyncExecutePromiseGenerator(f()); };
                    function f() {
                      return $jscomp.asyncExecutePromiseGeneratorFunction(function () {
                        var state = 0;
                        return { next: function (v) {
                          switch (state) {
                            case 0: print('f1'); state = 1; return { value: null, done: false };
                            case 1: print('f2'); state = 2; return { value: Promise.resolve('p'), done: false };
                            default: print('f3 ' + v); state = 3; return { value: 'r', done: true };
                          } }, 'throw': function (e) { throw e; } };
                      });
                    }
                    f().then(function (r) { print('result ' + r); });
                    Promise.resolve().then(function () { print('a'); }).then(function () { print('b'); })
                      .then(function () { print('c'); }).then(function () { print('d'); }).then(function () { print('e'); })
                      .then(function () { print('g'); }).then(function () { print('h'); });
                    """, "t.js");
            // Recorded with Node 20 running the same code. (Closure's driver costs three jobs per
            // await; native async/await on Node prints f1 f2 a f3 b result c ...)
            assertThat(out).isEqualTo("f1\nf2\na\nb\nf3 p\nc\nd\nresult r\ne\ng\nh\n");
        } finally {
            h.close();
        }
    }
}
