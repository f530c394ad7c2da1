/*
 * Colony prelude: Proxy and Reflect where Rhino 1.9.2's differ from Node.
 *
 * Rhino's proxy (NativeProxy) calls the set trap without a receiver, the construct trap with a Java
 * array, and asks the has trap before an assignment or delete (to find the object that holds the
 * property) and after every delete (to compute the delete's result). The runtime
 * (ProxyHandlerAdapters) gives Rhino, in place of the user's handler, an adapter made by
 * `$colony.proxyAdapter(handler)`: an object inheriting from the handler (so every other trap,
 * added now or later, is the user's), with its own set, construct, deleteProperty and has traps
 * that call the user's with Node's arguments, or do Node's default. The proxy is stored on its
 * adapter once made.
 *
 * Reflect.set with a receiver other than the target does OrdinarySet (Rhino's threw on a proxy
 * receiver), Object.keys and Object.assign of a proxy ask getOwnPropertyDescriptor for each key, as in Node, and
 * Reflect.construct gives a lowered class the newTarget it was asked for. Object.getOwnPropertyDescriptor
 * and Reflect.getOwnPropertyDescriptor of a proxy go through proxyOwnProperty (its result is not
 * checked against the target's invariants).
 * A proxy's [[GetOwnProperty]] is done here (proxyOwnProperty), since Rhino's fails with a Java
 * NullPointerException on a trap that returns undefined.
 *
 * ES5 syntax only. Adapter state lives in the adapter's own non-enumerable properties (no
 * WeakMaps: prelude objects are restored by path, fresh and empty).
 */
(function colonyProxyPrelude(global) {
  'use strict';

  var colony = global.$colony;
  var ObjectCtor = Object;
  var TypeErrorCtor = TypeError;
  var ReflectObj = Reflect;
  var reflectApply = Reflect.apply;
  var nativeReflectConstruct = Reflect.construct;
  var objectIsPrototypeOf = Object.prototype.isPrototypeOf;
  var setPrototypeOf = Object.setPrototypeOf;
  var reflectDefineProperty = Reflect.defineProperty;
  var reflectDeleteProperty = Reflect.deleteProperty;
  var reflectHas = Reflect.has;
  var reflectOwnKeys = Reflect.ownKeys;
  var nativeReflectSet = Reflect.set;
  var nativeObjectKeys = Object.keys;
  var nativeObjectAssign = Object.assign;
  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var nativeReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;
  var objectCreate = Object.create;
  var internals = colony.internals;
  var setNameAndLength = internals.builtins_setNameAndLength;
  var installMethod = internals.builtins_installMethod;
  var isObject = internals.builtins_isObject;

  function hidden(obj, key, value) {
    defineProperty(obj, key, { value: value, writable: true, configurable: true });
  }

  function userTrap(adapter, name) {
    var trap = adapter.$handler[name];
    if (trap !== undefined && trap !== null && typeof trap !== 'function') {
      throw new TypeErrorCtor(String(trap) + ' is not a function');
    }
    return trap === null ? undefined : trap;
  }

  // ---- adapter traps (Rhino calls them with the adapter as `this`) ----------------------------
  function adapterSet(target, key, value) {
    this.$deleted = null;
    var trap = userTrap(this, 'set');
    if (trap === undefined) {
      return reflectSet(target, key, value, this.$proxy);
    }
    return !!reflectApply(trap, this.$handler, [target, key, value, this.$proxy]);
  }

  function adapterConstruct(target, javaArgs, newTarget) {
    this.$deleted = null;
    var args = colony.javaArrayToJs(javaArgs);
    var trap = userTrap(this, 'construct');
    if (trap === undefined) {
      return reflectConstruct(target, args, newTarget);
    }
    return reflectApply(trap, this.$handler, [target, args, newTarget]);
  }

  // Rhino's delete asks [[HasProperty]] right after [[Delete]] and answers its negation: that has
  // call gets the delete's own result back instead of reaching the user's has trap.
  function adapterDeleteProperty(target, key) {
    var trap = userTrap(this, 'deleteProperty');
    var result = trap === undefined ? reflectDeleteProperty(target, key)
      : !!reflectApply(trap, this.$handler, [target, key]);
    this.$deleted = { key: key, result: result };
    return result;
  }

  function adapterHas(target, key) {
    var deleted = this.$deleted;
    this.$deleted = null;
    if (deleted !== null && deleted.key === key) {
      return !deleted.result;
    }
    // Rhino looks for the object to assign or delete on by asking [[HasProperty]]; Node does not.
    if (colony.hasTrapAskedByBaseLookup()) {
      return true;
    }
    var trap = userTrap(this, 'has');
    return trap === undefined ? reflectHas(target, key) : !!reflectApply(trap, this.$handler, [target, key]);
  }

  function proxyAdapter(handler) {
    if (!isObject(handler)) {
      return handler;
    }
    var adapter = objectCreate(handler);
    hidden(adapter, '$handler', handler);
    hidden(adapter, '$proxy', null);
    hidden(adapter, '$deleted', null);
    hidden(adapter, 'set', adapterSet);
    hidden(adapter, 'construct', adapterConstruct);
    hidden(adapter, 'deleteProperty', adapterDeleteProperty);
    hidden(adapter, 'has', adapterHas);
    return adapter;
  }

  function adapterMadeProxy(adapter, proxy) {
    if (isObject(adapter) && adapter.set === adapterSet) {
      adapter.$proxy = proxy;
    }
  }

  // ---- [[GetOwnProperty]] ------------------------------------------------------------------------
  function completeDescriptor(desc) {
    if (desc === undefined) {
      return undefined;
    }
    if (!isObject(desc)) {
      throw new TypeErrorCtor('getOwnPropertyDescriptor trap returned neither object nor undefined');
    }
    var complete = {};
    if ('get' in desc || 'set' in desc) {
      complete.get = desc.get;
      complete.set = desc.set;
    } else {
      complete.value = desc.value;
      complete.writable = !!desc.writable;
    }
    complete.enumerable = !!desc.enumerable;
    complete.configurable = !!desc.configurable;
    return complete;
  }

  function proxyOwnProperty(O, key) {
    if (!colony.isProxy(O)) {
      return getOwnPropertyDescriptor(O, key);
    }
    var adapter = colony.proxyHandler(O);
    var target = colony.proxyTarget(O);
    if (adapter === null || target === null) {
      throw new TypeErrorCtor("Cannot perform 'getOwnPropertyDescriptor' on a proxy that has been revoked");
    }
    var trap = adapter.getOwnPropertyDescriptor;
    if (trap === undefined || trap === null) {
      return proxyOwnProperty(target, key);
    }
    var thisArg = adapter.set === adapterSet ? adapter.$handler : adapter;
    return completeDescriptor(reflectApply(trap, thisArg, [target, key]));
  }

  // ---- Reflect.set and Object.keys ---------------------------------------------------------------
  function reflectSet(target, key, value) {
    if (arguments.length < 4 || arguments[3] === target || !isObject(target) || colony.isProxy(target)) {
      return reflectApply(nativeReflectSet, undefined, arguments);
    }
    var receiver = arguments[3];
    var ownDesc;
    for (var O = target; O !== null; O = getPrototypeOf(O)) {
      if (colony.isProxy(O)) {
        return reflectApply(nativeReflectSet, undefined, [O, key, value, receiver]);
      }
      ownDesc = getOwnPropertyDescriptor(O, key);
      if (ownDesc !== undefined) {
        break;
      }
    }
    if (ownDesc !== undefined && !('value' in ownDesc)) {
      if (ownDesc.set === undefined) {
        return false;
      }
      reflectApply(ownDesc.set, receiver, [value]);
      return true;
    }
    if ((ownDesc !== undefined && !ownDesc.writable) || !isObject(receiver)) {
      return false;
    }
    var existing = proxyOwnProperty(receiver, key);
    if (existing === undefined) {
      return reflectDefineProperty(receiver, key, { value: value, writable: true, enumerable: true, configurable: true });
    }
    if (!('value' in existing) || !existing.writable) {
      return false;
    }
    return reflectDefineProperty(receiver, key, { value: value });
  }

  function objectKeys(O) {
    if (!colony.isProxy(O)) {
      return nativeObjectKeys(O);
    }
    var keys = reflectOwnKeys(O);
    var result = [];
    for (var i = 0; i < keys.length; i++) {
      if (typeof keys[i] === 'string') {
        var desc = proxyOwnProperty(O, keys[i]);
        if (desc !== undefined && desc.enumerable) {
          result[result.length] = keys[i];
        }
      }
    }
    return result;
  }

  // Reflect.construct(C, args, newTarget) with a lowered class C and a newTarget outside C's
  // subclasses: Rhino makes `this` from newTarget.prototype, which fails C's `new` guard
  // (`this instanceof C`), and `new.target` is lowered to `this.constructor`. So C runs on an
  // object whose prototype lies under C.prototype and names newTarget as its constructor; the
  // object gets newTarget.prototype once C returns (a method C calls on `this` is C's, not newTarget's).
  function reflectConstruct(target, argumentsList) {
    var newTarget = arguments.length > 2 ? arguments[2] : target;
    if (newTarget === target || typeof target !== 'function' || typeof newTarget !== 'function'
        || !isObject(target.prototype) || !isObject(newTarget.prototype)
        || isPrototypeOf(target.prototype, newTarget.prototype) || colony.functionKind(target) !== 'class') {
      return reflectApply(nativeReflectConstruct, undefined, arguments);
    }
    var during = objectCreate(target.prototype);
    hidden(during, 'constructor', newTarget);
    var object = objectCreate(during);
    var result = reflectApply(target, object, argumentsList);
    setPrototypeOf(object, newTarget.prototype);
    return isObject(result) ? result : object;
  }

  function isPrototypeOf(proto, O) {
    return reflectApply(objectIsPrototypeOf, proto, [O]);
  }

  // Object.assign (and object spread, which Closure lowers to it): Rhino's asks a proxy source
  // [[HasProperty]] for each key; Node asks getOwnPropertyDescriptor and copies the enumerable ones.
  function objectAssign(target) {
    var to = nativeObjectAssign(target);
    for (var i = 1; i < arguments.length; i++) {
      var source = arguments[i];
      if (!colony.isProxy(source)) {
        nativeObjectAssign(to, source);
        continue;
      }
      var keys = reflectOwnKeys(source);
      for (var k = 0; k < keys.length; k++) {
        var desc = proxyOwnProperty(source, keys[k]);
        if (desc !== undefined && desc.enumerable) {
          to[keys[k]] = source[keys[k]];
        }
      }
    }
    return to;
  }

  // Object.getOwnPropertyDescriptor and Reflect.getOwnPropertyDescriptor of a proxy: Rhino's throw
  // a Java NullPointerException when the trap returns undefined for a key the target lacks.
  function toPropertyKey(key) {
    return typeof key === 'symbol' ? key : String(key);
  }

  function objectGetOwnPropertyDescriptor(O, key) {
    return colony.isProxy(O) ? proxyOwnProperty(O, toPropertyKey(key)) : getOwnPropertyDescriptor(O, key);
  }

  function reflectGetOwnPropertyDescriptor(O, key) {
    return colony.isProxy(O) ? proxyOwnProperty(O, toPropertyKey(key)) : nativeReflectGetOwnPropertyDescriptor(O, key);
  }

  // The console's hook (inspect.js): a proxy prints as its target, with no trap called, as in Node.
  function proxyDetails(value) {
    if (!colony.isProxy(value)) {
      return undefined;
    }
    var adapter = colony.proxyHandler(value);
    var handler = isObject(adapter) && adapter.set === adapterSet ? adapter.$handler : adapter;
    return [colony.proxyTarget(value), handler];
  }

  function replace(obj, key, fn) {
    var original = obj[key];
    setNameAndLength(fn, original.name, original.length);
    installMethod(obj, key, fn);
  }

  replace(ReflectObj, 'set', reflectSet);
  replace(ObjectCtor, 'keys', objectKeys);
  replace(ObjectCtor, 'assign', objectAssign);
  replace(ObjectCtor, 'getOwnPropertyDescriptor', objectGetOwnPropertyDescriptor);
  replace(ReflectObj, 'getOwnPropertyDescriptor', reflectGetOwnPropertyDescriptor);
  replace(ReflectObj, 'construct', reflectConstruct);
  hidden(colony, 'proxyAdapter', proxyAdapter);
  hidden(colony, 'adapterMadeProxy', adapterMadeProxy);
  hidden(colony, 'proxyDetails', proxyDetails);

  // ---- registration for serialisation (see builtins.js) ----------------------------------------
  var allNames = colony.preludeExcludedNames;
  var publicNames = ['Object.getOwnPropertyDescriptor', 'Reflect.getOwnPropertyDescriptor', 'Reflect.set', 'Object.assign', 'Reflect.construct', 'Object.keys', '$colony.proxyAdapter', '$colony.adapterMadeProxy', '$colony.proxyDetails'];
  for (var n = 0; n < publicNames.length; n++) {
    allNames[allNames.length] = publicNames[n];
  }
  internals.builtins_registerInternals('proxy_', {
    colony: colony, ObjectCtor: ObjectCtor, TypeErrorCtor: TypeErrorCtor, ReflectObj: ReflectObj,
    reflectApply: reflectApply, nativeReflectConstruct: nativeReflectConstruct,
    objectIsPrototypeOf: objectIsPrototypeOf, setPrototypeOf: setPrototypeOf, reflectConstruct: reflectConstruct, isPrototypeOf: isPrototypeOf, reflectDefineProperty: reflectDefineProperty,
    reflectDeleteProperty: reflectDeleteProperty, reflectHas: reflectHas, reflectOwnKeys: reflectOwnKeys,
    nativeReflectSet: nativeReflectSet, nativeObjectKeys: nativeObjectKeys, nativeReflectGetOwnPropertyDescriptor: nativeReflectGetOwnPropertyDescriptor,
    toPropertyKey: toPropertyKey, objectGetOwnPropertyDescriptor: objectGetOwnPropertyDescriptor,
    reflectGetOwnPropertyDescriptor: reflectGetOwnPropertyDescriptor, nativeObjectAssign: nativeObjectAssign, objectAssign: objectAssign, defineProperty: defineProperty,
    getOwnPropertyDescriptor: getOwnPropertyDescriptor, getPrototypeOf: getPrototypeOf, objectCreate: objectCreate,
    internals: internals, setNameAndLength: setNameAndLength, installMethod: installMethod, isObject: isObject,
    hidden: hidden, userTrap: userTrap, adapterSet: adapterSet, adapterConstruct: adapterConstruct,
    adapterDeleteProperty: adapterDeleteProperty, adapterHas: adapterHas, proxyAdapter: proxyAdapter,
    adapterMadeProxy: adapterMadeProxy, completeDescriptor: completeDescriptor, proxyOwnProperty: proxyOwnProperty,
    proxyDetails: proxyDetails, reflectSet: reflectSet, objectKeys: objectKeys, replace: replace, allNames: allNames, publicNames: publicNames,
    colonyProxyPrelude: colonyProxyPrelude
  });
})(this);
