// Exercises microtask ordering exactly as the spec defines it: promise reaction jobs in FIFO
// order, interleaving of independent then-chains, queueMicrotask interleaved with promise jobs,
// nested microtasks queued from microtasks (all run before any timer), await on a native
// promise (1 tick), await on a non-promise (1 tick), async functions returning a promise
// (3 ticks), resolving with a thenable (2 ticks), Promise.resolve(promise) identity, then()
// with non-function arguments (pass-through), and a 240-step race of microtask chains whose
// interleaving is recorded and printed.
const log = [];
const L = (s) => log.push(s);
console.log('sync start');
setTimeout(() => {
  console.log('timeout: all microtasks ran first, log length', log.length);
  console.log(log.join(' '));
  part2();
}, 0);

Promise.resolve().then(() => L('a1')).then(() => L('a2')).then(() => L('a3'));
Promise.resolve().then(() => L('b1')).then(() => L('b2')).then(() => L('b3'));
queueMicrotask(() => { L('q1'); queueMicrotask(() => L('q1-nested')); Promise.resolve().then(() => L('q1-promise')); });
queueMicrotask(() => L('q2'));
(async () => { L('async-sync-part'); await undefined; L('async-after-await-1'); await Promise.resolve(); L('async-after-await-2'); })();
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
returnsPromise().then(v => L(`${v}-settled`));
returnsValue().then(v => L(`${v}-settled`));
const thenable = { then(res) { L('thenable.then called'); res('T'); } };
Promise.resolve(thenable).then(v => L(`thenable-${v}`));
new Promise(res => res(thenable)).then(v => L(`ctor-thenable-${v}`));
const p = Promise.resolve(1);
L(`identity:${Promise.resolve(p) === p}`);
Promise.resolve('pass').then(null).then(undefined, undefined).then(42).then(v => L(`passed-${v}`));
Promise.reject(new Error('r')).then(() => L('never')).catch(e => L(`caught-${e.message}`)).then(() => L('after-catch'));
Promise.resolve().finally(() => L('finally-1')).then(v => L(`after-finally-${v}`));
console.log('sync end', log.join(' '));

function part2() {
  // 240 steps: three chains of different lengths stepping through microtasks; we record the order.
  const order = [];
  let active = 0;
  function chain(name, steps, every) {
    active++;
    let p = Promise.resolve();
    for (let i = 0; i < steps; i++) {
      p = p.then(() => {
        order.push(name);
        if (i % every === every - 1) return new Promise(r => queueMicrotask(r));  // extra ticks
      });
    }
    return p.then(() => { active--; order.push(name.toUpperCase() + '-done'); });
  }
  Promise.all([chain('x', 100, 7), chain('y', 80, 5), chain('z', 60, 3)]).then(() => {
    console.log('chains finished, active', active, 'events', order.length);
    for (let i = 0; i < order.length; i += 40) console.log(order.slice(i, i + 40).join(''));
    const firstDone = order.filter(s => s.endsWith('-done'));
    console.log('completion order', firstDone);
    setTimeout(() => console.log('final timeout after everything'), 0);
  });
}
