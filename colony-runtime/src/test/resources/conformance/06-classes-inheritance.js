// Exercises class inheritance: extends, super() in constructors, super.method() and super.getter,
// overriding, static inheritance with super.staticMethod(), new.target (in base constructors, in
// plain functions, abstract-class guard), extending built-ins (Array, Error, Map), extends null
// expressions evaluated at class creation, instanceof through chains, Symbol.hasInstance, and
// mixins. A 300-iteration loop dispatches polymorphic calls and tallies the results.
class Shape {
  constructor(name) {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.name = name;
    this.kind = new.target.name;
  }
  area() { return 0; }
  describe() { return `${this.name}(${this.kind}) area=${this.area().toFixed(2)}`; }
  static create(...args) { return new this(...args); }
  static get family() { return 'shapes'; }
}
class Rect extends Shape {
  constructor(w, h) { super('rect'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = 'square'; }
  describe() { return super.describe() + ' [square]'; }
  static get family() { return super.family + '/squares'; }
}
class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return 3 * this.r * this.r; }  // integer-friendly pi
}
try { new Shape('x'); } catch (e) { console.log(e.name, e.message); }
const sq = Square.create(3);
console.log(sq.describe(), Square.family, Rect.family, sq instanceof Rect, sq instanceof Shape, sq instanceof Circle);
console.log(sq, Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Square.prototype) === Rect.prototype);

function Legacy() { return new.target === undefined ? 'called' : 'constructed'; }
console.log(Legacy(), new Legacy() instanceof Legacy, typeof new Legacy());
function Base() { this.viaNew = new.target === Derived; }
class Derived extends Base {}
console.log(new Derived().viaNew);

class Stack extends Array {
  peek() { return this[this.length - 1]; }
  static get [Symbol.species]() { return Array; }
}
const st = Stack.from([1, 2, 3]);
st.push(4);
const mapped = st.map(x => x * 2);
console.log(st.peek(), st.length, st instanceof Array, st instanceof Stack, mapped instanceof Stack, Array.isArray(st));
console.log(st, mapped);

class HttpError extends Error {
  constructor(status, msg) { super(msg); this.name = 'HttpError'; this.status = status; }
}
const he = new HttpError(404, 'not found');
console.log(he instanceof Error, he instanceof HttpError, String(he), he.status, Object.prototype.toString.call(he));

class DefaultMap extends Map {
  constructor(def) { super(); this.def = def; }
  get(k) { if (!this.has(k)) this.set(k, this.def()); return super.get(k); }
}
const dm = new DefaultMap(() => []);
dm.get('a').push(1); dm.get('a').push(2); dm.get('b').push(3);
console.log(dm, dm.size);

class Even { static [Symbol.hasInstance](n) { return typeof n === 'number' && n % 2 === 0; } }
console.log(4 instanceof Even, 5 instanceof Even);

const Serializable = (B) => class extends B { serialize() { return JSON.stringify(this); } };
const Named = (B) => class extends B { hello() { return 'I am ' + this.name; } };
class Point extends Serializable(Named(Object)) { constructor(x, y) { super(); this.name = 'pt'; this.x = x; this.y = y; } }
const pt = new Point(1, 2);
console.log(pt.serialize(), pt.hello(), pt instanceof Point);

class A { who() { return 'A'; } callWho() { return this.who(); } }
class B extends A { who() { return 'B+' + super.who(); } }
class C extends B { who() { return 'C+' + super.who(); } }
const whoC = new C().callWho;
console.log(whoC.call(new B()), new C().callWho());

// super property lookups in object literals.
const proto = { greet() { return 'proto'; } };
const obj = { __proto__: proto, greet() { return 'obj>' + super.greet(); } };
console.log(obj.greet());

// Main loop.
const shapes = [];
let seed = 99;
const tally = { Rect: 0, Square: 0, Circle: 0 };
let areaSum = 0;
for (let i = 0; i < 300; i++) {
  seed = (seed * 75 + 74) % 65537;
  const k = seed % 3;
  const s = k === 0 ? new Rect(1 + seed % 7, 1 + seed % 5) : k === 1 ? Square.create(1 + seed % 6) : new Circle(1 + seed % 4);
  tally[s.kind]++;
  areaSum += s.area();
  if (i % 75 === 0) shapes.push(s.describe());
  if (i % 60 === 59) console.log(`i=${i + 1} areaSum=${areaSum} tally=${JSON.stringify(tally)}`);
}
console.log(shapes);
console.log('final', areaSum, tally);
