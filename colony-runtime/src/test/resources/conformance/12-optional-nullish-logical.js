// Exercises optional chaining (?. on properties, calls, computed keys, short-circuiting the
// whole chain, with delete), nullish coalescing (vs ||, with 0/''/false/NaN), logical assignment
// (&&= ||= ??=) including short-circuit (setters/getters not invoked when not needed), and a
// 300-iteration config-merging loop built on those operators.
const cfg = { server: { port: 0, host: '', tls: null, opts: { retries: false } }, list: [{ name: 'first' }], fn() { return 'called'; } };
console.log(cfg.server?.port, cfg.missing?.port, cfg.missing?.deep.deeper.deepest, cfg.list?.[0]?.name, cfg.list?.[5]?.name);
console.log(cfg.fn?.(), cfg.nofn?.(), cfg.server.opts?.retries, cfg?.['server']?.['host']);
console.log(cfg.server.port ?? 8080, cfg.server.port || 8080, cfg.server.host ?? 'localhost', cfg.server.host || 'localhost');
console.log(cfg.server.tls ?? 'no-tls', cfg.server.nothing ?? 'undef', NaN ?? 'nan-kept', false ?? true, (null || undefined) ?? 'both');
let count = 0;
const side = () => { count++; return 'side'; };
console.log(null?.[side()], undefined?.x(side()), count);
console.log(delete cfg?.list[0].name, cfg.list[0], delete cfg.nope?.x);
const fnHolder = { method() { return this === fnHolder; } };
console.log(fnHolder.method?.(), (fnHolder?.method)(), fnHolder?.['method']?.());

let setterCalls = 0;
const tracked = {
  _v: 0,
  get v() { return this._v; },
  set v(x) { setterCalls++; this._v = x; },
};
tracked.v ||= 5;   // 0 is falsy: assigns
tracked.v ||= 9;   // 5 truthy: no assignment, no setter call
tracked.v &&= 7;   // truthy: assigns
tracked.v ??= 100; // not nullish: no assignment
console.log(tracked.v, setterCalls);
let u, z = 0, s = '', nn = null;
u ??= 'init'; z ||= 'zero-replaced'; s &&= 'not-reached'; nn &&= 'not-reached';
console.log(u, z, JSON.stringify(s), nn);
const frozen = Object.freeze({ a: 1 });
frozen.a ??= 2;  // short-circuit: no write attempt, no error even in strict contexts
console.log(frozen.a);

// Main loop: merge 300 partial configs into a running config.
let seed = 5;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const running = { retries: undefined, timeout: null, name: '', flags: {}, hits: 0 };
const pickers = [undefined, null, 0, '', false, 'v'];
for (let i = 0; i < 300; i++) {
  const partial = {
    retries: pickers[rnd() % 6],
    timeout: rnd() % 3 === 0 ? undefined : { ms: rnd() % 500 },
    name: rnd() % 4 === 0 ? 'n' + (i % 10) : null,
    flag: rnd() % 5 === 0 ? 'f' + (i % 4) : undefined,
  };
  running.retries ??= partial.retries;
  running.timeout ||= partial.timeout?.ms ?? null;
  running.name ||= partial.name ?? '';
  if (partial.flag) running.flags[partial.flag] ??= i;
  running.hits += partial.timeout?.ms > 250 ? 1 : 0;
  if (running.hits && i % 7 === 0) running.timeout &&= running.timeout + 1;
  if (i % 60 === 59) console.log(`i=${i + 1}`, running);
}
console.log('final', running, running.flags?.f0 ?? 'no f0', running.flags?.f9?.x ?? 'no f9');
