#!/usr/bin/env bash
# Runs the transport and end-to-end suites under AddressSanitizer and ThreadSanitizer.
#
#   Tests/sanitize.sh [address|thread ...]      (make sanitize: both)
#
# Each sanitizer builds into its own scratch folder (.build-asan, .build-tsan), so the
# ordinary debug build is left alone. Any report fails the run (halt_on_error); nothing is
# suppressed. The package has no XCTest tests, so the XCTest pass is skipped (--disable-xctest):
# XCTest's runner leaks two objects at exit (toolchain noise LeakSanitizer would report).
# Environment: FILTER (swift test --filter regex). Exits 1 if any sanitizer run failed.
set -euo pipefail
cd "$(dirname "$0")/.."

filter=${FILTER:-'InfercomTests\.(Curl|DriverThreadCheck|EndToEndTests)'}
swift=${SWIFT:-swift}
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)

# halt_on_error: the first report fails the run instead of scrolling by in a passing one.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1${TSAN_OPTIONS:+:$TSAN_OPTIONS}"

failed=()
for sanitizer in "${sanitizers[@]}"; do
    case $sanitizer in address) scratch=.build-asan ;; thread) scratch=.build-tsan ;; *) scratch=".build-$sanitizer" ;; esac
    start=$(date +%s)
    echo "== $sanitizer: building into $scratch"
    "$swift" build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
    echo "== $sanitizer: running --filter '$filter'"
    if "$swift" test --skip-build --disable-xctest --sanitize="$sanitizer" --scratch-path "$scratch" --filter "$filter"; then
        echo "== $sanitizer: clean ($(($(date +%s) - start)) s including the build)"
    else
        echo "== $sanitizer: FAILED ($(($(date +%s) - start)) s)"
        failed+=("$sanitizer")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "sanitize: failed under ${failed[*]}" >&2
    exit 1
fi
echo "sanitize: ${sanitizers[*]} clean"
