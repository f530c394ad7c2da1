// Exercises sorting: default sort (string order, undefined last, holes removed to the end),
// numeric comparators, stable sort (equal keys keep input order), multi-key comparators,
// comparators returning non-integers/booleans-as-numbers, sorting strings with astral chars by
// code units, toSorted/toReversed/with (non-mutating), sorting typed arrays numerically, and a
// 300-element merge-sort implemented by hand cross-checked against Array.prototype.sort.
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => a - b), ['b', undefined, 'a', , 'c'].sort());
console.log(['B', 'a', 'C', 'b'].sort(), ['é', 'e', 'z', 'E'].sort(), ['😀', 'z', '\uffff', 'a'].sort().map(s => s.codePointAt(0).toString(16)));
console.log([3, 1, 2].sort((a, b) => b - a), [0.5, -0.25, 0.125].sort((a, b) => (a - b) * 0.001), [true, false, true].sort());
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cy', age: 30 }, { name: 'di', age: 25 },
  { name: 'ed', age: 35 }, { name: 'fay', age: 30 }, { name: 'gus', age: 25 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join(','));
console.log(people.slice().sort((a, b) => b.age - a.age || (a.name < b.name ? 1 : -1)).map(p => `${p.name}${p.age}`).join(','));
const orig = [3, 1, 2];
console.log(orig.toSorted(), orig.toReversed(), orig.with(0, 9), orig);
console.log(new Float64Array([10, -1, 2.5, NaN, -0, 0]).sort(), new Int32Array([10, 9, 100, 1]).sort());
console.log([undefined, 3, null, 1, 2, undefined, -1].sort((a, b) => (a > b ? 1 : a < b ? -1 : 0)));
const arr = [5, 1, 4];
console.log(arr.sort() === arr, arr);

// Merge sort by hand vs the built-in stable sort, 300 records, printed progress during merges.
let seed = 4711;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const records = Array.from({ length: 300 }, (_, i) => ({ key: rnd(40), seq: i, tag: String.fromCharCode(65 + rnd(26)) }));
let comparisons = 0, merges = 0;
function cmp(a, b) { comparisons++; return a.key - b.key || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0); }
function mergeSort(list) {
  if (list.length <= 1) return list;
  const mid = list.length >> 1;
  const left = mergeSort(list.slice(0, mid));
  const right = mergeSort(list.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < left.length && j < right.length) out.push(cmp(right[j], left[i]) < 0 ? right[j++] : left[i++]);
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  merges++;
  if (merges % 60 === 0) console.log(`merge #${merges}: size ${out.length}, comparisons so far ${comparisons}`);
  return out;
}
const mine = mergeSort(records);
const builtin = records.slice().sort((a, b) => a.key - b.key || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
const same = mine.every((r, i) => r === builtin[i]);
console.log('merges', merges, 'comparisons', comparisons, 'identical to built-in stable sort', same);
console.log(mine.slice(0, 6), mine.slice(-3));
let checksum = 0;
mine.forEach((r, i) => { checksum = (checksum * 7 + r.seq * (i + 1)) % 1000000007; });
console.log('checksum', checksum, 'first keys', mine.slice(0, 20).map(r => r.key).join(' '));
