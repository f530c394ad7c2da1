// Exercises async/await in loops: sequential awaits in for/while/for-of loops, awaiting
// non-promises and thenables, awaiting timers (sleep), async arrow functions and async methods
// (class and object literal), async functions returning promises, Promise chains mixed with
// await, per-iteration state carried across awaits, and a 250-iteration microtask-driven loop
// plus a short timer-driven loop. Total timer time is about 120 ms.
const sleep = (ms, v) => new Promise(resolve => setTimeout(resolve, ms, v));
const order = [];

class Queue {
  #items = [];
  async push(v) { await null; this.#items.push(v); return this.#items.length; }
  async drain(fn) {
    const out = [];
    while (this.#items.length) out.push(await fn(this.#items.shift()));
    return out;
  }
}
const helpers = {
  async double(x) { return x * 2; },
  triple: async (x) => { await undefined; return x * 3; },
  async viaPromise(x) { return Promise.resolve(x + 0.5); },
};

async function main() {
  order.push('main start');
  console.log('await plain value:', await 42, await 'str', await undefined);
  const thenable = { then(resolve) { resolve('from thenable'); } };
  console.log('await thenable:', await thenable);
  console.log('async helpers:', await helpers.double(4), await helpers.triple(4), await helpers.viaPromise(4));

  const q = new Queue();
  for (let i = 0; i < 5; i++) await q.push(i * i);
  console.log('queue drained:', await q.drain(async (v) => v + 1));

  // Microtask-driven loop: 250 iterations, each awaiting something different.
  let total = 0;
  const seen = [];
  for (let i = 0; i < 250; i++) {
    let v;
    switch (i % 4) {
      case 0: v = await i; break;
      case 1: v = await Promise.resolve(i * 2); break;
      case 2: v = await helpers.triple(i); break;
      default: v = await new Promise(r => queueMicrotask(() => r(-i)));
    }
    total += v;
    if (i % 50 === 49) { seen.push(total); console.log(`micro loop ${i + 1}: total=${total}`); }
  }

  // Timer-driven loop: 12 sequential sleeps of 10 ms, with per-iteration closures.
  const closures = [];
  let j = 0;
  while (j < 12) {
    const got = await sleep(10, j * 7);
    closures.push(() => `${j}:${got}`);
    j++;
    if (j % 4 === 0) console.log('timer loop reached', j, 'last got', got);
  }
  console.log(closures.map(f => f()).join(' '));

  // for-of over an array of promises: awaited in order even though they settle in another order.
  const settling = [sleep(30, 'slow'), sleep(10, 'fast'), Promise.resolve('instant')];
  for (const p of settling) console.log('for-of awaited', await p);

  // Promise chain mixed with await.
  const chained = await Promise.resolve(1).then(v => v + 1).then(async v => (await sleep(5), v * 10));
  console.log('chained', chained);
  order.push('main end');
  return { total, seen, chained };
}

order.push('before main');
const p = main();
order.push('after main call (sync)');
console.log('main returned a', Object.prototype.toString.call(p), p instanceof Promise);
p.then(result => {
  console.log('result', result);
  console.log('order', order);
});
