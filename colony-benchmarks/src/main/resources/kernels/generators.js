// Generators: lazy pipelines (range, map, filter, take), delegation with yield*, and a
// recursive in-order tree walk. Colony lowers generator bodies to state machines so that a
// program can be captured inside one.
const N = 20000;
const TREE = 2047;
console.log(`generators: pipeline over ${N}, tree of ${TREE}`);

function* range(from, to) {
  for (let i = from; i < to; i++) yield i;
}

function* map(source, f) {
  for (const x of source) yield f(x);
}

function* filter(source, keep) {
  for (const x of source) {
    if (keep(x)) yield x;
  }
}

function* take(source, n) {
  if (n <= 0) return;
  for (const x of source) {
    yield x;
    if (--n === 0) return;
  }
}

function* concat(...sources) {
  for (const source of sources) yield* source;
}

function tree(lo, hi) {
  if (lo > hi) return null;
  const mid = (lo + hi) >> 1;
  return { value: mid, left: tree(lo, mid - 1), right: tree(mid + 1, hi) };
}

function* inOrder(node) {
  if (node === null) return;
  yield* inOrder(node.left);
  yield node.value;
  yield* inOrder(node.right);
}

let checksum = 0;
for (const x of take(filter(map(range(0, N), (x) => x * 3), (x) => x % 2 === 0), N / 4)) {
  checksum += x;
}
for (const x of concat(range(0, 1000), [5, 6, 7], range(N - 1000, N))) {
  checksum += x;
}
const root = tree(1, TREE);
let previous = 0;
let ordered = true;
for (const v of inOrder(root)) {
  if (v <= previous) ordered = false;
  previous = v;
  checksum += v;
}
const fib = function* () {
  let [a, b] = [0, 1];
  while (true) {
    yield a;
    [a, b] = [b, (a + b) % 1000007];
  }
};
for (const f of take(fib(), 2500)) checksum = (checksum + f) % 1000000007;
console.log(`checksum ${checksum} ${ordered}`);
