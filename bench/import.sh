#!/bin/sh
# Import benchmark (issue 4): see docs/BENCHMARKS.md. Runs with the JVM heap capped at 512 MB.
#   bench/import.sh --rows 1000000 [--db jdbc:postgresql://127.0.0.1:5432/vivier_bench?user=postgres]
set -e
cd "$(dirname "$0")/.."
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" io.vivier.bench.ImportBenchmark "$@"
