// Exercises console.warn/console.error from asynchronous code: warnings from timer callbacks,
// errors from rejected promises that are caught, stderr output from an async loop with awaits
// (so captures can land between an await and the stderr write), and a summary on both streams.
// Timers run in one sequential chain (15 ms, then 10 ms eight times); the rest is microtasks.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class QuotaError extends Error {
  constructor(user, used) { super(`quota exceeded for ${user}`); this.name = 'QuotaError'; this.used = used; }
}
const usage = new Map();
async function request(user, size) {
  await null;
  const used = (usage.get(user) ?? 0) + size;
  if (used > 300) throw new QuotaError(user, used);
  usage.set(user, used);
  if (used > 250) console.warn('[warn] %s is at %d%% of quota', user, Math.round(used / 3));
  return used;
}

async function main() {
  console.log('logger start');
  setTimeout(() => console.warn('[warn] timer callback writes to stderr'), 0);
  await sleep(15);
  const users = ['ann', 'bob', 'cy', 'dee'];
  let seed = 404;
  const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
  let served = 0, rejected = 0;
  for (let i = 0; i < 240; i++) {
    const user = users[rnd(users.length)];
    try {
      await request(user, 1 + rnd(12));
      served++;
    } catch (e) {
      rejected++;
      if (e instanceof QuotaError) {
        console.error('[error] request %d: %s (%s, used=%d)', i, e.message, e.name, e.used);
        usage.set(user, Math.floor(usage.get(user) / 2));  // the user pays; quota halves
      } else {
        throw e;
      }
    }
    if (i % 30 === 29) {
      console.log(`after ${i + 1} requests: served=${served} rejected=${rejected}`);
      await sleep(10);
    }
  }
  console.log('usage', usage);
  console.error('[error] total rejected: %d of %d', rejected, served + rejected);
  await Promise.reject(new QuotaError('final', 999)).catch((e) => console.warn('[warn] caught final rejection:', e.name, e.used));
  console.log('logger end');
}
main();
