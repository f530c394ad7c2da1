// Exercises how console.log prints numbers: NaN, Infinity, -Infinity, -0 (bare and nested:
// console.log(-0) prints -0, [ -0 ] prints [ -0 ], but String(-0) and template literals give
// 0), very large and very small magnitudes, exponent formatting, integers beyond 2^53, boxed
// numbers and booleans, BigInts, numeric arrays (which console.log lays out in right-aligned
// columns when they have more than 6 items), and typed arrays. A 300-step loop computes a
// numeric series whose samples are printed in grouped arrays.
console.log(NaN, Infinity, -Infinity, -0, 0, +0, 1 / -Infinity);
console.log([NaN, Infinity, -Infinity, -0, 0], { nan: NaN, negZero: -0, inf: Infinity });
console.log(String(-0), `${-0}`, -0 + '', JSON.stringify(-0), (-0).toString(), [-0].join(), Object.is(-0 * 1, -0));
console.log(1e21, 1e-7, 123e-20, 2 ** 70, -(2 ** 80), 0.1, 100, 1e6, 1.5e300 * 1e10, Number.MIN_VALUE, -Number.MIN_VALUE);
console.log([1e21, 1e-7, 123e-20, 2 ** 70, Number.MAX_SAFE_INTEGER + 2, 0.000001, 0.0000001]);
console.log({ a: 1.0, b: 1.50, c: -1.25e-5, d: 0x10, e: 0o10, f: 0b10, g: 1_000.000_1 });
console.log(new Number(5), new Number(-0), new Number(NaN), new Boolean(true), [new Number(1), new Boolean(false)], Object(3n));
console.log(1n, -1n, [2n ** 64n], { big: -(10n ** 20n) });
console.log('%d and %i and %f', -0, -0, -0);
console.log([1, 22, 333, 4444, 55555, 666666, 7777777]);
console.log([-1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12]);
console.log([0.5, 1.25, -3.125, 1e21, NaN, -0, Infinity, 42]);
console.log([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(new Float64Array([NaN, -0, Infinity, 1e-300, 2 ** 60]), new Int32Array(8).fill(-7));
console.log([true, false, true, false, true, false, true], [null, undefined, null, undefined, null, undefined, null]);

// Series: 300 terms of a logistic-map-like rational recurrence (exact in doubles), sampled.
let x = 1;
let y = 0;
const samples = [];
const extremes = { min: Infinity, max: -Infinity, negZeros: 0, nonFinite: 0 };
for (let i = 1; i <= 300; i++) {
  x = (x * 37 + i) % 1000;
  y = y / 2 + (i % 3 === 0 ? -x : x) / 1024;
  const v = i % 50 === 0 ? -0 * x : i % 75 === 0 ? (i % 2 ? Infinity : -Infinity) : Math.round(y * 1000) / 1000;
  if (Object.is(v, -0)) extremes.negZeros++;
  if (!Number.isFinite(v)) extremes.nonFinite++;
  else { extremes.min = Math.min(extremes.min, v); extremes.max = Math.max(extremes.max, v); }
  if (i % 10 === 0) samples.push(v);
  if (i % 100 === 0) console.log(`after ${i}:`, samples.slice(-10));
}
console.log(samples);
console.log(extremes, x, y);
