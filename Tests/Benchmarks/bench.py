#!/usr/bin/env python3
"""Runs every benchmark of Tests/Benchmarks in one go and prints one table (also written to
bench-results.md at the repository root). Called by `make bench`; see README.md beside it.

    python3 bench.py [--quick] [--only SECTIONS] [--skip SECTIONS]

--quick runs fewer repetitions and smaller counts (for checking the harness, not for figures).
--only and --skip take comma-separated sections (default: all; also BENCH_ONLY and BENCH_SKIP in the
environment): generation, compile (the generated code and its debug compile; generates first),
whole (OpenAI's whole spec, unfiltered, once: slow), codec (decoding and streaming) and transport.
`--only generation,compile` is the quick loop for generator work; `--skip whole` leaves out the
slowest part. BENCH_WHOLE_TIMEOUT (seconds, default 3600) bounds each step of the whole-spec run;
BENCH_OPENAI_SPEC names OpenAI's spec when it is not at ../shared/data/openai-openapi.yaml.
"""
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(BENCH, "..", ".."))
WORK = os.path.join(BENCH, ".bench")          # scratch: specs, generated output, binaries (git-ignored)
RELEASE = os.path.join(BENCH, ".build", "release")
DEBUG = os.path.join(BENCH, ".build", "debug")
LAUNCHER = os.path.join(BENCH, ".bench", "bin", "measure")   # built by build_launcher()
SPEC = os.path.join(ROOT, "spec", "responses.yaml")
OUR_CONFIG = os.path.join(ROOT, "spec", "openapi-swift-config.yaml")
OPENAI_SPEC = os.environ.get("BENCH_OPENAI_SPEC") or os.path.normpath(
    os.path.join(ROOT, "..", "shared", "data", "openai-openapi.yaml"))
RESULTS = os.path.join(ROOT, "bench-results.md")

SECTIONS = ("generation", "compile", "whole", "codec", "transport")


def option(name: str) -> str | None:
    """The value of `name VALUE` or `name=VALUE` on the command line, else None."""
    for index, argument in enumerate(sys.argv):
        if argument == name and index + 1 < len(sys.argv):
            return sys.argv[index + 1]
        if argument.startswith(name + "="):
            return argument.split("=", 1)[1]
    return None


def section_set(text: str) -> set[str]:
    names = {name.strip() for name in text.split(",") if name.strip()}
    if names - set(SECTIONS):
        sys.exit(f"error: unknown section(s) {', '.join(sorted(names - set(SECTIONS)))}; "
                 f"the sections are {', '.join(SECTIONS)}")
    return names


QUICK = "--quick" in sys.argv
REPS = 3 if QUICK else 5
RUN = (section_set(option("--only") or os.environ.get("BENCH_ONLY") or ",".join(SECTIONS))
       - section_set(option("--skip") or os.environ.get("BENCH_SKIP") or ""))
if RUN & {"compile", "codec"}:
    RUN.add("generation")     # both work on the generators' output
WHOLE_TIMEOUT = float(os.environ.get("BENCH_WHOLE_TIMEOUT", "3600"))
COMMANDS: list[str] = []      # every command whose figures appear in the table
NOTES: list[str] = []         # findings printed under the table


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def rel(path: str) -> str:
    return os.path.relpath(path, ROOT)


def run(command: list[str], cwd: str = BENCH, check: bool = True, env=None) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        sys.exit(f"error: command failed ({result.returncode}): {' '.join(command)}")
    return result


def timed_child(command: list[str], cwd: str = BENCH) -> tuple[float, float, int, str]:
    """Runs a command; returns (wall seconds, peak RSS in MiB, exit status, stderr)."""
    child = measured_child(command, cwd)
    return child["wall"], child["rss"], child["status"], child["stderr"]


PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants at this moment, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
            children.setdefault(int(stat[stat.rindex(")") + 2:].split()[1]), []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue        # gone meanwhile
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        pending += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue
    return total


def measured_child(command: list[str], cwd: str = BENCH, timeout: float | None = None, tree: bool = False) -> dict:
    """Runs a command in its own process group, under the C launcher (C/measure.c) once it is built, so
    the figures are the command's alone: Python's fork + exec time and its RSS (which Linux carries into
    a forked child's `ru_maxrss`) are not counted. Returns wall seconds; `rss`, the peak RSS in MiB from
    `wait4` (Linux: the largest of the process and every descendant it waited for, so swiftc's
    frontend jobs count, though not their sum); with `tree`, `tree_rss`, the peak of the summed RSS of
    the process and its descendants, sampled from /proc every 0.1 s (a lower bound); `cpu`, user + system
    seconds of the whole tree; the exit status (negative: the signal that ended it), stderr, and
    `timed_out` when it ran past `timeout` seconds and was killed with its descendants."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as report:
        launched = [LAUNCHER, report.name, *command] if os.path.exists(LAUNCHER) else command
        start = time.perf_counter()
        process = subprocess.Popen(launched, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, process_group=0)
        done, timed_out, peak_tree = threading.Event(), threading.Event(), [0]

        def kill_group() -> None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        def watch() -> None:
            while not done.is_set():
                if tree:
                    peak_tree[0] = max(peak_tree[0], tree_rss(process.pid))
                if timeout is not None and time.perf_counter() - start > timeout:
                    timed_out.set()
                    kill_group()
                    return
                done.wait(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        if tree or timeout is not None:
            watcher.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except KeyboardInterrupt:
            kill_group()
            raise
        wall = time.perf_counter() - start
        done.set()
        if watcher.is_alive():
            watcher.join()
        process.returncode = os.waitstatus_to_exitcode(status)
        rss, cpu = usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime
        measured = report.read().split()
        if len(measured) == 5:      # the launcher's own figures: the command alone, without Python
            wall, cpu, rss = float(measured[0]), float(measured[1]) + float(measured[2]), int(measured[3]) / 1024.0
            process.returncode = int(measured[4])
        err.seek(0)
        return {"wall": wall, "rss": rss, "tree_rss": peak_tree[0] / 1048576 if tree else None,
                "cpu": cpu, "status": process.returncode,
                "stderr": err.read().decode(errors="replace"), "timed_out": timed_out.is_set()}


# MARK: - Machine


def machine() -> dict:
    model = "unknown"
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1048576:.0f} GiB"
    swift = run(["swift", "--version"], check=False)
    swift_version = (swift.stdout + swift.stderr).strip().splitlines()[0]
    curl = run(["curl-config", "--version"], check=False).stdout.strip() or "?"
    cc = run(["cc", "--version"], check=False).stdout.strip().splitlines()[0]
    resolved = {}
    try:
        with open(os.path.join(BENCH, "Package.resolved")) as handle:
            for pin in json.load(handle)["pins"]:
                resolved[pin["identity"]] = pin["state"].get("version") or pin["state"].get("revision", "")[:10]
    except (OSError, KeyError, ValueError):
        pass
    commit = run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], check=False).stdout.strip()
    dirty = run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"], check=False).stdout.strip()
    return {
        "cores": os.cpu_count(), "cpu": model, "memory": memory, "kernel": platform.release(),
        "swift": swift_version, "libcurl": curl, "cc": cc, "python": platform.python_version(),
        "packages": resolved, "commit": commit + (" (with uncommitted changes)" if dirty else ""),
    }


# MARK: - Builds


def build_launcher() -> None:
    """The small C launcher every measured command runs under (see C/measure.c for why)."""
    os.makedirs(os.path.dirname(LAUNCHER), exist_ok=True)
    command = ["cc", "-O2", "-o", LAUNCHER, os.path.join(BENCH, "C", "measure.c")]
    run(command)
    COMMANDS.append(" ".join(rel(c) if os.path.isabs(c) else c for c in command)
                    + "   # every measured command runs as `measure REPORT COMMAND…`")


def build_tools() -> tuple[str, str]:
    log("building both generators (release)")
    for product in ("swift-openapi-generator", "openapi-swift"):
        run(["swift", "build", "-c", "release", "--product", product])
    return os.path.join(RELEASE, "openapi-swift"), os.path.join(RELEASE, "swift-openapi-generator")


def debug_modules() -> None:
    log("building the runtimes (debug) for the compile-time measurement")
    for target in ("OpenAPIClientRuntime", "OpenAPIRuntime"):
        run(["swift", "build", "--target", target])


# MARK: - 1. Generation and 2. generated code


def prepare_specs() -> list[dict]:
    os.makedirs(WORK, exist_ok=True)
    specs = [{"name": "spec/responses.yaml", "path": SPEC, "config": OUR_CONFIG, "key": "infercom"}]
    if os.path.exists(OPENAI_SPEC):
        filtered = os.path.join(WORK, "openai-responses.yaml")
        if not os.path.exists(filtered) or os.path.getmtime(filtered) < os.path.getmtime(OPENAI_SPEC):
            run([sys.executable, os.path.join(BENCH, "filter_openapi.py"), OPENAI_SPEC, filtered])
        config = os.path.join(WORK, "openai-openapi-swift-config.yaml")
        with open(config, "w") as handle:
            handle.write("clientName: OpenAIClient\naccessLevel: public\nruntimeModule: OpenAPIClientRuntime\n")
        COMMANDS.append(f"python3 {rel(os.path.join(BENCH, 'filter_openapi.py'))} {rel(OPENAI_SPEC)} "
                        f"{rel(filtered)}   # /responses and /responses/... paths + reachable components")
        specs.append({"name": "OpenAI spec filtered to /responses", "path": filtered, "config": config,
                      "key": "openai", "source_bytes": os.path.getsize(OPENAI_SPEC)})
    else:
        NOTES.append(f"OpenAI spec not found at {rel(OPENAI_SPEC)}: its rows are skipped.")
        log(f"skipping the OpenAI spec: {OPENAI_SPEC} does not exist")
    for spec in specs:
        spec["bytes"] = os.path.getsize(spec["path"])
    return specs


def generator_commands(ours: str, sog: str, spec: dict, output: str) -> dict[str, list[str]]:
    return {
        "ours": [ours, spec["path"], "--config", spec["config"], "--output", output],
        "sog": [sog, "generate", spec["path"], "--mode", "types", "--mode", "client",
                "--access-modifier", "public", "--output-directory", output],
    }


def code_stats(directory: str) -> dict:
    files = sorted(f for f in os.listdir(directory) if f.endswith(".swift"))
    lines = code = size = 0
    for name in files:
        with open(os.path.join(directory, name), "rb") as handle:
            data = handle.read()
        lines += data.count(b"\n")
        code += sum(1 for line in data.splitlines() if line.strip() and not line.strip().startswith(b"//"))
        size += len(data)
    return {"files": len(files), "lines": lines, "code": code, "bytes": size}


def bench_generation(ours: str, sog: str, specs: list[dict]) -> dict:
    results = {}
    for spec in specs:
        # The two generators take turns, run by run, so a change in the machine's load between runs
        # weighs on both sides of the ratio alike. Ours is short and noisy, so it runs three times as
        # often (its median is the steadier for it); SOG's slow case runs fewer times.
        reps = {"ours": 3 * REPS, "sog": REPS if spec["key"] != "openai" else max(3, REPS - 2)}
        log(f"generation: ours ×{reps['ours']} and swift-openapi-generator ×{reps['sog']} on {spec['name']}, interleaved")
        state = {side: {"walls": [], "cpus": [], "rss": [], "failure": None, "warnings": 0} for side in reps}
        turns = [side for index in range(max(reps.values())) for side in ("ours", "sog") if index < reps[side]]
        for turn, side in enumerate(turns):
            record = state[side]
            if record["failure"]:
                continue
            output = os.path.join(WORK, f"gen-{spec['key']}-{side}")
            shutil.rmtree(output, ignore_errors=True)
            os.makedirs(output)
            command = generator_commands(ours, sog, spec, output)[side]
            child = measured_child(command, BENCH)
            status, stderr = child["status"], child["stderr"]
            if turns.index(side) == turn:
                shown = ["$OUT" if c == output else rel(c) if os.path.isabs(c) else c for c in command]
                COMMANDS.append(" ".join(shown))
            if status != 0:
                record["failure"] = stderr.strip().splitlines()[-3:] if stderr.strip() else [f"exit {status}"]
                continue
            record["warnings"] = sum(1 for line in stderr.splitlines() if "warning" in line.lower())
            record["walls"].append(child["wall"])
            record["cpus"].append(child["cpu"])
            record["rss"].append(child["rss"])
        for side in ("ours", "sog"):
            record = state[side]
            walls, cpus, rss, failure, warnings = record["walls"], record["cpus"], record["rss"], record["failure"], record["warnings"]
            entry = {"spec": spec["name"], "side": side, "failure": failure, "warnings": warnings}
            if not failure:
                entry.update(wall=statistics.median(walls), cpu=statistics.median(cpus), rss=statistics.median(rss),
                             **code_stats(os.path.join(WORK, f"gen-{spec['key']}-{side}")))
                if warnings:
                    NOTES.append(f"swift-openapi-generator printed {warnings} warning line(s) on {spec['name']}"
                                 if side == "sog" else f"openapi-swift printed {warnings} warning line(s) on {spec['name']}")
            else:
                NOTES.append(f"{'swift-openapi-generator' if side == 'sog' else 'openapi-swift'} failed on "
                             f"{spec['name']}: " + " / ".join(failure))
            results[(spec["key"], side)] = entry
    return results


def modulemap_flags() -> list[str]:
    """Flags that let swiftc import the debug-built OpenAPIClientRuntime (and its C module CCurl)."""
    flags = ["-I", os.path.join(DEBUG, "Modules")]
    modulemap = os.path.join(ROOT, "Sources", "CCurl", "module.modulemap")
    if os.path.exists(modulemap):
        flags += ["-Xcc", f"-fmodule-map-file={modulemap}"]
    cflags = run(["pkg-config", "--cflags", "libcurl"], check=False).stdout.split()
    for flag in cflags:
        flags += ["-Xcc", flag]
    return flags


def compile_command(files: list[str], module: str, scratch: str) -> list[str]:
    """The debug compile of generated files alone, against the debug-built runtimes."""
    return ["swiftc", "-Onone", "-g", "-enable-batch-mode", "-j", str(os.cpu_count() or 2),
            "-swift-version", "6", "-parse-as-library", "-module-name", module,
            "-emit-module", "-emit-module-path", os.path.join(scratch, module + ".swiftmodule"),
            "-c", *files, *modulemap_flags(),
            "-module-cache-path", os.path.join(WORK, "module-cache")]


def shown_compile_command(command: list[str], files: list[str], what: str) -> str:
    shown = []
    for argument in command:
        if argument.endswith(".swift"):
            if "$FILES" not in shown:
                shown.append("$FILES")
            continue
        shown.append(argument.replace(ROOT + "/", "$REPO/"))
    return f"(cd $SCRATCH && {' '.join(shown)})   # $FILES: the {len(files)} generated files of {what}"


def compile_failure(child: dict, timeout: float | None = None) -> str:
    """What a failed compile says, for a table cell or a note."""
    if child["timed_out"]:
        return f"timed out after {timeout:g} s"
    if child["status"] < 0:
        name = signal.Signals(-child["status"]).name
        return f"killed by {name}" + (" (out of memory?)" if name == "SIGKILL" else "")
    errors = [line for line in child["stderr"].splitlines() if "error:" in line]
    return f"{len(errors)} error(s), first: {errors[0] if errors else child['stderr'][-300:]}"


def source_files(directory: str) -> list[str]:
    return sorted(os.path.join(directory, f) for f in os.listdir(directory) if f.endswith(".swift"))


def bench_compile(specs: list[dict], generation: dict) -> dict:
    """Debug compile time and peak memory (median of the timed runs) of each generated output."""
    results = {}
    for spec in specs:
        for side in ("ours", "sog"):
            entry = generation[(spec["key"], side)]
            if entry["failure"]:
                continue
            files = source_files(os.path.join(WORK, f"gen-{spec['key']}-{side}"))
            module = f"Generated{spec['key'].capitalize()}{'Ours' if side == 'ours' else 'SOG'}"
            scratch = os.path.join(WORK, f"compile-{spec['key']}-{side}")
            command = compile_command(files, module, scratch)
            runs = []
            failure = None
            log(f"compile (debug): {side} on {spec['name']} ×{max(3, REPS - 2)}")
            for index in range(max(3, REPS - 2) + 1):   # the first run warms the module cache
                shutil.rmtree(scratch, ignore_errors=True)
                os.makedirs(scratch)
                child = measured_child(command, cwd=scratch, tree=True)
                if child["status"] != 0:
                    failure = compile_failure(child)
                    break
                if index > 0:
                    runs.append(child)
            COMMANDS.append(shown_compile_command(
                command, files, f"{'openapi-swift' if side == 'ours' else 'swift-openapi-generator'} for {spec['name']}"))
            if failure:
                NOTES.append(f"debug compile of {'openapi-swift' if side == 'ours' else 'swift-openapi-generator'}'s "
                             f"output for {spec['name']} failed: {failure}")
                results[(spec["key"], side)] = {"failure": failure}
            else:
                results[(spec["key"], side)] = {key: statistics.median(run[key] for run in runs)
                                                for key in ("wall", "cpu", "rss", "tree_rss")}
    return results


# MARK: - 3. The whole OpenAI spec


def whole_spec_for_sog() -> tuple[str, list[str]]:
    """A copy of OpenAI's spec that swift-openapi-generator's parser (OpenAPIKit) accepts, and what
    was changed: integer bounds outside 64 bits (`seed`'s ±9223372036854776000) removed, and 3.0-style
    boolean `exclusiveMinimum`/`exclusiveMaximum` (invalid in this 3.1 document) turned into 3.1's
    numeric form. Neither changes a type the generators emit."""
    import yaml
    copy = os.path.join(WORK, "openai-openapi-for-sog.yaml")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with open(OPENAI_SPEC, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=loader)
    changes = {"integer bounds outside 64 bits removed": 0, "boolean exclusive bounds made numeric": 0}

    def walk(node) -> None:
        if isinstance(node, dict):
            for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
                value = node.get(key)
                if isinstance(value, int) and not isinstance(value, bool) and not -2**63 <= value < 2**63:
                    del node[key]
                    changes["integer bounds outside 64 bits removed"] += 1
            for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
                if isinstance(node.get(exclusive), bool):
                    if node.pop(exclusive) and bound in node:
                        node[exclusive] = node.pop(bound)
                    changes["boolean exclusive bounds made numeric"] += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    with open(copy, "w", encoding="utf-8") as handle:
        yaml.dump(document, handle, Dumper=dumper, sort_keys=False, allow_unicode=True)
    return copy, [f"{count} {what}" for what, count in changes.items() if count]


def warm_module_cache() -> None:
    """Builds the module cache the compiles share, so that a single timed compile does not pay for it."""
    scratch = os.path.join(WORK, "compile-warm-up")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    source = os.path.join(scratch, "WarmUp.swift")
    with open(source, "w") as handle:
        handle.write("import OpenAPIClientRuntime\nimport OpenAPIRuntime\n")
    run(compile_command([source], "WarmUp", scratch), cwd=scratch)


def bench_whole(ours: str, sog: str) -> dict | None:
    """OpenAI's whole spec, unfiltered, once per generator (it is slow): generation, then the debug
    compile of what each generated, each step bounded by BENCH_WHOLE_TIMEOUT."""
    if not os.path.exists(OPENAI_SPEC):
        NOTES.append(f"OpenAI spec not found at {rel(OPENAI_SPEC)}: the whole-spec section is skipped.")
        return None
    config = os.path.join(WORK, "openai-openapi-swift-config.yaml")
    spec = {"name": "the whole OpenAI spec", "path": OPENAI_SPEC, "config": config, "key": "whole"}
    results: dict = {"bytes": os.path.getsize(OPENAI_SPEC)}
    warm_module_cache()
    for side in ("ours", "sog"):
        entry: dict = {}
        results[side] = entry
        output = os.path.join(WORK, f"gen-whole-{side}")
        shutil.rmtree(output, ignore_errors=True)
        os.makedirs(output)
        command = generator_commands(ours, sog, spec, output)[side]
        log(f"whole OpenAI spec: generation by {side} (once)")
        child = measured_child(command, timeout=WHOLE_TIMEOUT)
        if side == "sog" and child["status"] != 0 and not child["timed_out"]:
            # As published, the spec stops swift-openapi-generator's parser; an adapted copy lets the
            # compile comparison go on (both outcomes are reported).
            first = next((l[l.index("error:"):] for l in child["stderr"].splitlines() if "error:" in l), "")
            copy, changes = whole_spec_for_sog()
            entry["adapted"] = (f"swift-openapi-generator rejects the whole OpenAI spec as published "
                                f"({first.strip()[:300]}); its whole-spec figures are on a copy with "
                                f"{', '.join(changes)} ({rel(copy)}, written by bench.py)")
            NOTES.append(entry["adapted"])
            command = generator_commands(ours, sog, {**spec, "path": copy}, output)[side]
            shutil.rmtree(output, ignore_errors=True)
            os.makedirs(output)
            child = measured_child(command, timeout=WHOLE_TIMEOUT)
        COMMANDS.append(" ".join("$OUT" if c == output else rel(c) if os.path.isabs(c) else c for c in command))
        lines = child["stderr"].splitlines()
        entry.update(gen_wall=child["wall"], gen_rss=child["rss"], gen_cpu=child["cpu"],
                     warnings=sum(1 for line in lines if "warning" in line.lower()),
                     errors=sum(1 for line in lines if "error:" in line))
        if child["status"] != 0:
            entry["failure"] = compile_failure(child, WHOLE_TIMEOUT) if child["timed_out"] or child["status"] < 0 \
                else f"exit {child['status']}, {entry['errors']} error line(s): " + " / ".join(lines[-2:])[:300]
            NOTES.append(f"whole OpenAI spec: {'openapi-swift' if side == 'ours' else 'swift-openapi-generator'} "
                         f"failed to generate: {entry['failure']}")
            continue
        entry.update(code_stats(output))
        files = source_files(output)
        module = f"GeneratedWhole{'Ours' if side == 'ours' else 'SOG'}"
        scratch = os.path.join(WORK, f"compile-whole-{side}")
        shutil.rmtree(scratch, ignore_errors=True)
        os.makedirs(scratch)
        compile_ = compile_command(files, module, scratch)
        log(f"whole OpenAI spec: debug compile of the {side} output, {entry['lines']:,} lines (once)")
        child = measured_child(compile_, cwd=scratch, timeout=WHOLE_TIMEOUT, tree=True)
        COMMANDS.append(shown_compile_command(
            compile_, files, f"{'openapi-swift' if side == 'ours' else 'swift-openapi-generator'} for the whole OpenAI spec"))
        entry["compile"] = {"wall": child["wall"], "rss": child["rss"], "tree_rss": child["tree_rss"], "cpu": child["cpu"]}
        if child["status"] != 0:
            # A compile that stopped early (errors) or was killed (its frontends never waited for, so rusage
            # misses them) has no figures comparable with a complete one: none is shown.
            entry["compile"].update(rss=None, tree_rss=None, cpu=None)
        if child["status"] != 0:
            entry["compile"]["failure"] = compile_failure(child, WHOLE_TIMEOUT)
            NOTES.append(f"whole OpenAI spec: the debug compile of "
                         f"{'openapi-swift' if side == 'ours' else 'swift-openapi-generator'}'s output failed: "
                         f"{entry['compile']['failure']}")
        log(f"whole OpenAI spec: the {side} output " + (f"fails: {entry['compile']['failure']}" if child["status"] != 0 else
            f"compiled in {child['wall']:.0f} s, {child['cpu']:.0f} s CPU, peak RSS {child['rss']:,.0f} MiB "
            f"(largest process), {child['tree_rss']:,.0f} MiB (all processes)"))
        shutil.rmtree(scratch, ignore_errors=True)   # gigabytes of debug objects
    return results


def install_sog_sources(generation: dict, have_openai: bool) -> None:
    """Copies swift-openapi-generator's output into the targets the codec benchmarks build."""
    for key, target in (("infercom", "SOGInfercomTypes"), ("openai", "SOGOpenAITypes")):
        if key == "openai" and not have_openai:
            continue
        entry = generation.get((key, "sog"))
        destination = os.path.join(BENCH, "Sources", target, "Generated")
        os.makedirs(destination, exist_ok=True)
        if not entry or entry["failure"]:
            continue
        source = os.path.join(WORK, f"gen-{key}-sog")
        for name in os.listdir(source):
            new = os.path.join(source, name)
            old = os.path.join(destination, name)
            with open(new, "rb") as handle:
                data = handle.read()
            if os.path.exists(old):
                with open(old, "rb") as handle:
                    if handle.read() == data:
                        continue   # unchanged: keep the mtime so nothing rebuilds
            with open(old, "wb") as handle:
                handle.write(data)


# MARK: - 4. Decoding and 5. streaming


def bench_codec(have_openai: dict | None) -> dict:
    log("building the codec benchmarks (release)")
    run(["swift", "build", "-c", "release", "--product", "bench-codec"])
    fixture = os.path.join(BENCH, "Fixtures", "response-4k.json")
    command = [os.path.join(RELEASE, "bench-codec"), "--fixture", fixture, "--reps", str(REPS)]
    log("running bench-codec")
    COMMANDS.append(f"{rel(command[0])} --fixture {rel(fixture)} --reps {REPS}")
    result = run(command)
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    if have_openai:
        log("building the OpenAI-types codec benchmark (release; the generated types are large)")
        run(["swift", "build", "-c", "release", "--product", "bench-codec-openai"])
        command = [os.path.join(RELEASE, "bench-codec-openai"), "--fixture", fixture, "--reps", str(max(3, REPS - 2))]
        COMMANDS.append(f"{rel(command[0])} --fixture {rel(fixture)} --reps {max(3, REPS - 2)}")
        log("running bench-codec-openai")
        result = run(command)
        rows += [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return {row["name"]: row for row in rows}


# MARK: - 6. Transport


class Server:
    def __init__(self, binary: str):
        self.process = subprocess.Popen([binary, "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline())
        self.base = f"http://127.0.0.1:{self.port}"

    def accepted(self) -> int:
        with urllib.request.urlopen(self.base + "/stats", timeout=10) as response:
            return json.load(response)["accepted"]

    def stop(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def build_transport() -> dict[str, list[str]]:
    log("building the transport clients (release) and the C server and client")
    for product in ("client-infercom", "client-urlsession", "client-ahc"):
        run(["swift", "build", "-c", "release", "--product", product])
    binaries = os.path.join(WORK, "bin")
    os.makedirs(binaries, exist_ok=True)
    curl_flags = run(["pkg-config", "--cflags", "--libs", "libcurl"]).stdout.split()
    for name, extra in (("server", ["-lpthread"]), ("curl_client", curl_flags)):
        command = ["cc", "-O2", "-o", os.path.join(binaries, name), os.path.join(BENCH, "C", name + ".c"), *extra]
        run(command)
        COMMANDS.append(" ".join(rel(c) if os.path.isabs(c) else c for c in command))
    return {
        "C libcurl (floor)": [os.path.join(binaries, "curl_client")],
        "Infercom CurlTransport": [os.path.join(RELEASE, "client-infercom")],
        "URLSession": [os.path.join(RELEASE, "client-urlsession")],
        "async-http-client": [os.path.join(RELEASE, "client-ahc")],
    }


def bench_transport(clients: dict[str, list[str]]) -> dict:
    seq_count = 1000 if QUICK else 4000
    inflight_count = 4000 if QUICK else 16000
    latency_events = 1000 if QUICK else 2000
    burst_events = 20000 if QUICK else 100000
    gap_us = 200
    reps = 3
    server = Server(os.path.join(WORK, "bin", "server"))
    COMMANDS.append(f"{rel(os.path.join(WORK, 'bin', 'server'))} 0   # 127.0.0.1, any free port")
    seq = ("seq", "/v1/responses", ["--count", str(seq_count)])
    inflight = ("inflight", "/v1/responses", ["--count", str(inflight_count), "--parallel", "16"])
    latency = f"/stream/{latency_events}/{gap_us}/v1/responses"
    burst = f"/stream/{burst_events}/0/v1/responses"
    c_seq = ("seq", "/v1/responses", [str(seq_count)])
    c_inflight = ("inflight", "/v1/responses", [str(inflight_count), "16"])
    # row: (label, client binary, {kind: (mode, path, extra arguments)})
    rows = [
        ("C libcurl (floor)", "C libcurl (floor)",
         {"seq": c_seq, "inflight": c_inflight, "stream": ("stream", latency, []), "burst": ("stream", burst, [])}),
        ("Infercom CurlTransport", "Infercom CurlTransport",
         {"seq": seq, "inflight": inflight, "stream": ("stream-raw", latency, []), "burst": ("stream-raw", burst, [])}),
        ("Infercom URLSessionTransport", "Infercom CurlTransport",
         {kind: (mode, path, [*extra, "--transport", "urlsession"]) for kind, (mode, path, extra) in
          {"seq": seq, "inflight": inflight, "stream": ("stream-raw", latency, []), "burst": ("stream-raw", burst, [])}.items()}),
        ("URLSession", "URLSession",
         {"seq": seq, "inflight": inflight, "stream": ("stream", latency, []), "burst": ("stream", burst, [])}),
        ("async-http-client", "async-http-client",
         {"seq": seq, "inflight": inflight, "stream": ("stream", latency, []), "burst": ("stream", burst, [])}),
        ("Infercom CurlTransport + ServerSentEventParser", "Infercom CurlTransport",
         {"stream": ("stream", latency, []), "burst": ("stream", burst, [])}),
        ("Infercom InfercomClient (typed)", "Infercom CurlTransport",
         {"seq": ("client-seq", "/v1", ["--count", str(seq_count)]),
          "stream": ("stream-typed", latency.removesuffix("/responses"), []),
          "burst": ("stream-typed", burst.removesuffix("/responses"), [])}),
        ("Infercom InfercomClient (typed), loop on the main actor", "Infercom CurlTransport",
         {"stream": ("stream-typed-main-actor", latency.removesuffix("/responses"), []),
          "burst": ("stream-typed-main-actor", burst.removesuffix("/responses"), [])}),
    ]
    results: dict = {}
    try:
        for label, client, kinds in rows:
            binary = clients[client][0]
            for kind, (mode, path, extra) in kinds.items():
                log(f"transport: {label} {kind} ×{reps}")
                command = [binary, mode, server.base + path, *extra]
                COMMANDS.append(f"{rel(binary)} {mode} http://127.0.0.1:$PORT{path} {' '.join(extra)}".strip())
                runs = []
                for _ in range(reps):
                    before = server.accepted()
                    try:
                        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
                    except subprocess.TimeoutExpired:
                        NOTES.append(f"{label} {kind}: timed out after 300 s")
                        break
                    after = server.accepted()
                    if result.returncode != 0:
                        NOTES.append(f"{label} {kind} failed: {result.stderr.strip()[-300:]}")
                        break
                    row = json.loads(result.stdout.strip().splitlines()[-1])
                    row["connections"] = after - before - 1   # less the /stats request's own
                    runs.append(row)
                results[(label, kind)] = runs
    finally:
        server.stop()
    return results


# MARK: - Table


def fmt(value, digits: int = 0, suffix: str = "") -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "—"
    if isinstance(value, float) and digits == 0 and abs(value) < 10:
        digits = 1 if abs(value) >= 1 else 2
    return f"{value:,.{digits}f}{suffix}"


def ratio(a, b) -> str:
    if a is None or b is None or not b:
        return "—"
    return f"{a / b:.2f}×" if a / b < 10 else f"{a / b:.0f}×"


def med(runs: list[dict], key: str):
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def render(info: dict, specs, generation, compiles, whole, codec, transport, targets: list, timing: dict) -> str:
    out = []
    out.append("# Infercom benchmarks\n")
    out.append(f"Machine: {info['cores']} cores, {info['cpu']}, {info['memory']}, Linux {info['kernel']}  ")
    out.append(f"Toolchain: {info['swift']}; {info['cc']}; libcurl {info['libcurl']}; Python {info['python']}  ")
    packages = info["packages"]
    names = ["swift-openapi-generator", "swift-openapi-runtime", "async-http-client", "swift-nio", "openapikit", "yams"]
    out.append("Compared: " + ", ".join(f"{n} {packages[n]}" for n in names if n in packages)
               + "; URLSession = swift-corelibs-foundation of the toolchain  ")
    out.append(f"Repository: {info['commit']}; release builds; figures are medians of {REPS} runs "
               f"(3 for the slow ones) unless noted. {time.strftime('%Y-%m-%d %H:%M %Z')}.\n")

    if generation:
        render_generation(out, specs, generation, compiles)
    if whole:
        render_whole(out, whole)
    if codec:
        render_codec(out, codec)
        render_streaming(out, codec)
    if transport:
        render_transport(out, transport)

    out.append("## Targets\n")
    out.append("| target | measured | met |")
    out.append("|---|---|---|")
    for target, measured, met in targets:
        out.append(f"| {target} | {measured} | {'yes' if met else ('**no**' if met is False else '—')} |")
    out.append("")
    if NOTES:
        out.append("## Findings and notes\n")
        for note in NOTES:
            out.append(f"- {note}")
        out.append("")
    out.append("## Commands\n")
    out.append("```sh")
    out.append("make bench    # from the repository root: builds what it needs, then runs Tests/Benchmarks/bench.py")
    if RUN != set(SECTIONS):
        out.append(f"python3 Tests/Benchmarks/bench.py --only {','.join(s for s in SECTIONS if s in RUN)}"
                   f"{' --quick' if QUICK else ''}   # this run: only these sections")
    seen = set()
    for command in COMMANDS:
        if command not in seen:
            seen.add(command)
            out.append(command)
    out.append("```")
    out.append(f"\nRun time: {timing['total']:.0f} s in all ({timing['build']:.0f} s of it building).")
    return "\n".join(out) + "\n"


def render_generation(out: list[str], specs, generation, compiles) -> None:
    out.append("## 1. Generation (CPU time, wall time and peak RSS of the generator process)\n")
    out.append("| spec | generator | CPU | wall | peak RSS | SOG ÷ ours (CPU time) | SOG ÷ ours (wall) | SOG ÷ ours (memory) |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for spec in specs:
        ours, sog = generation[(spec["key"], "ours")], generation[(spec["key"], "sog")]
        label = f"{spec['name']} ({spec['bytes'] / 1024:.0f} KB)"
        for side, entry in (("openapi-swift (ours)", ours), ("swift-openapi-generator", sog)):
            if entry["failure"]:
                out.append(f"| {label} | {side} | failed | — | — | — | — | — |")
                continue
            c = t = r = "—"
            if side.startswith("swift-openapi") and not ours["failure"]:
                c, t, r = ratio(entry["cpu"], ours["cpu"]), ratio(entry["wall"], ours["wall"]), ratio(entry["rss"], ours["rss"])
            out.append(f"| {label} | {side} | {fmt(entry['cpu'] * 1000, 0)} ms | {fmt(entry['wall'] * 1000, 0)} ms | "
                       f"{fmt(entry['rss'], 1)} MiB | {c} | {t} | {r} |")
    out.append("")
    out.append("CPU time is user + system (`wait4`): on a shared machine a short process's wall time mostly "
               "measures the scheduler. swift-openapi-generator runs on several threads, so its wall time is "
               "below its CPU time; the speed target asks for both ratios. Both generators run under the same "
               "small C launcher (C/measure.c), which times fork → wait4 and reads the child's own peak RSS: "
               "started straight from Python, a 13 MiB process reports Python's ~25 MiB. The two generators "
               f"take turns run by run, so load that changes during the section weighs on both; ours runs {3 * REPS} "
               "times (it is short, and its median steadier for more runs), swift-openapi-generator as the header says.\n")

    out.append("## 2. Generated code (types + client) and its debug compile: time and peak memory\n")
    out.append("| spec | generator | files | lines | code lines (no comments, no blanks) | bytes | debug compile (wall / CPU) "
               "| peak RSS, largest process | peak RSS, all processes | lines ours ÷ SOG | code lines ours ÷ SOG "
               "| compile CPU time ours ÷ SOG | peak RSS ours ÷ SOG (largest / all) |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for spec in specs:
        ours, sog = generation[(spec["key"], "ours")], generation[(spec["key"], "sog")]
        c_ours, c_sog = compiles.get((spec["key"], "ours"), {}), compiles.get((spec["key"], "sog"), {})
        for side, entry, comp in (("openapi-swift (ours)", ours, c_ours), ("swift-openapi-generator", sog, c_sog)):
            if entry["failure"]:
                out.append(f"| {spec['name']} | {side} |" + " — |" * 11)
                continue
            compile_text = "failed" if comp.get("failure") else f"{fmt(comp.get('wall'), 2, ' s')} / {fmt(comp.get('cpu'), 2, ' s')}"
            lr = cl = cr = mr = ""
            if side.startswith("swift-openapi") and not ours["failure"]:
                lr = ratio(ours["lines"], entry["lines"])
                cl = ratio(ours["code"], entry["code"])
                if c_ours.get("cpu") and comp.get("cpu"):
                    cr = ratio(c_ours["cpu"], comp["cpu"])
                    mr = f"{ratio(c_ours['rss'], comp['rss'])} / {ratio(c_ours['tree_rss'], comp['tree_rss'])}"
            out.append(f"| {spec['name']} | {side} | {entry['files']} | {entry['lines']:,} | {entry['code']:,} | "
                       f"{entry['bytes']:,} | {compile_text} | {fmt(comp.get('rss'), 0, ' MiB')} | "
                       f"{fmt(comp.get('tree_rss'), 0, ' MiB')} | {lr} | {cl} | {cr} | {mr} |")
    out.append("")
    out.append(MEMORY_NOTE + "\n")


MEMORY_NOTE = ("Peak RSS, largest process: `wait4`'s `ru_maxrss` for swiftc, which on Linux is the largest of "
               "the driver and every frontend job it waited for. All processes: the largest sum of the RSS of "
               "swiftc and its descendants at one moment, sampled from /proc every 0.1 s (a lower bound; the "
               f"batch-mode frontends run {os.cpu_count() or 2} at a time).")


def render_whole(out: list[str], whole: dict) -> None:
    out.append(f"## 3. The whole OpenAI spec, unfiltered ({whole['bytes'] / 1024:,.0f} KB): generation and debug "
               "compile, one run each\n")
    out.append("| generator | generation wall | generation peak RSS | warning lines | files | lines | debug compile "
               "| compile CPU | compile peak RSS, largest process | compile peak RSS, all processes |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for side, label in (("ours", "openapi-swift (ours)"), ("sog", "swift-openapi-generator")):
        entry = whole[side]
        if "adapted" in entry:
            label += " (adapted spec, see notes)"
        if "gen_wall" not in entry:
            continue
        generated = f"{fmt(entry['gen_wall'], 2, ' s')} | {fmt(entry['gen_rss'], 0, ' MiB')} | {entry['warnings']:,}"
        if entry.get("failure"):
            out.append(f"| {label} | {generated} | — | — | fails: {entry['failure']} | — | — | — |")
            continue
        comp = entry["compile"]
        memory = f"{fmt(comp['rss'], 0, ' MiB')} | {fmt(comp['tree_rss'], 0, ' MiB')}"
        if comp.get("failure"):
            out.append(f"| {label} | {generated} | {entry['files']} | {entry['lines']:,} | fails: {comp['failure']} | "
                       f"{fmt(comp['cpu'], 0, ' s')} | {memory} |")
        else:
            out.append(f"| {label} | {generated} | {entry['files']} | {entry['lines']:,} | {fmt(comp['wall'], 1, ' s')} | "
                       f"{fmt(comp['cpu'], 0, ' s')} | {memory} |")
    ours, sog = whole["ours"], whole["sog"]
    if "gen_wall" in ours and "gen_wall" in sog and not ours.get("failure") and not sog.get("failure"):
        c_ours, c_sog = ours["compile"], sog["compile"]
        both = not c_ours.get("failure") and not c_sog.get("failure")
        out.append(f"| ours ÷ SOG | {ratio(ours['gen_wall'], sog['gen_wall'])} | {ratio(ours['gen_rss'], sog['gen_rss'])} | | "
                   f"{ratio(ours['files'], sog['files'])} | {ratio(ours['lines'], sog['lines'])} | "
                   f"{ratio(c_ours['wall'], c_sog['wall']) if both else '—'} | {ratio(c_ours['cpu'], c_sog['cpu']) if both else '—'} | "
                   f"{ratio(c_ours['rss'], c_sog['rss']) if both else '—'} | {ratio(c_ours['tree_rss'], c_sog['tree_rss']) if both else '—'} |")
    out.append("")
    out.append("Compile: the same debug `swiftc` command as in section 2, after a warm-up compile that fills the module "
               "cache; CPU is user + system time of swiftc and its frontend jobs. " + MEMORY_NOTE + "\n")


def render_codec(out: list[str], codec: dict) -> None:
    out.append("## 4. Decoding a 4 KB response (reasoning + message + function call + usage, and the echoed tool)\n")
    out.append("| decoder | MB/s | µs per decode | ÷ minimal hand-written | ÷ complete hand-written |")
    out.append("|---|---:|---:|---:|---:|")
    hand = codec.get("decode-hand", {}).get("mbps")
    full = codec.get("decode-hand-full", {}).get("mbps")
    for key, label in (("decode-hand", "minimal hand-written Codable struct (the fields a caller reads)"),
                       ("decode-hand-full", "complete hand-written Codable (every field of the body, tool schema as JSON)"),
                       ("decode-ours", "Infercom `Response` (generated)"),
                       ("decode-sog", "swift-openapi-generator types, our spec"),
                       ("decode-sog-openai", "swift-openapi-generator types, OpenAI's spec")):
        row = codec.get(key)
        if not row:
            continue
        if row.get("error"):
            out.append(f"| {label} | fails | — | — | — |")
            NOTES.append(f"{label}: cannot decode the fixture: {row['error'][:300]}")
            continue
        out.append(f"| {label} | {fmt(row['mbps'], 1)} | {fmt(row['us'], 1)} | {ratio(row['mbps'], hand)} | "
                   f"{ratio(row['mbps'], full)} |")
    out.append("")
    out.append("Infercom's row uses the client's own decoder (`JSONTapeDecoder`, OpenAPIClientRuntime); every other row one "
               "shared `JSONDecoder`; all on the same bytes "
               f"({codec.get('fixture-bytes', {}).get('bytes', '?')} bytes, Tests/Benchmarks/Fixtures/response-4k.json).\n")
    if codec.get("decode-ours-notools"):
        out.append(f"The same body without the echoed `tools` member "
                   f"({codec.get('fixture-notools-bytes', {}).get('bytes', '?')} bytes; its JSON-schema `parameters` "
                   "are an untyped JSON value on every side):\n")
        out.append("| decoder | MB/s | µs per decode | ÷ minimal hand-written | ÷ complete hand-written |")
        out.append("|---|---:|---:|---:|---:|")
        hand_n = codec.get("decode-hand-notools", {}).get("mbps")
        full_n = codec.get("decode-hand-full-notools", {}).get("mbps")
        for key, label in (("decode-hand-notools", "minimal hand-written"), ("decode-hand-full-notools", "complete hand-written"),
                           ("decode-ours-notools", "Infercom `Response`"), ("decode-sog-notools", "swift-openapi-generator, our spec")):
            row = codec.get(key)
            if row and not row.get("error"):
                out.append(f"| {label} | {fmt(row['mbps'], 1)} | {fmt(row['us'], 1)} | {ratio(row['mbps'], hand_n)} | "
                           f"{ratio(row['mbps'], full_n)} |")
        out.append("")


def render_streaming(out: list[str], codec: dict) -> None:
    stream_info = codec.get("stream-info", {})
    out.append(f"## 5. Streaming: {stream_info.get('mb', 0):.1f} MB of text deltas "
               f"({stream_info.get('events', 0):,} events, 16 KB chunks)\n")
    out.append("| path | MB/s | events/s | note |")
    out.append("|---|---:|---:|---|")
    for key, label, note in (
            ("scan-newlines", "raw newline scan (memchr), the physical limit", "no events"),
            ("frame-ours", "Infercom framing: ServerSentEventParser", "events with String data"),
            ("frame-sog", "swift-openapi-runtime framing: asDecodedServerSentEvents", "events with String data"),
            ("e2e-hand", "hand-written splitter + JSONDecoder, minimal struct", "reference"),
            ("e2e-ours-sync", "Infercom parser + JSONTapeDecoder into ResponseStreamEvent (loop)", "full event union"),
            ("e2e-ours", "Infercom InfercomClient.createResponseStream (in-memory transport)", "as a user receives it"),
            ("e2e-sog", "swift-openapi-runtime asDecodedServerSentEventsWithJSONData, SOG types of our spec", "full event union"),
            ("e2e-sog-openai", "swift-openapi-runtime asDecodedServerSentEventsWithJSONData, SOG types of OpenAI's spec", "OpenAI's event union")):
        row = codec.get(key)
        if not row:
            continue
        if row.get("error"):
            out.append(f"| {label} | fails | — | see notes |")
            NOTES.append(f"{label}: {row['error'][:300]}")
            continue
        out.append(f"| {label} | {fmt(row['mbps'], 0)} | {fmt(row.get('events_per_s'), 0)} | {note} |")
    out.append("")


def render_transport(out: list[str], transport: dict) -> None:
    out.append("## 6. Transport over loopback (C epoll server on 127.0.0.1, keep-alive)\n")
    out.append("| client | sequential req/s | 16 in flight req/s | connections opened (16 in flight) | event delay p50 | p99 | CPU per event (paced) | CPU per event (burst) | burst events/s | seq ÷ C | in flight ÷ C |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    c_seq = med(transport.get(("C libcurl (floor)", "seq"), []), "rps")
    c_inf = med(transport.get(("C libcurl (floor)", "inflight"), []), "rps")
    names = []
    for (name, _kind) in transport:
        if name not in names:
            names.append(name)
    for name in names:
        seq = med(transport.get((name, "seq"), []), "rps")
        inflight = med(transport.get((name, "inflight"), []), "rps")
        conns = med(transport.get((name, "inflight"), []), "connections")
        p50 = med(transport.get((name, "stream"), []), "p50_us")
        p99 = med(transport.get((name, "stream"), []), "p99_us")
        paced = med(transport.get((name, "stream"), []), "cpu_us_per_event")
        cpu = med(transport.get((name, "burst"), []), "cpu_us_per_event")
        eps = med(transport.get((name, "burst"), []), "events_per_s")
        out.append(f"| {name} | {fmt(seq, 0)} | {fmt(inflight, 0)} | {fmt(conns, 0)} | {fmt(p50, 0, ' µs')} | "
                   f"{fmt(p99, 0, ' µs')} | {fmt(paced, 1, ' µs')} | {fmt(cpu, 2, ' µs')} | {fmt(eps, 0)} | "
                   f"{ratio(seq, c_seq)} | {ratio(inflight, c_inf)} |")
    out.append("")
    out.append("Event delay: server stamps CLOCK_MONOTONIC right before writing each event (events 200 µs apart); "
               "the client reads the clock when the event reaches its caller. CPU per event: getrusage(RUSAGE_SELF) "
               "of the client process over a back-to-back stream. \"Infercom InfercomClient (typed)\" is the whole "
               "library path (request encoding, validation, JSON decoding into the generated types), iterated in a "
               "nonisolated async function; \"loop on the main actor\" iterates the same stream in `@MainActor` code "
               "(a script's top-level code, a UI); the library's stream iterators run on the caller's actor, so no `next()` hops executors. Every "
               "other client also runs its loops off the main actor.\n")


def evaluate_targets(specs, generation, compiles, whole, codec, transport) -> list:
    targets = []
    for spec in specs if generation else []:
        ours, sog = generation[(spec["key"], "ours")], generation[(spec["key"], "sog")]
        if ours["failure"] or sog["failure"]:
            targets.append((f"generation ≥ 20× faster ({spec['name']})",
                            "SOG failed" if sog["failure"] else "ours failed", None if sog["failure"] else False))
            continue
        # Both clocks must agree: CPU time is robust to load, but SOG runs on several threads, so
        # the wall time a user waits can show a smaller ratio.
        speed, wall_speed = sog["cpu"] / ours["cpu"], sog["wall"] / ours["wall"]
        targets.append((f"generation ≥ 20× faster, CPU time and wall time ({spec['name']})",
                        f"{speed:.1f}× CPU ({sog['cpu'] * 1000:,.0f} vs {ours['cpu'] * 1000:,.0f} ms) / "
                        f"{wall_speed:.1f}× wall ({sog['wall'] * 1000:,.0f} vs {ours['wall'] * 1000:,.0f} ms)",
                        speed >= 20 and wall_speed >= 20))
        lines = ours["lines"] / sog["lines"]
        targets.append((f"generated lines ≤ 0.35× SOG's ({spec['name']})",
                        f"{lines:.2f}× ({ours['lines']:,} vs {sog['lines']:,})", lines <= 0.35))
        code = ours["code"] / sog["code"]
        targets.append((f"generated code lines (no comments) ≤ ⅓ of SOG's ({spec['name']})", f"{code:.2f}×", code <= 1 / 3))
        c_ours, c_sog = compiles.get((spec["key"], "ours"), {}), compiles.get((spec["key"], "sog"), {})
        if c_ours.get("cpu") and c_sog.get("cpu"):
            share = c_ours["cpu"] / c_sog["cpu"]
            targets.append((f"debug compile time ≤ 0.4× SOG's, CPU time ({spec['name']})",
                            f"{share:.2f}× ({c_ours['cpu']:.1f} vs {c_sog['cpu']:.1f} s)", share <= 0.4))
            largest, summed = c_ours["rss"] / c_sog["rss"], c_ours["tree_rss"] / c_sog["tree_rss"]
            targets.append((f"peak compile memory ≤ 0.5× SOG's, largest process and all processes ({spec['name']})",
                            f"{largest:.2f}× ({c_ours['rss']:,.0f} vs {c_sog['rss']:,.0f} MiB) / "
                            f"{summed:.2f}× ({c_ours['tree_rss']:,.0f} vs {c_sog['tree_rss']:,.0f} MiB)",
                            largest <= 0.5 and summed <= 0.5))
    if whole:
        ours = whole["ours"]
        if ours.get("failure"):
            targets.append(("the whole OpenAI spec generates with 0 errors", f"fails: {ours['failure']}", False))
        elif "gen_wall" in ours:
            targets.append(("the whole OpenAI spec generates with 0 errors",
                            f"{ours['errors']} errors, {ours['warnings']} warning lines, {ours['gen_wall']:.1f} s",
                            ours["errors"] == 0))
            comp = ours["compile"]
            targets.append(("the whole OpenAI spec's output compiles (debug)",
                            f"fails: {comp['failure']}" if comp.get("failure")
                            else f"{comp['wall']:.0f} s, {comp['rss']:,.0f} MiB largest process, "
                                 f"{comp['tree_rss']:,.0f} MiB all processes",
                            not comp.get("failure")))
    ours = codec.get("decode-ours", {}).get("mbps")
    for key, label in (("decode-hand", "minimal"), ("decode-hand-full", "complete")):
        hand = codec.get(key, {}).get("mbps")
        if hand and ours:
            targets.append((f"decoding ≥ 0.9× hand-written ({label})", f"{ours / hand:.2f}× ({ours:.0f} vs {hand:.0f} MB/s)",
                            ours / hand >= 0.9))
    frame = codec.get("frame-ours", {}).get("mbps")
    if frame:
        targets.append(("SSE framing ≥ 1 GB/s", f"{frame / 1000:.2f} GB/s", frame >= 1000))
    for key, label in (("e2e-ours", "streaming end to end ≥ 200k events/s (InfercomClient)"),
                       ("e2e-ours-sync", "streaming end to end ≥ 200k events/s (parser + decoder loop)")):
        eps = codec.get(key, {}).get("events_per_s")
        if eps:
            targets.append((label, f"{eps:,.0f} events/s", eps >= 200_000))
    c_seq = med(transport.get(("C libcurl (floor)", "seq"), []), "rps")
    c_inf = med(transport.get(("C libcurl (floor)", "inflight"), []), "rps")
    o_seq = med(transport.get(("Infercom CurlTransport", "seq"), []), "rps")
    o_inf = med(transport.get(("Infercom CurlTransport", "inflight"), []), "rps")
    if c_seq and o_seq:
        targets.append(("sequential req/s ≥ 0.8× C libcurl", f"{o_seq / c_seq:.2f}× ({o_seq:,.0f} vs {c_seq:,.0f})",
                        o_seq / c_seq >= 0.8))
    if c_inf and o_inf:
        targets.append(("16-in-flight req/s ≥ 0.8× C libcurl", f"{o_inf / c_inf:.2f}× ({o_inf:,.0f} vs {c_inf:,.0f})",
                        o_inf / c_inf >= 0.8))
    for row in ("Infercom CurlTransport", "Infercom CurlTransport + ServerSentEventParser"):
        p50 = med(transport.get((row, "stream"), []), "p50_us")
        if p50 is not None:
            targets.append((f"event delay p50 ≤ 50 µs ({row.removeprefix('Infercom ')})", f"{p50:.0f} µs", p50 <= 50))
    p50 = med(transport.get(("Infercom InfercomClient (typed)", "stream"), []), "p50_us")
    if p50 is not None:
        targets.append(("event delay p50 ≤ 50 µs (InfercomClient, typed)", f"{p50:.0f} µs", p50 <= 50))
    for row in ("Infercom CurlTransport", "Infercom CurlTransport + ServerSentEventParser"):
        cpu = med(transport.get((row, "burst"), []), "cpu_us_per_event")
        if cpu is not None:
            targets.append((f"client CPU ≤ 1 µs per event, back to back ({row.removeprefix('Infercom ')})",
                            f"{cpu:.2f} µs", cpu <= 1))
    cpu = med(transport.get(("Infercom InfercomClient (typed)", "burst"), []), "cpu_us_per_event")
    if cpu is not None:
        targets.append(("client CPU ≤ 1 µs per event, back to back (InfercomClient, typed)", f"{cpu:.2f} µs", cpu <= 1))
    return targets


def main() -> None:
    started = time.perf_counter()
    info = machine()
    log(f"sections: {', '.join(s for s in SECTIONS if s in RUN)}")
    build_launcher()
    ours, sog = build_tools()
    if RUN & {"compile", "whole"}:
        debug_modules()
    build_time = time.perf_counter() - started
    specs = prepare_specs()
    have_openai = any(s["key"] == "openai" for s in specs)
    generation = bench_generation(ours, sog, specs) if "generation" in RUN else {}
    compiles = bench_compile(specs, generation) if "compile" in RUN else {}
    whole = bench_whole(ours, sog) if "whole" in RUN else None
    codec: dict = {}
    if "codec" in RUN:
        install_sog_sources(generation, have_openai)
        openai_ok = have_openai and not generation[("openai", "sog")]["failure"]
        if generation[("infercom", "sog")]["failure"]:
            NOTES.append("bench-codec needs swift-openapi-generator's types for spec/responses.yaml, which it failed "
                         "to generate: sections 4 and 5 are skipped.")
        else:
            codec = bench_codec(openai_ok)
    transport: dict = {}
    if "transport" in RUN:
        transport = bench_transport(build_transport())
    info = {**info, **machine()}   # Package.resolved exists after the first build
    targets = evaluate_targets(specs, generation, compiles, whole, codec, transport)
    for (name, kind), runs in transport.items():
        opened = med(runs, "connections") if kind == "inflight" else None
        if opened is not None and opened > 16:
            NOTES.append(f"{name} opened {opened:.0f} connections (median) for 16 requests kept in flight "
                         "(the server's accept count), instead of reusing 16.")
    timing = {"total": time.perf_counter() - started, "build": build_time}
    text = render(info, specs, generation, compiles, whole, codec, transport, targets, timing)
    with open(RESULTS, "w") as handle:
        handle.write(text)
    print(text)
    log(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
