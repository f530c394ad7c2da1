// Exercises console.warn and console.error (both write to stderr; expected in the .err file)
// interleaved with console.log/console.info (stdout): format specifiers on stderr, objects and
// awkward values inspected on stderr exactly as on stdout, empty console.error() lines, and a
// 250-item job queue that logs progress to stdout and warnings/errors to stderr. The two
// streams are compared separately, so only the order within each stream matters.
console.log('stdout: start');
console.warn('stderr: warn with %s and %d', 'format', 42);
console.error('stderr: error', { code: 'E_TEST', nested: { list: [1, 2, 3], deeper: { deepest: {} } } });
console.error(['quote\'s', "double\"s", 'new\nline'], new Map([['k', new Set([1])]]), -0, NaN, 10n, Symbol('s'));
console.error();
console.warn('%o', { a: [1] });
console.info('stdout: info');
const err = new RangeError('never printed as an object');
console.error('error fields:', err.name, err.message, String(err), err instanceof RangeError);

let seed = 8080;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const stats = { ok: 0, slow: 0, failed: 0, retried: 0 };
const failedIds = [];
for (let id = 1; id <= 250; id++) {
  const cost = rnd(1000);
  if (cost > 960) {
    stats.failed++;
    failedIds.push(id);
    console.error('job %d failed: cost %d exceeds budget', id, cost);
  } else if (cost > 900) {
    stats.slow++;
    console.warn(`job ${id} slow (${cost})`);
    if (rnd(2)) { stats.retried++; console.warn('  retrying job %i', id); }
    stats.ok++;
  } else {
    stats.ok++;
  }
  if (id % 50 === 0) console.log(`progress ${id}/250`, stats);
}
console.log('stdout: done', stats);
console.error('stderr: failed ids', failedIds);
console.warn('stderr: final warning count %d', stats.slow + stats.retried);
