// Array.from: iterables, array-likes, map functions, custom constructors, iterator closing.
// scenario, fmt and attempt: see shared/scenarios.js.

scenario('iterables and array-likes', function () {
  print(fmt(Array.from('héllo')));
  print(fmt(Array.from(new Set([1, 2, 2, 3]))));
  print(fmt(Array.from(new Map([[1, 'a']]))));
  print(fmt(Array.from({ length: 3, 0: 'x', 2: 'z' })));
  print(fmt(Array.from({ length: 2 }, function (v, i) { return i * i; })));
  print(fmt(Array.from([1, , 3])));
  print(fmt(Array.from(5)) + ' ' + fmt(Array.from(true)));
});

scenario('map function arguments and thisArg', function () {
  print(fmt(Array.from([1, 2], function (v, i) { return v + '@' + i + ':' + arguments.length + ':' + this.t; }, { t: 'T' })));
  print(fmt(Array.from('ab', function (c) { return c.toUpperCase(); })));
});

scenario('custom iterators and closing', function () {
  var log = [];
  var iterable = {};
  iterable[Symbol.iterator] = function () {
    var i = 0;
    return {
      next: function () { log.push('next'); i++; return { value: i, done: i > 3 }; },
      'return': function () { log.push('return'); return {}; }
    };
  };
  print(fmt(Array.from(iterable)) + ' ' + log.join());
  log = [];
  attempt('map throws', function () { return Array.from(iterable, function (v) { if (v === 2) throw new Error('map'); return v; }); });
  print(log.join());
});

scenario('custom constructor', function () {
  function C(n) { this.args = arguments.length + ':' + n; }
  var fromIter = Array.from.call(C, new Set(['a', 'b']));
  print((fromIter instanceof C) + ' ' + fromIter.args + ' ' + fromIter.length + ' ' + fromIter[0] + fromIter[1]);
  var fromLike = Array.from.call(C, { length: 2, 0: 'x', 1: 'y' });
  print((fromLike instanceof C) + ' ' + fromLike.args + ' ' + fromLike.length + ' ' + fromLike[1]);
  var plain = Array.from.call(undefined, [1]);
  print(Array.isArray(plain) + ' ' + Array.isArray(Array.from.call({}, [1])));
});

scenario('errors', function () {
  attempt('null', function () { return Array.from(null); });
  attempt('bad map fn', function () { return Array.from([1], 3); });
  try { var o = {}; o[Symbol.iterator] = 5; Array.from(o); } catch (e) { print('non-callable iterator threw ' + e.name); }
});
