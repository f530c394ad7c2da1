// Exercises how console.log prints special objects: null-prototype objects
// ([Object: null prototype] {}), symbol keys and symbol values, accessors ([Getter],
// [Setter], [Getter/Setter]) on literals and via defineProperty, non-enumerable properties
// (hidden), Dates (valid and invalid), RegExps (with flags, with extra props), boxed primitives
// (Number/String/Boolean/Symbol/BigInt), undefined and null in arrays and objects, Promises
// (pending, fulfilled, rejected-but-handled), Map/Set iterators, WeakMap, objects with
// Symbol.toStringTag, the global Math/JSON objects, and a 240-step record collector.
const np = Object.create(null);
np.a = 1; np.b = { c: 2 };
console.log(np, [np], Object.create(null), { inner: Object.create(null) });
const s1 = Symbol('key'), s2 = Symbol('value');
console.log({ [s1]: s2, plain: s2, [Symbol()]: 'anon key', [Symbol.iterator]: 'well-known' }, [s1, s2]);
const acc = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; }, set gs(v) {},
  plain: 'p',
};
Object.defineProperty(acc, 'defined', { get() { return 3; }, enumerable: true });
Object.defineProperty(acc, 'hidden', { value: 'not shown', enumerable: false });
console.log(acc, [acc], Object.keys(acc));
console.log(new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(NaN), [new Date(0)], { d: new Date(1e12) });
const re = /ab+c/gi;
re.extra = 'prop';
console.log(/x/, /a\/b[\]]/gimsuy, re, [/y/g], { re: /z/m }, new RegExp(''), new RegExp('\n'));
console.log(new Number(1), new String('ab'), new Boolean(false), Object(Symbol('boxed')), Object(10n), [new String('')]);
const boxedWithProps = new String('hi');
boxedWithProps.extra = 1;
console.log(boxedWithProps, Object.assign(new Number(3), { unit: 'kg' }));
console.log([undefined, null], { u: undefined, n: null }, [undefined], [null, null], undefined, null);
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ value: 42 });
const rejected = Promise.reject('reason string');
rejected.catch(() => {});
console.log(pending, fulfilled, rejected, [Promise.resolve(1)], { p: Promise.resolve([1, 2]) });
const map = new Map([['k1', 'v1'], ['k2', 'v2']]);
console.log(map.keys(), map.values(), map.entries(), new Set([1, 2]).values(), [1, 2][Symbol.iterator](), 'ab'[Symbol.iterator]());
const tagged = { get [Symbol.toStringTag]() { return 'Tagged'; }, x: 1 };
class Widget { get [Symbol.toStringTag]() { return 'WidgetTag'; } }
console.log(tagged, new Widget(), Object.prototype.toString.call(tagged));
console.log(Math, JSON, Reflect, globalThis === globalThis, typeof globalThis);
console.log(Object.assign(Object.create({ inherited: 'not shown' }), { own: 'shown' }));
console.log(new Object(), new Array(), Object.create(Array.prototype));

// Record collector: 240 steps producing a mix of awkward values, printed as a table of records.
const kinds = [
  () => undefined, () => null, () => NaN, () => -0, (i) => 'it\'s ' + i, (i) => `"q${i}"`,
  (i) => Symbol('s' + (i % 3)), (i) => BigInt(i) * 1000000000000n, (i) => new Date(Date.UTC(2000, 0, 1 + i)),
  (i) => new RegExp('r' + i, 'g'), (i) => [i, , i], (i) => ({ [`k${i}`]: { deep: { deeper: i } } }),
];
const collected = [];
const typeCounts = {};
for (let i = 0; i < 240; i++) {
  const v = kinds[(i * 7) % kinds.length](i);
  const t = v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof Date ? 'date' : v instanceof RegExp ? 'regexp' : typeof v;
  typeCounts[t] = (typeCounts[t] || 0) + 1;
  if (i % 19 === 0) collected.push({ i, t, v });
  if (i % 60 === 59) console.log(`step ${i + 1}:`, typeCounts);
}
console.log(collected);
console.log(Object.keys(typeCounts).length, Object.values(typeCounts).reduce((a, b) => a + b));
