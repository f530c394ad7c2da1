// What transpiled programs call: the run-time half of the transpiler's fixes to Closure's
// lowering (see dev.colony.runtime.transpile). Loaded last, after host.js. Keeps no
// per-program state of its own.
(function (global) {
  'use strict';
  var host = $colony;
  var defineProperty = Object.defineProperty;

  function hide(target, name, value) {
    defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  function toPropertyKey(key) {
    return typeof key === 'symbol' ? key : String(key);
  }

  // The name Node gives a method or accessor defined under this key.
  function keyName(key) {
    if (typeof key !== 'symbol') { return key; }
    return key.description === undefined ? '' : '[' + key.description + ']';
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
})(this);
