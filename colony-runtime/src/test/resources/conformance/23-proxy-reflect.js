// Exercises Proxy and Reflect: get/set/has/deleteProperty/ownKeys/getOwnPropertyDescriptor/
// apply/construct/defineProperty traps, receivers, Reflect.* equivalents (ownKeys ordering,
// getPrototypeOf, defineProperty returning booleans), invariant violations caught as TypeError,
// revocable proxies, proxies wrapping arrays and functions, and a 300-operation validating,
// access-counting proxy whose counters are printed at the end.
const log = [];
const target = { a: 1, b: 2 };
const handler = {
  get(t, k, r) { log.push(`get ${String(k)}`); return k in t ? Reflect.get(t, k, r) : `default:${String(k)}`; },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, typeof v === 'number' ? v * 10 : v, r); },
  has(t, k) { log.push(`has ${String(k)}`); return k.startsWith('_') ? false : Reflect.has(t, k); },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); return k === 'a' ? false : Reflect.deleteProperty(t, k); },
  ownKeys(t) { log.push('ownKeys'); return [...Reflect.ownKeys(t), 'virtual'].filter(k => k !== 'b'); },
  getOwnPropertyDescriptor(t, k) {
    log.push(`gopd ${String(k)}`);
    return k === 'virtual' ? { value: 'v', enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(t, k);
  },
};
const p = new Proxy(target, handler);
p.c = 3;
console.log(p.a, p.c, p.zzz, 'a' in p, '_a' in p, delete p.a, delete p.c, Object.keys(p));
console.log(log.join(' | '));
console.log(target, JSON.stringify(p));

const fnProxy = new Proxy(function sum(a, b) { return a + b; }, {
  apply(t, thisArg, args) { return `apply(${args}) = ${Reflect.apply(t, thisArg, args)}`; },
  construct(t, args, newTarget) { return { constructedWith: args, sameTarget: newTarget === fnProxy }; },
});
console.log(fnProxy(2, 3), fnProxy.call(null, 4, 5), new fnProxy(6), typeof fnProxy);

const arr = new Proxy([], {
  set(t, k, v, r) { if (k !== 'length' && typeof v !== 'number') throw new TypeError(`not a number: ${v}`); return Reflect.set(t, k, v, r); },
});
arr.push(1, 2);
try { arr.push('x'); } catch (e) { console.log(e.name, e.message); }
console.log(arr.length, Array.isArray(arr), [...arr]);

const frozen = Object.freeze({ fixed: 1 });
const liar = new Proxy(frozen, { get() { return 2; } });
try { liar.fixed; } catch (e) { console.log('invariant', e.name); }
const noKeys = new Proxy(Object.preventExtensions({ k: 1 }), { ownKeys() { return []; } });
try { Object.keys(noKeys); } catch (e) { console.log('ownKeys invariant', e.name); }
const { proxy: rp, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(rp.x);
revoke();
try { rp.x; } catch (e) { console.log('revoked', e.name); }

console.log(Reflect.ownKeys({ b: 1, 1: 1, a: 1, [Symbol('s')]: 1, 0: 1 }), Reflect.has({ x: 1 }, 'x'),
  Reflect.defineProperty(Object.freeze({}), 'x', { value: 1 }), Reflect.getPrototypeOf([]) === Array.prototype,
  Reflect.construct(Date, [Date.UTC(2000, 0, 1)]).getUTCFullYear(), Reflect.setPrototypeOf({}, null),
  Reflect.isExtensible(Object.seal({})), Reflect.get({ get g() { return this.v; } }, 'g', { v: 'receiver' }));
class Base { constructor() { this.nt = new.target.name; } }
class Other {}
console.log(Reflect.construct(Base, [], Other), Reflect.construct(Base, [], Other) instanceof Other);

// Validating, counting proxy driven for 300 operations.
function validated(schema) {
  const counts = { get: 0, set: 0, rejected: 0, has: 0 };
  const data = {};
  const proxy = new Proxy(data, {
    get(t, k, r) { if (k === '__counts') return counts; counts.get++; return Reflect.get(t, k, r); },
    set(t, k, v, r) {
      if (!(k in schema) || typeof v !== schema[k]) { counts.rejected++; return true; }
      counts.set++; return Reflect.set(t, k, v, r);
    },
    has(t, k) { counts.has++; return Reflect.has(t, k); },
  });
  return proxy;
}
const rec = validated({ n: 'number', s: 'string', flag: 'boolean' });
let seed = 8;
for (let i = 0; i < 300; i++) {
  seed = (seed * 48271) % 2147483647;
  switch (seed % 5) {
    case 0: rec.n = ('n' in rec ? rec.n : 0) + (seed % 13); break;
    case 1: rec.s = (rec.s ?? '') .slice(-5) + String.fromCharCode(97 + seed % 26); break;
    case 2: rec.flag = !rec.flag; break;
    case 3: rec.n = 'wrong type'; break;
    default: rec.unknown = i;
  }
  if (i % 60 === 59) console.log(`op ${i + 1}:`, JSON.stringify(rec), rec.__counts);
}
console.log('final', { ...rec }, rec.__counts);
