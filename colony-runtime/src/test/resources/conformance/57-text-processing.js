// Text processing: a CSV parser handling quoted fields, escaped quotes and embedded newlines
// (a character-by-character state machine), word wrapping to a column width, a tiny markdown
// renderer (headings, emphasis, inline code, links) built on replace callbacks, word
// frequencies with a Map, and a 240-line generated document pushed through the whole pipeline.
function parseCSV(text) {
  const rows = [];
  let row = [], field = '', inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
const csv = 'name,quote,score\r\n"Smith, John","He said ""hi""",42\nAnn,"multi\nline",7\n"",plain,\n';
console.log(parseCSV(csv));

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if ((line + ' ' + word).length <= width) line += ' ' + word;
    else { lines.push(line); line = word; }
  }
  if (line) lines.push(line);
  return lines;
}
const para = 'The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly and pack my box with five dozen liquor jugs.';
console.log(wrap(para, 28).map((l) => '|' + l.padEnd(28) + '|').join('\n'));

function renderMarkdown(md) {
  return md.split('\n').map((line) => {
    const h = /^(#{1,3}) (.*)$/.exec(line);
    if (h) return `<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`;
    if (/^\s*$/.test(line)) return '';
    return `<p>${inline(line)}</p>`;
  }).filter(Boolean).join('\n');
  function inline(s) {
    return s
      .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c])
      .replace(/`([^`]+)`/g, (_, code) => `<code>${code}</code>`)
      .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
      .replace(/\*(.+?)\*/g, '<i>$1</i>')
      .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
  }
}
console.log(renderMarkdown('# Title with *emphasis*\n\nSome **bold** text, `a < b && c`, and a [link](http://example.com/x?y=1).\n## Sub'));

// Generated document: 240 lines of pseudo-words, then CSV -> markdown -> wrap -> frequencies.
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'shi', 'zen', 'qua'];
let seed = 8;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
const word = () => Array.from({ length: 1 + rnd(3) }, () => syllables[rnd(syllables.length)]).join('');
let doc = 'id,title,body\n';
for (let i = 1; i <= 240; i++) {
  const title = `${word()} ${word()}`;
  const body = Array.from({ length: 3 + rnd(6) }, (_, k) => (k === 0 && rnd(4) === 0 ? `**${word()}**` : word())).join(' ');
  const quoted = rnd(5) === 0 ? `"${body}, with ""quotes"""` : body;
  doc += `${i},${title},${quoted}\n`;
}
const rows = parseCSV(doc);
const header = rows.shift();
const freq = new Map();
let htmlLength = 0, wrappedLines = 0, boldCount = 0;
rows.forEach(([id, title, body], idx) => {
  const html = renderMarkdown(`## ${title}\n${body}`);
  htmlLength += html.length;
  boldCount += (html.match(/<b>/g) || []).length;
  const lines = wrap(body.replace(/[*",]/g, ''), 20);
  wrappedLines += lines.length;
  for (const w of body.toLowerCase().match(/[a-z]+/g) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
  if ((idx + 1) % 60 === 0) console.log(`row ${id}: html ${htmlLength} chars, ${wrappedLines} wrapped lines, ${freq.size} distinct words`);
});
const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 8);
console.log('header', header, 'rows', rows.length, 'bold', boldCount);
console.log('top words', top);
console.log('sample row', rows[4], renderMarkdown(`## ${rows[4][1]}\n${rows[4][2]}`));
