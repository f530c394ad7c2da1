// Exercises WeakMap and WeakSet: object keys only (TypeError for primitives, including
// registered symbols), get/set/has/delete, chaining, private-data pattern keyed by instance,
// cycle detection in a graph walk with a WeakSet, memoization keyed by object identity, how
// console.log prints them (`WeakMap { <items unknown> }`), and a 300-node processing loop whose
// results are checked at the end. Nothing here depends on garbage collection timing.
const wm = new WeakMap();
const ws = new WeakSet();
const k1 = {}, k2 = function () {}, k3 = [];
wm.set(k1, 'object').set(k2, 'function').set(k3, 'array');
ws.add(k1).add(k3);
console.log(wm.get(k1), wm.get(k2), wm.get(k3), wm.has({}), ws.has(k1), ws.has(k2));
console.log(wm.delete(k2), wm.delete(k2), wm.has(k2), ws.delete(k3), ws.has(k3));
for (const bad of [1, 'str', null, undefined, true, Symbol.for('registered')]) {
  try { wm.set(bad, 1); console.log('accepted', String(bad)); }
  catch (e) { console.log('WeakMap rejects', typeof bad, e.name); }
}
try { ws.add(42); } catch (e) { console.log('WeakSet rejects number', e.name); }
console.log(wm.get('str'), wm.has(null), ws.has(1), wm.delete(1));
console.log(wm, ws, [wm], { ws });
console.log(Object.prototype.toString.call(wm), typeof WeakMap.prototype.clear, typeof wm.size);

const privates = new WeakMap();
class Person {
  constructor(name, age) { privates.set(this, { age, visits: 0 }); this.name = name; }
  visit() { privates.get(this).visits++; return this; }
  get age() { return privates.get(this).age; }
  get visits() { return privates.get(this).visits; }
}
const p = new Person('ada', 36).visit().visit();
console.log(p, p.age, p.visits, Object.keys(p));

// Cycle-safe graph walk with a WeakSet; memoization with a WeakMap.
function makeGraph(n) {
  const nodes = Array.from({ length: n }, (_, i) => ({ id: i, edges: [] }));
  let seed = 99991;
  for (const node of nodes) {
    for (let e = 0; e < 3; e++) {
      seed = (seed * 48271) % 2147483647;
      node.edges.push(nodes[seed % n]);
    }
  }
  return nodes;
}
const nodes = makeGraph(300);
function reachable(start) {
  const seen = new WeakSet();
  const stack = [start];
  let count = 0;
  while (stack.length) {
    const n = stack.pop();
    if (seen.has(n)) continue;
    seen.add(n); count++;
    for (const e of n.edges) if (!seen.has(e)) stack.push(e);
  }
  return count;
}
const memo = new WeakMap();
let computed = 0, cached = 0;
function weight(node) {
  if (memo.has(node)) { cached++; return memo.get(node); }
  computed++;
  const w = node.edges.reduce((acc, e) => acc + e.id, node.id) % 97;
  memo.set(node, w);
  return w;
}
let total = 0;
const marks = new WeakSet();
let marked = 0;
for (let i = 0; i < 300; i++) {
  const node = nodes[(i * 7) % 300];
  total += weight(node) + weight(node.edges[0]);
  if (total % 3 === 0 && !marks.has(node)) { marks.add(node); marked++; }
  if (i % 60 === 59) console.log(`i=${i + 1} total=${total} computed=${computed} cached=${cached} marked=${marked}`);
}
console.log('reachable from 0:', reachable(nodes[0]), 'from 299:', reachable(nodes[299]));
console.log('final', { total, computed, cached, marked, memoHasAll: nodes.every(n => memo.has(n)) });
