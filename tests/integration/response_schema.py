"""Check a raw answer of the server against the corrected schema (what the generated layer was built from).

``assert_documented(response, "get", "/api/ml/{id}")`` fails unless the schema documents ``response``'s status
for that operation (exactly, as ``4XX``, or as ``default``) and the body matches: the documented JSON schema,
validated with ``openapi_schema_validator.OAS30ReadValidator`` over ``scripts/normalize_schema.py``'s
``normalize(schema, corrections)``, or an empty body where the schema documents none.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

from openapi_schema_validator import OAS30ReadValidator

from lsclient.api_client.types import Response

ROOT = Path(__file__).resolve().parents[2]


@cache
def corrected_schema() -> dict[str, Any]:
    """The vendored schema with openapi/corrections.json applied (as scripts/generate.py feeds the generator)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import normalize_schema
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    schema = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    corrections = json.loads((ROOT / "openapi" / "corrections.json").read_text(encoding="utf-8"))
    doc, _ = normalize_schema.normalize(schema, corrections)
    return dict(doc)


def documented_response(method: str, path: str, status: int) -> dict[str, Any]:
    """The schema's response object for ``status`` of ``method path``; fails the test if the status is undocumented."""
    responses = corrected_schema()["paths"][path][method]["responses"]
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in responses:
            return dict(responses[key])
    raise AssertionError(f"{method.upper()} {path} answered {status}, which the schema does not document")


def assert_documented(response: Response[Any], method: str, path: str) -> Any:
    """Fail unless ``response`` is what the schema documents for ``method path``; return its JSON body (or None)."""
    spec = documented_response(method, path, int(response.status_code))
    media = (spec.get("content") or {}).get("application/json")
    if media is None:
        assert response.content == b"", (
            f"{method.upper()} {path} answered {int(response.status_code)} with a body the schema does not "
            f"describe: {response.content[:300]!r}"
        )
        return None
    body = json.loads(response.content)
    validator = OAS30ReadValidator({**media["schema"], "components": corrected_schema()["components"]})
    errors = [f"{'/'.join(map(str, e.absolute_path)) or '<body>'}: {e.message}" for e in validator.iter_errors(body)]
    assert not errors, f"{method.upper()} {path} ({int(response.status_code)}) does not match its schema: {errors}"
    return body
