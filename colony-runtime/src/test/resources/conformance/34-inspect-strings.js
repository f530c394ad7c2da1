// Exercises how console.log prints strings: bare strings are written raw (no quotes, escapes
// interpreted), strings nested in arrays/objects are quoted with single quotes, switching to
// double quotes when the string contains a single quote, and to backticks when it contains
// both; backslashes, newlines, tabs and control characters are escaped when nested; emoji and
// astral characters are printed as-is; lone surrogates are escaped when nested (\uD800) and
// written as U+FFFD when bare; long nested strings with newlines are split into concatenations;
// keys that are not identifiers are quoted. A 256-iteration loop builds strings of every char
// code 0..255 and prints them nested in chunks.
const samples = [
  'plain', "it's", 'say "hi"', `both ' and "`, 'all three \' " `', 'back\\slash', 'new\nline', 'tab\there',
  'carriage\rreturn', 'nul\0char', 'bell\u0007', 'esc\u001b[0m', 'del\u007f', 'nbsp\u00a0', '', ' ',
];
// Wide and combining characters: kept in arrays of at most 6 items, because console.log lays out
// longer arrays in columns whose widths depend on Node's Unicode width tables.
const wide = ['emoji 😀👍🏽', 'astral 𝒳𝔂', 'flag 🇺🇳', 'zwj 👩‍👩‍👧', 'é vs e\u0301', 'cjk 東京'];
const separators = ['\u2028line sep\u2029para sep', 'bom\ufeff', 'soft\u00adhyphen'];
for (const s of [...samples, ...wide, ...separators]) console.log(s);
console.log(samples);
console.log(wide);
console.log(separators, { wide: wide.slice(0, 2) });
console.log({ single: "it's", double: 'say "hi"', both: `'"`, empty: '', nl: 'a\nb' });
console.log(['\ud800', 'x\udc00y', '\ud83d\ude00', '\ude00\ud83d']);
console.log('bare lone surrogates:', '\ud800', 'x\udc00y');
console.log({ 'key with space': 1, 'it\'s': 2, 'kebab-case': 3, valid_id: 4, $dollar: 5, '123': 6, '1a': 7, 'ünïcödé': 8, '': 9, 'new\nline': 10 });
console.log(['a'.repeat(20), 'b'.repeat(30), 'c'.repeat(40)]);
console.log({ long: 'line one is fairly long\nline two is also long enough\nline three ends the string here\n' });
console.log(['short\nwith newline', 'x'.repeat(100)]);
console.log('%s|%s', 'a\nb', ['a\nb']);
console.log([`template ${1 + 1}`, String.raw`raw\n`, 'quote\'s "mixed" `all`']);
console.log(new String('boxed'), [new String("it's")], Object('str'));

// 256 iterations: every char code 0..255 in a string, printed nested 32 at a time.
let chunk = [];
let joined = '';
let h = 0;
for (let code = 0; code < 256; code++) {
  const ch = String.fromCharCode(code);
  chunk.push(ch);
  joined += ch;
  h = (Math.imul(h, 31) + code) | 0;
  if (chunk.length === 32) {
    console.log(`codes ${code - 31}..${code}:`, chunk);
    chunk = [];
  }
}
console.log(joined.length, h, [joined.slice(0, 40)], { tail: joined.slice(120, 140) });
