#!/bin/sh
# Differential campaign against the live kernel: N generated scenarios from SEED on (see docs/LIVE.md,
# "Differential campaign"). Needs root; builds the live bundle and runs the LiveCampaign test only.
# Disagreeing scenarios, their comparison and shrunk versions land in OUT (default
# tests/org.mmscope.live.tests/target/campaign); the summary is OUT/summary.txt.
set -e
N=${1:-100}
SEED=${2:-1}
OUT=${3:-}
cd "$(dirname "$0")/.."
set -- -B -o -q install -pl bundles/org.mmscope.live,tests/org.mmscope.live.tests \
  -Dtest=LiveCampaign -Dsurefire.failIfNoSpecifiedTests=false -Dmmscope.campaign="$N" -Dmmscope.campaign.seed="$SEED"
[ -n "$OUT" ] && set -- "$@" -Dmmscope.campaign.out="$(realpath -m "$OUT")"
[ -n "$MAVEN_REPO" ] && set -- "$@" -Dmaven.repo.local="$MAVEN_REPO"
./mvnw "$@"
cat "${OUT:-tests/org.mmscope.live.tests/target/campaign}/summary.txt"
