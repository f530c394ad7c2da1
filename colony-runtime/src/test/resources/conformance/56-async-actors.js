// Several concurrent async loops ("actors") exchanging messages through mailboxes whose
// receive() returns a promise resolved by a later send(). A producer emits 240 jobs, three
// workers take turns (the interleaving is fixed by the microtask queue, not by timing), a
// collector aggregates results, and a supervisor sleeps on a timer until the work is done.
// Many suspended async functions with pending promises exist at every moment of the run.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class Mailbox {
  #queue = []; #waiters = [];
  constructor(name) { this.name = name; this.sent = 0; }
  send(msg) {
    this.sent++;
    const w = this.#waiters.shift();
    if (w) w(msg); else this.#queue.push(msg);
  }
  receive() {
    if (this.#queue.length) return Promise.resolve(this.#queue.shift());
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
  get backlog() { return this.#queue.length; }
}
const jobs = new Mailbox('jobs');
const results = new Mailbox('results');
const trace = [];

async function producer(n) {
  let seed = 2024;
  for (let i = 1; i <= n; i++) {
    seed = (seed * 48271) % 2147483647;
    jobs.send({ id: i, payload: seed % 1000 });
    if (i % 3 === 0) await null;  // yield to the workers now and then
  }
  for (let w = 0; w < 3; w++) jobs.send({ stop: true });
}
async function worker(name) {
  let handled = 0;
  for (;;) {
    const job = await jobs.receive();
    if (job.stop) break;
    handled++;
    let v = job.payload;
    for (let k = 0; k < (job.id % 4); k++) { v = (v * 31 + k) % 997; await null; }
    if (trace.length < 24) trace.push(`${name}:${job.id}`);
    results.send({ id: job.id, worker: name, value: v });
  }
  results.send({ done: name, handled });
  return handled;
}
async function collector(expectedWorkers) {
  const byWorker = {};
  let sum = 0, count = 0, finished = 0, order = 0;
  while (finished < expectedWorkers) {
    const r = await results.receive();
    if (r.done) { finished++; byWorker[r.done + ' (done)'] = r.handled; continue; }
    count++;
    sum = (sum + r.value * (++order)) % 1000000007;
    byWorker[r.worker] = (byWorker[r.worker] ?? 0) + 1;
    if (count % 60 === 0) console.log(`collected ${count}: checksum ${sum}, backlog ${jobs.backlog}`);
  }
  return { count, sum, byWorker };
}
async function supervisor(done) {
  let reports = 0;
  while (!done.flag) {
    await sleep(10);
    reports++;
  }
  return reports;
}
async function main() {
  const done = { flag: false };
  const sup = supervisor(done);
  const col = collector(3);
  const workers = ['w1', 'w2', 'w3'].map(worker);
  await producer(240);
  const handled = await Promise.all(workers);
  const summary = await col;
  done.flag = true;
  const reports = await sup;
  console.log('trace', trace.join(' '));
  console.log('handled per worker', handled, 'summary', summary);
  console.log('mailboxes', { jobsSent: jobs.sent, resultsSent: results.sent }, 'supervisor woke at least once:', reports >= 1);
}
main();
