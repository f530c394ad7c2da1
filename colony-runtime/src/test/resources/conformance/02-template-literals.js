// Exercises template literals and tagged templates: interpolation of every value type, nested
// templates, multi-line templates, String.raw, tag functions receiving strings/raw/values,
// tags returning non-strings, the same call site re-evaluated in a loop (the strings array is
// cached per site, so identity must hold across iterations), and escape sequences.
function tag(strings, ...values) {
  return strings.raw.map((s, i) => s + (i < values.length ? `<${typeof values[i]}:${String(values[i])}>` : '')).join('');
}
console.log(tag`a${1}b${'two'}c${null}d${undefined}e${true}f`);
console.log(`${1 + 1} ${[1, 2, 3]} ${{}} ${typeof (() => 1)} ${Symbol('s').toString()} ${10n ** 20n}`);
console.log(`line1
line2\tindented
  line3`);
console.log(String.raw`C:\new\table${'!'}\x`, `\u{1F600} \x41 \u0042 \``);
console.log(`${`nested ${`deeply ${'!'}`}`}`);

const html = (strings, ...vals) => ({
  parts: strings.length,
  raw0: strings.raw[0],
  frozen: Object.isFrozen(strings) && Object.isFrozen(strings.raw),
  out: strings.reduce((acc, s, i) => acc + s + (i < vals.length ? String(vals[i]).replace(/[<>&]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]) : ''), ''),
});
console.log(html`<b>${'a<b & c>d'}</b>\n`);

// Call-site caching: the same template object for each evaluation of one site.
const seen = [];
function site(x) { return ((s) => s)`x${x}y`; }
for (let i = 0; i < 3; i++) seen.push(site(i));
console.log('same site identity', seen[0] === seen[1] && seen[1] === seen[2]);
console.log('different site', ((s) => s)`x${0}y` === seen[0]);

// Tag returning a function / number.
const curry = (s, ...v) => (x) => s.join(String(x)) + v.length;
console.log(curry`a${0}b${0}c`('-'));
const count = (s, ...v) => s.length + v.length;
console.log(count``, count`${1}`, count`${1}${2}`);

// Templates with undefined cooked values in tags (invalid escapes allowed only in tagged templates).
const cooked = (s) => [s[0], s.raw[0]];
console.log(cooked`\unicode and \xerror`);

// Main loop: build a report with templates, 240 iterations.
let total = 0;
let report = [];
const fmt = (s, ...v) => s.reduce((a, str, i) => a + str + (i < v.length ? (typeof v[i] === 'number' ? v[i].toFixed(2) : `"${v[i]}"`) : ''), '');
let acc = 7;
for (let i = 0; i < 240; i++) {
  acc = (acc * 31 + i) % 1009;
  const line = fmt`row ${i} name ${'n' + (acc % 17)} value ${acc / 7}`;
  total += line.length;
  if (i % 40 === 0) report.push(line);
  if (i % 60 === 59) console.log(`progress ${i + 1}: total=${total} acc=${acc}`);
}
console.log(report.join('\n'));
console.log(`total length: ${total}, rows kept: ${report.length}, acc: ${acc}`);
