#!/usr/bin/env python3
"""Filters an OpenAPI document down to some paths and the components they reach.

    filter_openapi.py IN.yaml OUT.yaml [PREFIX]

Keeps the paths equal to PREFIX (default /responses) or below it (PREFIX/...); path keys that
carry a query string (OpenAI's `/responses?beta=true` duplicates) are not valid path templates
and are dropped. Every `#/components/...` reference reached from the kept paths, transitively, is
kept with its target; everything else under `components` goes, and so do `webhooks` and the
vendor extension `x-oaiMeta` at the top level. Both generators are given the same output.
"""
import sys

import yaml


def main() -> None:
    source, target = sys.argv[1], sys.argv[2]
    prefix = sys.argv[3] if len(sys.argv) > 3 else "/responses"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(source, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=loader)

    paths = {key: value for key, value in document.get("paths", {}).items()
             if (key == prefix or key.startswith(prefix + "/")) and "?" not in key}
    components = document.get("components", {})
    kept: dict[str, dict] = {}
    pending = []

    def collect(node) -> None:
        if isinstance(node, dict):
            reference = node.get("$ref")
            if isinstance(reference, str) and reference.startswith("#/components/"):
                pending.append(reference)
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(paths)
    # Security schemes are named by `security` requirements, not by $ref: keep them all.
    if "securitySchemes" in components:
        kept["securitySchemes"] = dict(components["securitySchemes"])
    seen = set()
    while pending:
        reference = pending.pop()
        if reference in seen:
            continue
        seen.add(reference)
        _, _, section, name = reference.split("/", 3)
        name = name.replace("~1", "/").replace("~0", "~")
        value = components.get(section, {}).get(name)
        if value is None:
            sys.exit(f"error: {reference} does not resolve")
        kept.setdefault(section, {})[name] = value
        collect(value)

    result = {key: value for key, value in document.items()
              if key not in ("paths", "components", "webhooks", "x-oaiMeta")}
    result["paths"] = paths
    result["components"] = {section: dict(sorted(entries.items())) for section, entries in kept.items()}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with open(target, "w", encoding="utf-8") as handle:
        yaml.dump(result, handle, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1000)
    schemas = len(result["components"].get("schemas", {}))
    print(f"{source} -> {target}: {len(paths)} paths, {schemas} schemas")


if __name__ == "__main__":
    main()
