#!/usr/bin/env bash
# Start-up of the command line (BENCHMARKS.md, "Start-up"): wall and CPU time of ./mmscope --help, run and check
# of a small scenario, each against `java -version` of the same JDK measured in the same rounds (the machine is
# shared: what the load does to one, it does to the other). Rounds interleave the commands; prints a Markdown table
# with min / median wall time and median CPU time (user + system, all threads) per command.
#   scripts/startup-bench.sh [ROUNDS] [SCENARIO]     (default: 9 rounds, examples/01-fork-parent-writes-first.mms)
#   MMSCOPE_BENCH_OSGI=1 scripts/startup-bench.sh     also the same commands through the Equinox product
# Builds first if needed (./mmscope does), outside the measured rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-9}"
scenario="${2:-examples/01-fork-parent-writes-first.mms}"
[ -x /usr/bin/time ] || { echo "startup-bench: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
./mmscope --version >/dev/null   # builds when sources changed; also finds the JDK the script uses
JAVA="$( . <(sed -n '/^java_major()/,/^}/p; /^find_jdk()/,/^}/p; /^die()/p' ./mmscope); find_jdk )/bin/java"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

names=("java -version" "./mmscope --help" "./mmscope run --quiet $scenario" "./mmscope check $scenario")
commands=("$JAVA -version" "./mmscope --help" "./mmscope run --quiet $scenario" "./mmscope check $scenario")
if [ "${MMSCOPE_BENCH_OSGI:-}" = 1 ]; then
  names+=("MMSCOPE_OSGI=1 ./mmscope --help" "MMSCOPE_OSGI=1 ./mmscope run --quiet $scenario")
  commands+=("env MMSCOPE_OSGI=1 ./mmscope --help" "env MMSCOPE_OSGI=1 ./mmscope run --quiet $scenario")
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086 # the command is a word list on purpose
    /usr/bin/time -f "%e %U %S" -a -o "$work/$i" ${commands[$i]} >/dev/null 2>&1 || { echo "startup-bench: failed: ${commands[$i]}" >&2; exit 1; }
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stats() { # file -> "min median cpu-median"
  echo "$(cut -d' ' -f1 "$1" | sort -n | head -1) $(cut -d' ' -f1 "$1" | median) $(awk '{ print $2 + $3 }' "$1" | median)"
}
echo "| command | wall min | wall median | CPU median |"
echo "|---|---|---|---|"
for i in "${!commands[@]}"; do
  read -r mn md cpu <<<"$(stats "$work/$i")"
  echo "| \`${names[$i]}\` | $mn s | $md s | $cpu s |"
done
echo
echo "$rounds rounds; load average $load_before before, $load_after after; $("$JAVA" -version 2>&1 | sed -n 2p); $(nproc) CPUs"
