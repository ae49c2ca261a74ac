"""The contract between the generated layer and a real Label Studio: which operation each test calls, and the checks
every call goes through (tests/integration/test_contract.py and the other ``@covers`` tests).

``Contract(client)`` calls a generated function by its operation id and checks, on every answer:

- the status is one the (corrected) schema documents — the client raises ``UnexpectedStatus`` otherwise;
- the generated parser accepts it (no exception) — and, where the schema describes a JSON body, the raw body
  validates against that schema (OpenAPI 3.0 read rules: ``openapi_schema_validator.OAS30ReadValidator``), so a
  wrong type the parser lets through (an id typed ``string`` answered as a number) fails too;
- a JSON body the schema does not describe is a failure: the generated function would return ``None`` and drop it.

``@covers(*operation_ids, params={operation_id: [query parameter, ...]})`` declares what a test calls; the
``contract`` fixture fails the test if it did not call all of it, and test_contract.py's coverage test fails if an
operation or a documented query parameter is neither covered nor listed in ``NOT_CALLED`` / ``PARAMS_NOT_CHECKED``
with the reason.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx
from openapi_schema_validator import OAS30ReadValidator

ROOT = Path(__file__).resolve().parents[1]
COLLECT = os.environ.get("LSCLIENT_CONTRACT_COLLECT", "")  # a file: log violations there instead of failing
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
API_PACKAGE = "lsclient.api_client.api"


def _normalized_schema() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import normalize_schema
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    schema = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    corrections = json.loads((ROOT / "openapi" / "corrections.json").read_text(encoding="utf-8"))
    document, _ = normalize_schema.normalize(schema, corrections)
    return document


def python_name(name: str) -> str:
    """The generated function's keyword for a query parameter (``exportType`` → ``export_type``,
    ``task__project`` → ``task_project``, ``organization-only`` → ``organization_only``)."""
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    return re.sub(r"[^a-z0-9]+", "_", name).strip("_")


@dataclass(frozen=True)
class Operation:
    """One operation of the corrected schema."""

    id: str
    method: str
    path: str
    tag: str
    query: tuple[str, ...]
    responses: dict[str, Any]

    @property
    def module(self) -> str:
        package = python_name(self.tag)
        if package == "import":
            package = "import_"
        return f"{API_PACKAGE}.{package}.{self.id}"


def _operations(document: dict[str, Any]) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            query = tuple(
                p["name"] for p in [*item.get("parameters", []), *op.get("parameters", [])] if p["in"] == "query"
            )
            found[op["operationId"]] = Operation(
                op["operationId"], method, path, op["tags"][0], query, op.get("responses", {})
            )
    return found


def _for_validation(node: Any) -> Any:
    """OpenAPI 3.0 leaves ``nullable`` beside ``allOf``/``$ref`` to interpretation: the generator reads it as "this
    or null" (what the schema means), the validator checks null against the referenced schema. Spell it out."""
    if isinstance(node, list):
        return [_for_validation(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _for_validation(value) for key, value in node.items()}
    if node.get("nullable") is True and ("allOf" in node or "$ref" in node):
        inner = {key: value for key, value in node.items() if key != "nullable"}
        return {"anyOf": [inner, {"enum": [None]}]}
    return node


SCHEMA = _normalized_schema()
OPERATIONS = _operations(SCHEMA)
VALIDATION_COMPONENTS = _for_validation(SCHEMA["components"])

# ------------------------------------------------------------------------------------------------ declarations

SUMMARY: list[str] = []  # lines for the end of the test run (tests/integration/conftest.py prints them)
COVERED: dict[str, str] = {}  # operation id -> the test that calls it
PARAMS_COVERED: dict[tuple[str, str], str] = {}  # (operation id, query parameter as in the schema) -> test

F = TypeVar("F", bound=Callable[..., Any])


def covers(*operation_ids: str, params: dict[str, list[str]] | None = None) -> Callable[[F], F]:
    """Declare the operations a test calls through ``contract`` and the query parameters it checks take effect."""
    params = params or {}
    for op_id in [*operation_ids, *params]:
        if op_id not in OPERATIONS:
            raise AssertionError(f"@covers: {op_id!r} is not an operation of the corrected schema")
    for op_id, names in params.items():
        unknown = set(names) - set(OPERATIONS[op_id].query)
        if unknown:
            raise AssertionError(f"@covers: {op_id} has no query parameter {sorted(unknown)}")

    def declare(test: F) -> F:
        name = f"{test.__module__.rsplit('.', 1)[-1]}::{test.__name__}"
        for op_id in {*operation_ids, *params}:
            COVERED.setdefault(op_id, name)
        for op_id, names in params.items():
            for param in names:
                PARAMS_COVERED.setdefault((op_id, param), name)
        test._contract = (frozenset({*operation_ids, *params}), {k: frozenset(v) for k, v in params.items()})  # type: ignore[attr-defined]
        return test

    return declare


# ------------------------------------------------------------------------------------------------ checking


class ContractError(AssertionError):
    """An answer of the real server that the corrected schema does not describe."""


def _response_schema(op: Operation, status: int, content_type: str) -> tuple[bool, dict[str, Any] | None]:
    """(documented status, schema of its JSON body or None)."""
    documented = op.responses.get(str(status)) or op.responses.get(f"{str(status)[0]}XX") or op.responses.get("default")
    if documented is None:
        return False, None
    content = documented.get("content") or {}
    for media, body in content.items():
        if "json" in media and "json" in content_type:
            return True, body.get("schema")
    return True, None


def validate_body(op: Operation, status: int, headers: httpx.Headers, content: bytes) -> None:
    """Check an answer's raw body against the operation's schema (see the module docstring)."""
    content_type = headers.get("content-type", "")
    documented, schema = _response_schema(op, status, content_type)
    if not documented:
        raise ContractError(f"{op.id}: status {status} is not documented")
    if "json" not in content_type or not content:
        return
    body = json.loads(content)
    if schema is None:
        if body not in (None, "", {}, []):
            raise ContractError(
                f"{op.id}: the server answered {status} with a JSON body the schema does not describe "
                f"(the generated function drops it): {content[:300]!r}"
            )
        return
    validator = OAS30ReadValidator({**_for_validation(schema), "components": VALIDATION_COMPONENTS})
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    if errors:
        shown = "; ".join(
            f"at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:200]}" for e in errors[:5]
        )
        if COLLECT:
            with open(COLLECT, "a", encoding="utf-8") as log:
                for e in errors:
                    log.write(
                        json.dumps(
                            [
                                op.id,
                                status,
                                list(map(str, e.absolute_path)),
                                list(map(str, e.absolute_schema_path)),
                                e.message[:200],
                            ]
                        )
                        + "\n"
                    )
            return
        raise ContractError(f"{op.id} {status}: {len(errors)} schema violation(s): {shown}")


@dataclass
class Contract:
    """Calls generated functions by operation id, checks each answer, and records what was called."""

    client: Any  # lsclient.api_client.AuthenticatedClient
    called: set[str] = field(default_factory=set)
    params: dict[str, set[str]] = field(default_factory=dict)

    def _record(self, op: Operation, kwargs: dict[str, Any]) -> None:
        self.called.add(op.id)
        by_python = {python_name(name): name for name in op.query}
        self.params.setdefault(op.id, set()).update(
            by_python[k.rstrip("_")] for k in kwargs if k.rstrip("_") in by_python
        )

    def __call__(self, op_id: str, *args: Any, client: Any = None, **kwargs: Any) -> Any:
        """Call ``op_id``'s ``sync_detailed`` and return its ``Response`` (``.parsed``, ``.status_code``)."""
        op = OPERATIONS[op_id]
        module = importlib.import_module(op.module)
        response = module.sync_detailed(*args, client=client or self.client, **kwargs)
        self._record(op, kwargs)
        validate_body(op, int(response.status_code), httpx.Headers(response.headers), response.content)
        return response

    @contextlib.contextmanager
    def stream(self, op_id: str, *args: Any, **kwargs: Any) -> Iterator[httpx.Response]:
        """Call ``op_id``'s generated ``stream`` (binary answers): the response, its body not yet read."""
        op = OPERATIONS[op_id]
        module = importlib.import_module(op.module)
        if not hasattr(module, "stream"):
            raise ContractError(f"{op_id}: the generated module has no stream() (its answer is not binary)")
        with module.stream(*args, client=self.client, **kwargs) as response:
            self._record(op, kwargs)
            documented, _ = _response_schema(op, response.status_code, response.headers.get("content-type", ""))
            if not documented:
                raise ContractError(f"{op_id}: status {response.status_code} is not documented")
            yield response

    def check_declared(self, declared: frozenset[str], params: dict[str, frozenset[str]]) -> None:
        missing = sorted(declared - self.called)
        assert not missing, f"declared by @covers but never called: {missing}"
        for op_id, names in params.items():
            unsent = sorted(names - self.params.get(op_id, set()))
            assert not unsent, f"{op_id}: declared query parameters never sent: {unsent}"
