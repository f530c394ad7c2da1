// JSON.stringify with a replacer function and JSON.parse with a reviver.
// scenario, fmt and attempt: see shared/scenarios.js.

scenario('replacer sees keys, holders and values in order', function () {
  var calls = [];
  var out = JSON.stringify({ a: 1, b: [10, { c: 'x' }], d: { e: null } }, function (k, v) {
    calls.push(JSON.stringify(k) + ':' + (Array.isArray(this) ? 'array' : typeof this) + ':' + (typeof v === 'object' ? (v === null ? 'null' : 'obj') : String(v)));
    return v;
  });
  print(out);
  print(calls.join(' '));
});

scenario('replacer transforms and drops', function () {
  print(JSON.stringify({ a: 1, b: 'two', c: 3, f: function () {} }, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));
  print(JSON.stringify({ keep: 1, drop: 2 }, function (k, v) { return k === 'drop' ? undefined : v; }));
  print(JSON.stringify([1, 2, 3], function (k, v) { return k === '1' ? undefined : v; }));
  print(JSON.stringify({ a: 1 }, function (k, v) { return k === '' ? 'root replaced' : v; }));
  print(JSON.stringify({ a: 1 }, function () { return undefined; }));
  print(JSON.stringify({ s: Symbol('x'), u: undefined, n: NaN, i: -Infinity, z: -0 }, function (k, v) { return v; }));
  print(JSON.stringify({ a: 1 }, function (k, v) { return k === 'a' ? { nested: [k] } : v; }));
});

scenario('toJSON runs before the replacer', function () {
  var d = new Date(Date.UTC(2020, 0, 2, 3, 4, 5));
  print(JSON.stringify({ when: d, obj: { toJSON: function (key) { return 'toJSON(' + key + ')'; } } }, function (k, v) { return typeof v === 'string' ? v + '!' : v; }));
});

scenario('wrappers are unwrapped after the replacer', function () {
  print(JSON.stringify({ n: new Number(3), s: new String('str'), b: new Boolean(false) }, function (k, v) { return v; }));
  print(JSON.stringify({ a: 1 }, function (k, v) { return k === 'a' ? new String('wrapped') : v; }));
});

scenario('indentation', function () {
  var v = { a: [1, { b: 2 }, []], c: {}, d: 'x' };
  var id = function (k, x) { return x; };
  print(JSON.stringify(v, id, 2));
  print(JSON.stringify(v, id, '--'));
  print(JSON.stringify(v, id, 20));
  print(JSON.stringify(v, id, 'abcdefghijklmnop'));
  print(JSON.stringify(v, id, new Number(1)));
  print(JSON.stringify(v, id, 0));
  print(JSON.stringify([], id, 2) + ' ' + JSON.stringify({}, id, 2));
});

scenario('strings are escaped like native', function () {
  print(JSON.stringify({ 'quote"key': 'line\nbreak\t"q" \\ \u0001 \u2028' }, function (k, v) { return v; }));
});

scenario('errors', function () {
  var o = {};
  o.self = o;
  attempt('cycle', function () { return JSON.stringify(o, function (k, v) { return v; }); });
  attempt('bigint', function () { return JSON.stringify({ n: 1n }, function (k, v) { return v; }); });
  attempt('replacer throws', function () { return JSON.stringify({ a: 1 }, function (k) { if (k === 'a') throw new Error('no a'); return this[k]; }); });
  var shared = { x: 1 };
  print(JSON.stringify({ a: shared, b: shared }, function (k, v) { return v; }));
});

scenario('non-function replacers still use the native path', function () {
  print(JSON.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']));
  print(JSON.stringify({ a: [1] }, null, 1));
  print(JSON.stringify('plain'));
  print(JSON.stringify.name + ' ' + JSON.stringify.length + ' ' + JSON.parse.name + ' ' + JSON.parse.length);
});

scenario('reviver walks bottom-up', function () {
  var calls = [];
  var r = JSON.parse('{"a":1,"b":[1,2,{"c":true}],"d":{"e":"x"}}', function (k, v) {
    calls.push(JSON.stringify(k));
    return v;
  });
  print(calls.join(' '));
  print(JSON.stringify(r));
});

scenario('reviver transforms and deletes', function () {
  print(JSON.stringify(JSON.parse('{"a":1,"b":2,"c":{"d":3}}', function (k, v) { return typeof v === 'number' ? (v === 2 ? undefined : v * 100) : v; })));
  print(JSON.stringify(JSON.parse('[1,2,3]', function (k, v) { return k === '1' ? undefined : v; })));
  print(JSON.parse('5', function (k, v) { return k === '' ? 'root ' + v : v; }));
  print(JSON.stringify(JSON.parse('{"date":"2020-01-02T03:04:05.000Z"}', function (k, v) { return k === 'date' ? new Date(v).getUTCFullYear() : v; })));
});

scenario('reviver this and mutation', function () {
  var r = JSON.parse('{"a":1,"b":2}', function (k, v) {
    if (k === 'a') { this.b = 'changed before visit'; }
    return v;
  });
  print(JSON.stringify(r));
  attempt('reviver throws', function () { return JSON.parse('[1]', function () { throw new SyntaxError('from reviver'); }); });
  try { JSON.parse('{bad', function (k, v) { return v; }); } catch (e) { print('bad json threw ' + e.name); }
});
