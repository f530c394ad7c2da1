// Exercises regex features: named capture groups (groups object, $<name> in replacement strings,
// destructuring groups, named backreferences \k<name>), lookbehind (positive and negative),
// lookahead, matchAll with named groups, replace with a callback receiving the groups object,
// unicode property escapes, non-greedy quantifiers, backreferences, the d flag-free index
// info, and a 240-line log parser built on named groups with per-level aggregates.
const dateRe = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = '2024-03-15'.match(dateRe);
console.log(m.groups, m.groups.year, Object.getPrototypeOf(m.groups));
const { groups: { day, month } } = dateRe.exec('on 1999-12-31!');
console.log(day, month, '2024-03-15'.replace(dateRe, '$<day>/$<month>/$<year>'), '2024-03-15'.replace(dateRe, '$3.$2.$1'));
console.log('price: $42, cost: $7, 13 items'.match(/(?<=\$)\d+/g), 'price: $42, cost: $7, 13 items'.match(/(?<!\$)\b\d+/g));
console.log('foobar foobaz'.replace(/foo(?=baz)/, 'XXX'), 'foobar foobaz'.replace(/foo(?!bar)/, 'YYY'));
console.log(/(?<q>['"]).*?\k<q>/.exec(`say "hi 'there'" now`)[0], /(\w)\1/.exec('abccd')[0], /(?<=(\d)(\d))x/.exec('12x').slice(1));
console.log('<<a>> <<b>>'.match(/<<.+?>>/g), '<<a>> <<b>>'.match(/<<.+>>/g));
const swapped = 'John Smith, Jane Doe'.replace(/(?<first>\w+) (?<last>\w+)/g, (...args) => {
  const groups = args[args.length - 1];
  const offset = args[args.length - 3];
  return `${groups.last.toUpperCase()} ${groups.first[0]}.@${offset}`;
});
console.log(swapped);
console.log('Ωmega straße 東京 123'.match(/\p{L}+/gu), /\p{Lu}/u.test('ω'), /\p{Script=Greek}/u.test('Ω'), 'a1b2'.replace(/\P{L}/gu, '#'));
console.log([...'k1=v1;k2=v2'.matchAll(/(?<k>\w+)=(?<v>\w+)/g)].map(x => `${x.groups.k}->${x.groups.v}@${x.index}`));
const optional = /(?<a>a)|(?<b>b)/.exec('b');
console.log(optional.groups, 'a' in optional.groups, optional.length);

// Log parser: 240 generated lines.
const levels = ['DEBUG', 'INFO', 'WARN', 'ERROR'];
const services = ['auth', 'db', 'api', 'cache'];
let seed = 2718;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const lines = [];
for (let i = 0; i < 240; i++) {
  const lvl = levels[rnd(4)];
  const svc = services[rnd(4)];
  const ms = rnd(2000);
  const hh = String(rnd(24)).padStart(2, '0'), mm = String(rnd(60)).padStart(2, '0');
  lines.push(rnd(15) === 0 ? `garbage line ${i}` : `[${hh}:${mm}] ${lvl} (${svc}) took ${ms}ms user=u${rnd(50)}${rnd(3) === 0 ? ' retry=' + rnd(5) : ''}`);
}
const lineRe = /^\[(?<hh>\d\d):(?<mm>\d\d)\] (?<level>[A-Z]+) \((?<svc>\w+)\) took (?<ms>\d+)ms user=(?<user>u\d+)(?: retry=(?<retry>\d))?$/;
const stats = {};
const users = new Set();
let bad = 0, retries = 0, slowest = { ms: -1 };
for (let i = 0; i < lines.length; i++) {
  const mt = lineRe.exec(lines[i]);
  if (!mt) { bad++; continue; }
  const { level, svc, ms, user, retry, hh, mm } = mt.groups;
  const key = `${level}/${svc}`;
  stats[key] ??= { n: 0, total: 0 };
  stats[key].n++;
  stats[key].total += Number(ms);
  users.add(user);
  if (retry !== undefined) retries += Number(retry);
  if (Number(ms) > slowest.ms) slowest = { ms: Number(ms), at: `${hh}:${mm}`, line: i };
  if (i % 48 === 47) console.log(`line ${i + 1}: parsed=${i + 1 - bad} bad=${bad} users=${users.size}`);
}
const perLevel = {};
for (const [k, v] of Object.entries(stats)) {
  const lvl = k.replace(/(?<=^\w+)\/.*$/, '');
  perLevel[lvl] = (perLevel[lvl] ?? 0) + v.n;
}
console.log(perLevel, 'bad', bad, 'retries', retries, 'slowest', slowest);
console.log(Object.keys(stats).sort().map(k => `${k}:${stats[k].n}:${Math.round(stats[k].total / stats[k].n)}`).join(' '));
