// What transpiled programs call: the run-time half of the transpiler's fixes to Closure's
// lowering (see dev.colony.runtime.transpile). Loaded last, after host.js. Keeps no
// per-program state of its own.
(function (global) {
  'use strict';
  var host = $colony;
  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var ownKeys = Reflect.ownKeys;
  var fnToString = Function.prototype.call.bind(Function.prototype.toString);
  var regExpExec = Function.prototype.call.bind(RegExp.prototype.exec);

  function hide(target, name, value) {
    defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  function toPropertyKey(key) {
    return typeof key === 'symbol' ? key : String(key);
  }

  // The name Node gives a method or accessor defined under this key (a private name's is its own).
  function keyName(key) {
    if (typeof key !== 'symbol') { return key; }
    var description = key.description === undefined ? '' : key.description;
    return host.privateNames.has(key) ? description : '[' + description + ']';
  }

  function nameFunction(fn, name) {
    if (typeof fn === 'function') { defineProperty(fn, 'name', { value: name, configurable: true }); }
  }

  // ---- object literals built step by step (ComputedKeys) ----
  hide(host, 'defineMethod', function (target, key, fn) {
    key = toPropertyKey(key);
    nameFunction(fn, keyName(key));
    target[key] = fn;
  });
  hide(host, 'defineAccessor', function (target, key, kind, fn) {
    key = toPropertyKey(key);
    nameFunction(fn, kind + ' ' + keyName(key));
    var descriptor = { enumerable: true, configurable: true };
    descriptor[kind] = fn;
    defineProperty(target, key, descriptor);
  });
  // ---- misused let, const and class bindings (LexicalBindingErrors) ----
  hide(host, 'tdz', function (name) {
    throw new ReferenceError("Cannot access '" + name + "' before initialization");
  });
  hide(host, 'constAssign', function () {
    throw new TypeError('Assignment to constant variable.');
  });
  // ---- classes (ClassSemantics) ----
  // Called once per class, from its first static block, when the class has its methods and no
  // static field yet: Closure's ES5 class has enumerable members, no inferred name, methods named
  // after nothing (or after Closure's temporaries) and $jscomp.inherits's superClass_.
  function defineMembers(target, skip) {
    var keys = ownKeys(target);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (skip.indexOf(key) >= 0) { continue; }
      var descriptor = getOwnPropertyDescriptor(target, key);
      if (key !== 'constructor') {
        var name = keyName(key);
        nameFunction(descriptor.value, name);
        nameFunction(descriptor.get, 'get ' + name);
        nameFunction(descriptor.set, 'set ' + name);
      }
      if (descriptor.enumerable) {
        descriptor.enumerable = false;
        defineProperty(target, key, descriptor);
      }
    }
  }

  hide(host, 'defineClass', function (ctor, name, ownsName) {
    delete ctor.superClass_;
    if (!ownsName) { defineProperty(ctor, 'name', { value: name, configurable: true }); }
    defineMembers(ctor.prototype, []);
    defineMembers(ctor, ownsName ? ['prototype', 'length'] : ['prototype', 'length', 'name']);
    defineProperty(ctor, 'prototype', { writable: false });
  });

  // ---- iteration in lowered destructuring, spread and for-of ----
  // Closure's makeIterator also walks array-likes and throws a plain Error for anything else;
  // Node throws a TypeError for every value without Symbol.iterator.
  var describe = host.internals.builtins_describe;
  $jscomp.makeIterator = function (iterable) {
    var method = iterable == null ? undefined : iterable[Symbol.iterator];
    if (typeof method !== 'function') {
      throw new TypeError(describe(iterable) + ' is not iterable');
    }
    return method.call(iterable);
  };
  // Closure spreads an array as it is, holes and all; Node's iteration reads a hole as undefined.
  var arrayFromIterator = $jscomp.arrayFromIterator;
  $jscomp.arrayFromIterable = function (iterable) {
    if (!(iterable instanceof Array)) {
      return arrayFromIterator($jscomp.makeIterator(iterable));
    }
    var length = iterable.length;
    for (var i = 0; i < length; i++) {
      if (!(i in iterable)) {
        var copy = [];
        for (var j = 0; j < length; j++) {
          copy[j] = iterable[j];
        }
        return copy;
      }
    }
    return iterable;
  };

  // ---- subclasses of built-ins: super(...) in `class S extends Array` ----
  // Rhino's Reflect.construct ignores newTarget for Array and refuses it for Map and Set: the
  // built-in is made as it is, then given the subclass's prototype.
  var isNativeFunction = host.internals.builtins_isNativeFunction;
  var reflectConstruct = Reflect.construct;
  $jscomp.construct = function (target, args, newTarget) {
    if (newTarget === undefined || newTarget === target || !isNativeFunction(target)) {
      return newTarget === undefined ? reflectConstruct(target, args) : reflectConstruct(target, args, newTarget);
    }
    var object = reflectConstruct(target, args);
    Object.setPrototypeOf(object, newTarget.prototype);
    return object;
  };

  // ---- brand checks of #private access (PrivateNameLowering) ----
  function privateMissing(key, write) {
    var name = key.description;
    throw new TypeError(write ? 'Cannot write private member ' + name + ' to an object whose class did not declare it'
        : 'Cannot read private member ' + name + ' from an object whose class did not declare it');
  }
  hide(host, 'privateMissing', privateMissing);
  hide(host, 'privateBrand', function (object, key, write) {
    if (!(key in Object(object))) { privateMissing(key, write); }
    return object;
  });

  // ---- generators ($jscomp.generator) ----
  // Node's shape: a generator object inherits from its function's prototype, which inherits
  // next/return/throw, [Symbol.iterator] and the "Generator" tag from %GeneratorPrototype%.
  // Closure's generator object instead carries four closures of its own, made on every call,
  // and prints as [object Object].
  var ENGINE = '$colony$generatorEngine';
  var objectPrototype = Object.prototype;
  var getPrototypeOf = Object.getPrototypeOf;
  var setPrototypeOf = Object.setPrototypeOf;
  var create = Object.create;
  var Engine = $jscomp.generator.Engine_;
  var iteratorPrototype = {};
  hide(iteratorPrototype, Symbol.iterator, function () { return this; });
  var generatorPrototype = create(iteratorPrototype);

  function engineOf(generator, method) {
    var engine = generator !== null && typeof generator === 'object' ? generator[ENGINE] : undefined;
    if (!(engine instanceof Engine)) {
      throw new TypeError(method + ' method called on incompatible receiver ' + String(generator));
    }
    return engine;
  }
  hide(generatorPrototype, 'next', function next(value) { return engineOf(this, 'next').next_(value); });
  hide(generatorPrototype, 'return', function (value) { return engineOf(this, 'return').return_(value); });
  hide(generatorPrototype, 'throw', function (exception) { return engineOf(this, 'throw').throw_(exception); });
  defineProperty(generatorPrototype, Symbol.toStringTag, { value: 'Generator', configurable: true });

  // The prototype Rhino made for a lowered generator function becomes a generator prototype the
  // first time the function runs (Node's has no constructor either).
  function generatorObjectPrototype(fn) {
    var prototype = fn.prototype;
    if (prototype === null || (typeof prototype !== 'object' && typeof prototype !== 'function')) {
      return generatorPrototype;
    }
    if (getPrototypeOf(prototype) === objectPrototype && prototype.constructor === fn) {
      delete prototype.constructor;
      setPrototypeOf(prototype, generatorPrototype);
    }
    return prototype;
  }
  $jscomp.generator.createGenerator = function (fn, program) {
    var generator = create(generatorObjectPrototype(fn));
    defineProperty(generator, ENGINE, { value: new Engine(program) });
    return generator;
  };
  defineProperty($jscomp.AsyncGeneratorWrapper.prototype, Symbol.toStringTag,
      { value: 'AsyncGenerator', configurable: true });

  // ---- array destructuring (DestructuringIterators) ----
  // An iterator that has a return() is wrapped to note when it is done: Node closes an iterator
  // that destructuring left unfinished, and calls no next() once it is done. Array iterators,
  // the common case, have nothing to close and stay unwrapped.
  var makeIterator = $jscomp.makeIterator;
  function DestructuringIterator(iterator) {
    this.iterator = iterator;
    this.done = false;
  }
  DestructuringIterator.prototype.next = function () {
    if (this.done) { return { value: undefined, done: true }; }
    var result = this.iterator.next();
    if (result.done) { this.done = true; }
    return result;
  };
  hide(host, 'destructuringIterator', function (iterable) {
    var iterator = makeIterator(iterable);
    return typeof iterator['return'] === 'function' ? new DestructuringIterator(iterator) : iterator;
  });
  hide(host, 'closeIterator', function (iterator) {
    if (iterator instanceof DestructuringIterator && !iterator.done) {
      iterator.done = true;
      iterator.iterator['return']();
    }
  });

  // ---- errors made by super(...) in a subclass of a built-in error (ErrorSuperCalls) ----
  // Takes over stack, message and cause with their attributes (not enumerable), in the order Node
  // creates them. Not Rhino's fileName: it reads a second argument as one (super(message, undefined)).
  var ERROR_OWN_KEYS = ['stack', 'message', 'cause'];
  hide(host, 'adoptError', function (target, error) {
    for (var i = 0; i < ERROR_OWN_KEYS.length; i++) {
      var descriptor = getOwnPropertyDescriptor(error, ERROR_OWN_KEYS[i]);
      if (descriptor !== undefined) {
        defineProperty(target, ERROR_OWN_KEYS[i], descriptor);
      }
    }
    return target;
  });

  // ---- instanceof in programs that name Symbol.hasInstance (HasInstanceChecks) ----
  // Written without the operator: this file names the symbol, so its own checks are lowered too.
  var ordinaryHasInstance = Function.prototype[Symbol.hasInstance];
  hide(host, 'instanceOf', function (value, constructor) {
    if (constructor === null || (typeof constructor !== 'object' && typeof constructor !== 'function')) {
      throw new TypeError("Right-hand side of 'instanceof' is not an object");
    }
    var check = constructor[Symbol.hasInstance];
    if (check !== undefined && check !== null && check !== ordinaryHasInstance) {
      if (typeof check !== 'function') {
        throw new TypeError(typeof check + ' is not a function');
      }
      return !!check.call(constructor, value);
    }
    if (typeof constructor !== 'function') {
      throw new TypeError("Right-hand side of 'instanceof' is not callable");
    }
    return ordinaryHasInstance.call(constructor, value);
  });

  // ---- what a lowered function was, for the console (FunctionKinds, ClassSemantics) ----
  var KIND = /^[^{]*\{\s*(?:"[^"]*";\s*)*?"colony:(class|async|generator|asyncGenerator)"/;
  hide(host, 'functionKind', function (fn) {
    var source;
    try { source = fnToString(fn); } catch (e) { return null; }
    var match = regExpExec(KIND, source);
    return match === null ? null : match[1];
  });
})(this);
