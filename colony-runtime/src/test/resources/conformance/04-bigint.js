// Exercises BigInt: literals (with separators), arithmetic (+ - * / % **, negative division
// truncation), comparisons with Numbers, BigInt(), asIntN/asUintN, toString(radix), printing
// BigInts bare and nested (console.log shows a trailing n), typeof, mixing with Number caught
// as TypeError, and a 300-step factorial/fibonacci loop whose results are checked at the end.
console.log(1n, -0n, 123_456_789_012_345_678_901_234_567_890n, 0xffn, 0b101n, 0o17n);
console.log([1n, -2n], { big: 2n ** 100n }, typeof 1n, typeof Object(1n));
console.log(7n / 2n, -7n / 2n, 7n % -2n, -7n % 2n, 2n ** 64n, (-3n) ** 3n);
console.log(1n < 2, 2n > 1.5, 1n == 1, 1n === 1, 0n == false, 10n > 9.999999, [3n, 1, 2n].sort());
console.log(BigInt(42), BigInt('0x10'), BigInt('  123  '), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log((255n).toString(16), (-255n).toString(2), (10n ** 30n).toString(36), String(12n), `${-5n}`);
console.log(5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, 1n << 70n, -(2n ** 70n) >> 3n);
console.log(0n ? 'truthy' : 'falsy', !!1n, Number(2n ** 60n), parseInt('99n'), JSON.stringify({ n: String(5n) }));

const errors = [];
const attempts = [
  () => 1n + 1,
  () => Math.max(1n),
  () => +1n,
  () => BigInt(1.5),
  () => BigInt('1.5'),
  () => 1n / 0n,
  () => JSON.stringify({ a: 1n }),
  () => 2n ** -1n,
  () => 1n >>> 0n,
];
for (const f of attempts) {
  try { console.log('no error', f()); }
  catch (e) { errors.push(e.name); console.log(e.name, e instanceof TypeError, e instanceof RangeError, e instanceof SyntaxError); }
}
console.log(errors.join(','));

// Main loop: factorial and Fibonacci as BigInt, 300 iterations.
let fact = 1n, a = 0n, b = 1n, digitsum = 0;
for (let i = 1; i <= 300; i++) {
  fact *= BigInt(i);
  [a, b] = [b, a + b];
  if (i % 50 === 0) {
    const s = fact.toString();
    console.log(`i=${i} fact digits=${s.length} head=${s.slice(0, 12)} fib=${a % 1_000_000_007n}n`);
  }
}
for (const ch of fact.toString()) digitsum += ch.charCodeAt(0) - 48;
let trailingZeros = 0n, f = fact;
while (f % 10n === 0n) { f /= 10n; trailingZeros++; }
console.log('digit sum of 300!', digitsum, 'trailing zeros', trailingZeros);
console.log('fib(300)', a);
console.log('check gcd(fib(300), fib(150)) == fib(gcd)',
  (function gcd(x, y) { while (y) [x, y] = [y, x % y]; return x; })(a, (function fib(n) { let p = 0n, q = 1n; for (let i = 0; i < n; i++) [p, q] = [q, p + q]; return p; })(150)));
const m = new Map([[1n, 'one'], [2n ** 65n, 'big']]);
console.log(m, new Set([0n, -0n, 0]), [10n ** 25n]);
