// JSON round trips: stringify and parse a mid-size object graph (users with nested addresses,
// tags and friend lists), then read the parsed copy back. Mostly the engine's own JSON code.
const USERS = 1500;
const ROUNDS = 12;
console.log(`json: ${USERS} users, ${ROUNDS} round trips`);

const CITIES = ['Lisbon', 'Oslo', 'Quito', 'Nairobi', 'Hanoi', 'Perth', 'Montréal'];

function makeGraph(n) {
  const users = [];
  for (let i = 0; i < n; i++) {
    users.push({
      id: i,
      name: `user-${i}`,
      email: `user${i}@example.com`,
      active: i % 3 !== 0,
      score: ((i * 37) % 1000) / 4,
      tags: [`t${i % 5}`, `t${i % 7}`, `t${i % 11}`],
      address: { street: `${i} Main Street`, city: CITIES[i % CITIES.length], zip: String(10000 + i) },
      friends: [(i + 1) % n, (i + 7) % n, (i + 13) % n],
      settings: { theme: i % 2 ? 'dark' : 'light', notifications: { email: true, sms: i % 4 === 0 } },
    });
  }
  return { version: 3, generated: '2024-01-01T00:00:00Z', users, meta: { count: n, note: 'quote " and \\ and \n' } };
}

let graph = makeGraph(USERS);
let checksum = 0;
for (let round = 0; round < ROUNDS; round++) {
  const text = JSON.stringify(graph);
  const copy = JSON.parse(text);
  checksum += text.length;
  for (const user of copy.users) {
    checksum += user.friends[round % 3] + (user.active ? 1 : 0) + user.score + user.address.city.length;
  }
  copy.version = round;
  graph = copy;
}
console.log(`checksum ${checksum} ${graph.version} ${JSON.stringify(graph.users[USERS - 1]).length}`);
