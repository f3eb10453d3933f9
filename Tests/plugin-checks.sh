#!/usr/bin/env bash
# Proves the SwiftPM plugins (Generator/Plugins) do what the Makefile does:
#   1. `generate-bindings` writes byte for byte what `make generate` writes, and nothing else;
#   2. `check-bindings` passes on the repository and fails with a diff after a one-line spec edit
#      (in a temporary copy, which also shows the plugins work without this checkout's paths);
#   3. the build-tool plugin generates a consumer package's client (Tests/PluginConsumer), whose tests
#      talk to a loopback HTTP server through libcurl, and regenerates when the consumer's spec changes.
# Run from anywhere; `make test` runs it. SCRATCH picks the main package's build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SCRATCH=${SCRATCH:-.build}
CONSUMER=Tests/PluginConsumer
NOTES=$CONSUMER/Sources/NotesAPI
WORK=$(mktemp -d)
passed=0 failed=0

# Leaves the tree as it was, whatever happened: the bindings (even if they were stale) and the consumer.
restore() {
    if [ -d "$WORK/committed" ] && ! diff -rq "$WORK/committed" Sources/Infercom/Generated >/dev/null 2>&1; then
        rm -rf Sources/Infercom/Generated && cp -a "$WORK/committed" Sources/Infercom/Generated
    fi
    if [ -f "$WORK/openapi.yaml" ]; then cp "$WORK/openapi.yaml" "$NOTES/openapi.yaml"; fi
    rm -f "$NOTES/RegenerationProbe.swift"
    rm -rf "$WORK"
}
trap restore EXIT

# check NAME COMMAND…: runs COMMAND, logging its output; a failure prints the log's tail.
check() {
    local name=$1; shift
    local started=$SECONDS
    if "$@" >"$WORK/log" 2>&1; then
        passed=$((passed + 1)); echo "✔ $name ($((SECONDS - started))s)"
    else
        failed=$((failed + 1)); echo "✘ $name ($((SECONDS - started))s)"; tail -n 30 "$WORK/log" | sed 's/^/    /'
    fi
}

# expect_failure PATTERN COMMAND…: COMMAND must fail and print PATTERN (a fixed string).
expect_failure() {
    local pattern=$1; shift
    if "$@" >"$WORK/out" 2>&1; then cat "$WORK/out"; echo "unexpectedly succeeded"; return 1; fi
    grep -qF -- "$pattern" "$WORK/out" || { cat "$WORK/out"; echo "output lacks: $pattern"; return 1; }
}

spm() { "$SWIFT" package --scratch-path "$SCRATCH" "$@"; }

# --- 1. generate-bindings = make generate ------------------------------------------------------
expected_output() {
    "$SWIFT" build --scratch-path "$SCRATCH" --product openapi-swift &&
    "$SCRATCH/debug/openapi-swift" spec/responses.yaml --config spec/openapi-swift-config.yaml --output "$WORK/expected"
}
check "make generate's command writes the expected files" expected_output

cp -a Sources/Infercom/Generated "$WORK/committed"
check "generate-bindings runs" spm --allow-writing-to-package-directory generate-bindings
check "generate-bindings wrote byte for byte what make generate writes" diff -r "$WORK/expected" Sources/Infercom/Generated
# Compared with the files as they were rather than with `git diff`, so uncommitted (but up-to-date)
# regenerated bindings do not fail the check; `make check` / `check-bindings` cover staleness.
check "generate-bindings left Sources/Infercom/Generated as it was (it was up to date)" \
    diff -r "$WORK/committed" Sources/Infercom/Generated

check "check-bindings passes without write permission" spm check-bindings
check "check-bindings with explicit --spec/--config/--output passes" spm check-bindings \
    --spec spec/responses.yaml --config spec/openapi-swift-config.yaml --output Sources/Infercom/Generated
same_names() {   # what the generator wrote just above, against the names the plugin declares
    local generator plugin
    generator=$(ls Sources/Infercom/Generated | sort | tr '\n' ' ')
    plugin=$(sed -n '/static let outputFileNames/,/]/p' Generator/Plugins/Shared/OpenAPIInputs.swift \
        | grep -o '"[^"]*\.swift"' | tr -d '"' | sort | tr '\n' ' ')
    echo "generator: $generator"; echo "plugin:    $plugin"; [ -n "$plugin" ] && [ "$generator" = "$plugin" ]
}
check "the build plugin declares the generator's output files" same_names

# --- 2. In a temporary copy (nobody else edits it): nothing else changes; a spec edit is caught ----
copy_repository() {
    # What a clone would hold, plus files not committed yet (tracked and untracked, minus .gitignore'd).
    mkdir "$WORK/repo" &&
    git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -c | tar -x -C "$WORK/repo"
}
check "a copy of the repository's files (no .build, no .git)" copy_repository
# Checksums of every file but the generated bindings and SwiftPM's own state.
manifest() {
    (cd "$WORK/repo" && find . -type f -not -path './.build*' -not -path './.swiftpm/*' -not -name Package.resolved \
        -not -path './Sources/Infercom/Generated/*' -print0 | sort -z | xargs -0 sha256sum)
}
nothing_else_changed() {
    manifest >"$WORK/manifest-before" &&
    "$SWIFT" package --package-path "$WORK/repo" --allow-writing-to-package-directory generate-bindings &&
    manifest | diff "$WORK/manifest-before" - &&
    diff -r "$WORK/expected" "$WORK/repo/Sources/Infercom/Generated"
}
check "generate-bindings in the copy writes only Sources/Infercom/Generated, as make generate does" nothing_else_changed
spec_edit() {
    sed -i 's/conversation history in `input` on every request\./conversation history in `input` on each request./' \
        "$WORK/repo/spec/responses.yaml" &&
    ! cmp -s spec/responses.yaml "$WORK/repo/spec/responses.yaml"
}
check "a one-line edit of the copy's spec" spec_edit
check "check-bindings fails with a diff after the edit" expect_failure \
    'send the full conversation history in `input` on each request.' \
    "$SWIFT" package --package-path "$WORK/repo" check-bindings
check "generate-bindings --check fails too (same code path)" expect_failure 'out of date: Sources/Infercom/Generated' \
    "$SWIFT" package --package-path "$WORK/repo" --allow-writing-to-package-directory generate-bindings --check
regenerated() {
    "$SWIFT" package --package-path "$WORK/repo" --allow-writing-to-package-directory generate-bindings &&
    "$SWIFT" package --package-path "$WORK/repo" check-bindings &&
    grep -qF 'on each request' "$WORK/repo/Sources/Infercom/Generated/Client.swift"
}
check "generate-bindings in the copy brings it back in line" regenerated

# --- 3. the build-tool plugin in a consumer package -----------------------------------------------
check "consumer package builds and its tests pass (swift test)" "$SWIFT" test --package-path "$CONSUMER"
check "check-bindings in the consumer finds NotesAPI/openapi.yaml (no Generated/ there: fails)" \
    expect_failure 'out of date: Sources/NotesAPI/Generated' "$SWIFT" package --package-path "$CONSUMER" check-bindings --target NotesAPI

generated_client() { find "$CONSUMER/.build/plugins/outputs" -path '*OpenAPISwiftPlugin/Generated/Client.swift'; }
cp "$NOTES/openapi.yaml" "$WORK/openapi.yaml"
add_operation() {
    # A new operation, inserted as the first path of the document.
    sed -i 's|^paths:$|paths:\n  /notes/{note_id}/archive:\n    post:\n      operationId: archiveNote\n      parameters:\n        - {name: note_id, in: path, required: true, schema: {type: string}}\n      responses:\n        '"'"'200'"'"':\n          description: The archived note.\n          content:\n            application/json:\n              schema:\n                $ref: '"'"'#/components/schemas/Note'"'"'|' \
        "$NOTES/openapi.yaml" &&
    "$SWIFT" build --package-path "$CONSUMER" &&
    grep -q 'func archiveNote(noteID: String' "$(generated_client)"
}
check "editing the consumer's openapi.yaml regenerates on the next build" add_operation
compile_use() {
    printf 'func archive(_ client: NotesClient) async throws -> Note {\n    try await client.archiveNote(noteID: "n1")\n}\n' \
        >"$NOTES/RegenerationProbe.swift" &&
    "$SWIFT" build --package-path "$CONSUMER"
}
check "code using the new operation compiles" compile_use
revert() {
    cp "$WORK/openapi.yaml" "$NOTES/openapi.yaml" && rm "$NOTES/RegenerationProbe.swift" &&
    "$SWIFT" build --package-path "$CONSUMER" &&
    ! grep -q 'archiveNote' "$(generated_client)"
}
check "reverting the edit regenerates again" revert

echo "plugin checks took ${SECONDS}s"
echo "plugins: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
