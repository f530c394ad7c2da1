// Promise API surface: descriptors, names, lengths, brand checks, errors, species, thenables.
// scenario and fmt: see shared/scenarios.js; attempt here reports the whole error message.

function attempt(label, fn) {
  try { print(label + ' -> ' + fmt(fn())); } catch (e) { print(label + ' threw ' + e.name + ': ' + e.message); }
}

function desc(obj, key) {
  var d = Object.getOwnPropertyDescriptor(obj, key);
  if (!d) return 'missing';
  return (typeof d.value === 'function' ? d.value.name + '/' + d.value.length : typeof d.get === 'function' ? 'getter ' + d.get.name : String(d.value)) +
    ' w=' + d.writable + ' e=' + d.enumerable + ' c=' + d.configurable;
}

scenario('constructor and prototype', function () {
  print('Promise ' + Promise.name + ' ' + Promise.length + ' ' + typeof Promise);
  print('global ' + desc(globalThis, 'Promise'));
  print('prototype ' + (typeof Promise.prototype) + ' ' + desc(Promise, 'prototype').replace(/^\[object Object\]/, 'object'));
  ['constructor', 'then', 'catch', 'finally'].forEach(function (k) { print('proto.' + k + ' ' + desc(Promise.prototype, k)); });
  print('toStringTag ' + desc(Promise.prototype, Symbol.toStringTag));
  ['resolve', 'reject', 'all', 'allSettled', 'any', 'race'].forEach(function (k) { print('static ' + k + ' ' + desc(Promise, k)); });
  print('species ' + desc(Promise, Symbol.species) + ' returns this ' + (Promise[Symbol.species] === Promise));
  print('enumerable statics ' + Object.keys(Promise).length + ' proto ' + Object.keys(Promise.prototype).length);
});

scenario('instances', function () {
  var p = new Promise(function () {});
  print(Object.prototype.toString.call(p) + ' ' + (p instanceof Promise) + ' ' + (Object.getPrototypeOf(p) === Promise.prototype));
  print('own enumerable keys ' + Object.keys(p).length + ' json ' + JSON.stringify(p));
  var keys = [];
  for (var k in p) keys.push(k);
  print('for-in ' + keys.length);
  print(String(p) + ' ' + (p.constructor === Promise));
  var q = p.then();
  print('then returns new ' + (q !== p) + ' ' + (q instanceof Promise));
});

scenario('errors', function () {
  attempt('not a function', function () { return new Promise(3); });
  attempt('missing executor', function () { return new Promise(); });
  attempt('without new', function () { return Promise(function () {}); });
  attempt('then on non-promise', function () { return Promise.prototype.then.call({}, function () {}); });
  attempt('then on thenable', function () { return Promise.prototype.then.call({ then: function () {} }); });
  try { Promise.resolve.call(3, 1); } catch (e) { print('resolve on non-object threw ' + e.name); }
  try { Promise.prototype.finally.call(3); } catch (e) { print('finally on non-object threw ' + e.name); }
  attempt('all on non-constructor', function () { return Promise.all.call({}, []); });
  attempt('catch calls then', function () { return Promise.prototype.catch.call({ then: function (a, b) { return 'then(' + a + ',' + typeof b + ')'; } }, function () {}); });
  attempt('finally calls then', function () { return Promise.prototype.finally.call({ then: function (a, b) { return 'then(' + typeof a + ',' + typeof b + ')'; } }, function () {}); });
});

scenario('capability executor checks', function () {
  function Weird(executor) { executor(function () {}, undefined); }
  attempt('reject not callable', function () { return Promise.resolve.call(Weird, 1); });
  function Twice(executor) { executor(function () {}, function () {}); executor(function () {}, function () {}); }
  attempt('executor called twice', function () { return Promise.resolve.call(Twice, 1); });
  var got = [];
  function Recorder(executor) { executor(function (v) { got.push('resolve ' + v); }, function (r) { got.push('reject ' + r); }); }
  Promise.resolve.call(Recorder, 'x');
  Promise.reject.call(Recorder, 'y');
  print(got.join(', '));
});

scenario('combinators with custom constructors', function () {
  var calls = [];
  function Fake(executor) {
    this.inner = new Promise(executor);
  }
  Fake.resolve = function (v) { calls.push('resolve ' + v); return Promise.resolve(v); };
  var r = Promise.all.call(Fake, [1, 2]);
  print((r instanceof Fake) + ' ' + calls.join(', '));
  r.inner.then(function (v) { print('fake all ' + JSON.stringify(v)); });
  Fake.resolve = 5;
  var bad = Promise.all.call(Fake, [1]);
  bad.inner.catch(function (e) { print('bad resolve ' + e.name); });
});

scenario('iterator closing in combinators', function () {
  var log = [];
  var iterable = {};
  iterable[Symbol.iterator] = function () {
    var i = 0;
    return {
      next: function () { log.push('next'); i++; return { value: i, done: i > 3 }; },
      'return': function () { log.push('return'); return {}; }
    };
  };
  function Sub(executor) { return Reflect.construct(Promise, [executor], Sub); }
  Sub.prototype = Object.create(Promise.prototype, { constructor: { value: Sub, writable: true, configurable: true } });
  Sub.resolve = function (v) { if (v === 2) throw new Error('resolve throws'); return Promise.resolve(v); };
  Promise.all.call(Sub, iterable).catch(function (e) { print('all rejected: ' + e.message + ' ' + log.join()); });
  var bad = {};
  bad[Symbol.iterator] = function () { return { next: function () { throw new Error('next throws'); }, 'return': function () { log.push('should not close'); } }; };
  Promise.race(bad).catch(function (e) { print('race rejected: ' + e.message + ' ' + log.join()); });
});

scenario('Promise.resolve with thenables and getters', function () {
  var order = [];
  var thenable = { get then() { order.push('get then'); return function (res) { order.push('then called'); res('v'); }; } };
  var p = Promise.resolve(thenable);
  order.push('after resolve');
  p.then(function (v) { order.push('fulfilled ' + v); print(order.join(', ')); });
});

scenario('executor arguments', function () {
  new Promise(function (resolve, reject) {
    print(typeof resolve + ' ' + typeof reject + ' ' + resolve.length + ' ' + reject.length + ' [' + resolve.name + '] [' + reject.name + ']');
    print('resolve returns ' + resolve(1) + ' reject returns ' + reject(2));
  });
});

scenario('user functions keep their names', function () {
  function anon() { return function () {}; }
  var onF = anon();
  var onR = anon();
  var fin = anon();
  var p = Promise.resolve(1);
  p.then(onF, onR);
  p.finally(fin);
  var value = anon();
  var settled = Promise.allSettled([Promise.resolve(value)]);
  settled.then(function (r) { print('settled value name [' + r[0].value.name + ']'); });
  print('[' + onF.name + '] [' + onR.name + '] [' + fin.name + '] [' + value.name + ']');
  var it = {};
  var next = anon();
  it[Symbol.iterator] = function () { return { next: next }; };
  var n = 0;
  var nextFn = function () { n++; return { done: n > 1, value: n }; };
  it[Symbol.iterator] = function () { var r = {}; r.next = nextFn; return r; };
  Promise.all(it).then(function () { print('iterator next name [' + nextFn.name + ']'); });
});
