// Function.prototype.bind: this, partial application, name/length, new, instanceof, nesting.
// scenario, fmt and attempt: see shared/scenarios.js.

scenario('binds this and arguments', function () {
  function f(a, b, c) { return this.tag + ':' + a + ',' + b + ',' + c; }
  var g = f.bind({ tag: 'T' }, 1);
  print(g(2, 3));
  print(g.call({ tag: 'ignored' }, 'x', 'y'));
  print(g.apply(null, ['p', 'q']));
  var h = g.bind({ tag: 'also ignored' }, 'second');
  print(h('third'));
});

scenario('name and length', function () {
  function add(a, b, c) { return a + b + c; }
  var b1 = add.bind(null);
  var b2 = add.bind(null, 1, 2);
  var b3 = add.bind(null, 1, 2, 3, 4);
  print(b1.name + ' ' + b1.length + ' | ' + b2.name + ' ' + b2.length + ' | ' + b3.name + ' ' + b3.length);
  print(b2.bind(null).name + ' ' + b2.bind(null).length);
  var anon = (function () { return function () {}; })();
  print('[' + anon.bind(null).name + ']');
  // (Rhino ignores a redefined function length, so non-numeric or infinite lengths are not tested.)
  var named = function () {};
  Object.defineProperty(named, 'name', { value: 42 });
  print('[' + named.bind(null).name + ']');
  var d = Object.getOwnPropertyDescriptor(add.bind(null), 'name');
  print('name writable=' + d.writable + ' enumerable=' + d.enumerable + ' configurable=' + d.configurable);
  print('bind ' + Function.prototype.bind.name + ' ' + Function.prototype.bind.length);
});

scenario('new on a bound function constructs the target', function () {
  function Point(x, y) { this.x = x; this.y = y; }
  Point.prototype.sum = function () { return this.x + this.y; };
  var P1 = Point.bind({ ignored: true }, 10);
  var p = new P1(5);
  print(p.x + ' ' + p.y + ' ' + p.sum() + ' ' + (p instanceof Point) + ' ' + (p instanceof P1) + ' ' + (p.ignored === undefined));
  print(Object.getPrototypeOf(p) === Point.prototype);
  var P2 = P1.bind(null, 20);
  var q = new P2();
  print(q.x + ' ' + q.y + ' ' + (q instanceof Point));
  function Returns() { return { custom: true }; }
  print(JSON.stringify(new (Returns.bind(null))()));
});

scenario('new on bound natives', function () {
  var D = Date.bind(null, 2020, 0, 15);
  var d = new D();
  print((d instanceof Date) + ' ' + d.getFullYear() + ' ' + d.getMonth() + ' ' + d.getDate());
  var E = Error.bind(null, 'bound message');
  var e = new E();
  print((e instanceof Error) + ' ' + e.message);
  var M = Map.bind(null, [[1, 'one']]);
  print(new M().get(1));
  var A = Array.bind(null, 3);
  print(new A().length);
  try { var B = Math.max.bind(null); new B(); } catch (e) { print('new bound non-constructor threw ' + e.name); }
});

scenario('bound functions called as methods ignore the receiver', function () {
  function who() { return this && this.id; }
  var o = { id: 'o', m: who.bind({ id: 'bound' }) };
  print(o.m());
  function Ctor() { this.v = 1; }
  var BC = Ctor.bind({ id: 'b' });
  var inst = new Ctor();
  inst.m = BC;
  inst.m();
  print('inst untouched ' + JSON.stringify(inst.v));
});

scenario('errors', function () {
  attempt('bind on number', function () { return Function.prototype.bind.call(3); });
  attempt('bind on object', function () { return Function.prototype.bind.call({}); });
});

scenario('bound callbacks in built-ins', function () {
  var acc = { total: 0 };
  function add(x) { this.total += x; }
  [1, 2, 3].forEach(add.bind(acc));
  print(acc.total);
  print([1, 2, 3].map(Math.pow.bind(null, 2)).join());
});
