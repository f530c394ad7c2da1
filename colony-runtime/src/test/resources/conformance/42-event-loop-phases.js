// Exercises the ordering of event-loop phases as Node defines it, using only orderings that do
// not depend on timing: synchronous code, then microtasks, then timers; inside a timer
// callback, setImmediate runs before a setTimeout(0) scheduled alongside it; microtasks queued
// by a timer or immediate callback run before the next callback; timers with equal delays run
// in scheduling order; immediates scheduled from an immediate run in a later turn; a timer
// scheduled from an immediate fires after it; setTimeout with extra arguments; clearTimeout
// and clearImmediate before they fire. A final 200-step loop of alternating immediates and
// timeouts (each scheduled from the previous callback) records a checksum. Each section is
// started from the last callback of the previous one, so no two independent timers race.
const out = [];
const L = (s) => { out.push(s); console.log(s); };
L('sync 1');
setTimeout((a, b, c) => {
  L(`timeout A args=${a},${b},${c}`);
  setImmediate(() => {
    L('immediate from timeout A');
    Promise.resolve().then(() => L('microtask from immediate'));
  });
  setTimeout(() => { L('timeout(0) from timeout A'); setTimeout(section2, 10); }, 0);
  Promise.resolve().then(() => L('microtask from timeout A'));
  queueMicrotask(() => L('queueMicrotask from timeout A'));
}, 0, 'x', 2, undefined);
setTimeout(() => L('timeout B (same delay, scheduled second)'), 0);
const cancelled = setTimeout(() => L('cancelled timeout (never)'), 0);
clearTimeout(cancelled);
clearTimeout(undefined);
clearTimeout(12345678);
Promise.resolve().then(() => L('microtask 1')).then(() => L('microtask 2'));
queueMicrotask(() => L('queueMicrotask 1'));
L('sync 2');

function section2() {
  L('section 2 timer (10 ms after the first section)');
  const imm = setImmediate(() => L('cancelled immediate (never)'));
  setImmediate((label) => {
    L(`immediate 1 ${label}`);
    setImmediate(() => { L('immediate scheduled by immediate 1'); setTimeout(section3, 10); });
    Promise.resolve().then(() => L('microtask between immediates'));
  }, 'with-arg');
  setImmediate(() => L('immediate 2'));
  clearImmediate(imm);
}

function section3() {
  L('section 3 timer starts the ping-pong');
  let steps = 0;
  let checksum = 0;
  const trail = [];
  function viaImmediate() {
    steps++;
    checksum = (checksum * 31 + steps * 2) % 1000003;
    if (steps % 40 === 0) trail.push(`i${steps}`);
    if (steps < 200) setTimeout(viaTimeout, 0); else finish();
  }
  function viaTimeout() {
    steps++;
    checksum = (checksum * 31 + steps * 3) % 1000003;
    if (steps % 40 === 0) trail.push(`t${steps}`);
    if (steps % 50 === 0) console.log(`ping-pong step ${steps} checksum ${checksum}`);
    if (steps < 200) setImmediate(viaImmediate); else finish();
  }
  function finish() {
    L(`ping-pong done: steps=${steps} checksum=${checksum} trail=${trail.join(',')}`);
    L(`total events logged: ${out.length}`);
  }
  setImmediate(viaImmediate);
}
