// Map/Set forEach and iterators: order, live updates, deletion, thisArg, iterator protocol and
// appearance.
// scenario, fmt and attempt: see shared/scenarios.js.

function drain(it) {
  var out = [];
  for (var r = it.next(); !r.done; r = it.next()) out.push(fmt(r.value));
  return out.join(' ');
}

scenario('Map forEach order, arguments and thisArg', function () {
  var m = new Map([['a', 1], ['b', 2], [NaN, 3]]);
  m.forEach(function (v, k, map) { print(String(k) + '=' + v + ' ' + (map === m) + ' ' + this.t); }, { t: 'ctx' });
  print('returns ' + m.forEach(function () {}));
});

scenario('Set forEach passes value twice', function () {
  var s = new Set(['x', 'y']);
  s.forEach(function (v, k, set) { print(v + ' ' + k + ' ' + (set === s)); });
});

scenario('forEach sees additions and skips deletions', function () {
  var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
  m.forEach(function (v, k) {
    print('visit ' + k);
    if (k === 1) { m.delete(2); m.set(4, 'd'); }
    if (k === 4) m.set(1, 'updated');
  });
  print(JSON.stringify(Array.from(m)));
  var s = new Set([1, 2, 3]);
  var moved = false;
  s.forEach(function (v) { print('set visit ' + v); if (v === 1 && !moved) { moved = true; s.delete(1); s.add(1); } if (v === 3) s.delete(2); });
  var cleared = new Map([[1, 1], [2, 2], [3, 3]]);
  cleared.forEach(function (v, k) { print('clear visit ' + k); if (k === 1) { cleared.clear(); cleared.set(9, 9); } });
});

scenario('iterators', function () {
  var m = new Map([['k1', 'v1'], ['k2', 'v2']]);
  print(drain(m.entries()));
  print(drain(m.keys()));
  print(drain(m.values()));
  print(drain(m[Symbol.iterator]()));
  var s = new Set(['a', 'b']);
  print(drain(s.values()) + ' | ' + drain(s.keys()) + ' | ' + drain(s.entries()) + ' | ' + drain(s[Symbol.iterator]()));
});

scenario('iterator sees live updates and stays done', function () {
  var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
  var it = m.keys();
  print(JSON.stringify(it.next()));
  m.delete(2);
  m.set(4, 'd');
  print(JSON.stringify(it.next()) + ' ' + JSON.stringify(it.next()));
  print(JSON.stringify(it.next()));
  m.set(5, 'e');
  print('after done ' + JSON.stringify(it.next()));
  var s = new Set([1]);
  var si = s.values();
  s.delete(1);
  s.add(2);
  print(JSON.stringify(si.next()) + ' ' + JSON.stringify(si.next()));
});

scenario('iterator appearance', function () {
  var m = new Map([[1, 2]]);
  var it = m.entries();
  print(Object.prototype.toString.call(it) + ' ' + Object.prototype.toString.call(new Set().values()));
  print((it[Symbol.iterator]() === it) + ' ' + typeof it.next + ' ' + it.next.name + ' ' + it.next.length);
  print(Object.keys(it).length + ' ' + JSON.stringify(it));
  var keys = [];
  for (var k in it) keys.push(k);
  print('for-in ' + keys.length);
  print((Map.prototype[Symbol.iterator] === Map.prototype.entries) + ' ' + (Set.prototype[Symbol.iterator] === Set.prototype.values) + ' ' + (Set.prototype.keys === Set.prototype.values));
  print(Map.prototype.entries.name + ' ' + Map.prototype.keys.name + ' ' + Map.prototype.values.name + ' ' + Map.prototype.forEach.name + ' ' + Map.prototype.forEach.length);
  print(Set.prototype.values.name + ' ' + Set.prototype.entries.name + ' ' + Set.prototype.forEach.name + ' ' + Set.prototype.forEach.length);
  print(Object.getOwnPropertyDescriptor(Map.prototype, 'entries').enumerable + ' ' + Object.getOwnPropertyDescriptor(Map.prototype, Symbol.iterator).enumerable);
  print(Object.getPrototypeOf(m.keys()) === Object.getPrototypeOf(m.values()));
});

scenario('spread-like consumers use the iterators', function () {
  var m = new Map([['a', 1], ['b', 2]]);
  print(JSON.stringify(Array.from(m)) + ' ' + JSON.stringify(Array.from(m.keys())) + ' ' + JSON.stringify(Array.from(new Set([3, 3, 4]))));
  var copy = new Map(m);
  print(JSON.stringify(Array.from(copy.values())));
  var sum = 0;
  var it = m.values();
  for (var r = it.next(); !r.done; r = it.next()) sum += r.value;
  print('sum ' + sum);
});

scenario('errors', function () {
  try { new Map().forEach(3); } catch (e) { print('Map forEach non-callable threw ' + e.name); }
  attempt('Map forEach wrong receiver', function () { return Map.prototype.forEach.call({}, function () {}); });
  attempt('Set forEach on Map', function () { return Set.prototype.forEach.call(new Map(), function () {}); });
  attempt('Map entries wrong receiver', function () { return Map.prototype.entries.call({}); });
  attempt('next wrong receiver', function () { return new Map().entries().next.call({}); });
  attempt('Set next on map iterator', function () { return new Set().values().next.call(new Map().keys()); });
});

scenario('forEach callback throwing stops iteration', function () {
  var m = new Map([[1, 1], [2, 2], [3, 3]]);
  attempt('throw', function () { m.forEach(function (v) { print('v' + v); if (v === 2) throw new Error('stop'); }); });
});

scenario('stored functions keep their names', function () {
  function anon() { return function () {}; }
  var f = anon();
  var m = new Map([['k', f]]);
  var r = m.values().next();
  m.forEach(function () {});
  var g = anon();
  JSON.stringify({ a: 1 }, g);
  var h = anon();
  [h].map(function (x) { return x; });
  print('[' + f.name + '] [' + r.value.name + '] [' + g.name + '] [' + h.name + ']');
});
