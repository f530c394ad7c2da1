// Array.prototype.sort / toSorted: stability, undefined and holes, default string order, comparator
// results, errors, TypedArray sort with a comparator.
// scenario, fmt and attempt: see shared/scenarios.js.

scenario('default order compares strings', function () {
  print(fmt([10, 9, 1, 100, 25, -1, 0].sort()));
  print(fmt(['b', 'a', 'B', 'A', 'aa', '', 'ä', 'z'].sort()));
  print(fmt([true, false, null, 'null', 'true'].sort()));
  print(fmt([{ toString: function () { return 'b'; } }, 'a', 'c'].sort().map(String)));
});

scenario('undefined sorts last, holes are removed to the end', function () {
  var a = [3, undefined, 1, , 2, undefined, , 0];
  var r = a.sort();
  print(fmt(a) + ' same=' + (r === a) + ' length=' + a.length);
  var b = [3, undefined, 1, , 2];
  b.sort(function (x, y) { if (x === undefined || y === undefined) throw new Error('called with undefined'); return y - x; });
  print(fmt(b));
});

scenario('comparator results are coerced', function () {
  print(fmt([3, 1, 2].sort(function (a, b) { return a - b; })));
  print(fmt([3, 1, 2].sort(function (a, b) { return (b < a) - (a < b); })));
  print(fmt([3, 1, 2].sort(function (a, b) { return String(a - b); })));
  print(fmt([3, 1, 2].sort(function () { return NaN; })));
  print(fmt([3, 1, 2].sort(function (a, b) { return { valueOf: function () { return a - b; } }; })));
});

scenario('stable on 1000 items with many equal keys', function () {
  var items = [];
  var seed = 7;
  for (var i = 0; i < 1000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    items.push({ key: seed % 7, id: i });
  }
  var sorted = items.slice().sort(function (a, b) { return a.key - b.key; });
  var stable = true;
  for (var j = 1; j < sorted.length; j++) {
    if (sorted[j - 1].key > sorted[j].key) stable = false;
    if (sorted[j - 1].key === sorted[j].key && sorted[j - 1].id > sorted[j].id) stable = false;
  }
  print('stable ' + stable + ' first ' + JSON.stringify(sorted[0]) + ' last ' + JSON.stringify(sorted[999]));
  var sig = 0;
  for (var k = 0; k < sorted.length; k++) sig = (sig * 31 + sorted[k].id) % 1000003;
  print('signature ' + sig);
  var strings = items.map(function (it) { return 'k' + it.key; });
  var ids = items.map(function (it, i) { return { s: strings[i], i: i }; });
  ids.sort(function (a, b) { return a.s < b.s ? -1 : a.s > b.s ? 1 : 0; });
  var sig2 = 0;
  for (var m = 0; m < ids.length; m++) sig2 = (sig2 * 31 + ids[m].i) % 1000003;
  print('string keys signature ' + sig2);
});

scenario('default sort is stable for equal strings', function () {
  var objs = [];
  for (var i = 0; i < 50; i++) objs.push({ n: i, toString: function () { return 'same'; } });
  objs.sort();
  print(objs.map(function (o) { return o.n; }).join(','));
});

scenario('sort of array-likes and errors', function () {
  var al = { length: 4, 0: 'd', 1: 'a', 3: 'c', 4: 'ignored' };
  Array.prototype.sort.call(al);
  print(JSON.stringify(al));
  attempt('number comparator', function () { return [1, 2].sort(3); });
  attempt('null comparator', function () { return [1, 2].sort(null); });
  attempt('explicit undefined', function () { return [2, 1].sort(undefined); });
  attempt('comparator throws', function () { return [2, 1].sort(function () { throw new Error('cmp'); }); });
  attempt('toSorted number comparator', function () { return [1, 2].toSorted(3); });
});

scenario('toSorted copies and reads holes as undefined', function () {
  var a = [3, , 1, undefined, 2];
  var r = a.toSorted();
  print(fmt(r) + ' original ' + fmt(a));
  print(fmt([5, 1, 4].toSorted(function (x, y) { return y - x; })));
  print(fmt(Array.prototype.toSorted.call({ length: 3, 0: 'b', 2: 'a' })));
});

scenario('comparator sees elements, not indices', function () {
  var calls = 0;
  var r = ['b', 'c', 'a'].sort(function (x, y) { calls++; if (typeof x !== 'string') throw new Error('bad'); return x < y ? -1 : 1; });
  print(fmt(r) + ' called ' + (calls > 0));
});

scenario('typed array sort with comparator', function () {
  var t = new Int16Array([5, -3, 10, 0, -3, 7]);
  t.sort(function (a, b) { return b - a; });
  print(Array.prototype.join.call(t));
  var f = new Float64Array([3.5, NaN, -0, 0, -Infinity, 1]);
  f.sort();
  print(Array.prototype.map.call(f, function (x) { return Object.is(x, -0) ? '-0' : String(x); }).join());
  var s = new Uint8Array([3, 1, 2]).toSorted(function (a, b) { return b - a; });
  print(Object.prototype.toString.call(s) + ' ' + Array.prototype.join.call(s));
});

function lcg(seed) { return function () { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }; }
function hashCalls(calls) { var h = 0; for (var i = 0; i < calls.length; i++) h = (h * 31 + calls[i]) % 1000000007; return h; }

scenario('comparator calls match V8 exactly', function () {
  var calls = [];
  [5, 1, 4, 2, 3].sort(function (a, b) { calls.push(a + '' + b); return a - b; });
  print(calls.join(' '));
  var sizes = [10, 64, 65, 200, 1000, 3000];
  sizes.forEach(function (n) {
    var next = lcg(n);
    var a = [];
    for (var i = 0; i < n; i++) a.push(next() % (n < 100 ? 10 : 500));
    var log = [];
    a.sort(function (x, y) { log.push(x, y); return x - y; });
    print(n + ': calls ' + log.length / 2 + ' hash ' + hashCalls(log));
  });
  var runs = [];
  for (var r = 0; r < 500; r++) runs.push(r % 50 < 25 ? r : 1000 - r);
  var log2 = [];
  runs.sort(function (x, y) { log2.push(x, y); return x - y; });
  print('runs: calls ' + log2.length / 2 + ' hash ' + hashCalls(log2));
});

scenario('inconsistent comparators behave as on Node', function () {
  print(fmt([3, 1, 2].sort(function (a, b) { return b > a; })));
  print(fmt([3, 1, 2].sort(function (a, b) { return a > b; })));
  print(fmt([5, 2, 9, 1, 7, 3, 8].sort(function (a, b) { return a < b; })));
  var next = lcg(42);
  var a = [];
  for (var i = 0; i < 300; i++) a.push(next() % 100);
  print(hashCalls(a.slice().sort(function (x, y) { return x > y; })));
  print(hashCalls(a.slice().sort(function () { return next() % 3 - 1; })));
  print(hashCalls(a.slice().toSorted(function (x, y) { return y > x; })));
});

scenario('typed array comparator calls match V8', function () {
  var calls = [];
  new Int32Array([5, 1, 4, 2, 3]).sort(function (a, b) { calls.push(a + '' + b); return a - b; });
  print(calls.join(' '));
  var next = lcg(7);
  var t = new Float64Array(500);
  for (var i = 0; i < t.length; i++) t[i] = next() % 97;
  var log = [];
  t.sort(function (x, y) { log.push(x, y); return y - x; });
  print('calls ' + log.length / 2 + ' hash ' + hashCalls(log) + ' first ' + t[0] + ' last ' + t[499]);
  print(Array.prototype.join.call(new Uint8Array([3, 1, 2]).sort(function (a, b) { return a > b; })));
});

scenario('default order with NUL characters and many duplicates', function () {
  print(JSON.stringify(['b\u0000a', 'b', 'a', 'b\u00001', 'a\u0000', ''].sort()));
  var next = lcg(3);
  var objs = [];
  for (var i = 0; i < 2000; i++) objs.push({ id: i, toString: (function (k) { return function () { return 'k' + k; }; })(next() % 13) });
  objs.sort();
  var sig = 0;
  for (var j = 0; j < objs.length; j++) sig = (sig * 31 + objs[j].id) % 1000003;
  print('signature ' + sig + ' first ' + objs[0].id + ' ' + String(objs[0]));
  print(JSON.stringify([10, 1, 2, 100, 11, -5, 1e21, 0.5, -0, NaN, Infinity].sort()));
});
