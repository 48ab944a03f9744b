#!/usr/bin/env bash
# Builds the processor and the benchmark, then runs the benchmark (docs/performance.md).
# Arguments go to the runner, for example: run.sh --sizes 2000,20000 --runs 5 --single-class 4000
# Extra Maven arguments, such as -o, go in BENCHMARK_MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck disable=SC2086
mvn -B -q ${BENCHMARK_MAVEN_ARGS:-} -pl integration-tests/benchmark -am package -DskipTests
# The runner starts every javac with the JDK it runs on.
exec java -cp integration-tests/benchmark/target/classes dev.statuscontract.benchmark.Benchmark "$@"
