// Exercises spread and rest: spread in calls (multiple spreads, mixed with plain args), in array
// literals (strings, Sets, Maps, generators, holes become undefined), object spread (own
// enumerable props only, getters invoked, later keys win, null/undefined ignored, symbols
// copied), rest parameters vs arguments, Math.max(...arr), new with spread, and a 250-step
// loop that repeatedly merges objects and arrays with spread.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
function describe(first, second, ...others) { return `${first}|${second}|${others.length}|${arguments.length}`; }
console.log(sum(...[1, 2], 3, ...[4, 5]), describe(...'ab'), describe(1, ...[2, 3, 4], ...new Set([5, 5, 6])));
console.log(Math.max(...[3, 9, 2]), Math.min(...[]), [...'héllo'], [...new Set('aabbc')], [...new Map([[1, 'a']])]);
console.log([...[, 'hole', ,]], [1, ...[], 2], Array.of(...[7, 8]));
function* three() { yield 'g1'; yield 'g2'; yield 'g3'; }
console.log([0, ...three(), 4], sum(...[10, 20].map(x => x / 10)));
const d = new Date(...[Date.UTC(2020, 1, 29, 12)]);
console.log(d.toISOString(), new Array(...[3]).length, new Array(...[3, 4]));

const sym = Symbol('meta');
const base = { a: 1, b: 2, [sym]: 'symbol value', get computed() { return this.a * 100; } };
Object.defineProperty(base, 'hidden', { value: 'no', enumerable: false });
const child = Object.create({ inherited: true });
child.own = 'yes';
const merged = { ...base, b: 20, ...null, ...undefined, ...child, ...'xy', ...[9] };
console.log(merged, Object.getOwnPropertyDescriptor(merged, 'computed').value, merged[sym]);
console.log({ ...{ z: 1, a: 2 }, z: 3 }, { z: 3, ...{ z: 1, a: 2 } });
const { a: removed, ...without } = merged;
console.log(removed, Object.keys(without));

function legacy() { return Array.prototype.slice.call(arguments, 1); }
const restArrow = (...args) => args.length;
console.log(legacy(1, 2, 3), restArrow(), restArrow(undefined), restArrow(...Array(5)));
class Vec { constructor(...c) { this.c = c; } }
console.log(new Vec(...[1, 2], 3), Reflect.apply(sum, null, [1, 2, 3]));

// Main loop: immutable-style state updates, 250 steps.
let state = { tick: 0, items: [], counts: {}, last: null };
let seed = 12;
for (let i = 0; i < 250; i++) {
  seed = (seed * 69069 + 1) % 1048576;
  const tag = 'k' + (seed % 6);
  state = {
    ...state,
    tick: state.tick + 1,
    items: seed % 4 === 0 ? [...state.items.slice(-7), seed % 100] : state.items,
    counts: { ...state.counts, [tag]: (state.counts[tag] ?? 0) + 1 },
    last: { ...state.last, tag, seedMod: seed % 1000 },
  };
  if (i % 50 === 49) console.log(`tick ${state.tick}: items=[${state.items}] last=${JSON.stringify(state.last)}`);
}
console.log(state);
console.log('total counted', sum(...Object.values(state.counts)), 'max item', Math.max(...state.items));
