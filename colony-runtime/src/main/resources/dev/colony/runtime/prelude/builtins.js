/*
 * Colony prelude: capturable built-ins.
 *
 * Rhino cannot capture a continuation while a Java frame sits between the capture point and the
 * script's entry, so a callback invoked by a native built-in (Array.prototype.forEach and friends,
 * bound functions, String.prototype.replace with a function, Map/Set forEach, JSON reviver/replacer)
 * cannot suspend. This file replaces those built-ins with JavaScript implementations of the same
 * semantics: the callbacks are then invoked from interpreted frames (`fn.call(...)` is handled
 * inline by Rhino's interpreter) and become capturable.
 *
 * It also wraps the Map and Set iterators so that an iteration in progress survives a snapshot and
 * restore (the native iterators lose their position when deserialised).
 *
 * Evaluated once per program in the global scope, before promise.js and before user code, after the
 * host object $colony exists. Leaves no global names: every helper lives in this function or on
 * $colony.internals; $colony.preludeExcludedNames lists the names the runtime must exclude from
 * serialisation (see registerInternals at the end).
 *
 * ES5 syntax only (no let/const: Rhino gets per-iteration bindings wrong). Every built-in used is
 * captured below, before user code can replace it. State kept on objects uses string keys, never
 * symbols: Rhino does not preserve symbol identity across serialisation.
 */
(function colonyBuiltinsPrelude(global) {
  'use strict';

  var colony = global.$colony;

  // ---- captured built-ins ----------------------------------------------------------------------
  var ObjectCtor = Object;
  // Well-known symbols are read from the Symbol constructor at each use, never kept in a variable:
  // symbols are not Scriptable, so a snapshot cannot refer to them by name, and a deserialised
  // copy of a symbol is a different symbol.
  var SymbolCtor = Symbol;
  var ArrayCtor = Array;
  var FunctionCtor = Function;
  var StringCtor = String;
  var TypeErrorCtor = TypeError;
  var RangeErrorCtor = RangeError;
  var MapCtor = Map;
  var SetCtor = Set;
  var JSONObj = JSON;
  var ReflectObj = Reflect;
  var ObjectProto = Object.prototype;
  var ArrayProto = Array.prototype;
  var StringProto = String.prototype;
  var FunctionProto = Function.prototype;
  var RegExpProto = RegExp.prototype;
  var MapProto = Map.prototype;
  var SetProto = Set.prototype;

  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;
  var getOwnPropertyNames = Object.getOwnPropertyNames;
  var objectCreate = Object.create;
  var objectKeys = Object.keys;
  var isArray = Array.isArray;
  var reflectConstruct = Reflect.construct;
  var reflectDefineProperty = Reflect.defineProperty;
  var reflectDeleteProperty = Reflect.deleteProperty;
  var reflectApply = Reflect.apply;
  var nativeReflectGet = Reflect.get;
  var mathFloor = Math.floor;
  var mathMin = Math.min;
  var mathMax = Math.max;
  var mathAbs = Math.abs;


  // uncurryThis(f)(thisArg, a, b) === f.call(thisArg, a, b), immune to later changes of
  // Function.prototype.call/bind. Only used for natives that never call back into user code.
  var nativeBind = FunctionProto.bind;
  var nativeCall = FunctionProto.call;
  function uncurryThis(f) {
    return nativeBind.call(nativeCall, f);
  }

  var hasOwn = uncurryThis(ObjectProto.hasOwnProperty);
  var objectToString = uncurryThis(ObjectProto.toString);
  var functionToString = uncurryThis(FunctionProto.toString);
  var symbolToString = uncurryThis(Symbol.prototype.toString);
  var booleanValueOf = uncurryThis(Boolean.prototype.valueOf);
  var stringSlice = uncurryThis(StringProto.slice);
  var stringIndexOf = uncurryThis(StringProto.indexOf);
  var stringCharCodeAt = uncurryThis(StringProto.charCodeAt);
  var stringRepeat = uncurryThis(StringProto.repeat);
  var arrayJoin = uncurryThis(ArrayProto.join);
  var nativeArraySort = uncurryThis(ArrayProto.sort);
  var nativeReplace = uncurryThis(StringProto.replace);
  var nativeReplaceAll = uncurryThis(StringProto.replaceAll);
  var nativeRegExpReplace = RegExpProto[SymbolCtor.replace];
  var nativeRegExpReplaceCall = uncurryThis(nativeRegExpReplace);
  var nativeRegExpExec = RegExpProto.exec;
  var regExpExecCall = uncurryThis(nativeRegExpExec);
  var nativeStringify = JSON.stringify;
  var nativeParse = JSON.parse;
  var mapHas = uncurryThis(MapProto.has);
  var mapGet = uncurryThis(MapProto.get);
  var mapSet = uncurryThis(MapProto.set);
  var setHas = uncurryThis(SetProto.has);
  var mapSize = uncurryThis(getOwnPropertyDescriptor(MapProto, 'size').get);
  var setSize = uncurryThis(getOwnPropertyDescriptor(SetProto, 'size').get);
  var nativeMapEntries = MapProto.entries;
  var nativeMapKeys = MapProto.keys;
  var nativeMapValues = MapProto.values;
  var nativeMapForEach = MapProto.forEach;
  var nativeSetValues = SetProto.values;
  var nativeSetEntries = SetProto.entries;
  var nativeSetForEach = SetProto.forEach;
  var mapEntriesCall = uncurryThis(nativeMapEntries);
  var setValuesCall = uncurryThis(nativeSetValues);
  var nativeMapIteratorProto = getPrototypeOf(new MapCtor().entries());
  var nativeSetIteratorProto = getPrototypeOf(new SetCtor().values());
  var mapIteratorNext = uncurryThis(nativeMapIteratorProto.next);
  var setIteratorNext = uncurryThis(nativeSetIteratorProto.next);
  var arrayValues = ArrayProto.values;
  var arrayIteratorProto = getPrototypeOf([][SymbolCtor.iterator]());
  var arrayIteratorNext = arrayIteratorProto.next;
  var nativeFunctionBind = FunctionProto.bind;
  var nativeArrayFrom = ArrayCtor.from;

  var MAX_SAFE_INTEGER = 9007199254740991;

  // ---- abstract operations ---------------------------------------------------------------------
  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function isCallable(v) {
    return typeof v === 'function';
  }

  // Approximates IsConstructor: ordinary functions have an own 'prototype'; natives without one
  // (Math.max, methods) and arrow functions are not constructors. Bound functions made by
  // Function.prototype.bind below are constructors when their target is.
  function isConstructor(v) {
    if (typeof v !== 'function') {
      return false;
    }
    if (hasOwn(v, '__colonyBoundTarget')) {
      return isConstructor(v.__colonyBoundTarget);
    }
    return hasOwn(v, 'prototype');
  }

  function isNativeFunction(f) {
    var src;
    try {
      src = functionToString(f);
    } catch (e) {
      return false;
    }
    return stringIndexOf(src, '[native code]') !== -1;
  }

  function toStr(v) {
    if (typeof v === 'string') {
      return v;
    }
    if (typeof v === 'symbol') {
      throw new TypeErrorCtor('Cannot convert a Symbol value to a string');
    }
    return StringCtor(v);
  }

  function toNumber(v) {
    return +v;
  }

  function toIntegerOrInfinity(v) {
    var n = +v;
    if (n !== n || n === 0) {
      return 0;
    }
    if (n === Infinity || n === -Infinity) {
      return n;
    }
    return n < 0 ? -mathFloor(-n) : mathFloor(n);
  }

  function toLength(v) {
    var len = toIntegerOrInfinity(v);
    if (len <= 0) {
      return 0;
    }
    return len > MAX_SAFE_INTEGER ? MAX_SAFE_INTEGER : len;
  }

  function sameValueZero(a, b) {
    return a === b || (a !== a && b !== b);
  }

  // A short description of a value for error messages, in the style of V8.
  function describe(v) {
    try {
      if (v === null) {
        return 'null';
      }
      var t = typeof v;
      if (t === 'symbol') {
        return symbolToString(v);
      }
      if (t === 'object') {
        if (isArray(v)) {
          return '[object Array]';
        }
        var proto = getPrototypeOf(v);
        var ctor = proto === null ? undefined : proto.constructor;
        var name = typeof ctor === 'function' ? ctor.name : undefined;
        return typeof name === 'string' && name !== '' ? '#<' + name + '>' : '[object Object]';
      }
      if (t === 'function') {
        return 'function ' + (typeof v.name === 'string' && v.name !== '' ? v.name : 'anonymous');
      }
      return StringCtor(v);
    } catch (e) {
      return 'value';
    }
  }

  function typeError(message) {
    return new TypeErrorCtor(message);
  }

  function notAFunction(v) {
    return typeError(describe(v) + ' is not a function');
  }

  function requireObjectCoercible(v, methodName) {
    if (v === null || v === undefined) {
      throw typeError(methodName + ' called on null or undefined');
    }
    return v;
  }

  function toObject(v, methodName) {
    if (v === null || v === undefined) {
      throw typeError(methodName + ' called on null or undefined');
    }
    return ObjectCtor(v);
  }

  // Descriptors and result objects are filled by assignment: Rhino names an anonymous function
  // after the property of an object literal it is placed in (even at run time), which would rename
  // user functions.
  function dataDescriptor(value) {
    var desc = {};
    desc.value = value;
    desc.writable = true;
    desc.enumerable = true;
    desc.configurable = true;
    return desc;
  }

  function iterResult(value, done) {
    var result = {};
    result.value = value;
    result.done = done;
    return result;
  }

  function createDataPropertyOrThrow(obj, key, value) {
    defineProperty(obj, key, dataDescriptor(value));
  }

  function createDataProperty(obj, key, value) {
    return reflectDefineProperty(obj, key, dataDescriptor(value));
  }

  // ArraySpeciesCreate. Returns the new object; `speciesDefault` tells callers whether plain
  // assignment may stand in for CreateDataPropertyOrThrow.
  function arraySpeciesConstructor(original) {
    if (!isArray(original)) {
      return undefined;
    }
    var C = original.constructor;
    if (isObject(C)) {
      C = C[SymbolCtor.species];
      if (C === null) {
        C = undefined;
      }
    }
    if (C === undefined || C === ArrayCtor) {
      return undefined;
    }
    if (!isConstructor(C)) {
      throw typeError('object.constructor[Symbol.species] is not a constructor');
    }
    return C;
  }

  function newArray(len) {
    if (len > 4294967295) {
      throw new RangeErrorCtor('Invalid array length');
    }
    return new ArrayCtor(len);
  }

  // Replace a built-in method, keeping the original's name and length and making it look native
  // (non-enumerable, writable, configurable). Rhino reports a function's declared parameter count
  // as its length whatever is defined, so every replacement declares exactly the native's
  // parameters (PreludeTest checks names and lengths against the originals).
  function setNameAndLength(fn, name, length) {
    if (fn.name !== name) {
      defineProperty(fn, 'name', { value: name, configurable: true });
    }
    if (fn.length !== length) {
      defineProperty(fn, 'length', { value: length, configurable: true });
    }
    return fn;
  }

  var excludedNames = [];

  // The replacement keeps the original property's attributes (Rhino's are not always the
  // standard ones: Set.prototype.keys is read-only).
  function installMethod(obj, key, fn) {
    var desc = getOwnPropertyDescriptor(obj, key);
    var replacement = {};
    replacement.value = fn;
    replacement.writable = desc === undefined ? true : desc.writable;
    replacement.enumerable = desc === undefined ? false : desc.enumerable;
    replacement.configurable = desc === undefined ? true : desc.configurable;
    defineProperty(obj, key, replacement);
  }

  function replaceMethod(obj, key, fn, qualifiedName) {
    var original = obj[key];
    setNameAndLength(fn, original.name, original.length);
    installMethod(obj, key, fn);
    if (qualifiedName) {
      excludedNames[excludedNames.length] = qualifiedName;
    }
    return fn;
  }

  // ---- Array.prototype -------------------------------------------------------------------------
  function forEach(callbackfn) {
    var O = toObject(this, 'Array.prototype.forEach');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (k in O) {
        callbackfn.call(T, O[k], k, O);
      }
    }
    return undefined;
  }

  function map(callbackfn) {
    var O = toObject(this, 'Array.prototype.map');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var C = arraySpeciesConstructor(O);
    var A = C === undefined ? newArray(len) : new C(len);
    var plain = C === undefined;
    for (var k = 0; k < len; k++) {
      if (k in O) {
        var mapped = callbackfn.call(T, O[k], k, O);
        if (plain) {
          A[k] = mapped;
        } else {
          createDataPropertyOrThrow(A, StringCtor(k), mapped);
        }
      }
    }
    return A;
  }

  function filter(callbackfn) {
    var O = toObject(this, 'Array.prototype.filter');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var C = arraySpeciesConstructor(O);
    var A = C === undefined ? [] : new C(0);
    var plain = C === undefined;
    var to = 0;
    for (var k = 0; k < len; k++) {
      if (k in O) {
        var kValue = O[k];
        if (callbackfn.call(T, kValue, k, O)) {
          if (plain) {
            A[to] = kValue;
          } else {
            createDataPropertyOrThrow(A, StringCtor(to), kValue);
          }
          to++;
        }
      }
    }
    return A;
  }

  function reduce(callbackfn) {
    var O = toObject(this, 'Array.prototype.reduce');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var k = 0;
    var accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      var kPresent = false;
      while (!kPresent && k < len) {
        kPresent = k in O;
        if (kPresent) {
          accumulator = O[k];
        }
        k++;
      }
      if (!kPresent) {
        throw typeError('Reduce of empty array with no initial value');
      }
    }
    for (; k < len; k++) {
      if (k in O) {
        accumulator = callbackfn.call(undefined, accumulator, O[k], k, O);
      }
    }
    return accumulator;
  }

  function reduceRight(callbackfn) {
    var O = toObject(this, 'Array.prototype.reduceRight');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var k = len - 1;
    var accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      var kPresent = false;
      while (!kPresent && k >= 0) {
        kPresent = k in O;
        if (kPresent) {
          accumulator = O[k];
        }
        k--;
      }
      if (!kPresent) {
        throw typeError('Reduce of empty array with no initial value');
      }
    }
    for (; k >= 0; k--) {
      if (k in O) {
        accumulator = callbackfn.call(undefined, accumulator, O[k], k, O);
      }
    }
    return accumulator;
  }

  function some(callbackfn) {
    var O = toObject(this, 'Array.prototype.some');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (k in O) {
        if (callbackfn.call(T, O[k], k, O)) {
          return true;
        }
      }
    }
    return false;
  }

  function every(callbackfn) {
    var O = toObject(this, 'Array.prototype.every');
    var len = toLength(O.length);
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (k in O) {
        if (!callbackfn.call(T, O[k], k, O)) {
          return false;
        }
      }
    }
    return true;
  }

  function find(predicate) {
    var O = toObject(this, 'Array.prototype.find');
    var len = toLength(O.length);
    if (typeof predicate !== 'function') {
      throw notAFunction(predicate);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      var kValue = O[k];
      if (predicate.call(T, kValue, k, O)) {
        return kValue;
      }
    }
    return undefined;
  }

  function findIndex(predicate) {
    var O = toObject(this, 'Array.prototype.findIndex');
    var len = toLength(O.length);
    if (typeof predicate !== 'function') {
      throw notAFunction(predicate);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (predicate.call(T, O[k], k, O)) {
        return k;
      }
    }
    return -1;
  }

  function findLast(predicate) {
    var O = toObject(this, 'Array.prototype.findLast');
    var len = toLength(O.length);
    if (typeof predicate !== 'function') {
      throw notAFunction(predicate);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = len - 1; k >= 0; k--) {
      var kValue = O[k];
      if (predicate.call(T, kValue, k, O)) {
        return kValue;
      }
    }
    return undefined;
  }

  function findLastIndex(predicate) {
    var O = toObject(this, 'Array.prototype.findLastIndex');
    var len = toLength(O.length);
    if (typeof predicate !== 'function') {
      throw notAFunction(predicate);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = len - 1; k >= 0; k--) {
      if (predicate.call(T, O[k], k, O)) {
        return k;
      }
    }
    return -1;
  }

  function flatMap(mapperFunction) {
    var O = toObject(this, 'Array.prototype.flatMap');
    var sourceLen = toLength(O.length);
    if (typeof mapperFunction !== 'function') {
      throw typeError('flatMap mapper function is not callable');
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var C = arraySpeciesConstructor(O);
    var A = C === undefined ? [] : new C(0);
    var plain = C === undefined;
    var targetIndex = 0;
    for (var sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
      if (!(sourceIndex in O)) {
        continue;
      }
      var element = mapperFunction.call(T, O[sourceIndex], sourceIndex, O);
      if (isArray(element)) {
        var elementLen = toLength(element.length);
        for (var j = 0; j < elementLen; j++) {
          if (j in element) {
            if (plain) {
              A[targetIndex] = element[j];
            } else {
              createDataPropertyOrThrow(A, StringCtor(targetIndex), element[j]);
            }
            targetIndex++;
          }
        }
      } else {
        if (targetIndex >= MAX_SAFE_INTEGER) {
          throw typeError('Array too long');
        }
        if (plain) {
          A[targetIndex] = element;
        } else {
          createDataPropertyOrThrow(A, StringCtor(targetIndex), element);
        }
        targetIndex++;
      }
    }
    return A;
  }

  // ---- sorting ---------------------------------------------------------------------------------
  // TimSort with the same runs, merges and galloping as V8's (third_party/v8/builtins/
  // array-sort.tq, itself CPython's listsort), so the comparator sees the same calls in the same
  // order as on Node. With a consistent comparator any stable sort gives the same result; this
  // also makes inconsistent comparators (a common bug: `(a, b) => a > b`) behave as on Node.
  var MIN_GALLOP = 7;

  function newSortState(a, compare) {
    var state = {};
    state.a = a;
    state.compare = compare;
    state.minGallop = MIN_GALLOP;
    state.runBase = [];
    state.runLength = [];
    state.runs = 0;
    return state;
  }

  function binaryInsertionSort(st, low, startArg, high) {
    var a = st.a;
    var start = low === startArg ? startArg + 1 : startArg;
    for (; start < high; ++start) {
      var left = low;
      var right = start;
      var pivot = a[right];
      while (left < right) {
        var mid = left + ((right - left) >> 1);
        if (st.compare(pivot, a[mid]) < 0) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      for (var p = start; p > left; --p) {
        a[p] = a[p - 1];
      }
      a[left] = pivot;
    }
  }

  function countAndMakeRun(st, lowArg, high) {
    var a = st.a;
    var low = lowArg + 1;
    if (low === high) {
      return 1;
    }
    var runLength = 2;
    var elementLow = a[low];
    var isDescending = st.compare(elementLow, a[low - 1]) < 0;
    var previous = elementLow;
    for (var idx = low + 1; idx < high; ++idx) {
      var current = a[idx];
      var order = st.compare(current, previous);
      if (isDescending) {
        if (order >= 0) {
          break;
        }
      } else if (order < 0) {
        break;
      }
      previous = current;
      ++runLength;
    }
    if (isDescending) {
      var lo = lowArg;
      var hi = lowArg + runLength - 1;
      while (lo < hi) {
        var t = a[lo];
        a[lo++] = a[hi];
        a[hi--] = t;
      }
    }
    return runLength;
  }

  function gallopLeft(st, array, key, base, length, hint) {
    var lastOfs = 0;
    var offset = 1;
    var maxOfs;
    var tmp;
    if (st.compare(array[base + hint], key) < 0) {
      maxOfs = length - hint;
      while (offset < maxOfs) {
        if (st.compare(array[base + hint + offset], key) >= 0) {
          break;
        }
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) {
          offset = maxOfs;
        }
      }
      if (offset > maxOfs) {
        offset = maxOfs;
      }
      lastOfs = lastOfs + hint;
      offset = offset + hint;
    } else {
      maxOfs = hint + 1;
      while (offset < maxOfs) {
        if (st.compare(array[base + hint - offset], key) < 0) {
          break;
        }
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) {
          offset = maxOfs;
        }
      }
      if (offset > maxOfs) {
        offset = maxOfs;
      }
      tmp = lastOfs;
      lastOfs = hint - offset;
      offset = hint - tmp;
    }
    lastOfs++;
    while (lastOfs < offset) {
      var m = lastOfs + ((offset - lastOfs) >> 1);
      if (st.compare(array[base + m], key) < 0) {
        lastOfs = m + 1;
      } else {
        offset = m;
      }
    }
    return offset;
  }

  function gallopRight(st, array, key, base, length, hint) {
    var lastOfs = 0;
    var offset = 1;
    var maxOfs;
    var tmp;
    if (st.compare(key, array[base + hint]) < 0) {
      maxOfs = hint + 1;
      while (offset < maxOfs) {
        if (st.compare(key, array[base + hint - offset]) >= 0) {
          break;
        }
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) {
          offset = maxOfs;
        }
      }
      if (offset > maxOfs) {
        offset = maxOfs;
      }
      tmp = lastOfs;
      lastOfs = hint - offset;
      offset = hint - tmp;
    } else {
      maxOfs = length - hint;
      while (offset < maxOfs) {
        if (st.compare(key, array[base + hint + offset]) < 0) {
          break;
        }
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) {
          offset = maxOfs;
        }
      }
      if (offset > maxOfs) {
        offset = maxOfs;
      }
      lastOfs = lastOfs + hint;
      offset = offset + hint;
    }
    lastOfs++;
    while (lastOfs < offset) {
      var m = lastOfs + ((offset - lastOfs) >> 1);
      if (st.compare(key, array[base + m]) < 0) {
        offset = m;
      } else {
        lastOfs = m + 1;
      }
    }
    return offset;
  }

  // Copies length elements; handles overlapping ranges of the same array.
  function copyRange(source, srcPos, target, dstPos, length) {
    var i;
    if (srcPos < dstPos) {
      for (i = length - 1; i >= 0; i--) {
        target[dstPos + i] = source[srcPos + i];
      }
    } else {
      for (i = 0; i < length; i++) {
        target[dstPos + i] = source[srcPos + i];
      }
    }
  }

  function mergeLow(st, baseA, lengthAArg, baseB, lengthBArg) {
    var a = st.a;
    var lengthA = lengthAArg;
    var lengthB = lengthBArg;
    var temp = new ArrayCtor(lengthA);
    copyRange(a, baseA, temp, 0, lengthA);
    var dest = baseA;
    var cursorTemp = 0;
    var cursorB = baseB;
    a[dest++] = a[cursorB++];
    var copyB = false;
    merge: {
      if (--lengthB === 0) {
        break merge;
      }
      if (lengthA === 1) {
        copyB = true;
        break merge;
      }
      var minGallop = st.minGallop;
      while (true) {
        var winsA = 0;
        var winsB = 0;
        while (true) {
          if (st.compare(a[cursorB], temp[cursorTemp]) < 0) {
            a[dest++] = a[cursorB++];
            ++winsB;
            --lengthB;
            winsA = 0;
            if (lengthB === 0) {
              break merge;
            }
            if (winsB >= minGallop) {
              break;
            }
          } else {
            a[dest++] = temp[cursorTemp++];
            ++winsA;
            --lengthA;
            winsB = 0;
            if (lengthA === 1) {
              copyB = true;
              break merge;
            }
            if (winsA >= minGallop) {
              break;
            }
          }
        }
        ++minGallop;
        var first = true;
        while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
          first = false;
          minGallop = mathMax(1, minGallop - 1);
          st.minGallop = minGallop;
          winsA = gallopRight(st, temp, a[cursorB], cursorTemp, lengthA, 0);
          if (winsA > 0) {
            copyRange(temp, cursorTemp, a, dest, winsA);
            dest += winsA;
            cursorTemp += winsA;
            lengthA -= winsA;
            if (lengthA === 1) {
              copyB = true;
              break merge;
            }
            if (lengthA === 0) {
              break merge;
            }
          }
          a[dest++] = a[cursorB++];
          if (--lengthB === 0) {
            break merge;
          }
          winsB = gallopLeft(st, a, temp[cursorTemp], cursorB, lengthB, 0);
          if (winsB > 0) {
            copyRange(a, cursorB, a, dest, winsB);
            dest += winsB;
            cursorB += winsB;
            lengthB -= winsB;
            if (lengthB === 0) {
              break merge;
            }
          }
          a[dest++] = temp[cursorTemp++];
          if (--lengthA === 1) {
            copyB = true;
            break merge;
          }
        }
        ++minGallop;
        st.minGallop = minGallop;
      }
    }
    if (copyB) {
      copyRange(a, cursorB, a, dest, lengthB);
      a[dest + lengthB] = temp[cursorTemp];
    } else if (lengthA > 0) {
      copyRange(temp, cursorTemp, a, dest, lengthA);
    }
  }

  function mergeHigh(st, baseA, lengthAArg, baseB, lengthBArg) {
    var a = st.a;
    var lengthA = lengthAArg;
    var lengthB = lengthBArg;
    var temp = new ArrayCtor(lengthB);
    copyRange(a, baseB, temp, 0, lengthB);
    var dest = baseB + lengthB - 1;
    var cursorTemp = lengthB - 1;
    var cursorA = baseA + lengthA - 1;
    a[dest--] = a[cursorA--];
    var copyA = false;
    merge: {
      if (--lengthA === 0) {
        break merge;
      }
      if (lengthB === 1) {
        copyA = true;
        break merge;
      }
      var minGallop = st.minGallop;
      while (true) {
        var winsA = 0;
        var winsB = 0;
        while (true) {
          if (st.compare(temp[cursorTemp], a[cursorA]) < 0) {
            a[dest--] = a[cursorA--];
            ++winsA;
            --lengthA;
            winsB = 0;
            if (lengthA === 0) {
              break merge;
            }
            if (winsA >= minGallop) {
              break;
            }
          } else {
            a[dest--] = temp[cursorTemp--];
            ++winsB;
            --lengthB;
            winsA = 0;
            if (lengthB === 1) {
              copyA = true;
              break merge;
            }
            if (winsB >= minGallop) {
              break;
            }
          }
        }
        ++minGallop;
        var first = true;
        while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP || first) {
          first = false;
          minGallop = mathMax(1, minGallop - 1);
          st.minGallop = minGallop;
          var k = gallopRight(st, a, temp[cursorTemp], baseA, lengthA, lengthA - 1);
          winsA = lengthA - k;
          if (winsA > 0) {
            dest -= winsA;
            cursorA -= winsA;
            copyRange(a, cursorA + 1, a, dest + 1, winsA);
            lengthA -= winsA;
            if (lengthA === 0) {
              break merge;
            }
          }
          a[dest--] = temp[cursorTemp--];
          if (--lengthB === 1) {
            copyA = true;
            break merge;
          }
          k = gallopLeft(st, temp, a[cursorA], 0, lengthB, lengthB - 1);
          winsB = lengthB - k;
          if (winsB > 0) {
            dest -= winsB;
            cursorTemp -= winsB;
            copyRange(temp, cursorTemp + 1, a, dest + 1, winsB);
            lengthB -= winsB;
            if (lengthB === 1) {
              copyA = true;
              break merge;
            }
            if (lengthB === 0) {
              break merge;
            }
          }
          a[dest--] = a[cursorA--];
          if (--lengthA === 0) {
            break merge;
          }
        }
        ++minGallop;
        st.minGallop = minGallop;
      }
    }
    if (copyA) {
      dest -= lengthA;
      cursorA -= lengthA;
      copyRange(a, cursorA + 1, a, dest + 1, lengthA);
      a[dest] = temp[cursorTemp];
    } else if (lengthB > 0) {
      copyRange(temp, 0, a, dest - (lengthB - 1), lengthB);
    }
  }

  function mergeAt(st, i) {
    var a = st.a;
    var baseA = st.runBase[i];
    var lengthA = st.runLength[i];
    var baseB = st.runBase[i + 1];
    var lengthB = st.runLength[i + 1];
    st.runLength[i] = lengthA + lengthB;
    if (i === st.runs - 3) {
      st.runBase[i + 1] = st.runBase[i + 2];
      st.runLength[i + 1] = st.runLength[i + 2];
    }
    st.runs--;
    var k = gallopRight(st, a, a[baseB], baseA, lengthA, 0);
    baseA += k;
    lengthA -= k;
    if (lengthA === 0) {
      return;
    }
    lengthB = gallopLeft(st, a, a[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
    if (lengthB === 0) {
      return;
    }
    if (lengthA <= lengthB) {
      mergeLow(st, baseA, lengthA, baseB, lengthB);
    } else {
      mergeHigh(st, baseA, lengthA, baseB, lengthB);
    }
  }

  function runInvariantEstablished(st, n) {
    if (n < 2) {
      return true;
    }
    return st.runLength[n - 2] > st.runLength[n - 1] + st.runLength[n];
  }

  function mergeCollapse(st) {
    while (st.runs > 1) {
      var n = st.runs - 2;
      if (!runInvariantEstablished(st, n + 1) || !runInvariantEstablished(st, n)) {
        if (st.runLength[n - 1] < st.runLength[n + 1]) {
          --n;
        }
        mergeAt(st, n);
      } else if (st.runLength[n] <= st.runLength[n + 1]) {
        mergeAt(st, n);
      } else {
        break;
      }
    }
  }

  function mergeForceCollapse(st) {
    while (st.runs > 1) {
      var n = st.runs - 2;
      if (n > 0 && st.runLength[n - 1] < st.runLength[n + 1]) {
        --n;
      }
      mergeAt(st, n);
    }
  }

  function computeMinRunLength(nArg) {
    var n = nArg;
    var r = 0;
    while (n >= 64) {
      r = r | (n & 1);
      n = n >> 1;
    }
    return n + r;
  }

  // Sorts the dense internal array `a` in place with compare(x, y) -> number.
  function timSort(a, compare) {
    var length = a.length;
    if (length < 2) {
      return a;
    }
    var st = newSortState(a, compare);
    var remaining = length;
    var low = 0;
    var minRunLength = computeMinRunLength(remaining);
    while (remaining !== 0) {
      var currentRunLength = countAndMakeRun(st, low, low + remaining);
      if (currentRunLength < minRunLength) {
        var forced = mathMin(minRunLength, remaining);
        binaryInsertionSort(st, low, low + currentRunLength, low + forced);
        currentRunLength = forced;
      }
      st.runBase[st.runs] = low;
      st.runLength[st.runs] = currentRunLength;
      st.runs++;
      mergeCollapse(st);
      low += currentRunLength;
      remaining -= currentRunLength;
    }
    mergeForceCollapse(st);
    return a;
  }

  // The comparator as SortCompare calls it: ToNumber of the result, NaN counts as +0.
  function userComparator(comparefn) {
    return function (x, y) {
      var v = +comparefn.call(undefined, x, y);
      return v !== v ? 0 : v;
    };
  }

  // Sorts `values` (no undefined among them) per SortCompare, returns the sorted array.
  function sortValues(values, comparefn) {
    var n = values.length;
    if (comparefn === undefined) {
      // Default order: compare the String values (computed once per element; a consistent order,
      // so any stable sort gives the same result as V8's). No user code runs during the sort
      // itself, so the native sort may do it: each key is tagged with NUL and its index in a
      // fixed width, which keeps the order and makes equal keys sort by position (stable).
      // Keys containing NUL would break that, so they take the JS path.
      var keys = new ArrayCtor(n);
      var order = new ArrayCtor(n);
      var i;
      var hasNul = false;
      for (i = 0; i < n; i++) {
        keys[i] = toStr(values[i]);
        order[i] = i;
        if (!hasNul && stringIndexOf(keys[i], '\u0000') !== -1) {
          hasNul = true;
        }
      }
      if (!hasNul) {
        var width = StringCtor(n).length;
        var tagged = new ArrayCtor(n);
        for (i = 0; i < n; i++) {
          var index = StringCtor(i);
          tagged[i] = keys[i] + '\u0000' + stringRepeat('0', width - index.length) + index;
        }
        nativeArraySort(tagged);
        var result = new ArrayCtor(n);
        for (i = 0; i < n; i++) {
          var t = tagged[i];
          result[i] = values[+stringSlice(t, t.length - width)];
        }
        return result;
      }
      timSort(order, function (x, y) {
        var kx = keys[x];
        var ky = keys[y];
        return kx < ky ? -1 : (kx > ky ? 1 : 0);
      });
      var sorted = new ArrayCtor(n);
      for (i = 0; i < n; i++) {
        sorted[i] = values[order[i]];
      }
      return sorted;
    }
    return timSort(values, userComparator(comparefn));
  }

  function checkComparefn(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
      throw typeError('The comparison function must be either a function or undefined');
    }
  }

  function sort(comparefn) {
    checkComparefn(comparefn);
    var obj = toObject(this, 'Array.prototype.sort');
    var len = toLength(obj.length);
    var values = [];
    var count = 0;
    var undefinedCount = 0;
    var k;
    for (k = 0; k < len; k++) {
      if (k in obj) {
        var v = obj[k];
        if (v === undefined) {
          undefinedCount++;
        } else {
          values[count++] = v;
        }
      }
    }
    var sorted = sortValues(values, comparefn);
    var i = 0;
    for (; i < count; i++) {
      obj[i] = sorted[i];
    }
    for (k = 0; k < undefinedCount; k++, i++) {
      obj[i] = undefined;
    }
    for (; i < len; i++) {
      // DeletePropertyOrThrow: a strict-mode delete throws when the property is non-configurable.
      // (Reflect.deleteProperty is not used: Rhino's leaves dense array elements in place.)
      delete obj[i];
    }
    return obj;
  }

  function toSorted(comparefn) {
    checkComparefn(comparefn);
    var O = toObject(this, 'Array.prototype.toSorted');
    var len = toLength(O.length);
    var A = newArray(len);
    var values = [];
    var count = 0;
    var undefinedCount = 0;
    var k;
    for (k = 0; k < len; k++) {
      var v = O[k];
      if (v === undefined) {
        undefinedCount++;
      } else {
        values[count++] = v;
      }
    }
    var sorted = sortValues(values, comparefn);
    for (k = 0; k < count; k++) {
      A[k] = sorted[k];
    }
    for (; k < len; k++) {
      A[k] = undefined;
    }
    return A;
  }

  // ---- iteration helpers -----------------------------------------------------------------------
  // getIterator(obj, method) -> record; iteratorStep(record) -> true when a value is ready in
  // record.value. Arrays whose iteration is untouched are walked by index (same observable
  // behaviour, no native iterator object held across a snapshot).
  function getIteratorFromMethod(obj, method) {
    if (method === arrayValues && isArray(obj) && arrayIteratorProto.next === arrayIteratorNext) {
      return iteratorRecord(obj, undefined, undefined);
    }
    var iterator = method.call(obj);
    if (!isObject(iterator)) {
      throw typeError('Result of the Symbol.iterator method is not an object');
    }
    return iteratorRecord(undefined, iterator, iterator.next);
  }

  // Records are filled by assignment: Rhino names an anonymous function after the property of an
  // object literal it is placed in (even at run time), which would rename user functions.
  function iteratorRecord(array, iterator, next) {
    var record = {};
    record.array = array;
    record.index = 0;
    record.iterator = iterator;
    record.next = next;
    record.done = false;
    record.value = undefined;
    return record;
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
    var next = record.next;
    if (typeof next !== 'function') {
      record.done = true;
      throw notAFunction(next);
    }
    var result;
    try {
      result = next.call(record.iterator);
    } catch (e) {
      record.done = true;
      throw e;
    }
    if (!isObject(result)) {
      record.done = true;
      throw typeError('Iterator result ' + describe(result) + ' is not an object');
    }
    if (result.done) {
      record.done = true;
      return false;
    }
    record.value = result.value;
    return true;
  }

  // IteratorClose for an abrupt completion: the original error wins.
  function iteratorCloseQuietly(record) {
    if (record.array !== undefined || record.done) {
      return;
    }
    record.done = true;
    try {
      var ret = record.iterator['return'];
      if (ret !== undefined && ret !== null) {
        ret.call(record.iterator);
      }
    } catch (ignored) {
      // the completion being propagated is the original throw
    }
  }

  // ---- Array.from ------------------------------------------------------------------------------
  function from(items) {
    var C = this;
    var mapfn = arguments.length > 1 ? arguments[1] : undefined;
    var thisArg = arguments.length > 2 ? arguments[2] : undefined;
    var mapping = mapfn !== undefined;
    if (mapping && typeof mapfn !== 'function') {
      throw notAFunction(mapfn);
    }
    var useConstructor = C !== ArrayCtor && isConstructor(C);
    var A;
    var k = 0;
    if (items === null || items === undefined) {
      throw typeError((items === null ? 'object null' : 'undefined') +
          ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var usingIterator = items[SymbolCtor.iterator];
    if (usingIterator !== undefined && usingIterator !== null) {
      if (typeof usingIterator !== 'function') {
        throw typeError(describe(usingIterator) + ' is not a function');
      }
      A = useConstructor ? new C() : [];
      var record = getIteratorFromMethod(items, usingIterator);
      while (true) {
        if (k >= MAX_SAFE_INTEGER) {
          var tooLong = typeError('Array too long');
          iteratorCloseQuietly(record);
          throw tooLong;
        }
        if (!iteratorStep(record)) {
          A.length = k;
          return A;
        }
        var nextValue = record.value;
        try {
          var mappedValue = mapping ? mapfn.call(thisArg, nextValue, k) : nextValue;
          if (useConstructor) {
            createDataPropertyOrThrow(A, StringCtor(k), mappedValue);
          } else {
            A[k] = mappedValue;
          }
        } catch (e) {
          iteratorCloseQuietly(record);
          throw e;
        }
        k++;
      }
    }
    var arrayLike = ObjectCtor(items);
    var len = toLength(arrayLike.length);
    A = useConstructor ? new C(len) : newArray(len);
    for (; k < len; k++) {
      var kValue = arrayLike[k];
      var mapped = mapping ? mapfn.call(thisArg, kValue, k) : kValue;
      if (useConstructor) {
        createDataPropertyOrThrow(A, StringCtor(k), mapped);
      } else {
        A[k] = mapped;
      }
    }
    A.length = len;
    return A;
  }

  // ---- Object.groupBy / Map.groupBy ------------------------------------------------------------
  function groupByInto(items, callbackfn, addToGroup) {
    requireObjectCoercible(items, 'groupBy');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var method = items[SymbolCtor.iterator];
    if (typeof method !== 'function') {
      throw typeError(describe(items) + ' is not iterable');
    }
    var record = getIteratorFromMethod(items, method);
    var k = 0;
    while (iteratorStep(record)) {
      var value = record.value;
      var key;
      try {
        key = callbackfn.call(undefined, value, k);
        addToGroup(key, value);
      } catch (e) {
        iteratorCloseQuietly(record);
        throw e;
      }
      k++;
    }
  }

  function objectGroupBy(items, callbackfn) {
    var groups = objectCreate(null);
    groupByInto(items, callbackfn, function (key, value) {
      var propertyKey = typeof key === 'symbol' ? key : toStr(key);
      var list = hasOwn(groups, propertyKey) ? groups[propertyKey] : undefined;
      if (list === undefined) {
        list = [];
        groups[propertyKey] = list;
      }
      list[list.length] = value;
    });
    return groups;
  }

  function mapGroupBy(items, callbackfn) {
    var groups = new MapCtor();
    groupByInto(items, callbackfn, function (key, value) {
      var normalized = key === 0 ? 0 : key;
      var list = mapGet(groups, normalized);
      if (list === undefined) {
        list = [];
        mapSet(groups, normalized, list);
      }
      list[list.length] = value;
    });
    return groups;
  }

  // ---- Function.prototype.bind -----------------------------------------------------------------
  // Bound functions are ordinary interpreted functions, so calls through them stay capturable.
  // Calling one with `new` is detected by the fresh receiver Rhino creates from bound.prototype,
  // which is the target's prototype (so `instanceof` against the bound function also matches the
  // target, as the spec's OrdinaryHasInstance does).
  function slice(args, start) {
    var n = args.length - start;
    var out = new ArrayCtor(n > 0 ? n : 0);
    for (var i = 0; i < n; i++) {
      out[i] = args[start + i];
    }
    return out;
  }

  function concatArgs(boundArgs, args) {
    var nb = boundArgs.length;
    var na = args.length;
    var out = new ArrayCtor(nb + na);
    var i;
    for (i = 0; i < nb; i++) {
      out[i] = boundArgs[i];
    }
    for (i = 0; i < na; i++) {
      out[nb + i] = args[i];
    }
    return out;
  }

  function isFreshObject(o) {
    // An object just created by `new` has no own properties yet.
    return getOwnPropertyNames(o).length === 0;
  }

  function constructTarget(target, args, receiver) {
    if (!isConstructor(target)) {
      throw typeError(describe(target) + ' is not a constructor');
    }
    if (isNativeFunction(target)) {
      return reflectConstruct(target, args);
    }
    var result = target.apply(receiver, args);
    return isObject(result) ? result : receiver;
  }

  // Rhino ignores a redefined 'length' on functions (it always reports the number of declared
  // parameters), so a bound function of length n is made by a wrapper with n parameters, compiled
  // once per length with the Function constructor. The wrapper forwards to `impl`, a closure;
  // both are interpreted, so calls through them stay capturable.
  var MAX_BOUND_LENGTH = 255;
  var boundFactories = [];

  function boundFactory(length) {
    var factory = boundFactories[length];
    if (factory === undefined) {
      var params = [];
      for (var i = 0; i < length; i++) {
        params[i] = 'a' + i;
      }
      factory = FunctionCtor('impl',
          'return function (' + arrayJoin(params, ', ') + ') { return impl(this, arguments); };');
      boundFactories[length] = factory;
    }
    return factory;
  }

  function makeBoundImpl(target, boundThis, boundArgs, self) {
    return function (receiver, args) {
      var allArgs = boundArgs.length === 0 ? args : concatArgs(boundArgs, args);
      if (isObject(receiver) && getPrototypeOf(receiver) === self.bound.prototype &&
          receiver !== boundThis && isFreshObject(receiver)) {
        return constructTarget(target, allArgs, receiver);
      }
      return target.apply(boundThis, allArgs);
    };
  }

  function makeBound(target, boundThis, boundArgs, length) {
    var self = {};
    var impl = makeBoundImpl(target, boundThis, boundArgs, self);
    self.bound = boundFactory(length > MAX_BOUND_LENGTH ? MAX_BOUND_LENGTH : length)(impl);
    return self.bound;
  }

  function bind(thisArg) {
    var target = this;
    if (typeof target !== 'function') {
      throw typeError('Bind must be called on a function');
    }
    var boundArgs = slice(arguments, 1);
    var L = 0;
    if (hasOwn(target, 'length')) {
      var targetLen = target.length;
      if (typeof targetLen === 'number') {
        if (targetLen === Infinity) {
          L = Infinity;
        } else if (targetLen !== -Infinity) {
          L = mathMax(0, toIntegerOrInfinity(targetLen) - boundArgs.length);
        }
      }
    }
    var targetName = target.name;
    if (typeof targetName !== 'string') {
      targetName = '';
    }
    var bound = makeBound(target, thisArg, boundArgs, L);
    defineProperty(bound, 'name', { value: 'bound ' + targetName, configurable: true });
    var targetDesc = {};
    targetDesc.value = target;
    defineProperty(bound, '__colonyBoundTarget', targetDesc);
    var targetProto = target.prototype;
    bound.prototype = isObject(targetProto) ? targetProto : objectCreate(ObjectProto);
    return bound;
  }

  // ---- String.prototype.replace / replaceAll, RegExp.prototype[Symbol.replace] -----------------
  function advanceStringIndex(S, index, unicode) {
    if (!unicode || index + 1 >= S.length) {
      return index + 1;
    }
    var first = stringCharCodeAt(S, index);
    if (first < 0xD800 || first > 0xDBFF) {
      return index + 1;
    }
    var second = stringCharCodeAt(S, index + 1);
    if (second < 0xDC00 || second > 0xDFFF) {
      return index + 1;
    }
    return index + 2;
  }

  function regExpExec(R, S) {
    var exec = R.exec;
    if (typeof exec === 'function' && exec !== nativeRegExpExec) {
      var result = exec.call(R, S);
      if (result !== null && !isObject(result)) {
        throw typeError('RegExp exec method returned something other than an Object or null');
      }
      return result;
    }
    return regExpExecCall(R, S);
  }

  // RegExp.prototype[Symbol.replace] with a function as replacement (ES2022 22.2.5.11).
  function regExpReplaceWithFunction(rx, S, replaceValue) {
    var lengthS = S.length;
    var flags = toStr(rx.flags);
    var isGlobal = stringIndexOf(flags, 'g') !== -1;
    var fullUnicode = false;
    if (isGlobal) {
      fullUnicode = stringIndexOf(flags, 'u') !== -1 || stringIndexOf(flags, 'v') !== -1;
      rx.lastIndex = 0;
    }
    var results = [];
    var nResults = 0;
    while (true) {
      var result = regExpExec(rx, S);
      if (result === null) {
        break;
      }
      results[nResults++] = result;
      if (!isGlobal) {
        break;
      }
      var matchStr = toStr(result[0]);
      if (matchStr === '') {
        var thisIndex = toLength(rx.lastIndex);
        rx.lastIndex = advanceStringIndex(S, thisIndex, fullUnicode);
      }
    }
    var accumulated = '';
    var nextSourcePosition = 0;
    for (var r = 0; r < nResults; r++) {
      var res = results[r];
      var resultLength = toLength(res.length);
      var nCaptures = mathMax(resultLength - 1, 0);
      var matched = toStr(res[0]);
      var matchLength = matched.length;
      var position = mathMax(mathMin(toIntegerOrInfinity(res.index), lengthS), 0);
      var replacerArgs = [matched];
      var n;
      for (n = 1; n <= nCaptures; n++) {
        var capN = res[n];
        if (capN !== undefined) {
          capN = toStr(capN);
        }
        replacerArgs[n] = capN;
      }
      replacerArgs[n++] = position;
      replacerArgs[n++] = S;
      var namedCaptures = res.groups;
      if (namedCaptures !== undefined) {
        replacerArgs[n++] = namedCaptures;
      }
      var replacement = toStr(replaceValue.apply(undefined, replacerArgs));
      if (position >= nextSourcePosition) {
        accumulated = accumulated + stringSlice(S, nextSourcePosition, position) + replacement;
        nextSourcePosition = position + matchLength;
      }
    }
    if (nextSourcePosition >= lengthS) {
      return accumulated;
    }
    return accumulated + stringSlice(S, nextSourcePosition);
  }

  function regExpSymbolReplace(string, replaceValue) {
    var rx = this;
    if (!isObject(rx)) {
      throw typeError('Method RegExp.prototype.@@replace called on incompatible receiver ' + describe(rx));
    }
    if (typeof replaceValue !== 'function') {
      return nativeRegExpReplaceCall(rx, string, replaceValue);
    }
    return regExpReplaceWithFunction(rx, toStr(string), replaceValue);
  }

  function replace(searchValue, replaceValue) {
    var O = requireObjectCoercible(this, 'String.prototype.replace');
    if (typeof replaceValue !== 'function') {
      return nativeReplace(O, searchValue, replaceValue);
    }
    if (searchValue !== undefined && searchValue !== null) {
      var replacer = searchValue[SymbolCtor.replace];
      if (replacer !== undefined && replacer !== null) {
        if (replacer === regExpSymbolReplace || replacer === nativeRegExpReplace) {
          return regExpReplaceWithFunction(searchValue, toStr(O), replaceValue);
        }
        return replacer.call(searchValue, O, replaceValue);
      }
    }
    var string = toStr(O);
    var searchString = toStr(searchValue);
    var position = stringIndexOf(string, searchString, 0);
    if (position === -1) {
      return string;
    }
    var replacement = toStr(replaceValue.call(undefined, searchString, position, string));
    return stringSlice(string, 0, position) + replacement +
        stringSlice(string, position + searchString.length);
  }

  function isRegExp(v) {
    if (!isObject(v)) {
      return false;
    }
    var matcher = v[SymbolCtor.match];
    if (matcher !== undefined) {
      return !!matcher;
    }
    return objectToString(v) === '[object RegExp]';
  }

  function replaceAll(searchValue, replaceValue) {
    var O = requireObjectCoercible(this, 'String.prototype.replaceAll');
    if (typeof replaceValue !== 'function') {
      return nativeReplaceAll(O, searchValue, replaceValue);
    }
    if (searchValue !== undefined && searchValue !== null) {
      if (isRegExp(searchValue)) {
        var flags = searchValue.flags;
        requireObjectCoercible(flags, 'String.prototype.replaceAll');
        if (stringIndexOf(toStr(flags), 'g') === -1) {
          throw typeError('String.prototype.replaceAll called with a non-global RegExp argument');
        }
      }
      var replacer = searchValue[SymbolCtor.replace];
      if (replacer !== undefined && replacer !== null) {
        if (replacer === regExpSymbolReplace || replacer === nativeRegExpReplace) {
          return regExpReplaceWithFunction(searchValue, toStr(O), replaceValue);
        }
        return replacer.call(searchValue, O, replaceValue);
      }
    }
    var string = toStr(O);
    var searchString = toStr(searchValue);
    var searchLength = searchString.length;
    var advanceBy = mathMax(1, searchLength);
    var positions = [];
    var count = 0;
    var position = stringIndexOf(string, searchString, 0);
    while (position !== -1) {
      positions[count++] = position;
      position = position + advanceBy > string.length ? -1 :
          stringIndexOf(string, searchString, position + advanceBy);
    }
    var endOfLastMatch = 0;
    var result = '';
    for (var i = 0; i < count; i++) {
      var p = positions[i];
      var preserved = stringSlice(string, endOfLastMatch, p);
      var replacement = toStr(replaceValue.call(undefined, searchString, p, string));
      result = result + preserved + replacement;
      endOfLastMatch = p + searchLength;
    }
    if (endOfLastMatch < string.length) {
      result = result + stringSlice(string, endOfLastMatch);
    }
    return result;
  }

  // ---- Map / Set iteration that survives a restore ---------------------------------------------
  // A cursor walks a Map (entries) or Set (values) through a native iterator, remembering how many
  // entries it returned, the last few keys, and the restore epoch. When the epoch changed (the
  // program was restored from a snapshot, and the native iterator lost its position) it rebuilds
  // a native iterator and resumes right after the most recently returned key that is still in the
  // collection. Entries before that key were all returned already (insertion order), and every
  // key returned after it has been deleted since; if no returned key is left, nothing remaining
  // was returned yet.
  var RECENT_KEYS = 32;

  function currentEpoch() {
    return colony.restoreEpoch();
  }

  // Every prelude function and loop has a safepoint, so a capture may happen in any call. The epoch
  // is therefore read before the native iterator exists: an iterator made after the read and
  // restored from a snapshot (dead) then always sits beside an outdated epoch, and gets rebuilt.
  function newCursor(collection, isMap) {
    var epoch = currentEpoch();
    return {
      collection: collection,
      isMap: isMap,
      iterator: isMap ? mapEntriesCall(collection) : setValuesCall(collection),
      epoch: epoch,
      count: 0,
      recent: [],
      recentPos: 0,
      done: false
    };
  }

  function cursorKey(cursor, raw) {
    return cursor.isMap ? raw[0] : raw;
  }

  function cursorRebuild(cursor) {
    var c = cursor.collection;
    var isMap = cursor.isMap;
    var epoch = currentEpoch();
    var it = isMap ? mapEntriesCall(c) : setValuesCall(c);
    cursor.iterator = it;
    cursor.epoch = epoch;
    var recent = cursor.recent;
    var n = recent.length;
    var anchorFound = false;
    var anchor;
    for (var back = 1; back <= n; back++) {
      var key = recent[(cursor.recentPos - back + RECENT_KEYS * 2) % RECENT_KEYS];
      if (isMap ? mapHas(c, key) : setHas(c, key)) {
        anchor = key;
        anchorFound = true;
        break;
      }
    }
    if (!anchorFound) {
      return;
    }
    while (true) {
      var r = isMap ? mapIteratorNext(it) : setIteratorNext(it);
      if (epoch !== currentEpoch()) {
        return; // restored while seeking: this iterator is dead, and the outdated epoch makes cursorStep rebuild again
      }
      if (r.done) {
        cursor.done = true;
        cursor.iterator = undefined;
        return;
      }
      if (sameValueZero(cursorKey(cursor, r.value), anchor)) {
        return;
      }
    }
  }

  // Advances the cursor; returns true and sets cursor.value (the raw native value: [k, v] for a
  // Map, the value for a Set) or returns false when exhausted.
  function cursorStep(cursor) {
    if (cursor.done) {
      return false;
    }
    // A rebuild has safepoints (its loops, its calls): when restored during one, it rebuilds again.
    while (cursor.epoch !== currentEpoch()) {
      cursorRebuild(cursor);
      if (cursor.done) {
        return false;
      }
    }
    var r = cursor.isMap ? mapIteratorNext(cursor.iterator) : setIteratorNext(cursor.iterator);
    if (r.done) {
      cursor.done = true;
      cursor.iterator = undefined;
      cursor.value = undefined;
      return false;
    }
    var raw = r.value;
    cursor.count++;
    cursor.recent[cursor.recentPos] = cursorKey(cursor, raw);
    cursor.recentPos = (cursor.recentPos + 1) % RECENT_KEYS;
    cursor.value = raw;
    return true;
  }

  function checkMap(m, method) {
    try {
      mapSize(m);
    } catch (e) {
      throw typeError('Method Map.prototype.' + method + ' called on incompatible receiver ' + describe(m));
    }
  }

  function checkSet(s, method) {
    try {
      setSize(s);
    } catch (e) {
      throw typeError('Method Set.prototype.' + method + ' called on incompatible receiver ' + describe(s));
    }
  }

  // Iterator objects. The state lives in one non-enumerable string-keyed property.
  var KIND_ENTRIES = 0;
  var KIND_KEYS = 1;
  var KIND_VALUES = 2;
  var ITER_STATE = '__colonyIterator';

  var mapIteratorProto = objectCreate(nativeMapIteratorProto);
  var setIteratorProto = objectCreate(nativeSetIteratorProto);

  function makeIterator(proto, collection, isMap, kind) {
    var it = objectCreate(proto);
    defineProperty(it, ITER_STATE, {
      value: { cursor: newCursor(collection, isMap), kind: kind }
    });
    return it;
  }

  function iteratorNext(self, isMap) {
    var state = isObject(self) && hasOwn(self, ITER_STATE) ? self[ITER_STATE] : undefined;
    if (state === undefined || state.cursor.isMap !== isMap) {
      throw typeError('Method ' + (isMap ? 'Map' : 'Set') +
          ' Iterator.prototype.next called on incompatible receiver ' + describe(self));
    }
    var cursor = state.cursor;
    if (!cursorStep(cursor)) {
      return iterResult(undefined, true);
    }
    var raw = cursor.value;
    cursor.value = undefined;
    var value;
    if (isMap) {
      // the native iterator makes a fresh [key, value] array per entry
      value = state.kind === KIND_ENTRIES ? raw : (state.kind === KIND_KEYS ? raw[0] : raw[1]);
    } else {
      value = state.kind === KIND_ENTRIES ? [raw, raw] : raw;
    }
    return iterResult(value, false);
  }

  // For the console ($colony.previewIterator, see inspect.js): what an iterator would still
  // return, without advancing it. A copy of its cursor is positioned as after a restore.
  function previewIterator(it) {
    var state = isObject(it) && hasOwn(it, ITER_STATE) ? it[ITER_STATE] : undefined;
    if (state === undefined) {
      return null;
    }
    var cursor = state.cursor;
    var copy = { collection: cursor.collection, isMap: cursor.isMap, recent: cursor.recent,
      recentPos: cursor.recentPos, done: cursor.done };
    var entries = [];
    if (!copy.done) {
      cursorRebuild(copy);
    }
    while (!copy.done) {
      var r = copy.isMap ? mapIteratorNext(copy.iterator) : setIteratorNext(copy.iterator);
      if (r.done) {
        break;
      }
      var key = copy.isMap ? r.value[0] : r.value;
      var value = copy.isMap ? r.value[1] : r.value;
      if (state.kind !== KIND_VALUES) {
        entries[entries.length] = key;
      }
      if (state.kind !== KIND_KEYS) {
        entries[entries.length] = value;
      }
    }
    return { entries: entries, isKeyValue: state.kind === KIND_ENTRIES };
  }
  defineProperty(colony, 'previewIterator', { value: previewIterator });

  function mapIteratorNextMethod() {
    return iteratorNext(this, true);
  }

  function setIteratorNextMethod() {
    return iteratorNext(this, false);
  }

  function iteratorSelf() {
    return this;
  }

  setNameAndLength(mapIteratorNextMethod, 'next', 0);
  setNameAndLength(setIteratorNextMethod, 'next', 0);
  setNameAndLength(iteratorSelf, '[Symbol.iterator]', 0);
  defineProperty(mapIteratorProto, 'next', { value: mapIteratorNextMethod, writable: true, configurable: true });
  defineProperty(setIteratorProto, 'next', { value: setIteratorNextMethod, writable: true, configurable: true });
  defineProperty(mapIteratorProto, SymbolCtor.iterator, { value: iteratorSelf, writable: true, configurable: true });
  defineProperty(setIteratorProto, SymbolCtor.iterator, { value: iteratorSelf, writable: true, configurable: true });
  defineProperty(mapIteratorProto, SymbolCtor.toStringTag, { value: 'Map Iterator', configurable: true });
  defineProperty(setIteratorProto, SymbolCtor.toStringTag, { value: 'Set Iterator', configurable: true });

  function mapEntries() {
    checkMap(this, 'entries');
    return makeIterator(mapIteratorProto, this, true, KIND_ENTRIES);
  }

  function mapKeys() {
    checkMap(this, 'keys');
    return makeIterator(mapIteratorProto, this, true, KIND_KEYS);
  }

  function mapValues() {
    checkMap(this, 'values');
    return makeIterator(mapIteratorProto, this, true, KIND_VALUES);
  }

  function setValues() {
    checkSet(this, 'values');
    return makeIterator(setIteratorProto, this, false, KIND_VALUES);
  }

  function setEntries() {
    checkSet(this, 'entries');
    return makeIterator(setIteratorProto, this, false, KIND_ENTRIES);
  }

  function mapForEach(callbackfn) {
    checkMap(this, 'forEach');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var M = this;
    var cursor = newCursor(M, true);
    while (cursorStep(cursor)) {
      var e = cursor.value;
      cursor.value = undefined;
      callbackfn.call(T, e[1], e[0], M);
    }
    return undefined;
  }

  function setForEach(callbackfn) {
    checkSet(this, 'forEach');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var S = this;
    var cursor = newCursor(S, false);
    while (cursorStep(cursor)) {
      var v = cursor.value;
      cursor.value = undefined;
      callbackfn.call(T, v, v, S);
    }
    return undefined;
  }

  // ---- JSON ------------------------------------------------------------------------------------
  function quoteJSONString(s) {
    return nativeStringify(s);
  }

  function serializeJSONProperty(state, key, holder) {
    var value = holder[key];
    if (isObject(value) || typeof value === 'bigint') {
      var toJSON = value.toJSON;
      if (typeof toJSON === 'function') {
        value = toJSON.call(value, key);
      }
    }
    value = state.replacer.call(holder, key, value);
    // A boxed primitive is recognised by its tag; a proxy never is one (reading its
    // Symbol.toStringTag would call its get trap, which Node's stringify does not).
    if (typeof value === 'object' && value !== null && !colony.isProxy(value)) {
      var tag = objectToString(value);
      if (tag === '[object Number]') {
        value = toNumber(value);
      } else if (tag === '[object String]') {
        value = toStr(value);
      } else if (tag === '[object Boolean]') {
        try {
          value = booleanValueOf(value);
        } catch (ignored) {
          // not a real Boolean wrapper: serialise as an object
        }
      } else if (tag === '[object BigInt]') {
        value = value.valueOf();
      }
    }
    if (value === null) {
      return 'null';
    }
    if (value === true) {
      return 'true';
    }
    if (value === false) {
      return 'false';
    }
    var t = typeof value;
    if (t === 'string') {
      return quoteJSONString(value);
    }
    if (t === 'number') {
      return (value === value && value !== Infinity && value !== -Infinity) ? StringCtor(value) : 'null';
    }
    if (t === 'bigint') {
      throw typeError('Do not know how to serialize a BigInt');
    }
    if (t === 'object') {
      return isArray(value) ? serializeJSONArray(state, value) : serializeJSONObject(state, value);
    }
    return undefined;
  }

  function checkCycle(state, value) {
    var stack = state.stack;
    for (var i = 0; i < stack.length; i++) {
      if (stack[i] === value) {
        throw typeError('Converting circular structure to JSON');
      }
    }
    stack[stack.length] = value;
  }

  function joinJSON(state, partial, open, close, stepback) {
    if (partial.length === 0) {
      return open + close;
    }
    if (state.gap === '') {
      return open + arrayJoin(partial, ',') + close;
    }
    var separator = ',\n' + state.indent;
    return open + '\n' + state.indent + arrayJoin(partial, separator) + '\n' + stepback + close;
  }

  function serializeJSONObject(state, value) {
    checkCycle(state, value);
    var stepback = state.indent;
    state.indent = state.indent + state.gap;
    var K = objectKeys(value);
    var partial = [];
    var n = 0;
    for (var i = 0; i < K.length; i++) {
      var P = K[i];
      var strP = serializeJSONProperty(state, P, value);
      if (strP !== undefined) {
        var member = quoteJSONString(P) + ':';
        if (state.gap !== '') {
          member = member + ' ';
        }
        partial[n++] = member + strP;
      }
    }
    var result = joinJSON(state, partial, '{', '}', stepback);
    state.stack.length = state.stack.length - 1;
    state.indent = stepback;
    return result;
  }

  function serializeJSONArray(state, value) {
    checkCycle(state, value);
    var stepback = state.indent;
    state.indent = state.indent + state.gap;
    var partial = [];
    var len = toLength(value.length);
    for (var index = 0; index < len; index++) {
      var strP = serializeJSONProperty(state, StringCtor(index), value);
      partial[index] = strP === undefined ? 'null' : strP;
    }
    var result = joinJSON(state, partial, '[', ']', stepback);
    state.stack.length = state.stack.length - 1;
    state.indent = stepback;
    return result;
  }

  // Rhino's native stringify asks a proxy [[HasProperty]] for toJSON where Node does [[Get]] (a
  // proxy's traps see the difference): a proxy takes this path, with a replacer that changes nothing.
  function keepValue(key, value) {
    return value;
  }

  function stringify(value, replacer, space) {
    if (typeof replacer !== 'function') {
      if (replacer != null || !colony.isProxy(value)) {
        return nativeStringify(value, replacer, space);
      }
      replacer = keepValue;
    }
    if (typeof space === 'object' && space !== null) {
      var tag = objectToString(space);
      if (tag === '[object Number]') {
        space = toNumber(space);
      } else if (tag === '[object String]') {
        space = toStr(space);
      }
    }
    var gap = '';
    if (typeof space === 'number') {
      var n = mathMin(10, toIntegerOrInfinity(space));
      gap = n >= 1 ? stringRepeat(' ', n) : '';
    } else if (typeof space === 'string') {
      gap = space.length <= 10 ? space : stringSlice(space, 0, 10);
    }
    var wrapper = {};
    wrapper[''] = value;
    var state = {};
    state.replacer = replacer;
    state.stack = [];
    state.indent = '';
    state.gap = gap;
    return serializeJSONProperty(state, '', wrapper);
  }

  function deleteQuietly(obj, key) {
    try {
      return delete obj[key];
    } catch (e) {
      return false;
    }
  }

  function internalizeJSONProperty(holder, name, reviver) {
    var val = holder[name];
    if (isObject(val)) {
      var i;
      var prop;
      var newElement;
      if (isArray(val)) {
        var len = toLength(val.length);
        for (i = 0; i < len; i++) {
          prop = StringCtor(i);
          newElement = internalizeJSONProperty(val, prop, reviver);
          if (newElement === undefined) {
            deleteQuietly(val, prop);
          } else {
            createDataProperty(val, prop, newElement);
          }
        }
      } else {
        var keys = objectKeys(val);
        for (i = 0; i < keys.length; i++) {
          prop = keys[i];
          newElement = internalizeJSONProperty(val, prop, reviver);
          if (newElement === undefined) {
            deleteQuietly(val, prop);
          } else {
            createDataProperty(val, prop, newElement);
          }
        }
      }
    }
    return reviver.call(holder, name, val);
  }

  // Rhino's parser reads every negative zero (-0, -0.0, -1e-400) as 0. Where the text may hold one,
  // it is parsed a second time with those numbers written as a marker string (the host finds
  // them); the two results have the same shape, and a marker where the first has 0 was a -0.
  var NEGATIVE_ZERO_MARKER = '\u0000colony:-0';

  function mayHoldNegativeZero(source) {
    return stringIndexOf(source, '-0') >= 0 || stringIndexOf(source, 'e-') >= 0 || stringIndexOf(source, 'E-') >= 0;
  }

  function restoreNegativeZeros(value, marked) {
    var keys = objectKeys(marked);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var markedValue = marked[key];
      if (markedValue === NEGATIVE_ZERO_MARKER && value[key] === 0) {
        defineProperty(value, key, { value: -0 });
      } else if (isObject(markedValue)) {
        restoreNegativeZeros(value[key], markedValue);
      }
    }
  }

  function parseJSON(text) {
    var source = toStr(text);
    var value = nativeParse(source);
    if (mayHoldNegativeZero(source)) {
      var marked = colony.markNegativeZeros(source, quoteJSONString(NEGATIVE_ZERO_MARKER));
      if (marked !== null) {
        var wrapper = { value: value };
        restoreNegativeZeros(wrapper, { value: nativeParse(marked) });
        value = wrapper.value;
      }
    }
    return value;
  }

  function parse(text, reviver) {
    var unfiltered = parseJSON(text);
    if (typeof reviver !== 'function') {
      return unfiltered;
    }
    var root = {};
    root[''] = unfiltered;
    return internalizeJSONProperty(root, '', reviver);
  }

  // ---- TypedArray.prototype --------------------------------------------------------------------
  var TypedArrayProto = getPrototypeOf(Int8Array.prototype);
  var typedArrayLength = uncurryThis(getOwnPropertyDescriptor(TypedArrayProto, 'length').get);

  function validateTypedArray(O, method) {
    try {
      return typedArrayLength(O);
    } catch (e) {
      throw typeError('this is not a typed array.');
    }
  }

  function typedArraySpeciesCreate(O, len) {
    var C = O.constructor;
    if (isObject(C)) {
      var S = C[SymbolCtor.species];
      if (S !== undefined && S !== null) {
        C = S;
      }
    }
    return new C(len);
  }

  function taForEach(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'forEach');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      callbackfn.call(T, O[k], k, O);
    }
    return undefined;
  }

  function taMap(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'map');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var A = typedArraySpeciesCreate(O, len);
    for (var k = 0; k < len; k++) {
      A[k] = callbackfn.call(T, O[k], k, O);
    }
    return A;
  }

  function taFilter(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'filter');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    var kept = [];
    var captured = 0;
    for (var k = 0; k < len; k++) {
      var kValue = O[k];
      if (callbackfn.call(T, kValue, k, O)) {
        kept[captured++] = kValue;
      }
    }
    var A = typedArraySpeciesCreate(O, captured);
    for (var n = 0; n < captured; n++) {
      A[n] = kept[n];
    }
    return A;
  }

  function taReduce(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'reduce');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var k = 0;
    var accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      if (len === 0) {
        throw typeError('Reduce of empty array with no initial value');
      }
      accumulator = O[k++];
    }
    for (; k < len; k++) {
      accumulator = callbackfn.call(undefined, accumulator, O[k], k, O);
    }
    return accumulator;
  }

  function taReduceRight(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'reduceRight');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var k = len - 1;
    var accumulator;
    if (arguments.length > 1) {
      accumulator = arguments[1];
    } else {
      if (len === 0) {
        throw typeError('Reduce of empty array with no initial value');
      }
      accumulator = O[k--];
    }
    for (; k >= 0; k--) {
      accumulator = callbackfn.call(undefined, accumulator, O[k], k, O);
    }
    return accumulator;
  }

  function taSome(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'some');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (callbackfn.call(T, O[k], k, O)) {
        return true;
      }
    }
    return false;
  }

  function taEvery(callbackfn) {
    var O = this;
    var len = validateTypedArray(O, 'every');
    if (typeof callbackfn !== 'function') {
      throw notAFunction(callbackfn);
    }
    var T = arguments.length > 1 ? arguments[1] : undefined;
    for (var k = 0; k < len; k++) {
      if (!callbackfn.call(T, O[k], k, O)) {
        return false;
      }
    }
    return true;
  }

  function taFindGeneric(O, len, predicate, T, fromEnd, wantIndex) {
    if (typeof predicate !== 'function') {
      throw notAFunction(predicate);
    }
    for (var i = 0; i < len; i++) {
      var k = fromEnd ? len - 1 - i : i;
      var kValue = O[k];
      if (predicate.call(T, kValue, k, O)) {
        return wantIndex ? k : kValue;
      }
    }
    return wantIndex ? -1 : undefined;
  }

  function taFind(predicate) {
    return taFindGeneric(this, validateTypedArray(this, 'find'), predicate,
        arguments.length > 1 ? arguments[1] : undefined, false, false);
  }

  function taFindIndex(predicate) {
    return taFindGeneric(this, validateTypedArray(this, 'findIndex'), predicate,
        arguments.length > 1 ? arguments[1] : undefined, false, true);
  }

  function taFindLast(predicate) {
    return taFindGeneric(this, validateTypedArray(this, 'findLast'), predicate,
        arguments.length > 1 ? arguments[1] : undefined, true, false);
  }

  function taFindLastIndex(predicate) {
    return taFindGeneric(this, validateTypedArray(this, 'findLastIndex'), predicate,
        arguments.length > 1 ? arguments[1] : undefined, true, true);
  }

  var nativeTypedArraySort = TypedArrayProto.sort;
  var nativeTypedArrayToSorted = TypedArrayProto.toSorted;
  var typedArraySortCall = uncurryThis(nativeTypedArraySort);
  var typedArrayToSortedCall = uncurryThis(nativeTypedArrayToSorted);

  // V8 sorts typed arrays with a comparator by a top-down merge sort between two work arrays
  // (src/builtins/typed-array-sort.tq); the same merges give the same comparator calls.
  function taMerge(compare, source, from, middle, to, target) {
    var left = from;
    var right = middle;
    for (var targetIndex = from; targetIndex < to; ++targetIndex) {
      if (left < middle && right >= to) {
        target[targetIndex] = source[left++];
      } else if (left < middle) {
        var leftElement = source[left];
        var rightElement = source[right];
        if (compare(leftElement, rightElement) <= 0) {
          target[targetIndex] = leftElement;
          left++;
        } else {
          target[targetIndex] = rightElement;
          right++;
        }
      } else {
        target[targetIndex] = source[right++];
      }
    }
  }

  function taMergeSort(compare, source, from, to, target) {
    var middle = from + ((to - from) >>> 1);
    if (middle - from > 1) {
      taMergeSort(compare, target, from, middle, source);
    }
    if (to - middle > 1) {
      taMergeSort(compare, target, middle, to, source);
    }
    taMerge(compare, source, from, middle, to, target);
  }

  function taSortedValues(O, len, comparefn) {
    var work1 = new ArrayCtor(len);
    var work2 = new ArrayCtor(len);
    for (var k = 0; k < len; k++) {
      work1[k] = O[k];
      work2[k] = work1[k];
    }
    if (len > 1) {
      taMergeSort(userComparator(comparefn), work2, 0, len, work1);
    }
    return work1;
  }

  function taSort(comparefn) {
    checkComparefn(comparefn);
    var O = this;
    var len = validateTypedArray(O, 'sort');
    if (comparefn === undefined) {
      return typedArraySortCall(O);
    }
    var sorted = taSortedValues(O, len, comparefn);
    for (var k = 0; k < len; k++) {
      O[k] = sorted[k];
    }
    return O;
  }

  function taToSorted(comparefn) {
    checkComparefn(comparefn);
    var O = this;
    var len = validateTypedArray(O, 'toSorted');
    if (comparefn === undefined) {
      return typedArrayToSortedCall(O);
    }
    var sorted = taSortedValues(O, len, comparefn);
    var A = new O.constructor(len);
    for (var k = 0; k < len; k++) {
      A[k] = sorted[k];
    }
    return A;
  }

  // ---- Reflect ---------------------------------------------------------------------------------
  // Rhino's Reflect.get ignores its receiver: a getter found on the target ran with the target as
  // `this`. With a receiver other than the target, walk the target's prototype chain here and call
  // the getter with the receiver, as OrdinaryGet does. A proxy target keeps Rhino's path (its
  // getOwnPropertyDescriptor trap would run here, and Rhino's proxy fails on an undefined result).
  function reflectGet(target, propertyKey) {
    if (arguments.length < 3 || arguments[2] === target || !isObject(target) || colony.isProxy(target)) {
      return reflectApply(nativeReflectGet, undefined, arguments);
    }
    var receiver = arguments[2];
    for (var O = target; O !== null; O = getPrototypeOf(O)) {
      if (colony.isProxy(O)) {
        return reflectApply(nativeReflectGet, undefined, [O, propertyKey, receiver]);
      }
      var desc = getOwnPropertyDescriptor(O, propertyKey);
      if (desc !== undefined) {
        if ('value' in desc) {
          return desc.value;
        }
        return desc.get === undefined ? undefined : reflectApply(desc.get, receiver, []);
      }
    }
    return undefined;
  }

  // ---- install ---------------------------------------------------------------------------------
  replaceMethod(ArrayProto, 'forEach', forEach, 'Array.prototype.forEach');
  replaceMethod(ArrayProto, 'map', map, 'Array.prototype.map');
  replaceMethod(ArrayProto, 'filter', filter, 'Array.prototype.filter');
  replaceMethod(ArrayProto, 'reduce', reduce, 'Array.prototype.reduce');
  replaceMethod(ArrayProto, 'reduceRight', reduceRight, 'Array.prototype.reduceRight');
  replaceMethod(ArrayProto, 'some', some, 'Array.prototype.some');
  replaceMethod(ArrayProto, 'every', every, 'Array.prototype.every');
  replaceMethod(ArrayProto, 'find', find, 'Array.prototype.find');
  replaceMethod(ArrayProto, 'findIndex', findIndex, 'Array.prototype.findIndex');
  if (typeof ArrayProto.findLast === 'function') {
    replaceMethod(ArrayProto, 'findLast', findLast, 'Array.prototype.findLast');
    replaceMethod(ArrayProto, 'findLastIndex', findLastIndex, 'Array.prototype.findLastIndex');
  }
  replaceMethod(ArrayProto, 'flatMap', flatMap, 'Array.prototype.flatMap');
  replaceMethod(ArrayProto, 'sort', sort, 'Array.prototype.sort');
  if (typeof ArrayProto.toSorted === 'function') {
    replaceMethod(ArrayProto, 'toSorted', toSorted, 'Array.prototype.toSorted');
  }
  replaceMethod(ArrayCtor, 'from', from, 'Array.from');
  replaceMethod(FunctionProto, 'bind', bind, 'Function.prototype.bind');
  replaceMethod(StringProto, 'replace', replace, 'String.prototype.replace');
  replaceMethod(StringProto, 'replaceAll', replaceAll, 'String.prototype.replaceAll');
  replaceMethod(RegExpProto, SymbolCtor.replace, regExpSymbolReplace, undefined);

  replaceMethod(MapProto, 'forEach', mapForEach, 'Map.prototype.forEach');
  replaceMethod(MapProto, 'entries', mapEntries, 'Map.prototype.entries');
  replaceMethod(MapProto, 'keys', mapKeys, 'Map.prototype.keys');
  replaceMethod(MapProto, 'values', mapValues, 'Map.prototype.values');
  installMethod(MapProto, SymbolCtor.iterator, mapEntries);
  replaceMethod(SetProto, 'forEach', setForEach, 'Set.prototype.forEach');
  replaceMethod(SetProto, 'values', setValues, 'Set.prototype.values');
  replaceMethod(SetProto, 'entries', setEntries, 'Set.prototype.entries');
  installMethod(SetProto, 'keys', setValues);
  installMethod(SetProto, SymbolCtor.iterator, setValues);

  if (typeof ObjectCtor.groupBy === 'function') {
    replaceMethod(ObjectCtor, 'groupBy', objectGroupBy, 'Object.groupBy');
  }
  if (typeof MapCtor.groupBy === 'function') {
    replaceMethod(MapCtor, 'groupBy', mapGroupBy, 'Map.groupBy');
  }
  replaceMethod(JSONObj, 'stringify', stringify, 'JSON.stringify');
  replaceMethod(JSONObj, 'parse', parse, 'JSON.parse');

  replaceMethod(TypedArrayProto, 'forEach', taForEach, undefined);
  replaceMethod(TypedArrayProto, 'map', taMap, undefined);
  replaceMethod(TypedArrayProto, 'filter', taFilter, undefined);
  replaceMethod(TypedArrayProto, 'reduce', taReduce, undefined);
  replaceMethod(TypedArrayProto, 'reduceRight', taReduceRight, undefined);
  replaceMethod(TypedArrayProto, 'some', taSome, undefined);
  replaceMethod(TypedArrayProto, 'every', taEvery, undefined);
  replaceMethod(TypedArrayProto, 'find', taFind, undefined);
  replaceMethod(TypedArrayProto, 'findIndex', taFindIndex, undefined);
  replaceMethod(TypedArrayProto, 'findLast', taFindLast, undefined);
  replaceMethod(TypedArrayProto, 'findLastIndex', taFindLastIndex, undefined);
  replaceMethod(TypedArrayProto, 'sort', taSort, undefined);
  replaceMethod(TypedArrayProto, 'toSorted', taToSorted, undefined);
  replaceMethod(ReflectObj, 'get', reflectGet, 'Reflect.get');

  // ---- registration for serialisation ----------------------------------------------------------
  // Every object this function's scope refers to must be excluded from serialisation by name, so
  // that a snapshot taken inside one of these functions rebinds to the fresh prelude on restore
  // instead of carrying a copy. Objects not reachable from a global name are published on
  // $colony.internals; $colony.preludeExcludedNames lists all the names (promise.js adds its own).
  var internals = colony.internals;
  if (internals === undefined) {
    internals = objectCreate(null);
    defineProperty(colony, 'internals', { value: internals });
  }
  var allNames = colony.preludeExcludedNames;
  if (allNames === undefined) {
    allNames = [];
    defineProperty(colony, 'preludeExcludedNames', { value: allNames });
  }

  function registerInternals(prefix, table) {
    var names = objectKeys(table);
    for (var i = 0; i < names.length; i++) {
      var value = table[names[i]];
      if (isObject(value)) {
        internals[prefix + names[i]] = value;
        allNames[allNames.length] = '$colony.internals.' + prefix + names[i];
      }
    }
  }

  for (var n = 0; n < excludedNames.length; n++) {
    allNames[allNames.length] = excludedNames[n];
  }

  registerInternals('builtins_', {
    colony: colony,
    ObjectCtor: ObjectCtor, SymbolCtor: SymbolCtor, ArrayCtor: ArrayCtor, FunctionCtor: FunctionCtor, StringCtor: StringCtor, TypeErrorCtor: TypeErrorCtor,
    RangeErrorCtor: RangeErrorCtor, MapCtor: MapCtor, SetCtor: SetCtor, JSONObj: JSONObj,
    ReflectObj: ReflectObj, nativeReflectGet: nativeReflectGet, reflectGet: reflectGet, ObjectProto: ObjectProto, ArrayProto: ArrayProto, StringProto: StringProto,
    FunctionProto: FunctionProto, RegExpProto: RegExpProto, MapProto: MapProto, SetProto: SetProto,
    defineProperty: defineProperty, getOwnPropertyDescriptor: getOwnPropertyDescriptor,
    getPrototypeOf: getPrototypeOf, getOwnPropertyNames: getOwnPropertyNames, objectCreate: objectCreate, objectKeys: objectKeys,
    isArray: isArray, reflectConstruct: reflectConstruct, reflectDefineProperty: reflectDefineProperty,
    reflectDeleteProperty: reflectDeleteProperty, reflectApply: reflectApply, mathFloor: mathFloor,
    mathMin: mathMin, mathMax: mathMax, mathAbs: mathAbs,
    nativeBind: nativeBind, nativeCall: nativeCall, uncurryThis: uncurryThis, hasOwn: hasOwn,
    objectToString: objectToString, functionToString: functionToString, symbolToString: symbolToString,
    booleanValueOf: booleanValueOf, stringSlice: stringSlice, stringIndexOf: stringIndexOf,
    stringCharCodeAt: stringCharCodeAt, stringRepeat: stringRepeat, arrayJoin: arrayJoin, nativeArraySort: nativeArraySort,
    nativeReplace: nativeReplace, nativeReplaceAll: nativeReplaceAll,
    nativeRegExpReplace: nativeRegExpReplace, nativeRegExpReplaceCall: nativeRegExpReplaceCall,
    nativeRegExpExec: nativeRegExpExec, regExpExecCall: regExpExecCall,
    nativeStringify: nativeStringify, nativeParse: nativeParse, mapHas: mapHas, mapGet: mapGet, mapSet: mapSet, setHas: setHas,
    mapSize: mapSize, setSize: setSize, nativeMapEntries: nativeMapEntries, nativeMapKeys: nativeMapKeys,
    nativeMapValues: nativeMapValues, nativeMapForEach: nativeMapForEach,
    nativeSetValues: nativeSetValues, nativeSetEntries: nativeSetEntries,
    nativeSetForEach: nativeSetForEach, mapEntriesCall: mapEntriesCall, setValuesCall: setValuesCall,
    nativeMapIteratorProto: nativeMapIteratorProto, nativeSetIteratorProto: nativeSetIteratorProto,
    mapIteratorNext: mapIteratorNext, setIteratorNext: setIteratorNext, arrayValues: arrayValues,
    arrayIteratorProto: arrayIteratorProto, arrayIteratorNext: arrayIteratorNext,
    nativeFunctionBind: nativeFunctionBind, nativeArrayFrom: nativeArrayFrom,
    isObject: isObject, isCallable: isCallable, isConstructor: isConstructor,
    isNativeFunction: isNativeFunction, toStr: toStr, toNumber: toNumber,
    toIntegerOrInfinity: toIntegerOrInfinity, toLength: toLength, sameValueZero: sameValueZero,
    describe: describe, typeError: typeError, notAFunction: notAFunction,
    requireObjectCoercible: requireObjectCoercible, toObject: toObject,
    dataDescriptor: dataDescriptor, iterResult: iterResult,
    createDataPropertyOrThrow: createDataPropertyOrThrow, createDataProperty: createDataProperty,
    arraySpeciesConstructor: arraySpeciesConstructor, newArray: newArray,
    setNameAndLength: setNameAndLength, installMethod: installMethod, excludedNames: excludedNames, replaceMethod: replaceMethod,
    forEach: forEach, map: map, filter: filter, reduce: reduce, reduceRight: reduceRight, some: some,
    every: every, find: find, findIndex: findIndex, findLast: findLast, findLastIndex: findLastIndex,
    flatMap: flatMap, newSortState: newSortState, binaryInsertionSort: binaryInsertionSort,
    countAndMakeRun: countAndMakeRun, gallopLeft: gallopLeft, gallopRight: gallopRight,
    copyRange: copyRange, mergeLow: mergeLow, mergeHigh: mergeHigh, mergeAt: mergeAt,
    runInvariantEstablished: runInvariantEstablished, mergeCollapse: mergeCollapse,
    mergeForceCollapse: mergeForceCollapse, computeMinRunLength: computeMinRunLength,
    timSort: timSort, userComparator: userComparator, sortValues: sortValues, checkComparefn: checkComparefn, sort: sort,
    toSorted: toSorted, getIteratorFromMethod: getIteratorFromMethod, iteratorRecord: iteratorRecord,
    iteratorStep: iteratorStep,
    iteratorCloseQuietly: iteratorCloseQuietly, from: from, slice: slice, concatArgs: concatArgs,
    groupByInto: groupByInto, objectGroupBy: objectGroupBy, mapGroupBy: mapGroupBy,
    isFreshObject: isFreshObject, constructTarget: constructTarget, boundFactories: boundFactories,
    boundFactory: boundFactory, makeBoundImpl: makeBoundImpl, makeBound: makeBound, bind: bind,
    advanceStringIndex: advanceStringIndex, regExpExec: regExpExec,
    regExpReplaceWithFunction: regExpReplaceWithFunction, regExpSymbolReplace: regExpSymbolReplace,
    replace: replace, isRegExp: isRegExp, replaceAll: replaceAll, currentEpoch: currentEpoch,
    newCursor: newCursor, cursorKey: cursorKey, cursorRebuild: cursorRebuild, cursorStep: cursorStep,
    checkMap: checkMap, checkSet: checkSet, mapIteratorProto: mapIteratorProto,
    setIteratorProto: setIteratorProto, makeIterator: makeIterator, iteratorNext: iteratorNext, previewIterator: previewIterator,
    mapIteratorNextMethod: mapIteratorNextMethod, setIteratorNextMethod: setIteratorNextMethod,
    iteratorSelf: iteratorSelf, mapEntries: mapEntries, mapKeys: mapKeys, mapValues: mapValues,
    setValues: setValues, setEntries: setEntries, mapForEach: mapForEach, setForEach: setForEach,
    quoteJSONString: quoteJSONString, serializeJSONProperty: serializeJSONProperty,
    checkCycle: checkCycle, joinJSON: joinJSON, serializeJSONObject: serializeJSONObject,
    serializeJSONArray: serializeJSONArray, keepValue: keepValue, stringify: stringify,
    deleteQuietly: deleteQuietly, internalizeJSONProperty: internalizeJSONProperty, mayHoldNegativeZero: mayHoldNegativeZero,
    restoreNegativeZeros: restoreNegativeZeros, parseJSON: parseJSON, parse: parse,
    TypedArrayProto: TypedArrayProto, typedArrayLength: typedArrayLength,
    validateTypedArray: validateTypedArray, typedArraySpeciesCreate: typedArraySpeciesCreate,
    taForEach: taForEach, taMap: taMap, taFilter: taFilter, taReduce: taReduce,
    taReduceRight: taReduceRight, taSome: taSome, taEvery: taEvery, taFindGeneric: taFindGeneric,
    taFind: taFind, taFindIndex: taFindIndex, taFindLast: taFindLast, taFindLastIndex: taFindLastIndex,
    nativeTypedArraySort: nativeTypedArraySort, nativeTypedArrayToSorted: nativeTypedArrayToSorted,
    typedArraySortCall: typedArraySortCall, typedArrayToSortedCall: typedArrayToSortedCall,
    taMerge: taMerge, taMergeSort: taMergeSort, taSortedValues: taSortedValues, taSort: taSort, taToSorted: taToSorted,
    internals: internals, allNames: allNames, registerInternals: registerInternals,
    colonyBuiltinsPrelude: colonyBuiltinsPrelude
  });
})(this);
