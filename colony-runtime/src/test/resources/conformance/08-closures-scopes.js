// Exercises closures and scoping: counter factories whose methods share one environment,
// per-iteration `let` bindings in for loops (closures capture each iteration's copy, including
// when the loop variable is modified in the body), `var` in loops (one shared binding), closures
// created in while/do-while/for-in/for-of, IIFEs, block-scoped functions, hoisting, shadowing,
// TDZ errors caught as ReferenceError, and a memoizer closure used 400 times.
function makeCounter(start) {
  let n = start;
  const history = [];
  return {
    inc() { n++; history.push(n); return n; },
    dec() { n--; history.push(n); return n; },
    get value() { return n; },
    reset: () => { n = start; history.length = 0; },
    history: () => history.slice(),
  };
}
const c = makeCounter(10);
c.inc(); c.inc(); c.dec();
const d = makeCounter(0);
d.dec();
console.log(c.value, d.value, c.history(), d.history());
c.reset();
console.log(c.value, c.history(), d.value);

const lets = [];
for (let i = 0; i < 5; i++) { lets.push(() => i); if (i === 2) i++; }
const vars = [];
for (var j = 0; j < 5; j++) vars.push(() => j);
console.log(lets.map(f => f()), vars.map(f => f()));

// A closure created in the loop initializer sees the initializer's binding, not the per-iteration copies.
const snaps = [];
let initFn;
for (let i = 0, get = () => i; i < 3; i++) { snaps.push(() => i); initFn = get; }
console.log(snaps.map(f => f()), initFn());

const fromForOf = [];
for (const [k, v] of Object.entries({ a: 1, b: 2, c: 3 })) fromForOf.push(() => k + v);
const fromForIn = [];
for (const key in { x: 1, y: 2 }) fromForIn.push(() => key);
console.log(fromForOf.map(f => f()), fromForIn.map(f => f()));

let w = 0; const whiles = [];
while (w < 3) { const captured = w * 10; whiles.push(() => captured); w++; }
do { let z = w; whiles.push(() => z); w++; } while (w < 5);
console.log(whiles.map(f => f()));

// Hoisting and TDZ.
console.log(typeof hoisted, hoisted(), typeof notYet);
function hoisted() { return 'hoisted works'; }
var notYet = 1;
try { tdz; let tdz = 1; } catch (e) { console.log(e.name, e instanceof ReferenceError); }
try { undeclaredVariable; } catch (e) { console.log(e.name, typeof e.message); }
try { const k = 1; k = 2; } catch (e) { console.log(e.name, e instanceof TypeError); }

// Shadowing and nested closures.
let x = 'global';
function outer() {
  let x = 'outer';
  function inner() { let y = x + '>inner'; return () => y + '>' + x; }
  const f = inner();
  x = 'outer-changed';
  return f();
}
console.log(outer(), x);

// IIFE module pattern with private state.
const bank = (function () {
  let balance = 0;
  const ops = [];
  function record(op) { ops.push(op); }
  return {
    deposit(n) { balance += n; record('d' + n); },
    withdraw(n) { if (n <= balance) { balance -= n; record('w' + n); } else record('x' + n); },
    report() { return { balance, ops: ops.length, last: ops.slice(-4) }; },
  };
})();

// Memoize closure used 400 times.
function memoize(fn) {
  const cache = new Map();
  let hits = 0, misses = 0;
  const m = (n) => {
    if (cache.has(n)) { hits++; return cache.get(n); }
    misses++;
    const v = fn(n);
    cache.set(n, v);
    return v;
  };
  m.stats = () => ({ hits, misses, size: cache.size });
  return m;
}
const slowSquareDigits = memoize((n) => String(n * n).split('').reduce((a, ch) => a + Number(ch), 0));
let acc = 0;
const adders = [];
for (let i = 0; i < 400; i++) {
  const v = slowSquareDigits(i % 97);
  acc += v;
  if (i % 2) bank.deposit(v); else bank.withdraw(v + 3);
  if (i % 100 === 0) adders.push((y) => y + i + v);
  if (i % 80 === 79) console.log(`i=${i + 1} acc=${acc}`, slowSquareDigits.stats(), bank.report().balance);
}
console.log(adders.map(f => f(1000)), acc, slowSquareDigits.stats(), bank.report());
