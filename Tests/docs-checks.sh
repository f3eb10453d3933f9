#!/usr/bin/env bash
# Proves `make docs` fails on a broken symbol link: builds a copy of the catalog with one link to a
# symbol that does not exist and expects DocC's error for it. (The real catalog is built by
# `make docs`; this checks that its success means something.)
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -R Sources/Infercom/Infercom.docc "$scratch/Infercom.docc"
printf '\nSee ``InfercomClient/noSuchMethod()``.\n' >> "$scratch/Infercom.docc/GettingStarted.md"

if DOCS_CATALOG="$scratch/Infercom.docc" DOCS_OUTPUT="$scratch/out.doccarchive" bash Tests/docs.sh >"$scratch/log" 2>&1; then
    echo "FAIL: the catalog with a broken symbol link built" >&2
    exit 1
fi
if ! grep -q "'noSuchMethod()' doesn't exist" "$scratch/log"; then
    echo "FAIL: the build failed, but not on the broken link:" >&2
    cat "$scratch/log" >&2
    exit 1
fi
echo "docs-checks: a broken symbol link fails the documentation build"
