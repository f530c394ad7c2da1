// Prints one JSON line ["label", output] per case of cases.js, using Node's own
// util.inspect / util.format. Run by regenerate.sh; not part of the runtime.
'use strict';
const fs = require('fs');
const util = require('util');
const vm = require('vm');

const file = process.argv[2];
const suite = vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
const labels = new Set();
for (const [label, fn] of suite.cases) {
  if (labels.has(label)) throw new Error(`duplicate label: ${label}`);
  labels.add(label);
  const value = fn();
  const out = value instanceof suite.FormatCall ? util.format(...value.args) : util.inspect(value);
  process.stdout.write(JSON.stringify([label, out]) + '\n');
}
