// Promise job ordering. Each scenario runs in its own task; the expected output is Node's.
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
function log(x) { print(x); }
function logger(label) { return function (v) { print(label + ' ' + v); return v; }; }

// The driver Closure Compiler emits for async functions ($jscomp.asyncExecutePromiseGenerator).
function asyncRun(genFn) {
  var gen = genFn();
  function onValue(v) { return gen.next(v); }
  function onError(e) { return gen.throw(e); }
  return new Promise(function (resolve, reject) {
    function step(rec) {
      if (rec.done) {
        resolve(rec.value);
      } else {
        Promise.resolve(rec.value).then(onValue, onError).then(step, reject);
      }
    }
    step(gen.next());
  });
}
function ticker(label, n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) {
    (function (k) { p = p.then(function () { print(label + k); }); })(i);
  }
  return p;
}

scenario('two then chains interleave', function () {
  ticker('a', 4); ticker('b', 4);
});

scenario('sync code runs before jobs', function () {
  Promise.resolve().then(function () { log('job'); });
  log('sync');
});

scenario('resolve with a resolved promise costs two ticks', function () {
  var p = Promise.resolve('x');
  new Promise(function (r) { r(p); }).then(logger('adopted'));
  ticker('t', 4);
});

scenario('return promise from then vs return value', function () {
  Promise.resolve().then(function () { return Promise.resolve('promise'); }).then(logger('returned'));
  Promise.resolve().then(function () { return 'value'; }).then(logger('returned'));
  ticker('t', 5);
});

scenario('synchronous thenable is adopted in one extra tick', function () {
  var thenable = { then: function (res) { log('then called'); res('thenable value'); } };
  Promise.resolve().then(function () { return thenable; }).then(logger('got'));
  ticker('t', 4);
});

scenario('thenable resolving later', function () {
  var thenable = { then: function (res) { Promise.resolve().then(function () { res('late'); }); } };
  new Promise(function (r) { r(thenable); }).then(logger('got'));
  ticker('t', 5);
});

scenario('thenable that throws after resolving is ignored', function () {
  var thenable = { then: function (res) { res('ok'); throw new Error('ignored'); } };
  Promise.resolve(thenable).then(logger('fulfilled'), logger('rejected'));
});

scenario('thenable that throws rejects', function () {
  var thenable = { then: function () { throw new Error('boom'); } };
  Promise.resolve(thenable).then(logger('fulfilled'), function (e) { log('rejected ' + e.message); });
});

scenario('getter on then is read once and may throw', function () {
  var reads = 0;
  var obj = {};
  Object.defineProperty(obj, 'then', { get: function () { reads++; throw new Error('getter'); } });
  Promise.resolve().then(function () { return obj; }).then(null, function (e) { log('rejected ' + e.message + ' reads ' + reads); });
});

scenario('Promise.resolve returns the same promise', function () {
  var p = Promise.resolve(1);
  log(Promise.resolve(p) === p);
  var q = new Promise(function (r) { r(p); });
  log(q === p);
  Promise.resolve(p).then(logger('resolve(p)'));
  q.then(logger('new Promise(r(p))'));
  p.then(logger('p'));
});

scenario('then on settled vs pending promise', function () {
  var resolveLater;
  var pending = new Promise(function (r) { resolveLater = r; });
  pending.then(logger('pending'));
  Promise.resolve('settled').then(logger('settled'));
  resolveLater('now');
  Promise.resolve('settled2').then(logger('settled2'));
});

scenario('reactions run in registration order', function () {
  var resolveIt;
  var p = new Promise(function (r) { resolveIt = r; });
  p.then(logger('first'));
  p.then(logger('second'));
  p.then(function (v) { log('third ' + v); p.then(logger('added late')); });
  resolveIt('v');
  p.then(logger('fourth'));
});

scenario('rejection skips fulfil handlers', function () {
  Promise.reject(new Error('bad'))
    .then(function () { log('not called'); })
    .then(function () { log('not called'); })
    .catch(function (e) { log('caught ' + e.message); return 'recovered'; })
    .then(logger('after catch'));
  ticker('t', 5);
});

scenario('throw in then becomes rejection', function () {
  Promise.resolve(1).then(function () { throw new Error('thrown'); })
    .then(null, function (e) { log('handled ' + e.message); });
  ticker('t', 3);
});

scenario('non-callable handlers pass values through', function () {
  Promise.resolve('through').then(null).then(undefined, 5).then('x').then(logger('arrived'));
  Promise.reject('reason').then(7).catch(logger('caught'));
});

scenario('finally passes the value through', function () {
  Promise.resolve('value').finally(function () { log('finally'); return 'ignored'; }).then(logger('then'));
  ticker('t', 6);
});

scenario('finally passes the rejection through', function () {
  Promise.reject('reason').finally(function () { log('finally'); }).catch(logger('caught'));
  ticker('t', 6);
});

scenario('finally throw overrides', function () {
  Promise.resolve('value').finally(function () { throw 'override'; }).then(logger('then'), logger('caught'));
  ticker('t', 6);
});

scenario('finally returning a rejected promise overrides', function () {
  Promise.resolve('value').finally(function () { return Promise.reject('from finally'); }).then(logger('then'), logger('caught'));
  ticker('t', 6);
});

scenario('finally waits for a returned promise', function () {
  var release;
  var gate = new Promise(function (r) { release = r; });
  Promise.resolve('value').finally(function () { log('finally'); return gate; }).then(logger('then'));
  Promise.resolve().then(function () { log('releasing'); release('gate value'); });
  ticker('t', 6);
});

scenario('finally with non-callable argument', function () {
  Promise.resolve('v').finally(42).then(logger('then'));
  ticker('t', 3);
});

scenario('all resolves after its inputs', function () {
  Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { log('all ' + JSON.stringify(v)); });
  ticker('t', 5);
});

scenario('all rejects with the first rejection', function () {
  Promise.all([Promise.resolve(1).then(function () { throw 'second'; }), Promise.reject('first'), 3])
    .then(logger('fulfilled'), logger('rejected'));
  ticker('t', 4);
});

scenario('all of empty resolves', function () {
  Promise.all([]).then(function (v) { log('empty ' + JSON.stringify(v)); });
  ticker('t', 3);
});

scenario('all iterates any iterable', function () {
  var s = new Set([1, 2]);
  Promise.all(s).then(function (v) { log('set ' + JSON.stringify(v)); });
  Promise.all('ab').then(function (v) { log('string ' + JSON.stringify(v)); });
  Promise.all(5).catch(function (e) { log('not iterable ' + (e instanceof TypeError)); });
});

scenario('allSettled reports each outcome', function () {
  Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3]).then(function (r) { log('settled ' + JSON.stringify(r)); });
  ticker('t', 5);
});

scenario('any takes the first fulfilment', function () {
  Promise.any([Promise.reject('a'), Promise.resolve('b').then(function (x) { return x + '!'; }), Promise.resolve('c')])
    .then(logger('any'));
  ticker('t', 4);
});

scenario('any rejects with AggregateError', function () {
  Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(function (e) {
    log(e instanceof AggregateError);
    log(e.name + ': ' + e.message + ' ' + JSON.stringify(e.errors));
  });
  Promise.any([]).catch(function (e) { log('empty ' + e.name + ' ' + JSON.stringify(e.errors)); });
  ticker('t', 4);
});

scenario('race settles with the first', function () {
  Promise.race([new Promise(function (r) { setTimeout(function () { r('slow'); }, 5); }), Promise.resolve('fast')])
    .then(logger('race'));
  Promise.race([Promise.reject('rej'), Promise.resolve('res')]).then(logger('race2 ok'), logger('race2 err'));
  ticker('t', 3);
});

scenario('await non-promise and promise interleave like Node', function () {
  asyncRun(function* () {
    log('f start');
    var a = yield 1;
    log('f after await 1: ' + a);
    var b = yield Promise.resolve(2);
    log('f after await promise: ' + b);
    return 'f done';
  }).then(logger('f result'));
  ticker('t', 10);
  log('sync end');
});

scenario('async function returning a promise', function () {
  asyncRun(function* () { return Promise.resolve('inner'); }).then(logger('returned promise'));
  asyncRun(function* () { return 'plain'; }).then(logger('returned plain'));
  ticker('t', 8);
});

scenario('nested async calls', function () {
  function inner(n) {
    return asyncRun(function* () { log('inner ' + n); yield null; log('inner after ' + n); return n * 2; });
  }
  asyncRun(function* () {
    var x = yield inner(1);
    log('outer got ' + x);
    var y = yield inner(x);
    log('outer got ' + y);
  });
  ticker('t', 14);
});

scenario('await rejected promise throws into generator', function () {
  asyncRun(function* () {
    try {
      yield Promise.reject(new Error('nope'));
      log('not reached');
    } catch (e) {
      log('caught ' + e.message);
    }
    return 'recovered';
  }).then(logger('result'));
  asyncRun(function* () { throw new Error('sync throw'); }).catch(function (e) { log('async rejected ' + e.message); });
  ticker('t', 6);
});

scenario('await thenable object', function () {
  asyncRun(function* () {
    var v = yield { then: function (r) { r('from thenable'); } };
    log('got ' + v);
  });
  ticker('t', 6);
});

scenario('executor resolves once', function () {
  new Promise(function (resolve, reject) {
    resolve('first');
    resolve('second');
    reject('third');
    throw new Error('after resolve');
  }).then(logger('fulfilled'), logger('rejected'));
  new Promise(function () { throw new Error('executor threw'); }).catch(function (e) { log('caught ' + e.message); });
});

scenario('chaining cycle is a TypeError', function () {
  var p = Promise.resolve().then(function () { return p; });
  p.catch(function (e) { log((e instanceof TypeError) + ' ' + e.message); });
});

scenario('resolving functions are shared by the executor', function () {
  var res;
  var p = new Promise(function (r) { res = r; });
  p.then(logger('p'));
  var q = Promise.resolve().then(function () { res('from q'); return 'q'; });
  q.then(logger('q'));
});

scenario('deeply nested resolution', function () {
  var p = Promise.resolve(Promise.resolve(Promise.resolve('deep')));
  new Promise(function (r) { r(new Promise(function (r2) { r2(new Promise(function (r3) { r3('deeper'); })); })); }).then(logger('nested'));
  p.then(logger('p'));
  ticker('t', 6);
});

scenario('unhandled rejection is reported after the task', function () {
  Promise.reject(new Error('nobody listens'));
  var late = Promise.reject('handled in a job');
  Promise.resolve().then(function () { late.catch(function () { log('late handler ran'); }); });
  log('sync end');
});

scenario('rejection handled after the report', function () {
  var p = Promise.reject('eventually handled');
  setTimeout(function () { p.catch(function (r) { log('caught ' + r); }); }, 5);
});

scenario('derived promise of a rejected then is unhandled', function () {
  var p = Promise.reject('r1');
  p.then(function () {});
  p.catch(function () { log('only p is handled'); });
});

scenario('subclass via Reflect.construct uses species', function () {
  var made = 0;
  function MyP(executor) { made++; return Reflect.construct(Promise, [executor], MyP); }
  MyP.prototype = Object.create(Promise.prototype, { constructor: { value: MyP, writable: true, configurable: true } });
  Object.setPrototypeOf(MyP, Promise);
  var p = new MyP(function (r) { r(1); });
  log('made ' + made + ' instanceof ' + (p instanceof MyP) + ' ' + (p instanceof Promise));
  var q = p.then(function (v) { return v + 1; });
  log('then made ' + made + ' instanceof ' + (q instanceof MyP));
  log('resolve same ' + (MyP.resolve(p) === p) + ' ' + (Promise.resolve(p) === p));
  var r = Promise.resolve.call(MyP, 5);
  log('resolve.call ' + (r instanceof MyP) + ' made ' + made);
  q.then(logger('q'));
  r.then(logger('r'));
  Promise.all.call(MyP, [1, 2]).then(function (v) { log('all via MyP ' + JSON.stringify(v) + ' made ' + made); });
});

scenario('species null falls back to Promise', function () {
  var p = Promise.resolve(1);
  var ctor = {};
  ctor[Symbol.species] = null;
  p.constructor = ctor;
  var q = p.then(function (v) { return v; });
  log(Object.getPrototypeOf(q) === Promise.prototype);
  q.then(logger('q'));
});

scenario('many queued chains', function () {
  var order = [];
  var ps = [];
  for (var i = 0; i < 5; i++) {
    (function (i) {
      ps[i] = new Promise(function (r) { r(i); }).then(function (v) { order.push('a' + v); return Promise.resolve(v); })
        .then(function (v) { order.push('b' + v); return v; });
    })(i);
  }
  Promise.all(ps).then(function () { log(order.join(' ')); });
});

scenario('catch and then on rejected promise in same tick', function () {
  var p = Promise.reject('x');
  p.catch(logger('catch 1'));
  p.then(null, logger('catch 2'));
  p.finally(function () { log('finally'); }).catch(logger('finally rejected'));
});

runScenarios();
