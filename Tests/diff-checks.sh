#!/usr/bin/env bash
# End-to-end checks of `openapi-swift diff`, run by `make test` after the generator is built:
#
#   Tests/diff-checks.sh [BINARY]        (default .build/debug/openapi-swift)
#
# Exit statuses: 0 when nothing reaches --fail-on (breaking by default), 1 when something does,
# 2 for unreadable or invalid input (with a located error) and for a wrong command line. Also: the
# text report's first line is compiler-like, the JSON report parses, the Markdown report is a table.
#
# Prints one line per check and `N passed, M failed` last; exits 1 if any check failed.
set -euo pipefail

binary=${1:-.build/debug/openapi-swift}
case $binary in /*) ;; *) binary="$PWD/$binary" ;; esac
cd "$(dirname "$0")/.."
if [ ! -x "$binary" ]; then
    echo "error: $binary does not exist; build it with: swift build --product openapi-swift" >&2
    exit 2
fi

spec=spec/responses.yaml
config=spec/openapi-swift-config.yaml
work=$(mktemp -d)
trap "rm -rf \"$work\"" EXIT

passed=0
failed=0
check() {
    local description=$1
    shift
    if "$@"; then
        passed=$((passed + 1)); echo "ok   $description"
    else
        failed=$((failed + 1)); echo "FAIL $description"
        cat "$work/last.err" "$work/last.out" 2>/dev/null | head -n 20 | sed 's/^/     | /'
    fi
}
run() {
    status=0
    "$@" >"$work/last.out" 2>"$work/last.err" || status=$?
}
has_status() { [ "$status" -eq "$1" ]; }

# Edits of the project's spec: one breaking (a response property removed), one additive (a new
# value of a response enum), one invalid (an unknown type).
python3 - "$spec" "$work" <<'PY'
import sys
spec, work = sys.argv[1], sys.argv[2]
text = open(spec).read()
def edit(name, old, new):
    assert text.count(old) == 1, f"{old!r} must occur once in {spec}"
    open(f"{work}/{name}.yaml", "w").write(text.replace(old, new))
edit("breaking", "        created_at:\n          type: integer\n          format: int64\n          description: When the response was created, in Unix seconds.\n", "")
edit("additive", "        - in_progress\n        - incomplete\n", "        - in_progress\n        - incomplete\n        - queued\n")
edit("invalid", "        created_at:\n          type: integer\n", "        created_at:\n          type: integr\n")
PY

run "$binary" diff "$spec" "$spec" --config "$config"
check "identical specs: exit 0" has_status 0
check "identical specs: no changes" grep -qx "openapi-swift diff: no changes" "$work/last.out"

run "$binary" diff "$spec" "$work/breaking.yaml" --config "$config"
check "a removed response property: exit 1" has_status 1
check "a removed response property: a compiler-like error located in OLD" \
    grep -qE "^$spec:[0-9]+:[0-9]+: error: wire-breaking: property 'created_at' was removed from Response \[Response.createdAt\]" "$work/last.out"

run "$binary" diff "$spec" "$work/breaking.yaml" --config "$config" --fail-on none
check "--fail-on none: exit 0 despite a breaking change" has_status 0

run "$binary" diff "$spec" "$work/additive.yaml" --config "$config"
check "an added response enum value: exit 0 (not breaking)" has_status 0
check "an added response enum value: a warning located in NEW" \
    grep -qE "^$work/additive.yaml:[0-9]+:[0-9]+: warning: additive: value 'queued' was added to ResponseStatus" "$work/last.out"
run "$binary" diff "$spec" "$work/additive.yaml" --config "$config" --fail-on any
check "--fail-on any: exit 1 for an additive change" has_status 1

run "$binary" diff "$spec" "$work/breaking.yaml" --config "$config" --format json
check "--format json: parses, with one wire-breaking change" python3 -c '
import json, sys
report = json.load(open(sys.argv[1]))
assert report["summary"]["wire-breaking"] == 1 and report["summary"]["breaking"], report["summary"]
assert [c["symbol"] for c in report["changes"]] == ["Response.createdAt"], report["changes"]
' "$work/last.out"

run "$binary" diff "$spec" "$work/breaking.yaml" --config "$config" --format markdown
check "--format markdown: a table row for the change" grep -q '^| \*\*wire-breaking\*\* | `Response.createdAt` |' "$work/last.out"

run "$binary" diff "$spec" "$work/invalid.yaml" --config "$config"
check "an invalid NEW spec: exit 2" has_status 2
check "an invalid NEW spec: a located error, nothing compared" \
    bash -c "grep -qE '^$work/invalid.yaml:[0-9]+:[0-9]+: error: unknown type .integr.' '$work/last.err' && [ ! -s '$work/last.out' ]"

run "$binary" diff "$work/missing.yaml" "$spec"
check "a missing OLD spec: exit 2" has_status 2
run "$binary" diff "$spec"
check "one spec only: exit 2 with the usage" bash -c "[ $status -eq 2 ] && grep -q 'usage: openapi-swift diff OLD NEW' '$work/last.err'"
run "$binary" diff "$spec" "$spec" --fail-on sometimes
check "an unknown --fail-on: exit 2" has_status 2
run "$binary" diff --help
check "diff --help: exit 0 with the usage on stdout" bash -c "[ $status -eq 0 ] && grep -q 'usage: openapi-swift diff' '$work/last.out'"

echo "diff: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
