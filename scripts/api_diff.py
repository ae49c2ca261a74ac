"""Compare two Label Studio OpenAPI schemas and say what in ``lsclient.core`` the change affects.

Both schemas are first normalised with the same ``openapi/corrections.json`` (what our corrections change
identically on both sides is not a difference; corrections that no longer apply are listed, not fatal).
Operations are matched by their (stripped) operationId. Request and response shapes are compared field by field:
``$ref``s are resolved (cycles cut), one level of nested objects is compared by path (``created_by.email``) and
arrays by their items (``results[].id``). A component schema used by several operations is *opaque* inside
operations: its changes are reported once, in their own section, with the operations that use it.

Core impact is found from the code: every ``.py`` under ``--core`` is parsed and its imports of generated
operation modules and models are followed to the lines that use them.

Usage: ``python scripts/api_diff.py OLD.json NEW.json [--core DIR] [--corrections FILE] [-o REPORT.md]``
Exit status: 0 nothing core uses broke; 1 something core uses was removed or changed incompatibly; 2 usage error.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import json
import keyword
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import normalize_schema  # noqa: E402

Json = Any
ROOT = normalize_schema.ROOT
GENERATED = "lsclient.api_client"
# Formats that change the generated Python type (datetime, date, File, UUID); other formats stay ``str``/``int``.
TYPED_FORMATS = frozenset({"date", "date-time", "binary", "uuid"})


class UsageError(Exception):
    """Bad input: exit status 2."""


@dataclass(frozen=True)
class Field:
    """What the comparison looks at for one parameter or body field."""

    type: str
    required: bool
    nullable: bool
    enum: frozenset[str] | None


@dataclass(frozen=True)
class Change:
    """One reported difference; ``breaking`` when code written against the old schema can fail."""

    where: str
    what: str
    breaking: bool

    def render(self) -> str:
        """``where: what`` (just ``what`` for a schema as a whole), flagged when incompatible."""
        text = f"{self.where}: {self.what}" if self.where else self.what
        return text + (" — **incompatible**" if self.breaking else "")


@dataclass(frozen=True)
class Operation:
    """One operation of a schema, with the path-level parameters merged in."""

    op_id: str
    method: str
    path: str
    node: Json
    parameters: tuple[Json, ...]


@dataclass
class Diff:
    """Everything the report says about the schemas (core impact aside)."""

    old_ops: dict[str, Operation]
    new_ops: dict[str, Operation]
    changed: dict[str, list[Change]]
    components: dict[str, list[Change]]
    users: dict[str, set[str]]
    shared: set[str]
    reach: dict[str, set[str]]  # component -> the components it refers to, transitively
    stale: list[str]

    @property
    def added(self) -> list[str]:
        return sorted(self.new_ops.keys() - self.old_ops.keys())

    @property
    def removed(self) -> list[str]:
        return sorted(self.old_ops.keys() - self.new_ops.keys())


@dataclass(frozen=True, order=True)
class Use:
    """A line of core that uses a generated operation module or model class."""

    file: str
    line: int
    kind: str  # "operation" (a module name) or "model" (a class name)
    name: str


@dataclass(frozen=True)
class Impact:
    """A use whose target changed."""

    use: Use
    subject: str
    summary: str
    breaking: bool


# --------------------------------------------------------------------------- schema reading


def _ref_name(node: Json) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _unwrap(node: Json) -> Json:
    """drf-spectacular wraps a ``$ref`` in a one-member ``allOf`` to add ``nullable``/``description``."""
    while isinstance(node, dict) and "$ref" not in node and len(node.get("allOf", ())) == 1:
        node = node["allOf"][0]
    return node if isinstance(node, dict) else {}


def deref(doc: Json, node: Json) -> tuple[Json, str | None]:
    """The schema a node stands for and the name of the first component it refers to; a ``$ref`` cycle gives {}."""
    node, name, visited = _unwrap(node), None, set()
    while "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or ref in visited or not normalize_schema.exists(doc, ref[1:]):
            return {}, name or _ref_name(node)
        visited.add(ref)
        name = name or _ref_name(node)
        node = _unwrap(normalize_schema.resolve(doc, ref[1:]))
    return node, name


def type_of(schema: Json) -> str:
    """A short, comparable type: ``integer``, ``string(date-time)``, ``array[Project]``, ``oneOf[A | B]``."""
    node = _unwrap(schema)
    if "$ref" in node:
        return str(_ref_name(node))
    for key in ("oneOf", "anyOf", "allOf"):
        if key in node:
            parts = sorted({type_of(member) for member in node[key]})
            return parts[0] if len(parts) == 1 else f"{key}[{' | '.join(parts)}]"
    kind = node.get("type")
    if isinstance(kind, list):
        kind = "|".join(sorted(str(k) for k in kind if k != "null"))
    if kind == "array":
        return f"array[{type_of(node.get('items', {}))}]"
    if kind == "string" and node.get("format") in TYPED_FORMATS:
        return f"string({node['format']})"
    return str(kind or ("object" if "properties" in node else "any"))


def _null_only(node: Json) -> bool:
    return bool(node.get("nullable") is True or node.get("type") == "null" or node.get("enum") == [None])


def is_nullable(doc: Json, schema: Json) -> bool:
    """Whether null is allowed: ``nullable``, or a ``NullEnum``/null member of a composition."""
    if not isinstance(schema, dict):
        return False
    members = [schema, *(m for key in ("allOf", "oneOf", "anyOf") for m in schema.get(key, ()))]
    return any(_null_only(m) or _null_only(deref(doc, m)[0]) for m in members if isinstance(m, dict))


def enum_values(doc: Json, schema: Json, seen: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """The enum values (JSON-encoded, null excluded) through refs, compositions and array items; None if no enum."""
    node, name = deref(doc, schema)
    if name in seen:
        return None
    seen = seen | {name} if name else seen
    if "enum" in node:
        return frozenset(json.dumps(v) for v in node["enum"] if v is not None)
    if node.get("type") == "array":
        return enum_values(doc, node.get("items", {}), seen)
    found: frozenset[str] | None = None
    for member in (m for key in ("oneOf", "anyOf", "allOf") for m in node.get(key, ())):
        values = enum_values(doc, member, seen)
        if values is not None:
            found = (found or frozenset()) | values
    return found


def field_of(doc: Json, schema: Json, required: bool, opaque: frozenset[str]) -> Field:
    """The Field of one schema; the enum values of an ``opaque`` (shared) enum are that enum's own business."""
    return Field(type_of(schema), required, is_nullable(doc, schema), enum_values(doc, schema, opaque))


def _properties(doc: Json, node: Json, seen: frozenset[str]) -> tuple[dict[str, Json], set[str]]:
    """Properties and required names of an object, merging the members of a multi-member ``allOf``."""
    props, required = dict(node.get("properties", {})), set(node.get("required", ()))
    for member in node.get("allOf", ()):
        sub, name = deref(doc, member)
        if name not in seen:
            props.update(sub.get("properties", {}))
            required.update(sub.get("required", ()))
    return props, required


def flatten(doc: Json, schema: Json, opaque: Iterable[str], name: str | None = None) -> dict[str, Field]:
    """Field path -> Field; the whole body is ``""``. Components in ``opaque`` are not looked into.

    ``name`` is the component ``schema`` is, if any, so that a reference back to it ends the walk.
    """
    out = {"": field_of(doc, schema, True, frozenset(opaque))}
    _collect(doc, schema, "", 0, frozenset(opaque), frozenset([name] if name else []), out)
    return out


def _collect(
    doc: Json, schema: Json, base: str, depth: int, opaque: frozenset[str], seen: frozenset[str], out: dict[str, Field]
) -> None:
    node, name = deref(doc, schema)
    if name is not None and (name in opaque or name in seen):
        return  # a shared schema is reported on its own; a cycle ends here
    seen = seen | {name} if name else seen
    if node.get("type") == "array":
        _collect(doc, node.get("items", {}), f"{base}[]", depth, opaque, seen, out)
        return
    props, required = _properties(doc, node, seen)
    for key in sorted(props):
        path = f"{base}.{key}" if base else key
        out[path] = field_of(doc, props[key], key in required, opaque)
        if depth < 1:
            _collect(doc, props[key], path, depth + 1, opaque, seen, out)


def operations(doc: Json) -> dict[str, Operation]:
    """Operations by operationId (``METHOD path`` when there is none)."""
    ops: dict[str, Operation] = {}
    for path in sorted(doc.get("paths", {})):
        item = doc["paths"][path]
        for method in normalize_schema.HTTP_METHODS:
            node = item.get(method)
            if not isinstance(node, dict):
                continue
            merged = {}  # an operation's parameter overrides the path's parameter of the same name and place
            for param in (deref(doc, p)[0] for p in [*item.get("parameters", ()), *node.get("parameters", ())]):
                merged[(param.get("in"), param.get("name"))] = param
            op_id = node.get("operationId") or f"{method.upper()} {path}"
            ops.setdefault(op_id, Operation(op_id, method.upper(), path, node, tuple(merged.values())))
    return ops


def _refs_from(doc: Json, roots: Iterable[Json]) -> set[str]:
    """Every component schema reachable from ``roots`` (transitively)."""
    found: set[str] = set()
    stack = list(roots)
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/") and _ref_name(node) not in found:
                found.add(str(_ref_name(node)))
                if normalize_schema.exists(doc, ref[1:]):
                    stack.append(normalize_schema.resolve(doc, ref[1:]))
            stack.extend(v for k, v in node.items() if k != "$ref")
    return found


def component_users(docs: Iterable[Json]) -> tuple[dict[str, set[str]], set[str]]:
    """Component -> operations using it (in either schema); and the components used by some request."""
    users: dict[str, set[str]] = {}
    request_side: set[str] = set()
    for doc in docs:
        for op in operations(doc).values():
            request = _refs_from(doc, [list(op.parameters), op.node.get("requestBody", {})])
            request_side |= request
            for name in request | _refs_from(doc, [op.node.get("responses", {})]):
                users.setdefault(name, set()).add(op.op_id)
    return users, request_side


# --------------------------------------------------------------------------- comparison


def _show(values: Iterable[str]) -> str:
    return ", ".join(f"`{v}`" for v in sorted(values))


def field_change(old: Field, new: Field, request: bool) -> tuple[list[str], bool]:
    """What changed in one field and whether it breaks old callers (requests: a newly required field does)."""
    notes, breaking = [], False
    if old.type != new.type:
        notes.append(f"type `{old.type}` → `{new.type}`")
        breaking = True
    if old.required != new.required:
        notes.append("now required" if new.required else "no longer required")
        breaking = breaking or (request and new.required)
    if old.nullable != new.nullable:
        notes.append("now nullable" if new.nullable else "no longer nullable")  # the generated layer tolerates null
    old_enum, new_enum = old.enum or frozenset(), new.enum or frozenset()
    if new_enum - old_enum:
        notes.append(f"enum values added: {_show(new_enum - old_enum)}")
    if old_enum - new_enum:
        notes.append(f"enum values removed: {_show(old_enum - new_enum)}")
        breaking = True
    return notes, breaking


def diff_fields(
    old: dict[str, Field], new: dict[str, Field], label: Callable[[str], str], request: bool
) -> list[Change]:
    """Compare two flattened shapes; ``request`` selects the rules for what callers send."""
    changes = []
    for key in sorted(old.keys() | new.keys()):
        if key not in new:
            changes.append(Change(label(key), f"removed (was `{old[key].type}`)", True))
        elif key not in old:
            f = new[key]
            extra = (", nullable" if f.nullable else "") + (f", enum {_show(f.enum)}" if f.enum else "")
            what = f"added (`{f.type}`, {'required' if f.required else 'optional'}{extra})"
            changes.append(Change(label(key), what, request and f.required))
        else:
            notes, breaking = field_change(old[key], new[key], request)
            if notes:
                changes.append(Change(label(key), "; ".join(notes), breaking))
    return changes


def _media(content: Json) -> Json:
    """The schema of the main media type: JSON if offered, else the first one."""
    if not content:
        return None
    key = "application/json" if "application/json" in content else sorted(content)[0]
    return content[key].get("schema", {})


def diff_parameters(dold: Json, old: Operation, dnew: Json, new: Operation, opaque: set[str]) -> list[Change]:
    """Parameters by place and name, judged as requests (a new required parameter breaks callers)."""

    def params(doc: Json, op: Operation) -> dict[str, Field]:
        fields = {}
        for p in op.parameters:
            key = f"{p.get('in')}:{p.get('name')}"
            fields[key] = field_of(doc, p.get("schema", {}), bool(p.get("required")), frozenset(opaque))
        return fields

    def label(key: str) -> str:
        where, name = key.split(":", 1)
        return f"{where} parameter `{name}`"

    return diff_fields(params(dold, old), params(dnew, new), label, request=True)


def diff_request(dold: Json, old: Operation, dnew: Json, new: Operation, opaque: set[str]) -> list[Change]:
    """The request body: presence, content types, required-ness, then its fields."""
    body_old = deref(dold, old.node.get("requestBody", {}))[0]
    body_new = deref(dnew, new.node.get("requestBody", {}))[0]
    if not body_old and not body_new:
        return []
    if not body_new:
        return [Change("request body", "removed", True)]
    if not body_old:
        required = bool(body_new.get("required"))
        return [Change("request body", f"added ({'required' if required else 'optional'})", required)]
    changes = []
    types_old, types_new = sorted(body_old.get("content", {})), sorted(body_new.get("content", {}))
    if types_old != types_new:
        changes.append(Change("request body", f"content type {_show(types_old)} → {_show(types_new)}", True))
    if bool(body_old.get("required")) != bool(body_new.get("required")):
        required = bool(body_new.get("required"))
        changes.append(Change("request body", "now required" if required else "now optional", required))
    flat_old = flatten(dold, _media(body_old.get("content")), opaque)
    flat_new = flatten(dnew, _media(body_new.get("content")), opaque)
    label = lambda p: f"request field `{p}`" if p else "request body"  # noqa: E731
    return changes + diff_fields(flat_old, flat_new, label, request=True)


def diff_responses(dold: Json, old: Operation, dnew: Json, new: Operation, opaque: set[str]) -> list[Change]:
    """Status codes (losing a 2xx breaks callers), then per common status its content types and fields."""
    resp_old, resp_new = old.node.get("responses", {}), new.node.get("responses", {})
    changes = []
    for code in sorted(resp_old.keys() | resp_new.keys()):
        if code not in resp_new:
            changes.append(Change(f"status {code}", "removed", code.startswith("2")))
            continue
        if code not in resp_old:
            changes.append(Change(f"status {code}", "added", False))
            continue
        c_old = deref(dold, resp_old[code])[0].get("content", {})
        c_new = deref(dnew, resp_new[code])[0].get("content", {})
        if sorted(c_old) != sorted(c_new):
            what = f"content type {_show(c_old) or 'none'} → {_show(c_new) or 'none'}"
            changes.append(Change(f"response {code}", what, bool(c_old.keys() - c_new.keys())))
        if c_old and c_new:
            label = lambda p, c=code: f"response {c} field `{p}`" if p else f"response {c} body"  # noqa: E731
            flat_old, flat_new = flatten(dold, _media(c_old), opaque), flatten(dnew, _media(c_new), opaque)
            changes += diff_fields(flat_old, flat_new, label, request=False)
    return changes


def summarize(changes: list[Change]) -> str:
    """The first incompatible change (else the first one), and how many more there are."""
    first = next((c for c in changes if c.breaking), changes[0])
    more = f" (+{len(changes) - 1} more)" if len(changes) > 1 else ""
    return (f"{first.where}: {first.what}" if first.where else first.what) + more


def diff_components(
    dold: Json, dnew: Json, shared: set[str], request_side: set[str], used: set[str]
) -> dict[str, list[Change]]:
    """Component name -> its changes (its own fields and one nested level; other shared schemas stay opaque)."""
    s_old, s_new = dold.get("components", {}).get("schemas", {}), dnew.get("components", {}).get("schemas", {})
    out: dict[str, list[Change]] = {}
    for name in sorted(s_old.keys() | s_new.keys()):
        if name not in s_new:
            out[name] = [Change("", "schema removed", True)]
        elif name not in s_old:
            out[name] = [Change("", "schema added", False)]
        else:
            opaque = shared - {name}
            request = name in request_side or name not in used  # unknown use: judge it as strictly as a request
            label = lambda p: f"field `{p}`" if p else ""  # noqa: E731
            changes = diff_fields(
                flatten(dold, s_old[name], opaque, name), flatten(dnew, s_new[name], opaque, name), label, request
            )
            if changes:
                out[name] = changes
    return out


def compare(old: Json, new: Json, corrections: Json) -> Diff:
    """Normalise both schemas with the same corrections, then compare operations and shared components."""
    dold, stale_old = normalize_schema.normalize(old, corrections)
    dnew, stale_new = normalize_schema.normalize(new, corrections)
    stale = [f"{'old and new' if n in stale_new else 'old only'}: {n}" for n in stale_old]
    stale += [f"new only: {n}" for n in stale_new if n not in stale_old]
    users, request_side = component_users([dold, dnew])
    shared = {name for name, ops in users.items() if len(ops) > 1}
    components = diff_components(dold, dnew, shared, request_side, set(users))
    ops_old, ops_new = operations(dold), operations(dnew)
    changed: dict[str, list[Change]] = {}
    for op_id in sorted(ops_old.keys() & ops_new.keys()):
        o, n = ops_old[op_id], ops_new[op_id]
        changes = []
        if (o.method, o.path) != (n.method, n.path):
            changes.append(Change("endpoint", f"`{o.method} {o.path}` → `{n.method} {n.path}`", False))
        changes += diff_parameters(dold, o, dnew, n, shared) + diff_request(dold, o, dnew, n, shared)
        changes += diff_responses(dold, o, dnew, n, shared)
        changes += pointers(components, shared, (name for name, ops in users.items() if op_id in ops))
        if changes:
            changed[op_id] = changes
    reach: dict[str, set[str]] = {}
    for doc in (dold, dnew):
        for name, node in doc.get("components", {}).get("schemas", {}).items():
            reach.setdefault(name, set()).update(_refs_from(doc, [node]) - {name})
    return Diff(ops_old, ops_new, changed, components, users, shared, reach, stale)


def pointers(components: dict[str, list[Change]], shared: set[str], names: Iterable[str]) -> list[Change]:
    """One line per changed shared schema among ``names``: its first change, its own section has the rest."""
    return [
        Change(f"schema `{name}` (shared)", summarize(components[name]), any(c.breaking for c in components[name]))
        for name in sorted(set(names) & shared & components.keys())
    ]


# --------------------------------------------------------------------------- generator names and the core scan


def _words(value: str) -> list[str]:
    """openapi-python-client's word split (``strings.split_words`` after ``sanitize``)."""
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in "._ -")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(r"[^._ \-]+", value)


def _fix_reserved(value: str) -> str:
    reserved = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
    return f"{value}_" if value in reserved or keyword.iskeyword(value) else value


def module_name(op_id: str) -> str:
    """The generated module (and function) name of an operation."""
    return _fix_reserved("_".join(_words(op_id)).lower())


def class_name(schema_name: str, overrides: dict[str, str]) -> str:
    """The generated model class of a component schema, after ``class_overrides``."""
    name = _fix_reserved("".join(w if w.isupper() else w.capitalize() for w in _words(schema_name)))
    return overrides.get(name, name)


def read_class_overrides(path: Path) -> dict[str, str]:
    """``class_overrides`` of the generator config: a tiny reader for its two-level ``Key: {class_name: X}`` form."""
    overrides: dict[str, str] = {}
    inside, key = False, ""
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else ():
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        indent = len(text) - len(text.lstrip())
        if indent == 0:
            inside = text.strip() == "class_overrides:"
        elif inside and text.strip().endswith(":"):
            key = text.strip()[:-1].strip("'\"")
        elif inside and text.strip().startswith("class_name:"):
            overrides[key] = text.split(":", 1)[1].strip().strip("'\"")
    return overrides


@dataclass(frozen=True)
class CoreScan:
    """What the scan of core found: uses, calls it cannot follow, and how many files it read."""

    uses: list[Use]
    dynamic: list[str]
    files: int


def scan_core(core: Path) -> CoreScan:
    """Uses of generated operation modules and models in every ``.py`` under ``core``; and dynamic look-ups.

    The sync core (``_sync/``) is generated from the async source and has the same call sites: only the source is
    reported.
    """
    uses: set[Use] = set()
    dynamic: list[tuple[str, int, str]] = []
    files = sorted(path for path in core.rglob("*.py") if "_sync" not in path.relative_to(core).parts)
    for file in files:
        shown = _display(file)
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
        except SyntaxError as exc:
            raise UsageError(f"cannot parse {shown}: {exc}") from exc
        ops, tags, models = _imports(tree, shown, uses)
        used = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in ops:
                uses.add(Use(shown, node.lineno, "operation", ops[node.id][0]))
                used.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id in tags:
                    uses.add(Use(shown, node.lineno, "operation", node.attr))
                elif node.value.id in models:
                    uses.add(Use(shown, node.lineno, "model", node.attr))
            elif isinstance(node, ast.Call) and _is_dynamic(node, models):
                dynamic.append((shown, node.lineno, ast.unparse(node)[:90]))
        uses.update(Use(shown, line, "operation", mod) for alias, (mod, line) in ops.items() if alias not in used)
    return CoreScan(sorted(uses), [f"{f}:{line}  `{code}`" for f, line, code in sorted(dynamic)], len(files))


def _imports(tree: ast.Module, shown: str, uses: set[Use]) -> tuple[dict[str, tuple[str, int]], set[str], set[str]]:
    """Aliases of operation modules (-> module, import line), of tag packages and of the models package.

    Model class imports are recorded in ``uses`` directly, at the import line.
    """
    ops: dict[str, tuple[str, int]] = {}
    tags: set[str] = set()
    models: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                bound = alias.asname or alias.name
                if node.module.startswith(f"{GENERATED}.api."):
                    ops[bound] = (alias.name, node.lineno)
                elif node.module == f"{GENERATED}.api":
                    tags.add(bound)
                elif node.module == f"{GENERATED}.models" or node.module.startswith(f"{GENERATED}.models."):
                    uses.add(Use(shown, node.lineno, "model", alias.name))
                elif node.module == GENERATED and alias.name == "models":
                    models.add(bound)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(f"{GENERATED}.api.") and alias.name.count(".") == 4 and alias.asname:
                    ops[alias.asname] = (alias.name.rsplit(".", 1)[1], node.lineno)
                elif alias.name == f"{GENERATED}.models" and alias.asname:
                    models.add(alias.asname)
    return ops, tags, models


def _is_dynamic(call: ast.Call, models: set[str]) -> bool:
    """``importlib.import_module(f"...api_client.api...")`` or ``getattr(models, <computed>)``."""
    func = ast.unparse(call.func)
    first = call.args[0] if call.args else None
    if func.endswith("import_module"):  # a literal name outside the generated package is not ours to follow
        return not (isinstance(first, ast.Constant) and not str(first.value).startswith(GENERATED))
    return func == "getattr" and isinstance(first, ast.Name) and first.id in models


def _display(file: Path) -> str:
    try:
        return os.path.relpath(file) if not os.path.relpath(file).startswith("..") else str(file)
    except ValueError:  # another drive (Windows)
        return str(file)


def core_impact(diff: Diff, uses: list[Use], overrides: dict[str, str]) -> list[Impact]:
    """The uses whose operation or model was removed or changed."""
    modules = {module_name(op_id): op_id for op_id in sorted(diff.old_ops.keys() | diff.new_ops.keys())}
    classes = {class_name(name, overrides): name for name in sorted(diff.reach)}
    op_classes = {class_name(op_id, {}): op_id for op_id in modules.values()}
    impacts = []
    for use in uses:
        if use.kind == "model" and use.name in classes:
            schema = classes[use.name]
            changes = diff.components.get(schema, []) + pointers(diff.components, diff.shared, diff.reach[schema])
            subject = f"{use.name} (schema {schema})"
        else:  # an operation module, or an inline model named after its operation (TasksCreateBody)
            op_id = modules.get(use.name) if use.kind == "operation" else _owner(use.name, op_classes)
            if op_id is None:
                continue
            removed = [Change("", "operation removed", True)] if op_id in diff.removed else []
            changes = removed or diff.changed.get(op_id, [])
            subject = use.name if use.kind == "operation" else f"{use.name} (operation {op_id})"
        if changes:
            impacts.append(Impact(use, subject, summarize(changes), any(c.breaking for c in changes)))
    return impacts


def _owner(cls: str, op_classes: dict[str, str]) -> str | None:
    """The operation whose class-cased id is the longest word-prefix of ``cls``."""
    best = max(
        (p for p in op_classes if cls.startswith(p) and cls[len(p) : len(p) + 1].isupper()), key=len, default=None
    )
    return op_classes[best] if best else None


# --------------------------------------------------------------------------- report


def _component_counts(diff: Diff) -> str:
    kinds = [changes[0].what for changes in diff.components.values()]
    added, removed = kinds.count("schema added"), kinds.count("schema removed")
    return f"{added} / {removed} / {len(kinds) - added - removed}"


def render(diff: Diff, impacts: list[Impact], scan: CoreScan, names: tuple[str, str], overrides: dict[str, str]) -> str:
    """The Markdown report."""
    shared_changed = sorted(diff.shared & diff.components.keys())
    broken = [i for i in impacts if i.breaking]
    incompatible = sum(any(c.breaking for c in changes) for changes in diff.changed.values())
    counts = {
        "operations (old → new)": f"{len(diff.old_ops)} → {len(diff.new_ops)}",
        "operations added": len(diff.added),
        "operations removed": len(diff.removed),
        "operations changed (incompatibly)": f"{len(diff.changed)} ({incompatible})",
        "component schemas added / removed / changed": _component_counts(diff),
        "shared component schemas changed": len(shared_changed),
        "core call sites affected (incompatibly)": f"{len(impacts)} ({len(broken)})",
    }
    lines = [f"# API diff: `{names[0]}` → `{names[1]}`", "", "| | count |", "|---|---:|"]
    lines += [f"| {key} | {value} |" for key, value in counts.items()] + [""]
    if not (diff.added or diff.removed or diff.changed or diff.components):
        lines += ["**No changes** in operations or component schemas.", ""]
    lines += ["## Corrections that no longer apply", ""]
    lines += [f"- {note}" for note in diff.stale] or ["None: every correction applies to both schemas."]
    for title, ids, ops in (("added", diff.added, diff.new_ops), ("removed", diff.removed, diff.old_ops)):
        lines += ["", f"## Operations {title}", ""]
        rows = [f"| {ops[i].method} | `{ops[i].path}` | `{i}` |" for i in ids]
        lines += ["| method | path | operationId |", "|---|---|---|", *rows] if rows else ["None."]
    lines += ["", "## Operations changed", ""] + ([] if diff.changed else ["None."])
    for op_id, changes in diff.changed.items():
        op = diff.new_ops[op_id]
        lines += [f"### `{op_id}` — {op.method} `{op.path}`", "", *(f"- {c.render()}" for c in changes), ""]
    lines += ["", "## Changed component schemas used by several operations", ""] + ([] if shared_changed else ["None."])
    for name in shared_changed:
        users = sorted(diff.users[name])
        cls = class_name(name, overrides)
        title = f"`{name}`" + (f" (class `{cls}`)" if cls != name else "")
        lines += [f"### {title} — used by {len(users)} operations", "", f"Used by: {_show(users)}", ""]
        lines += [*(f"- {c.render()}" for c in diff.components[name]), ""]
    lines += ["", "## Core impact", "", f"Scanned {scan.files} files: {len(scan.uses)} uses of generated code.", ""]
    sites = [f"{i.use.file}:{i.use.line}  {i.subject}  {i.summary}" for i in impacts]
    lines += ["```", *sites, "```"] if sites else ["None."]
    if scan.dynamic:
        lines += ["", "Dynamic look-ups the scan cannot follow (check them by hand or by test):", ""]
        lines += [f"- {d}" for d in scan.dynamic]
    return "\n".join(lines).rstrip() + "\n"


def _load(path: Path) -> Json:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the schema the client was generated from")
    parser.add_argument("new", type=Path, help="the schema of the server to move to")
    parser.add_argument("--core", type=Path, default=ROOT / "src" / "lsclient" / "core", help="core package to scan")
    parser.add_argument("--corrections", type=Path, default=ROOT / "openapi" / "corrections.json")
    parser.add_argument("--generator-config", type=Path, default=ROOT / "openapi" / "generator-config.yaml")
    parser.add_argument("-o", "--output", type=Path, help="write the report here (default: stdout)")
    args = parser.parse_args(argv)
    try:
        if not args.core.is_dir():
            raise UsageError(f"--core {args.core} is not a directory")
        diff = compare(_load(args.old), _load(args.new), _load(args.corrections))
        scan = scan_core(args.core)
    except (UsageError, normalize_schema.CorrectionError) as exc:
        print(f"api_diff: error: {exc}", file=sys.stderr)
        return 2
    overrides = read_class_overrides(args.generator_config)
    impacts = core_impact(diff, scan.uses, overrides)
    report = render(diff, impacts, scan, (args.old.name, args.new.name), overrides)
    if args.output:
        args.output.write_text(report, encoding="utf-8")
        print(f"report: {args.output}")
    else:
        sys.stdout.write(report)
    return 1 if any(i.breaking for i in impacts) else 0


if __name__ == "__main__":
    sys.exit(main())
