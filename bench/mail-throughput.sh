#!/usr/bin/env bash
# Outbox delivery throughput: one node empties an outbox of 10,000 emails (queued in one
# transaction) into a local GreenMail; prints emails delivered per second, timed from the
# commit until the last email is marked SENT. Runs OutboxDeliveryBenchmark, which the normal
# test run leaves out. Optional: EMAILS, BATCH (claim size) and CONNECTIONS (SMTP connections).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=OutboxDeliveryBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.emails="${EMAILS:-10000}" -Dbench.batch="${BATCH:-50}" -Dbench.connections="${CONNECTIONS:-4}" \
  -Djacoco.skip=true 2>&1 | grep "OUTBOX BENCHMARK" || {
  echo "the benchmark did not finish; see target/failsafe-reports" >&2; exit 1; }
