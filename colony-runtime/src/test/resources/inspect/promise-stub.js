/*
 * Test stand-in for the runtime's JavaScript Promise: Rhino's native Promise
 * keeps its state where scripts cannot read it, so InspectTest replaces the
 * global Promise with this small implementation (state held under a symbol
 * registered in $colony.privateNames) and installs $colony.promiseState the
 * way the runtime does. Only what cases.js uses is here; callbacks run
 * synchronously, which is enough for a formatter test.
 */
(function (global) {
  var STATE = Symbol('#promiseState');
  if (!$colony.privateNames) $colony.privateNames = new Set();
  $colony.privateNames.add(STATE);

  function settle(p, state, value) {
    var s = p[STATE];
    if (s.state !== 'pending') return;
    s.state = state;
    s.value = value;
    var reactions = s.reactions;
    s.reactions = [];
    for (var i = 0; i < reactions.length; i++) reactions[i]();
  }

  function Promise(executor) {
    var self = this;
    Object.defineProperty(this, STATE, {
      value: { state: 'pending', value: undefined, reactions: [] }
    });
    try {
      executor(function (v) { settle(self, 'fulfilled', v); },
               function (e) { settle(self, 'rejected', e); });
    } catch (e) {
      settle(self, 'rejected', e);
    }
  }
  Promise.prototype.then = function (onFulfilled, onRejected) {
    var source = this;
    return new Promise(function (resolve, reject) {
      function run() {
        var s = source[STATE];
        var handler = s.state === 'fulfilled' ? onFulfilled : onRejected;
        if (typeof handler !== 'function') {
          (s.state === 'fulfilled' ? resolve : reject)(s.value);
          return;
        }
        try {
          resolve(handler(s.value));
        } catch (e) {
          reject(e);
        }
      }
      if (source[STATE].state === 'pending') source[STATE].reactions.push(run);
      else run();
    });
  };
  Promise.prototype['catch'] = function (onRejected) { return this.then(undefined, onRejected); };
  Object.defineProperty(Promise.prototype, Symbol.toStringTag, { value: 'Promise', configurable: true });
  Promise.resolve = function (v) { return new Promise(function (resolve) { resolve(v); }); };
  Promise.reject = function (e) { return new Promise(function (resolve, reject) { reject(e); }); };

  global.Promise = Promise;
  $colony.promiseState = function (v) {
    if (v === null || typeof v !== 'object') return null;
    var s = Object.getOwnPropertyDescriptor(v, STATE);
    return s ? { state: s.value.state, value: s.value.value } : null;
  };
})(this);
