#!/usr/bin/env bash
# The live kernel against the engine on the same steps: runs every shared case and example through
# `mmscope live` (root; switches on a temporary swap file when the host has none) and sums the time the
# steps took on each side. The kernel's time is measured in the C program around each operation (no
# observation, no pipes); the engine's is the median of 21 runs after 200 warm-up runs, without
# invariants or events. Prints one line per scenario and the totals (the numbers in BENCHMARKS.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mmscope live --quiet --allow-swapfile ../shared/cases/*.mms examples/*.mms 2>/dev/null \
  | awk '/^mmscope live:/{ file=$3 }
         /^agree|^DISAGREE/{ n=$2; for (i=1;i<=NF;i++) { if ($i=="took") k=$(i+1); if ($i=="engine") e=$(i-4) }
           printf "%-58s %3d steps  kernel %7.3f ms  engine %7.3f ms\n", file, n, k, e; N+=n; K+=k; E+=e }
         END { printf "total: %d steps, kernel %.3f ms (%.1f us/step), engine %.3f ms (%.1f us/step), kernel/engine = %.1f\n", N, K, 1000*K/N, E, 1000*E/N, K/E }'
