// Exercises functions: bind with partial arguments (name "bound f", length reduced), binding
// twice, `new` on bound functions (bound this ignored, prototype of the target used), call and
// apply, `this` in arrows vs methods vs detached methods (undefined in strict functions),
// default parameters referring to earlier ones, function length/name (incl. inferred names),
// arguments object, function properties, recursion via named function expressions, and a
// 300-step pipeline composed from bound and curried functions.
'use strict';
function add(a, b, c) { return `${this && this.tag}:${a + b + c}`; }
const add1 = add.bind({ tag: 'T' }, 1);
const add12 = add1.bind({ tag: 'ignored' }, 2);
console.log(add1(2, 3), add12(10), add1.name, add12.name, add.length, add1.length, add12.length);
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.norm1 = function () { return Math.abs(this.x) + Math.abs(this.y); };
const BoundPoint = Point.bind({ ignored: true }, 7);
const bp = new BoundPoint(-3);
console.log(bp, bp instanceof Point, bp instanceof BoundPoint, bp.norm1(), BoundPoint.prototype, BoundPoint.name);
class K { constructor(a, b) { this.sum = a + b; } }
const BK = K.bind(null, 40);
console.log(new BK(2), new BK(2) instanceof K, typeof BK);
try { BK(1); } catch (e) { console.log(e.name); }

const obj = {
  name: 'obj',
  regular() { return this?.name; },
  arrow: () => typeof this,
  nested() { return [[1, 2].map(function () { return this; }), [1].map(() => this.name)]; },
  later() { return (() => () => this.name)()(); },
};
const detached = obj.regular;
console.log(obj.regular(), detached(), obj.arrow(), obj.nested(), obj.later());
console.log(obj.regular.call({ name: 'called' }), obj.regular.apply({ name: 'applied' }, []), Math.max.apply(null, [4, 9, 1]));
function sloppyThis() { return this; }
console.log(sloppyThis(), sloppyThis.call(5), typeof sloppyThis.call('s'));

function defaults(a, b = a * 2, c = a + b, d = () => a + b + c) { a = 100; return [a, b, c, d()]; }
console.log(defaults(1), defaults(1, undefined, 0), defaults.length);
const anon = function () {};
const arrowNamed = () => {};
const objNames = { method() {}, ['comp' + 'uted']: () => {}, get acc() { return 1; } };
console.log(anon.name, arrowNamed.name, objNames.method.name, objNames.computed.name,
  Object.getOwnPropertyDescriptor(objNames, 'acc').get.name, (function () {}).name === '', (() => {}).name);
console.log(function (a, b = 1, ...c) {}.length, ((a, b) => {}).length, Symbol('desc').description);
function withArgs() { return [arguments.length, typeof arguments, Array.isArray(arguments), [...arguments].join('+')]; }
console.log(withArgs(1, 'two', null));
function counted() { counted.calls = (counted.calls || 0) + 1; return counted.calls; }
counted(); counted();
console.log(counted.calls, Object.keys(counted));
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10), typeof f);

// Main loop: pipeline of composed bound/curried functions, 300 values.
const compose = (...fns) => (x) => fns.reduceRight((v, f) => f(v), x);
const curry = (fn) => function curried(...args) { return args.length >= fn.length ? fn.apply(this, args) : curried.bind(this, ...args); };
const scale = curry((k, x) => x * k);
const clampTo = curry((lo, hi, x) => Math.min(hi, Math.max(lo, x)));
const offsetter = { off: 3, apply(x) { return x + this.off; } };
const pipeline = compose(clampTo(0)(500), scale(5), offsetter.apply.bind(offsetter), Math.abs);
let total = 0, clamped = 0;
const samples = [];
for (let i = 0; i < 300; i++) {
  const input = ((i * 37) % 211) - 100;
  const out = pipeline(input);
  if (out === 500) clamped++;
  total += out;
  if (i % 30 === 0) samples.push([input, out]);
  if (i % 75 === 74) console.log(`i=${i + 1} total=${total} clamped=${clamped}`);
}
console.log(samples);
console.log('final total', total, 'clamped', clamped, 'offsetter', offsetter.off);
