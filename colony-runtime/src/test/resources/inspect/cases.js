/*
 * The value-formatter battery: each entry is [label, function () { return value; }].
 * A function that returns F(a, b, ...) asks for util.format(a, b, ...) instead of
 * util.inspect(value). Node runs this file through driver.js to produce
 * expected.txt (see regenerate.sh); InspectTest runs it on Rhino with
 * $colony.inspect / $colony.format and compares line by line.
 *
 * Written in the ES5 subset both engines parse (no class, let/const, arrows,
 * spread, template literals, computed keys). Where Node needs newer syntax to
 * build the real thing (class, #private, async function) the helpers below build
 * it with new Function in Node and fall back, on Rhino, to the lowered form the
 * runtime's transpiler produces, telling the formatter about it through the
 * $colony hooks the runtime provides (functionKind, privateNames).
 *
 * Left out by construction: errors that keep their engine stack trace (V8 and
 * Rhino frames name different files and lines), so every error here has its
 * stack deleted or set to a fixed string. Cases that Rhino makes impossible
 * stay in, and InspectTest lists them as known differences.
 */
(function () {
  function FormatCall(args) { this.args = args; }
  function F() { return new FormatCall(Array.prototype.slice.call(arguments)); }

  var onRhino = typeof $colony !== 'undefined';
  var kinds = typeof WeakMap === 'function' ? new WeakMap() : null;
  if (onRhino) {
    $colony.functionKind = function (fn) { return kinds.get(fn); };
    if (!$colony.privateNames) $colony.privateNames = new Set();
  }

  function modern(src) {
    try {
      return new Function(src)();
    } catch (e) {
      return undefined;
    }
  }
  function markKind(fn, kind) { kinds.set(fn, kind); return fn; }
  function inherit(Child, Parent) {
    Child.prototype = Object.create(Parent.prototype, {
      constructor: { value: Child, writable: true, configurable: true }
    });
    Object.setPrototypeOf(Child, Parent);
  }

  // class A { constructor() { this.x = 1; } }  and  class B extends A { ... }
  function makeClasses() {
    var real = modern('class A { constructor() { this.x = 1; } }' +
      ' class B extends A { constructor() { super(); this.y = 2; } }' +
      ' class C { static make() { return 1; } }' +
      ' C.count = 3;' +
      ' return { A: A, B: B, C: C, anon: (0, class {}) };');
    if (real) return real;
    function A() { this.x = 1; }
    function B() { A.call(this); this.y = 2; }
    inherit(B, A);
    var C = function C() {};
    Object.defineProperty(C, 'make', { value: function make() { return 1; }, writable: true, configurable: true });
    C.count = 3;
    var anon = (function () { return function () {}; })();
    markKind(A, 'class');
    markKind(B, 'class');
    markKind(C, 'class');
    markKind(anon, 'class');
    var lowered = { A: A, B: B, C: C };
    lowered.anon = anon; // not in the literal: Rhino would name the function 'anon'
    return lowered;
  }
  var classes = makeClasses();

  // class P { #secret = 1; #hidden() {} constructor() { this.visible = 2; } }
  function makePrivate() {
    var real = modern('class P { #secret = 1; static #count = 0;' +
      ' constructor() { this.visible = 2; } } return P;');
    if (real) return new real();
    var secret = Symbol('#secret');
    $colony.privateNames.add(secret);
    function P() { this[secret] = 1; this.visible = 2; }
    markKind(P, 'class');
    return new P();
  }

  function makeAsync() {
    var real = modern('return async function load() {}');
    if (real) return real;
    return markKind(function load() {}, 'async');
  }

  function noStack(e) {
    delete e.stack;
    return e;
  }
  function withStack(e, stack) {
    Object.defineProperty(e, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    return e;
  }
  function range(n, f) {
    var a = [];
    for (var i = 0; i < n; i++) a.push(f(i));
    return a;
  }
  function rep(s, n) {
    var r = '';
    for (var i = 0; i < n; i++) r += s;
    return r;
  }
  function Foo() { this.a = 1; }
  function Bar() {}
  function handled(p) { p['catch'](function () {}); return p; }

  var cases = [
    // ---- strings
    ['string simple', function () { return 'abc'; }],
    ['string empty', function () { return ''; }],
    ['string single quote', function () { return "it's"; }],
    ['string single and double', function () { return 'say "hi", it\'s'; }],
    ['string all quotes', function () { return 'a\'b"c`d'; }],
    ['string dollar brace', function () { return 'a\'b"c${d}'; }],
    ['string escapes', function () { return 'a\nb\tc\\d\re\bf\fg\vh'; }],
    ['string control chars', function () { return '\x00\x01\x1b\x1f\x7f\x85\x9f\xa0'; }],
    ['string lone surrogates', function () { return 'x\ud800y\udc00z'; }],
    ['string surrogate pair', function () { return 'smile \ud83d\ude00'; }],
    ['string unicode', function () { return 'caf\u00e9 \u65e5\u672c'; }],
    ['string long no newline', function () { return rep('abcdefghij', 12); }],
    ['string long with newlines', function () { return rep('a', 20) + '\n' + rep('b', 70) + '\nc'; }],
    ['string long escapes', function () { return rep('x\'', 60) + '\n'; }],
    ['string in array long', function () { return [rep('a', 20) + '\n' + rep('b', 70)]; }],
    ['string over max length', function () { return [rep('z', 10003)]; }],
    ['string short with newline in object', function () { return { s: 'a\nb' }; }],

    // ---- numbers, bigint, other primitives
    ['number zero', function () { return 0; }],
    ['number negative zero', function () { return -0; }],
    ['number fraction', function () { return 1.5; }],
    ['number negative', function () { return -42; }],
    ['number big', function () { return 1e21; }],
    ['number small', function () { return 1e-7; }],
    ['number float sum', function () { return 0.1 + 0.2; }],
    ['number max safe', function () { return 9007199254740991; }],
    ['number max value', function () { return Number.MAX_VALUE; }],
    ['number min value', function () { return Number.MIN_VALUE; }],
    ['number NaN', function () { return NaN; }],
    ['number Infinity', function () { return Infinity; }],
    ['number -Infinity', function () { return -Infinity; }],
    ['numbers in array', function () { return [0, -0, NaN, 1.25, -1e-7]; }],
    ['bigint', function () { return BigInt('123456789012345678901234567890'); }],
    ['bigint negative in array', function () { return [BigInt(-1), BigInt(0)]; }],
    ['boolean true', function () { return true; }],
    ['boolean false', function () { return false; }],
    ['null', function () { return null; }],
    ['undefined', function () { return undefined; }],
    ['symbol', function () { return Symbol('desc'); }],
    ['symbol no description', function () { return Symbol(); }],
    ['symbol well-known', function () { return Symbol.iterator; }],
    ['symbol registered', function () { return Symbol['for']('app.key'); }],
    ['symbol quote description', function () { return [Symbol("it's")]; }],

    // ---- functions and classes
    ['function named', function () { return function foo() {}; }],
    ['function anonymous', function () { return function () {}; }],
    ['function inferred name', function () { var bar = function () {}; return bar; }],
    ['function in object', function () { return { f: function () {}, g: function named() {} }; }],
    ['function with props', function () { var f = function fn() {}; f.x = 1; f.y = 'two'; return f; }],
    ['function returned from closure', function () { var made = (function () { return function () {}; })(); return made; }],
    ['function anonymous via object literal', function () { var made = (function () { return function () {}; })(); return { key: made }; }],
    ['function bound', function () { return function foo() {}.bind(null); }],
    ['function native', function () { return Math.max; }],
    ['function null prototype', function () { var f = function nul() {}; Object.setPrototypeOf(f, null); return f; }],
    ['function name property changed', function () { var f = function orig() {}; Object.defineProperty(f, 'name', { value: 'renamed' }); return f; }],
    ['function empty name property', function () { var f = function orig() {}; Object.defineProperty(f, 'name', { value: '' }); return f; }],
    ['function with tag', function () { var f = function tagged() {}; Object.defineProperty(f, Symbol.toStringTag, { value: 'Special' }); return f; }],
    ['class', function () { return classes.A; }],
    ['class extends', function () { return classes.B; }],
    ['class with static', function () { return classes.C; }],
    ['class anonymous', function () { return classes.anon; }],
    ['class instance', function () { return new classes.A(); }],
    ['subclass instance', function () { return new classes.B(); }],
    ['classes in array', function () { return [classes.A, classes.B]; }],
    ['async function', function () { return makeAsync(); }],
    ['private fields hidden', function () { return makePrivate(); }],
    ['private fields nested', function () { return { p: makePrivate() }; }],

    // ---- arrays
    ['array empty', function () { return []; }],
    ['array numbers', function () { return [1, 2, 3]; }],
    ['array mixed', function () { return [1, 'a', null, undefined, true, Symbol('s')]; }],
    ['array nested', function () { return [1, [2, [3, [4, [5]]]]]; }],
    ['array nested objects', function () { return [{ a: 1 }, { b: { c: { d: 1 } } }]; }],
    ['array hole', function () { return [1, , 3]; }],
    ['array holes only', function () { return [, , ]; }],
    ['array new Array(5)', function () { return new Array(5); }],
    ['array trailing holes', function () { var a = [1, 2]; a.length = 5; return a; }],
    ['array sparse large', function () { var a = []; a[2] = 'x'; a[50] = 'y'; a.length = 200; return a; }],
    ['array extra props', function () { var a = [1, 2]; a.extra = true; a['key with space'] = 1; return a; }],
    ['array symbol prop', function () { var a = [1]; a[Symbol('s')] = 2; return a; }],
    ['array only extra props', function () { var a = []; a.x = 1; return a; }],
    ['array non-enumerable prop', function () { var a = [1]; Object.defineProperty(a, 'hidden', { value: 1 }); return a; }],
    ['array 101 items', function () { return range(101, function (i) { return i; }); }],
    ['array 150 items', function () { return range(150, function (i) { return i * 3; }); }],
    ['array 26 numbers grouped', function () { return range(26, function (i) { return i; }); }],
    ['array 30 mixed width numbers', function () { return range(30, function (i) { return i * i * i - 500; }); }],
    ['array 7 short strings', function () { return ['a', 'bb', 'ccc', 'dd', 'e', 'ffff', 'g']; }],
    ['array 20 words', function () { return range(20, function (i) { return rep('w', (i % 5) + 1); }); }],
    ['array long strings', function () { return range(8, function (i) { return rep('long string ', 3) + i; }); }],
    ['array 6 items', function () { return [100000, 200000, 300000, 400000, 500000, 600000]; }],
    ['array 7 items mixed', function () { return [1, 'two', 3, 'four', 5, 'six', 7]; }],
    ['array of arrays', function () { return range(10, function (i) { return [i, i * 2]; }); }],
    ['array of objects long', function () { return range(4, function (i) { return { id: i, name: 'item number ' + i }; }); }],
    ['array grouped with holes', function () { var a = range(30, function (i) { return i; }); delete a[3]; return a; }],
    ['array grouped bigint', function () { return range(12, function (i) { return BigInt(i * 1000); }); }],
    ['array grouped undefined', function () { return range(10, function () { return undefined; }); }],
    ['array in object grouped', function () { return { list: range(40, function (i) { return i; }) }; }],
    ['array subclass', function () { function MyArray() {} inherit(MyArray, Array); var a = []; Object.setPrototypeOf(a, MyArray.prototype); a.push(1, 2); return a; }],
    ['array null prototype', function () { var a = [1, 2]; Object.setPrototypeOf(a, null); return a; }],
    ['array with tag', function () { var a = [1]; Object.defineProperty(a, Symbol.toStringTag, { value: 'Tagged' }); return a; }],

    // ---- objects
    ['object empty', function () { return {}; }],
    ['object simple', function () { return { a: 1, b: 'two', c: [3] }; }],
    ['object nested depth', function () { return { a: { b: { c: { d: 1 } } } }; }],
    ['object nested array depth', function () { return { a: { b: { c: [1] } } }; }],
    ['object nested empty depth', function () { return { a: { b: { c: {}, d: [] } } }; }],
    ['object quoted keys', function () { var o = {}; o['a-b'] = 1; o['1a'] = 2; o[''] = 3; o['caf\u00e9'] = 4; o['it\'s'] = 5; o.ok_1 = 6; o.$d = 7; return o; }],
    ['object numeric keys', function () { return { 2: 'b', 1: 'a', x: 'c' }; }],
    ['object symbol keys', function () { var o = { a: 1 }; o[Symbol('s')] = 2; o[Symbol()] = 3; o[Symbol['for']('g')] = 4; return o; }],
    ['object non-enumerable symbol', function () { var o = {}; Object.defineProperty(o, Symbol('h'), { value: 1 }); return o; }],
    ['object __proto__ key', function () { var o = {}; Object.defineProperty(o, '__proto__', { value: 1, enumerable: true }); return o; }],
    ['object getters setters', function () {
      var o = {};
      Object.defineProperty(o, 'g', { get: function () { return 1; }, enumerable: true });
      Object.defineProperty(o, 's', { set: function (v) {}, enumerable: true });
      Object.defineProperty(o, 'gs', { get: function () { return 1; }, set: function (v) {}, enumerable: true });
      return o;
    }],
    ['object accessor literal', function () { return { get x() { return 1; }, set x(v) {}, get y() { return 2; } }; }],
    ['object non-enumerable hidden', function () { var o = { a: 1 }; Object.defineProperty(o, 'b', { value: 2 }); return o; }],
    ['object undefined values', function () { return { a: undefined, b: null }; }],
    ['object long breaks', function () { return { first: 'a fairly long string value', second: 'another long string value', third: 3 }; }],
    ['object many keys', function () { var o = {}; for (var i = 0; i < 30; i++) o['k' + i] = i; return o; }],
    ['object compact nesting', function () { return { a: 1, b: { c: { d: 2 } }, e: [1, 2] }; }],
    ['object four levels wide', function () { return { x: { y: { z: { w: 1 } } }, arr: [[1, 2], [3, 4]] }; }],
    ['object deep compact three', function () { return { level1: { level2: { level3: 'value', other: 'thing' }, sibling: 1 } }; }],
    ['object long nested line', function () { return { outer: { inner: rep('v', 60), more: 1 } }; }],
    ['object null prototype', function () { return Object.create(null); }],
    ['object null prototype props', function () { var o = Object.create(null); o.a = 1; return o; }],
    ['object null prototype nested', function () { var o = Object.create(null); o.x = { y: { z: Object.create(null) } }; return o; }],
    ['object null prototype depth', function () { var o = Object.create(null); o.q = 1; return { a: { b: { c: o } } }; }],
    ['object constructor instance', function () { return new Foo(); }],
    ['object constructor empty', function () { return new Bar(); }],
    ['object constructor depth', function () { return { a: { b: { c: new Foo() } } }; }],
    ['object prototype chain without constructor', function () { var proto = Object.create(Foo.prototype); return Object.create(proto); }],
    ['object create proto', function () { return Object.create({ inherited: 1 }); }],
    ['object anonymous constructor', function () { var C = (function () { return function () { this.v = 1; }; })(); return new C(); }],
    ['object circular self', function () { var o = { name: 'o' }; o.self = o; return o; }],
    ['object circular nested', function () { var a = { b: {} }; a.b.a = a; a.b.list = [a]; return a; }],
    ['object circular two refs', function () { var a = {}; var b = { a: a }; a.b = b; var root = { a: a, b: b }; root.root = root; return root; }],
    ['object shared not circular', function () { var s = { v: 1 }; return { x: s, y: s }; }],
    ['array circular', function () { var a = [1]; a.push(a); return a; }],
    ['object with methods', function () { return { m: function () {}, n: Math.min }; }],
    ['object toStringTag own', function () { var o = { a: 1 }; o[Symbol.toStringTag] = 'Own'; return o; }],
    ['object toStringTag prototype', function () { function T() { this.v = 1; } Object.defineProperty(T.prototype, Symbol.toStringTag, { get: function () { return 'Tag'; } }); return new T(); }],
    ['object toStringTag plain proto', function () { var proto = {}; Object.defineProperty(proto, Symbol.toStringTag, { value: 'Custom' }); return Object.create(proto); }],
    ['object toStringTag null proto', function () { var o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'NP' }); return o; }],
    ['custom inspect string', function () { var o = {}; o[Symbol['for']('nodejs.util.inspect.custom')] = function () { return 'CUSTOM!'; }; return { inner: o }; }],
    ['custom inspect object', function () { var o = {}; o[Symbol['for']('nodejs.util.inspect.custom')] = function () { return { replaced: true }; }; return o; }],
    ['custom inspect multiline', function () { var o = {}; o[Symbol['for']('nodejs.util.inspect.custom')] = function () { return 'line1\nline2'; }; return { a: { b: o } }; }],
    ['custom inspect depth arg', function () { var o = {}; o[Symbol['for']('nodejs.util.inspect.custom')] = function (depth) { return 'depth=' + depth; }; return { a: { b: o } }; }],
    ['arguments object', function () { return (function () { return arguments; })(1, 'two'); }],
    ['arguments empty', function () { return (function () { return arguments; })(); }],
    ['Math', function () { return Math; }],
    ['JSON', function () { return JSON; }],

    // ---- Map, Set, weak collections
    ['map empty', function () { return new Map(); }],
    ['map entries', function () { return new Map([['a', 1], ['b', { c: 2 }]]); }],
    ['map object keys', function () { return new Map([[{ k: 1 }, [1, 2]], [null, undefined]]); }],
    ['map nested', function () { return new Map([['m', new Map([['n', new Map([['o', new Map([['p', 1]])]])]])]]); }],
    ['map with props', function () { var m = new Map([[1, 2]]); m.extra = 'x'; return m; }],
    ['map long', function () { return new Map(range(10, function (i) { return ['key' + i, 'value number ' + i]; })); }],
    ['set empty', function () { return new Set(); }],
    ['set values', function () { return new Set([1, 'two', [3]]); }],
    ['set many numbers', function () { return new Set(range(30, function (i) { return i; })); }],
    ['set over max items', function () { return new Set(range(105, function (i) { return i; })); }],
    ['set in object depth', function () { return { a: { b: { c: new Set([1]) } } }; }],
    ['map in object depth', function () { return { a: { b: { c: new Map([[1, 2]]) } } }; }],
    ['set circular', function () { var s = new Set(); s.add(s); return s; }],
    ['map subclass', function () { function MyMap() {} inherit(MyMap, Map); var m = new Map([[1, 2]]); Object.setPrototypeOf(m, MyMap.prototype); return m; }],
    ['map entries iterator', function () { return new Map([['a', 1]]).entries(); }],
    ['map keys iterator', function () { return new Map([['a', 1]]).keys(); }],
    ['set values iterator', function () { return new Set([1, 2]).values(); }],
    ['format %o weakmap', function () { var k = {}; var w = new WeakMap(); w.set(k, 1); return F('%o', [w, k]); }],
    ['weakmap', function () { return new WeakMap(); }],
    ['weakset', function () { return new WeakSet(); }],
    ['weak in object', function () { return { wm: new WeakMap(), ws: new WeakSet() }; }],

    // ---- Date, RegExp
    ['date', function () { return new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6)); }],
    ['date epoch', function () { return new Date(0); }],
    ['date invalid', function () { return new Date(NaN); }],
    ['date with props', function () { var d = new Date(0); d.note = 'x'; return d; }],
    ['date in object', function () { return { when: new Date(86400000) }; }],
    ['date depth', function () { return { a: { b: { c: new Date(0) } } }; }],
    ['regexp', function () { return /ab+c/gi; }],
    ['regexp escaped slash', function () { return /a\/b/; }],
    ['regexp constructed', function () { return new RegExp('x.y', 'gimsy'); }],
    ['regexp with props', function () { var r = /r/; r.extra = 1; return r; }],
    ['regexp in array', function () { return [/a/, /b/m]; }],

    // ---- errors
    ['error no stack', function () { return noStack(new Error('boom')); }],
    ['error type no stack', function () { return noStack(new TypeError('bad type')); }],
    ['error range no stack', function () { return noStack(new RangeError('out')); }],
    ['error empty message', function () { return noStack(new Error()); }],
    ['error extra props', function () { var e = noStack(new Error('with props')); e.code = 'E_CODE'; e.status = 500; return e; }],
    ['error cause', function () { return noStack(new Error('outer', { cause: noStack(new Error('inner')) })); }],
    ['error cause primitive', function () { return noStack(new Error('outer', { cause: 'just a string' })); }],
    ['error in object', function () { return { err: noStack(new Error('nested')) }; }],
    ['error in array', function () { return [noStack(new Error('one')), noStack(new TypeError('two'))]; }],
    ['error name changed', function () { var e = new Error('msg'); e.name = 'CustomName'; return noStack(e); }],
    ['error subclass', function () {
      function MyError(message) { this.message = message; }
      inherit(MyError, Error);
      MyError.prototype.name = 'MyError';
      return new MyError('custom');
    }],
    ['error subclass default name', function () {
      function ValidationError(message) { this.message = message; }
      inherit(ValidationError, Error);
      return new ValidationError('invalid');
    }],
    ['error fixed stack', function () { return withStack(new Error('boom'), 'Error: boom\n    at foo (file.js:1:2)\n    at bar (file.js:3:4)'); }],
    ['error fixed stack nested', function () { return { e: withStack(new Error('boom'), 'Error: boom\n    at foo (file.js:1:2)') }; }],
    ['error fixed stack with props', function () { var e = withStack(new Error('boom'), 'Error: boom\n    at foo (file.js:1:2)'); e.extra = 1; return e; }],
    ['error odd stack', function () { return withStack(new Error('boom'), 'not a stack'); }],
    ['error stack without message', function () { return withStack(new Error('msg'), 'Error\n    at x (y.js:1:1)'); }],
    ['error enumerable message', function () { var e = noStack(new Error('m')); Object.defineProperty(e, 'message', { value: 'm', enumerable: true }); return e; }],
    ['error aggregate', function () { return noStack(new AggregateError([noStack(new Error('a')), 'b'], 'many')); }],
    ['error null prototype', function () { var e = noStack(new Error('np')); Object.setPrototypeOf(e, null); return e; }],

    // ---- boxed primitives
    ['boxed number', function () { return new Number(3); }],
    ['boxed negative zero', function () { return new Number(-0); }],
    ['boxed string', function () { return new String('abc'); }],
    ['boxed string with prop', function () { var s = new String('ab'); s.extra = 1; return s; }],
    ['boxed boolean', function () { return new Boolean(false); }],
    ['boxed symbol', function () { return Object(Symbol('boxed')); }],
    ['boxed bigint', function () { return Object(BigInt(5)); }],
    ['boxed in array', function () { return [new Number(1), new String('s')]; }],

    // ---- typed arrays and buffers
    ['uint8array', function () { return new Uint8Array([1, 2, 3]); }],
    ['uint8array empty', function () { return new Uint8Array(0); }],
    ['int16array negative', function () { return new Int16Array([-1, 2, -300]); }],
    ['float64array', function () { return new Float64Array([1.5, -0, NaN]); }],
    ['bigint64array', function () { return new BigInt64Array([BigInt(1), BigInt(-2)]); }],
    ['uint8array grouped', function () { return new Uint8Array(range(30, function (i) { return i * 7; })); }],
    ['uint8array over max', function () { return new Uint8Array(120); }],
    ['typed array with prop', function () { var t = new Uint8Array(2); t.extra = 'x'; return t; }],
    ['typed arrays in object', function () { return { u: new Uint32Array([4294967295]), c: new Uint8ClampedArray([300]) }; }],
    ['arraybuffer', function () { var b = new ArrayBuffer(4); new Uint8Array(b).set([1, 2, 254, 255]); return b; }],
    ['arraybuffer empty', function () { return new ArrayBuffer(0); }],
    ['arraybuffer large', function () { return new ArrayBuffer(120); }],
    ['dataview', function () { var b = new ArrayBuffer(3); new Uint8Array(b)[0] = 9; return new DataView(b, 1, 2); }],

    // ---- promises and proxies
    ['promise resolved', function () { return Promise.resolve(1); }],
    ['promise resolved object', function () { return Promise.resolve({ a: [1, 2] }); }],
    ['promise pending', function () { return new Promise(function () {}); }],
    ['promise rejected', function () { return handled(Promise.reject(noStack(new Error('nope')))); }],
    ['promise rejected primitive', function () { return handled(Promise.reject(42)); }],
    ['promise in object', function () { return { p: Promise.resolve('x'), q: new Promise(function () {}) }; }],
    ['promise with props', function () { var p = Promise.resolve(2); p.tag = 't'; return p; }],
    ['proxy object', function () { return new Proxy({ a: 1, b: { c: 2 } }, {}); }],
    ['proxy array', function () { return new Proxy([1, 2, 3], {}); }],
    ['proxy with lying traps', function () {
      return new Proxy({ a: 1 }, {
        get: function () { return 'trapped'; },
        ownKeys: function () { return ['zz']; }
      });
    }],
    ['proxy function', function () { return new Proxy(function target() {}, {}); }],
    ['proxy revoked', function () { var r = Proxy.revocable({}, {}); r.revoke(); return { p: r.proxy }; }],

    // ---- layout corner cases
    ['nested arrays grouping', function () { return [range(8, function (i) { return i; }), range(8, function (i) { return 'x' + i; })]; }],
    ['object with array of objects', function () { return { rows: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: [] }] }; }],
    ['wide object in array', function () { return [{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd' }]; }],
    ['exactly 72 chars', function () { return { k: rep('x', 62) }; }],
    ['exactly 76 chars', function () { return { k: rep('x', 66) }; }],
    ['deep mixed', function () { return { a: [{ b: new Map([['c', new Set([{ d: 1 }])]]) }] }; }],
    ['array of empty things', function () { return [[], {}, new Map(), new Set(), '']; }],
    ['indent of multi-line in map', function () { return new Map([['k', { a: rep('a', 40), b: rep('b', 40) }]]); }],

    // ---- util.format
    ['format plain string', function () { return F('hello'); }],
    ['format no args', function () { return F(); }],
    ['format %s string', function () { return F('a %s c', 'b'); }],
    ['format %s number', function () { return F('%s', 42); }],
    ['format %s negative zero', function () { return F('%s', -0); }],
    ['format %s bigint', function () { return F('%s', BigInt(7)); }],
    ['format %s null undefined', function () { return F('%s %s', null, undefined); }],
    ['format %s symbol', function () { return F('%s', Symbol('s')); }],
    ['format %s object', function () { return F('%s', { a: { b: 1 } }); }],
    ['format %s array', function () { return F('%s', [1, [2, [3]]]); }],
    ['format %s custom toString', function () { return F('%s', { toString: function () { return 'custom'; } }); }],
    ['format %s class toString', function () { function T() {} T.prototype.toString = function () { return 'T!'; }; return F('%s', new T()); }],
    ['format %s instance', function () { return F('%s', new Foo()); }],
    ['format %s date', function () { return F('%s', new Date(0)); }],
    ['format %s null prototype', function () { var o = Object.create(null); o.x = 1; return F('%s', o); }],
    ['format %s error', function () { return F('%s', noStack(new Error('fmt'))); }],
    ['format %d', function () { return F('%d', '42'); }],
    ['format %d float', function () { return F('%d', 1.5); }],
    ['format %d bigint', function () { return F('%d', BigInt(9)); }],
    ['format %d object', function () { return F('%d', {}); }],
    ['format %d symbol', function () { return F('%d', Symbol('x')); }],
    ['format %d negative zero', function () { return F('%d', -0); }],
    ['format %d empty string', function () { return F('%d', ''); }],
    ['format %i', function () { return F('%i', '42.9px'); }],
    ['format %i negative', function () { return F('%i', -3.7); }],
    ['format %i bigint', function () { return F('%i', BigInt(3)); }],
    ['format %f', function () { return F('%f', '1.5abc'); }],
    ['format %f not a number', function () { return F('%f', 'abc'); }],
    ['format %j', function () { return F('%j', { a: [1, 'b'] }); }],
    ['format %j circular', function () { var o = {}; o.o = o; return F('%j', o); }],
    ['format %j undefined', function () { return F('%j', undefined); }],
    ['format %o object', function () { return F('%o', { a: 1, b: 'x' }); }],
    ['format %o array', function () { return F('%o', [1, 2]); }],
    ['format %o nested', function () { return F('%o', { a: { b: { c: { d: { e: 1 } } } } }); }],
    ['format %o function', function () { return F('%o', function foo(a) {}); }],
    ['format %o null prototype', function () { return F('%o', Object.create(null)); }],
    ['format %o proxy', function () { return F('%o', new Proxy({ a: 1 }, {})); }],
    ['format %s proxy', function () { return F('%s', new Proxy({ a: 1 }, {})); }],
    ['format %O', function () { return F('%O', { a: { b: { c: { d: 1 } } } }); }],
    ['format %c', function () { return F('%cstyled', 'color: red'); }],
    ['format %%', function () { return F('100%% sure %s', 'yes'); }],
    ['format %% without args', function () { return F('100%%'); }],
    ['format %% with extra arg', function () { return F('100%%', 1); }],
    ['format unknown directive', function () { return F('%x %s', 'a'); }],
    ['format trailing percent', function () { return F('50%', 1); }],
    ['format missing args', function () { return F('%s and %s', 'one'); }],
    ['format extra args', function () { return F('%s', 'a', 'b', 1, { c: 2 }); }],
    ['format first not string', function () { return F(1, 'two', { three: 3 }); }],
    ['format strings bare', function () { return F('a', 'b\nc', 'd'); }],
    ['format objects', function () { return F({ a: 1 }, [1, 2], null); }],
    ['format error extra arg', function () { return F('failed:', noStack(new Error('e'))); }],
    ['format string with no placeholders then object', function () { return F('value', { x: 1 }); }],

    // ---- more corner cases
    ['empty containers beyond depth', function () { return { a: { b: { c: { d: {}, e: [], f: new Map(), g: new Set() } } } }; }],
    ['arrays beyond depth', function () { return [[[[1], []]]]; }],
    ['array-like object', function () { return { length: 2, 0: 'a', 1: 'b' }; }],
    ['object from Array.prototype', function () { return Object.create(Array.prototype); }],
    ['object with constructor key', function () { return { constructor: 'not a function' }; }],
    ['object constructor overwritten on prototype', function () { function K() {} K.prototype.constructor = function Other() {}; return new K(); }],
    ['object leading zero key', function () { return { '01': 1, '1': 2, '-1': 3, '1.5': 4 }; }],
    ['array odd keys', function () { var a = [0]; a[-1] = 'neg'; a['4294967295'] = 'big'; a['01'] = 'lead'; return a; }],
    ['array over max with extra prop', function () { var a = range(102, function (i) { return i; }); a.tail = 'x'; return a; }],
    ['array float grouping', function () { return range(12, function (i) { return i / 4 - 1; }); }],
    ['array grouped objects short', function () { return range(9, function (i) { return { i: i }; }); }],
    ['array grouped unicode', function () { return range(10, function (i) { return '\u65e5' + i; }); }],
    ['array long items not grouped', function () { return ['a', 'b', 'c', 'd', 'e', 'f', rep('z', 70)]; }],
    ['map over max entries', function () { var m = new Map(); for (var i = 0; i < 103; i++) m.set(i, i); return m; }],
    ['map multi-line values', function () { return new Map([['first', { a: rep('a', 30), b: rep('b', 30) }], ['second', [1, 2, 3]]]); }],
    ['set of objects', function () { return new Set([{ a: 1 }, { b: [1, 2] }, 'str']); }],
    ['set circular in object', function () { var o = { s: new Set() }; o.s.add(o); return o; }],
    ['map circular', function () { var m = new Map(); m.set('self', m); m.set(m, 'key'); return m; }],
    ['nested circular two levels', function () { var a = { name: 'a' }; var b = { name: 'b', a: a }; a.b = b; b.self = b; return [a, b]; }],
    ['symbol key newline', function () { var o = {}; o[Symbol('a\nb')] = 1; return o; }],
    ['symbol description unicode', function () { return Symbol('caf\u00e9'); }],
    ['string double quotes only', function () { return 'say "hi"'; }],
    ['string quote and newline', function () { return "it's\nfine"; }],
    ['string backslashes', function () { return ['C:\\path\\to', '\\']; }],
    ['string 16 and 17 chars in deep object', function () { return { a: { b: { c: rep('x', 16), d: rep('y', 17) } } }; }],
    ['string long in array of arrays', function () { return [[rep('word ', 20)]]; }],
    ['boxed long string', function () { return new String(rep('s', 30)); }],
    ['boxed boolean with prop', function () { var b = new Boolean(true); b.x = 1; return b; }],
    ['boxed number with prop', function () { var n = new Number(7); n.unit = 'px'; return n; }],
    ['boxed string subclass', function () { function S() {} inherit(S, String); var s = new String('q'); Object.setPrototypeOf(s, S.prototype); return s; }],
    ['date null prototype', function () { var d = new Date(0); Object.setPrototypeOf(d, null); return d; }],
    ['date subclass', function () { function D() {} inherit(D, Date); var d = new Date(0); Object.setPrototypeOf(d, D.prototype); return d; }],
    ['regexp null prototype', function () { var r = /np/; Object.setPrototypeOf(r, null); return r; }],
    ['regexp depth with props', function () { var r = /x/; r.p = 1; return { a: { b: { c: r } } }; }],
    ['typed array subclass', function () { function T() {} inherit(T, Uint8Array); var t = new Uint8Array(2); Object.setPrototypeOf(t, T.prototype); return t; }],
    ['typed array float32', function () { return new Float32Array([0.1, 1 / 3, 16777217]); }],
    ['typed array bigint grouped', function () { return new BigUint64Array(range(8, function (i) { return BigInt(i * 99999); })); }],
    ['error message newline', function () { return noStack(new Error('line1\nline2')); }],
    ['error number message', function () { var e = noStack(new Error('x')); e.message = 42; return e; }],
    ['error custom stack in array', function () { return [withStack(new Error('a'), 'Error: a\n    at f (x.js:1:1)'), 1]; }],
    ['error cause chain', function () { var c = noStack(new Error('root')); var b = noStack(new Error('mid', { cause: c })); return noStack(new Error('top', { cause: b })); }],
    ['error cause nested in object', function () { return { e: noStack(new Error('o', { cause: { detail: [1, 2] } })) }; }],
    ['error assigned cause', function () { var e = noStack(new Error('assigned')); e.cause = 'later'; return e; }],
    ['error name on prototype', function () { function HttpError(m) { this.message = m; } inherit(HttpError, Error); HttpError.prototype.name = 'HttpError'; var e = new HttpError('404'); e.status = 404; return e; }],
    ['error type mismatch name', function () { var e = noStack(new TypeError('t')); e.name = 'Different'; return e; }],
    ['error with Object prototype', function () { var e = noStack(new Error('x')); Object.setPrototypeOf(e, Object.prototype); return e; }],
    ['error prototype swapped', function () { var e = noStack(new RangeError('r')); Object.setPrototypeOf(e, Error.prototype); return e; }],
    ['error instance without Error tag', function () { var e = Object.create(Error.prototype); e.message = 'fake'; return e; }],
    ['class instance with tag', function () { function Svc() {} Object.defineProperty(Svc.prototype, Symbol.toStringTag, { value: 'Svc' }); return new Svc(); }],
    ['class instance getter on prototype', function () { function G() { this.x = 1; } Object.defineProperty(G.prototype, 'y', { get: function () { return 2; } }); return new G(); }],
    ['object with symbol.iterator', function () { var o = { a: 1 }; o[Symbol.iterator] = function () {}; return o; }],
    ['object frozen', function () { return Object.freeze({ a: [1, Object.freeze({ b: 2 })] }); }],
    ['object property order', function () { var o = { z: 1, 10: 'ten', a: 2, 2: 'two' }; o.b = 3; o[1] = 'one'; return o; }],
    ['object 25 short keys', function () { var o = {}; for (var i = 0; i < 25; i++) o[String.fromCharCode(97 + i)] = i; return o; }],
    ['object nested arrays break', function () { return { matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], name: 'matrix' }; }],
    ['object multi-line value then short', function () { return { a: { x: rep('x', 50), y: rep('y', 20) }, b: 1 }; }],
    ['deep nesting compact 3', function () { return { a: { b: { c: 1 } }, d: { e: { f: { g: 1 } } } }; }],
    ['array of mixed depth', function () { return [1, [2, [3, [4, [5, [6]]]]], { a: { b: { c: { d: {} } } } }]; }],
    ['function in array', function () { return [function a() {}, function () {}, Math.abs]; }],
    ['function with symbol prop', function () { var f = function sym() {}; f[Symbol('meta')] = true; return f; }],
    ['class with static props multi-line', function () { var C = classes.C; return { klass: C, list: [C] }; }],
    ['global undefined in map', function () { return new Map([[undefined, null], [NaN, -0]]); }],
    ['format %s multiple types', function () { return F('%s|%s|%s|%s', true, 1.5, BigInt(-2), [1, 'a']); }],
    ['format %s function', function () { return F('%s', function namedFn() { return 1; }); }],
    ['format %s nested error in object', function () { return F('%s', { e: noStack(new Error('in')) }); }],
    ['format %s depth 0 nested', function () { return F('%s', { a: [1], b: { c: 1 }, d: 'x' }); }],
    ['format %s map', function () { return F('%s', new Map([['a', { b: 1 }]])); }],
    ['format %s array of strings', function () { return F('%s', ['a', 'b']); }],
    ['format %d string number', function () { return F('%d %d', '0x10', '1e3'); }],
    ['format %i object', function () { return F('%i', { valueOf: function () { return 5; } }); }],
    ['format %f bigint', function () { return F('%f', BigInt(5)); }],
    ['format %j nested', function () { return F('%j', [{ a: undefined, b: function () {}, c: new Date(0) }]); }],
    ['format %j toJSON', function () { return F('%j', { toJSON: function () { return 'custom'; } }); }],
    ['format %o string', function () { return F('%o', 'str'); }],
    ['format %o number', function () { return F('%o', 42); }],
    ['format %o class instance', function () { return F('%o', new Foo()); }],
    ['format %o nested array', function () { return F('%o', { list: [1, [2]] }); }],
    ['format %o map', function () { return F('%o', new Map([['k', [1]]])); }],
    ['format %o set', function () { return F('%o', new Set(['v'])); }],
    ['format %o non-enumerable', function () { var o = { a: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); return F('%o', o); }],
    ['format %o getter', function () { return F('%o', { get g() { return 1; } }); }],
    ['format %o symbol key', function () { var o = {}; o[Symbol('k')] = 1; return F('%o', o); }],
    ['format %o anonymous function', function () { var holder = [function () {}]; return F('%o', holder[0]); }],
    ['format %O depth', function () { return F('%O', [[[[1]]]]); }],
    ['format placeholders adjacent', function () { return F('%s%s%d', 'a', 'b', 3); }],
    ['format percent at end', function () { return F('%s%', 'x'); }],
    ['format double percent then arg', function () { return F('%%s', 'x'); }],
    ['format only percent', function () { return F('%'); }],
    ['format number first then string', function () { return F(42, '%s', 'x'); }],
    ['format undefined first', function () { return F(undefined, 'a'); }],
    ['format multiline strings', function () { return F('a\nb', { c: 'd\ne' }); }],
    ['array grouped emoji', function () { return range(9, function (i) { return '\ud83d\ude00' + i; }); }],
    ['array grouped combining marks', function () { return range(9, function (i) { return 'e\u0301' + i; }); }],
    ['format %o regexp', function () { return F('%o', /re/g); }],
    ['format %o date', function () { return F('%o', new Date(0)); }],
    ['format %o boxed string', function () { return F('%o', new String('ab')); }],
    ['format %o typed array', function () { return F('%o', new Uint8Array([1, 2])); }],
    ['format %o arraybuffer', function () { return F('%o', new ArrayBuffer(2)); }],
    ['format %o class', function () { return F('%o', classes.A); }],
    ['format %o array holes', function () { return F('%o', [1, , 3]); }],
    ['format %o circular', function () { var o = { n: 1 }; o.o = o; return F('%o', o); }],
    ['format %o error no stack', function () { return F('%o', noStack(new Error('o'))); }],
    ['format %o promise', function () { return F('%o', Promise.resolve([1])); }],
    ['format %o bound function', function () { return F('%o', function b() {}.bind(null)); }],
    ['format %o native function', function () { return F('%o', Math.max); }],
    ['format %o strict function', function () { return F('%o', (function () { 'use strict'; return function st(a, b) {}; })()); }],
    ['format %o async function', function () { return F('%o', makeAsync()); }],
    ['format %o prototype property', function () { function PP() { this.own = 1; } PP.prototype.shared = 'proto'; PP.prototype.method = function () {}; return F('%o', new PP()); }]
  ];

  return { cases: cases, FormatCall: FormatCall };
})();
