// Runs one prelude test script on Node (used by regenerate.sh to record the .expected files).
// Provides the same `print` and shared/scenarios.js as the Rhino test harness and reports unhandled
// rejections the same way.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
globalThis.print = function () {
  const parts = [];
  for (let i = 0; i < arguments.length; i++) parts.push(String(arguments[i]));
  process.stdout.write(parts.join(' ') + '\n');
};
process.on('unhandledRejection', (reason) => print('unhandled rejection: ' + String(reason)));
process.on('rejectionHandled', () => print('rejection handled'));
const file = process.argv[2];
const shared = 'shared/scenarios.js';
vm.runInThisContext(fs.readFileSync(path.join(__dirname, shared), 'utf8'), { filename: shared });
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
