// Closures: counters, adders, composition, currying, memoisation, an event emitter, and array
// methods driven by arrow functions; most calls go through a captured environment.
const N = 30000;
console.log(`closures: ${N} rounds`);

const makeCounter = () => {
  let count = 0;
  return { inc: () => ++count, add: (k) => (count += k), get: () => count };
};
const adder = (k) => (x) => x + k;
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
const curry3 = (f) => (a) => (b) => (c) => f(a, b, c);
const memoize = (f) => {
  const cache = new Map();
  return (n) => {
    if (!cache.has(n)) cache.set(n, f(n));
    return cache.get(n);
  };
};

function emitter() {
  const listeners = {};
  return {
    on(name, fn) {
      (listeners[name] = listeners[name] || []).push(fn);
      return () => {
        listeners[name] = listeners[name].filter((l) => l !== fn);
      };
    },
    emit(name, value) {
      const ls = listeners[name] || [];
      for (let i = 0; i < ls.length; i++) ls[i](value);
    },
  };
}

const counter = makeCounter();
const pipeline = compose(adder(1), (x) => x * 2, adder(-3));
const volume = curry3((a, b, c) => a * b * c);
const slowSquare = memoize((n) => n * n);
const bus = emitter();
let seen = 0;
const offA = bus.on('tick', (v) => { seen += v; });
bus.on('tick', (v) => counter.add(v & 7));

let checksum = 0;
for (let i = 0; i < N; i++) {
  counter.inc();
  checksum += pipeline(i) + volume(i & 15)(3)(7) + slowSquare(i & 255);
  bus.emit('tick', i);
  if (i === N / 2) offA();
}
const fns = [];
for (let i = 0; i < 100; i++) fns.push(() => i);
const words = Array.from({ length: 2000 }, (_, i) => `w${i % 97}`);
const lengths = words.map((w) => w.length).filter((n) => n > 2).reduce((a, b) => a + b, 0);
checksum += fns.reduce((acc, f) => acc + f(), 0) + lengths;
console.log(`checksum ${checksum} ${counter.get()} ${seen}`);
