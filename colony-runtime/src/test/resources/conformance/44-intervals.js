// Exercises setInterval: an interval that stops itself after N ticks (clearInterval from inside
// its own callback), an interval passing extra arguments, microtasks queued by each tick running
// before the next tick, an interval cleared by a timeout scheduled well away from its ticks,
// clearInterval on an already-cleared handle, and clearTimeout used on an interval handle (Node
// accepts either). Intervals run one after another, never two at once, so the output does not
// depend on timer drift. Total about 300 ms.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const history = [];

function selfStopping(label, every, ticks) {
  return new Promise((resolve) => {
    let n = 0;
    let sum = 0;
    const h = setInterval((a, b) => {
      n++;
      sum += a * n + b;
      Promise.resolve().then(() => history.push(`${label}${n}`));
      if (n === ticks) {
        clearInterval(h);
        clearInterval(h);  // second clear is a no-op
        queueMicrotask(() => resolve({ label, n, sum }));
      }
    }, every, 3, 1);
  });
}

async function main() {
  const r1 = await selfStopping('A', 10, 5);
  console.log('interval A stopped itself', r1, history.slice(-3));
  const r2 = await selfStopping('B', 15, 4);
  console.log('interval B stopped itself', r2);

  // An interval cleared from another callback: its second tick schedules an immediate that
  // clears it (with clearTimeout, which also cancels intervals), so a third tick never runs.
  let outsideTicks = 0;
  await new Promise((resolve) => {
    const outside = setInterval(() => {
      outsideTicks++;
      console.log('outside interval tick', outsideTicks);
      if (outsideTicks === 2) setImmediate(() => { clearTimeout(outside); resolve(); });
    }, 30);
  });
  console.log('outside interval cleared after', outsideTicks, 'ticks');
  await sleep(40);
  console.log('no more ticks after clearing:', outsideTicks);

  // A fast interval doing 250 steps of synchronous work spread over 10 ticks of 5 ms.
  let steps = 0;
  let hash = 7;
  await new Promise((resolve) => {
    let ticks = 0;
    const h = setInterval(() => {
      ticks++;
      for (let i = 0; i < 25; i++) {
        steps++;
        hash = (hash * 131 + steps) % 1000000007;
      }
      if (ticks % 2 === 0) console.log(`work interval tick ${ticks}: steps=${steps} hash=${hash}`);
      if (ticks === 10) { clearInterval(h); resolve(); }
    }, 5);
  });
  console.log('history', history.join(' '));
  console.log('done', { steps, hash, historyLength: history.length });
}
main();
