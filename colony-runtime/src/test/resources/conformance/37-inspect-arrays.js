// Exercises how console.log prints arrays: holes (<1 empty item>, <N empty items>), arrays
// created with new Array(n), trailing holes, arrays with extra named properties, undefined vs
// holes, arrays longer than 100 items ("... N more items"), long arrays of strings/objects,
// nested arrays beyond the depth limit ([Array]), empty arrays/objects, array subclasses, and
// arguments objects. A 300-step loop fills a sparse array and prints its shape periodically.
console.log([1, , 3], [, , 1], [1, , , , 5], new Array(5), [undefined, , null], [, ]);
const trailing = [1, 2];
trailing.length = 5;
console.log(trailing, trailing.length, Object.keys(trailing));
const extra = [1, 2, 3];
extra.label = 'tagged';
extra[-1] = 'negative';
extra['2.5'] = 'fraction';
console.log(extra, extra.length);
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, (_, i) => (i % 2 ? 'odd' : 'even')));
console.log(Array.from({ length: 120 }, (_, i) => ({ i })).slice(0, 3), Array.from({ length: 102 }, () => null).length);
console.log({ nested: Array.from({ length: 103 }, (_, i) => i * 2) });
console.log([[1, [2, [3, [4, [5]]]]]], [[[[]]]], [{}], [[{}]]);
console.log([], {}, [[]], [{}, []], { a: [], b: {} });
class List extends Array {}
const l = List.from([1, 2]);
console.log(l, new List(3), List.of('x'));
(function () { console.log(arguments, [arguments]); })(1, 'two');
const big = [];
big[10000] = 'far away';
console.log(big.length, big);
const holesThenValues = [];
holesThenValues[3] = 'd';
holesThenValues[7] = 'h';
console.log(holesThenValues, holesThenValues.indexOf(undefined), holesThenValues.includes(undefined));

// 300 steps writing and deleting indexes of a sparse array.
const sparse = [];
let seed = 77;
for (let i = 0; i < 300; i++) {
  seed = (seed * 48271) % 2147483647;
  const idx = seed % 40;
  if (seed % 4 === 0) delete sparse[idx];
  else sparse[idx] = i;
  if (i % 60 === 59) console.log(`step ${i + 1}: length=${sparse.length} filled=${Object.keys(sparse).length}`, sparse.slice(0, 12));
}
console.log(sparse);
let filled = 0, holes = 0;
for (let i = 0; i < sparse.length; i++) (i in sparse ? filled++ : holes++);
console.log('filled', filled, 'holes', holes, 'sum', sparse.reduce((a, b) => a + b, 0));
