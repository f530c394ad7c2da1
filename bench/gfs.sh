#!/usr/bin/env bash
# Issue 4's file system benchmarks in one run: write and read throughput for 4 KiB, 1 MiB and
# 100 MiB files and appends per second from 8 concurrent writers, on the embedded store (H2 + blobs
# on disk) and on PostgreSQL (Debian package postgresql, started by the benchmark), next to dd on
# the same disk. Rewrites the "gfs" block of docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source .mvn/find-jdk.sh

echo "building colony-benchmarks with $JAVA_HOME ..." >&2
./mvnw -B -q -DskipTests -pl colony-benchmarks -am package >&2
classpath="$(cat colony-benchmarks/target/classpath.txt):colony-benchmarks/target/classes"

exec "$JAVA_HOME/bin/java" -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$classpath" \
  dev.colony.benchmarks.GfsBenchmark --docs docs/benchmarks.md "$@"
