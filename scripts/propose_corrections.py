"""Propose schema corrections from the contract test's record of answers that break the schema.

The contract test (tests/integration/test_contract.py) validates every answer of the real server against the
corrected schema. Run with ``LSCLIENT_CONTRACT_COLLECT=violations.jsonl`` it records each violation instead of
failing; this script turns the two common kinds into ``nullable`` and ``unrequire`` patches for
``openapi/corrections.json``, addressed where the schema defines the property (a component schema, or the
operation's inline schema), each with a reason naming the operations that answered so:

- ``None is not of type ...`` → the property is ``nullable``;
- ``'x' is a required property`` → ``x`` is not required (absent when ``include=`` / ``fields=`` narrows an answer,
  or behind a feature flag).

Every other violation is listed for a hand-written correction. Review the proposal, append it to
``openapi/corrections.json``, regenerate (``make generate``) and run the contract test again.

Usage: ``python scripts/propose_corrections.py violations.jsonl [-o proposal.json]``
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import contract  # noqa: E402  (tests/contract.py: the corrected schema and its operations)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _resolve(pointer: str) -> Any:
    node: Any = contract.SCHEMA
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _defining(pointer: str) -> str:
    """Follow ``$ref`` and a lone ``allOf`` to the schema that defines the object or array."""
    while True:
        node = _resolve(pointer)
        if "$ref" in node:
            pointer = "/components/schemas/" + node["$ref"].rsplit("/", 1)[-1]
        elif "allOf" in node and "properties" not in node:
            pointer += "/allOf/0"
        else:
            return pointer


def schema_at(op_id: str, status: int, path: list[str]) -> str:
    """The JSON pointer of the schema describing the value at ``path`` in ``op_id``'s answer with ``status``."""
    op = contract.OPERATIONS[op_id]
    media = next(name for name in op.responses[str(status)]["content"] if "json" in name)
    pointer = _defining(f"/paths/{_escape(op.path)}/{op.method}/responses/{status}/content/{_escape(media)}/schema")
    for token in path:
        pointer = _defining(pointer + ("/items" if token.isdigit() else "/properties/" + _escape(token)))
    return pointer


def propose(rows: list[list[Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    nullable: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    unrequired: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    other: set[str] = set()
    for op_id, status, path, _schema_path, message in rows:
        if message.startswith("None is not") or "for not nullable" in message:
            if path:
                nullable[(schema_at(op_id, status, path[:-1]), path[-1])].add(op_id)
                continue
        elif "is a required property" in message:
            unrequired[(schema_at(op_id, status, path), message.split("'")[1])].add(op_id)
            continue
        other.add(f"{op_id} {status} at /{'/'.join(path)}: {message}")
    patches = [
        {
            "op": "nullable",
            "path": pointer,
            "property": prop,
            "reason": f"answered null by {', '.join(sorted(ops))} (found by the contract test)",
        }
        for (pointer, prop), ops in sorted(nullable.items())
    ] + [
        {
            "op": "unrequire",
            "path": pointer,
            "property": prop,
            "reason": f"absent from the answer of {', '.join(sorted(ops))} (found by the contract test)",
        }
        for (pointer, prop), ops in sorted(unrequired.items())
    ]
    return patches, sorted(other)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("violations", type=Path, help="the file LSCLIENT_CONTRACT_COLLECT named")
    parser.add_argument("-o", "--out", type=Path, help="write the proposed patches here (default: print them)")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.violations.read_text(encoding="utf-8").splitlines() if line.strip()]
    patches, other = propose(rows)
    text = json.dumps(patches, indent=2, ensure_ascii=False) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(patches)} patches proposed in {args.out}")
    else:
        sys.stdout.write(text)
    for line in other:
        print(f"needs a hand-written correction: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
