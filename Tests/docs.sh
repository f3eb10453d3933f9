#!/usr/bin/env bash
# `make docs`: the library's documentation, built by the toolchain's own DocC (no package plugin).
#
#   1. `swift build --target Infercom` (reuses the normal debug build: no extra compiler flags);
#   2. swift-symbolgraph-extract writes the symbol graph of the `Infercom` module, including the
#      symbols of the modules it re-exports (`@_exported import …`), so the documentation shows
#      one module, the one apps import, and articles can link to runtime types;
#   3. `docc convert --warnings-as-errors`: a broken symbol link (``Name``) or any other DocC
#      warning fails the build.
#
# Output: .build/docs/Infercom.doccarchive (git-ignored), laid out for static hosting. To read it:
#   python3 -m http.server --directory .build/docs/Infercom.doccarchive 8000
#   open http://localhost:8000/documentation/infercom
set -euo pipefail
cd "$(dirname "$0")/.."

swift=${SWIFT:-swift}
toolchain=$(dirname "$(readlink -f "$(command -v "$swift")")")
catalog=${DOCS_CATALOG:-Sources/Infercom/Infercom.docc}
output=${DOCS_OUTPUT:-.build/docs/Infercom.doccarchive}
symbols=$(dirname "$output")/symbol-graphs

"$swift" build --target Infercom
bin=$("$swift" build --show-bin-path)
triple=$(basename "$(dirname "$bin")")

# Every module some target re-exports: their public symbols are documented as part of Infercom.
reexported=$(grep -rhoE '@_exported +(public +)?import +[A-Za-z_][A-Za-z0-9_]*' Sources | awk '{print $NF}' | sort -u | paste -sd, -)
# The module maps of the system libraries (CCurl, …) the re-exported modules import.
module_maps=()
for map in Sources/*/module.modulemap; do module_maps+=(-I "$(dirname "$map")"); done

rm -rf "$symbols" "$output"
mkdir -p "$symbols"
"$toolchain/swift-symbolgraph-extract" -module-name Infercom -target "$triple" -I "$bin/Modules" "${module_maps[@]}" \
    -minimum-access-level public -skip-synthesized-members -module-cache-path "$bin/ModuleCache" \
    ${reexported:+"-experimental-allowed-reexported-modules=$reexported"} \
    -output-dir "$symbols"

"$toolchain/docc" convert "$catalog" --additional-symbol-graph-dir "$symbols" --output-path "$output" \
    --fallback-display-name Infercom --fallback-bundle-identifier ai.infercom.swift \
    --warnings-as-errors

echo "documentation: $output (python3 -m http.server --directory $output 8000, then http://localhost:8000/documentation/infercom)"
