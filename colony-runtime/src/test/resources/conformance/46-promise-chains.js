// Exercises promise chains: then returning values/promises/thenables, error recovery with
// catch in the middle of a chain, finally (runs on both paths, passes the value through, its
// return value ignored, a throw inside it replaces the outcome) and the tick ordering of
// finally vs then, rejections that look unhandled but get a handler later in the same
// synchronous run or in a microtask before the checkpoint, resolving a promise with itself
// (TypeError), executor throwing after resolve (ignored), resolve/reject called twice, thenables
// whose then throws, and a 300-link chain built in a loop whose result is checked.
const log = [];
const L = (s) => log.push(s);

Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => Promise.resolve(v * 10))
  .then((v) => ({ then(res) { res(v + 5); } }))
  .then((v) => { throw new Error(`boom at ${v}`); })
  .then(() => L('skipped'))
  .catch((e) => { L(`recovered from ${e.message}`); return 'recovered'; })
  .finally(() => { L('finally after recovery'); return 'ignored'; })
  .then((v) => L(`value after finally: ${v}`));

Promise.reject(new Error('original'))
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => L(`finally throw replaced outcome: ${e.message}`));

const early = Promise.reject(new Error('handled later in the same run'));
const again = Promise.reject(new Error('handled in a microtask'));
queueMicrotask(() => again.catch((e) => L(`microtask handler: ${e.message}`)));
early.catch((e) => L(`late handler: ${e.message}`));

const selfP = new Promise((res) => setTimeout(() => res(selfP), 0));
selfP.catch((e) => L(`self resolution: ${e.name} ${e instanceof TypeError}`));

new Promise((res, rej) => { res('first'); res('second'); rej(new Error('ignored')); throw new Error('also ignored'); })
  .then((v) => L(`settled once with ${v}`));
new Promise(() => { throw new RangeError('executor threw'); }).catch((e) => L(`executor throw -> ${e.name}`));
Promise.resolve({ then() { throw new SyntaxError('then threw'); } }).catch((e) => L(`thenable threw -> ${e.name}`));
Promise.resolve({ then(res) { res('resolved first'); throw new Error('ignored after resolve'); } }).then((v) => L(`thenable ${v}`));

// finally vs then tick ordering.
Promise.resolve('F').finally(() => L('tick: finally callback')).then(() => L('tick: after finally'));
Promise.resolve('T').then(() => L('tick: then 1')).then(() => L('tick: then 2')).then(() => L('tick: then 3')).then(() => L('tick: then 4'));

setTimeout(() => {
  console.log(log.join('\n'));
  log.length = 0;
  longChain();
}, 20);

function longChain() {
  // 300 links; every 50th link goes through a timer-free thenable, every 30th throws and recovers.
  let p = Promise.resolve({ sum: 0, recoveries: 0, thenables: 0 });
  for (let i = 1; i <= 300; i++) {
    p = p.then((st) => {
      if (i % 30 === 0) throw Object.assign(new Error(`link ${i}`), { st });
      st.sum += i;
      if (i % 50 === 0) { st.thenables++; return { then(res) { res(st); } }; }
      return st;
    }).catch((e) => { e.st.recoveries++; e.st.sum -= i; return e.st; });
    if (i % 60 === 0) p = p.then((st) => { console.log(`link ${i}: sum=${st.sum} recoveries=${st.recoveries}`); return st; });
  }
  p.then((st) => {
    const expected = 300 * 301 / 2 - 2 * (30 * 55);  // 1..300 minus twice the multiples of 30
    console.log('final', st, 'expected sum', expected, st.sum === expected);
  }).finally(() => console.log('chain complete'));
}
