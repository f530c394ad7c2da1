// Exercises String methods: replace/replaceAll with callback functions, split (limit, regex,
// capture groups), padStart/padEnd, at (negative indexes), slice/substring/substr, matchAll,
// trim*, repeat, includes/startsWith/endsWith, indexOf/lastIndexOf, codePointAt/fromCodePoint,
// toUpperCase/toLowerCase, localeCompare-free sorting. A 300-iteration loop builds words from a
// seeded PRNG and folds every transformed string into an FNV-1a checksum.
let seed = 2463534242;
function rnd() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function fnv(s, h) {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz';
function word(n) {
  let w = '';
  for (let i = 0; i < n; i++) w += alphabet[rnd() % 26];
  return w;
}

// One-off demonstrations.
console.log('Hello, World'.replace(/o/g, (m, off) => `[${m}@${off}]`));
console.log('a-b_c d'.split(/[-_ ]/));
console.log('a1b22c333d'.split(/(\d+)/));
console.log('one,two,three,four'.split(',', 2));
console.log(''.split(','), ''.split(''));
console.log('7'.padStart(3, '0'), 'ab'.padEnd(6, '12'), 'xyz'.padStart(2));
console.log('hello'.at(0), 'hello'.at(-1), 'hello'.at(10));
console.log('  trim me  '.trim() + '|', '  left'.trimStart(), 'right  '.trimEnd() + '|');
console.log('abc'.repeat(3), 'x'.repeat(0) === '');
console.log('substring'.slice(-3), 'substring'.substring(6, 3), 'substring'.substr(1, 3));
console.log('banana'.indexOf('an'), 'banana'.lastIndexOf('an'), 'banana'.indexOf('an', 2), 'banana'.indexOf('x'));
console.log('banana'.includes('nan'), 'banana'.startsWith('ban'), 'banana'.endsWith('na', 4));
console.log('ÄÖÜ straße'.toUpperCase(), 'İSTANBUL'.toLowerCase().length);
console.log('😀'.length, '😀'.codePointAt(0), '😀'.charCodeAt(0), String.fromCodePoint(0x1F600, 65));
console.log([...'a😀b'].length, Array.from('héllo').join('|'));
console.log('x=1, y=22, z=333'.replace(/(\w)=(\d+)/g, (all, k, v) => `${k.toUpperCase()}:${v.length}`));
console.log('aaa'.replaceAll('a', (m, i) => i), 'a.b.c'.replaceAll('.', '$&$&'));
console.log('John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), 'abc'.replace('b', '$$'));
const dates = [...'2024-01-15 and 2023-12-31'.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)];
console.log(dates.map(m => [m.index, m[1], m[2], m[3]]));
console.log(String.raw`a\nb${1 + 1}\t`, 'abc'.concat(1, null, undefined));
console.log('%', 'a\u0000b'.length, 'tab\there'.split('\t'));

// Main loop: 300 iterations, many small string transformations.
let h = 0x811c9dc5;
const counts = { upper: 0, padded: 0, replaced: 0, split: 0 };
let longest = '';
for (let i = 0; i < 300; i++) {
  const w = word(3 + (rnd() % 8));
  let t = w;
  if (i % 3 === 0) { t = t.toUpperCase(); counts.upper++; }
  if (i % 5 === 0) { t = t.padStart(12, '.'); counts.padded++; }
  const replaced = t.replace(/[aeiou]/gi, (v) => String(alphabet.indexOf(v.toLowerCase())));
  if (replaced !== t) counts.replaced++;
  const parts = replaced.split(/\d+/).filter(Boolean);
  counts.split += parts.length;
  const joined = parts.join('-') + ':' + replaced.at(-1) + ':' + i.toString(36).padStart(2, '0');
  if (joined.length > longest.length) longest = joined;
  h = fnv(joined, h);
  if (i % 50 === 49) {
    console.log(`iter ${i + 1}: last=${JSON.stringify(joined)} hash=${h.toString(16).padStart(8, '0')}`);
  }
}
console.log('counts', counts);
console.log('longest', longest, longest.length);
console.log('final hash', h, h.toString(2).length);
