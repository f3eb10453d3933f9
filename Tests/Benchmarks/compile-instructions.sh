#!/usr/bin/env bash
# compile-instructions.sh DIR
#
# Instructions executed by the frontend jobs of the same debug compile as compile-cost.sh (the
# `make bench` swiftc command, batch mode, -j 2), each job run on its own under valgrind's
# cachegrind. Unlike CPU time this does not move with the machine's load, so it tells a 1%
# change of the generated code apart on a shared 2-core machine. About 60× slower than the
# compile itself (~6 minutes for spec/responses.yaml's output). Needs valgrind.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(cd "${1:?usage: compile-instructions.sh DIR}" && pwd)
modules=${MODULES:-$root/.build/debug/Modules}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# The driver's plan (-###): one command line per frontend job.
swiftc -Onone -g -enable-batch-mode -j 2 -swift-version 6 -parse-as-library \
    -module-name GeneratedCompileCost -emit-module -emit-module-path "$work/GeneratedCompileCost.swiftmodule" \
    -c "$dir"/*.swift -I "$modules" \
    -Xcc "-fmodule-map-file=$root/Sources/CCurl/module.modulemap" -Xcc -I/usr/include/x86_64-linux-gnu \
    -module-cache-path "$root/.build/compile-cost-module-cache" -### >jobs.txt

total=0
parts=()
while read -r job; do
    echo "$job" >job.sh
    count=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null --trace-children=yes bash job.sh 2>&1 \
        | awk '/I +refs/ { gsub(",", "", $4); if ($4 > max) max = $4 } END { printf "%.0f\n", max }')
    parts+=("$(( count / 1000000 ))M")
    total=$(( total + count ))
done <jobs.txt
echo "$(( total / 1000000 ))M instructions ($dir; jobs: ${parts[*]})"
