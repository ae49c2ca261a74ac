"""scripts/api_diff.py on two small hand-made schemas, a tiny fake core package, and the vendored schema."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import api_diff  # noqa: E402

VENDORED = ROOT / "openapi" / "label-studio.schema.json"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def old_schema() -> dict[str, Any]:
    """Projects (a shared component with a shared enum and a nested user), a self-referencing Node, a $ref loop."""
    project_id = {"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}}
    return {
        "openapi": "3.0.3",
        "paths": {
            "/api/projects/": {
                "get": {
                    "operationId": "api_projects_list",
                    "parameters": [{"in": "query", "name": "page", "schema": {"type": "integer"}}],
                    "responses": {"200": json_body({"type": "array", "items": ref("Project")})},
                },
                "post": {
                    "operationId": "api_projects_create",
                    "requestBody": json_body(ref("ProjectRequest")),
                    "responses": {"201": json_body(ref("Project"))},
                },
            },
            "/api/projects/{id}/": {
                "get": {
                    "operationId": "api_projects_retrieve",
                    "parameters": [project_id],
                    "responses": {"200": json_body(ref("Project")), "404": {"description": "not found"}},
                },
                "delete": {
                    "operationId": "api_projects_destroy",
                    "parameters": [project_id],
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/api/stats/": {
                "get": {
                    "operationId": "api_stats_retrieve",
                    "responses": {
                        "200": json_body(
                            {
                                "type": "object",
                                "required": ["count"],
                                "properties": {
                                    "count": {"type": "integer"},
                                    "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                                },
                            }
                        )
                    },
                }
            },
            "/api/nodes/{id}/": {
                "get": {
                    "operationId": "api_nodes_retrieve",
                    "parameters": [project_id],
                    "responses": {"200": json_body(ref("Node"))},
                }
            },
            "/api/loop/": {"get": {"operationId": "api_loop_retrieve", "responses": {"200": json_body(ref("A"))}}},
        },
        "components": {
            "schemas": {
                "Project": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "integer", "readOnly": True},
                        "title": {"type": "string"},
                        "status": ref("Status"),
                        "created_by": {"allOf": [ref("User")], "readOnly": True},
                    },
                },
                "Status": {"type": "string", "enum": ["new", "done", "archived"]},
                "User": {"type": "object", "properties": {"id": {"type": "integer"}, "email": {"type": "string"}}},
                "ProjectRequest": {
                    "type": "object",
                    "required": ["title", "color"],
                    "properties": {
                        "title": {"type": "string"},
                        "color": {"type": "string"},
                        "description": {"type": "string"},
                        "kind": {"type": "string", "enum": ["a", "b"]},
                    },
                },
                "Node": {
                    "type": "object",
                    "properties": {"id": {"type": "integer"}, "children": {"type": "array", "items": ref("Node")}},
                },
                "A": ref("B"),
                "B": ref("A"),
            }
        },
    }


def new_schema() -> dict[str, Any]:
    """The old schema with one change of each kind the report must show."""
    doc = copy.deepcopy(old_schema())
    paths, schemas = doc["paths"], doc["components"]["schemas"]
    del paths["/api/projects/{id}/"]["delete"]  # operation removed
    paths["/api/labels/"] = {"get": {"operationId": "api_labels_list", "responses": {"200": {"description": "ok"}}}}
    params = paths["/api/projects/"]["get"]["parameters"]
    params[0]["required"] = True  # param became required
    params.append({"in": "query", "name": "search", "schema": {"type": "string"}})  # optional param added
    del paths["/api/projects/{id}/"]["get"]["responses"]["404"]  # an error status removed (compatible)
    stats = paths["/api/stats/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    stats["properties"]["count"] = {"type": "string"}  # response field type change
    stats["properties"]["owner"]["properties"]["name"]["nullable"] = True  # nested nullable change
    schemas["Status"]["enum"] = ["new", "done", "paused"]  # shared enum: "archived" removed, "paused" added
    schemas["Project"]["properties"]["title"]["nullable"] = True  # shared object: nullable change
    request = schemas["ProjectRequest"]
    del request["properties"]["color"]  # request field removed (the test's correction on it goes stale)
    request["required"] = ["title", "description"]  # request field became required
    request["properties"]["kind"]["enum"] = ["a", "b", "c"]  # inline enum value added
    schemas["Node"]["properties"]["label"] = {"type": "string"}  # compatible addition in a self-referencing schema
    return doc


CORRECTIONS = {
    "rules": [{"rule": "strip-operation-id-prefix", "prefix": "api_", "reason": "module names"}],
    "patches": [
        {
            "op": "unrequire",
            "path": "/components/schemas/ProjectRequest",
            "property": "color",
            "reason": "the server never needed it",
        }
    ],
}

CORE_PROJECTS = """\
from lsclient.api_client.api.projects import projects_destroy, projects_retrieve
from lsclient.api_client.api.stats import stats_retrieve as stats


def get(client, id):
    return projects_retrieve.sync_detailed(id, client=client)


def remove(client, id):
    projects_destroy.sync_detailed(id, client=client)


def count(client):
    return stats.sync(client=client)
"""

CORE_MODELS = """\
from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.api_client.models.node import Node
"""


def write(path: Path, content: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def run(tmp_path: Path, old: Any, new: Any, core_files: dict[str, str]) -> tuple[int, str]:
    """Write the inputs, run the tool's main(), return (exit status, report)."""
    core = tmp_path / "core"
    core.mkdir(exist_ok=True)
    for name, text in core_files.items():
        write(core / name, text)
    report = tmp_path / "report.md"
    argv = [str(write(tmp_path / "old.json", old)), str(write(tmp_path / "new.json", new)), "--core", str(core)]
    argv += ["--corrections", str(write(tmp_path / "corrections.json", CORRECTIONS)), "-o", str(report)]
    status = api_diff.main(argv)
    return status, report.read_text(encoding="utf-8")


def section(report: str, title: str) -> str:
    """The text of one ``## title`` section."""
    return report.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def op_changes(report: str, op_id: str) -> str:
    return section(report, "Operations changed").split(f"### `{op_id}`", 1)[1].split("### ", 1)[0]


@pytest.fixture
def report(tmp_path: Path) -> str:
    status, text = run(tmp_path, old_schema(), new_schema(), {"projects.py": CORE_PROJECTS, "models.py": CORE_MODELS})
    assert status == 1
    return text


def test_added_and_removed_operations(report: str) -> None:
    assert "| GET | `/api/labels/` | `labels_list` |" in section(report, "Operations added")
    assert "| DELETE | `/api/projects/{id}/` | `projects_destroy` |" in section(report, "Operations removed")
    assert "| operations added | 1 |" in report and "| operations removed | 1 |" in report


def test_parameters(report: str) -> None:
    changes = op_changes(report, "projects_list")
    assert "- query parameter `page`: now required — **incompatible**" in changes
    assert "- query parameter `search`: added (`string`, optional)\n" in changes


def test_request_fields(report: str) -> None:
    changes = op_changes(report, "projects_create")
    assert "- request field `color`: removed (was `string`) — **incompatible**" in changes
    assert "- request field `description`: now required — **incompatible**" in changes
    assert '- request field `kind`: enum values added: `"c"`\n' in changes


def test_response_fields_nested_and_status_codes(report: str) -> None:
    changes = op_changes(report, "stats_retrieve")
    assert "- response 200 field `count`: type `integer` → `string` — **incompatible**" in changes
    assert "- response 200 field `owner.name`: now nullable\n" in changes
    assert "- status 404: removed\n" in op_changes(report, "projects_retrieve")


def test_shared_component_reported_once(report: str) -> None:
    shared = section(report, "Changed component schemas used by several operations")
    status = shared.split("### `Status`", 1)[1].split("###", 1)[0]
    assert "used by 3 operations" in status
    assert "Used by: `projects_create`, `projects_list`, `projects_retrieve`" in status
    assert '- enum values added: `"paused"`; enum values removed: `"archived"` — **incompatible**' in status
    assert "- field `title`: now nullable" in shared.split("### `Project`", 1)[1]
    schema_part = report.split("## Core impact")[0]
    assert schema_part.count('`"archived"`') == 4  # its section, plus one pointer line in each of the 3 operations
    assert "status`: enum" not in section(report, "Operations changed")  # Project.status is not repeated
    pointer = '- schema `Status` (shared): enum values added: `"paused"`; enum values removed: `"archived"`'
    assert pointer in op_changes(report, "projects_list")


def test_ref_cycles_terminate(report: str) -> None:
    changes = op_changes(report, "nodes_retrieve")
    assert "- response 200 field `label`: added (`string`, optional)" in changes
    assert "loop_retrieve" not in section(report, "Operations changed")


def test_stale_correction_listed_not_fatal(report: str) -> None:
    stale = section(report, "Corrections that no longer apply")
    assert "- new only: patch #0 unrequire /components/schemas/ProjectRequest: 'color' is no longer required" in stale


def test_core_impact_found_from_the_code(report: str, tmp_path: Path) -> None:
    core = section(report, "Core impact")
    assert "Scanned 2 files: 5 uses of generated code." in core
    projects, models = str(tmp_path / "core" / "projects.py"), str(tmp_path / "core" / "models.py")
    assert f'{projects}:6  projects_retrieve  schema `Status` (shared): enum values added: `"paused"`' in core
    assert f"{projects}:10  projects_destroy  operation removed" in core
    assert f"{projects}:14  stats_retrieve  response 200 field `count`: type `integer` → `string`" in core
    assert f"{models}:1  ProjectModel" not in core  # named by its class, not by the local alias
    assert f"{models}:1  Project (schema Project)  schema `Status` (shared): enum values added" in core
    assert f"{models}:2  Node (schema Node)  field `label`: added (`string`, optional)\n" in core
    assert "| core call sites affected (incompatibly) | 5 (4) |" in report


def test_exit_0_when_core_uses_only_compatible_changes(tmp_path: Path) -> None:
    core = {"nodes.py": "from lsclient.api_client.api.nodes import nodes_retrieve\n\nnodes_retrieve.sync(1)\n"}
    status, text = run(tmp_path, old_schema(), new_schema(), core)
    assert status == 0
    assert "nodes.py:3  nodes_retrieve  response 200 field `label`: added" in text


def test_exit_0_when_core_uses_nothing_that_changed(tmp_path: Path) -> None:
    core = {"loop.py": "from lsclient.api_client.api.loop import loop_retrieve\n\nloop_retrieve.sync(1)\n"}
    status, text = run(tmp_path, old_schema(), new_schema(), core)
    assert status == 0
    assert section(text, "Core impact").strip().endswith("None.")


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert api_diff.main([str(tmp_path / "missing.json"), str(VENDORED)]) == 2
    assert "cannot read" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        api_diff.main([str(VENDORED)])
    assert exc.value.code == 2


def test_vendored_schema_against_itself(tmp_path: Path) -> None:
    out = tmp_path / "same.md"
    run_ = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), str(VENDORED), str(VENDORED), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run_.returncode == 0, run_.stderr
    assert run_.stdout.strip() == f"report: {out}"
    text = out.read_text(encoding="utf-8")
    assert "**No changes** in operations or component schemas." in text
    assert "None: every correction applies to both schemas." in text
    core = section(text, "Core impact")
    assert int(core.split("files: ")[1].split(" uses")[0]) > 0  # the real core was scanned ...
    assert "uses of generated code.\n\nNone.\n" in core  # ... and nothing it uses changed


def test_real_core_call_sites_of_a_removed_operation(tmp_path: Path) -> None:
    schema = json.loads(VENDORED.read_text(encoding="utf-8"))
    del schema["paths"]["/api/projects/{id}/"]["get"]
    new = write(tmp_path / "new.json", schema)
    out = tmp_path / "r.md"
    assert api_diff.main([str(VENDORED), str(new), "-o", str(out)]) == 1
    core = section(out.read_text(encoding="utf-8"), "Core impact")
    sites = [line for line in core.splitlines() if "projects_retrieve  operation removed" in line]
    assert sites and all("_async/projects.py:" in line for line in sites)


def test_other_import_forms_and_dynamic_lookups(tmp_path: Path) -> None:
    core = {
        "forms.py": """\
import importlib

import lsclient.api_client.api.stats.stats_retrieve as st
from lsclient.api_client import models
from lsclient.api_client.api import projects


def f(name):
    st.sync()
    projects.projects_list.sync()
    importlib.import_module("lsclient.api_client.api.projects." + name)
    return models.Status
"""
    }
    status, text = run(tmp_path, old_schema(), new_schema(), core)
    assert status == 1
    core_part = section(text, "Core impact")
    forms = str(tmp_path / "core" / "forms.py")
    assert f"{forms}:9  stats_retrieve  response 200 field `count`" in core_part
    assert f"{forms}:10  projects_list  query parameter `page`: now required" in core_part
    assert f'{forms}:12  Status (schema Status)  enum values added: `"paused"`' in core_part
    assert f"- {forms}:11  `importlib.import_module('lsclient.api_client.api.projects.' + name)`" in core_part


def test_generator_names_match_the_generated_package() -> None:
    """Module and class names computed the generator's way resolve every use the real core makes."""
    overrides = api_diff.read_class_overrides(ROOT / "openapi" / "generator-config.yaml")
    assert api_diff.class_name("Status7bfEnum", overrides) == "ExportStatus"
    assert api_diff.class_name("data_manager_task_serializer", overrides) == "DataManagerTask"
    schema = json.loads(VENDORED.read_text(encoding="utf-8"))
    diff = api_diff.compare(schema, schema, json.loads((ROOT / "openapi" / "corrections.json").read_text()))
    modules = {api_diff.module_name(op_id) for op_id in diff.new_ops}
    classes = {api_diff.class_name(name, overrides) for name in diff.reach}
    op_classes = {api_diff.class_name(op_id, {}): op_id for op_id in diff.new_ops}
    generated = ROOT / "src" / "lsclient" / "api_client"
    assert modules == {p.stem for p in (generated / "api").glob("*/*.py") if p.stem != "__init__"}
    scan = api_diff.scan_core(ROOT / "src" / "lsclient" / "core")
    for use in scan.uses:
        if use.kind == "operation":
            assert use.name in modules, use
        else:
            assert use.name in classes or api_diff._owner(use.name, op_classes), use
