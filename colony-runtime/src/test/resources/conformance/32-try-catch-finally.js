// Exercises synchronous exception flow: finally after return/break/continue/throw, finally
// overriding return values and swallowing exceptions, nested try blocks rethrowing, optional
// catch binding, exceptions thrown from getters/setters/toString/valueOf/iterators during
// ordinary operations, try/finally inside loops with labels, catch scope shadowing, and a
// 300-step transactional interpreter that rolls back state when an operation throws.
const trail = [];
function f1() { try { trail.push('try'); return 'from try'; } finally { trail.push('finally'); } }
function f2() { try { throw new Error('lost'); } finally { return 'finally overrides throw'; } }
function f3() { try { return 'try value'; } finally { return 'finally overrides return'; } }
function f4() { let x = 1; try { return x; } finally { x = 2; } }
console.log(f1(), f2(), f3(), f4(), trail);
const loopLog = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      if (j === 1) continue;
      if (i === 2) break outer;
      loopLog.push(`${i}${j}`);
    } finally {
      loopLog.push(`f${i}${j}`);
    }
  }
}
console.log(loopLog.join(' '));
function nested() {
  const log = [];
  try {
    try { throw new TypeError('inner'); }
    catch (e) { log.push('inner catch ' + e.name); throw new RangeError('rethrown'); }
    finally { log.push('inner finally'); }
  } catch (e) { log.push('outer catch ' + e.name + ':' + e.message); }
  finally { log.push('outer finally'); }
  return log;
}
console.log(nested());
try { JSON.parse('{'); } catch { console.log('optional catch binding works'); }
const e = 'outer e';
try { throw 'inner e'; } catch (e) { console.log('catch sees', e); }
console.log('after catch', e);

const hostile = {
  get boom() { throw new Error('getter boom'); },
  set boom(v) { throw new Error('setter boom ' + v); },
  toString() { throw new Error('toString boom'); },
  valueOf() { throw new Error('valueOf boom'); },
};
const badIterable = { [Symbol.iterator]() { let n = 0; return { next() { if (++n > 2) throw new Error('iterator boom at ' + n); return { value: n, done: false }; } }; } };
const ops = [
  () => hostile.boom, () => { hostile.boom = 1; }, () => `${hostile}`, () => hostile + 1, () => [...badIterable],
  () => { for (const x of badIterable) {} }, () => Array.from(badIterable), () => hostile > 1, () => String(hostile),
];
for (const op of ops) { try { op(); console.log('no throw'); } catch (err) { console.log(err.message); } }

// Transactional interpreter: every op works on a draft; a throw rolls it back.
const state = { balance: 100, items: [], version: 0 };
let seed = 9;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let commits = 0, rollbacks = 0, finallies = 0;
const reasons = {};
for (let i = 0; i < 300; i++) {
  const draft = { balance: state.balance, items: state.items.slice(), version: state.version };
  try {
    const kind = rnd(5);
    if (kind === 0) draft.balance += rnd(50);
    else if (kind === 1) { draft.balance -= rnd(80); if (draft.balance < 0) throw new RangeError('overdraft'); }
    else if (kind === 2) { draft.items.push('i' + i); if (draft.items.length > 6) throw new Error('too many items'); }
    else if (kind === 3) { if (!draft.items.length) throw new TypeError('nothing to remove'); draft.items.shift(); }
    else { draft.version++; if (rnd(4) === 0) throw 'string failure'; }
    Object.assign(state, draft, { version: draft.version + 1 });
    commits++;
  } catch (err) {
    rollbacks++;
    const reason = err instanceof Error ? err.name : typeof err;
    reasons[reason] = (reasons[reason] || 0) + 1;
  } finally {
    finallies++;
    if (i % 50 === 49) console.log(`op ${i + 1}: balance=${state.balance} items=${state.items.length} v=${state.version}`);
  }
}
console.log(state, { commits, rollbacks, finallies }, reasons);
