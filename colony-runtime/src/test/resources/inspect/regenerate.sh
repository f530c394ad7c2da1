#!/usr/bin/env bash
# Regenerates expected.txt from Node 20 (util.inspect / util.format with default options).
set -euo pipefail
cd "$(dirname "$0")"
major=$(node -p 'process.versions.node.split(".")[0]')
if [[ "$major" != 20 ]]; then
  echo "regenerate.sh: expected Node 20, found $(node --version)" >&2
  exit 1
fi
node driver.js cases.js > expected.txt.tmp
mv expected.txt.tmp expected.txt
echo "wrote $(wc -l < expected.txt) cases to expected.txt"
