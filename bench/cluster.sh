#!/usr/bin/env bash
# Issue 3's cluster benchmarks in one run: live-migration latency between two engine processes
# (a small program and one holding 10 000 objects) and the program-to-program message round trip,
# on the embedded broker and on Mosquitto (Debian package mosquitto, started by the benchmark).
# Rewrites the "cluster" block of docs/benchmarks.md.
#
#   bench/cluster.sh                              40 migrations per program, 1 000 round trips
#   bench/cluster.sh --migrations 10 --round-trips 200
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source .mvn/find-jdk.sh

if [[ ! -x /usr/sbin/mosquitto ]]; then
  echo "bench/cluster.sh: /usr/sbin/mosquitto is missing (apt-get install mosquitto): it is the reference broker" >&2
  exit 1
fi

echo "building colony-benchmarks with $JAVA_HOME ..." >&2
./mvnw -B -q -DskipTests -pl colony-benchmarks -am package >&2
classpath="$(cat colony-benchmarks/target/classpath.txt):colony-benchmarks/target/classes"

exec "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -Xss16m -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  dev.colony.benchmarks.ClusterBenchmark --docs docs/benchmarks.md "$@"
