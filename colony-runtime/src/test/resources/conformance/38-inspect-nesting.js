// Exercises how console.log prints nested structures: the default depth limit of 2 (deeper
// objects become [Object], arrays [Array], class instances [ClassName], Maps [Map], Sets [Set],
// null-prototype objects [Object: null prototype]), line breaking at 80 columns vs compact
// single-line output (up to 3 inner levels on one line), objects with many keys, mixed nested
// Maps/Sets/arrays, and a 200-step tree builder printed at the end (its deep parts collapse).
const deep = { a: { b: { c: { d: { e: 'bottom' } } } } };
console.log(deep, [deep], { wrap: deep });
console.log([[[[['five levels']]]]], [[[['four']]]], [[['three']]]);
class Leaf { constructor() { this.leaf = true; } }
console.log({ l1: { l2: { leaf: new Leaf(), map: new Map([[1, 2]]), set: new Set([1]), nul: Object.create(null), arr: [1], fn() {} } } });
console.log({ l1: { l2: { l3: { leaf: new Leaf() } } } });
console.log({ short: 1, keys: 2, fit: 3, on: 4, one: 5, line: 6 });
console.log({ this_object: 'has', long_enough: 'values', that_it: 'cannot fit', on_a_single: 'line of eighty' });
console.log({ a: { b: { c: {} } } }, { a: { b: { c: { d: 1 } } } }, { a: [{ b: [1] }] });
console.log({ level1: { level2a: { x: 1, y: 2 }, level2b: [1, 2, 3] }, sibling: 'value' });
const many = {};
for (let i = 0; i < 30; i++) many['key' + i] = i;
console.log(many);
console.log(new Map([['config', { nested: { deeper: { deepest: 1 } } }], ['list', [[1, [2, [3]]]]]]));
console.log(new Set([[1, [2, [3, [4]]]], { s: new Set([new Set([1])]) }]));
console.log([new Map([[{ key: 'obj' }, new Set(['v'])]])], { m: new Map([[new Map(), new Map()]]) });
console.log({ fnProps: Object.assign(function withProps() {}, { a: { b: { c: 1 } } }) });

// 200-step tree builder: nodes inserted into a binary search tree, then printed.
class TreeNode {
  constructor(key) { this.key = key; this.left = null; this.right = null; this.count = 1; }
}
let root = null;
let seed = 123;
let depthMax = 0;
function insert(key) {
  if (!root) { root = new TreeNode(key); return 1; }
  let n = root, depth = 1;
  for (;;) {
    depth++;
    if (key === n.key) { n.count++; return depth; }
    const side = key < n.key ? 'left' : 'right';
    if (!n[side]) { n[side] = new TreeNode(key); return depth; }
    n = n[side];
  }
}
for (let i = 0; i < 200; i++) {
  seed = (seed * 48271) % 2147483647;
  depthMax = Math.max(depthMax, insert(seed % 150));
  if (i % 50 === 49) console.log(`inserted ${i + 1}: depth ${depthMax}`, { root: root.key, left: root.left?.key, right: root.right?.key });
}
function inorder(n, out = []) { if (n) { inorder(n.left, out); out.push(n.count > 1 ? `${n.key}x${n.count}` : n.key); inorder(n.right, out); } return out; }
console.log(root);
console.log({ tree: root });
const keys = inorder(root);
console.log(keys.length, keys.slice(0, 20), 'max depth', depthMax);
