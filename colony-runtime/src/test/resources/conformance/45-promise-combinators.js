// Exercises Promise combinators with mixes of timers, already-settled promises and plain
// values: Promise.all (order of results follows input order, first rejection wins, empty
// input), Promise.allSettled (status/value/reason objects), Promise.any (first fulfilment,
// AggregateError with .errors when all reject), Promise.race (timers 10+ ms apart, plain values
// win immediately), combinators over iterables (Set, generator), nested combinators, and a
// 200-task batch processed 25 at a time with Promise.allSettled. Timers: at most ~120 ms in sequence.
const sleep = (ms, v) => new Promise((r) => setTimeout(r, ms, v));
const fail = (ms, why) => new Promise((_, rej) => setTimeout(rej, ms, new Error(why)));

async function main() {
  console.log('all', await Promise.all([sleep(30, 'slow'), sleep(10, 'fast'), 'plain', Promise.resolve('resolved')]));
  console.log('all empty', await Promise.all([]), 'allSettled empty', await Promise.allSettled([]));
  try { await Promise.all([sleep(30, 'x'), fail(10, 'first failure'), fail(20, 'second failure')]); }
  catch (e) { console.log('all rejected with', e.message); }
  const settled = await Promise.allSettled([sleep(10, 'ok'), fail(20, 'nope'), 42, Promise.reject('raw reason')]);
  console.log('allSettled', settled.map((s) => (s.status === 'fulfilled' ? s : { status: s.status, reason: s.reason instanceof Error ? s.reason.message : s.reason })));
  console.log('any', await Promise.any([fail(10, 'a'), sleep(20, 'first fulfilled'), sleep(30, 'later')]));
  try { await Promise.any([fail(10, 'e1'), Promise.reject(new TypeError('e2')), fail(20, 'e3')]); }
  catch (e) { console.log('any rejected', e.name, e instanceof AggregateError, e.errors.map((x) => x.message), typeof e.message); }
  try { await Promise.any([]); } catch (e) { console.log('any empty', e.name, e.errors.length); }
  console.log('race timers', await Promise.race([sleep(60, 'slow'), sleep(10, 'fast')]));
  console.log('race plain value', await Promise.race([sleep(10, 'timer'), 'plain wins']));
  try { await Promise.race([fail(10, 'race loser rejects first'), sleep(20, 'too late')]); }
  catch (e) { console.log('race rejected', e.message); }
  console.log('race empty stays pending:', await Promise.race([Promise.race([]), sleep(10, 'fallback')]));
  function* gen() { yield sleep(10, 'g1'); yield 'g2'; }
  console.log('iterables', await Promise.all(new Set([1, Promise.resolve(2)])), await Promise.all(gen()));
  const nested = await Promise.all([Promise.allSettled([fail(10, 'inner')]), Promise.race([sleep(20, 'r'), sleep(30, 's')]), Promise.any([sleep(10, 'y')])]);
  console.log('nested', JSON.stringify(nested, (k, v) => (v instanceof Error ? `Error(${v.message})` : v)));
  const thenables = await Promise.all([{ then(r) { r('thenable'); } }, { then(_, j) { j('rejecting thenable'); } }].map((t) => Promise.resolve(t).catch((x) => `caught ${x}`)));
  console.log('thenables', thenables);

  // 200 tasks in batches of 25; each task resolves via microtasks or fails deterministically.
  let seed = 555;
  const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
  const task = async (i) => {
    const hops = rnd(4);
    for (let h = 0; h < hops; h++) await null;
    if (rnd(9) === 0) throw new RangeError(`task ${i} failed`);
    return i * 3 + hops;
  };
  let okSum = 0, failures = 0;
  const failedIds = [];
  for (let b = 0; b < 200; b += 25) {
    const batch = Array.from({ length: 25 }, (_, k) => task(b + k));
    const results = await Promise.allSettled(batch);
    for (const r of results) {
      if (r.status === 'fulfilled') okSum += r.value;
      else { failures++; failedIds.push(Number(r.reason.message.split(' ')[1])); }
    }
    if (b % 50 === 25) console.log(`batch ending at ${b + 25}: okSum=${okSum} failures=${failures}`);
    if (b === 100) await sleep(10);
  }
  const firstOk = await Promise.any(Array.from({ length: 5 }, (_, k) => task(1000 + k)));
  console.log('failed ids', failedIds, 'okSum', okSum, 'first any', firstOk);
}
main().then(() => console.log('main done'));
