// Exercises Array methods taking callbacks: forEach/map/filter/reduce/reduceRight (with and
// without initial value, index and array arguments), find/findIndex/findLast/findLastIndex,
// some/every (short-circuit counts), flat/flatMap, Array.from with a map function and array-like
// objects, callbacks on sparse arrays (holes skipped by forEach/map but visited by find),
// thisArg, mutation during iteration, includes vs indexOf with NaN, at, copyWithin, fill,
// splice, Object.groupBy-free grouping with reduce, and a 300-order processing pipeline.
const nums = [5, 1, 4, 2, 3];
const visits = [];
nums.forEach(function (v, i, arr) { visits.push(`${i}:${v}:${arr.length}:${this.tag}`); }, { tag: 'T' });
console.log(visits.join(' '));
console.log(nums.map((v, i) => v * i), nums.filter(v => v % 2), nums.reduce((a, b) => a + b), nums.reduce((a, b) => a + b, 100));
console.log(nums.reduceRight((acc, v) => acc + v, ''), [[1, 2], [3]].reduce((a, b) => a.concat(b)), [].reduce((a, b) => a + b, 'empty-init'));
try { [].reduce((a, b) => a + b); } catch (e) { console.log('reduce of empty', e.name); }
console.log(nums.find(v => v > 3), nums.findIndex(v => v > 3), nums.findLast(v => v > 3), nums.findLastIndex(v => v > 3), nums.find(v => v > 10));
let someCalls = 0, everyCalls = 0;
console.log(nums.some(v => (someCalls++, v === 4)), someCalls, nums.every(v => (everyCalls++, v < 4)), everyCalls);
console.log([1, [2, [3, [4, [5]]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2, 3].flatMap(x => [x, [x * 10]]), ['a b', 'c'].flatMap(s => s.split(' ')));
console.log(Array.from({ length: 5 }, (_, i) => i * i), Array.from({ length: 2, 0: 'x', 1: 'y' }), Array.from('abc', c => c.toUpperCase()), Array.from(new Set([1, 1, 2]), x => x * 2));

const sparse = [1, , 3, , 5];
const seenForEach = [];
sparse.forEach((v, i) => seenForEach.push(i));
const seenFind = [];
sparse.find((v, i) => { seenFind.push(i); return false; });
console.log(seenForEach, seenFind, sparse.map(x => x * 2), sparse.filter(() => true), Object.keys(sparse));
const growing = [1, 2, 3];
const mapped = growing.map((v, i, arr) => { if (i === 0) { arr.push(99); arr[2] = 30; } return v; });
console.log(mapped, growing);
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [1, 2, 3].at(-1), [1, 2, 3, 4, 5].copyWithin(0, 3), new Array(3).fill().map((_, i) => i));
const sp = [1, 2, 3, 4, 5, 6];
console.log(sp.splice(1, 2, 'a', 'b', 'c'), sp, sp.splice(-2), sp, sp.splice(1, 0, 'ins'), sp);
console.log([3, 1, 2].toString(), String([1, [2, [3]]]), [null, undefined, 1].join('-'), [1, 2, 3].lastIndexOf(3), [1, 2, 3].reverse(), Array.isArray(Array.prototype));
console.log([1, 2, 3].keys().next(), [...['a', 'b'].entries()], [...[7, 8].values()], Array.of(3).length, [, 'a'].findIndex(x => x === undefined));

// Order pipeline: 300 orders, grouped and summarised with callbacks.
let seed = 1234;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const regions = ['north', 'south', 'east', 'west'];
const orders = [];
for (let i = 0; i < 300; i++) {
  orders.push({
    id: i + 1,
    region: regions[rnd(4)],
    items: Array.from({ length: 1 + rnd(4) }, () => ({ sku: 'S' + rnd(20), qty: 1 + rnd(5), price: 5 + rnd(95) })),
    cancelled: rnd(10) === 0,
  });
  if (i % 100 === 99) console.log(`generated ${i + 1} orders, items so far ${orders.reduce((n, o) => n + o.items.length, 0)}`);
}
let processed = 0;
const byRegion = orders
  .filter(o => !o.cancelled)
  .map(o => ({ ...o, total: o.items.reduce((s, it) => s + it.qty * it.price, 0) }))
  .reduce((acc, o) => {
    processed++;
    if (processed % 60 === 0) console.log(`processed ${processed} orders, last total ${o.total}`);
    (acc[o.region] ??= []).push(o);
    return acc;
  }, {});
const summary = Object.entries(byRegion)
  .map(([region, list]) => ({
    region,
    count: list.length,
    revenue: list.reduce((s, o) => s + o.total, 0),
    biggest: list.reduce((best, o) => (o.total > best.total ? o : best)).id,
    skus: [...new Set(list.flatMap(o => o.items.map(it => it.sku)))].length,
  }))
  .sort((a, b) => b.revenue - a.revenue);
console.log(summary);
console.log('cancelled', orders.filter(o => o.cancelled).map(o => o.id));
console.log('all have items', orders.every(o => o.items.length > 0), 'any huge', orders.some(o => o.items.length > 4),
  'first big', orders.find(o => o.items.length === 4)?.id, 'last big', orders.findLast(o => o.items.length === 4)?.id);
