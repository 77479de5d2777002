#!/usr/bin/env bash
# Resolving and queueing the audience of a large marketing list: 100,000 members (MEMBERS to
# change it), the audience resolved, then every campaign email queued into the outbox by the
# dispatcher (no SMTP server, so nothing is delivered). Runs CampaignAudienceBenchmark, which
# the normal test run leaves out.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=CampaignAudienceBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench.members="${MEMBERS:-100000}" -Dbench.batch="${BATCH:-500}" 2>&1 | grep "CAMPAIGN BENCHMARK" || {
  echo "the benchmark did not finish; see target/failsafe-reports" >&2; exit 1; }
