// Async functions: awaits on resolved promises in a loop, Promise.all over batches and a chain
// of then-callbacks; measures promise jobs and the lowered async state machines.
const N = 5000;
const BATCH = 50;
console.log(`async: ${N} awaits, ${N / BATCH} batches of ${BATCH}`);

async function double(x) {
  await null;
  return x * 2;
}

async function sequential() {
  let sum = 0;
  for (let i = 0; i < N; i++) {
    sum += await double(i);
  }
  return sum;
}

async function batched() {
  let sum = 0;
  for (let b = 0; b < N / BATCH; b++) {
    const jobs = [];
    for (let i = 0; i < BATCH; i++) jobs.push(double(b * BATCH + i));
    const results = await Promise.all(jobs);
    sum += results.reduce((a, c) => a + c, 0);
  }
  return sum;
}

function chained() {
  let p = Promise.resolve(0);
  for (let i = 0; i < N; i++) {
    p = p.then((acc) => acc + (i & 7));
  }
  return p;
}

async function main() {
  const a = await sequential();
  const b = await batched();
  const c = await chained();
  console.log(`checksum ${a} ${b} ${c}`);
}

main();
