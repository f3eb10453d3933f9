#!/usr/bin/env python3
"""Checks the corpus against two sets of generated bindings (make corpus-check).

    check_corpus.py [--generator PATH] [--only openai|infercom] [--reasons] [CASE-ID-PREFIX]

(a) infercom: the committed bindings Sources/Infercom/Generated (spec/responses.yaml);
(b) openai:   bindings generated now from OpenAI's spec, ../shared/data/openai-openapi.yaml
    relative to the repository root, restricted to the /responses operations (openai-config.yaml).
    Without that file its checks are skipped with a message (CORPUS_OPENAI_SPEC=PATH overrides
    the location, for a clone that does not sit beside shared/).

Both are built in one scratch SwiftPM package (Tests/Corpus/.scratch, git-ignored; its .build is
reused between runs) that depends on this repository by path and holds the generated OpenAI
types, the checker (Checker/*.swift) and one small executable per binding set. Each executable
prints one line per case and `N passed, M failed`; this script adds a table of the failures by
category and the overall `N passed, M failed`. Exit status 1 when any case failed.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SCRATCH = os.path.join(HERE, ".scratch")
MANIFEST = os.path.join(HERE, "manifest.json")
OPENAI_SPEC = os.environ.get("CORPUS_OPENAI_SPEC") or os.path.normpath(
    os.path.join(ROOT, "..", "shared", "data", "openai-openapi.yaml"))
OPENAI_CONFIG = os.path.join(HERE, "openai-config.yaml")
MODULES = {"openai": "OpenAITypes", "infercom": "Infercom"}


def write_if_changed(path: str, text: str) -> None:
    """Leaves an unchanged file alone so SwiftPM does not rebuild what did not change."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def package_manifest(bindings: list[str]) -> str:
    identity = os.path.basename(ROOT).lower()
    runtime = f'.product(name: "OpenAPIClientRuntime", package: "{identity}")'
    targets = [f'.target(name: "CorpusCheckSupport", dependencies: [{runtime}])']
    if "openai" in bindings:
        targets.append(f'.target(name: "OpenAITypes", dependencies: [{runtime}])')
        targets.append('.executableTarget(name: "corpus-check-openai", dependencies: ["CorpusCheckSupport", "OpenAITypes"])')
    if "infercom" in bindings:
        targets.append('.executableTarget(name: "corpus-check-infercom", dependencies: '
                       f'["CorpusCheckSupport", .product(name: "Infercom", package: "{identity}")])')
    joined = ",\n        ".join(targets)
    return f"""// swift-tools-version: 6.0
// Written by Tests/Corpus/check_corpus.py; not committed.
import PackageDescription

let package = Package(
    name: "CorpusCheck",
    dependencies: [.package(path: {json.dumps(ROOT)})],
    targets: [
        {joined}
    ],
    swiftLanguageModes: [.v6]
)
"""


def registry(binding: str, type_names: set[str]) -> str:
    """main.swift of a checker: the manifest's type names mapped to the binding set's types."""
    module = MODULES[binding]
    for name in type_names:
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            sys.exit(f"error: manifest type name {name!r} is not a plain Swift type name")
    entries = "".join(f'    "{name}": CorpusType({module}.{name}.self),\n' for name in sorted(type_names))
    return f"""// Written by Tests/Corpus/check_corpus.py from manifest.json; not committed.
import CorpusCheckSupport
import {module}

CorpusRunner.main(bindings: "{binding}", types: [
{entries}])
"""


def prepare(bindings: list[str], generator: str, cases: list[dict]) -> None:
    write_if_changed(os.path.join(SCRATCH, "Package.swift"), package_manifest(bindings))
    support = os.path.join(SCRATCH, "Sources", "CorpusCheckSupport")
    checker = os.path.join(HERE, "Checker")
    wanted = sorted(name for name in os.listdir(checker) if name.endswith(".swift"))
    for name in wanted:
        with open(os.path.join(checker, name), encoding="utf-8") as handle:
            write_if_changed(os.path.join(support, name), handle.read())
    for stale in set(os.listdir(support)) - set(wanted):
        os.remove(os.path.join(support, stale))
    for binding in bindings:
        types = {c["bindings"][binding]["type"] for c in cases if binding in c["bindings"]}
        write_if_changed(os.path.join(SCRATCH, "Sources", f"corpus-check-{binding}", "main.swift"),
                         registry(binding, types))
    if "openai" in bindings:
        generate_openai(generator)


def generate_openai(generator: str) -> None:
    """Runs the generator on OpenAI's spec unless the spec, the options and the generator binary
    are the ones of the last run (a stamp in the scratch folder records them)."""
    output = os.path.join(SCRATCH, "Sources", "OpenAITypes")
    stamp_path = os.path.join(SCRATCH, "openai-generation.stamp")
    stamp = json.dumps([fingerprint(p) for p in (OPENAI_SPEC, OPENAI_CONFIG, generator)])
    if os.path.isdir(output) and os.path.exists(stamp_path) and open(stamp_path).read() == stamp:
        print("OpenAI /responses bindings: up to date (same spec, options and generator as the last run)")
        return
    started = time.monotonic()
    result = subprocess.run([generator, OPENAI_SPEC, "--config", OPENAI_CONFIG, "--output", output],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        sys.exit(f"error: openapi-swift failed on {OPENAI_SPEC}")
    lines = sum(open(os.path.join(output, f), encoding="utf-8").read().count("\n") for f in os.listdir(output))
    print(f"generated OpenAI /responses bindings: {lines} lines in {time.monotonic() - started:.1f} s "
          f"({result.stderr.count('warning:')} warnings)")
    write_if_changed(stamp_path, stamp)


def fingerprint(path: str) -> list:
    status = os.stat(path)
    return [os.path.abspath(path), status.st_size, status.st_mtime_ns]


def build() -> None:
    started = time.monotonic()
    result = subprocess.run(["swift", "build", "--package-path", SCRATCH], capture_output=True, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout[-20000:])
        sys.stderr.write(result.stderr[-5000:])
        sys.exit("error: the checker package did not build (see above)")
    print(f"built the checkers (debug) in {time.monotonic() - started:.1f} s")


def reasons(output: str) -> collections.Counter:
    """Failure details grouped across cases: each round-trip difference on its own, array indices
    written as N and values left out, so one missing member shows up once with its count."""
    counter = collections.Counter()
    for category, detail in re.findall(r"^FAIL \S+ \S+ \[([^\]]+)\] (.*)$", output, re.M):
        parts = detail.split("; ") if category.startswith("round trip") else [detail]
        for part in parts:
            part = re.sub(r" \(\+\d+ more\)$", "", part)
            part = re.sub(r"/\d+", "/N", part)
            if category.startswith("round trip"):
                part = re.sub(r" \((was )?.*\)$", "", part)
            counter[f"[{category}] {part[:150]}"] += 1
    return counter


def run(binding: str, prefix: str) -> tuple[int, int, collections.Counter, str]:
    executable = os.path.join(SCRATCH, ".build", "debug", f"corpus-check-{binding}")
    result = subprocess.run([executable, MANIFEST, prefix], capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    categories = collections.Counter(re.findall(r"^FAIL \S+ \S+ \[([^\]]+)\]", result.stdout, re.M))
    summary = re.search(r"^(\d+) passed, (\d+) failed$", result.stdout, re.M)
    if not summary:
        sys.exit(f"error: corpus-check-{binding} ended without a summary (exit status {result.returncode})")
    return int(summary.group(1)), int(summary.group(2)), categories, result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generator", default=os.path.join(ROOT, ".build", "debug", "openapi-swift"))
    parser.add_argument("--only", choices=sorted(MODULES))
    parser.add_argument("--reasons", action="store_true", help="also list the failures grouped by reason")
    parser.add_argument("prefix", nargs="?", default="", help="check only cases whose id starts with this")
    options = parser.parse_args()

    with open(MANIFEST, encoding="utf-8") as handle:
        cases = json.load(handle)["cases"]
    bindings = [options.only] if options.only else ["infercom", "openai"]
    if "openai" in bindings and not os.path.exists(OPENAI_SPEC):
        print(f"skipped: OpenAI bindings ({OPENAI_SPEC} does not exist)")
        bindings.remove("openai")
    if "openai" in bindings and not os.access(options.generator, os.X_OK):
        sys.exit(f"error: no generator at {options.generator} (build it: swift build --product openapi-swift)")
    if not bindings:
        print("0 passed, 0 failed")
        return
    prepare(bindings, options.generator, cases)
    build()

    passed = failed = 0
    table = []
    for binding in bindings:
        started = time.monotonic()
        ok, bad, categories, output = run(binding, options.prefix)
        table.append((binding, ok, bad, categories, time.monotonic() - started))
        if options.reasons:
            print(f"\n{binding}: failures by reason (cases)")
            for reason, count in reasons(output).most_common():
                print(f"{count:5}  {reason}")
        passed, failed = passed + ok, failed + bad
    print("\nbindings  passed  failed  seconds  failures by category")
    for binding, ok, bad, categories, seconds in table:
        detail = ", ".join(f"{name}: {count}" for name, count in categories.most_common()) or "-"
        print(f"{binding:<9} {ok:>6}  {bad:>6}  {seconds:>7.2f}  {detail}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
