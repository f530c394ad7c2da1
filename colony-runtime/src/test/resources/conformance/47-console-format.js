// Exercises console.log argument formatting: multiple arguments joined by spaces (strings raw,
// everything else inspected), format specifiers %s %d %i %f %j %o %O %c %% with matching,
// missing and surplus arguments, specifiers applied to objects/BigInt/Symbol/-0/NaN/strings,
// a format string that is not the first argument (no substitution), console.info (stdout),
// console.log with no arguments (empty line), and a 200-row report printed with specifiers.
console.log('a', 1, true, null, undefined, 'b', [1, 'x'], { k: 'v' });
console.log('%s is %d years and %i days', 'Ann', 42.9, 17.8);
console.log('%s|%s|%s|%s|%s', 'str', 42, -0, 10n, Symbol('sym'));
console.log('%s|%s|%s', { a: 1, nested: { deep: { deeper: 1 } } }, [1, [2, [3]]], null);
console.log('%s', { toString() { return 'custom toString'; } }, '%s');
class WithToString { toString() { return 'class toString'; } }
console.log('%s %s', new WithToString(), new Date(0));
console.log('%d|%d|%d|%d|%d|%d|%d', '42', '0x10', 'abc', 1.5, -0, 10n, {});
console.log('%i|%i|%i|%i|%i', '42.9', -3.7, 'x', 10n, 2 ** 60);
console.log('%f|%f|%f|%f', '3.25', 'abc', -0, 1e21);
console.log('%j|%j|%j', { a: [1, 'two'] }, 'str', undefined);
const cyclic = { name: 'c' };
cyclic.self = cyclic;
console.log('%j', cyclic);
console.log('%o', { a: 1, arr: [1, 2] });
console.log('%O', { a: 1, nested: { deep: { deeper: { deepest: 1 } } } });
console.log('%c styled %c text', 'color: red', 'font-weight: bold');
console.log('100%% sure, %d%%', 50);
console.log('missing: %s %d %i %f %j %o %O', 'only one');
console.log('surplus: %s', 'used', 'extra1', 42, { extra: true });
console.log('unknown %x %y stays', 1, 2);
console.log('trailing percent %', 1);
console.log(42, '%s not substituted when not first', 'x');
console.log('%s', 'a\nb', '\ttab');
console.log();
console.log('');
console.info('info goes to stdout %s', 'too');
console.info({ info: [1, 2, 3] });
console.log('%s:%s', 'only-first');
console.log('%%s literal and %s', 'value');
console.log('%s', -0, '%d', -0);

// Report: 200 rows, printed every 20th with specifiers.
let seed = 2020;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let total = 0, maxRow = null;
for (let i = 1; i <= 200; i++) {
  const qty = rnd(50), price = rnd(10000) / 100;
  const line = qty * price;
  total += line;
  if (!maxRow || line > maxRow.line) maxRow = { i, qty, price, line };
  if (i % 20 === 0) console.log('row %d: qty=%i price=%f line=%s total=%s ok=%j', i, qty, price, line.toFixed(2), total.toFixed(2), qty > 10);
}
console.log('max row %o', maxRow);
console.log('summary %O and %s', { rows: 200, total: Math.round(total * 100) / 100 }, 'done');
