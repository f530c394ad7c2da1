// Exercises how console.log prints functions and classes as values: [Function: name],
// [Function (anonymous)], [class A], [class B extends A], [class (anonymous)], arrow functions,
// methods, getters' functions, bound functions ([Function: bound f]), async/generator/async
// generator functions ([AsyncFunction: f], [GeneratorFunction: g], [AsyncGeneratorFunction: h]),
// functions with extra properties, classes with static members, class instances (ClassName {}),
// instances of anonymous classes, objects whose constructor was changed, and a 250-step plugin
// registry holding functions and instances, printed at the end.
function named() {}
const anonymous = (() => function () {})();
const arrow = () => {};
const asyncFn = async function fetcher() {};
const asyncArrow = async () => {};
function* gen() {}
async function* agen() {}
class A { static count = 0; method() {} get prop() { return 1; } }
class B extends A {}
const AnonClass = (() => class {})();
const Expr = class Named {};
console.log(named, anonymous, arrow, asyncFn, asyncArrow, gen, agen);
console.log(A, B, AnonClass, Expr, [A, B], { A, B });
console.log([named, anonymous, arrow], { named, arrow, asyncFn, gen, agen });
console.log(A.prototype.method, Object.getOwnPropertyDescriptor(A.prototype, 'prop').get, named.bind(null), arrow.bind(null), (function () {}).bind(null));
console.log(Math.max, [].push, Array, Object, Map, Symbol, Promise.resolve, JSON.stringify);
const withProps = function helper() {};
withProps.version = 2;
withProps.nested = { deep: true };
console.log(withProps, [withProps]);
class WithStatic { static a = 1; static b = 'two'; static fn() {} }
console.log(WithStatic, { WithStatic });
class Empty {}
class Fields { x = 1; y = [1, 2]; #hidden = 3; }
console.log(new Empty(), new Fields(), [new Empty()], new B(), new AnonClass(), new Expr());
const changed = new Empty();
changed.constructor = 'not a function';
const protoless = Object.create(Fields.prototype);
console.log(changed, protoless);
const fnObj = { method() {}, async am() {}, *gm() {}, async *agm() {}, ['computed' + 1]() {}, [Symbol('sym')]() {}, arrowProp: () => {} };
console.log(fnObj);
console.log(typeof A, typeof named, A.name, AnonClass.name, anonymous.name, Expr.name, named.length, B.count);

// Plugin registry: 250 registrations and invocations.
class Plugin {
  constructor(name, handler) { this.name = name; this.handler = handler; this.calls = 0; }
  run(x) { this.calls++; return this.handler(x); }
}
class DoublePlugin extends Plugin { constructor() { super('double', (x) => x * 2); } }
const handlers = [
  function inc(x) { return x + 1; },
  (x) => x - 3,
  function (x) { return x % 7; },
  Math.abs,
  function negate(x) { return -x; }.bind(null),
];
const registry = new Map();
let value = 1;
for (let i = 0; i < 250; i++) {
  const key = 'p' + (i % 9);
  if (!registry.has(key)) registry.set(key, i % 9 === 4 ? new DoublePlugin() : new Plugin(key, handlers[i % handlers.length]));
  const plugin = registry.get(key);
  value = plugin.run(value);
  if (Math.abs(value) > 1e6) value = value % 1000;
  if (i % 50 === 49) console.log(`step ${i + 1}: value=${value} plugins=${registry.size}`);
}
console.log(registry);
console.log([...registry.values()].map(p => `${p.name}:${p.calls}:${p.handler.name || '(anon)'}`).join(' '), 'final value', value);
