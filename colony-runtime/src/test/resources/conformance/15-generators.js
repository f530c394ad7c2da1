// Exercises generators: yield as expression (values sent in with next(v)), yield*
// delegation to generators/arrays/strings (and the delegate's return value), generator return
// values vs for-of, infinite generators consumed with take(), spread of generators, generator
// methods in classes and objects, Symbol.iterator implemented with a generator, iterator state
// (done flags after completion), and a 400-item lazy pipeline (map/filter/take over generators).
function* counter(limit) {
  let received = [];
  for (let i = 0; i < limit; i++) {
    const got = yield i;
    if (got !== undefined) received.push(got);
  }
  return received;
}
const it = counter(3);
console.log(it.next('ignored-first'), it.next('a'), it.next('b'), it.next('c'), it.next('after'));

function* inner() { yield 'i1'; yield 'i2'; return 'inner-result'; }
function* outer() {
  const r = yield* inner();
  yield 'got ' + r;
  yield* ['arr1', 'arr2'];
  yield* 'xy';
  return 'outer-done';
}
console.log([...outer()]);
const o = outer();
const steps = [];
for (let s = o.next(); !s.done; s = o.next()) steps.push(s.value);
console.log(steps.length, o.next(), o.next());

function* naturals(from = 0) { for (let n = from; ; n++) yield n; }
function* take(iter, n) { if (n <= 0) return; for (const v of iter) { yield v; if (--n <= 0) return; } }
function* map(iter, f) { for (const v of iter) yield f(v); }
function* filter(iter, p) { for (const v of iter) if (p(v)) yield v; }
console.log([...take(naturals(5), 4)], Array.from(take(map(naturals(), x => x * x), 6)));

class Tree {
  constructor(value, ...children) { this.value = value; this.children = children; }
  *[Symbol.iterator]() { yield this.value; for (const c of this.children) yield* c; }
  *breadthFirst() { const q = [this]; while (q.length) { const n = q.shift(); yield n.value; q.push(...n.children); } }
}
const tree = new Tree(1, new Tree(2, new Tree(4), new Tree(5)), new Tree(3, new Tree(6, new Tree(7))));
console.log([...tree], [...tree.breadthFirst()], Math.max(...tree));
const range = { from: 1, to: 5, *[Symbol.iterator]() { for (let v = this.from; v <= this.to; v++) yield v; } };
console.log([...range], Array.from(range, v => v * 10));
const genFn = function* () {};
console.log(typeof genFn().next, Object.prototype.toString.call(genFn()), genFn()[Symbol.iterator]() instanceof genFn);

// Fibonacci generator with state, consumed in pieces.
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const f = fib();
const firstTen = [];
for (const v of f) { firstTen.push(v); if (firstTen.length === 10) break; }
console.log(firstTen, f.next()); // break closed the generator

// Main loop: lazy pipeline of 400 items from a PRNG generator.
function* prng(seed) { for (;;) { seed = (seed * 48271) % 2147483647; yield seed; } }
const source = take(prng(2024), 400);
const evensScaled = map(filter(source, v => v % 2 === 0), v => v % 1000);
let count = 0, sum = 0, maxV = -1;
const buckets = new Array(10).fill(0);
for (const v of evensScaled) {
  count++; sum += v; if (v > maxV) maxV = v;
  buckets[Math.floor(v / 100)]++;
  if (count % 50 === 0) console.log(`consumed ${count}: sum=${sum} max=${maxV}`);
}
console.log('count', count, 'sum', sum, 'buckets', buckets, 'source done', source.next());
