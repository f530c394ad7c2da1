// Exercises several timers pending at once: five timeouts at 10/30/50/70/90 ms scheduled in
// shuffled order fire in due-time order; a callback cancels a later timer (clearTimeout from
// inside a callback); setTimeout passes extra arguments; timers scheduled from callbacks
// (nested chains) interleave with the original ones 10+ ms apart; a promise created at the start
// stays pending across several timers and is resolved by a later one. Timer handles are only
// passed to clearTimeout, never printed or inspected (their type is host-specific).
// Longest chain: 90 + 60 = 150 ms. Each callback also runs a 40-step computation.
const fired = [];
let acc = 0;
function work(tag, n) {
  for (let i = 0; i < 40; i++) acc = (acc * 17 + n * (i + 1) + tag.length) % 1000003;
}
let resolveLater;
const pendingAcrossTimers = new Promise((resolve) => { resolveLater = resolve; });
pendingAcrossTimers.then((v) => { fired.push(`promise:${v}`); console.log('pending promise resolved with', v, 'after', fired.length - 1, 'timer events'); });

const handles = {};
const plan = [[50, 'c'], [10, 'a'], [90, 'e'], [30, 'b'], [70, 'd']];
for (const [ms, name] of plan) {
  handles[name] = setTimeout((label, delay) => {
    fired.push(label);
    work(label, delay);
    console.log(`timer ${label} (${delay} ms) fired; fired so far: ${fired.join(',')}; acc=${acc}`);
    if (label === 'b') {
      clearTimeout(handles.d);  // cancels the 70 ms timer from inside the 30 ms one
      console.log('b cancelled d');
      setTimeout(() => { fired.push('b+30'); work('b+30', 60); console.log('nested timer from b (due at ~60 ms)'); }, 30);
    }
    if (label === 'c') resolveLater(`value set by ${label}`);
    if (label === 'e') setTimeout(finish, 60);
  }, ms, name, ms);
}
const tick = setTimeout(function () { fired.push('never'); }, 120);
setTimeout(() => { clearTimeout(tick); fired.push('cleared-120'); console.log('cleared the 120 ms timer at 110 ms'); }, 110);
console.log('scheduled', Object.keys(handles).length, 'timers');

function finish() {
  console.log('finish at ~150 ms');
  console.log('fired', fired);
  console.log('acc', acc, 'count', fired.length);
  // Main loop: 250 synchronous steps summarizing, then one last timer.
  let h = 0;
  for (let i = 0; i < 250; i++) {
    h = (h * 33 + fired[i % fired.length].charCodeAt(0) + i) % 2147483647;
    if (i % 50 === 49) console.log(`summary step ${i + 1}: ${h}`);
  }
  setTimeout((x) => console.log('last timer', x), 10, h % 1000);
}
