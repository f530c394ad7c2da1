// A program holding OBJECTS live objects: half in a Map of small records, half in a linked list
// whose nodes an array also holds. It says "ready" with a checksum of its heap and goes idle
// with a timer pending; the benchmark captures it there (an event boundary), restores it, and
// the timer checks the restored heap against the checksum.
const OBJECTS = __OBJECTS__;

const byKey = new Map();
for (let i = 0; i < OBJECTS / 2; i++) {
  byKey.set(`k${i}`, { id: i, name: `item-${i}`, weight: i % 97 });
}
const nodes = [];
let head = null;
for (let i = 0; i < OBJECTS / 2; i++) {
  head = { value: i, next: head };
  nodes.push(head);
}

function checksum() {
  let sum = nodes.length;
  for (const [key, item] of byKey) sum += item.id + item.weight + key.length;
  for (let node = head; node !== null; node = node.next) sum += node.value;
  return sum;
}

setTimeout(() => {
  console.log('resumed');
  console.log(`checksum ${checksum()}`);
}, 1);
console.log(`ready ${OBJECTS} checksum ${checksum()}`);
