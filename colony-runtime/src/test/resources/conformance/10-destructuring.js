// Exercises destructuring: nested array/object patterns, defaults (evaluated lazily, only for
// undefined), renaming, rest elements/properties, holes, computed keys, destructuring in
// parameters (with defaults for the whole parameter), in for-of heads, in catch clauses, swaps,
// iterables (strings, Maps, generators) on the right-hand side, and errors from destructuring
// null/undefined (TypeError). A 300-record loop destructures generated records.
const { a, b: { c, d: [e, , f = 'f-default'] = [] }, ...rest } = { a: 1, b: { c: 2, d: [3, 4] }, x: 5, y: 6 };
console.log(a, c, e, f, rest);
const [p = 10, q = p * 2, ...others] = [undefined, undefined, 3, 4];
console.log(p, q, others);
const [x1, , x3 = 'hole-default', , x5] = [1, 2, , 4];
console.log(x1, x3, x5);
let calls = 0;
const def = () => { calls++; return 'computed'; };
const { m = def(), n = def() } = { m: null };
console.log(m, n, calls);
const key = 'dyn';
const { [key + 'amic']: dynamic, ['lit']: lit = 'L' } = { dynamic: 'D' };
console.log(dynamic, lit);
const [first, ...chars] = 'héllo';
const [[k1, v1], [k2, v2]] = new Map([['one', 1], ['two', 2]]);
console.log(first, chars, k1, v1, k2, v2);
function* gen() { yield 1; yield 2; yield 3; console.log('generator finished (not reached)'); }
const [g1, g2] = gen();
console.log(g1, g2);
let s1 = 'left', s2 = 'right';
[s1, s2] = [s2, s1];
console.log(s1, s2);
const target = {};
({ a: target.x, b: target['y'], c: target.z = 'zz' } = { a: 'AX', b: 'BY' });
console.log(target);
const { length, 0: firstChar } = 'abc';
console.log(length, firstChar);

function area({ w = 1, h = w * 2 } = {}, [scale = 1] = []) { return w * h * scale; }
console.log(area(), area({ w: 3 }), area({ w: 2, h: 5 }, [10]), area(undefined, [3]));
const pick = ({ id, meta: { tags: [primary = 'none', ...more] = [] } = {} }) => `${id}:${primary}:${more.length}`;
console.log(pick({ id: 1 }), pick({ id: 2, meta: {} }), pick({ id: 3, meta: { tags: ['a', 'b', 'c'] } }));
const arrow = ([a, b] = [1, 2], ...{ length: restCount }) => a + b + restCount;
console.log(arrow(), arrow([5, 5], 'x', 'y'));

try { const { z } = null; } catch (err) { console.log(err.name, err instanceof TypeError); }
try { const [z] = {}; } catch (err) { console.log(err.name, err instanceof TypeError); }
try { throw { code: 42, detail: { why: 'because' } }; } catch ({ code, detail: { why } }) { console.log('caught', code, why); }

// Main loop: 300 generated records destructured in a for-of head.
let seed = 31337;
const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296);
const records = [];
for (let i = 0; i < 300; i++) {
  const r = next();
  records.push({
    id: i,
    pos: [r % 100, (r >>> 8) % 100],
    meta: r % 4 === 0 ? undefined : { owner: ['ann', 'bob', 'cy'][r % 3], tags: r % 5 ? ['t' + (r % 7)] : [] },
  });
}
const byOwner = {};
let sumX = 0, sumY = 0, untagged = 0;
for (const { id, pos: [x, y], meta: { owner = 'nobody', tags: [tag = null] = [] } = {} } of records) {
  sumX += x; sumY += y;
  if (tag === null) untagged++;
  (byOwner[owner] ??= []).push(id);
  if (id % 60 === 59) console.log(`record ${id}: x=${x} y=${y} owner=${owner} tag=${tag} sums=${sumX},${sumY}`);
}
console.log(Object.fromEntries(Object.entries(byOwner).map(([o, ids]) => [o, ids.length])));
console.log('sums', sumX, sumY, 'untagged', untagged, 'first ids', Object.entries(byOwner).map(([o, [i0, i1]]) => o + ':' + i0 + ',' + i1));
