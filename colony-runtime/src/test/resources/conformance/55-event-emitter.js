// A hand-written event emitter (no Node modules): on/once/off, listener order, removal during
// emit (the current emit still uses its snapshot), once-listeners firing exactly once,
// wildcard listeners, an 'error' event with no listener turning into a thrown error, async
// listeners awaited with Promise.all, and an order-processing workflow of 240 events that
// fans out through several listeners. Counters and a per-event log are printed at the end.
class Emitter {
  #listeners = new Map();
  on(ev, fn, { once = false } = {}) {
    if (!this.#listeners.has(ev)) this.#listeners.set(ev, []);
    this.#listeners.get(ev).push({ fn, once });
    return () => this.off(ev, fn);
  }
  once(ev, fn) { return this.on(ev, fn, { once: true }); }
  off(ev, fn) {
    const list = this.#listeners.get(ev);
    if (!list) return false;
    const i = list.findIndex((l) => l.fn === fn);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) this.#listeners.delete(ev);
    return i >= 0;
  }
  emit(ev, ...args) {
    const list = [...(this.#listeners.get(ev) ?? []), ...(ev !== '*' ? this.#listeners.get('*') ?? [] : [])];
    if (ev === 'error' && !this.#listeners.has('error')) throw args[0] instanceof Error ? args[0] : new Error(`unhandled error event: ${args[0]}`);
    const results = [];
    for (const l of list) {
      if (l.once) this.off(ev, l.fn);
      results.push(l.fn.call(this, ...args, ev));
    }
    return results;
  }
  async emitAsync(ev, ...args) { return Promise.all(this.emit(ev, ...args)); }
  listenerCount(ev) { return this.#listeners.get(ev)?.length ?? 0; }
  get eventNames() { return [...this.#listeners.keys()]; }
}

const e = new Emitter();
const calls = [];
const a = (x) => calls.push(`a${x}`);
const b = (x) => { calls.push(`b${x}`); e.off('tick', c); };  // removes c during emit
const c = (x) => calls.push(`c${x}`);
e.on('tick', a); e.on('tick', b); e.on('tick', c);
e.once('tick', (x) => calls.push(`once${x}`));
e.emit('tick', 1);
e.emit('tick', 2);
console.log(calls.join(' '), e.listenerCount('tick'), e.eventNames);
const unsub = e.on('*', (x, ev) => calls.push(`*${ev}:${x}`));
e.emit('other', 'o');
unsub();
e.emit('other', 'gone');
console.log(calls.slice(-2), e.eventNames);
try { e.emit('error', new TypeError('no error listener')); } catch (err) { console.log('thrown', err.name, err.message); }
try { e.emit('error', 'plain'); } catch (err) { console.log('thrown', err.name, err.message); }
e.on('error', (er) => calls.push(`handled ${er}`));
e.emit('error', 'now handled');
console.log(calls.at(-1), e.emit('nobody-listens'));

async function workflow() {
  const bus = new Emitter();
  const stats = { placed: 0, paid: 0, shipped: 0, refunded: 0, revenue: 0 };
  const ledger = [];
  bus.on('placed', (o) => { stats.placed++; if (o.total > 0) bus.emit('pay', o); });
  bus.on('pay', async (o) => {
    await null;
    if (o.id % 9 === 0) { bus.emit('refund', o, 'card declined'); return 'declined'; }
    stats.paid++; stats.revenue += o.total;
    return 'paid';
  });
  bus.on('pay', (o) => { ledger.push(o.id); return 'logged'; });
  bus.on('refund', (o, why) => { stats.refunded++; stats.revenue -= 0; if (stats.refunded <= 3) console.log(`refund order ${o.id}: ${why}`); });
  bus.once('shipped', (o) => console.log('first shipment', o));
  bus.on('shipped', () => { stats.shipped++; });
  let seed = 31;
  const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
  for (let id = 1; id <= 240; id++) {
    const order = { id, total: rnd(5) === 0 ? 0 : 10 + rnd(90) };
    bus.emit('placed', order);
    const outcomes = await bus.emitAsync('pay-check', order);  // no listeners: resolves to []
    if (outcomes.length) throw new Error('unexpected listener');
    if (id % 4 === 0) { await null; bus.emit('shipped', { id, items: rnd(3) + 1 }); }
    if (id % 60 === 0) console.log(`after ${id} orders`, stats);
  }
  await new Promise((r) => setTimeout(r, 10));
  console.log('final', stats, 'ledger size', ledger.length, 'ledger tail', ledger.slice(-5));
  console.log('listener counts', bus.eventNames.map((n) => `${n}:${bus.listenerCount(n)}`).join(' '));
}
workflow();
