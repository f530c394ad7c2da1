// Exercises loop control flow: labelled break/continue across nested for/while/do-while loops,
// labelled blocks, break out of switch inside loops, for-in (own and inherited enumerable keys,
// integer-like keys first), const in for-of and for-in heads, for-of over strings/Maps/Sets/
// arguments, continue in do-while, loop with comma expressions, and a 20x20 grid search (400
// cells) that uses labels to skip rows. Final tallies are printed.
outer: for (let i = 0; i < 4; i++) {
  inner: for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    if (j > 2) break inner;
    console.log('pair', i, j);
  }
}
block: {
  console.log('in block');
  if (true) break block;
  console.log('never printed');
}
let n = 0;
countdown: while (true) {
  do {
    n++;
    if (n % 3 === 0) continue countdown;
    if (n > 10) break countdown;
  } while (n % 5 !== 0);
  console.log('do-while exited at', n);
}
console.log('n after labelled while', n);

for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0: continue;
    case 1: console.log('switch case 1 for', i); break;
    default: console.log('default for', i);
  }
}

const proto = { inherited: 1 };
const obj = Object.create(proto);
obj.b = 2; obj[10] = 'ten'; obj.a = 3; obj[2] = 'two'; obj['-1'] = 'neg';
Object.defineProperty(obj, 'hidden', { value: 4, enumerable: false });
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys, Object.keys(obj));
for (const ch of 'a😀b') console.log('char', ch, ch.length);
for (const [k, v] of new Map([['m1', 1], ['m2', 2]])) console.log('map entry', k, v);
for (const v of new Set([3, 3, 4])) console.log('set value', v);
(function () { for (const a of arguments) console.log('arg', a); })('x', 'y');
for (let i = 0, j = 10; i < j; i += 3, j -= 2) console.log('comma loop', i, j);
const arr = ['p', 'q'];
arr.extra = 'e';
for (const i in arr) console.log('for-in array key', i, typeof i);

let k = 0;
do { k++; if (k < 3) continue; console.log('do-while body', k); } while (k < 4);

// Mutating the array while iterating with for-of sees appended elements.
const grow = [1, 2, 3];
for (const v of grow) { if (v < 3) grow.push(v * 10); }
console.log(grow);

// Grid search: 20x20 = 400 cells with labelled continue/break.
let visited = 0, skippedRows = 0, found = [];
let seed = 7;
const grid = [];
for (let r = 0; r < 20; r++) {
  const row = [];
  for (let c = 0; c < 20; c++) { seed = (seed * 48271) % 2147483647; row.push(seed % 100); }
  grid.push(row);
}
rows: for (let r = 0; r < 20; r++) {
  let rowSum = 0;
  cols: for (let c = 0; c < 20; c++) {
    visited++;
    const v = grid[r][c];
    if (v === 0) { skippedRows++; continue rows; }
    if (v > 97) { found.push([r, c, v]); break cols; }
    rowSum += v;
    if (rowSum > 900) { found.push(['big', r, c]); if (found.length > 12) break rows; continue rows; }
  }
  if (r % 5 === 4) console.log(`row ${r}: visited=${visited} found=${found.length}`);
}
console.log('visited', visited, 'skippedRows', skippedRows);
console.log(found);
