#!/usr/bin/env python3
"""Builds the decoding corpus with openai-python's own models and writes it to Tests/Corpus.

    make corpus            # from the repository root: creates the venv, runs this script

Every body is constructed with the pydantic models of `openai.types.responses` (request bodies as
dicts that openai-python's `ResponseCreateParams` accepts, checked with pydantic and transformed
with the client's own `_transform`) and serialised exactly as the client does
(`BaseModel.to_dict(mode="json")`: by alias, unset fields left out). Nothing openai-python can
produce is written by hand; the only hand edits are the documented mutations (each case's
`mutation` in the manifest: unknown fields added, or a known shape broken), applied here.

Output: Bodies/<kind>/<case>.json and manifest.json (format in README.md).
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from cases_items import add_input_items, add_output_items, add_tools  # noqa: E402
from cases_events import add_events  # noqa: E402
from cases_requests import add_requests  # noqa: E402
from cases_responses import add_responses  # noqa: E402
from cases_mutations import add_mutations  # noqa: E402
import corpus_support as S  # noqa: E402
import openai  # noqa: E402
import pydantic  # noqa: E402


def main() -> None:
    add_responses()
    add_output_items()
    add_input_items()
    add_tools()
    add_requests()
    add_events()
    add_mutations()
    write()


def write() -> None:
    if os.path.isdir(S.BODIES):
        shutil.rmtree(S.BODIES)
    ids = set()
    manifest = {
        "generator": f"openai-python {openai.__version__}, pydantic {pydantic.VERSION}; Tests/Corpus/make_corpus.py",
        "cases": [],
    }
    for case, body in S.CASES:
        if case["id"] in ids:
            sys.exit(f"error: duplicate case {case['id']}")
        ids.add(case["id"])
        path = os.path.join(S.HERE, case["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(body, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
        manifest["cases"].append(case)
    with open(S.MANIFEST, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
    print(f"{len(S.CASES)} cases written to {os.path.relpath(S.BODIES)} and {os.path.relpath(S.MANIFEST)}")


if __name__ == "__main__":
    main()
