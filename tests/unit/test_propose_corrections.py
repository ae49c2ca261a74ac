"""scripts/propose_corrections.py: violations recorded by the contract test → patches addressed where the schema
defines the property."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import propose_corrections  # noqa: E402


@pytest.mark.parametrize(
    ("row", "op", "pointer", "prop"),
    [
        # a property of a component reached through $ref
        (
            ["projects_retrieve", 200, ["created_by", "avatar"], [], "None is not of type 'string'"],
            "nullable",
            "/components/schemas/UserSimple",
            "avatar",
        ),
        # an item of a list inside a page
        (
            ["projects_list", 200, ["results", "0"], [], "'queue_done' is a required property"],
            "unrequire",
            "/components/schemas/Project",
            "queue_done",
        ),
        # the operation's inline schema
        (
            ["projects_import_create", 201, ["annotation_count"], [], "None for not nullable"],
            "nullable",
            "/paths/~1api~1projects~1{id}~1import/post/responses/201/content/application~1json/schema",
            "annotation_count",
        ),
    ],
)
def test_a_violation_becomes_a_patch_where_the_property_is_defined(row: list, op: str, pointer: str, prop: str) -> None:
    patches, other = propose_corrections.propose([row])
    assert other == []
    assert [(p["op"], p["path"], p["property"]) for p in patches] == [(op, pointer, prop)]
    assert row[0] in patches[0]["reason"]


def test_the_same_property_from_several_operations_is_one_patch_naming_them_all() -> None:
    rows = [
        [op, 200, ["created_by", "avatar"], [], "None is not of type 'string'"]
        for op in ("projects_retrieve", "projects_partial_update")
    ]
    (patch,), _ = propose_corrections.propose(rows)
    assert "projects_partial_update, projects_retrieve" in patch["reason"]


def test_other_violations_are_listed_for_a_hand_written_correction() -> None:
    patches, other = propose_corrections.propose(
        [["dm_actions_form_retrieve", 200, [], [], "[] is not of type 'object'"]]
    )
    assert patches == [] and other == ["dm_actions_form_retrieve 200 at /: [] is not of type 'object'"]
