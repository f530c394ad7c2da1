// Exercises JSON: stringify of every value kind (undefined/functions/symbols dropped or nulled,
// NaN/Infinity to null, -0 to 0, Dates via toJSON, nested toJSON with key argument, boxed
// primitives), replacer functions (with this/key/holder) and replacer arrays, indentation with
// numbers and strings, string escaping (quotes, control characters, lone surrogates, emoji),
// parse with revivers (bottom-up order, deleting keys by returning undefined), SyntaxError on
// bad input, cycles throwing TypeError, and a 250-step state machine serialized/deserialized
// every step (the round trip must preserve state exactly).
const sample = {
  str: 'quote " backslash \\ newline \n tab \t bell \u0007 nul \u0000',
  emoji: '😀 astral', lone: '\ud800x', num: 1.5, neg0: -0, nan: NaN, inf: -Infinity,
  big: 1e21, small: 5e-7, bool: false, nul: null, undef: undefined, fn() {}, sym: Symbol('s'),
  arr: [undefined, function () {}, Symbol('t'), NaN, 1], date: new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999)),
  boxed: [new Number(3), new String('s'), new Boolean(false)], nested: { toJSON(key) { return `toJSON called with key "${key}"`; } },
  [Symbol('hidden')]: 1,
};
console.log(JSON.stringify(sample));
console.log(JSON.stringify(sample, ['str', 'num', 'arr', 'missing']));
console.log(JSON.stringify([1, [2, { a: [] , b: {} }]], null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '--'), JSON.stringify({ a: 1 }, null, 20).length, JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify('s'), JSON.stringify(new Date(0)));
const calls = [];
JSON.stringify({ a: 1, b: { c: [2] } }, function (key, value) {
  calls.push(`${key === '' ? '<root>' : key}:${Array.isArray(this) ? 'array' : typeof this}`);
  return value;
});
console.log(calls.join(' '));
console.log(JSON.stringify({ keep: 1, drop: 2, n: 3.7, s: 'x' }, (k, v) => (k === 'drop' ? undefined : typeof v === 'number' ? Math.round(v) : v)));
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log('cycle', e.name, e instanceof TypeError); }
try { JSON.stringify({ v: 10n }); } catch (e) { console.log('bigint', e.name); }

const text = '{"a":1,"b":{"c":[1,2,{"d":"deep"}]},"e":"2020-01-01T00:00:00.000Z","drop":true}';
const order = [];
const revived = JSON.parse(text, function (key, value) {
  order.push(key === '' ? '<root>' : key);
  if (key === 'drop') return undefined;
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return new Date(value);
  if (typeof value === 'number') return value * 100;
  return value;
});
console.log(order.join(','), revived, revived.e instanceof Date, revived.e.getUTCFullYear());
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '', '01', 'NaN', '"\t"', '{"a":1}x']) {
  try { JSON.parse(bad); console.log('parsed?!', bad); } catch (e) { console.log('bad JSON', JSON.stringify(bad), e.name); }
}
console.log(JSON.parse(' [1e3, -0, 0.5e-2, "\\u00e9\\ud83d\\ude00", true, null] '), Object.is(JSON.parse('-0'), -0));
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')), JSON.parse('{"a":1,"a":2}'));

// State machine: serialized and reparsed each step.
let state = { step: 0, mode: 'idle', stack: [], totals: { idle: 0, run: 0, wait: 0 }, last: null, meta: { hist: [] } };
const transitions = { idle: ['run', 'wait'], run: ['wait', 'idle', 'run'], wait: ['run', 'idle'] };
let seed = 77;
let hash = 0;
for (let i = 0; i < 250; i++) {
  seed = (seed * 48271) % 2147483647;
  const options = transitions[state.mode];
  const next = options[seed % options.length];
  state.totals[next]++;
  if (next === 'run') state.stack.push(seed % 10); else if (state.stack.length) state.stack.pop();
  state.last = { from: state.mode, to: next, at: i, ratio: (seed % 1000) / 8 };
  state.mode = next;
  state.step++;
  if (i % 25 === 0) state.meta.hist.push(next[0]);
  const json = JSON.stringify(state);
  for (let c = 0; c < json.length; c++) hash = (hash * 31 + json.charCodeAt(c)) >>> 0;
  state = JSON.parse(json);
  if (i % 50 === 49) console.log(`step ${state.step}: ${json.length} chars, hash ${hash}`);
}
console.log(JSON.stringify(state, null, 1));
