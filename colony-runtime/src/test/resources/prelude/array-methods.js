// Array.prototype callback methods: holes, thisArg, length read once, mutation during iteration,
// array-likes, species, errors.
// scenario, fmt and attempt: see shared/scenarios.js.

scenario('forEach skips holes and passes index and array', function () {
  var a = [1, , 3];
  a[5] = 6;
  a.forEach(function (v, i, arr) { print(v + '@' + i + ' same=' + (arr === a)); });
  print('returns ' + a.forEach(function () {}));
});

scenario('thisArg is passed through', function () {
  var ctx = { k: 'ctx' };
  [1].forEach(function () { print('forEach ' + this.k); }, ctx);
  [1].map(function () { print('map ' + this.k); }, ctx);
  [1].filter(function () { print('filter ' + this.k); }, ctx);
  [1].some(function () { print('some ' + this.k); }, ctx);
  [1].every(function () { print('every ' + this.k); return true; }, ctx);
  [1].find(function () { print('find ' + this.k); }, ctx);
  [1].findIndex(function () { print('findIndex ' + this.k); }, ctx);
  [1].findLast(function () { print('findLast ' + this.k); }, ctx);
  [1].findLastIndex(function () { print('findLastIndex ' + this.k); }, ctx);
  [1].flatMap(function () { print('flatMap ' + this.k); return []; }, ctx);
  [1].forEach(function () { 'use strict'; print('strict undefined this ' + (this === undefined)); });
});

scenario('length is read once; appended elements are not visited', function () {
  var a = [1, 2, 3];
  a.forEach(function (v) { if (a.length < 10) a.push(v * 10); print('visit ' + v); });
  print(fmt(a));
});

scenario('deleted elements are not visited', function () {
  var a = [1, 2, 3, 4];
  a.forEach(function (v, i) { if (i === 0) { delete a[2]; } print('visit ' + v); });
  var b = [1, 2, 3, 4];
  print('map ' + fmt(b.map(function (v, i) { if (i === 0) b.length = 2; return v * 2; })));
});

scenario('map keeps holes and length', function () {
  var r = [1, , 3, , ].map(function (x) { return x * 2; });
  print(fmt(r) + ' length ' + r.length);
  print(fmt([].map(function () { return 1; })));
});

scenario('filter compacts', function () {
  print(fmt([1, , 3, 4, , 6].filter(function (x) { return x % 2 === 0 || x === 1; })));
  print(fmt([undefined, null, 0, '', NaN, 'a'].filter(Boolean)));
});

scenario('reduce and reduceRight', function () {
  print([1, 2, 3, 4].reduce(function (acc, v, i) { return acc + '|' + v + '@' + i; }));
  print([1, 2, 3, 4].reduce(function (acc, v) { return acc + v; }, 100));
  print([1, 2, 3, 4].reduceRight(function (acc, v, i) { return acc + '|' + v + '@' + i; }));
  print([, , 5, , ].reduce(function (acc, v) { return acc + v; }));
  print([, 7, , ].reduceRight(function (acc, v) { return acc + v; }));
  print([].reduce(function () { return 1; }, 'init'));
  print([undefined].reduce(function (a, v) { return 'called'; }));
  attempt('empty reduce', function () { return [].reduce(function () {}); });
  attempt('holes-only reduceRight', function () { return [, , ].reduceRight(function () {}); });
  print([1, 2, 3].reduce(function (acc, v, i, arr) { return acc + (this === undefined ? 0 : 0) + arr.length; }, 0));
});

scenario('some and every short-circuit', function () {
  var seen = [];
  print([1, 2, 3, 4].some(function (v) { seen.push(v); return v === 2; }) + ' ' + seen.join());
  seen = [];
  print([1, 2, 3, 4].every(function (v) { seen.push(v); return v < 3; }) + ' ' + seen.join());
  print([].some(function () { return true; }) + ' ' + [].every(function () { return false; }));
  print([, , ].some(function () { return true; }) + ' ' + [, , ].every(function () { return false; }));
});

scenario('find family visits holes', function () {
  var visits = [];
  var r = [1, , 3].find(function (v, i) { visits.push(i + ':' + v); return false; });
  print(r + ' ' + visits.join(' '));
  print([5, 12, 8, 130].find(function (v) { return v > 10; }));
  print([5, 12, 8, 130].findIndex(function (v) { return v > 10; }));
  print([5, 12, 8, 130].findLast(function (v) { return v > 10; }));
  print([5, 12, 8, 130].findLastIndex(function (v) { return v > 10; }));
  print([1, 2].findIndex(function () { return false; }) + ' ' + [1, 2].findLastIndex(function () { return false; }));
  visits = [];
  [1, , 3].findLast(function (v, i) { visits.push(i + ':' + v); return false; });
  print(visits.join(' '));
});

scenario('flatMap flattens one level and skips holes', function () {
  print(fmt([1, 2, 3].flatMap(function (x) { return [x, [x * 10]]; })));
  print(fmt([1, , 3].flatMap(function (x) { return x; })));
  print(fmt(['a b', 'c'].flatMap(function (s) { return s.split(' '); })));
  print(fmt([1].flatMap(function () { return [1, , 3]; })));
  print(fmt([1].flatMap(function () { return { length: 1, 0: 'x' }; })));
});

scenario('array-likes and strings', function () {
  var al = { length: 3, 0: 'a', 2: 'c', 3: 'ignored' };
  Array.prototype.forEach.call(al, function (v, i) { print(i + '=' + v); });
  print(fmt(Array.prototype.map.call('abc', function (c) { return c.toUpperCase(); })));
  print(fmt(Array.prototype.filter.call({ length: '2', 0: 1, 1: 2 }, function () { return true; })));
  print(Array.prototype.reduce.call({ length: -1, 0: 1 }, function () { return 'x'; }, 'init'));
  print(Array.prototype.some.call({ length: 2.7, 0: 0, 1: 1, 2: 2 }, function (v) { return v === 2; }));
});

scenario('callback errors', function () {
  attempt('forEach number', function () { return [1].forEach(3); });
  attempt('forEach object', function () { return [1].forEach({}); });
  attempt('map string', function () { return [1].map('abc'); });
  attempt('filter null', function () { return [1].filter(null); });
  attempt('reduce undefined', function () { return [1].reduce(); });
  attempt('find symbol', function () { return [1].find(Symbol('s')); });
  attempt('flatMap', function () { return [1].flatMap(3); });
  attempt('forEach on null', function () { return Array.prototype.forEach.call(null, function () {}); });
  attempt('map on undefined', function () { return Array.prototype.map.call(undefined, function () {}); });
  attempt('empty array still checks callback', function () { return [].every(1); });
});

scenario('exceptions propagate from callbacks', function () {
  var visited = [];
  attempt('forEach', function () { return [1, 2, 3].forEach(function (v) { visited.push(v); if (v === 2) throw new RangeError('stop at 2'); }); });
  print(visited.join());
});

scenario('species constructor is honoured', function () {
  var a = [1, 2, 3];
  var created = [];
  function MyArray(n) { created.push(n); var arr = []; Object.setPrototypeOf(arr, MyArray.prototype); return arr; }
  MyArray.prototype = Object.create(Array.prototype);
  a.constructor = {};
  a.constructor[Symbol.species] = MyArray;
  var m = a.map(function (x) { return x + 1; });
  var f = a.filter(function (x) { return x > 1; });
  var fm = a.flatMap(function (x) { return [x]; });
  print('created ' + created.join() + ' map ' + (m instanceof MyArray) + ' ' + Array.prototype.join.call(m));
  print('filter ' + (f instanceof MyArray) + ' ' + Array.prototype.join.call(f) + ' flatMap ' + (fm instanceof MyArray));
  var b = [1];
  b.constructor = undefined;
  print('undefined constructor ' + Array.isArray(b.map(function (x) { return x; })));
  var c = [1];
  c.constructor = {};
  c.constructor[Symbol.species] = null;
  print('null species ' + Array.isArray(c.map(function (x) { return x; })));
  var d = [1];
  d.constructor = {};
  d.constructor[Symbol.species] = 42;
  attempt('bad species', function () { return d.map(function (x) { return x; }); });
});

scenario('methods look native', function () {
  var names = ['forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap', 'sort', 'toSorted'];
  names.forEach(function (n) {
    var f = Array.prototype[n];
    var d = Object.getOwnPropertyDescriptor(Array.prototype, n);
    print(n + ' name=' + f.name + ' length=' + f.length + ' enumerable=' + d.enumerable + ' writable=' + d.writable + ' configurable=' + d.configurable);
  });
  var keys = [];
  for (var k in []) keys.push(k);
  print('for-in keys ' + keys.length);
  print('Array.from ' + Array.from.name + ' ' + Array.from.length);
});

scenario('large arrays', function () {
  var a = [];
  for (var i = 0; i < 10000; i++) a.push(i);
  print(a.map(function (x) { return x * 2; }).filter(function (x) { return x % 3 === 0; }).reduce(function (s, x) { return s + x; }, 0));
});
