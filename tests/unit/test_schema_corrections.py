"""The schema normaliser: rules, patches, and stale-correction reporting (table-driven, small schemas)."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import normalize_schema as ns  # noqa: E402

BODY = {"$ref": "#/components/schemas/Thing"}


def _schema() -> dict:
    return {
        "openapi": "3.0.3",
        "paths": {
            "/api/things/": {
                "post": {
                    "operationId": "api_things_create",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": BODY},
                            "application/x-www-form-urlencoded": {"schema": BODY},
                            "multipart/form-data": {"schema": BODY},
                        }
                    },
                }
            },
            "/api/upload/": {
                "patch": {
                    "operationId": "api_upload",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Upload"}},
                            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "state"],
                    "properties": {"id": {"type": "integer"}, "state": {"type": "string"}, "opts": BODY},
                },
                "Upload": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}},
            }
        },
    }


CORRECTIONS = {
    "rules": [
        {"rule": "strip-operation-id-prefix", "prefix": "api_", "reason": "r"},
        {"rule": "single-request-content-type", "reason": "r"},
    ],
    "patches": [
        {"op": "unrequire", "path": "/components/schemas/Thing", "property": "state", "reason": "r"},
        {"op": "nullable", "path": "/components/schemas/Thing", "property": "opts", "reason": "r"},
        {
            "op": "add",
            "path": "/components/schemas/Thing/properties/extra",
            "value": {"type": "integer"},
            "reason": "r",
        },
        {
            "op": "replace",
            "path": "/components/schemas/Thing/properties/id",
            "expect": {"type": "integer"},
            "value": {"type": "integer", "minimum": 1},
            "reason": "r",
        },
    ],
}


def test_rules_and_patches_apply() -> None:
    doc, stale = ns.normalize(_schema(), CORRECTIONS)
    assert stale == []
    assert doc["paths"]["/api/things/"]["post"]["operationId"] == "things_create"
    assert list(doc["paths"]["/api/things/"]["post"]["requestBody"]["content"]) == ["application/json"]
    # a binary field keeps the multipart body: that is a real file upload
    assert list(doc["paths"]["/api/upload/"]["patch"]["requestBody"]["content"]) == ["multipart/form-data"]
    thing = doc["components"]["schemas"]["Thing"]
    assert thing["required"] == ["id"]
    assert thing["properties"]["opts"] == {"allOf": [BODY], "nullable": True}
    assert thing["properties"]["extra"] == {"type": "integer"}
    assert thing["properties"]["id"] == {"type": "integer", "minimum": 1}


def test_the_input_is_not_modified() -> None:
    schema = _schema()
    before = copy.deepcopy(schema)
    ns.normalize(schema, CORRECTIONS)
    assert schema == before


def test_corrections_already_in_the_schema_are_reported_stale() -> None:
    fixed, _ = ns.normalize(_schema(), CORRECTIONS)
    _, stale = ns.normalize(fixed, CORRECTIONS)
    assert len(stale) == len(CORRECTIONS["rules"]) + len(CORRECTIONS["patches"])
    assert any("no longer required" in note for note in stale)


def test_a_replace_whose_target_changed_is_reported_not_applied() -> None:
    schema = _schema()
    schema["components"]["schemas"]["Thing"]["properties"]["id"] = {"type": "string"}
    doc, stale = ns.normalize(schema, CORRECTIONS)
    assert doc["components"]["schemas"]["Thing"]["properties"]["id"] == {"type": "string"}
    assert any("changed at this place" in note for note in stale)


def test_a_vanished_target_is_reported() -> None:
    schema = _schema()
    del schema["components"]["schemas"]["Thing"]
    _, stale = ns.normalize(schema, CORRECTIONS)
    assert sum("target is gone" in note for note in stale) == 4


def test_unknown_operation_is_an_error() -> None:
    with pytest.raises(ns.CorrectionError):
        ns.normalize(_schema(), {"patches": [{"op": "bogus", "path": "/x", "reason": "r"}]})


def test_dump_is_deterministic() -> None:
    doc, _ = ns.normalize(_schema(), CORRECTIONS)
    assert ns.dump(doc) == ns.dump(json.loads(ns.dump(doc)))


def test_vendored_corrections_all_apply_to_the_vendored_schema() -> None:
    schema = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    corrections = json.loads((ROOT / "openapi" / "corrections.json").read_text(encoding="utf-8"))
    _, stale = ns.normalize(schema, corrections)
    assert stale == []
    assert all(entry.get("reason") for entry in corrections["rules"] + corrections["patches"])


def test_patch_bodies_lose_their_defaults_but_shared_components_do_not() -> None:
    inline = {"type": "object", "properties": {"flag": {"type": "boolean", "default": False}}}
    schema = {
        "paths": {
            "/a/{id}": {
                "patch": {
                    "operationId": "a_partial_update",
                    "requestBody": {"content": {"application/json": {"schema": inline}}},
                },
            },
            "/b/{id}": {
                "patch": {
                    "operationId": "b_partial_update",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}},
                },
            },
        },
        "components": {"schemas": {"B": {"type": "object", "properties": {"n": {"type": "integer", "default": 1}}}}},
    }
    doc, stale = ns.normalize(schema, {"rules": [{"rule": "no-defaults-in-patch-bodies", "reason": "r"}]})
    assert stale == []
    body = doc["paths"]["/a/{id}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
    assert body["properties"]["flag"] == {"type": "boolean"}
    assert doc["components"]["schemas"]["B"]["properties"]["n"]["default"] == 1  # shared: left alone
