"""Check a raw answer of the server against the corrected schema, addressed by method and path:
``assert_documented(response, "get", "/api/ml/{id}")`` (the checks are tests/contract.py's ``validate_body``)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from contract import OPERATIONS, validate_body

from lsclient.api_client.types import Response


def assert_documented(response: Response[Any], method: str, path: str) -> Any:
    """Fail unless ``response`` is what the schema documents for ``method path``; return its JSON body (or None)."""
    (op,) = [op for op in OPERATIONS.values() if (op.method, op.path) == (method, path)]
    validate_body(op, int(response.status_code), httpx.Headers(response.headers), response.content)
    return json.loads(response.content) if response.content else None
