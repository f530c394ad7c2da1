// Exercises how console.log prints shared references and cycles: a self-referencing object
// (<ref *1> ... [Circular *1]), cycles through arrays, Maps and Sets, several distinct cycles
// numbered *1, *2, shared but acyclic references (printed in full each time, no markers),
// cycles below the depth limit, cycles in class instances, and a 250-step linked-structure
// builder (doubly linked list + graph) whose cyclic result is printed at the end.
const self = { name: 'self' };
self.me = self;
console.log(self);
const arr = [1, 2];
arr.push(arr);
console.log(arr, [arr]);
const a = { id: 'a' }, b = { id: 'b', a };
a.b = b;
console.log(a, [a, b]);
const shared = { shared: true };
console.log({ x: shared, y: shared, z: [shared, shared] });
const m = new Map();
m.set('self', m);
const s = new Set();
s.add(s);
console.log(m, s, { m });
const two = { first: {}, second: {} };
two.first.loop = two.first;
two.second.loop = two.second;
two.second.back = two;
console.log(two);
class Node { constructor(v) { this.v = v; this.next = null; this.prev = null; } }
const n1 = new Node(1), n2 = new Node(2);
n1.next = n2; n2.prev = n1;
console.log(n1);
const deep = { l1: { l2: { l3: { l4: {} } } } };
deep.l1.l2.l3.l4.root = deep;
console.log(deep);
const inner = { tag: 'inner' };
inner.self = inner;
console.log({ wrapper: { inner } }, [[inner]]);
const fn = function named() {};
fn.self = fn;
console.log(fn, { fn });

// Builder: 250 steps forming a ring buffer of nodes (cyclic) and adjacency between them.
class Ring {
  constructor() { this.size = 0; this.head = null; }
  insert(v) {
    const node = { v, next: null, prev: null };
    if (!this.head) { node.next = node; node.prev = node; this.head = node; }
    else { const tail = this.head.prev; tail.next = node; node.prev = tail; node.next = this.head; this.head.prev = node; }
    this.size++;
    return node;
  }
  remove(node) {
    if (node.next === node) this.head = null;
    else { node.prev.next = node.next; node.next.prev = node.prev; if (this.head === node) this.head = node.next; }
    this.size--;
  }
  values() { const out = []; let n = this.head; if (!n) return out; do { out.push(n.v); n = n.next; } while (n !== this.head); return out; }
}
const ring = new Ring();
const live = [];
let seed = 3;
for (let i = 0; i < 250; i++) {
  seed = (seed * 48271) % 2147483647;
  if (live.length > 4 && seed % 3 === 0) {
    const idx = seed % live.length;
    ring.remove(live[idx]);
    live.splice(idx, 1);
  } else {
    live.push(ring.insert(i));
  }
  if (i % 50 === 49) console.log(`step ${i + 1}: size=${ring.size} values=${ring.values().slice(0, 8).join(',')}...`);
}
let sum = 0;
for (const v of ring.values()) sum += v;
console.log('ring size', ring.size, 'sum', sum, 'consistent', ring.values().length === live.length);
while (ring.size > 2) ring.remove(ring.head.next);
console.log(ring);
console.log({ head: ring.head, values: ring.values() });
