// Await ordering: on Rhino, generator functions run through $colony.asyncExecutePromiseGenerator
// (the driver the runtime installs for Closure-lowered async functions); on Node, through a native
// async function that awaits each yielded value. The output must be the same.
var runAsync = typeof $colony !== 'undefined'
  ? function (genFn) { return $colony.asyncExecutePromiseGenerator(genFn()); }
  : eval('(function (genFn) { return (async function () { var gen = genFn(); var r = gen.next(); ' +
      'while (!r.done) { var v; try { v = await r.value; } catch (e) { r = gen.throw(e); continue; } r = gen.next(v); } ' +
      'return r.value; })(); })');
var scenarios = [];
function scenario(name, fn) { scenarios[scenarios.length] = { name: name, fn: fn }; }
function runScenarios() {
  var i = 0;
  function next() {
    if (i >= scenarios.length) return;
    var s = scenarios[i++];
    print('## ' + s.name);
    s.fn();
    setTimeout(next, 20);
  }
  next();
}
function logger(label) { return function (v) { print(label + ' ' + v); return v; }; }
function ticker(label, n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) {
    (function (k) { p = p.then(function () { print(label + k); }); })(i);
  }
  return p;
}

scenario('await value and promise against a then chain', function () {
  runAsync(function* () {
    print('start');
    var a = yield 1;
    print('after value ' + a);
    var b = yield Promise.resolve(2);
    print('after promise ' + b);
    return 'done';
  }).then(logger('result'));
  ticker('t', 6);
  print('sync end');
});

scenario('await a pending promise', function () {
  var release;
  var gate = new Promise(function (r) { release = r; });
  runAsync(function* () { var v = yield gate; print('gate ' + v); });
  ticker('t', 3).then(function () { release('open'); });
  ticker('u', 6);
});

scenario('await thenables', function () {
  runAsync(function* () {
    var v = yield { then: function (r) { print('then called'); r('thenable'); } };
    print('got ' + v);
  });
  ticker('t', 5);
});

scenario('await rejection is thrown into the function', function () {
  runAsync(function* () {
    try {
      yield Promise.reject(new Error('bad'));
    } catch (e) {
      print('caught ' + e.message);
    }
    try {
      yield { then: function (res, rej) { rej('thenable rejected'); } };
    } catch (e2) {
      print('caught ' + e2);
    }
    return 'after catches';
  }).then(logger('result'));
  ticker('t', 6);
});

scenario('throw and return', function () {
  runAsync(function* () { throw new Error('sync throw'); }).catch(function (e) { print('rejected ' + e.message); });
  runAsync(function* () { yield null; throw new Error('later throw'); }).catch(function (e) { print('rejected ' + e.message); });
  runAsync(function* () { return Promise.resolve('returned promise'); }).then(logger('fulfilled'));
  runAsync(function* () { return 'returned value'; }).then(logger('fulfilled'));
  ticker('t', 6);
});

scenario('nested async functions', function () {
  function inner(n) { return runAsync(function* () { print('inner start ' + n); yield null; print('inner end ' + n); return n + 1; }); }
  runAsync(function* () {
    var a = yield inner(1);
    print('outer got ' + a);
    var b = yield inner(a);
    print('outer got ' + b);
    return b;
  }).then(logger('outer result'));
  ticker('t', 10);
});

scenario('loops and Promise.all', function () {
  runAsync(function* () {
    var total = 0;
    for (var i = 0; i < 3; i++) {
      total += yield i;
      print('loop ' + i);
    }
    var all = yield Promise.all([runAsync(function* () { yield null; return 'x'; }), 'y', Promise.resolve('z')]);
    print('all ' + all.join());
    return total;
  }).then(logger('total'));
  ticker('t', 10);
});

scenario('two async functions interleave', function () {
  function worker(name, steps) {
    return runAsync(function* () {
      for (var i = 0; i < steps; i++) { yield null; print(name + i); }
    });
  }
  worker('a', 3);
  worker('b', 3);
});

scenario('await of a promise subclass costs extra jobs', function () {
  function Sub(executor) { return Reflect.construct(Promise, [executor], Sub); }
  Sub.prototype = Object.create(Promise.prototype, { constructor: { value: Sub, writable: true, configurable: true } });
  Object.setPrototypeOf(Sub, Promise);
  var s = Sub.resolve('sub');
  runAsync(function* () { var v = yield s; print('awaited ' + v); });
  runAsync(function* () { var v = yield Promise.resolve('plain'); print('awaited ' + v); });
  ticker('t', 5);
});

scenario('unhandled rejection from an async function', function () {
  runAsync(function* () { yield null; throw new Error('nobody catches'); });
  runAsync(function* () { try { yield Promise.reject('handled by await'); } catch (e) { print('caught ' + e); } });
});

runScenarios();
