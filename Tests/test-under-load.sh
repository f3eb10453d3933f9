#!/usr/bin/env bash
# Runs the transport and end-to-end suites RUNS times while busy loops saturate every core, to
# prove their checks do not depend on the machine being idle (timers run late under load).
#
#   RUNS=10 Tests/test-under-load.sh        (make test-under-load)
#
# Environment: RUNS (default 10), LOAD (busy loops, default one per core), FILTER (swift test
# --filter regex). Prints one line per run and a summary; exits 1 if any run failed. The busy
# loops are always stopped: on success, on failure and on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
load=${LOAD:-$(nproc)}
filter=${FILTER:-'InfercomTests\.(Curl|DriverThreadCheck|EndToEndTests|TransportConformance|TLSTests|EnvironmentProxyTests)'}
swift=${SWIFT:-swift}
logs=$(mktemp -d "${TMPDIR:-/tmp}/test-under-load.XXXXXX")

busy=()
stop_load() {
    for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${busy[@]}"; do wait "$pid" 2>/dev/null || true; done
    busy=()
}
trap stop_load EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM

echo "building the tests (before the load starts)"
"$swift" build --build-tests >"$logs/build.log" 2>&1 || { cat "$logs/build.log" >&2; exit 1; }

for _ in $(seq "$load"); do
    bash -c 'while :; do :; done' &
    busy+=("$!")
done
echo "$load busy loops running (pids ${busy[*]}); $runs runs of --filter '$filter'; logs in $logs"

failed=0
for run in $(seq "$runs"); do
    start=$(date +%s)
    if "$swift" test --skip-build --disable-xctest --filter "$filter" >"$logs/run-$run.log" 2>&1; then
        summary=$(grep -E 'Test run with [0-9]+ tests?.*passed' "$logs/run-$run.log" | tail -1 || true)
        echo "run $run/$runs: passed in $(($(date +%s) - start)) s — ${summary#*Test run with }"
    else
        failed=$((failed + 1))
        echo "run $run/$runs: FAILED in $(($(date +%s) - start)) s (log: $logs/run-$run.log)"
        grep -E 'recorded an issue|failed after|error:' "$logs/run-$run.log" | head -20 | sed 's/^/    /'
    fi
done

echo "test-under-load: $((runs - failed)) of $runs runs passed with $load busy loops on $(nproc) cores"
[ "$failed" -eq 0 ]
