#!/usr/bin/env python3
"""Generate and compile every OpenAPI document in a folder: one JSON line per document.

usage: run.py SPECDIR OUTDIR [--no-compile] [--jobs N] [NAME ...]

For each document: `openapi-swift DOC --output OUTDIR/NAME/gen` (generate.log keeps its stderr),
then, if it generated, a debug compile of the output against the debug-built OpenAPIClientRuntime
as Tests/Benchmarks/bench.py compiles (compile.log). A row says whether it generated (exit status,
counts of warnings and errors), whether it compiled and the first error of each. OUTDIR/results.json
holds all rows. Run from the repository root after `swift build`; GEN overrides the generator path.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.getcwd()


def compiler_flags() -> list[str]:
    flags = ["-I", os.path.join(ROOT, ".build/debug/Modules"),
             "-Xcc", "-fmodule-map-file=" + os.path.join(ROOT, "Sources/CCurl/module.modulemap")]
    cflags = subprocess.run(["pkg-config", "--cflags", "libcurl"], capture_output=True, text=True).stdout.split()
    for flag in cflags:
        flags += ["-Xcc", flag]
    return flags


def run(command: list[str], cwd: str | None = None, timeout: float = 1800) -> tuple[object, str]:
    try:
        child = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
        return child.returncode, child.stderr
    except subprocess.TimeoutExpired:
        return "timeout", ""


def one(name: str, specdir: str, outdir: str, generator: str, compile_output: bool, flags: list[str]) -> dict:
    out = os.path.join(outdir, name)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    started = time.time()
    status, stderr = run([generator, os.path.join(specdir, name), "--output", os.path.join(out, "gen")], timeout=600)
    with open(os.path.join(out, "generate.log"), "w") as log:
        log.write(stderr)
    row = {"name": name, "generate": status, "warnings": len(re.findall(r": warning: ", stderr)),
           "errors": len(re.findall(r": error: ", stderr)), "generate_s": round(time.time() - started, 2)}
    if status != 0:
        row["first"] = (stderr.strip().splitlines() or ["(no output)"])[0][:300]
        return row
    if not compile_output:
        return row
    gen = os.path.join(out, "gen")
    files = sorted(os.path.join(gen, f) for f in os.listdir(gen) if f.endswith(".swift"))
    objects = os.path.join(out, "obj")
    os.makedirs(objects)
    started = time.time()
    status, stderr = run(["swiftc", "-Onone", "-swift-version", "6", "-parse-as-library", "-module-name", "Corpus",
                          "-c", *files, *flags, "-module-cache-path", os.path.join(outdir, ".module-cache")], cwd=objects)
    shutil.rmtree(objects, ignore_errors=True)
    with open(os.path.join(out, "compile.log"), "w") as log:
        log.write(stderr)
    errors = [line for line in stderr.splitlines() if "error:" in line]
    row.update({"compile": status, "compile_s": round(time.time() - started, 1), "compile_errors": len(errors)})
    if errors:
        row["first_compile_error"] = errors[0][:300]
    return row


def main() -> int:
    arguments = sys.argv[1:]
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    specdir, outdir = (os.path.abspath(a) for a in arguments[:2])
    names, jobs, compile_output = [], 1, True
    rest = iter(arguments[2:])
    for argument in rest:
        if argument == "--jobs":
            jobs = int(next(rest))
        elif argument == "--no-compile":
            compile_output = False
        else:
            names.append(argument)
    names = names or sorted(n for n in os.listdir(specdir) if n.endswith((".yaml", ".yml", ".json")))
    generator = os.environ.get("GEN") or os.path.join(ROOT, ".build/debug/openapi-swift")
    flags = compiler_flags()
    os.makedirs(outdir, exist_ok=True)

    def task(name: str) -> dict:
        row = one(name, specdir, outdir, generator, compile_output, flags)
        print(json.dumps(row), flush=True)
        return row

    with ThreadPoolExecutor(jobs) as pool:
        rows = list(pool.map(task, names))
    with open(os.path.join(outdir, "results.json"), "w") as results:
        json.dump(rows, results, indent=1)
    crashed = [r["name"] for r in rows if r["generate"] not in (0, 1, 2)]
    uncompiled = [r["name"] for r in rows if r.get("compile") not in (None, 0)]
    print(f"{len(rows)} documents: {sum(r['generate'] == 0 for r in rows)} generated, "
          f"{sum(r.get('compile') == 0 for r in rows)} compiled; crashed: {crashed or 'none'}; "
          f"did not compile: {uncompiled or 'none'}", file=sys.stderr)
    return 1 if crashed or uncompiled else 0


if __name__ == "__main__":
    sys.exit(main())
