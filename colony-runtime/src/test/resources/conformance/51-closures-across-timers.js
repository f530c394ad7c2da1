// Exercises closures that outlive their scope while timers are pending: per-iteration let
// bindings captured by timer callbacks (10 timers 20 ms apart), var captured by the same
// callbacks (shared binding), counter factories whose shared environment is mutated from
// several timers, closures over objects mutated after scheduling, a timer that re-schedules
// itself through a closure (recursive setTimeout, 8 steps), and setTimeout with a bound
// function. Due times of timers scheduled together differ by at least 10 ms; the countdown chain
// keeps its own log, awaited and printed at the end. Longest wait: 230 ms.
const events = [];
function makeAccount(name) {
  let balance = 0;
  const ops = [];
  return {
    deposit: (n) => { balance += n; ops.push(`+${n}`); return balance; },
    withdraw: (n) => { balance -= n; ops.push(`-${n}`); return balance; },
    report: () => `${name}:${balance}:[${ops.join(' ')}]`,
  };
}
class Greeter {
  constructor(greeting) { this.greeting = greeting; this.count = 0; }
  greet(name) { this.count++; events.push(`${this.greeting}, ${name} #${this.count}`); }
}
const g = new Greeter('hello');
const acct = makeAccount('shared');
const config = { factor: 1 };
// Timers are scheduled in order of their due times, so their firing order cannot depend on how
// long the scheduling code itself takes.
for (let i = 0; i < 10; i++) {
  var lastVar = i;
  setTimeout(() => {
    const bal = i % 3 === 0 ? acct.withdraw(i * config.factor) : acct.deposit(i * config.factor);
    events.push(`t${i}(var=${lastVar},factor=${config.factor},bal=${bal})`);
  }, 10 + i * 20);
  if (i === 0) setTimeout(g.greet.bind(g, 'bound-at-20'), 20);
  if (i === 2) setTimeout(g.greet.bind(g), 60, 'arg-at-60');
}
config.factor = 5;  // mutated after scheduling: callbacks see the new value

function countdown(n, label) {
  let remaining = n;
  const ticks = [];
  return new Promise((resolve) => {
    function step() {
      ticks.push(remaining);
      remaining--;
      if (remaining > 0) setTimeout(step, 13); else resolve(`${label}:${ticks.join(',')}`);
    }
    setTimeout(step, 5);
  });
}
const countdownDone = countdown(8, 'cd');

setTimeout(async () => {
  const countdownResult = await countdownDone;  // normally settled long ago; awaited to be safe
  console.log(events.join('\n'));
  console.log(acct.report(), 'greeter count', g.count, 'countdown', countdownResult);
  // 300-step closure workload: a pipeline of closures built in a loop, each capturing its own step.
  const fns = [];
  for (let k = 0; k < 300; k++) {
    const weight = (k % 7) + 1;
    fns.push((x) => (x * weight + k) % 1000003);
  }
  let x = 1;
  fns.forEach((f, idx) => { x = f(x); if (idx % 60 === 59) console.log(`closure ${idx + 1}: x=${x}`); });
  console.log('pipeline result', x, 'var after loop', lastVar);
}, 230);
