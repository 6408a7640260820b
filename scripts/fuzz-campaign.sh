#!/usr/bin/env bash
# The Jazzer fuzz campaign over mmscope (docs/ROBUSTNESS.md, "Fuzzing"): each fuzz test of tests/org.mmscope.fuzz in
# fuzzing mode (JAZZER_FUZZ=1), one after the other, each in its own JVM pinned to ONE core at low priority.
#
#   scripts/fuzz-campaign.sh [TARGET...]        TARGET: Class#method, default: all four below
#
# Environment (defaults in brackets):
#   RUNS       executions per target [250000]     DURATION  wall-time cap per target, e.g. 30m or 2h [6h]
#   CPU        the core to pin to [1]             HEAP      heap of the fuzzing JVM [2g]
#   KEEP_GOING distinct findings before a target stops [20]
#   MAVEN_REPO local Maven repository [Maven's default]; OFFLINE=0 to let Maven download
#
# Build the bundles first (./mvnw install, or at least -pl bundles/... of what changed): the fuzz module tests the
# INSTALLED jars (the module names each mmscope bundle: a bundle installed alone gets a POM without its mmscope
# dependencies). A run in which every input fails at once (NoClassDefFoundError, hundreds of "executions" a second,
# one finding on the empty input) had an incomplete class path: discard it. A finding is written as crash-<sha1> into the target's inputs directory
# (tests/org.mmscope.fuzz/src/test/resources/org/mmscope/fuzz/<Class>Inputs/<method>/), where the normal build
# replays it from then on; the coverage corpus grows in tests/org.mmscope.fuzz/.cifuzz-corpus/ (not committed).
# Logs: tests/org.mmscope.fuzz/target/fuzz-campaign/<target>.log (libFuzzer: executions, coverage, the crash files
# written) and <target>.java-output.txt (the Java side: each finding's exception and stack trace); the summary line
# per target gives the executions.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-250000}"
DURATION="${DURATION:-6h}"
CPU="${CPU:-1}"
HEAP="${HEAP:-2g}"
KEEP_GOING="${KEEP_GOING:-20}"
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(ScenarioFuzzTest#mutatedExamples ScenarioFuzzTest#scenarioText LanguageServerFuzzTest#documentSession FrameReaderFuzzTest#garbageThenRequest)

if [ -z "${JAVA_HOME:-}" ]; then
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*/; do
    if [ -x "$d/bin/javac" ]; then export JAVA_HOME="${d%/}"; break; fi
  done
fi
MVN=(./mvnw -B)
[ "${OFFLINE:-1}" = 1 ] && MVN+=(-o)
[ -n "${MAVEN_REPO:-}" ] && MVN+=("-Dmaven.repo.local=$MAVEN_REPO")
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c "$CPU")

LOGS="tests/org.mmscope.fuzz/target/fuzz-campaign"
mkdir -p "$LOGS"
status=0
for t in "${TARGETS[@]}"; do
  log="$LOGS/${t/\#/.}.log"
  echo "fuzz-campaign: $t (at most $RUNS executions or $DURATION, core $CPU) -> $log" >&2
  start=$(date +%s)
  # -XX:ActiveProcessorCount=1: the JIT, the GC and Xtext's pools size themselves for the one core they get
  if JAZZER_FUZZ=1 nice -n 10 "${PIN[@]}" "${MVN[@]}" -pl tests/org.mmscope.fuzz surefire:test \
      -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false -DredirectTestOutputToFile=false \
      "-Dfuzz.argLine=-Xmx$HEAP -XX:ActiveProcessorCount=1 -Djazzer.max_executions=$RUNS -Djazzer.max_duration=$DURATION -Djazzer.keep_going=$KEEP_GOING" \
      >"$log" 2>&1; then result=passed; else result=FAILED; status=1; fi
  secs=$(( $(date +%s) - start ))
  done_line="$(grep -aE '^Done [0-9]+ runs' "$log" | tail -1 || true)"
  # libFuzzer's own lines (the crash file written) reach the log; the Java side of a finding (== Java Exception and
  # its stack trace) goes through Surefire's channel into the test's output file: keep it beside the log
  out="tests/org.mmscope.fuzz/target/surefire-reports/org.mmscope.fuzz.${t%%#*}-output.txt"
  [ -f "$out" ] && cp "$out" "${log%.log}.java-output.txt"
  findings="$(cat "$log" "${log%.log}.java-output.txt" 2>/dev/null | grep -acE '^== Java Exception|^== Java Assertion|FuzzTestFindingException|Test unit written to' || true)"
  echo "fuzz-campaign: $t: $result in ${secs}s; ${done_line:-no libFuzzer summary (see the log)}; finding lines: $findings" | tee -a "$LOGS/summary.txt" >&2
done
exit $status
