#!/usr/bin/env bash
# compile-cost.sh DIR [RUNS] [EXTRA SWIFTC FLAGS…]
#
# The debug compile of the generated .swift files in DIR alone, with the same swiftc command as
# `make bench` (section 2), RUNS times (default 3) after one warm-up run; prints each run's CPU
# time (user + system of swiftc and its frontend jobs), wall time and peak RSS, then the median
# CPU time. CPU time is the figure to compare on a shared machine: wall time measures the scheduler.
#
# The modules compiled against are the debug build of this package (`swift build --target
# OpenAPIClientRuntime`); MODULES=DIR overrides that, e.g. Tests/Benchmarks/.build/debug/Modules
# for swift-openapi-generator's output, which imports OpenAPIRuntime.
#
# A quick way to compare a generator change (DIR gets the generated files):
#   .build/debug/openapi-swift spec/responses.yaml --config spec/openapi-swift-config.yaml --output /tmp/gen
#   Tests/Benchmarks/compile-cost.sh /tmp/gen
# Extra flags go to swiftc, e.g. `-Xfrontend -debug-time-function-bodies` or `-stats-output-dir D`.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(cd "${1:?usage: compile-cost.sh DIR [RUNS] [SWIFTC FLAGS…]}" && pwd)
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
modules=${MODULES:-$root/.build/debug/Modules}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

files=("$dir"/*.swift)
command=(swiftc -Onone -g -enable-batch-mode -j 2 -swift-version 6 -parse-as-library
    -module-name GeneratedCompileCost -emit-module -emit-module-path "$work/out/GeneratedCompileCost.swiftmodule"
    -c "${files[@]}" -I "$modules"
    -Xcc "-fmodule-map-file=$root/Sources/CCurl/module.modulemap" -Xcc -I/usr/include/x86_64-linux-gnu
    -module-cache-path "$root/.build/compile-cost-module-cache" "$@")

cpus=()
for (( run = 0; run <= runs; run++ )); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    if ! (cd "$work/out" && /usr/bin/time -o "$work/time" -f "%U %S %e %M" "${command[@]}" >"$work/log" 2>&1); then
        cat "$work/log" >&2
        echo "compile-cost: swiftc failed on $dir" >&2
        exit 1
    fi
    read -r user system wall rss <"$work/time"
    cpu=$(echo "$user + $system" | bc)
    if (( run == 0 )); then
        echo "warm-up: cpu ${cpu} s, wall ${wall} s" >&2
        continue
    fi
    printf 'run %d: cpu %s s (user %s, sys %s), wall %s s, peak RSS %d MiB\n' "$run" "$cpu" "$user" "$system" "$wall" $(( rss / 1024 ))
    cpus+=("$cpu")
done
summary=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median cpu: %.2f s, min %.2f s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1] }')
echo "$summary ($dir, ${#files[@]} files)"
