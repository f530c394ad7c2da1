/*
 * Test stand-in for how the runtime can expose proxy targets: Rhino gives
 * scripts no way to tell a Proxy from its target, so the runtime wraps the
 * global Proxy constructor (before user code runs) to remember each proxy's
 * target and handler, and answers $colony.proxyDetails from that record.
 * InspectTest evaluates this before cases.js, as the runtime's prelude would.
 */
(function (global) {
  var NativeProxy = global.Proxy;
  var details = new WeakMap();
  function Proxy(target, handler) {
    var p = new NativeProxy(target, handler);
    details.set(p, [target, handler]);
    return p;
  }
  Proxy.revocable = function (target, handler) {
    var r = NativeProxy.revocable(target, handler);
    var proxy = r.proxy;
    var revoke = r.revoke;
    details.set(proxy, [target, handler]);
    return {
      proxy: proxy,
      revoke: function () { details.set(proxy, [null, null]); revoke(); }
    };
  };
  global.Proxy = Proxy;
  $colony.proxyDetails = function (v) {
    return (v !== null && (typeof v === 'object' || typeof v === 'function')) ? details.get(v) : undefined;
  };
})(this);
