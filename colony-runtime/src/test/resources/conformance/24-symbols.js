// Exercises Symbols: user symbols as property keys (hidden from keys/JSON/for-in, visible to
// getOwnPropertySymbols/Reflect.ownKeys and object spread), description, Symbol.for/keyFor,
// well-known symbols: Symbol.iterator, Symbol.toPrimitive (hint number/string/default),
// Symbol.toStringTag (Object.prototype.toString and console.log), Symbol.hasInstance,
// Symbol.isConcatSpreadable, Symbol.species; symbol conversion errors; printing symbols bare and
// nested; and a 300-step registry keyed by symbols.
const id = Symbol('id');
const anon = Symbol();
const reg = Symbol.for('app.registered');
const obj = { visible: 1, [id]: 'secret', [anon]: 'anon' };
console.log(obj, Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj).length, Reflect.ownKeys(obj));
console.log(id, [id, anon, reg], { key: id }, id.toString(), id.description, anon.description, String(anon));
console.log(Symbol.for('app.registered') === reg, Symbol.keyFor(reg), Symbol.keyFor(id), Symbol('id') === id, typeof id);
console.log({ ...obj }[id], Object.assign({}, obj)[anon], Symbol.iterator, Symbol.asyncIterator.description);
try { id + ''; } catch (e) { console.log('symbol to string', e.name); }
try { `${id}`; } catch (e) { console.log('symbol in template', e.name); }
try { +id; } catch (e) { console.log('symbol to number', e.name); }
console.log(Object(id) instanceof Symbol, typeof Object(id), Object(id) == id, [Symbol('x')].toString === undefined);

const money = {
  amount: 42,
  currency: 'EUR',
  [Symbol.toPrimitive](hint) {
    if (hint === 'number') return this.amount;
    if (hint === 'string') return `${this.amount} ${this.currency}`;
    return `default:${this.amount}`;
  },
};
console.log(+money, `${money}`, money + '', money * 2, String(money), money > 40, [money] + '', Number(money));
const legacyPrim = { valueOf() { return 7; }, toString() { return 'seven'; } };
console.log(legacyPrim + 1, `${legacyPrim}`, legacyPrim * 1, String(legacyPrim), legacyPrim + '', [1, legacyPrim].join());

class Temperature {
  get [Symbol.toStringTag]() { return 'Temp'; }
  constructor(c) { this.c = c; }
}
const tagged = { [Symbol.toStringTag]: 'CustomTag', v: 1 };
console.log(Object.prototype.toString.call(new Temperature(5)), String(tagged), new Temperature(5), tagged);
class Odd { static [Symbol.hasInstance](x) { return x % 2 === 1; } }
console.log(3 instanceof Odd, 4 instanceof Odd);
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
const notSpread = [9, 8];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spreadable, notSpread).length, [0].concat(spreadable));
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
console.log(new MyArr(1, 2, 3).filter(Boolean).constructor.name);

const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return { next: () => (n >= 0 ? { value: n--, done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
  },
};
console.log([...countdown], Array.from(countdown).length);

// Registry keyed by symbols: 300 steps.
const kinds = ['alpha', 'beta', 'gamma', 'delta'].map(d => Symbol(d));
const registry = {};
for (const k of kinds) registry[k] = { count: 0, sum: 0 };
const order = [];
let seed = 5;
for (let i = 0; i < 300; i++) {
  seed = (seed * 48271) % 2147483647;
  const k = kinds[seed % kinds.length];
  registry[k].count++;
  registry[k].sum += seed % 100;
  if (order[order.length - 1] !== k.description) order.push(k.description);
  if (i % 75 === 74) console.log(`step ${i + 1}:`, kinds.map(s => `${s.description}=${registry[s].count}`).join(' '));
}
console.log(registry, Object.keys(registry).length, Object.getOwnPropertySymbols(registry).map(s => s.description));
console.log('transitions', order.length, 'total', kinds.reduce((n, s) => n + registry[s].count, 0));
