// Exercises error flow in async functions: try/catch/finally around awaits, rejections turning
// into throws, finally running after return/throw across awaits (and a finally that awaits),
// return-await vs return in try blocks, rethrowing with cause, async functions rejecting
// synchronously-thrown errors, catching via .catch later in the same tick, and a 200-iteration
// retry loop with simulated failures. Uses 10 ms timers only in a sequential chain.
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const trace = [];
let seed = 17;
const rnd = () => (seed = (seed * 16807) % 2147483647);

class TransientError extends Error {
  constructor(msg, attempt) { super(msg); this.name = 'TransientError'; this.attempt = attempt; }
}
class FatalError extends Error {
  constructor(msg, options) { super(msg, options); this.name = 'FatalError'; }
}

async function flaky(i) {
  await null;
  const r = rnd() % 10;
  if (r < 3) throw new TransientError(`transient ${i}`, r);
  if (r === 9 && i % 2 === 0) throw new FatalError(`fatal ${i}`);
  return i * 10 + r;
}

async function withRetry(i, maxAttempts) {
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return await flaky(i);  // return await: the rejection is caught here
    } catch (e) {
      if (e instanceof TransientError && attempt < maxAttempts) continue;
      throw new FatalError(`gave up on ${i} after ${attempt}`, { cause: e });
    } finally {
      trace.push(attempt);
    }
  }
}

async function returnWithoutAwait() {
  try { return Promise.reject(new Error('escapes try')); }
  catch (e) { return 'never caught here'; }
}
async function returnWithAwait() {
  try { return await Promise.reject(new Error('caught inside')); }
  catch (e) { return 'caught: ' + e.message; }
}
async function finallyOrder() {
  const steps = [];
  try {
    steps.push('try');
    await sleep(10);
    steps.push('after sleep');
    return steps;
  } finally {
    steps.push('finally start');
    await null;
    steps.push('finally end');
  }
}
async function finallyOverrides() {
  try { throw new Error('original'); }
  finally { return 'finally wins'; }  // eslint-disable-line no-unsafe-finally
}
async function syncThrow() { throw new RangeError('thrown before any await'); }

async function main() {
  try { await returnWithoutAwait(); } catch (e) { console.log('outer caught:', e.message); }
  console.log(await returnWithAwait());
  console.log(await finallyOrder());
  console.log(await finallyOverrides());
  const p = syncThrow();
  console.log('syncThrow returned promise:', p instanceof Promise);
  try { await p; } catch (e) { console.log(e.name, e.message); }
  const handledLater = Promise.reject(new TypeError('handled in same tick'));
  handledLater.catch(e => console.log('late catch:', e.name, e.message));
  try {
    await Promise.all([sleep(10).then(() => 'ok'), (async () => { throw new FatalError('in all', { cause: 'root' }); })()]);
  } catch (e) { console.log('Promise.all rejected:', e.name, e.message, e.cause); }

  const results = [];
  const failures = [];
  for (let i = 0; i < 200; i++) {
    try {
      results.push(await withRetry(i, 3));
    } catch (e) {
      failures.push(`${i}:${e.cause.name}:${e.cause.attempt ?? '-'}`);
    } finally {
      if (i % 40 === 39) console.log(`i=${i + 1} ok=${results.length} failed=${failures.length} attempts=${trace.length}`);
    }
    if (i % 50 === 0) await sleep(10);
  }
  console.log('failures', failures);
  console.log('sum', results.reduce((a, b) => a + b, 0), 'attempt histogram', trace.reduce((h, a) => (h[a] = (h[a] || 0) + 1, h), {}));
}
main().catch(e => console.log('main failed unexpectedly', e.name, e.message)).finally(() => console.log('main settled'));
