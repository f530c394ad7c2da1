// Exercises accessors and property descriptors: getters/setters in object literals, via
// Object.defineProperty/defineProperties, non-writable/non-enumerable/non-configurable
// properties (silent failure in sloppy code, TypeError in strict functions), getters that throw,
// Object.freeze/seal/preventExtensions and their predicates, getOwnPropertyDescriptors,
// property order, and a 300-step observable store whose accessors record every access.
const temp = {
  _c: 20,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get readonly() { return 'ro'; },
  set writeonly(v) { this._w = v; },
};
temp.f = 212;
temp.readonly = 'ignored';
temp.writeonly = 'w';
console.log(temp._c, temp.f, temp.readonly, temp.writeonly, temp._w);
console.log(temp);
console.log(Object.getOwnPropertyDescriptor(temp, 'f').get !== undefined, Object.getOwnPropertyDescriptor(temp, '_c'));

const o = {};
Object.defineProperty(o, 'fixed', { value: 1 });
Object.defineProperties(o, {
  visible: { value: 'v', enumerable: true, writable: true, configurable: true },
  computed: { get() { return this.visible + '!'; }, enumerable: true, configurable: true },
  boom: { get() { throw new Error('getter exploded'); }, enumerable: false },
});
o.fixed = 2;
console.log(o.fixed, Object.keys(o), JSON.stringify(o), o, Object.getOwnPropertyNames(o));
console.log(Object.getOwnPropertyDescriptors(o).fixed, delete o.fixed, delete o.visible, o.visible);
try { o.boom; } catch (e) { console.log('getter threw', e.name, e.message); }
function strictWrite() { 'use strict'; o.fixed = 3; }
try { strictWrite(); } catch (e) { console.log('strict write', e.name, e instanceof TypeError); }
try { Object.defineProperty(o, 'fixed', { value: 9 }); } catch (e) { console.log('redefine', e.name); }
Object.defineProperty(o, 'fixed', { value: 1 }); // same value: allowed
console.log('same-value redefine ok', o.fixed);

const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
frozen.a = 99; frozen.nested.b = 3; frozen.c = 4;
console.log(frozen, Object.isFrozen(frozen), Object.isFrozen(frozen.nested));
const sealed = Object.seal({ a: 1 });
sealed.a = 2; sealed.b = 3; delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isExtensible(sealed));
const nonext = Object.preventExtensions({ a: 1 });
nonext.b = 1; delete nonext.a;
console.log(nonext, Object.isExtensible(nonext), Object.isSealed(nonext), Object.isFrozen(nonext));
function strictAdd() { 'use strict'; nonext.z = 1; }
try { strictAdd(); } catch (e) { console.log('strict add', e.name); }

const order = { b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('s')]: 3, '01': 'str' };
console.log(Object.keys(order), Reflect.ownKeys(order).length);

// Observable store: every property read/write goes through defineProperty accessors.
function observable(init) {
  const data = { ...init };
  const log = { reads: 0, writes: 0, rejected: 0 };
  const target = {};
  for (const key of Object.keys(data)) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() { log.reads++; return data[key]; },
      set(v) {
        if (typeof v !== typeof data[key]) { log.rejected++; return; }
        log.writes++; data[key] = v;
      },
    });
  }
  Object.defineProperty(target, 'log', { value: log, enumerable: false });
  return Object.seal(target);
}
const store = observable({ count: 0, label: 'start', total: 0 });
for (let i = 0; i < 300; i++) {
  store.count = store.count + 1;
  if (i % 7 === 0) store.label = 'L' + i;
  if (i % 11 === 0) store.total = 'not a number';  // rejected by the setter
  store.total = store.total + i;
  store.extra = i;  // ignored: sealed
  if (i % 60 === 59) console.log(`i=${i + 1}`, JSON.stringify(store), store.log);
}
console.log(store, Object.keys(store), 'extra' in store, store.log);
