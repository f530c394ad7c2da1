#!/usr/bin/env bash
# Regenerates the expected output of the conformance corpus from Node.js.
#
#   bash regenerate.sh              rewrite every NN-topic.out / NN-topic.err from `node NN-topic.js`
#   bash regenerate.sh --check      rewrite nothing; fail if any program's output differs from its files
#   bash regenerate.sh 07-foo.js    only the named programs (both modes accept names)
#
# A program's stdout goes to NN-topic.out; its stderr goes to NN-topic.err, and a stale .err is
# removed when the program writes nothing to stderr. Exits non-zero, without touching that
# program's files, if node is missing or a program exits non-zero.
set -euo pipefail

expected_major=20

if ! command -v node >/dev/null 2>&1; then
  echo "regenerate.sh: 'node' was not found on PATH." >&2
  echo "Install Node.js ${expected_major} to regenerate the conformance corpus; the expected files are Node's output." >&2
  exit 2
fi

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="$(node --version)"
major="${version#v}"; major="${major%%.*}"
if [ "$major" != "$expected_major" ]; then
  echo "regenerate.sh: warning: node ${version}; the corpus was written against Node ${expected_major}," >&2
  echo "and console.log formatting can differ between major versions. Review the diff carefully." >&2
fi

check=0
programs=()
for arg in "$@"; do
  case "$arg" in
    --check) check=1 ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) programs+=("$dir/$(basename "$arg")") ;;
  esac
done
if [ ${#programs[@]} -eq 0 ]; then
  shopt -s nullglob
  programs=("$dir"/[0-9][0-9]-*.js)
fi
if [ ${#programs[@]} -eq 0 ]; then
  echo "regenerate.sh: no NN-topic.js programs in $dir" >&2
  exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=0
changed=0
for js in "${programs[@]}"; do
  name="$(basename "$js" .js)"
  if [ ! -f "$js" ]; then
    echo "FAIL $name: no such program" >&2; failed=$((failed + 1)); continue
  fi
  rc=0
  # No colours, no inherited node flags: the output must be plain and reproducible.
  (cd "$tmp" && env -u FORCE_COLOR -u NODE_OPTIONS NO_COLOR=1 NODE_DISABLE_COLORS=1 \
      node "$js" >"$tmp/$name.out" 2>"$tmp/$name.err") || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "FAIL $name: node exited with status $rc; its files were left as they were. stderr:" >&2
    sed 's/^/    /' "$tmp/$name.err" >&2
    failed=$((failed + 1))
    continue
  fi
  if [ "$check" -eq 1 ]; then
    same=1
    cmp -s "$tmp/$name.out" "$dir/$name.out" 2>/dev/null || same=0
    if [ -s "$tmp/$name.err" ]; then
      cmp -s "$tmp/$name.err" "$dir/$name.err" 2>/dev/null || same=0
    elif [ -e "$dir/$name.err" ]; then
      same=0
    fi
    if [ "$same" -eq 0 ]; then
      echo "DIFF $name: node's output differs from $name.out/$name.err" >&2
      changed=$((changed + 1))
    fi
    continue
  fi
  cp "$tmp/$name.out" "$dir/$name.out"
  if [ -s "$tmp/$name.err" ]; then
    cp "$tmp/$name.err" "$dir/$name.err"
  else
    rm -f "$dir/$name.err"
  fi
done

total=${#programs[@]}
if [ "$failed" -ne 0 ]; then
  echo "regenerate.sh: $failed of $total program(s) exited non-zero" >&2
  exit 1
fi
if [ "$check" -eq 1 ]; then
  if [ "$changed" -ne 0 ]; then
    echo "regenerate.sh: $changed of $total program(s) differ from their expected files" >&2
    exit 1
  fi
  echo "regenerate.sh: all $total program(s) match their expected files (node $version)"
else
  echo "regenerate.sh: regenerated $total program(s) with node $version"
fi
