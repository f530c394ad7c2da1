// Exercises number formatting and Math: toString radix, toFixed/toPrecision/toExponential,
// exponent operator (and right associativity), numeric separators, integer limits, float
// formatting of very large/small numbers, parseInt/parseFloat/Number edge cases, Math.* functions
// with exactly-representable results, bitwise ops, and a 500-step fixed-point iteration.
console.log(2 ** 10, 2 ** -1, (-2) ** 3, 2 ** 3 ** 2, (2 ** 3) ** 2);
let p = 3; p **= 4; console.log(p);
console.log(1_000_000, 0xff_ff, 0b1010_1010, 0o7_7, 1_0.5_5e1_0);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE);
console.log(1e21, 1e20, 123456789012345680000, 1e-7, 1.5e-7, 0.000001, 0.1 + 0.2);
console.log(2 ** 53 + 1, 2 ** 64, 2 ** 1023 * 2, -(2 ** 1024), 1 / 3);
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log((1.005).toFixed(2), (1234.5678).toFixed(1), (0).toFixed(3), (-1.5).toFixed(0), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2), (5).toExponential(3));
console.log(parseInt('42px'), parseInt('0x1A'), parseInt('z', 36), parseInt(''), parseInt('  -12.9  '));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'));
console.log(Number(''), Number(' 12 '), Number('12px'), Number('0b101'), Number('0o17'), Number(null), Number(undefined), Number([5]), Number([1, 2]));
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.isNaN('x'), isNaN('x'), Number.isFinite('5'));
console.log(Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Object.is(Math.min(0, -0), -0));
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.trunc(-4.7), Math.sign(-3), Math.ceil(-0.5));
console.log(Math.floor(-1.5), Math.abs(-7.25), Math.sqrt(144), Math.cbrt(27), Math.hypot(3, 4), Math.pow(2, 0.5) === Math.SQRT2);
console.log(Math.clz32(1), Math.fround(5.5), Math.log2(1024), Math.log10(1000), Math.sin(0), Math.cos(0), Math.atan2(0, -1) === Math.PI);
console.log(Math.imul(0xffffffff, 5), 7 % -3, -7 % 3, 5.5 % 2, -0 % 5);
console.log(1 / 0, -1 / 0, 0 / 0, 0 * -1, -0 + 0, Infinity - Infinity, Infinity * 0);
console.log(~5, 5 & 3, 5 | 3, 5 ^ 3, 1 << 31, 1 << 32, -1 >>> 0, -1 >> 28, 2 ** 32 | 0, 2 ** 31 | 0);
console.log(0.1 * 3, 9007199254740993, 4.35 * 100, 1.1 + 2.2, 100 / 3);
console.log(Number('1e1000'), Number('-1e-1000'), 5e-324, 5e-324 / 2, 2.2250738585072014e-308);

// Collatz + fixed-point iterations: 500 steps of integer and float work.
let maxLen = 0, maxStart = 0;
for (let start = 1; start <= 500; start++) {
  let n = start, len = 0;
  while (n !== 1) { n = n % 2 ? 3 * n + 1 : n / 2; len++; }
  if (len > maxLen) { maxLen = len; maxStart = start; }
  if (start % 100 === 0) console.log(`collatz up to ${start}: longest ${maxLen} from ${maxStart}`);
}
let x = 1;
const trail = [];
for (let i = 0; i < 500; i++) {
  x = Math.cos(x);
  if (i % 125 === 0) trail.push(x.toFixed(10));
}
// Transcendental results may differ in the last ulp between engines: print them rounded.
console.log('cos fixed point', x.toFixed(12), trail);
let sum = 0;
for (let i = 1; i <= 400; i++) sum += 1 / (i * i);
console.log('basel partial', sum, Math.sqrt(sum * 6));
let bits = 0;
for (let i = 0; i < 256; i++) bits = (bits * 33 + (i ^ (i >>> 3))) | 0;
console.log('bit mix', bits, bits >>> 0, (bits >>> 0).toString(16));
