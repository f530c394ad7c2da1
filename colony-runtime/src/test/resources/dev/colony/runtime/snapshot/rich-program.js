// A program state as varied as Rhino 1.9.2 can serialise: the allow-list must admit all of it.
// main() calls capture() three calls deep inside a loop; resuming finishes the loop and returns
// one string made of every value, so a lost or altered value shows in the result.
// Left out because Rhino 1.9.2 loses them across serialisation (the runtime must work around
// them): getters come back undefined, WeakMap entries vanish, Map.get/Set.has miss object keys,
// Symbol.for() symbols lose identity, regex literals with a character class do not serialise.
var log = [];
function makeCounter(start) { var n = start; return function () { n += 1; return n; }; }
var next = makeCounter(10);
var arrow = (a, b) => a * b;
var bound = function (x) { return this.base + x; }.bind({ base: 100 });
var people = { name: 'Ada', tags: ['x', 'y'], nested: { deep: { deeper: [1, 2, { three: 3 }] } } };
var sparse = []; sparse[1000] = 'far';
var frozen = Object.freeze({ kept: true });
var boxed = [new String('s'), new Number(2), new Boolean(true)];
var list = null;
for (var i = 0; i < 500; i++) list = { value: i, next: list };
var key = { id: 'key' };
var map = new Map([['a', 1], [key, 'object key']]);
var set = new Set([1, 'two', key]);
var weak = new WeakMap([[key, 'weak']]);
var when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
var pattern = /ab+c/gi;
var floats = new Float64Array([1.5, 2.5]);
var ints = new Int32Array([7, -7]);
var bigs = new BigInt64Array([5n, -5n]);
var view = new DataView(new ArrayBuffer(8)); view.setInt16(0, 513);
var bytes = new Uint8Array(new ArrayBuffer(4)); bytes[1] = 7;
var tag = Symbol('tag');
var tagged = {}; tagged[tag] = 'symbol value';
var big = 12345678901234567890n;
var parsed = JSON.parse('{"a":[1,{"b":null}],"c":"d"}');
var resolved = Promise.resolve(5);
var proxy = new Proxy({}, { get: function (t, p) { return 'proxied ' + String(p); } });
function* gen() { yield 1; yield 2; }
function length(l) { var n = 0; while (l) { n++; l = l.next; } return n; }
function deeper(k) { var local = 'frame ' + k; return capture(k) + ' in ' + local; }
function main() {
  var total = 0;
  var failure = new Error('kept');
  var it = gen(); it.next();
  var args = (function () { return arguments; })(1, 2, 3);
  for (var k = 0; k < 5; k++) {
    total += next();
    if (k === 2) { log.push(deeper(k)); }
  }
  var keys = []; map.forEach(function (v, mk) { keys.push(mk === key ? 'key' : mk); });
  return [log.join(), total, arrow(6, 7), bound(1), people.nested.deep.deeper[2].three,
    sparse.length, sparse[1000], Object.isFrozen(frozen), boxed.join('/'), length(list),
    keys.join('/'), map.get('a'), set.has('two'), set.size, when.toISOString(),
    pattern.test('xABBCx'), floats[1], ints[1], String(bigs[1]), view.getInt16(0), bytes[1],
    tagged[tag], String(big * 2n), parsed.a[1].b === null, parsed.c, proxy.anything,
    failure.message, it.next().value, args.length, typeof resolved.then].join('|');
}
