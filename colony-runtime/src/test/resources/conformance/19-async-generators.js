// Exercises async generators and for await...of: async generators awaiting timers and
// promises, yield of promises (awaited by yield), for await over async generators, over arrays
// of promises and over sync iterables, Symbol.asyncIterator on a custom object, early break
// calling return() (finally runs), throw() into an async generator, yield* of another async
// generator, next() calls queued before the first settles, and a paged-fetch simulation of 240
// items awaited one by one. Timers: a sequential chain of 10 ms sleeps (about 100 ms).
const sleep = (ms, v) => new Promise(r => setTimeout(r, ms, v));

async function* ticker(n, ms) {
  try {
    for (let i = 0; i < n; i++) {
      await sleep(ms);
      yield `tick${i}`;
    }
  } finally {
    console.log('ticker finally ran');
  }
}
async function* yieldsPromises() {
  yield Promise.resolve('resolved-by-yield');
  yield sleep(10, 'slept-by-yield');
  return 'ag-return';
}
async function* outerAg() {
  const r = yield* yieldsPromises();
  yield `delegate returned ${r}`;
}
const pages = {
  [Symbol.asyncIterator]() {
    let page = 0;
    return {
      next: async () => {
        await null;
        page++;
        return page <= 3 ? { value: `page${page}`, done: false } : { value: undefined, done: true };
      },
      return: async () => { console.log('pages.return called'); return { done: true }; },
    };
  },
};

async function fetchPage(cursor) {
  await Promise.resolve();
  const size = 40;
  const items = [];
  for (let i = 0; i < size && cursor + i < 240; i++) items.push({ id: cursor + i, v: ((cursor + i) * 7919) % 1000 });
  return { items, next: cursor + size < 240 ? cursor + size : null };
}
async function* allItems() {
  let cursor = 0;
  while (cursor !== null) {
    const { items, next } = await fetchPage(cursor);
    for (const item of items) yield item;
    cursor = next;
  }
}

async function main() {
  for await (const t of ticker(3, 10)) console.log('got', t);
  for await (const t of ticker(10, 10)) { console.log('breaking at', t); break; }
  for await (const v of [sleep(20, 'a'), 'plain', Promise.resolve('c')]) console.log('array item', v);
  for await (const v of outerAg()) console.log('outerAg', v);
  for await (const p of pages) { console.log('custom', p); if (p === 'page2') break; }

  const g = yieldsPromises();
  const queued = [g.next(), g.next(), g.next(), g.next()];  // queued before any settles
  console.log('queued results', await Promise.all(queued));

  async function* catcher() {
    for (let i = 0; ; i++) {
      try { yield i; }
      catch (e) { console.log('catcher caught', e); yield 'recovered'; return 'stopped'; }
    }
  }
  const c = catcher();
  console.log(await c.next(), await c.throw('boom'), await c.next(), await c.next());
  const fresh = catcher();
  try { await fresh.throw(new Error('into fresh')); } catch (e) { console.log('fresh rejects', e.message); }
  console.log('return on fresh', await catcher().return('R'));

  let count = 0, sum = 0;
  const maxes = [];
  let pageMax = -1;
  for await (const { id, v } of allItems()) {
    count++; sum += v; pageMax = Math.max(pageMax, v);
    if (id % 40 === 39) { maxes.push(pageMax); pageMax = -1; console.log(`consumed ${count} items, sum ${sum}`); }
  }
  console.log('items', count, 'sum', sum, 'page maxes', maxes);
  console.log(Object.prototype.toString.call(allItems()), typeof allItems()[Symbol.asyncIterator]);
}
main().then(() => console.log('done'));
