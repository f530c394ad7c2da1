// Exercises Map and Set: insertion order, SameValueZero keys (NaN, -0 vs 0, objects by identity),
// chaining set/add, delete during iteration, forEach with index args, entries/keys/values
// iterators, size, Map from entries / Object.fromEntries, set algebra written by hand, and a
// 400-event word-frequency / graph simulation whose final maps are printed (nested Maps/Sets).
const m = new Map();
const keyObj = { id: 1 };
m.set('a', 1).set(NaN, 'nan').set(0, 'zero').set(keyObj, 'object key');
console.log(m.get(NaN), m.get(-0), m.get({ id: 1 }), m.get(keyObj), m.size, m.has(-0));
m.set(-0, 'minus zero overwrote');
console.log([...m.keys()], m.get(0));
const s = new Set([3, 1, 3, NaN, NaN, 0, -0, '3']);
console.log(s, s.size, s.has(NaN), [...s.entries()][0]);
console.log(m.delete('a'), m.delete('a'), m.size);

// Deleting and adding during iteration: deleted-not-yet-visited entries are skipped; added ones are visited.
const live = new Map([[1, 'a'], [2, 'b'], [3, 'c']]);
const visited = [];
for (const [k] of live) {
  visited.push(k);
  if (k === 1) { live.delete(2); live.set(4, 'd'); }
  if (k === 4) live.set(1, 'a-updated');  // updating an existing key does not revisit it
}
console.log(visited, live);
const fe = [];
new Set(['x', 'y']).forEach((v, k, set) => fe.push(`${v}/${k}/${set.size}`));
new Map([['k', 'v']]).forEach((v, k, map) => fe.push(`${k}=${v}/${map instanceof Map}`));
console.log(fe);
const obj = Object.fromEntries(new Map([['p', 1], ['q', [2]]]));
const back = new Map(Object.entries({ r: 3, s: 4 }));
console.log(obj, back, Array.from(back, ([k, v]) => k + v));
const it = new Map([[1, 1]]).entries();
console.log(it.next(), it.next(), Object.prototype.toString.call(it), Object.prototype.toString.call(new Set().values()));

const union = (a, b) => new Set([...a, ...b]);
const inter = (a, b) => new Set([...a].filter(x => b.has(x)));
const diff = (a, b) => new Set([...a].filter(x => !b.has(x)));
const A = new Set([1, 2, 3, 4]), B = new Set([3, 4, 5]);
console.log(union(A, B), inter(A, B), diff(A, B), diff(B, A));

// Main simulation: 400 events building word counts and a graph of Sets.
const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
const freq = new Map();
const graph = new Map();
const firstSeen = new Map();
let seed = 271828;
for (let i = 0; i < 400; i++) {
  seed = (seed * 48271) % 2147483647;
  const w1 = words[seed % words.length];
  const w2 = words[(seed >> 5) % words.length];
  freq.set(w1, (freq.get(w1) ?? 0) + 1);
  if (!firstSeen.has(w1)) firstSeen.set(w1, i);
  if (w1 !== w2) {
    if (!graph.has(w1)) graph.set(w1, new Set());
    graph.get(w1).add(w2);
  }
  if (i % 100 === 50 && graph.has('beta')) graph.get('beta').clear();
  if (i % 80 === 79) console.log(`event ${i + 1}: distinct=${freq.size} edges=${[...graph.values()].reduce((n, s) => n + s.size, 0)}`);
}
const sorted = new Map([...freq].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)));
console.log(sorted);
console.log(firstSeen);
const nested = new Map([...graph].sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, 3).map(([k, v]) => [k, new Set([...v].sort())]));
console.log(nested);
console.log({ summary: { words: new Set(freq.keys()).size, top: [...sorted.keys()][0], graph: new Map([['beta', graph.get('beta')]]) } });
