#!/usr/bin/env bash
# The explorer's benchmark (BENCHMARKS.md, "Exploration"): the standard problem — after a fork with a pinned
# buffer, the parent, the child and the device take N steps each, and one reclaim pass may come at any point —
# explored by mmscope per era with and without the reduction, and the same problem as a Promela model
# (bench/explore/standard.pml) checked by Spin, for N = 3..6. Prints a Markdown table.
#   scripts/explore-bench.sh [N...]        (default: 3 4 5 6; needs the Debian package spin and gcc)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v spin >/dev/null || { echo "explore-bench: install the Debian package spin (apt-get install spin)" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(3 4 5 6)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

standard() { # N -> the standard problem as a scenario file
    local n=$1 i
    {
        echo "scenario \"The explorer's standard problem: parent, child and device, $n steps each\""
        echo "kernel linux-2.6.31, linux-5.10, linux-6.12"
        echo "machine {"; echo "    ram 64 MiB"; echo "    swap 64 MiB"; echo "}"
        echo "device nic"; echo "process parent"
        echo "parent: buf = mmap anon 1 page read write"; echo "parent: write buf \"old\""
        echo "parent: rx = pin buf write"; echo "nic: map rx from_device"; echo "parent: child = fork"
        echo "parallel {"
        for i in $(seq 1 "$n"); do echo "    parent: write buf \"p$i\""; done
        for i in $(seq 1 "$n"); do echo "    child: write buf \"c$i\""; done
        for i in $(seq 1 "$n"); do echo "    nic: dma write rx \"d$i\""; done
        echo "}"
        echo "expect ok"
    } > "$work/standard-$n.mms"
}

echo "| N | era | reduction | distinct states | transitions | states/s | peak heap | wall |"
echo "|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
    standard "$n"
    for red in on off; do
        flag=(); [ "$red" = off ] && flag=(--no-reduction)
        start=$(date +%s.%N)
        out=$(./mmscope explore --quiet --with reclaim --max-events 1 --out "$work" "${flag[@]}" "$work/standard-$n.mms" || true)
        wall=$(echo "$(date +%s.%N) - $start" | bc)
        echo "$out" | sed -n 's/^  \(linux-[0-9.]*\): [A-Z]*  \([0-9,]*\) schedule(s), \([0-9,]*\) distinct state(s), \([0-9,]*\) transition(s), [0-9,]* failing; \([0-9,]*\) states\/s, peak heap \([0-9,]*\) MiB.*/\1 \3 \4 \5 \6/p' |
        while read -r era states trans rate heap; do
            printf '| %s | %s | %s | %s | %s | %s | %s MiB | %.1f s (3 eras, JVM start included) |\n' "$n" "$era" "$red" "$states" "$trans" "$rate" "$heap" "$wall"
        done
    done
    ( cd "$work" && cp "$OLDPWD/bench/explore/standard.pml" . && spin -a -DN="$n" standard.pml >/dev/null &&
      gcc -O2 -w -DSAFETY -DNOREDUCE -o pan pan.c && ./pan -m100000 > pan.out 2>&1 ) || true
    s=$(sed -n 's/^ *\([0-9]*\) states, stored.*/\1/p' "$work/pan.out"); t=$(sed -n 's/^ *\([0-9]*\) transitions.*/\1/p' "$work/pan.out")
    r=$(sed -n 's/^pan: rate *\([0-9.]*\) states\/second.*/\1/p' "$work/pan.out"); m=$(sed -n 's/^ *\([0-9.]*\)\s*total actual memory usage.*/\1/p' "$work/pan.out")
    e=$(sed -n 's/^pan: elapsed time \([0-9.e+-]*\) seconds.*/\1/p' "$work/pan.out")
    echo "| $n | Spin (2.6.31 model) | none (-DNOREDUCE) | $s | $t | ${r:-n/a (too fast to time)} | $m MB | ${e:-0} s |"
done
