// TypedArray.prototype callback methods.
// scenario, fmt and attempt: see shared/scenarios.js.

function show(t) { return Object.prototype.toString.call(t) + ' ' + Array.prototype.join.call(t); }

scenario('iteration methods', function () {
  var t = new Int32Array([1, 2, 3, 4]);
  t.forEach(function (v, i, arr) { print(v + '@' + i + ' ' + (arr === t) + ' ' + this.k); }, { k: 'ctx' });
  print(show(t.map(function (v) { return v * 1.5; })));
  print(show(t.filter(function (v) { return v % 2 === 0; })));
  print(t.reduce(function (a, v) { return a + v; }) + ' ' + t.reduceRight(function (a, v) { return a + '' + v; }, ''));
  print(t.some(function (v) { return v > 3; }) + ' ' + t.every(function (v) { return v > 3; }));
  print(t.find(function (v) { return v > 1; }) + ' ' + t.findIndex(function (v) { return v > 1; }) + ' ' + t.findLast(function (v) { return v < 4; }) + ' ' + t.findLastIndex(function (v) { return v > 10; }));
  attempt('empty reduce', function () { return new Float32Array(0).reduce(function () {}); });
  attempt('non-callable', function () { return t.map(1); });
  attempt('wrong receiver', function () { return Int8Array.prototype.forEach.call([1], function () {}); });
});

scenario('map result type and conversions', function () {
  print(show(new Uint8Array([250, 5]).map(function (v) { return v + 10; })));
  print(show(new Float64Array([1.5]).map(function (v) { return v / 2; })));
});
