// Exercises recursion: depth-500 linear recursion (sum, list building), mutual recursion
// (isEven/isOdd to depth 400), recursive descent over a generated tree (depth ~12), memoized
// recursion, Ackermann with small arguments, recursive generators (yield* to depth 200),
// recursion through callbacks (map inside recursion), permutations/power set, flood fill on a
// 20x20 grid, and recursion that unwinds via an exception from depth 300. Depths stay well
// below any engine's stack limit.
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
function buildList(n) { return n === 0 ? null : { v: n, next: buildList(n - 1) }; }
function listLength(l) { return l === null ? 0 : 1 + listLength(l.next); }
const list = buildList(500);
console.log(sumTo(500), listLength(list), list.v, list.next.next.v);
const isEven = (n) => (n === 0 ? true : isOdd(n - 1));
const isOdd = (n) => (n === 0 ? false : isEven(n - 1));
console.log(isEven(400), isOdd(399), isEven(7));
function ack(m, n) { return m === 0 ? n + 1 : n === 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
console.log(ack(2, 3), ack(3, 3));
function* deep(n) { if (n > 0) { yield n; yield* deep(n - 1); } }
let genSum = 0, genCount = 0;
for (const v of deep(200)) { genSum += v; genCount++; }
console.log('recursive generator', genCount, genSum);
const perms = (xs) => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map(p => [x, ...p])));
const powerset = ([x, ...rest]) => (x === undefined ? [[]] : powerset(rest).flatMap(s => [s, [x, ...s]]));
console.log(perms([1, 2, 3]).map(p => p.join('')).join(' '), perms([1, 2, 3, 4, 5]).length, powerset(['a', 'b', 'c']).map(s => s.join('') || '-').join(' '));
function unwind(depth, max) {
  if (depth === max) throw new RangeError(`unwound from ${depth}`);
  try { return unwind(depth + 1, max); }
  finally { if (depth % 100 === 0) console.log('finally at depth', depth); }
}
try { unwind(0, 300); } catch (e) { console.log(e.name, e.message); }

const memo = new Map();
function paths(r, c) {
  if (r === 0 || c === 0) return 1n;
  const key = r * 100 + c;
  if (memo.has(key)) return memo.get(key);
  const v = paths(r - 1, c) + paths(r, c - 1);
  memo.set(key, v);
  return v;
}
console.log('lattice paths 30x30', paths(30, 30), 'memo size', memo.size);

// Tree built recursively from a PRNG, then folded recursively.
let seed = 424242;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let nodes = 0;
function grow(depth) {
  nodes++;
  const kids = depth >= 12 ? 0 : rnd(depth < 3 ? 4 : 3);
  return { id: nodes, w: rnd(10), kids: Array.from({ length: kids }, () => grow(depth + 1)) };
}
const tree = grow(0);
const fold = (t) => t.kids.map(fold).reduce((acc, k) => ({ count: acc.count + k.count, weight: acc.weight + k.weight }), { count: 1, weight: t.w });
const height = (t) => 1 + Math.max(0, ...t.kids.map(height));
const maxPath = (t) => t.w + Math.max(0, ...t.kids.map(maxPath));
console.log('tree', fold(tree), 'height', height(tree), 'max path', maxPath(tree), 'nodes', nodes);

// Flood fill on a 20x20 grid (400 cells), recursive, counting regions.
const N = 20;
const grid = Array.from({ length: N }, () => Array.from({ length: N }, () => (rnd(100) < 58 ? 1 : 0)));
const label = Array.from({ length: N }, () => new Array(N).fill(0));
let maxDepth = 0;
function fill(r, c, id, depth) {
  if (r < 0 || c < 0 || r >= N || c >= N || grid[r][c] === 0 || label[r][c]) return 0;
  label[r][c] = id;
  if (depth > maxDepth) maxDepth = depth;
  return 1 + fill(r + 1, c, id, depth + 1) + fill(r - 1, c, id, depth + 1) + fill(r, c + 1, id, depth + 1) + fill(r, c - 1, id, depth + 1);
}
const sizes = [];
let cellsVisited = 0;
for (let r = 0; r < N; r++) {
  for (let c = 0; c < N; c++) {
    cellsVisited++;
    if (grid[r][c] && !label[r][c]) sizes.push(fill(r, c, sizes.length + 1, 1));
  }
  if (r % 5 === 4) console.log(`row ${r}: regions so far ${sizes.length}`);
}
console.log('cells', cellsVisited, 'regions', sizes.length, 'largest', Math.max(...sizes), 'sizes', sizes.slice().sort((a, b) => b - a).slice(0, 8), 'max depth', maxDepth);
console.log(label.slice(0, 4).map(row => row.map(v => (v ? String.fromCharCode(64 + (v % 26) + 1) : '.')).join('')).join('\n'));
