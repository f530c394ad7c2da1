#!/usr/bin/env bash
# Colony's runtime benchmarks in one go: every kernel on Node, Colony and plain Rhino (speed and
# the cost of migratability), then snapshot size and capture/restore time. Prints the tables and,
# after a complete run, rewrites the generated blocks of docs/benchmarks.md.
#
#   bench/run.sh                        the full run (6-12 minutes on 2 cores, as busy as it is)
#   bench/run.sh --quick                1 warm-up + 1 run of everything, docs left alone
#   bench/run.sh --kernels fib,json --no-snapshots
#   bench/run.sh --no-kernels --sizes 0,10000
#
# Options go to dev.colony.benchmarks.BenchmarkSuite (see its Javadoc). Extra JVM flags: BENCH_JAVA_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source .mvn/find-jdk.sh

if ! command -v node >/dev/null 2>&1; then
  echo "bench/run.sh: node is not on PATH; Node is the reference the kernels are checked and timed against" >&2
  exit 1
fi

echo "building colony-benchmarks with $JAVA_HOME ..." >&2
./mvnw -B -q -DskipTests -pl colony-benchmarks -am package >&2
classpath="$(cat colony-benchmarks/target/classpath.txt):colony-benchmarks/target/classes"

java_opts=(-Xss16m -Xms1g -Xmx4g)
# JDK 23+ warns about sun.misc.Unsafe in Closure Compiler's dependencies unless told it is allowed.
if [[ "$(colony_java_major "$JAVA_HOME")" -ge 23 ]]; then
  java_opts+=(--sun-misc-unsafe-memory-access=allow)
fi

exec "$JAVA_HOME/bin/java" "${java_opts[@]}" ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  dev.colony.benchmarks.BenchmarkSuite --docs docs/benchmarks.md --nproc "$(nproc)" "$@"
