// Exercises several timers pending at once: five timeouts at 10/60/110/160/210 ms scheduled
// in shuffled order (each due at least 50 ms before any timer scheduled ahead of it) fire in
// due-time order; a callback cancels a later timer (clearTimeout from inside a callback);
// setTimeout passes extra arguments; timers scheduled from callbacks run while the others are
// pending; a promise created at the start stays pending across several timers and is resolved
// by a later one.
// Timer handles are only passed to clearTimeout, never printed (their type is host-specific).
// Longest chain: 210 + 60 + 10 = 280 ms. Each callback also runs a 40-step computation.
const fired = [];
const nested = [];
let acc = 0;
function work(tag, n) {
  for (let i = 0; i < 40; i++) acc = (acc * 17 + n * (i + 1) + tag.length) % 1000003;
}
let resolveLater;
const pendingAcrossTimers = new Promise((resolve) => { resolveLater = resolve; });
pendingAcrossTimers.then((v) => { fired.push(`promise:${v}`); console.log('pending promise resolved with', v, 'after', fired.length - 1, 'timer events'); });

// Warm-up: the first timer call in a fresh runtime may be slow (lazy initialisation). The plan
// below is scheduled out of order, so it must not pay that cost between two of its calls.
clearTimeout(setTimeout(() => {}, 1000));
const handles = {};
const plan = [[110, 'c'], [10, 'a'], [210, 'e'], [60, 'b'], [160, 'd']];
for (const [ms, name] of plan) {
  handles[name] = setTimeout((label, delay) => {
    fired.push(label);
    work(label, delay);
    console.log(`timer ${label} (${delay} ms) fired; fired so far: ${fired.join(',')}; acc=${acc}`);
    if (label === 'b') {
      clearTimeout(handles.d);  // cancels the 160 ms timer from inside the 60 ms one
      console.log('b cancelled d');
      // Scheduled from a callback; its effect is kept apart from `fired` and `acc` and checked at
      // the end, so the output does not depend on how late this callback ran.
      setTimeout((x) => { nested.push(`b+30:${x}`); }, 30, 'nested-arg');
    }
    if (label === 'c') resolveLater(`value set by ${label}`);
    if (label === 'e') setTimeout(finish, 60);
  }, ms, name, ms);
}
let tick;
setTimeout(() => { clearTimeout(tick); fired.push('cleared-240'); console.log('cleared the 240 ms timer at 230 ms'); }, 230);
tick = setTimeout(function () { fired.push('never'); }, 240);
console.log('scheduled', Object.keys(handles).length, 'timers');

function finish() {
  console.log('finish at ~270 ms');
  console.log('fired', fired);
  console.log('acc', acc, 'count', fired.length, 'nested', nested);
  // Main loop: 250 synchronous steps summarizing, then one last timer.
  let h = 0;
  for (let i = 0; i < 250; i++) {
    h = (h * 33 + fired[i % fired.length].charCodeAt(0) + i) % 2147483647;
    if (i % 50 === 49) console.log(`summary step ${i + 1}: ${h}`);
  }
  setTimeout((x) => console.log('last timer', x), 10, h % 1000);
}
