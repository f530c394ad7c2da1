// Exercises error objects without ever printing an Error or its stack: built-in error types
// thrown by the engine (name and instanceof only; engine messages differ between engines),
// custom Error subclasses (name via prototype and via field, extra fields, instanceof chains),
// Error cause, AggregateError.errors, String(e) / e.toString() with empty name or message,
// Error.prototype.toString on plain objects, throwing non-Error values, and a 300-operation
// validation loop classifying failures by error class.
const probes = [
  ['ReferenceError', () => notDefinedAnywhere],
  ['TypeError', () => null.prop],
  ['TypeError', () => undefined()],
  ['TypeError', () => new (() => {})()],
  ['RangeError', () => new Array(-1)],
  ['RangeError', () => (1).toFixed(101)],
  ['RangeError', () => 'x'.repeat(-1)],
  ['SyntaxError', () => JSON.parse('{')],
  ['SyntaxError', () => new RegExp('(')],
  ['URIError', () => decodeURIComponent('%')],
  ['TypeError', () => Symbol() + 1],
  ['TypeError', () => Object.defineProperty(1, 'x', {})],
];
for (const [expected, f] of probes) {
  try { f(); console.log('no throw?!'); }
  catch (e) { console.log(expected === e.name, e.name, e instanceof Error, e.constructor === globalThis[e.name], typeof e.message); }
}

class ValidationError extends Error {
  constructor(field, message, options) {
    super(message, options);
    this.field = field;
  }
  get name() { return 'ValidationError'; }
}
class RequiredError extends ValidationError {
  constructor(field) { super(field, `${field} is required`); }
  get name() { return 'RequiredError'; }
}
class RangeCheckError extends ValidationError {
  constructor(field, value, min, max) { super(field, `${field}=${value} not in [${min}, ${max}]`); this.value = value; }
}
RangeCheckError.prototype.code = 'E_RANGE';
const re = new RequiredError('email');
console.log(re.name, re.message, String(re), re.field, re instanceof RequiredError, re instanceof ValidationError, re instanceof Error, re instanceof TypeError);
console.log(Object.keys(re), JSON.stringify(re), Object.prototype.hasOwnProperty.call(re, 'message'), 'message' in re);
const rc = new RangeCheckError('age', 200, 0, 150);
console.log(rc.name, rc.code, rc.value, rc.message, `${rc}`);

const wrapped = new Error('outer', { cause: new TypeError('inner') });
console.log(wrapped.cause instanceof TypeError, wrapped.cause.message, 'cause' in new Error('x'), new Error('y', { cause: undefined }).hasOwnProperty('cause'), new Error('z', {}).hasOwnProperty('cause'));
const agg = new AggregateError([new Error('a'), new RangeError('b'), 'plain'], 'many failed');
console.log(agg.name, agg.message, agg.errors.length, agg.errors.map(e => (e instanceof Error ? e.name + ':' + e.message : e)));
const e1 = new Error(); const e2 = new Error('msg'); e2.name = ''; const e3 = new TypeError(''); const e4 = new Error(undefined);
console.log(JSON.stringify([String(e1), String(e2), String(e3), e4.message, e4.hasOwnProperty('message')]));
console.log(Error.prototype.toString.call({ name: 'Fake', message: 'object' }), Error.prototype.toString.call({}), Error('no new') instanceof Error, RangeError('r').name);
console.log(Error.prototype.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
for (const thrown of [42, 'str', null, undefined, { code: 1 }, [1, 2]]) {
  try { throw thrown; } catch (x) { console.log('caught', typeof x, x === thrown, JSON.stringify(x) ?? 'undefined'); }
}

// Validation loop: 300 records, failures classified by class.
function validate(rec) {
  if (rec.email === undefined) throw new RequiredError('email');
  if (!/^[a-z0-9]+@[a-z]+\.[a-z]{2,3}$/.test(rec.email)) throw new ValidationError('email', `bad email ${rec.email}`);
  if (rec.age < 0 || rec.age > 150) throw new RangeCheckError('age', rec.age, 0, 150);
  if (typeof rec.name !== 'string') throw new TypeError('name must be a string');
  return true;
}
let seed = 1001;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const tally = {};
const samples = [];
let valid = 0;
for (let i = 0; i < 300; i++) {
  const rec = {
    email: rnd(12) === 0 ? undefined : `user${rnd(100)}@${['mail', 'x', 'ex-ample'][rnd(3)]}.${['com', 'io', 'museum'][rnd(3)]}`,
    age: rnd(200) - 20,
    name: rnd(20) === 0 ? 42 : 'n' + i,
  };
  try {
    validate(rec);
    valid++;
  } catch (e) {
    const kind = e instanceof RequiredError ? 'required' : e instanceof RangeCheckError ? 'range' : e instanceof ValidationError ? 'format' : e instanceof TypeError ? 'type' : 'other';
    tally[kind] = (tally[kind] ?? 0) + 1;
    if (samples.length < 6 && !samples.some(s => s.startsWith(kind))) samples.push(`${kind}: ${e.name}: ${e.message}`);
  } finally {
    if (i % 60 === 59) console.log(`checked ${i + 1}: valid=${valid}`, tally);
  }
}
console.log(samples);
console.log('valid', valid, 'tally', tally, 'sum', valid + Object.values(tally).reduce((a, b) => a + b, 0));
