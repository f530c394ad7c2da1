/*
 * Colony prelude: Promise in JavaScript.
 *
 * Rhino's native Promise keeps its reactions as Java lambdas in the Context's microtask queue, so
 * a program with a pending native promise cannot be serialised. This Promise keeps its whole state
 * in ordinary JS objects (one non-enumerable string-keyed slot per promise) and schedules every
 * job through $colony.enqueueMicrotask(fn), so pending promises, their reactions and queued jobs
 * serialise with the rest of the program.
 *
 * The algorithms follow ECMA-262 (27.2) step by step, so job ordering matches V8/Node: one job
 * per reaction, a NewPromiseResolveThenableJob when a promise is resolved with a thenable,
 * Promise.resolve(p) returns p itself when p.constructor is the receiver, and `then` on a settled
 * promise enqueues its job at once.
 *
 * Host hooks: $colony.enqueueMicrotask(fn), $colony.trackRejection(promise, handled) (called with
 * false when a promise is rejected with no handler, with true when a handler is attached later).
 * Provides $colony.promiseState(p) for the console formatter.
 *
 * Evaluated after builtins.js, before user code. ES5 syntax only; no new globals except the
 * replacement of Promise (and AggregateError when the engine lacks one).
 */
(function colonyPromisePrelude(global) {
  'use strict';

  var colony = global.$colony;

  // ---- captured built-ins ----------------------------------------------------------------------
  var ObjectCtor = Object;
  // Well-known symbols are read from the Symbol constructor at each use, never kept in a variable:
  // symbols are not Scriptable, so a snapshot cannot refer to them by name, and a deserialised
  // copy of a symbol is a different symbol.
  var SymbolCtor = Symbol;
  var ArrayCtor = Array;
  var StringCtor = String;
  var ErrorCtor = Error;
  var TypeErrorCtor = TypeError;
  var NativePromise = global.Promise;
  var defineProperty = Object.defineProperty;
  var getPrototypeOf = Object.getPrototypeOf;
  var objectCreate = Object.create;
  var nativeBind = Function.prototype.bind;
  var nativeCall = Function.prototype.call;
  var nativeHasOwn = Object.prototype.hasOwnProperty;
  var hasOwn = nativeBind.call(nativeCall, nativeHasOwn);

  // Helpers shared with builtins.js, which is evaluated first and publishes them on
  // $colony.internals.
  var isObject = colony.internals.builtins_isObject;
  var isConstructor = colony.internals.builtins_isConstructor;
  var describe = colony.internals.builtins_describe;
  var setNameAndLength = colony.internals.builtins_setNameAndLength;
  var getIteratorFromMethod = colony.internals.builtins_getIteratorFromMethod;
  var iteratorRecord = colony.internals.builtins_iteratorRecord;
  var iteratorCloseQuietly = colony.internals.builtins_iteratorCloseQuietly;

  var AggregateErrorCtor = global.AggregateError;
  if (typeof AggregateErrorCtor !== 'function') {
    AggregateErrorCtor = function AggregateError(errors, message) {
      var self = this instanceof AggregateErrorCtor ? this : objectCreate(AggregateErrorCtor.prototype);
      if (message !== undefined) {
        defineProperty(self, 'message', { value: StringCtor(message), writable: true, configurable: true });
      }
      var list = [];
      var record = getIterator(errors);
      while (iteratorStep(record)) {
        list[list.length] = record.value;
      }
      defineProperty(self, 'errors', { value: list, writable: true, configurable: true });
      return self;
    };
    AggregateErrorCtor.prototype = objectCreate(ErrorCtor.prototype);
    defineProperty(AggregateErrorCtor.prototype, 'constructor', {
      value: AggregateErrorCtor, writable: true, configurable: true
    });
    defineProperty(AggregateErrorCtor.prototype, 'name', {
      value: 'AggregateError', writable: true, configurable: true
    });
    defineProperty(AggregateErrorCtor.prototype, 'message', { value: '', writable: true, configurable: true });
    defineProperty(global, 'AggregateError', { value: AggregateErrorCtor, writable: true, configurable: true });
  }

  // ---- helpers ---------------------------------------------------------------------------------
  function typeError(message) {
    return new TypeErrorCtor(message);
  }

  // Iteration (arrays with untouched iteration are walked by index: same observable behaviour).
  function getIterator(obj) {
    if (obj === null || obj === undefined) {
      throw typeError((obj === null ? 'object null' : 'undefined') +
          ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var method = obj[SymbolCtor.iterator];
    if (typeof method !== 'function') {
      throw typeError(describe(obj) + ' is not iterable');
    }
    return getIteratorFromMethod(obj, method);
  }

  function iteratorStep(record) {
    if (record.array !== undefined) {
      var a = record.array;
      if (record.index < a.length) {
        record.value = a[record.index++];
        return true;
      }
      record.done = true;
      record.array = undefined;
      return false;
    }
    var result;
    try {
      var next = record.next;
      if (typeof next !== 'function') {
        throw typeError(describe(next) + ' is not a function');
      }
      result = next.call(record.iterator);
      if (!isObject(result)) {
        throw typeError('Iterator result ' + describe(result) + ' is not an object');
      }
      if (result.done) {
        record.done = true;
        return false;
      }
      record.value = result.value;
    } catch (e) {
      record.done = true;
      throw e;
    }
    return true;
  }

  // ---- promise state ---------------------------------------------------------------------------
  var SLOT = '__colonyPromise';
  var PENDING = 0;
  var FULFILLED = 1;
  var REJECTED = 2;
  var STATE_NAMES = ['pending', 'fulfilled', 'rejected'];

  function isPromise(x) {
    return isObject(x) && hasOwn(x, SLOT);
  }

  function initPromise(p) {
    defineProperty(p, SLOT, {
      value: { state: PENDING, value: undefined, reactions: [], handled: false }
    });
    return p;
  }

  function enqueue(job) {
    colony.enqueueMicrotask(job);
  }

  function trackRejection(promise, handled) {
    if (typeof colony.trackRejection === 'function') {
      colony.trackRejection(promise, handled);
    }
  }

  // Reactions: { promise, resolve, reject, onFulfilled, onRejected }. For a derived promise made
  // internally (species is this Promise) resolve/reject are undefined and the job settles the
  // promise directly: nothing else can reach its resolving functions, so that is the same as
  // calling them.
  function makeReactionJob(reaction, type, argument) {
    return function () {
      promiseReactionJob(reaction, type, argument);
    };
  }

  function promiseReactionJob(reaction, type, argument) {
    var handler = type === FULFILLED ? reaction.onFulfilled : reaction.onRejected;
    var result;
    var threw = false;
    if (handler === undefined) {
      result = argument;
      threw = type === REJECTED;
    } else {
      try {
        result = handler.call(undefined, argument);
      } catch (e) {
        threw = true;
        result = e;
      }
    }
    var derived = reaction.promise;
    if (derived === undefined) {
      return;
    }
    if (reaction.resolve === undefined) {
      if (threw) {
        rejectPromise(derived, result);
      } else {
        resolvePromise(derived, result);
      }
    } else if (threw) {
      reaction.reject.call(undefined, result);
    } else {
      reaction.resolve.call(undefined, result);
    }
  }

  function triggerReactions(reactions, type, argument) {
    for (var i = 0; i < reactions.length; i++) {
      enqueue(makeReactionJob(reactions[i], type, argument));
    }
  }

  function fulfillPromise(promise, value) {
    var rec = promise[SLOT];
    var reactions = rec.reactions;
    rec.reactions = undefined;
    rec.state = FULFILLED;
    rec.value = value;
    triggerReactions(reactions, FULFILLED, value);
  }

  function rejectPromise(promise, reason) {
    var rec = promise[SLOT];
    var reactions = rec.reactions;
    rec.reactions = undefined;
    rec.state = REJECTED;
    rec.value = reason;
    if (!rec.handled) {
      trackRejection(promise, false);
    }
    triggerReactions(reactions, REJECTED, reason);
  }

  // The body of a promise resolve function (27.2.1.3.2) once "already resolved" is checked.
  function resolvePromise(promise, resolution) {
    if (resolution === promise) {
      rejectPromise(promise, typeError('Chaining cycle detected for promise #<Promise>'));
      return;
    }
    if (!isObject(resolution)) {
      fulfillPromise(promise, resolution);
      return;
    }
    var then;
    try {
      then = resolution.then;
    } catch (e) {
      rejectPromise(promise, e);
      return;
    }
    if (typeof then !== 'function') {
      fulfillPromise(promise, resolution);
      return;
    }
    enqueue(makeResolveThenableJob(promise, resolution, then));
  }

  function makeResolveThenableJob(promise, thenable, then) {
    return function () {
      resolveThenableJob(promise, thenable, then);
    };
  }

  function resolveThenableJob(promise, thenable, then) {
    var fns = createResolvingFunctions(promise);
    try {
      then.call(thenable, fns.resolve, fns.reject);
    } catch (e) {
      fns.reject.call(undefined, e);
    }
  }

  // The two functions share one "already resolved" record. They are returned from helper
  // functions so that Rhino does not name them after a variable (built-in resolving functions are
  // anonymous).
  function createResolvingFunctions(promise) {
    var alreadyResolved = { value: false };
    var fns = {};
    fns.resolve = makeResolveFunction(promise, alreadyResolved);
    fns.reject = makeRejectFunction(promise, alreadyResolved);
    return fns;
  }

  function makeResolveFunction(promise, alreadyResolved) {
    return function (resolution) {
      if (alreadyResolved.value) {
        return undefined;
      }
      alreadyResolved.value = true;
      resolvePromise(promise, resolution);
      return undefined;
    };
  }

  function makeRejectFunction(promise, alreadyResolved) {
    return function (reason) {
      if (alreadyResolved.value) {
        return undefined;
      }
      alreadyResolved.value = true;
      rejectPromise(promise, reason);
      return undefined;
    };
  }

  function performPromiseThen(promise, onFulfilled, onRejected, derived, resolve, reject) {
    var reaction = {};
    reaction.promise = derived;
    reaction.resolve = resolve;
    reaction.reject = reject;
    reaction.onFulfilled = typeof onFulfilled === 'function' ? onFulfilled : undefined;
    reaction.onRejected = typeof onRejected === 'function' ? onRejected : undefined;
    var rec = promise[SLOT];
    if (rec.state === PENDING) {
      rec.reactions[rec.reactions.length] = reaction;
    } else if (rec.state === FULFILLED) {
      enqueue(makeReactionJob(reaction, FULFILLED, rec.value));
    } else {
      if (!rec.handled) {
        trackRejection(promise, true);
      }
      enqueue(makeReactionJob(reaction, REJECTED, rec.value));
    }
    rec.handled = true;
    return derived;
  }

  // ---- capabilities ----------------------------------------------------------------------------
  function newInternalPromise() {
    return initPromise(objectCreate(PromiseProto));
  }

  function newPromiseCapability(C) {
    if (C === Promise) {
      var p = newInternalPromise();
      var fns = createResolvingFunctions(p);
      var internal = {};
      internal.promise = p;
      internal.resolve = fns.resolve;
      internal.reject = fns.reject;
      return internal;
    }
    if (!isConstructor(C)) {
      throw typeError(describe(C) + ' is not a constructor');
    }
    var capability = { promise: undefined, resolve: undefined, reject: undefined };
    var executor = function (resolve, reject) {
      if (capability.resolve !== undefined || capability.reject !== undefined) {
        throw typeError('Promise executor has already been invoked with non-undefined arguments');
      }
      capability.resolve = resolve;
      capability.reject = reject;
    };
    var promise = new C(executor);
    if (typeof capability.resolve !== 'function' || typeof capability.reject !== 'function') {
      throw typeError('Promise resolve or reject function is not callable');
    }
    capability.promise = promise;
    return capability;
  }

  function speciesConstructor(O, defaultConstructor) {
    var C = O.constructor;
    if (C === undefined) {
      return defaultConstructor;
    }
    if (!isObject(C)) {
      throw typeError('The .constructor property is not an object');
    }
    var S = C[SymbolCtor.species];
    if (S === undefined || S === null) {
      return defaultConstructor;
    }
    if (isConstructor(S)) {
      return S;
    }
    throw typeError('object.constructor[Symbol.species] is not a constructor');
  }

  function promiseResolve(C, x) {
    if (isPromise(x)) {
      var xConstructor = x.constructor;
      if (xConstructor === C) {
        return x;
      }
    }
    if (C === Promise) {
      var p = newInternalPromise();
      resolvePromise(p, x);
      return p;
    }
    var capability = newPromiseCapability(C);
    capability.resolve.call(undefined, x);
    return capability.promise;
  }

  // ---- constructor and prototype ---------------------------------------------------------------
  // Without new.target (unsupported by Rhino), `new` is recognised by a fresh receiver that
  // inherits from Promise.prototype (this also admits Reflect.construct with a subclass).
  function Promise(executor) {
    var self = this;
    if (!isObject(self) || !(self instanceof Promise) || hasOwn(self, SLOT)) {
      throw typeError('Promise constructor cannot be invoked without \'new\'');
    }
    if (typeof executor !== 'function') {
      throw typeError('Promise resolver ' + describe(executor) + ' is not a function');
    }
    initPromise(self);
    var fns = createResolvingFunctions(self);
    try {
      executor(fns.resolve, fns.reject);
    } catch (e) {
      fns.reject.call(undefined, e);
    }
    return self;
  }

  var PromiseProto = Promise.prototype;

  function then(onFulfilled, onRejected) {
    var promise = this;
    if (!isPromise(promise)) {
      throw typeError('Method Promise.prototype.then called on incompatible receiver ' + describe(promise));
    }
    var C = speciesConstructor(promise, Promise);
    if (C === Promise) {
      return performPromiseThen(promise, onFulfilled, onRejected, newInternalPromise(), undefined, undefined);
    }
    var capability = newPromiseCapability(C);
    return performPromiseThen(promise, onFulfilled, onRejected, capability.promise,
        capability.resolve, capability.reject);
  }

  function promiseCatch(onRejected) {
    return this.then(undefined, onRejected);
  }

  function makeThenFinally(C, onFinally) {
    return function (value) {
      var result = onFinally();
      var p = promiseResolve(C, result);
      return p.then(function () {
        return value;
      });
    };
  }

  function makeCatchFinally(C, onFinally) {
    return function (reason) {
      var result = onFinally();
      var p = promiseResolve(C, result);
      return p.then(function () {
        throw reason;
      });
    };
  }

  function promiseFinally(onFinally) {
    var promise = this;
    if (!isObject(promise)) {
      throw typeError('Promise.prototype.finally called on non-object');
    }
    var C = speciesConstructor(promise, Promise);
    var thenFinally = onFinally;
    var catchFinally = onFinally;
    if (typeof onFinally === 'function') {
      thenFinally = makeThenFinally(C, onFinally);
      catchFinally = makeCatchFinally(C, onFinally);
    }
    return promise.then(thenFinally, catchFinally);
  }

  // ---- statics ---------------------------------------------------------------------------------
  function requireObjectReceiver(C, method) {
    if (!isObject(C)) {
      throw typeError(method + ' called on non-object');
    }
  }

  function resolve(x) {
    requireObjectReceiver(this, 'PromiseResolve');
    return promiseResolve(this, x);
  }

  function reject(r) {
    var C = this;
    requireObjectReceiver(C, 'PromiseReject');
    if (C === Promise) {
      var p = newInternalPromise();
      rejectPromise(p, r);
      return p;
    }
    var capability = newPromiseCapability(C);
    capability.reject.call(undefined, r);
    return capability.promise;
  }

  function getPromiseResolve(C) {
    var promiseResolveFn = C.resolve;
    if (typeof promiseResolveFn !== 'function') {
      throw typeError('Promise resolve or reject function is not callable');
    }
    return promiseResolveFn;
  }

  function callResolve(C, promiseResolveFn, value) {
    if (promiseResolveFn === resolve) {
      return promiseResolve(C, value);
    }
    return promiseResolveFn.call(C, value);
  }

  function newAggregateError(errors) {
    return new AggregateErrorCtor(copyList(errors), 'All promises were rejected');
  }

  function copyList(list) {
    var n = list.length;
    var out = new ArrayCtor(n);
    for (var i = 0; i < n; i++) {
      out[i] = list[i];
    }
    return out;
  }

  // Shared skeleton of all / allSettled / any / race: capability, resolve lookup, iteration and
  // the rejection of the capability on an abrupt completion (closing the iterator first).
  function combinator(C, iterable, perform, kind) {
    var capability = newPromiseCapability(C);
    var promiseResolveFn;
    var record;
    try {
      promiseResolveFn = getPromiseResolve(C);
      record = getIterator(iterable);
    } catch (e) {
      capability.reject.call(undefined, e);
      return capability.promise;
    }
    try {
      return perform(record, C, capability, promiseResolveFn, kind);
    } catch (e2) {
      iteratorCloseQuietly(record);
      capability.reject.call(undefined, e2);
      return capability.promise;
    }
  }

  // PerformPromiseAll, PerformPromiseAllSettled and PerformPromiseAny are one loop: a slot per
  // element, a count of the elements still pending (starting at 1 for the loop itself) and the
  // settling of the capability once it drops to 0. The kind says what the elements record.
  var COLLECT_ALL = 0;
  var COLLECT_ALL_SETTLED = 1;
  var COLLECT_ANY = 2;

  function finishCollecting(kind, capability, list) {
    if (kind === COLLECT_ANY) {
      capability.reject.call(undefined, newAggregateError(list));
    } else {
      capability.resolve.call(undefined, copyList(list));
    }
  }

  // The resolve element (all), the resolve and reject elements sharing alreadyCalled
  // (allSettled) or the reject element (any) of the element at index.
  function makeCollectElement(kind, index, list, capability, remaining, alreadyCalled, fulfilled) {
    return function (x) {
      if (alreadyCalled.called) {
        return undefined;
      }
      alreadyCalled.called = true;
      if (kind === COLLECT_ALL_SETTLED) {
        var outcome = {};
        if (fulfilled) {
          outcome.status = 'fulfilled';
          outcome.value = x;
        } else {
          outcome.status = 'rejected';
          outcome.reason = x;
        }
        list[index] = outcome;
      } else {
        list[index] = x;
      }
      remaining.count--;
      if (remaining.count === 0) {
        finishCollecting(kind, capability, list);
      }
      return undefined;
    };
  }

  function performCollecting(record, C, capability, promiseResolveFn, kind) {
    var list = [];
    var remaining = { count: 1 };
    var index = 0;
    while (true) {
      if (!iteratorStep(record)) {
        remaining.count--;
        if (remaining.count === 0) {
          finishCollecting(kind, capability, list);
        }
        return capability.promise;
      }
      list[index] = undefined;
      var nextPromise = callResolve(C, promiseResolveFn, record.value);
      var alreadyCalled = { called: false };
      var onFulfilled = kind === COLLECT_ANY ? capability.resolve :
          makeCollectElement(kind, index, list, capability, remaining, alreadyCalled, true);
      var onRejected = kind === COLLECT_ALL ? capability.reject :
          makeCollectElement(kind, index, list, capability, remaining, alreadyCalled, false);
      remaining.count++;
      nextPromise.then(onFulfilled, onRejected);
      index++;
    }
  }

  function performRace(record, C, capability, promiseResolveFn) {
    while (true) {
      if (!iteratorStep(record)) {
        return capability.promise;
      }
      var nextPromise = callResolve(C, promiseResolveFn, record.value);
      nextPromise.then(capability.resolve, capability.reject);
    }
  }

  function all(iterable) {
    return combinator(this, iterable, performCollecting, COLLECT_ALL);
  }

  function allSettled(iterable) {
    return combinator(this, iterable, performCollecting, COLLECT_ALL_SETTLED);
  }

  function any(iterable) {
    return combinator(this, iterable, performCollecting, COLLECT_ANY);
  }

  function race(iterable) {
    return combinator(this, iterable, performRace);
  }

  function withResolvers() {
    var capability = newPromiseCapability(this);
    var result = {};
    result.promise = capability.promise;
    result.resolve = capability.resolve;
    result.reject = capability.reject;
    return result;
  }

  function promiseTry(callbackfn) {
    var C = this;
    requireObjectReceiver(C, 'Promise.try');
    var capability = newPromiseCapability(C);
    var n = arguments.length - 1;
    var args = new ArrayCtor(n > 0 ? n : 0);
    for (var i = 0; i < n; i++) {
      args[i] = arguments[i + 1];
    }
    var status;
    try {
      if (typeof callbackfn !== 'function') {
        throw typeError(describe(callbackfn) + ' is not a function');
      }
      status = callbackfn.apply(undefined, args);
    } catch (e) {
      capability.reject.call(undefined, e);
      return capability.promise;
    }
    capability.resolve.call(undefined, status);
    return capability.promise;
  }

  function getSpecies() {
    return this;
  }

  // ---- await ---------------------------------------------------------------------------------------
  // $colony.asyncExecutePromiseGenerator(generator) runs a generator as an async function with
  // the job ordering of native async/await (ES2022 Await): each await is PromiseResolve(%Promise%,
  // v) plus PerformPromiseThen with no derived promise, so awaiting a native promise costs one job
  // and awaiting a non-promise one job, as in V8; the result promise is resolved with the return
  // value (a returned promise costs the usual two extra jobs). Closure Compiler's own driver
  // ($jscomp.asyncExecutePromiseGenerator) chains two extra thens per await; the runtime can
  // install this one in its place to get Node's ordering.
  function asyncExecutePromiseGenerator(generator) {
    var promise = newInternalPromise();
    var fns = createResolvingFunctions(promise);
    asyncStep(generator, fns, false, undefined);
    return promise;
  }

  function asyncStep(generator, fns, isThrow, argument) {
    var rec;
    try {
      rec = isThrow ? generator['throw'](argument) : generator.next(argument);
    } catch (e) {
      fns.reject.call(undefined, e);
      return;
    }
    if (rec.done) {
      fns.resolve.call(undefined, rec.value);
      return;
    }
    var awaited;
    try {
      awaited = promiseResolve(Promise, rec.value);
    } catch (e2) {
      asyncStep(generator, fns, true, e2);
      return;
    }
    performPromiseThen(awaited, makeAwaitResume(generator, fns, false), makeAwaitResume(generator, fns, true),
        undefined, undefined, undefined);
  }

  function makeAwaitResume(generator, fns, isThrow) {
    return function (value) {
      asyncStep(generator, fns, isThrow, value);
    };
  }

  // ---- install ---------------------------------------------------------------------------------
  function nativeLength(owner, key, fallback) {
    var f = owner !== undefined && owner !== null ? owner[key] : undefined;
    return typeof f === 'function' ? f.length : fallback;
  }

  function method(obj, key, fn, name, length) {
    setNameAndLength(fn, name, length);
    defineProperty(obj, key, { value: fn, writable: true, enumerable: false, configurable: true });
  }

  var NativeProto = NativePromise !== undefined ? NativePromise.prototype : undefined;
  setNameAndLength(Promise, 'Promise', 1);
  method(PromiseProto, 'constructor', Promise, 'Promise', 1);
  method(PromiseProto, 'then', then, 'then', nativeLength(NativeProto, 'then', 2));
  method(PromiseProto, 'catch', promiseCatch, 'catch', nativeLength(NativeProto, 'catch', 1));
  method(PromiseProto, 'finally', promiseFinally, 'finally', nativeLength(NativeProto, 'finally', 1));
  defineProperty(PromiseProto, SymbolCtor.toStringTag, { value: 'Promise', configurable: true });
  defineProperty(Promise, 'prototype', { writable: false });

  method(Promise, 'resolve', resolve, 'resolve', 1);
  method(Promise, 'reject', reject, 'reject', 1);
  method(Promise, 'all', all, 'all', 1);
  method(Promise, 'allSettled', allSettled, 'allSettled', 1);
  method(Promise, 'any', any, 'any', 1);
  method(Promise, 'race', race, 'race', 1);
  method(Promise, 'withResolvers', withResolvers, 'withResolvers', 0);
  if (NativePromise === undefined || typeof NativePromise['try'] === 'function') {
    method(Promise, 'try', promiseTry, 'try', 1);
  }
  setNameAndLength(getSpecies, 'get [Symbol.species]', 0);
  defineProperty(Promise, SymbolCtor.species, { get: getSpecies, configurable: true });

  defineProperty(global, 'Promise', { value: Promise, writable: true, enumerable: false, configurable: true });

  function promiseState(p) {
    if (!isPromise(p)) {
      return null;
    }
    var rec = p[SLOT];
    var result = {};
    result.state = STATE_NAMES[rec.state];
    result.value = rec.value;
    return result;
  }

  defineProperty(colony, 'promiseState', { value: promiseState, writable: true, configurable: true });
  defineProperty(colony, 'asyncExecutePromiseGenerator', {
    value: asyncExecutePromiseGenerator, writable: true, configurable: true
  });

  // ---- registration for serialisation (see builtins.js) ----------------------------------------
  var internals = colony.internals;
  var allNames = colony.preludeExcludedNames;
  var registerInternals = internals.builtins_registerInternals;

  var publicNames = [
    'Promise', 'Promise.prototype', 'Promise.prototype.then', 'Promise.prototype.catch',
    'Promise.prototype.finally', 'Promise.resolve', 'Promise.reject', 'Promise.all',
    'Promise.allSettled', 'Promise.any', 'Promise.race', 'Promise.withResolvers', 'AggregateError',
    'AggregateError.prototype', '$colony.promiseState',
    '$colony.asyncExecutePromiseGenerator'
  ];
  if (hasOwn(Promise, 'try')) {
    publicNames[publicNames.length] = 'Promise.try';
  }
  for (var n = 0; n < publicNames.length; n++) {
    allNames[allNames.length] = publicNames[n];
  }

  registerInternals('promise_', {
    colony: colony, ObjectCtor: ObjectCtor, SymbolCtor: SymbolCtor, ArrayCtor: ArrayCtor, StringCtor: StringCtor,
    ErrorCtor: ErrorCtor, TypeErrorCtor: TypeErrorCtor, NativePromise: NativePromise,
    defineProperty: defineProperty, getPrototypeOf: getPrototypeOf, objectCreate: objectCreate,
    nativeBind: nativeBind,
    nativeCall: nativeCall, nativeHasOwn: nativeHasOwn, hasOwn: hasOwn, AggregateErrorCtor: AggregateErrorCtor,
    isObject: isObject, isConstructor: isConstructor,
    describe: describe, typeError: typeError, setNameAndLength: setNameAndLength,
    getIteratorFromMethod: getIteratorFromMethod,
    getIterator: getIterator, iteratorRecord: iteratorRecord, iteratorStep: iteratorStep, iteratorCloseQuietly: iteratorCloseQuietly,
    STATE_NAMES: STATE_NAMES, isPromise: isPromise, initPromise: initPromise, enqueue: enqueue,
    trackRejection: trackRejection, makeReactionJob: makeReactionJob,
    promiseReactionJob: promiseReactionJob, triggerReactions: triggerReactions,
    fulfillPromise: fulfillPromise, rejectPromise: rejectPromise, resolvePromise: resolvePromise,
    makeResolveThenableJob: makeResolveThenableJob, resolveThenableJob: resolveThenableJob,
    createResolvingFunctions: createResolvingFunctions,
    makeResolveFunction: makeResolveFunction, makeRejectFunction: makeRejectFunction, performPromiseThen: performPromiseThen,
    newInternalPromise: newInternalPromise, newPromiseCapability: newPromiseCapability,
    speciesConstructor: speciesConstructor, promiseResolve: promiseResolve, Promise: Promise,
    PromiseProto: PromiseProto, then: then, promiseCatch: promiseCatch,
    makeThenFinally: makeThenFinally, makeCatchFinally: makeCatchFinally,
    promiseFinally: promiseFinally, requireObjectReceiver: requireObjectReceiver, resolve: resolve,
    reject: reject, getPromiseResolve: getPromiseResolve, callResolve: callResolve,
    copyList: copyList, combinator: combinator, newAggregateError: newAggregateError,
    finishCollecting: finishCollecting, makeCollectElement: makeCollectElement,
    performCollecting: performCollecting, performRace: performRace,
    all: all, allSettled: allSettled, any: any, race: race, withResolvers: withResolvers,
    promiseTry: promiseTry, asyncExecutePromiseGenerator: asyncExecutePromiseGenerator,
    asyncStep: asyncStep, makeAwaitResume: makeAwaitResume, getSpecies: getSpecies, nativeLength: nativeLength, method: method,
    NativeProto: NativeProto, promiseState: promiseState, internals: internals, allNames: allNames,
    publicNames: publicNames, registerInternals: registerInternals,
    colonyPromisePrelude: colonyPromisePrelude
  });
})(this);
