// Exercises engine state that must survive a suspension at an await or between timer
// callbacks: a Map iterator and a Set iterator consumed partly before and partly after awaits
// (with the collection mutated in between), a for-of over an array whose body awaits, a
// generator object paused across timers and resumed from timer callbacks, a global regex whose
// lastIndex advances across awaits, a string iterator over astral characters, and an
// arguments object captured by a closure. Timers: about 20 sequential 10 ms sleeps.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const m = new Map(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]));
  const it = m.entries();
  const firstHalf = [];
  for (let i = 0; i < 6; i++) firstHalf.push(it.next().value.join('='));
  await sleep(10);
  m.delete('k7');           // not yet visited: will be skipped
  m.set('k12', 12);         // appended: will be visited
  m.set('k0', 'updated');   // already visited: not revisited
  const secondHalf = [...it].map(([k, v]) => `${k}=${v}`);
  console.log('map iterator', firstHalf, secondHalf, it.next());

  const s = new Set([1, 2, 3, 4, 5]);
  const sit = s.values();
  const seen = [sit.next().value, sit.next().value];
  await null;
  s.delete(3); s.add(6); s.delete(1); s.add(1);  // re-added 1 goes to the end
  seen.push(...sit);
  console.log('set iterator', seen);

  const items = ['a', 'b', 'c', 'd', 'e', 'f'];
  let joined = '';
  for (const [idx, item] of items.entries()) {
    if (idx % 2 === 0) await sleep(10); else await null;
    joined += item + idx;
    if (idx === 2) items.push('g');  // array iterators see appended items
  }
  console.log('array for-of across awaits', joined);

  function* stepper() {
    let total = 0;
    for (let i = 1; ; i++) {
      const add = yield total;
      total += add * i;
    }
  }
  const gen = stepper();
  gen.next();
  const genTrail = await new Promise((resolve) => {
    const trail = [];
    let n = 0;
    const tick = () => {
      n++;
      trail.push(gen.next(n).value);
      if (n < 5) setTimeout(tick, 10); else resolve(trail);
    };
    setTimeout(tick, 10);
  });
  console.log('generator resumed from timers', genTrail, gen.next(0).value);

  const re = /(\w)(\d+)/g;
  const text = 'a1 b22 c333 d4444 e55555 f6 g77 h888';
  const matches = [];
  let mm;
  while ((mm = re.exec(text))) {
    matches.push(`${mm[1]}:${mm[2].length}@${re.lastIndex}`);
    if (matches.length % 3 === 0) await sleep(10); else await undefined;
  }
  console.log('regex lastIndex across awaits', matches, re.lastIndex);

  const strIt = 'x😀y👍🏽z'[Symbol.iterator]();
  const chars = [];
  for (let c = strIt.next(); !c.done; c = strIt.next()) { chars.push(c.value); await null; }
  console.log('string iterator', chars.length, chars.map((c) => c.codePointAt(0).toString(16)));

  function captureArgs() { const args = arguments; return async () => { await null; return [...args].reverse(); }; }
  console.log('arguments in closure', await captureArgs(1, 'two', [3])());

  // 240 steps: a long-lived Map iterator shared by an async consumer; the producer refills it.
  const queue = new Map();
  let produced = 0, consumed = 0, checksum = 0;
  for (let i = 0; i < 10; i++) queue.set(produced++, produced * 3);
  const consumer = queue.keys();
  while (consumed < 240) {
    const next = consumer.next();
    if (next.done) throw new Error('iterator ran dry');
    const key = next.value;
    checksum = (checksum * 7 + key * 13 + queue.get(key)) % 1000003;
    queue.delete(key);
    consumed++;
    if (queue.size < 5) for (let r = 0; r < 5; r++) queue.set(produced++, produced * 3);
    if (consumed % 40 === 0) { console.log(`consumed ${consumed}, produced ${produced}, queue ${queue.size}, checksum ${checksum}`); await sleep(10); }
    else if (consumed % 7 === 0) await null;
  }
  console.log('final', { consumed, produced, left: [...queue.keys()], checksum });
}
main();
