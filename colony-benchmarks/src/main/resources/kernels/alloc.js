// Object allocation: many small short-lived objects (points, list nodes, pairs) built, walked
// and dropped, as event-handling code does all day.
const N = 50000;
const ROUNDS = 2;
console.log(`alloc: ${N} objects x 3 kinds x ${ROUNDS} rounds`);

function points(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push({ x: i, y: i * 2, z: -i });
  }
  return out;
}

function list(n) {
  let head = null;
  for (let i = 0; i < n; i++) {
    head = { value: i & 1023, next: head };
  }
  return head;
}

function round() {
  let sum = 0;
  const ps = points(N);
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    sum += p.x + p.y + p.z;
  }
  for (let node = list(N); node !== null; node = node.next) {
    sum += node.value;
  }
  for (let i = 0; i < N; i++) {
    const pair = [i, { id: i, label: 'p' }];
    sum += pair[0] + pair[1].id - pair[1].label.length;
  }
  return sum;
}

let checksum = 0;
for (let r = 0; r < ROUNDS; r++) {
  checksum += round();
}
console.log(`checksum ${checksum}`);
