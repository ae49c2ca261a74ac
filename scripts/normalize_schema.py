"""Turn the vendored Label Studio schema into the schema the generator reads.

Deterministic and stdlib-only. Two kinds of change, both listed in ``openapi/corrections.json``:

* **rules** -- generic, named transformations applied across the whole schema (for instance
  "send JSON bodies only"), each implemented by a function below;
* **patches** -- targeted fixes where the served schema disagrees with the real server, addressed by
  JSON Pointer (RFC 6901). Every patch states what it expects to find first, so a patch the server
  has made unnecessary (the upstream schema was fixed) is *reported* as stale instead of being
  silently applied or silently dropped.

Usage: ``python scripts/normalize_schema.py [SCHEMA] [CORRECTIONS] [-o OUT] [--strict]``
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA = ROOT / "openapi" / "label-studio.schema.json"
DEFAULT_CORRECTIONS = ROOT / "openapi" / "corrections.json"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Json = Any


class CorrectionError(Exception):
    """A correction could not be applied as written."""


# --------------------------------------------------------------------------- JSON Pointer


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _split(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise CorrectionError(f"JSON pointer must start with '/': {pointer!r}")
    return [_unescape(t) for t in pointer[1:].split("/")]


def resolve(doc: Json, pointer: str) -> Json:
    """Return the value at ``pointer``; raise KeyError when any step is missing."""
    node = doc
    for token in _split(pointer):
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node[token]
        else:
            raise KeyError(token)
    return node


def _parent(doc: Json, pointer: str) -> tuple[Json, str]:
    tokens = _split(pointer)
    if not tokens:
        raise CorrectionError("cannot address the document root")
    return resolve(doc, "/" + "/".join(t.replace("~", "~0").replace("/", "~1") for t in tokens[:-1])), tokens[-1]


def exists(doc: Json, pointer: str) -> bool:
    try:
        resolve(doc, pointer)
    except (KeyError, IndexError, ValueError):
        return False
    return True


# --------------------------------------------------------------------------- patches
# Each patch op returns None when applied, or a string explaining why it no longer applies.


def _op_replace(doc: Json, patch: dict[str, Any]) -> str | None:
    path = patch["path"]
    current = resolve(doc, path)
    if current == patch["value"]:
        return "the schema already has the corrected value"
    if "expect" in patch and current != patch["expect"]:
        return "the schema changed at this place: review the correction"
    parent, key = _parent(doc, path)
    parent[int(key) if isinstance(parent, list) else key] = copy.deepcopy(patch["value"])
    return None


def _op_add(doc: Json, patch: dict[str, Any]) -> str | None:
    path = patch["path"]
    if exists(doc, path):
        if resolve(doc, path) == patch["value"]:
            return "the schema already has this value"
        return "the schema now defines this place itself: review the correction"
    parent, key = _parent(doc, path)
    if not isinstance(parent, dict):
        raise CorrectionError(f"add needs an object parent at {path}")
    parent[key] = copy.deepcopy(patch["value"])
    return None


def _op_remove(doc: Json, patch: dict[str, Any]) -> str | None:
    path = patch["path"]
    if not exists(doc, path):
        return "the schema no longer has this place"
    current = resolve(doc, path)
    if "expect" in patch and current != patch["expect"]:
        return "the schema changed at this place: review the correction"
    parent, key = _parent(doc, path)
    if isinstance(parent, list):
        del parent[int(key)]
    else:
        del parent[key]
    return None


def _op_unrequire(doc: Json, patch: dict[str, Any]) -> str | None:
    schema = resolve(doc, patch["path"])
    required = schema.get("required", [])
    if patch["property"] not in required:
        return f"{patch['property']!r} is no longer required"
    schema["required"] = [name for name in required if name != patch["property"]]
    if not schema["required"]:
        del schema["required"]
    return None


def _op_nullable(doc: Json, patch: dict[str, Any]) -> str | None:
    props = resolve(doc, patch["path"])["properties"]
    prop = props[patch["property"]]
    if prop.get("nullable") is True or any(m.get("nullable") for m in prop.get("allOf", []) if isinstance(m, dict)):
        return f"{patch['property']!r} is already nullable"
    if "$ref" in prop:
        # OpenAPI 3.0 ignores siblings of $ref; the generator honours nullable on an allOf wrapper.
        props[patch["property"]] = {"allOf": [{"$ref": prop["$ref"]}], "nullable": True}
    else:
        prop["nullable"] = True
    return None


PATCH_OPS: dict[str, Callable[[Json, dict[str, Any]], str | None]] = {
    "replace": _op_replace,
    "add": _op_add,
    "remove": _op_remove,
    "unrequire": _op_unrequire,
    "nullable": _op_nullable,
}


# --------------------------------------------------------------------------- rules


def _operations(doc: Json) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    ]


def _deref(doc: Json, node: Json) -> Json:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        if not exists(doc, node["$ref"][1:]):
            return {}
        node = resolve(doc, node["$ref"][1:])
        seen += 1
    return node


def _has_binary_field(doc: Json, schema: Json) -> bool:
    """Whether a request body uploads a file: a top-level field (or array of them) of format binary."""
    schema = _deref(doc, schema)
    for prop in schema.get("properties", {}).values() if isinstance(schema, dict) else ():
        prop = _deref(doc, prop)
        items = _deref(doc, prop.get("items", {}))
        if prop.get("format") == "binary" or items.get("format") == "binary":
            return True
    return False


def rule_strip_operation_id_prefix(doc: Json, rule: dict[str, Any]) -> int:
    """Remove a common prefix from every operationId (module and function names derive from it)."""
    prefix = rule["prefix"]
    count = 0
    for _, _, op in _operations(doc):
        op_id = op.get("operationId", "")
        if op_id.startswith(prefix):
            op["operationId"] = op_id[len(prefix) :]
            count += 1
    return count


def rule_single_request_content_type(doc: Json, rule: dict[str, Any]) -> int:
    """Keep one request content type per operation: JSON, or multipart when a binary field is uploaded."""
    count = 0
    for _, _, op in _operations(doc):
        content = op.get("requestBody", {}).get("content")
        if not content or len(content) < 2:
            continue
        multipart = content.get("multipart/form-data")
        if multipart is not None and _has_binary_field(doc, multipart.get("schema", {})):
            keep = "multipart/form-data"
        elif "application/json" in content:
            keep = "application/json"
        else:
            continue
        op["requestBody"]["content"] = {keep: content[keep]}
        count += 1
    return count


def rule_no_defaults_in_patch_bodies(doc: Json, rule: dict[str, Any]) -> int:
    """Drop ``default`` from the fields of PATCH bodies, so an omitted field stays omitted (UNSET).

    A default there makes the generated model send it on every partial update, silently overwriting the
    server's value (e.g. ``use_blob_urls: false`` when only the title was changed).
    """
    count = 0
    for _, method, op in _operations(doc):
        if method != "patch":
            continue
        for media in op.get("requestBody", {}).get("content", {}).values():
            schema = media.get("schema", {})
            if "$ref" in schema:
                if not schema["$ref"].rsplit("/", 1)[-1].startswith("Patched"):
                    continue  # a shared component: only Patched* ones are PATCH-only
                schema = _deref(doc, schema)
            for prop in schema.get("properties", {}).values():
                if isinstance(prop, dict) and "default" in prop:
                    del prop["default"]
                    count += 1
    return count


RULES: dict[str, Callable[[Json, dict[str, Any]], int]] = {
    "no-defaults-in-patch-bodies": rule_no_defaults_in_patch_bodies,
    "strip-operation-id-prefix": rule_strip_operation_id_prefix,
    "single-request-content-type": rule_single_request_content_type,
}


# --------------------------------------------------------------------------- driver


def normalize(schema: Json, corrections: Json) -> tuple[Json, list[str]]:
    """Return the corrected schema and a list of human-readable notes on stale corrections."""
    doc = copy.deepcopy(schema)
    stale: list[str] = []
    for rule in corrections.get("rules", []):
        name = rule["rule"]
        if name not in RULES:
            raise CorrectionError(f"unknown rule {name!r}")
        if RULES[name](doc, rule) == 0:
            stale.append(f"rule {name}: changed nothing ({rule['reason']})")
    for index, patch in enumerate(corrections.get("patches", [])):
        op = patch["op"]
        if op not in PATCH_OPS:
            raise CorrectionError(f"patch #{index}: unknown op {op!r}")
        try:
            why = PATCH_OPS[op](doc, patch)
        except (KeyError, IndexError, ValueError) as exc:
            why = f"its target is gone ({exc!r})"
        if why is not None:
            stale.append(f"patch #{index} {op} {patch['path']}: {why} -- {patch['reason']}")
    return doc, stale


def dump(doc: Json) -> str:
    """Serialise deterministically (sorted keys, fixed indentation, trailing newline)."""
    return json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("schema", nargs="?", type=Path, default=DEFAULT_SCHEMA)
    parser.add_argument("corrections", nargs="?", type=Path, default=DEFAULT_CORRECTIONS)
    parser.add_argument("-o", "--output", type=Path, help="write the normalised schema here (default: stdout)")
    parser.add_argument("--strict", action="store_true", help="exit 3 when a correction no longer applies")
    args = parser.parse_args(argv)

    schema = json.loads(args.schema.read_text(encoding="utf-8"))
    corrections = json.loads(args.corrections.read_text(encoding="utf-8"))
    doc, stale = normalize(schema, corrections)
    for note in stale:
        print(f"stale correction: {note}", file=sys.stderr)
    text = dump(doc)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 3 if stale and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
