#!/usr/bin/env bash
# Records the expected output of every prelude test script by running it on Node.
# The same scripts run on Rhino with the Colony prelude in PreludeScriptsTest.
set -euo pipefail
cd "$(dirname "$0")"
for script in *.js; do
  [ "$script" = node-harness.js ] && continue
  node node-harness.js "$script" > "${script%.js}.expected"
  echo "recorded ${script%.js}.expected"
done
