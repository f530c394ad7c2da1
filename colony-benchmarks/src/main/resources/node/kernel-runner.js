// Runs one benchmark kernel on Node the way Colony runs it: as the body of a function (Node's
// module wrapper does the same), once per run, in this warm process. Times the kernel from its
// first console line to its last, as the Java side does for Colony and Rhino.
//
// usage: node kernel-runner.js KERNEL.js WARMUP RUNS
// prints: "OUT <line>" for each line of the first run, "MS <milliseconds>" per measured run,
// or "FAIL <message>" when the kernel throws, prints differently between runs, or never ends.
'use strict';
const fs = require('fs');
const util = require('util');
const vm = require('vm');

const [file, warmup, runs] = process.argv.slice(2);
const source = fs.readFileSync(file, 'utf8');
const script = new vm.Script(`(function (console) {${source}\n})`, { filename: file });

async function once() {
  const lines = [];
  const stamps = [];
  const record = (...args) => {
    stamps.push(process.hrtime.bigint());
    lines.push(util.format(...args));
  };
  const console = { log: record, info: record, warn: record, error: record };
  script.runInThisContext()(console);
  // Async kernels finish in promise jobs; those all run before the next immediate.
  await new Promise((resolve) => setImmediate(resolve));
  if (stamps.length < 2) throw new Error(`the kernel printed ${stamps.length} line(s); it must print a header and a checksum`);
  return { lines, ms: Number(stamps[stamps.length - 1] - stamps[0]) / 1e6 };
}

(async () => {
  try {
    let first = null;
    const times = [];
    for (let i = 0; i < Number(warmup) + Number(runs); i++) {
      const run = await once();
      if (first === null) {
        first = run.lines;
      } else if (run.lines.join('\n') !== first.join('\n')) {
        throw new Error(`run ${i + 1} printed ${JSON.stringify(run.lines)}, run 1 ${JSON.stringify(first)}`);
      }
      if (i >= Number(warmup)) times.push(run.ms);
    }
    for (const line of first) process.stdout.write(`OUT ${line}\n`);
    for (const ms of times) process.stdout.write(`MS ${ms}\n`);
  } catch (e) {
    process.stdout.write(`FAIL ${String(e && e.stack || e).split('\n')[0]}\n`);
  }
})();
