// Exercises generator control: return() and throw() on suspended, fresh and completed
// generators, finally blocks running on return() (and a finally that yields again), try/catch
// inside generators recovering from throw(), throw() propagating through yield*, for-of break
// calling return(), destructuring calling return(), errors thrown from generator bodies, and a
// 300-step coroutine scheduler that round-robins several generators and cancels some of them.
function* guarded(name, log) {
  try {
    for (let i = 0; ; i++) {
      try {
        yield `${name}${i}`;
      } catch (e) {
        log.push(`${name} caught ${e}`);
        if (e === 'fatal') throw new Error(`${name} rethrew`);
      }
    }
  } finally {
    log.push(`${name} finally`);
  }
}
let log = [];
const g = guarded('g', log);
console.log(g.next().value, g.throw('soft').value, g.next().value, g.return('bye'), g.next(), log);
log = [];
const h = guarded('h', log);
h.next();
try { h.throw('fatal'); } catch (e) { console.log('outer caught', e.message); }
console.log(h.next(), log);

const fresh = guarded('f', log = []);
console.log(fresh.return('early'), log, fresh.next());
const fresh2 = guarded('f2', log);
try { fresh2.throw(new TypeError('into fresh')); } catch (e) { console.log('fresh throw', e.name, e.message, log); }

function* yieldsInFinally() {
  try { yield 1; yield 2; }
  finally { yield 'cleanup'; console.log('after cleanup yield'); }
}
const y = yieldsInFinally();
console.log(y.next(), y.return('R'), y.next(), y.next());

function* delegating() {
  try { yield* guarded('d', log = []); }
  catch (e) { yield 'delegator saw ' + e.message; }
}
const dl = delegating();
dl.next();
console.log(dl.throw('soft').value, dl.throw('fatal').value, log, dl.next());

const closed = [];
function* tracked(id) { try { yield 1; yield 2; yield 3; } finally { closed.push(id); } }
for (const v of tracked('forof')) { if (v === 2) break; }
const [first] = tracked('destructure');
try { for (const v of tracked('throwing')) { throw new RangeError('in loop body ' + v); } } catch (e) { console.log(e.name, e.message); }
console.log(closed, first);
function* bad() { yield 1; throw new SyntaxError('bad generator'); }
const b = bad();
b.next();
try { b.next(); } catch (e) { console.log(e.name, e.message, b.next()); }
try {
  const running = (function* self() { running.next(); yield 1; })();
  running.next();
} catch (e) { console.log('re-entrant next', e.name); }

// Scheduler: round-robin coroutines; each yields its progress and some are cancelled with return().
function* worker(id, work) {
  let done = 0;
  try {
    while (done < work) {
      const cmd = yield { id, done };
      done += cmd === 'boost' ? 3 : 1;
    }
    return { id, finished: true, done };
  } finally {
    events.push(`exit:${id}:${done}`);
  }
}
const events = [];
let tasks = [1, 2, 3, 4, 5].map(id => ({ id, gen: worker(id, 30 + id * 16) }));
tasks.forEach(t => t.gen.next());
const results = [];
let tick = 0;
while (tasks.length && tick < 400) {
  const t = tasks[tick % tasks.length];
  tick++;
  const step = t.gen.next(tick % 5 === 0 ? 'boost' : 'step');
  if (step.done) {
    results.push(step.value);
    tasks = tasks.filter(x => x !== t);
  } else if (t.id === 4 && step.value.done >= 25) {
    results.push(t.gen.return({ id: 4, cancelled: true }).value);
    tasks = tasks.filter(x => x !== t);
  }
  if (tick % 50 === 0) console.log(`tick ${tick}: live=${tasks.map(x => x.id).join(',')} results=${results.length}`);
}
console.log('ticks', tick, results, events);
