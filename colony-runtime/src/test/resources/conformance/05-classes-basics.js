// Exercises classes: constructors, methods, getters/setters, static methods and static fields,
// static initialization blocks, public class fields (with initializers referring to this and to
// earlier fields), computed method names, class expressions, instanceof, method chaining,
// toString override, and the TypeError from calling a class without new. A 250-iteration loop
// drives an inventory object; the final state is printed.
class Counter {
  static instances = 0;
  static #registry = [];
  static created;
  static {
    Counter.created = 'static block ran';
    this.defaultStep = 1;
  }
  count = 0;
  step = Counter.defaultStep;
  label = `counter#${++Counter.instances}`;
  constructor(start = 0) {
    this.count = start;
    Counter.#registry.push(this.label);
  }
  inc() { this.count += this.step; return this; }
  get double() { return this.count * 2; }
  set double(v) { this.count = v / 2; }
  static registered() { return Counter.#registry.slice(); }
  toString() { return `${this.label}=${this.count}`; }
}
console.log(Counter.created, Counter.defaultStep);
const c1 = new Counter();
const c2 = new Counter(10);
c1.inc().inc().inc();
c2.double = 50;
console.log(String(c1), `${c2}`, c1.double, c2.count, Counter.instances, Counter.registered());
console.log(c1, Object.keys(c2), typeof Counter, Object.getOwnPropertyNames(Counter.prototype));
try { Counter(); } catch (e) { console.log(e.name, e instanceof TypeError); }

const methodName = 'dyn' + 'amic';
const Expr = class Named {
  [methodName]() { return 'computed ' + Named.name; }
  static [`static_${1 + 1}`] = 'computed static field';
  ['x' + 1] = 'computed field';
};
const ex = new Expr();
console.log(ex.dynamic(), Expr.static_2, ex.x1, Expr.name, ex);

class Temperature {
  #celsius = 0;
  static fromFahrenheit(f) { const t = new Temperature(); t.fahrenheit = f; return t; }
  get fahrenheit() { return this.#celsius * 9 / 5 + 32; }
  set fahrenheit(f) { this.#celsius = (f - 32) * 5 / 9; }
  get celsius() { return this.#celsius; }
}
const t = Temperature.fromFahrenheit(212);
console.log(t.celsius, t.fahrenheit, t, Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius').set);

class Inventory {
  items = new Map();
  log = [];
  static LIMIT = 20;
  add(name, n) {
    const cur = this.items.get(name) ?? 0;
    const next = Math.min(Inventory.LIMIT, cur + n);
    this.items.set(name, next);
    if (next === Inventory.LIMIT && cur !== Inventory.LIMIT) this.log.push(`full:${name}`);
    return next;
  }
  take(name, n) {
    const cur = this.items.get(name) ?? 0;
    if (cur < n) { this.log.push(`short:${name}`); return false; }
    if (cur === n) this.items.delete(name); else this.items.set(name, cur - n);
    return true;
  }
  get total() { let s = 0; for (const v of this.items.values()) s += v; return s; }
}
const inv = new Inventory();
const names = ['apple', 'bolt', 'cog', 'dial', 'edge'];
let state = 17;
for (let i = 0; i < 250; i++) {
  state = (state * 1103 + 7) % 4099;
  const name = names[state % names.length];
  if (state % 3 === 0) inv.take(name, 1 + (state % 4)); else inv.add(name, 1 + (state % 5));
  if (i % 50 === 49) console.log(`step ${i + 1}: total=${inv.total} kinds=${inv.items.size} log=${inv.log.length}`);
}
console.log(inv.items);
console.log(inv.log.slice(0, 8), inv.log.length);
console.log(inv instanceof Inventory, Object.getPrototypeOf(inv) === Inventory.prototype, inv.constructor.name);
