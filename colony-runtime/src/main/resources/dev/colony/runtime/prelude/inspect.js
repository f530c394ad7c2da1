/*
 * Colony value formatter: Node 20's util.inspect / util.format, for Rhino.
 *
 * Evaluated once in the program's global scope after `$colony` exists. It defines
 * nothing global; it attaches:
 *   $colony.inspect(value[, options])  -> util.inspect(value[, options])
 *   $colony.format(argsArray)          -> util.format(...argsArray)
 *
 * Written in ES5 plus the built-ins Rhino has. Every built-in used is captured
 * below, before user code runs, so programs that later replace globals or
 * prototype methods do not change what console.log prints.
 *
 * Optional hooks the runtime may install on $colony (looked up on each call):
 *   promiseState(v)  -> null when v is not a promise, else {state, value}
 *                       with state 'pending' | 'fulfilled' | 'rejected'.
 *   privateNames     -> a Set of symbols used for lowered #private members;
 *                       properties keyed by them are never shown.
 *   functionKind(fn) -> 'class' | 'async' | 'generator' | 'asyncGenerator' or a
 *                       falsy value, for functions lowered from those forms.
 *   previewIterator(it) -> null when it is not a Map/Set iterator it can read,
 *                       else {entries, isKeyValue}: what it would still return
 *                       (flat key, value pairs for entries()), as V8's previewEntries.
 *   proxyDetails(v)  -> undefined/null when v is not a proxy, else
 *                       [target, handler] (target null once revoked).
 *
 * The rules follow Node's lib/internal/util/inspect.js (v20); see that file
 * for the reasoning behind the layout heuristics.
 */
(function (colony) {
  'use strict';

  // ---------------------------------------------------------------------------
  // Captured built-ins.

  var fnCall = Function.prototype.call;
  var uncurry = Function.prototype.bind.bind(fnCall);
  var ObjectCtor = Object;
  var FunctionCtor = Function;
  var ErrorCtor = Error;
  var StringCtor = String;
  var NumberCtor = Number;
  var ObjectProto = Object.prototype;
  var FunctionProto = Function.prototype;
  var objKeys = Object.keys;
  var objNames = Object.getOwnPropertyNames;
  var objSymbols = Object.getOwnPropertySymbols;
  var getDesc = Object.getOwnPropertyDescriptor;
  var getProto = Object.getPrototypeOf;
  var hasOwn = uncurry(ObjectProto.hasOwnProperty);
  var propIsEnum = uncurry(ObjectProto.propertyIsEnumerable);
  var objToString = uncurry(ObjectProto.toString);
  var isArray = Array.isArray;
  var arraySort = uncurry(Array.prototype.sort);
  var strSlice = uncurry(String.prototype.slice);
  var strIndexOf = uncurry(String.prototype.indexOf);
  var strCharCodeAt = uncurry(String.prototype.charCodeAt);
  var strCharAt = uncurry(String.prototype.charAt);
  var strSplit = uncurry(String.prototype.split);
  var fromCharCode = String.fromCharCode;
  var strToLowerCase = uncurry(String.prototype.toLowerCase);
  var regexpExec = uncurry(RegExp.prototype.exec);
  var regexpTest = uncurry(RegExp.prototype.test);
  var regexpToString = uncurry(RegExp.prototype.toString);
  var numToString = uncurry(Number.prototype.toString);
  var numToPrecision = uncurry(Number.prototype.toPrecision);
  var numValueOf = uncurry(Number.prototype.valueOf);
  var strValueOf = uncurry(String.prototype.valueOf);
  var boolValueOf = uncurry(Boolean.prototype.valueOf);
  var fnToString = uncurry(Function.prototype.toString);
  var errorToString = uncurry(Error.prototype.toString);
  var dateGetTime = uncurry(Date.prototype.getTime);
  var dateToISOString = uncurry(Date.prototype.toISOString);
  var dateToString = uncurry(Date.prototype.toString);
  var mathMin = Math.min;
  var mathMax = Math.max;
  var mathFloor = Math.floor;
  var mathRound = Math.round;
  var mathSqrt = Math.sqrt;
  var jsonStringify = JSON.stringify;
  var parseIntFn = parseInt;
  var parseFloatFn = parseFloat;
  var RegExpCtor = RegExp;

  var SymbolCtor = typeof Symbol === 'function' ? Symbol : undefined;
  var SymbolIterator = SymbolCtor ? SymbolCtor.iterator : '@@iterator';
  var SymbolToStringTag = SymbolCtor ? SymbolCtor.toStringTag : '@@toStringTag';
  var SymbolToPrimitive = SymbolCtor ? SymbolCtor.toPrimitive : '@@toPrimitive';
  var customInspectSymbol = SymbolCtor ? SymbolCtor['for']('nodejs.util.inspect.custom') : undefined;
  var symToString = SymbolCtor ? uncurry(SymbolCtor.prototype.toString) : undefined;
  var symValueOf = SymbolCtor ? uncurry(SymbolCtor.prototype.valueOf) : undefined;
  var bigintValueOf = typeof BigInt === 'function' ? uncurry(BigInt.prototype.valueOf) : undefined;

  function getter(ctor, name) {
    if (typeof ctor !== 'function' || !ctor.prototype) return undefined;
    var d = getDesc(ctor.prototype, name);
    return d && typeof d.get === 'function' ? uncurry(d.get) : undefined;
  }
  function method(ctor, name) {
    if (typeof ctor !== 'function' || !ctor.prototype) return undefined;
    var f = ctor.prototype[name];
    return typeof f === 'function' ? uncurry(f) : undefined;
  }

  var MapCtor = typeof Map === 'function' ? Map : undefined;
  var SetCtor = typeof Set === 'function' ? Set : undefined;
  var mapSize = getter(MapCtor, 'size');
  var mapForEach = method(MapCtor, 'forEach');
  var setSize = getter(SetCtor, 'size');
  var setForEach = method(SetCtor, 'forEach');
  var setHas = method(SetCtor, 'has');
  var weakMapHas = method(typeof WeakMap === 'function' ? WeakMap : undefined, 'has');
  var weakSetHas = method(typeof WeakSet === 'function' ? WeakSet : undefined, 'has');
  var Uint8ArrayCtor = typeof Uint8Array === 'function' ? Uint8Array : undefined;
  var TypedArrayCtor = Uint8ArrayCtor ? getProto(Uint8ArrayCtor) : undefined;
  var typedArrayTag = getter(TypedArrayCtor, SymbolToStringTag);
  var typedArrayLength = getter(TypedArrayCtor, 'length');
  var arrayBufferByteLength = getter(typeof ArrayBuffer === 'function' ? ArrayBuffer : undefined, 'byteLength');
  var sharedArrayBufferByteLength = getter(
    typeof SharedArrayBuffer === 'function' ? SharedArrayBuffer : undefined, 'byteLength');
  var dataViewByteLength = getter(typeof DataView === 'function' ? DataView : undefined, 'byteLength');


  // Node's list of built-in global constructors (global names matching
  // /^[A-Z][a-zA-Z0-9]+$/ in Node 20). Used where Node asks "is this a
  // built-in type?", so it is fixed here rather than read from Rhino's global.
  var builtInObjects = {};
  (function () {
    var names = ('Object Function Array Number Infinity NaN Boolean String Symbol Date Promise ' +
      'RegExp Error AggregateError EvalError RangeError ReferenceError SyntaxError TypeError ' +
      'URIError JSON Math Intl ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array ' +
      'Uint32Array Int32Array Float32Array Float64Array Uint8ClampedArray BigUint64Array ' +
      'BigInt64Array DataView Map BigInt Set WeakMap WeakSet Proxy Reflect ' +
      'FinalizationRegistry WeakRef Buffer URL URLSearchParams DOMException AbortController ' +
      'AbortSignal Event EventTarget TextEncoder TextDecoder SharedArrayBuffer Atomics ' +
      'WebAssembly').split(' ');
    for (var i = 0; i < names.length; i++) builtInObjects[names[i]] = true;
  })();
  function isBuiltInName(name) {
    return typeof name === 'string' && hasOwn(builtInObjects, name);
  }

  var kObjectType = 0;
  var kArrayType = 1;
  var kArrayExtrasType = 2;
  var kMinLineLength = 16;

  var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
  var numberRegExp = /^(0|[1-9][0-9]*)$/;
  var classRegExp = /^(\s+[^(]*?)\s*{/;

  var defaultOptions = {
    showHidden: false,
    depth: 2,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false
  };

  // ---------------------------------------------------------------------------
  // Small helpers (no prototype lookups on user-reachable objects).

  function push(arr, v) { arr[arr.length] = v; }

  function join(output, separator) {
    var str = '';
    if (output.length !== 0) {
      var last = output.length - 1;
      for (var i = 0; i < last; i++) {
        str += output[i];
        str += separator;
      }
      str += output[last];
    }
    return str;
  }

  function repeat(s, n) {
    var r = '';
    for (var i = 0; i < n; i++) r += s;
    return r;
  }

  var spaceCache = '                                                                ';
  function spaces(n) {
    while (spaceCache.length < n) spaceCache += spaceCache;
    return strSlice(spaceCache, 0, n);
  }

  function padStart(s, len) {
    return s.length >= len ? s : spaces(len - s.length) + s;
  }

  function padEnd(s, len) {
    return s.length >= len ? s : s + spaces(len - s.length);
  }

  function includes(str, sub) { return strIndexOf(str, sub) !== -1; }

  function indexOfValue(arr, v) {
    for (var i = 0; i < arr.length; i++) if (arr[i] === v) return i;
    return -1;
  }

  function removeAt(arr, index) {
    for (var i = index; i < arr.length - 1; i++) arr[i] = arr[i + 1];
    arr.length = arr.length - 1;
  }

  function unshiftAll(arr, items) {
    var n = items.length;
    for (var i = arr.length - 1; i >= 0; i--) arr[i + n] = arr[i];
    for (var j = 0; j < n; j++) arr[j] = items[j];
  }

  function replaceNewlines(str, replacement) {
    var out = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
      if (strCharCodeAt(str, i) === 10) {
        out += strSlice(str, last, i) + replacement;
        last = i + 1;
      }
    }
    return last === 0 ? str : out + strSlice(str, last);
  }

  // Split after each '\n', keeping it (like split(/(?<=\n)/)).
  function splitLinesKeep(str) {
    var parts = [];
    var last = 0;
    for (var i = 0; i < str.length; i++) {
      if (strCharCodeAt(str, i) === 10 && i + 1 < str.length) {
        parts[parts.length] = strSlice(str, last, i + 1);
        last = i + 1;
      }
    }
    parts[parts.length] = strSlice(str, last);
    return parts;
  }

  function test(re, str) { return regexpTest(re, str); }

  function isInstanceof(object, ctor) {
    try {
      return object instanceof ctor;
    } catch (e) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------
  // Type checks by internal slot where Rhino allows one.

  function brand(fn, v, arg) {
    if (fn === undefined) return false;
    try {
      fn(v, arg);
      return true;
    } catch (e) {
      return false;
    }
  }
  function isMap(v) { return brand(mapSize, v); }
  function isSet(v) { return brand(setSize, v); }
  function isWeakMap(v) { return brand(weakMapHas, v, {}); }
  function isWeakSet(v) { return brand(weakSetHas, v, {}); }
  function isDate(v) { return brand(dateGetTime, v); }
  function getTypedArrayTag(v) {
    if (typedArrayTag === undefined) return undefined;
    try {
      return typedArrayTag(v);
    } catch (e) {
      return undefined;
    }
  }
  function isTypedArray(v) { return getTypedArrayTag(v) !== undefined; }
  function isArrayBuffer(v) { return brand(arrayBufferByteLength, v); }
  function isSharedArrayBuffer(v) { return brand(sharedArrayBufferByteLength, v); }
  function isDataView(v) { return brand(dataViewByteLength, v); }
  function builtinTag(v) {
    // Object.prototype.toString tells the internal class only when the object
    // carries no Symbol.toStringTag of its own making.
    var tag;
    try {
      tag = v[SymbolToStringTag];
    } catch (e) {
      return '';
    }
    if (tag !== undefined) return '';
    var s = objToString(v);
    return strSlice(s, 8, -1);
  }
  function isRegExp(v) { return v !== RegExpCtor.prototype && builtinTag(v) === 'RegExp'; }
  function isArgumentsObject(v) { return objToString(v) === '[object Arguments]'; }
  function isNativeError(v) { return objToString(v) === '[object Error]'; }
  function isError(v) { return isNativeError(v) || isInstanceof(v, ErrorCtor); }
  function isNumberObject(v) { return brand(numValueOf, v); }
  function isStringObject(v) { return brand(strValueOf, v); }
  function isBooleanObject(v) { return brand(boolValueOf, v); }
  function isSymbolObject(v) { return brand(symValueOf, v); }
  function isBigIntObject(v) { return brand(bigintValueOf, v); }
  function isMapIterator(v) { return objToString(v) === '[object Map Iterator]'; }
  function isSetIterator(v) { return objToString(v) === '[object Set Iterator]'; }

  // Which built-in kind of object v is: 'Map', 'Set', 'TypedArray', 'MapIterator',
  // 'SetIterator', 'RegExp', 'Date', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
  // 'WeakMap', 'WeakSet', 'Number', 'String', 'Boolean', 'BigInt', 'Symbol' or ''.
  // (Arrays, errors, arguments and promises are told apart elsewhere.) The slot
  // checks throw on a miss, which is slow in Rhino, so the class named by
  // Object.prototype.toString picks the one check to run; only an object whose
  // Symbol.toStringTag names no built-in class gets every check.
  var typeChecks = {
    Map: isMap, Set: isSet, WeakMap: isWeakMap, WeakSet: isWeakSet, Date: isDate,
    ArrayBuffer: isArrayBuffer, SharedArrayBuffer: isSharedArrayBuffer, DataView: isDataView,
    Number: isNumberObject, String: isStringObject, Boolean: isBooleanObject,
    BigInt: isBigIntObject, Symbol: isSymbolObject,
    'Map Iterator': isMapIterator, 'Set Iterator': isSetIterator
  };
  var typeNames = { 'Map Iterator': 'MapIterator', 'Set Iterator': 'SetIterator' };
  var scanOrder = ['Map', 'Set', 'Date', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
    'WeakSet', 'WeakMap', 'Number', 'String', 'Boolean', 'BigInt', 'Symbol'];
  var knownClasses = {
    Object: true, Array: true, Function: true, Error: true, Arguments: true, Promise: true,
    Math: true, JSON: true, Reflect: true, RegExp: true, GeneratorFunction: true,
    __GeneratorFunction: true, AsyncFunction: true, Generator: true, global: true
  };

  function builtinType(v, rawTag) {
    if (isTypedArray(v)) return 'TypedArray';
    var hint = rawTag === undefined ? strSlice(objToString(v), 8, -1) :
      (typeof rawTag === 'string' ? rawTag : '');
    if (rawTag === undefined && hint === 'RegExp') return v === RegExpCtor.prototype ? '' : 'RegExp';
    if (hasOwn(typeChecks, hint)) {
      if (typeChecks[hint](v)) return hasOwn(typeNames, hint) ? typeNames[hint] : hint;
    } else if (rawTag !== undefined && !hasOwn(knownClasses, hint)) {
      for (var i = 0; i < scanOrder.length; i++) {
        if (typeChecks[scanOrder[i]](v)) return scanOrder[i];
      }
    }
    return '';
  }

  function readTag(v) {
    try {
      return v[SymbolToStringTag];
    } catch (e) {
      return undefined;
    }
  }

  function hook(name) {
    var h = colony[name];
    return typeof h === 'function' ? h : undefined;
  }

  function promiseDetails(v) {
    var h = hook('promiseState');
    if (h === undefined) return null;
    var d = h(v);
    return d ? d : null;
  }

  function proxyDetails(v) {
    var h = hook('proxyDetails');
    if (h === undefined) return undefined;
    var d = h(v);
    return d ? d : undefined;
  }

  function functionKind(fn) {
    var h = hook('functionKind');
    if (h !== undefined) {
      var k = h(fn);
      if (k) return k;
    }
    if (objToString(fn) === '[object __GeneratorFunction]') return 'generator';
    return null;
  }

  function isPrivateKey(ctx, key) {
    return ctx.privateNames !== undefined && typeof key === 'symbol' &&
      setHas(ctx.privateNames, key);
  }

  // V8's idea of an object's class, used when the prototype chain names none.
  function internalConstructorName(v) {
    if (typeof v === 'function') return 'Function';
    if (isArray(v)) return 'Array';
    var type = builtinType(v, readTag(v));
    if (type === 'TypedArray') return getTypedArrayTag(v);
    if (type === 'Map' || type === 'Set' || type === 'Date' || type === 'RegExp') return type;
    if (isNativeError(v)) return 'Error';
    if (isPromiseLike(v)) return 'Promise';
    return 'Object';
  }

  function isPromiseLike(v) {
    return promiseDetails(v) !== null;
  }

  // ---------------------------------------------------------------------------
  // Strings.

  var meta = [
    '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
    '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
    '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
    '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'
  ];

  function hex2(n) {
    var h = numToString(n, 16);
    return n < 16 ? '0' + h : h;
  }

  // Escape of one code unit, or '' when it needs none. quote is the code unit
  // of the quote in use that must be escaped (39) or -1 when none must.
  function escapeUnit(str, i, quote) {
    var c = strCharCodeAt(str, i);
    if (c < 32) return meta[c];
    if (c === quote) return "\\'";
    if (c === 92) return '\\\\';
    if (c >= 0x7f && c <= 0x9f) return '\\x' + strToUpper2(hex2(c));
    if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff) {
        if (i + 1 < str.length) {
          var n = strCharCodeAt(str, i + 1);
          if (n >= 0xdc00 && n <= 0xdfff) return '';
        }
      } else if (i > 0) {
        var p = strCharCodeAt(str, i - 1);
        if (p >= 0xd800 && p <= 0xdbff) return '';
      }
      return '\\u' + numToString(c, 16);
    }
    return '';
  }

  function strToUpper2(h) {
    var out = '';
    for (var i = 0; i < h.length; i++) {
      var c = strCharCodeAt(h, i);
      out += (c >= 97 && c <= 102) ? fromCharCode(c - 32) : strCharAt(h, i);
    }
    return out;
  }

  function escapeAll(str, quote) {
    var result = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
      var e = escapeUnit(str, i, quote);
      if (e !== '') {
        result += strSlice(str, last, i) + e;
        last = i + 1;
      }
    }
    return last === 0 ? str : result + strSlice(str, last);
  }

  // Quote and escape a string the way Node does: single quotes unless the
  // string holds one, then double quotes, then backticks.
  function strEscape(str) {
    var quote = "'";
    var escQuote = 39;
    if (includes(str, "'")) {
      if (!includes(str, '"')) {
        quote = '"';
        escQuote = -1;
      } else if (!includes(str, '`') && !includes(str, '${')) {
        quote = '`';
        escQuote = -1;
      }
    }
    if (str.length < 5000 && !test(escQuote === 39 ? escapeTestQuote : escapeTestNoQuote, str)) {
      return quote + str + quote;
    }
    return quote + escapeAll(str, escQuote) + quote;
  }

  // Strings that may need escaping; anything else is quoted as is.
  var escapeTestQuote = /[\x00-\x1f\x27\x5c\x7f-\x9f\ud800-\udfff]/;
  var escapeTestNoQuote = /[\x00-\x1f\x5c\x7f-\x9f\ud800-\udfff]/;

  // ---------------------------------------------------------------------------
  // Primitives.

  // Number to string as V8 does it. Rhino's own conversion is not the
  // shortest round-trip form for subnormal numbers (5e-324 -> "4.9e-324").
  function numberToString(n) {
    if (n !== 0 && n > -2.2250738585072014e-308 && n < 2.2250738585072014e-308) {
      for (var p = 1; p <= 17; p++) {
        var t = numToPrecision(n, p);
        if (+t === n) return t;
      }
    }
    return '' + n;
  }

  function formatNumber(n, numericSeparator) {
    var s;
    if (n === 0) {
      s = 1 / n < 0 ? '-0' : '0';
    } else if (n > -2.2250738585072014e-308 && n < 2.2250738585072014e-308) {
      s = numberToString(n);
    } else {
      s = '' + n;
    }
    if (!numericSeparator) return s;
    return addSeparators(n, s);
  }

  function addNumericSeparator(s) {
    var result = '';
    var i = s.length;
    var start = strCharAt(s, 0) === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = '_' + strSlice(s, i - 3, i) + result;
    return i === s.length ? s : strSlice(s, 0, i) + result;
  }

  function addNumericSeparatorEnd(s) {
    var result = '';
    var i = 0;
    for (; i < s.length - 3; i += 3) result += strSlice(s, i, i + 3) + '_';
    return i === 0 ? s : result + strSlice(s, i);
  }

  function addSeparators(n, s) {
    if (n !== n || n === Infinity || n === -Infinity || includes(s, 'e')) return s;
    var dot = strIndexOf(s, '.');
    if (dot === -1) return addNumericSeparator(s);
    return addNumericSeparator(strSlice(s, 0, dot)) + '.' +
      addNumericSeparatorEnd(strSlice(s, dot + 1));
  }

  function formatBigInt(b, numericSeparator) {
    var s = StringCtor(b);
    return (numericSeparator ? addNumericSeparator(s) : s) + 'n';
  }

  function formatPrimitive(value, ctx) {
    var type = typeof value;
    if (type === 'string') {
      var trailer = '';
      if (value.length > ctx.maxStringLength) {
        var remaining = value.length - ctx.maxStringLength;
        value = strSlice(value, 0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        var lines = splitLinesKeep(value);
        var parts = [];
        for (var i = 0; i < lines.length; i++) push(parts, strEscape(lines[i]));
        return join(parts, ' +\n' + spaces(ctx.indentationLvl + 2)) + trailer;
      }
      return strEscape(value) + trailer;
    }
    if (type === 'number') return formatNumber(value, ctx.numericSeparator);
    if (type === 'bigint') return formatBigInt(value, ctx.numericSeparator);
    if (type === 'boolean') return value ? 'true' : 'false';
    if (type === 'undefined') return 'undefined';
    if (type === 'symbol') return symToString(value);
    return StringCtor(value);
  }

  // ---------------------------------------------------------------------------
  // Errors.

  // The error's stack in V8's shape: "Name: message\n    at fn (file.js:3)".
  // Rhino's stack property holds frames only, in the style the runtime chose
  // (RhinoException.setStackStyle):
  //   RHINO    "\tat file.js:3 (fn)"  /  "\tat file.js:3"
  //   MOZILLA  "fn()@file.js:3"       /  "@file.js:3"
  //   V8       "    at fn (file.js:3:0)", header sometimes missing
  // A stack made only of such frames gets the Error.prototype.toString header
  // and V8-style frames; any other stack string is used as is, as Node does.
  // This is the one place to adjust when the runtime changes how stacks look.
  function getStackString(err) {
    var stack = err.stack;
    if (!stack) return errorToString(err);
    stack = StringCtor(stack);
    var lines = strSplit(stack, '\n');
    var frames = [];
    for (var i = 0; i < lines.length; i++) {
      if (lines[i] === '') continue;
      var frame = toV8Frame(lines[i]);
      if (frame === null) return stack;
      frames[frames.length] = frame;
    }
    var header = errorToString(err);
    return frames.length === 0 ? header : header + '\n' + join(frames, '\n');
  }

  function toV8Frame(line) {
    var m = regexpExec(/^\tat (.*?:\d+)(?: \(([^()]*)\))?$/, line);
    if (m !== null) return m[2] !== undefined ? '    at ' + m[2] + ' (' + m[1] + ')' : '    at ' + m[1];
    m = regexpExec(/^([^@()]*)(?:\([^@]*\))?@(.*:\d+)$/, line);
    if (m !== null) return m[1] !== '' ? '    at ' + m[1] + ' (' + m[2] + ')' : '    at ' + m[2];
    if (regexpExec(/^ {4}at \S/, line) !== null) return line;
    return null;
  }

  function identicalSequenceRange(a, b) {
    for (var i = 0; i < a.length - 3; i++) {
      var pos = indexOfValue(b, a[i]);
      if (pos !== -1) {
        var rest = b.length - pos;
        if (rest > 3) {
          var len = 1;
          var maxLen = mathMin(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len: len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(err, stack) {
    var frames = strSplit(stack, '\n');
    var cause;
    try {
      cause = err.cause;
    } catch (e) {
      cause = undefined;
    }
    if (cause != null && isError(cause)) {
      var causeStack = getStackString(cause);
      var causeStart = strIndexOf(causeStack, '\n    at');
      if (causeStart !== -1) {
        var causeFrames = strSplit(strSlice(causeStack, causeStart + 1), '\n');
        var r = identicalSequenceRange(frames, causeFrames);
        if (r.len > 0) {
          var skipped = r.len - 2;
          var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
          var out = [];
          for (var i = 0; i < frames.length; i++) {
            if (i === r.offset + 1) push(out, msg);
            if (i > r.offset && i <= r.offset + skipped) continue;
            out[out.length] = frames[i];
          }
          frames = out;
        }
      }
    }
    return frames;
  }

  function endsWith(s, suffix) {
    return s.length >= suffix.length && strSlice(s, s.length - suffix.length) === suffix;
  }

  function improveStack(stack, constructor, name, tag) {
    var len = name.length;
    if (constructor === null ||
        (endsWith(name, 'Error') && strSlice(stack, 0, len) === name &&
         (stack.length === len || strCharAt(stack, len) === ':' || strCharAt(stack, len) === '\n'))) {
      var fallback = 'Error';
      if (constructor === null) {
        var start = regexpExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/, stack) ||
          regexpExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
        fallback = (start && start[1]) || '';
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      var prefix = strSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (includes(prefix, name)) {
          if (len === 0) {
            stack = prefix + ': ' + stack;
          } else {
            stack = prefix + strSlice(stack, len);
          }
        } else {
          stack = prefix + ' [' + name + ']' + strSlice(stack, len);
        }
      }
    }
    return stack;
  }

  // Properties Rhino puts on error objects that V8 does not have.
  var rhinoErrorKeys = { fileName: true, lineNumber: true, columnNumber: true, rhinoException: true, javaException: true };

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    for (var k = keys.length - 1; k >= 0; k--) {
      if (typeof keys[k] === 'string' && hasOwn(rhinoErrorKeys, keys[k])) removeAt(keys, k);
    }
    if (!ctx.showHidden && keys.length !== 0) {
      var names = ['name', 'message', 'stack'];
      for (var i = 0; i < names.length; i++) {
        var index = indexOfValue(keys, names[i]);
        if (index !== -1 && includes(stack, StringCtor(err[names[i]]))) removeAt(keys, index);
      }
    }
  }

  function formatError(err, constructor, tag, ctx, keys) {
    var name = err.name != null ? StringCtor(err.name) : 'Error';
    var stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || indexOfValue(keys, 'cause') === -1)) {
      keys[keys.length] = 'cause';
    }
    if (isArray(err.errors) && (keys.length === 0 || indexOfValue(keys, 'errors') === -1)) {
      keys[keys.length] = 'errors';
    }
    stack = improveStack(stack, constructor, name, tag);

    var message = err.message;
    var pos = (message && strIndexOf(stack, message)) || -1;
    if (pos !== -1) pos += message.length;
    var stackStart = strIndexOf(stack, '\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      var newStack = strSlice(stack, 0, stackStart);
      var lines = getStackFrames(err, strSlice(stack, stackStart + 1));
      stack = newStack + '\n' + join(lines, '\n');
    }
    if (ctx.indentationLvl !== 0) {
      stack = replaceNewlines(stack, '\n' + spaces(ctx.indentationLvl));
    }
    return stack;
  }

  // ---------------------------------------------------------------------------
  // Constructor names and prefixes.

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    var firstProto;
    var tmp = obj;
    while (obj) {
      if (obj === ObjectProto && isInstanceof(tmp, ObjectCtor)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return 'Object';
      }
      if (obj === FunctionProto && isInstanceof(tmp, FunctionCtor)) {
        if (protoProps !== undefined && firstProto !== obj) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return 'Function';
      }
      var descriptor = getDesc(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          descriptor.value.name !== '' && isInstanceof(tmp, descriptor.value)) {
        if (protoProps !== undefined &&
            (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return StringCtor(descriptor.value.name);
      }
      obj = getProto(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    var res = internalConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return res + ' <Complex prototype>';
    }
    var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      var sub = newContext(ctx.options, ctx.privateNames);
      sub.depth = -1;
      sub.customInspect = false;
      return res + ' <' + formatValue(sub, firstProto, 0) + '>';
    }
    return res + ' <' + protoConstr + '>';
  }

  // Shows non-function properties that user-defined prototypes carry
  // (only with showHidden, as Node does).
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    var depth = 0;
    var keys;
    var seenKeys = [];
    do {
      if (depth !== 0 || main === obj) {
        obj = getProto(obj);
        if (obj === null) return;
        var descriptor = getDesc(obj, 'constructor');
        if (descriptor !== undefined && typeof descriptor.value === 'function' &&
            isBuiltInName(descriptor.value.name)) {
          return;
        }
      }
      if (depth !== 0) {
        for (var s = 0; s < keys.length; s++) push(seenKeys, keys[s]);
      }
      keys = ownKeys(obj);
      ctx.seen[ctx.seen.length] = main;
      for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (key === 'constructor' || hasOwn(main, key) ||
            (depth !== 0 && indexOfValue(seenKeys, key) !== -1) || isPrivateKey(ctx, key)) {
          continue;
        }
        var desc = getDesc(obj, key);
        if (typeof desc.value === 'function') continue;
        output[output.length] = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      }
      ctx.seen.length = ctx.seen.length - 1;
    } while (++depth !== 3);
  }

  function ownKeys(obj) {
    var names = objNames(obj);
    var syms = objSymbols(obj);
    for (var i = 0; i < syms.length; i++) push(names, syms[i]);
    return names;
  }

  function getPrefix(constructor, tag, fallback, size) {
    if (size === undefined) size = '';
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      }
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) {
      return constructor + size + ' [' + tag + '] ';
    }
    return constructor + size + ' ';
  }

  function getCtxStyle(value, constructor, tag) {
    var fallback = '';
    if (constructor === null) {
      fallback = internalConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  // ---------------------------------------------------------------------------
  // Keys.

  // Own property names as V8 has them, for showHidden. Rhino gives every function
  // an `arity`, and an `arguments` even to arrows, methods, bound and native
  // functions; V8 gives `arguments` and `caller` (both null) only to sloppy-mode
  // plain functions, the ones with a `prototype` that are no class, generator or
  // async function.
  function filterFunctionNames(value, names) {
    var kind = functionKind(value);
    var plain = !kind && hasOwn(value, 'prototype');
    var out = [];
    for (var i = 0; i < names.length; i++) {
      var n = names[i];
      if (n === 'arity' || n === 'caller') continue;
      if (n === 'arguments') {
        if (!plain) continue;
        out[out.length] = n;
        out[out.length] = 'caller';
        continue;
      }
      out[out.length] = n;
    }
    return out;
  }

  // Rhino keeps these on each RegExp instance; V8 has them as prototype getters.
  var rhinoRegExpNames = {
    source: true, flags: true, global: true, ignoreCase: true, multiline: true,
    dotAll: true, sticky: true, unicode: true, hasIndices: true, unicodeSets: true
  };

  function filterRegExpNames(value, names) {
    var out = [];
    for (var i = 0; i < names.length; i++) {
      var n = names[i];
      if (hasOwn(rhinoRegExpNames, n) && !propIsEnum(value, n)) continue;
      out[out.length] = n;
    }
    return out;
  }

  function getKeys(ctx, value, showHidden) {
    var keys;
    var symbols = objSymbols(value);
    if (showHidden) {
      keys = objNames(value);
      if (typeof value === 'function') {
        keys = filterFunctionNames(value, keys);
      } else if (isRegExp(value)) {
        keys = filterRegExpNames(value, keys);
      }
      for (var i = 0; i < symbols.length; i++) {
        if (!isPrivateKey(ctx, symbols[i])) push(keys, symbols[i]);
      }
    } else {
      keys = objKeys(value);
      for (var j = 0; j < symbols.length; j++) {
        if (propIsEnum(value, symbols[j]) && !isPrivateKey(ctx, symbols[j])) push(keys, symbols[j]);
      }
    }
    return keys;
  }

  function isIndexKey(key) {
    return typeof key === 'string' && test(numberRegExp, key) && +key < 4294967295;
  }

  function getOwnNonIndexProperties(ctx, value, showHidden, typed) {
    // Rhino's Object.keys leaves out a typed array's named properties.
    var names = showHidden || typed ? objNames(value) : objKeys(value);
    var keys = [];
    // Index keys come first, in ascending order; scan back to where they end.
    var first = names.length;
    while (first > 0 && !isIndexKey(names[first - 1])) first--;
    for (var i = first; i < names.length; i++) {
      if (showHidden || !typed || propIsEnum(value, names[i])) keys[keys.length] = names[i];
    }
    var symbols = objSymbols(value);
    for (var j = 0; j < symbols.length; j++) {
      if ((showHidden || propIsEnum(value, symbols[j])) && !isPrivateKey(ctx, symbols[j])) {
        keys[keys.length] = symbols[j];
      }
    }
    return keys;
  }

  // ---------------------------------------------------------------------------
  // The formatter.

  function newContext(options, privateNames) {
    var ctx = {
      budget: {},
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      circular: undefined,
      options: options,
      privateNames: privateNames
    };
    var defaults = objKeys(defaultOptions);
    for (var d = 0; d < defaults.length; d++) {
      ctx[defaults[d]] = defaultOptions[defaults[d]];
    }
    if (options) {
      var keys = objKeys(options);
      for (var i = 0; i < keys.length; i++) {
        if (hasOwn(defaultOptions, keys[i])) ctx[keys[i]] = options[keys[i]];
      }
      if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
      if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    }
    return ctx;
  }

  function currentPrivateNames() {
    var p = colony.privateNames;
    if (p === undefined || p === null || setHas === undefined || !isSet(p)) return undefined;
    return p;
  }

  function circularIndex(ctx, value) {
    if (ctx.circular === undefined) ctx.circular = { keys: [], ids: [] };
    var c = ctx.circular;
    var pos = indexOfValue(c.keys, value);
    if (pos !== -1) return c.ids[pos];
    var id = c.keys.length + 1;
    c.keys[c.keys.length] = value;
    c.ids[c.ids.length] = id;
    return id;
  }

  function userOptions(ctx) {
    var o = {};
    for (var k in defaultOptions) {
      if (hasOwn(defaultOptions, k)) o[k] = ctx[k];
    }
    o.colors = false;
    o.stylize = function (s) { return StringCtor(s); };
    return o;
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(value, ctx);
    }
    if (value === null) return 'null';

    var context = value;
    var proxy = proxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return '<Revoked Proxy>';
      if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
      value = proxy[0];
    }

    if (ctx.customInspect && customInspectSymbol !== undefined) {
      var maybeCustom;
      try {
        maybeCustom = value[customInspectSymbol];
      } catch (e) {
        if (proxy === undefined && isRevokedProxy(value)) return '<Revoked Proxy>';
        throw e;
      }
      if (typeof maybeCustom === 'function' && maybeCustom !== colony.inspect &&
          !(value.constructor && value.constructor.prototype === value)) {
        var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        var ret = uncurry(maybeCustom)(context, depth, userOptions(ctx), publicInspect);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return replaceNewlines(ret, '\n' + spaces(ctx.indentationLvl));
        }
      }
    } else if (proxy === undefined && isRevokedProxy(value)) {
      return '<Revoked Proxy>';
    }

    if (indexOfValue(ctx.seen, value) !== -1) {
      return '[Circular *' + circularIndex(ctx, value) + ']';
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  // Without the runtime's proxyDetails hook a revoked proxy is still recognisable:
  // every operation on it throws, even reading its prototype.
  function isRevokedProxy(value) {
    try {
      getProto(value);
      return false;
    } catch (e) {
      return true;
    }
  }

  function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) return 'Proxy [Array]';
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    var res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    var keys;
    var protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

    var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    var kind = typeof value === 'function' ? functionKind(value) : null;
    if (kind === 'generator' && constructor === null) constructor = 'GeneratorFunction';

    var rawTag = value[SymbolToStringTag];
    var tag = rawTag;
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwn(value, SymbolToStringTag) :
          propIsEnum(value, SymbolToStringTag)))) {
      tag = '';
    }

    var base = '';
    var formatter = formatNothing;
    var braces;
    var noIterator = true;
    var extrasType = kObjectType;
    var promise = null;
    var type = null;

    if (SymbolIterator in value || constructor === null) {
      noIterator = false;
      if (!isArray(value)) type = builtinType(value, rawTag);
      if (type === null) {
        var prefix = (constructor !== 'Array' || tag !== '') ?
          getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = getOwnNonIndexProperties(ctx, value, ctx.showHidden);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
          return braces[0] + ']';
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (type === 'Set') {
        var size = setSize(value);
        var setPrefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(ctx, value, ctx.showHidden);
        formatter = formatSet;
        if (size === 0 && keys.length === 0 && protoProps === undefined) return setPrefix + '{}';
        braces = [setPrefix + '{', '}'];
      } else if (type === 'Map') {
        var msize = mapSize(value);
        var mapPrefix = getPrefix(constructor, tag, 'Map', '(' + msize + ')');
        keys = getKeys(ctx, value, ctx.showHidden);
        formatter = formatMap;
        if (msize === 0 && keys.length === 0 && protoProps === undefined) return mapPrefix + '{}';
        braces = [mapPrefix + '{', '}'];
      } else if (type === 'TypedArray') {
        keys = getOwnNonIndexProperties(ctx, value, ctx.showHidden, true);
        var fallback = '';
        if (constructor === null) fallback = getTypedArrayTag(value);
        var tsize = typedArrayLength(value);
        var taPrefix = getPrefix(constructor, tag, fallback, '(' + tsize + ')');
        braces = [taPrefix + '[', ']'];
        if (tsize === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = formatTypedArray;
        extrasType = kArrayExtrasType;
      } else if (type === 'MapIterator' || type === 'SetIterator') {
        keys = getKeys(ctx, value, ctx.showHidden);
        braces = getIteratorBraces(type === 'MapIterator' ? 'Map' : 'Set', tag);
        formatter = iteratorFormatter(braces);
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(ctx, value, ctx.showHidden);
      braces = ['{', '}'];
      if (typeof value === 'function') {
        base = getFunctionBase(value, constructor, tag, kind);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (constructor === 'Object' &&
                 (promise = promiseDetails(value)) === null) {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
      } else if ((type === null ? (type = builtinType(value, rawTag)) : type) === 'RegExp') {
        base = regexpToString(constructor !== null ? value : new RegExpCtor(value));
        var rePrefix = getPrefix(constructor, tag, 'RegExp');
        if (rePrefix !== 'RegExp ') base = rePrefix + base;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return base;
        }
      } else if (type === 'Date') {
        var time = dateGetTime(value);
        base = time !== time ? dateToString(value) : dateToISOString(value);
        var datePrefix = getPrefix(constructor, tag, 'Date');
        if (datePrefix !== 'Date ') base = datePrefix + base;
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (type === 'ArrayBuffer' || type === 'SharedArrayBuffer') {
        var arrayType = type;
        var abPrefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return abPrefix + '{ byteLength: ' + formatNumber(value.byteLength, false) + ' }';
        }
        braces[0] = abPrefix + '{';
        unshiftAll(keys, ['byteLength']);
      } else if (type === 'DataView') {
        braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
        unshiftAll(keys, ['byteLength', 'byteOffset', 'buffer']);
      } else if (promise !== null || (promise = promiseDetails(value)) !== null) {
        braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
        formatter = promiseFormatter(promise);
      } else if (type === 'WeakSet') {
        braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
        formatter = formatWeakCollection;
      } else if (type === 'WeakMap') {
        braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
        formatter = formatWeakCollection;
      } else if (type === 'Number' || type === 'String' || type === 'Boolean' ||
                 type === 'BigInt' || type === 'Symbol') {
        base = getBoxedBase(value, ctx, keys, constructor, tag, type);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return getCtxStyle(value, constructor, tag) + '{}';
        }
        braces[0] = getCtxStyle(value, constructor, tag) + '{';
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      var constructorName = strSlice(getCtxStyle(value, constructor, tag), 0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return constructorName;
    }
    recurseTimes += 1;

    ctx.seen[ctx.seen.length] = value;
    ctx.currentDepth = recurseTimes;
    var output = formatter(ctx, value, recurseTimes);
    for (var i = 0; i < keys.length; i++) {
      output[output.length] = formatProperty(ctx, value, recurseTimes, keys[i], extrasType);
    }
    if (protoProps !== undefined) {
      for (var p = 0; p < protoProps.length; p++) push(output, protoProps[p]);
    }
    if (ctx.circular !== undefined) {
      var cpos = indexOfValue(ctx.circular.keys, value);
      if (cpos !== -1) {
        var reference = '<ref *' + ctx.circular.ids[cpos] + '>';
        if (ctx.compact !== true) {
          base = base === '' ? reference : reference + ' ' + base;
        } else {
          braces[0] = reference + ' ' + braces[0];
        }
      }
    }
    ctx.seen.length = ctx.seen.length - 1;

    if (ctx.sorted) {
      var comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        arraySort(output, comparator);
      } else if (keys.length > 1) {
        var tail = [];
        var startTail = output.length - keys.length;
        for (var t = startTail; t < output.length; t++) push(tail, output[t]);
        arraySort(tail, comparator);
        for (var u = 0; u < tail.length; u++) output[startTail + u] = tail[u];
      }
    }

    var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    var budget = ctx.budget[ctx.indentationLvl] || 0;
    var newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    if (newLength > 134217728) ctx.depth = -1;
    return res;
  }

  function formatNothing() { return []; }

  function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
      if (tag !== '') tag += '] [';
      tag += type + ' Iterator';
    }
    return ['[' + tag + '] {', '}'];
  }

  // Node's formatIterator: an entries() iterator prints as [Map Entries] / [Set Entries].
  function iteratorFormatter(braces) {
    return function (ctx, value, recurseTimes) {
      var h = hook('previewIterator');
      var preview = h === undefined ? null : h(value);
      if (preview === null) return ['<items unknown>'];
      if (preview.isKeyValue) {
        braces[0] = strSlice(braces[0], 0, -' Iterator] {'.length) + ' Entries] {';
        return formatMapIterInner(ctx, recurseTimes, preview.entries);
      }
      return formatSetIterInner(ctx, recurseTimes, preview.entries);
    };
  }

  function formatSetIterInner(ctx, recurseTimes, entries) {
    var maxLength = mathMin(mathMax(ctx.maxArrayLength, 0), entries.length);
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < maxLength; i++) push(output, formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    var remaining = entries.length - maxLength;
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  // entries holds key, value, key, value, ...
  function formatMapIterInner(ctx, recurseTimes, entries) {
    var length = entries.length / 2;
    var maxLength = mathMin(mathMax(ctx.maxArrayLength, 0), length);
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < maxLength; i++) {
      var pair = [formatValue(ctx, entries[i * 2], recurseTimes), formatValue(ctx, entries[i * 2 + 1], recurseTimes)];
      push(output, reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes));
    }
    ctx.indentationLvl -= 2;
    var remaining = length - maxLength;
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag, type) {
    var prim;
    if (type === 'Number') {
      prim = numValueOf(value);
    } else if (type === 'String') {
      prim = strValueOf(value);
      // Drop the index keys of the boxed string.
      var rest = [];
      for (var i = 0; i < keys.length; i++) {
        if (i >= prim.length) rest[rest.length] = keys[i];
      }
      keys.length = 0;
      for (var j = 0; j < rest.length; j++) keys[j] = rest[j];
    } else if (type === 'Boolean') {
      prim = boolValueOf(value);
    } else if (type === 'BigInt') {
      prim = bigintValueOf(value);
    } else {
      prim = symValueOf(value);
    }
    var base = '[' + type;
    if (type !== constructor) {
      if (constructor === null) {
        base += ' (null prototype)';
      } else {
        base += ' (' + constructor + ')';
      }
    }
    var sub = newContext(undefined, ctx.privateNames);
    sub.compact = 3;
    base += ': ' + formatPrimitive(prim, sub) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    return base;
  }

  function getClassBase(value, constructor, tag) {
    var hasName = hasOwn(value, 'name');
    var name = (hasName && value.name) || '(anonymous)';
    var base = 'class ' + name;
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      var superName = getProto(value).name;
      if (superName) base += ' extends ' + superName;
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  function looksLikeClass(value) {
    var s;
    try {
      s = fnToString(value);
    } catch (e) {
      return false;
    }
    if (strSlice(s, 0, 5) === 'class' && strCharAt(s, s.length - 1) === '}') {
      var slice = strSlice(s, 5, -1);
      var bracketIndex = strIndexOf(slice, '{');
      if (bracketIndex !== -1 &&
          (!includes(strSlice(slice, 0, bracketIndex), '(') || test(classRegExp, slice))) {
        return true;
      }
    }
    return false;
  }

  function getFunctionBase(value, constructor, tag, kind) {
    if (kind === 'class' || looksLikeClass(value)) {
      return getClassBase(value, constructor, tag);
    }
    var type = 'Function';
    if (kind === 'generator' || kind === 'asyncGenerator') type = 'Generator' + type;
    if (kind === 'async' || kind === 'asyncGenerator') type = 'Async' + type;
    var base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
      base += ' (anonymous)';
    } else {
      base += ': ' + value.name;
    }
    base += ']';
    // A lowered async or generator function has the plain Function constructor.
    if (constructor !== type && constructor !== null &&
        !(type !== 'Function' && constructor === 'Function')) {
      base += ' ' + constructor;
    }
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // ---------------------------------------------------------------------------
  // Entry formatters.

  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArray(ctx, value, recurseTimes) {
    var valLen = value.length;
    var len = mathMin(mathMax(0, ctx.maxArrayLength), valLen);
    var remaining = valLen - len;
    var output = [];
    for (var i = 0; i < len; i++) {
      var desc = getDesc(value, i);
      if (desc === undefined) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output[output.length] = typeof desc.value === 'number' ?
        formatNumber(desc.value, ctx.numericSeparator) :
        formatProperty(ctx, value, recurseTimes, i, kArrayType, desc);
    }
    if (remaining > 0) push(output, remainingText(remaining));
    return output;
  }

  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    var keys = objKeys(value);
    var index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      var key = keys[i];
      var tmp = +key;
      if (tmp > 4294967294) break;
      if ('' + index !== key) {
        if (!test(numberRegExp, key)) break;
        var emptyItems = tmp - index;
        output[output.length] = '<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>';
        index = tmp;
        if (output.length === maxLength) break;
      }
      output[output.length] = formatProperty(ctx, value, recurseTimes, key, kArrayType);
      index++;
    }
    var remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        output[output.length] = '<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>';
      }
    } else if (remaining > 0) {
      output[output.length] = remainingText(remaining);
    }
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    var length = typedArrayLength(value);
    var maxLength = mathMin(mathMax(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    for (var i = 0; i < maxLength; ++i) {
      var v = value[i];
      push(output, typeof v === 'number' ? formatNumber(v, ctx.numericSeparator) :
        formatBigInt(v, ctx.numericSeparator));
    }
    if (remaining > 0) push(output, remainingText(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      var extra = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
      for (var k = 0; k < extra.length; k++) {
        var str = formatValue(ctx, value[extra[k]], recurseTimes, true);
        output[output.length] = '[' + extra[k] + ']: ' + str;
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  // Thrown to leave Map/Set forEach once maxArrayLength entries are shown.
  var stopIteration = {};

  function formatSet(ctx, value, recurseTimes) {
    var length = setSize(value);
    var maxLength = mathMin(mathMax(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    var i = 0;
    try {
      setForEach(value, function (v) {
        if (i >= maxLength) throw stopIteration;
        output[output.length] = formatValue(ctx, v, recurseTimes);
        i++;
      });
    } catch (e) {
      if (e !== stopIteration) throw e;
    }
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    var length = mapSize(value);
    var maxLength = mathMin(mathMax(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var output = [];
    ctx.indentationLvl += 2;
    var i = 0;
    try {
      mapForEach(value, function (v, k) {
        if (i >= maxLength) throw stopIteration;
        output[output.length] = formatValue(ctx, k, recurseTimes) + ' => ' + formatValue(ctx, v, recurseTimes);
        i++;
      });
    } catch (e) {
      if (e !== stopIteration) throw e;
    }
    if (remaining > 0) push(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    var buffer;
    try {
      buffer = new Uint8ArrayCtor(value);
    } catch (e) {
      return ['(detached)'];
    }
    var n = mathMin(ctx.maxArrayLength, buffer.length);
    var parts = [];
    for (var i = 0; i < n; i++) push(parts, hex2(buffer[i]));
    var str = join(parts, ' ');
    var remaining = buffer.length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return ['[Uint8Contents]: <' + str + '>'];
  }

  function formatWeakCollection() { return ['<items unknown>']; }

  function promiseFormatter(details) {
    return function (ctx, value, recurseTimes) {
      if (details.state === 'pending') return ['<pending>'];
      ctx.indentationLvl += 2;
      var str = formatValue(ctx, details.value, recurseTimes);
      ctx.indentationLvl -= 2;
      return [details.state === 'rejected' ? '<rejected> ' + str : str];
    };
  }

  function syntheticDesc(value, key) {
    // V8 functions have an own `caller` (null) that Rhino's lack; see filterFunctionNames.
    if (key === 'caller' && typeof value === 'function') return { value: null, enumerable: false };
    return { value: value[key], enumerable: true };
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    if (original === undefined) original = value;
    var name;
    var str;
    var extra = ' ';
    desc = desc || getDesc(value, key) || syntheticDesc(value, key);
    if (desc.value !== undefined) {
      var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str)) {
        extra = '\n' + spaces(ctx.indentationLvl);
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          var tmp = uncurry(desc.get)(original);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = '[' + label + ': null]';
          } else if (typeof tmp === 'object') {
            str = '[' + label + '] ' + formatValue(ctx, tmp, recurseTimes);
          } else {
            str = '[' + label + ': ' + formatPrimitive(tmp, ctx) + ']';
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          str = '[' + label + ': <Inspection threw (' + err.message + ')>]';
        }
      } else {
        str = '[' + label + ']';
      }
    } else if (desc.set !== undefined) {
      str = '[Setter]';
    } else {
      str = 'undefined';
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = '[' + escapeAll(symToString(key), 39) + ']';
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeAll(key, 39) + ']';
    } else if (test(keyStrRegExp, key)) {
      name = key;
    } else {
      name = strEscape(key);
    }
    return name + ':' + extra + str;
  }

  // ---------------------------------------------------------------------------
  // Layout.

  function isZeroWidthCodePoint(code) {
    return code <= 0x1F ||
      (code >= 0x7F && code <= 0x9F) ||
      (code >= 0x300 && code <= 0x36F) ||
      (code >= 0x200B && code <= 0x200F) ||
      (code >= 0x20D0 && code <= 0x20FF) ||
      (code >= 0xFE00 && code <= 0xFE0F) ||
      (code >= 0xFE20 && code <= 0xFE2F) ||
      (code >= 0xE0100 && code <= 0xE01EF);
  }

  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }

  // Display width of a string (colors are never on here).
  var printableAscii = /^[\x20-\x7e]*$/;

  function getStringWidth(str) {
    if (test(printableAscii, str)) return str.length;
    var width = 0;
    for (var i = 0; i < str.length; i++) {
      var code = strCharCodeAt(str, i);
      if (code < 127) {
        width += code >= 32 ? 1 : 0;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
        var next = strCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
          i++;
        }
      }
      if (isFullWidthCodePoint(code)) {
        width += 2;
      } else if (!isZeroWidthCodePoint(code)) {
        width++;
      }
    }
    return width;
  }

  function groupArrayElements(ctx, output, value) {
    var totalLength = 0;
    var maxLength = 0;
    var i = 0;
    var outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    var separatorSpace = 2;
    var dataLen = [];
    for (; i < outputLength; i++) {
      var len = getStringWidth(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    var actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      var approxCharHeights = 2.5;
      var averageBias = mathSqrt(actualMax - totalLength / output.length);
      var biasedMax = mathMax(actualMax - 3 - averageBias, 1);
      var columns = mathMin(
        mathRound(mathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        mathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      var tmp = [];
      var maxLineLength = [];
      for (var c = 0; c < columns; c++) {
        var lineMaxLength = 0;
        for (var j = c; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        maxLineLength[maxLineLength.length] = lineMaxLength + separatorSpace;
      }
      var padStartOrder = true;
      if (value !== undefined) {
        for (var k = 0; k < output.length; k++) {
          if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
            padStartOrder = false;
            break;
          }
        }
      }
      for (var r = 0; r < outputLength; r += columns) {
        var max = mathMin(r + columns, outputLength);
        var str = '';
        var m = r;
        for (; m < max - 1; m++) {
          var padding = maxLineLength[m - r] + output[m].length - dataLen[m];
          str += padStartOrder ? padStart(output[m] + ', ', padding) : padEnd(output[m] + ', ', padding);
        }
        if (padStartOrder) {
          var pad = maxLineLength[m - r] + output[m].length - dataLen[m] - separatorSpace;
          str += padStart(output[m], pad);
        } else {
          str += output[m];
        }
        tmp[tmp.length] = str;
      }
      if (ctx.maxArrayLength < output.length) push(tmp, output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    var totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (var i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !includes(base, '\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        var entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          var start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            var joinedOutput = join(output, ', ');
            if (!includes(joinedOutput, '\n')) {
              return (base ? base + ' ' : '') + braces[0] + ' ' + joinedOutput + ' ' + braces[1];
            }
          }
        }
      }
      var indentation = '\n' + spaces(ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
        join(output, ',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + join(output, ', ') + ' ' + braces[1];
    }
    var ind = spaces(ctx.indentationLvl);
    var ln = base === '' && braces[0].length === 1 ? ' ' : (base ? ' ' + base : '') + '\n' + ind + '  ';
    return braces[0] + ln + join(output, ',\n' + ind + '  ') + ' ' + braces[1];
  }

  // ---------------------------------------------------------------------------
  // util.format.

  function returnFalse() { return false; }

  function hasBuiltInToString(value) {
    var proxy = proxyDetails(value);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) return true;
      value = proxy[0];
    }
    var hasOwnToString = hasOwn;
    var hasOwnToPrimitive = hasOwn;
    if (typeof value.toString !== 'function') {
      if (typeof value[SymbolToPrimitive] !== 'function') {
        return true;
      } else if (hasOwn(value, SymbolToPrimitive)) {
        return false;
      }
      hasOwnToString = returnFalse;
    } else if (hasOwn(value, 'toString')) {
      return false;
    } else if (typeof value[SymbolToPrimitive] !== 'function') {
      hasOwnToPrimitive = returnFalse;
    } else if (hasOwn(value, SymbolToPrimitive)) {
      return false;
    }
    var pointer = value;
    do {
      pointer = getProto(pointer);
    } while (!hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, SymbolToPrimitive));
    var descriptor = getDesc(pointer, 'constructor');
    return descriptor !== undefined && typeof descriptor.value === 'function' &&
      isBuiltInName(descriptor.value.name);
  }

  var circularErrorMessage;
  function firstErrorLine(err) {
    var m = StringCtor(err.message);
    var nl = strIndexOf(m, '\n');
    return nl === -1 ? m : strSlice(m, 0, nl);
  }

  function tryStringify(arg) {
    try {
      return jsonStringify(arg);
    } catch (err) {
      if (!circularErrorMessage) {
        try {
          var a = {};
          a.a = a;
          jsonStringify(a);
        } catch (circularError) {
          circularErrorMessage = firstErrorLine(circularError);
        }
      }
      if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
        return '[Circular]';
      }
      throw err;
    }
  }

  function inspectValue(value, options) {
    return formatValue(newContext(options, currentPrivateNames()), value, 0);
  }

  function publicInspect(value, options) {
    return inspectValue(value, options);
  }

  // %d and %i: a BigInt prints as one, a Symbol as NaN, anything else converted by toNumber.
  function formatNumericArgument(value, toNumber) {
    if (typeof value === 'bigint') {
      return formatBigInt(value, false);
    }
    if (typeof value === 'symbol') {
      return 'NaN';
    }
    return formatNumber(toNumber(value), false);
  }

  function format(args) {
    var first = args[0];
    var a = 0;
    var str = '';
    var joiner = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      var tempStr;
      var lastPos = 0;
      for (var i = 0; i < first.length - 1; i++) {
        if (strCharCodeAt(first, i) === 37) {
          var nextChar = strCharCodeAt(first, ++i);
          if (a + 1 !== args.length) {
            switch (nextChar) {
              case 115: { // 's'
                var tempArg = args[++a];
                if (typeof tempArg === 'number') {
                  tempStr = formatNumber(tempArg, false);
                } else if (typeof tempArg === 'bigint') {
                  tempStr = formatBigInt(tempArg, false);
                } else if (typeof tempArg !== 'object' || tempArg === null ||
                           !hasBuiltInToString(tempArg)) {
                  tempStr = StringCtor(tempArg);
                } else {
                  tempStr = inspectValue(tempArg, { compact: 3, depth: 0 });
                }
                break;
              }
              case 106: // 'j'
                tempStr = tryStringify(args[++a]);
                break;
              case 100: // 'd'
                tempStr = formatNumericArgument(args[++a], NumberCtor);
                break;
              case 79: // 'O'
                tempStr = inspectValue(args[++a]);
                break;
              case 111: // 'o'
                tempStr = inspectValue(args[++a], { showHidden: true, showProxy: true, depth: 4 });
                break;
              case 105: // 'i'
                tempStr = formatNumericArgument(args[++a], parseIntFn);
                break;
              case 102: { // 'f'
                var tempFloat = args[++a];
                if (typeof tempFloat === 'symbol') {
                  tempStr = 'NaN';
                } else {
                  tempStr = formatNumber(parseFloatFn(tempFloat), false);
                }
                break;
              }
              case 99: // 'c'
                a += 1;
                tempStr = '';
                break;
              case 37: // '%'
                str += strSlice(first, lastPos, i);
                lastPos = i + 1;
                continue;
              default:
                continue;
            }
            if (lastPos !== i - 1) str += strSlice(first, lastPos, i - 1);
            str += tempStr;
            lastPos = i + 1;
          } else if (nextChar === 37) {
            str += strSlice(first, lastPos, i);
            lastPos = i + 1;
          }
        }
      }
      if (lastPos !== 0) {
        a++;
        joiner = ' ';
        if (lastPos < first.length) str += strSlice(first, lastPos);
      }
    }

    while (a < args.length) {
      var value = args[a];
      str += joiner;
      str += typeof value !== 'string' ? inspectValue(value) : value;
      joiner = ' ';
      a++;
    }
    return str;
  }

  colony.inspect = function inspect(value, options) {
    return inspectValue(value, options);
  };
  colony.format = function format_(args) {
    return format(args);
  };
})($colony);
