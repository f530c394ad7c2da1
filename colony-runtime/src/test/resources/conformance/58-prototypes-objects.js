// Exercises objects and prototype chains without classes: Object.create with property
// descriptors, constructor functions and prototype methods, prototype mutation after instances
// exist (instances see new methods), shadowing and hasOwnProperty/Object.hasOwn/in,
// Object.setPrototypeOf/getPrototypeOf, __proto__ in literals, Object.assign (own enumerable
// only, getters invoked), Object.entries/values/fromEntries, instanceof with a replaced
// prototype, isPrototypeOf, property enumeration order across the chain, and a 300-step
// prototype-based entity system whose per-type counts and behaviours are printed.
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return `${this.name} makes ${this.sound()}`; };
Animal.prototype.sound = function () { return 'a sound'; };
function Dog(name) { Animal.call(this, name); this.tricks = []; }
Dog.prototype = Object.create(Animal.prototype, { constructor: { value: Dog, writable: true, configurable: true } });
Dog.prototype.sound = function () { return 'woof'; };
const rex = new Dog('rex');
const generic = new Animal('thing');
console.log(rex.speak(), generic.speak(), rex instanceof Dog, rex instanceof Animal, rex.constructor.name, Object.keys(rex));
Animal.prototype.describe = function () { return `[${this.constructor.name} ${this.name}]`; };
console.log(rex.describe(), generic.describe(), 'describe' in rex, rex.hasOwnProperty('describe'), Object.hasOwn(rex, 'name'));
rex.sound = () => 'own woof';
console.log(rex.speak(), delete rex.sound, rex.speak());
console.log(Animal.prototype.isPrototypeOf(rex), Object.getPrototypeOf(Object.getPrototypeOf(rex)) === Animal.prototype, Object.getPrototypeOf(Object.prototype));

const base = { greet() { return 'hi from ' + this.kind; }, kind: 'base' };
const lit = { __proto__: base, kind: 'literal' };
const made = Object.create(base, { kind: { value: 'created', enumerable: true }, hidden: { value: 1 } });
console.log(lit.greet(), made.greet(), Object.keys(made), JSON.stringify(made), made.hidden);
const swapped = { kind: 'swapped' };
Object.setPrototypeOf(swapped, base);
console.log(swapped.greet(), base.isPrototypeOf(swapped), Object.getPrototypeOf(swapped) === base);
const keys = [];
for (const k in lit) keys.push(k);
console.log(keys, Object.entries(lit), Object.values({ a: 1, b: [2] }), Object.fromEntries([['x', 1], ['y', 2]]));
let getterRuns = 0;
const src = { a: 1, get b() { getterRuns++; return 'computed'; } };
Object.defineProperty(src, 'hidden', { value: 'no', enumerable: false });
const copy = Object.assign({}, src, null, { c: 3 });
console.log(copy, getterRuns, Object.getOwnPropertyDescriptor(copy, 'b'));
function Shape() {}
const s1 = new Shape();
Shape.prototype = { replaced: true };
const s2 = new Shape();
console.log(s1 instanceof Shape, s2 instanceof Shape, s2.replaced, s1.replaced);
const bare = Object.create(null);
bare.x = 1;
console.log('toString' in bare, Object.keys(bare), Object.prototype.hasOwnProperty.call(bare, 'x'), typeof bare.toString);
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.entries('ab'), Object.keys([4, 5]), Object.getOwnPropertyNames('ab'));

// Entity system: prototypes as "types", instances created with Object.create, 300 steps.
const Entity = {
  init(id, x) { this.id = id; this.x = x; this.hp = 10; return this; },
  tick() { this.x += this.speed; return this; },
  speed: 1,
  type: 'entity',
  get alive() { return this.hp > 0; },
  label() { return `${this.type}#${this.id}`; },
};
const Runner = Object.create(Entity, { type: { value: 'runner' }, speed: { value: 3, writable: true } });
const Tank = Object.create(Entity, { type: { value: 'tank' } });
Tank.tick = function () { Entity.tick.call(this); this.hp += 1; return this; };
const Ghost = Object.create(Runner, { type: { value: 'ghost' } });
Ghost.label = function () { return '~' + Runner.label.call(this) + '~'; };
const types = [Runner, Tank, Ghost, Entity];
const world = [];
let seed = 64;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let nextId = 1;
const deaths = [];
for (let step = 0; step < 300; step++) {
  if (world.length < 12 && rnd(3) === 0) {
    const T = types[rnd(types.length)];
    world.push(Object.create(T).init(nextId++, rnd(50)));
  }
  for (const e of world) {
    e.tick();
    if (rnd(4) === 0) e.hp -= 1 + rnd(4);
  }
  for (let i = world.length - 1; i >= 0; i--) {
    if (!world[i].alive) { if (deaths.length < 10) deaths.push(world[i].label()); world.splice(i, 1); }
  }
  if (step === 150) Runner.speed = 5;  // changes every runner and ghost that doesn't shadow it
  if (step % 60 === 59) console.log(`step ${step + 1}: ${world.map((e) => `${e.label()}@${e.x}`).join(' ')}`);
}
const byType = {};
for (const e of world) byType[e.type ?? 'entity'] = (byType[e.type ?? 'entity'] || 0) + 1;
console.log('deaths', deaths, 'alive by type', byType, 'ids issued', nextId - 1);
console.log(world.slice(0, 3), Object.getPrototypeOf(world[0]) === types.find((t) => t.isPrototypeOf(world[0]) && Object.getPrototypeOf(world[0]) === t));
