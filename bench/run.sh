#!/usr/bin/env bash
# Issue 9: the benchmark at a million contacts, in one command. Builds the jar, loads a fresh
# embedded PostgreSQL, starts the app on it with -Xmx512m, drives load over the loopback, writes
# the query plans, prints every figure and stops everything; the last line is machine-readable.
# Settings are passed through, for example:
#   bench/run.sh -Dbench.contacts=100000        a smaller data set
#   bench/run.sh -o                             offline, once the dependencies are downloaded
# Details and the latest figures: bench/README.md. Reports and logs land in target/bench/.
# It starts with `clean`: the jar and the migrations the benchmark applies must be those of the
# sources, not a stale class or migration left in target/ by an earlier build.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -q -Pbench clean verify "$@"
