// Node-style globals on top of the Java host object $colony: console, timers, queueMicrotask,
// and the bookkeeping the snapshot writer needs (which objects are built in, which globals the
// program added). Loaded last, after builtins.js, promise.js and inspect.js.
(function (global) {
  var host = $colony;
  var defineProperty = Object.defineProperty;
  var ownKeys = Reflect.ownKeys;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;
  var slice = Array.prototype.slice;

  function hide(target, name, value) {
    defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: false });
  }

  // Per-program mutable state that JavaScript keeps: serialised with the program, swapped in on restore.
  hide(host, 'state', { privateNames: new Set(), counts: {}, groupIndent: '' });
  defineProperty(host, 'privateNames', { get: function () { return host.state.privateNames; }, configurable: true });
  hide(host, 'privateName', function (description) {
    var symbol = Symbol(description);
    host.state.privateNames.add(symbol);
    return symbol;
  });

  // Closure's async driver costs three promise jobs per await where Node takes one: use promise.js's.
  $jscomp.asyncExecutePromiseGenerator = host.asyncExecutePromiseGenerator;

  // ---- console ----
  function write(stream, args) {
    var text = host.format(slice.call(args));
    var groupIndent = host.state.groupIndent;
    if (groupIndent) {
      text = groupIndent + text.split('\n').join('\n' + groupIndent);
    }
    host.write(stream, text);
  }
  var console = {
    log: function log() { write(1, arguments); },
    info: function info() { write(1, arguments); },
    debug: function debug() { write(1, arguments); },
    warn: function warn() { write(2, arguments); },
    error: function error() { write(2, arguments); },
    trace: function trace() { write(2, ['Trace:' + (arguments.length ? ' ' + host.format(slice.call(arguments)) : '')]); },
    dir: function dir(value) { host.write(1, host.state.groupIndent + host.inspect(value)); },
    assert: function assert(condition) {
      if (!condition) {
        var rest = slice.call(arguments, 1);
        if (rest.length > 0 && typeof rest[0] === 'string') {
          rest[0] = 'Assertion failed: ' + rest[0];
        } else {
          rest.unshift('Assertion failed');
        }
        write(2, rest);
      }
    },
    count: function count(label) {
      label = label === undefined ? 'default' : String(label);
      var counts = host.state.counts;
      counts[label] = (counts[label] || 0) + 1;
      write(1, [label + ': ' + counts[label]]);
    },
    countReset: function countReset(label) { host.state.counts[label === undefined ? 'default' : String(label)] = 0; },
    group: function group() {
      if (arguments.length > 0) { write(1, arguments); }
      host.state.groupIndent += '  ';
    },
    groupEnd: function groupEnd() { host.state.groupIndent = host.state.groupIndent.slice(0, -2); }
  };
  console.groupCollapsed = console.group;
  hide(global, 'console', console);

  // ---- timers (ids are numbers; Node's Timeout objects are not modelled) ----
  function extraArgs(args, from) { return slice.call(args, from); }
  function checkCallback(callback) {
    if (typeof callback !== 'function') {
      var error = new TypeError('The "callback" argument must be of type function. Received ' + host.inspect(callback));
      error.code = 'ERR_INVALID_ARG_TYPE';
      throw error;
    }
  }
  hide(global, 'setTimeout', function setTimeout(callback, delay) {
    checkCallback(callback);
    return host.setTimer(callback, Number(delay), false, extraArgs(arguments, 2));
  });
  hide(global, 'setInterval', function setInterval(callback, delay) {
    checkCallback(callback);
    return host.setTimer(callback, Number(delay), true, extraArgs(arguments, 2));
  });
  hide(global, 'setImmediate', function setImmediate(callback) {
    checkCallback(callback);
    return host.setImmediate(callback, extraArgs(arguments, 1));
  });
  function clear(id) {
    if (typeof id === 'number') { host.clearTimer(id); }
  }
  hide(global, 'clearTimeout', function clearTimeout(id) { clear(id); });
  hide(global, 'clearInterval', function clearInterval(id) { clear(id); });
  hide(global, 'clearImmediate', function clearImmediate(id) { clear(id); });
  hide(global, 'queueMicrotask', function queueMicrotask(callback) {
    checkCallback(callback);
    host.enqueueMicrotask(function () { callback(); });
  });
  hide(global, 'global', global);
  if (!('globalThis' in global)) { hide(global, 'globalThis', global); }

  // ---- snapshot bookkeeping ----
  // Objects that exist in every fresh program are not serialised: the writer replaces them by a
  // path, and the reader finds the same path in its own fresh program. Some are reachable only
  // through values (iterator prototypes), so they are listed as extra roots.
  function intrinsics() {
    var roots = [];
    function add(name, make) {
      try { roots.push([name, make()]); } catch (e) { /* not in this Rhino: nothing to exclude */ }
    }
    add('%ArrayIteratorPrototype%', function () { return getPrototypeOf([][Symbol.iterator]()); });
    add('%MapIteratorPrototype%', function () { return getPrototypeOf(new Map()[Symbol.iterator]()); });
    add('%SetIteratorPrototype%', function () { return getPrototypeOf(new Set()[Symbol.iterator]()); });
    add('%StringIteratorPrototype%', function () { return getPrototypeOf(''[Symbol.iterator]()); });
    add('%RegExpStringIteratorPrototype%', function () { return getPrototypeOf('a'.matchAll(/a/g)); });
    add('%TypedArray%', function () { return getPrototypeOf(Int8Array); });
    add('%ThrowTypeError%', function () {
      return getOwnPropertyDescriptor(function () { 'use strict'; return arguments; }(), 'callee').get;
    });
    return roots;
  }

  // Rhino defines some constructors lazily, and a descriptor read first would expose its placeholder.
  function forceLoad(object, key) {
    try { return object[key]; } catch (e) { return undefined; }
  }

  var baselineGlobals = null;
  hide(host, 'walkBuiltins', function () {
    var paths = [];
    var objects = [];
    var seen = new Set();
    var queue = [];
    function visit(path, value) {
      if ((typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol') &&
          value !== null && value !== host.state && !seen.has(value)) {
        seen.add(value);
        queue.push([path, value]);
      }
    }
    visit('globalThis', global);
    var roots = intrinsics();
    for (var r = 0; r < roots.length; r++) { visit(roots[r][0], roots[r][1]); }
    for (var i = 0; i < queue.length; i++) {
      var path = queue[i][0];
      var object = queue[i][1];
      paths.push(path);
      objects.push(object);
      if (typeof object === 'symbol') { continue; }
      visit(path + '.[[Prototype]]', getPrototypeOf(object));
      var keys;
      try { keys = ownKeys(object); } catch (e) { continue; } // a host object Reflect cannot list
      for (var k = 0; k < keys.length; k++) {
        var key = keys[k];
        var name = path + '.' + (typeof key === 'symbol' ? '@@' + key.description : key);
        forceLoad(object, key);
        var descriptor = getOwnPropertyDescriptor(object, key);
        if (!descriptor) { continue; } // Rhino lists a few keys it then cannot describe
        if (typeof key === 'symbol') { visit(name + '[[Key]]', key); }
        if (descriptor.get) { visit(name + '[[Get]]', descriptor.get); }
        if (descriptor.set) { visit(name + '[[Set]]', descriptor.set); }
        if ('value' in descriptor) { visit(name, descriptor.value); }
      }
    }
    baselineGlobals = new Set(ownKeys(global));
    return [paths, objects];
  });

  // Globals the program added (sloppy assignments, globalThis.x = …) as [key, descriptor] pairs.
  hide(host, 'userGlobals', function () {
    var added = [];
    var keys = ownKeys(global);
    for (var i = 0; i < keys.length; i++) {
      if (!baselineGlobals.has(keys[i])) {
        added.push([keys[i], getOwnPropertyDescriptor(global, keys[i])]);
      }
    }
    return added;
  });
  hide(host, 'restoreGlobals', function (added) {
    for (var i = 0; i < added.length; i++) {
      defineProperty(global, added[i][0], added[i][1]);
    }
  });
})(this);
