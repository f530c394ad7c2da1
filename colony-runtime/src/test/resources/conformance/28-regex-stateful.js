// Exercises regular expressions with state: global regexes whose lastIndex persists across a
// loop of exec() calls (including resetting on failure and the empty-match advance), sticky
// (y) regexes as a tokenizer, test() on a global regex alternating results, String.match with
// and without g, split/replace with regexes, flags and source properties, and a 600-token
// arithmetic tokenizer + evaluator built on a sticky regex.
const g = /a(\d)/g;
const s = 'a1 b2 a3 a4x';
let m;
const found = [];
while ((m = g.exec(s)) !== null) found.push(`${m[0]}@${m.index}->${g.lastIndex}`);
console.log(found, g.lastIndex);
const t = /x/g;
console.log(t.test('xx'), t.lastIndex, t.test('xx'), t.lastIndex, t.test('xx'), t.lastIndex, t.test('xx'));
const empty = /a*/g;
const emptyMatches = [];
while ((m = empty.exec('baab')) !== null && emptyMatches.length < 10) {
  emptyMatches.push(`[${m[0]}]@${m.index}`);
  if (m[0] === '') empty.lastIndex++;
}
console.log(emptyMatches, 'baab'.match(/a*/g), 'baab'.replace(/a*/g, '-'));
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
console.log('x1y22z333'.match(/\d+/), 'x1y22z333'.match(/\d+/g), 'none'.match(/\d/g), 'ABC'.match(/b/i).index);
const re = /(?<word>\w+)/gimsuy;
console.log(re.flags, re.source, re.global, re.sticky, re.unicode, re.dotAll, String(/a\/b[/]/), new RegExp('a/b', 'g').source);
try { new RegExp('['); } catch (e) { console.log('bad pattern', e.name); }
console.log('a,b;;c'.split(/[,;]/), 'a,b;;c'.split(/([,;])/, 4), 'camelCaseString'.replace(/([A-Z])/g, ' $1').toLowerCase());
const copy = new RegExp(g, 'y');
console.log(copy.flags, copy.lastIndex, g.lastIndex, /[\u{1F600}]/u.test('😀'), /^.$/.test('😀'), /^.$/u.test('😀'), /^.$/s.test('\n'));

// Tokenizer with a sticky regex; lastIndex carries the position between calls.
const tokenRe = /\s*(?:(\d+)|([-+*\/()%]))/y;
function* tokens(src) {
  src = src.trimEnd();
  tokenRe.lastIndex = 0;
  while (tokenRe.lastIndex < src.length) {
    const start = tokenRe.lastIndex;
    const mm = tokenRe.exec(src);
    if (!mm) throw new SyntaxError(`bad token at ${start}`);
    yield mm[1] !== undefined ? { num: Number(mm[1]) } : { op: mm[2] };
  }
}
function evaluate(src) {
  const toks = [...tokens(src)];
  let pos = 0;
  const peek = () => toks[pos];
  function primary() {
    const tk = toks[pos++];
    if (tk.num !== undefined) return tk.num;
    if (tk.op === '(') { const v = expr(); pos++; return v; }
    if (tk.op === '-') return -primary();
    throw new SyntaxError('unexpected ' + tk.op);
  }
  function term() {
    let v = primary();
    while (peek() && '*/%'.includes(peek().op)) {
      const op = toks[pos++].op; const r = primary();
      v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  }
  function expr() {
    let v = term();
    while (peek() && '+-'.includes(peek().op)) { const op = toks[pos++].op; const r = term(); v = op === '+' ? v + r : v - r; }
    return v;
  }
  return { value: expr(), count: toks.length };
}
console.log(evaluate('1 + 2 * (3 - 4) % 5'), evaluate(' (12+30)/4 '));
try { evaluate('2 $ 3'); } catch (e) { console.log(e.name, e.message); }

// Build 600 tokens worth of expressions from a PRNG and evaluate them all.
let seed = 31;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
let tokenTotal = 0, valueSum = 0, exprCount = 0;
const samples = [];
while (tokenTotal < 600) {
  let src = String(1 + rnd(50));
  const terms = 2 + rnd(5);
  for (let k = 0; k < terms; k++) {
    const op = '+-*%'[rnd(4)];
    const operand = rnd(4) === 0 ? `(${1 + rnd(9)} - ${1 + rnd(20)})` : String(1 + rnd(99));
    src += ` ${op} ${operand}`;
  }
  const { value, count } = evaluate(src);
  tokenTotal += count; valueSum += value; exprCount++;
  if (exprCount % 5 === 0) samples.push(`${src} = ${value}`);
  if (exprCount % 15 === 0) console.log(`expr ${exprCount}: tokens=${tokenTotal} sum=${valueSum} lastIndex=${tokenRe.lastIndex}`);
}
console.log(samples.slice(0, 5).join('\n'));
console.log('expressions', exprCount, 'tokens', tokenTotal, 'sum of values', valueSum);
