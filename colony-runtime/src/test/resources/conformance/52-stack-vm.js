// A small stack-based virtual machine: an assembler (string parsing with regexes and Maps for
// labels), an interpreter loop with a program counter, call/return frames, and integer
// arithmetic. It runs three programs (iterative factorial, a prime sieve over 0..199 in VM
// memory, and recursive Fibonacci through VM call frames), printing output from inside the VM
// and statistics at the end. The interpreter executes about 13,000 instructions in a
// single synchronous loop; progress is printed every 1000 instructions.
const OPS = ['push', 'pop', 'dup', 'swap', 'over', 'add', 'sub', 'mul', 'div', 'mod', 'eq', 'lt', 'gt', 'not',
  'jmp', 'jz', 'jnz', 'load', 'store', 'print', 'call', 'ret', 'halt'];
function assemble(src) {
  const labels = new Map();
  const lines = src.split('\n').map((l) => l.replace(/;.*$/, '').trim()).filter(Boolean);
  const code = [];
  for (const line of lines) {
    const lm = /^(\w+):$/.exec(line);
    if (lm) { labels.set(lm[1], code.length); continue; }
    const [op, arg] = line.split(/\s+/);
    if (!OPS.includes(op)) throw new SyntaxError(`unknown op ${op}`);
    code.push({ op, arg });
  }
  for (const ins of code) {
    if (ins.arg === undefined) continue;
    ins.arg = /^-?\d+$/.test(ins.arg) ? Number(ins.arg) : labels.has(ins.arg) ? labels.get(ins.arg) : (() => { throw new SyntaxError(`unknown label ${ins.arg}`); })();
  }
  return { code, labels };
}
let totalExecuted = 0;
function run(name, src, { memSize = 256, maxSteps = 200000 } = {}) {
  const { code } = assemble(src);
  const stack = [], frames = [], mem = new Int32Array(memSize), out = [];
  const counts = {};
  let pc = 0, steps = 0;
  const pop = () => { if (!stack.length) throw new RangeError(`stack underflow at ${pc}`); return stack.pop(); };
  loop: while (steps < maxSteps) {
    const { op, arg } = code[pc++];
    steps++; totalExecuted++;
    counts[op] = (counts[op] || 0) + 1;
    if (totalExecuted % 1000 === 0) console.log(`  [${name}] ${totalExecuted} instructions executed in total, pc=${pc - 1}, stack depth ${stack.length}`);
    switch (op) {
      case 'push': stack.push(arg); break;
      case 'pop': pop(); break;
      case 'dup': { const v = pop(); stack.push(v, v); break; }
      case 'swap': { const b = pop(), a = pop(); stack.push(b, a); break; }
      case 'over': { const b = pop(), a = pop(); stack.push(a, b, a); break; }
      case 'add': case 'sub': case 'mul': case 'div': case 'mod': case 'eq': case 'lt': case 'gt': {
        const b = pop(), a = pop();
        const r = { add: a + b, sub: a - b, mul: Math.imul(a, b), div: Math.trunc(a / b), mod: a % b, eq: +(a === b), lt: +(a < b), gt: +(a > b) }[op];
        stack.push(r | 0);
        break;
      }
      case 'not': stack.push(+!pop()); break;
      case 'jmp': pc = arg; break;
      case 'jz': if (pop() === 0) pc = arg; break;
      case 'jnz': if (pop() !== 0) pc = arg; break;
      case 'load': stack.push(mem[pop()]); break;
      case 'store': { const addr = pop(); mem[addr] = pop(); break; }
      case 'print': out.push(pop()); break;
      case 'call': frames.push(pc); pc = arg; break;
      case 'ret': pc = frames.pop(); break;
      case 'halt': break loop;
    }
  }
  return { out, steps, counts, stackLeft: stack.length };
}

const factorial = `
  push 1      ; acc
  push 1      ; i
loop:
  dup
  push 12
  gt
  jnz done
  dup         ; acc i i
  push 0
  store       ; mem[0] = i
  mul         ; acc*i  (i consumed)
  push 0
  load
  push 1
  add         ; acc i+1
  jmp loop
done:
  pop
  print
  halt`;
const sieve = `
  push 2
outer:            ; stack: i
  dup
  push 200
  lt
  jz finish
  dup
  load
  jnz next        ; composite: skip
  dup
  print
  dup
  dup
  add             ; i, j=2i
mark:
  dup
  push 200
  lt
  jz endmark
  push 1
  over
  store           ; mem[j] = 1
  over
  add             ; j += i
  jmp mark
endmark:
  pop
next:
  push 1
  add
  jmp outer
finish:
  halt`;
const fib = `
  push 0
start:
  dup
  push 12
  lt
  jz end
  dup
  call fib
  print
  push 1
  add
  jmp start
end:
  halt
fib:            ; n -> fib(n)
  dup
  push 2
  lt
  jnz base
  dup
  push 1
  sub
  call fib
  swap
  push 2
  sub
  call fib
  add
  ret
base:
  ret`;
for (const [name, src] of [['factorial', factorial], ['sieve', sieve], ['fib', fib]]) {
  const r = run(name, src);
  console.log(`${name}: ${r.steps} steps, output ${r.out.length} values, stack left ${r.stackLeft}`);
  console.log(r.out.length > 30 ? r.out.slice(0, 30).join(' ') + ' ...' : r.out.join(' '));
  console.log(Object.entries(r.counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 6));
}
try { assemble('push 1\nbogus'); } catch (e) { console.log(e.name, e.message); }
try { run('underflow', 'add\nhalt'); } catch (e) { console.log(e.name, e.message); }
console.log('total instructions', totalExecuted);
