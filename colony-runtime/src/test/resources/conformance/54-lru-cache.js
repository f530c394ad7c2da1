// An LRU cache built on Map insertion order (delete + set to refresh), with a class using
// #private fields, getters, Symbol.iterator (most-recent first via a generator over a
// reversed key list), eviction callbacks, hit/miss statistics, and a 400-operation workload
// with a skewed key distribution. A reference implementation using an array cross-checks
// every operation; the final cache contents and statistics are printed.
class LRU {
  #max; #map = new Map(); #onEvict;
  hits = 0; misses = 0; evictions = 0;
  constructor(max, onEvict = () => {}) { this.#max = max; this.#onEvict = onEvict; }
  get size() { return this.#map.size; }
  get capacity() { return this.#max; }
  get(key) {
    if (!this.#map.has(key)) { this.misses++; return undefined; }
    const v = this.#map.get(key);
    this.#map.delete(key);
    this.#map.set(key, v);
    this.hits++;
    return v;
  }
  set(key, value) {
    if (this.#map.has(key)) this.#map.delete(key);
    else if (this.#map.size >= this.#max) {
      const oldest = this.#map.keys().next().value;
      const ov = this.#map.get(oldest);
      this.#map.delete(oldest);
      this.evictions++;
      this.#onEvict(oldest, ov);
    }
    this.#map.set(key, value);
    return this;
  }
  *[Symbol.iterator]() { const keys = [...this.#map.keys()].reverse(); for (const k of keys) yield [k, this.#map.get(k)]; }
  toJSON() { return Object.fromEntries(this); }
}
class ReferenceLRU {
  constructor(max) { this.max = max; this.items = []; }
  get(k) { const i = this.items.findIndex((e) => e[0] === k); if (i < 0) return undefined; const [e] = this.items.splice(i, 1); this.items.push(e); return e[1]; }
  set(k, v) {
    const i = this.items.findIndex((e) => e[0] === k);
    if (i >= 0) this.items.splice(i, 1); else if (this.items.length >= this.max) this.items.shift();
    this.items.push([k, v]);
  }
  keys() { return this.items.map((e) => e[0]).reverse(); }
}
const evicted = [];
const cache = new LRU(8, (k, v) => { if (evicted.length < 12) evicted.push(`${k}:${v}`); });
const ref = new ReferenceLRU(8);
let seed = 99;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let mismatches = 0;
for (let i = 0; i < 400; i++) {
  const r = rnd(100);
  const key = 'k' + (r < 60 ? rnd(6) : rnd(30));  // skewed: 60% from 6 hot keys
  if (rnd(3) === 0) {
    cache.set(key, i); ref.set(key, i);
  } else {
    const a = cache.get(key), b = ref.get(key);
    if (a !== b) mismatches++;
    if (a === undefined) { cache.set(key, i); ref.set(key, i); }
  }
  const ck = [...cache].map(([k]) => k).join(','), rk = ref.keys().join(',');
  if (ck !== rk) mismatches++;
  if (i % 80 === 79) console.log(`op ${i + 1}: size=${cache.size} hits=${cache.hits} misses=${cache.misses} evictions=${cache.evictions} order=${ck}`);
}
console.log('mismatches with reference', mismatches);
console.log('first evictions', evicted);
console.log('contents (most recent first)', JSON.stringify(cache));
console.log(cache, { size: cache.size, capacity: cache.capacity, hitRate: (cache.hits / (cache.hits + cache.misses)).toFixed(3) });
