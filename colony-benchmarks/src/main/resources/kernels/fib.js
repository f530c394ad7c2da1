// Recursive Fibonacci: function calls, integer arithmetic, one safepoint check per call.
const N = 27;
const ROUNDS = 2;
console.log(`fib: fib(${N}) x ${ROUNDS}`);

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let round = 0; round < ROUNDS; round++) {
  total += fib(N);
}
console.log(`checksum ${total}`);
