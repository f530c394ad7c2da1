// Conway's Game of Life on a 16x16 torus, seeded from a PRNG plus a glider, advanced 30
// generations (7,680 cell updates) with Uint8Array double buffering. Every 6 generations the
// board is printed as text; population history, a per-generation hash (to detect cycles with a
// Map), and the glider's displacement are printed at the end.
const W = 16, H = 16;
let cur = new Uint8Array(W * H), nxt = new Uint8Array(W * H);
let seed = 1337;
const rnd = (n) => (seed = (seed * 48271) % 2147483647) % n;
for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) if (rnd(100) < 40) cur[y * W + x] = 1;
for (const [x, y] of [[11, 9], [12, 10], [10, 11], [11, 11], [12, 11]]) cur[y * W + x] = 1;  // glider

const render = (b) => {
  const rows = [];
  for (let y = 0; y < H; y++) {
    let row = '';
    for (let x = 0; x < W; x++) row += b[y * W + x] ? '#' : '.';
    rows.push(row);
  }
  return rows.join('\n');
};
const hash = (b) => { let h = 2166136261; for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 16777619) >>> 0; return h; };
const seen = new Map();
const population = [];
let firstRepeat = null;
for (let gen = 0; gen <= 30; gen++) {
  const pop = cur.reduce((a, b) => a + b, 0);
  population.push(pop);
  const h = hash(cur);
  if (seen.has(h) && firstRepeat === null) firstRepeat = { gen, sameAs: seen.get(h) };
  if (!seen.has(h)) seen.set(h, gen);
  if (gen % 6 === 0) console.log(`generation ${gen}: population ${pop}, hash ${h.toString(16)}\n${render(cur)}`);
  if (gen === 30) break;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      let n = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx || dy) n += cur[((y + dy + H) % H) * W + ((x + dx + W) % W)];
        }
      }
      const alive = cur[y * W + x];
      nxt[y * W + x] = n === 3 || (alive && n === 2) ? 1 : 0;
    }
  }
  [cur, nxt] = [nxt, cur];
}
console.log('population history', population);
console.log('distinct states', seen.size, 'first repeat', firstRepeat);
const live = [];
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (cur[y * W + x]) live.push([x, y]);
console.log('live cells at the end', live.length, live.slice(0, 10));
