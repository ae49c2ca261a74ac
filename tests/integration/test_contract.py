"""Contract test: every operation of the generated layer, called against the real Label Studio.

Each test calls a group of operations through ``contract`` (tests/contract.py): the answer's status must be
documented, the generated parser must accept it and its raw JSON must validate against the corrected schema. Each
documented query parameter is checked to take effect (the answer differs as the parameter says it should). Binary
answers are streamed. Everything happens in throw-away projects (and users, tokens, storages) that are removed
afterwards; global settings that a test changes are put back.

The operations of the "Machine Learning" tag need a real ML backend: tests/integration/test_ml_backends.py covers
them with the same ``@covers`` declarations. ``test_every_operation_is_covered`` checks that every operation and
every documented query parameter is covered by some test, or listed below with the reason it is not.
"""

from __future__ import annotations

import datetime
import io
import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contract import COVERED, OPERATIONS, PARAMS_COVERED, ROOT, SUMMARY, Contract, covers

from lsclient.api_client import AuthenticatedClient, models
from lsclient.api_client.types import File

from .conftest import TEXT_CLASSIFICATION

pytestmark = pytest.mark.integration

# An operation not called here, with the reason (checked against the real server).
NOT_CALLED: dict[str, str] = {
    "tasks_agreement_retrieve": (
        "an Enterprise feature: Community answers 403 'Feature not enabled' (test_not_called_as_stated)"
    ),
    "projects_imports_retrieve": (
        "Community imports synchronously and records no ProjectImport, so there is no id to read: 404 after a real "
        "import (test_not_called_as_stated)"
    ),
    "projects_reimports_retrieve": "re-import is an Enterprise feature: no ProjectReimport exists on Community (404)",
}

# A documented query parameter whose effect is not checked, with the reason.
_FSM_OFF = (
    "Community 1.23.2 records no state history (the state machine is behind a feature flag that is off; "
    "test_fsm shows the empty history), so no filter can be seen to take effect"
)
PARAMS_NOT_CHECKED: dict[tuple[str, str], str] = {
    **{
        ("fsm_entities_history_list", name): _FSM_OFF
        for name in (
            "created_at_from",
            "created_at_to",
            "ordering",
            "previous_state",
            "state",
            "transition_name",
            "triggered_by",
        )
    },
    (
        "tasks_list",
        "resolve_uri",
    ): "resolves storage URIs of task data: covered with real storages in test_storages_real",
    ("tasks_list", "review"): "the review stream is an Enterprise feature; Community ignores it",
    ("labels_create", "page"): "a page number on a POST (drf-spectacular copies the list's paginator); it does nothing",
    (
        "dm_actions_form_retrieve",
        "project",
    ): "only the permission check reads it: an action's form is the same in every project",
}

CHOICE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}


def _unique(prefix: str) -> str:
    return f"ct-{prefix}-{uuid.uuid4().hex[:8]}"


# ------------------------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def http(label_studio: Any) -> Iterator[AuthenticatedClient]:
    """A generated-layer client with the admin's legacy token, raising on undocumented statuses."""
    with AuthenticatedClient(
        base_url=label_studio.url, token=label_studio.legacy_token, prefix="Token", raise_on_unexpected_status=True
    ) as client:
        yield client


@pytest.fixture
def contract(http: AuthenticatedClient, request: pytest.FixtureRequest) -> Iterator[Contract]:
    """Calls generated functions with checks; after the test, checks it called all its ``@covers`` declared."""
    recorder = Contract(http)
    yield recorder
    declared = getattr(request.function, "_contract", None)
    call = getattr(request.node, "rep_call", None)
    if declared is not None and call is not None and call.passed:
        recorder.check_declared(*declared)


@pytest.fixture
def raw(label_studio: Any) -> Iterator[httpx.Client]:
    """Plain httpx with the admin's token, to set things up and read state back outside the generated layer."""
    with httpx.Client(
        base_url=label_studio.url, headers={"Authorization": f"Token {label_studio.legacy_token}"}, timeout=60
    ) as client:
        yield client


def _new_project(raw: httpx.Client, title: str | None = None, **fields: Any) -> int:
    answer = raw.post(
        "/api/projects/", json={"title": title or _unique("p"), "label_config": TEXT_CLASSIFICATION, **fields}
    )
    answer.raise_for_status()
    return int(answer.json()["id"])


@pytest.fixture
def project(raw: httpx.Client) -> Iterator[int]:
    project_id = _new_project(raw)
    yield project_id
    raw.delete(f"/api/projects/{project_id}/")


def _import(raw: httpx.Client, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
    answer = raw.post(f"/api/projects/{project_id}/import", params={"return_task_ids": "true"}, json=tasks)
    answer.raise_for_status()
    return [int(i) for i in answer.json()["task_ids"]]


def body(name: str, data: dict[str, Any]) -> Any:
    """A generated request model built from its JSON form: ``body("ProjectRequest", {...})``."""
    return getattr(models, name).from_dict(data)


def _ids(items: Any) -> list[int]:
    return [item.id for item in items]


# ------------------------------------------------------------------------------------------------ coverage


def test_every_operation_is_covered() -> None:
    """Every operation of the corrected schema is called by a test or listed in NOT_CALLED with the reason; every
    documented query parameter of a covered operation is checked or listed in PARAMS_NOT_CHECKED."""
    import importlib

    for module in ("test_storages_real", "test_ml_backends"):
        importlib.import_module(f"{__package__}.{module}")
    uncovered = sorted(set(OPERATIONS) - set(COVERED) - set(NOT_CALLED))
    assert uncovered == [], f"operations no test calls: {uncovered}"
    both = sorted(set(COVERED) & set(NOT_CALLED))
    assert both == [], f"listed in NOT_CALLED but covered: {both}"
    unchecked = sorted(
        (op_id, name)
        for op_id in COVERED
        for name in OPERATIONS[op_id].query
        if (op_id, name) not in PARAMS_COVERED and (op_id, name) not in PARAMS_NOT_CHECKED
    )
    assert unchecked == [], f"query parameters whose effect no test checks: {unchecked}"
    SUMMARY.append(coverage_line())


def coverage_line() -> str:
    """The figures docs/compatibility.md quotes (printed at the end of a run, see conftest.py)."""
    params = sum(len(op.query) for op in OPERATIONS.values())
    return (
        f"contract: {len(COVERED)} of {len(OPERATIONS)} operations called against the real server "
        f"({len(NOT_CALLED)} not, with reasons); {len(PARAMS_COVERED)} of {params} query parameters checked "
        f"to take effect ({len(PARAMS_NOT_CHECKED)} not, with reasons)"
    )


# ------------------------------------------------------------------------------------------------ projects


@covers(
    "projects_create",
    "projects_retrieve",
    "projects_partial_update",
    "projects_destroy",
    params={
        "projects_list": ["title", "ids", "filter", "include", "ordering", "page", "page_size"],
        "projects_counts_list": ["title", "ids", "include", "page", "page_size"],
    },
)
def test_projects(contract: Contract, raw: httpx.Client) -> None:
    token = uuid.uuid4().hex[:8]
    created = [
        contract(
            "projects_create",
            body=body(
                "ProjectRequest",
                {"title": title, "label_config": TEXT_CLASSIFICATION, "description": description},
            ),
        ).parsed
        for title, description in [
            (f"ct-{token} Alpha", "plain"),
            (f"CT-{token} alpha beta", f"mentions needle{token}"),
            (f"ct-{token} gamma", "plain"),
        ]
    ]
    a, b, c = (p.id for p in created)
    try:
        assert contract("projects_retrieve", a).parsed.title == f"ct-{token} Alpha"
        pinned = datetime.datetime.now(datetime.UTC)
        updated = contract(
            "projects_partial_update", b, body=body("PatchedProjectRequest", {"pinned_at": pinned.isoformat()})
        ).parsed
        assert updated.pinned_at is not None

        def listed(op: str, **kw: Any) -> list[int]:
            page = contract(op, **kw).parsed
            return sorted(_ids(page.results))

        for op in ("projects_list", "projects_counts_list"):
            assert listed(op, title=f"CT-{token} ALPHA") == [a, b]  # contains, case-insensitive
            assert listed(op, ids=f"{a},{c}") == [a, c]
            assert listed(op, ids=f"{a},{b},{c}", page_size=2, page=2) in ([a], [b], [c])
            first = contract(op, ids=f"{a},{b},{c}", page_size=2, page=1).parsed
            second = contract(op, ids=f"{a},{b},{c}", page_size=2, page=2).parsed
            assert first.count == 3 and sorted(_ids(first.results) + _ids(second.results)) == [a, b, c]
            narrow = contract(op, ids=str(a), include="id,task_number").parsed.results[0]
            assert narrow.to_dict().get("task_number") == 0
            assert "total_annotations_number" not in narrow.to_dict()
            wide = contract(op, ids=str(a)).parsed.results[0]
            assert "total_annotations_number" in wide.to_dict()
        assert listed("projects_list", ids=f"{a},{b},{c}", filter_="pinned_only") == [b]
        assert listed("projects_list", ids=f"{a},{b},{c}", filter_="exclude_pinned") == [a, c]
        ordered = contract("projects_list", ids=f"{a},{b},{c}", ordering="-id").parsed
        assert _ids(ordered.results) == [c, b, a]
        ordered = contract("projects_list", ids=f"{a},{b},{c}", ordering="title").parsed
        assert _ids(ordered.results) == [b, a, c]  # "CT-" sorts before "ct-"
    finally:
        for project_id in (a, b, c):
            contract("projects_destroy", project_id)
    assert raw.get(f"/api/projects/{a}/").status_code == 404


@covers(
    "projects_validate_label_config",
    "projects_validate_create",
    "projects_annotators_retrieve",
    "projects_tasks_destroy",
    params={"projects_tasks_list": ["page", "page_size"]},
)
def test_project_tasks_and_configs(contract: Contract, raw: httpx.Client, project: int) -> None:
    config = TEXT_CLASSIFICATION.replace('value="negative"', 'value="neutral"')
    checked = contract(
        "projects_validate_label_config", project, body=body("ProjectLabelConfigRequest", {"label_config": config})
    )
    assert checked.parsed.config_essential_data_has_changed is True  # a label renamed
    same = contract(
        "projects_validate_label_config",
        project,
        body=body("ProjectLabelConfigRequest", {"label_config": TEXT_CLASSIFICATION}),
    )
    assert same.parsed.config_essential_data_has_changed is None  # the server's answer for "the stored config"
    assert raw.get(f"/api/projects/{project}/").json()["label_config"] == TEXT_CLASSIFICATION  # validated, not saved
    contract("projects_validate_create", body=body("ProjectLabelConfigRequest", {"label_config": config}))

    ids = _import(raw, project, [{"text": f"t{i}"} for i in range(5)])
    # ordered by -updated_at, so ties between tasks imported together fall in any order: compare as sets
    pages = [
        [task.id for task in contract("projects_tasks_list", project, page=n, page_size=2).parsed] for n in (1, 2, 3)
    ]
    assert [len(p) for p in pages] == [2, 2, 1] and sorted(sum(pages, [])) == sorted(ids)

    assert contract("projects_annotators_retrieve", project).parsed == []
    raw.post(f"/api/tasks/{ids[0]}/annotations/", json={"result": [CHOICE]}).raise_for_status()
    annotators = contract("projects_annotators_retrieve", project).parsed
    assert [user.email for user in annotators] == [raw.get("/api/current-user/whoami").json()["email"]]

    contract("projects_tasks_destroy", project)
    assert raw.get("/api/tasks/", params={"project": project}).json()["total"] == 0


# ------------------------------------------------------------------------------------------------ tasks


@covers(
    "tasks_create",
    "tasks_retrieve",
    "tasks_partial_update",
    "tasks_destroy",
    params={"tasks_list": ["project", "fields", "include", "page", "page_size", "query", "view"]},
)
def test_tasks(contract: Contract, raw: httpx.Client, project: int) -> None:
    first = contract("tasks_create", body=body("TasksCreateBody", {"data": {"text": "one"}, "project": project})).parsed
    ids = [first.id, *_import(raw, project, [{"text": "two"}, {"text": "three"}])]
    assert contract("tasks_retrieve", first.id).parsed.data == {"text": "one"}
    changed = contract("tasks_partial_update", first.id, body=body("TasksPartialUpdateBody", {"data": {"text": "uno"}}))
    assert changed.parsed.data == {"text": "uno"}
    raw.post(f"/api/tasks/{ids[1]}/annotations/", json={"result": [CHOICE]}).raise_for_status()

    def listed(**kw: Any) -> Any:
        return contract("tasks_list", **kw).parsed

    assert [t.id for t in listed(project=project).tasks] == ids
    other = _new_project(raw)
    try:
        _import(raw, other, [{"text": "elsewhere"}])
        assert [t.id for t in listed(project=other).tasks] != ids
    finally:
        raw.delete(f"/api/projects/{other}/")
    page = listed(project=project, page=2, page_size=2)
    assert [t.id for t in page.tasks] == ids[2:] and page.total == 3
    with_annotations = {t.id: t for t in listed(project=project, fields=models.TasksListFields.ALL).tasks}
    assert [a["result"][0]["value"] for a in with_annotations[ids[1]].to_dict()["annotations"]] == [CHOICE["value"]]
    assert "annotations" not in listed(project=project).tasks[1].to_dict()  # task_only
    narrow = listed(project=project, include="id,data").tasks[0].to_dict()
    assert set(narrow) <= {"id", "data"}, narrow
    query = {
        "filters": {
            "conjunction": "and",
            "items": [{"filter": "filter:tasks:data.text", "operator": "equal", "type": "String", "value": "three"}],
        }
    }
    assert [t.id for t in listed(project=project, query=json.dumps(query)).tasks] == [ids[2]]
    view = raw.post("/api/dm/views/", json={"project": project, "data": query}).json()["id"]
    assert [t.id for t in listed(project=project, view=view).tasks] == [ids[2]]

    contract("tasks_destroy", first.id)
    assert raw.get(f"/api/tasks/{first.id}/").status_code == 404


# ------------------------------------------------------------------------------------------------ annotations


@covers(
    "tasks_annotations_create",
    "tasks_annotations_list",
    "annotations_retrieve",
    "annotations_partial_update",
    "annotations_convert_to_draft_create",
    "annotations_destroy",
)
def test_annotations(contract: Contract, raw: httpx.Client, project: int) -> None:
    (task,) = _import(raw, project, [{"text": "x"}])
    made = contract("tasks_annotations_create", task, body=body("TasksAnnotationsCreateBody", {"result": [CHOICE]}))
    annotation = made.parsed.id
    assert [a.id for a in contract("tasks_annotations_list", task).parsed] == [annotation]
    assert contract("annotations_retrieve", annotation).parsed.to_dict()["result"] == [CHOICE]
    negative = {**CHOICE, "value": {"choices": ["negative"]}}
    contract(
        "annotations_partial_update", annotation, body=body("AnnotationsPartialUpdateBody", {"result": [negative]})
    )
    assert raw.get(f"/api/annotations/{annotation}/").json()["result"] == [negative]
    second = contract("tasks_annotations_create", task, body=body("TasksAnnotationsCreateBody", {"result": [CHOICE]}))
    contract("annotations_convert_to_draft_create", second.parsed.id)
    assert raw.get(f"/api/annotations/{second.parsed.id}/").status_code == 404
    drafts = raw.get(f"/api/tasks/{task}/").json()["drafts"]
    assert [d["result"] for d in drafts] == [[CHOICE]]
    contract("annotations_destroy", annotation)
    assert raw.get(f"/api/tasks/{task}/annotations/").json() == []


# ------------------------------------------------------------------------------------------------ predictions


@covers(
    "predictions_create",
    "predictions_retrieve",
    "predictions_update",
    "predictions_partial_update",
    "predictions_destroy",
    "projects_import_predictions_create",
    params={"predictions_list": ["project", "task", "task__project"]},
)
def test_predictions(contract: Contract, raw: httpx.Client, project: int) -> None:
    t1, t2 = _import(raw, project, [{"text": "a"}, {"text": "b"}])
    made = contract(
        "predictions_create",
        body=body("PredictionsCreateBody", {"task": t1, "result": [CHOICE], "score": 0.5, "model_version": "v1"}),
    ).parsed
    assert (made.score, made.model_version) == (0.5, "v1")
    imported = contract(
        "projects_import_predictions_create",
        project,
        body=[body("PredictionRequest", {"task": t2, "result": [CHOICE], "score": 0.9, "model_version": "v2"})],
    )
    assert imported.status_code == 201
    other = _new_project(raw)
    try:
        (t3,) = _import(raw, other, [{"text": "c"}])
        raw.post("/api/predictions/", json={"task": t3, "result": [CHOICE]}).raise_for_status()
        by_project = sorted(p.task for p in contract("predictions_list", project=project).parsed)
        assert by_project == [t1, t2]
        assert sorted(p.task for p in contract("predictions_list", task_project=project).parsed) == [t1, t2]
        assert [p.task for p in contract("predictions_list", task=t3).parsed] == [t3]
    finally:
        raw.delete(f"/api/projects/{other}/")
    assert contract("predictions_retrieve", made.id).parsed.model_version == "v1"
    replaced = contract(
        "predictions_update",
        made.id,
        body=body("PredictionsUpdateBody", {"task": t1, "result": [CHOICE], "score": 0.25, "model_version": "v3"}),
    )
    assert (replaced.parsed.score, replaced.parsed.model_version) == (0.25, "v3")
    contract("predictions_partial_update", made.id, body=body("PredictionsPartialUpdateBody", {"score": 0.75}))
    assert raw.get(f"/api/predictions/{made.id}/").json()["score"] == 0.75
    contract("predictions_destroy", made.id)
    assert raw.get(f"/api/predictions/{made.id}/").status_code == 404


# ------------------------------------------------------------------------------------------------ data manager


@covers(
    "dm_views_create",
    "dm_views_retrieve",
    "dm_views_update",
    "dm_views_partial_update",
    "dm_views_order_create",
    "dm_views_destroy",
    "dm_actions_form_retrieve",
    params={
        "dm_columns_retrieve": ["project"],
        "dm_views_list": ["project"],
        "dm_views_reset_destroy": ["project"],
        "dm_actions_retrieve": ["project"],
        "dm_actions_create": ["id", "project", "view"],
        "dm_project_retrieve": ["project"],
    },
)
def test_data_manager(contract: Contract, raw: httpx.Client, project: int) -> None:
    ids = _import(raw, project, [{"text": "keep"}, {"text": "drop"}, {"text": "drop"}])
    drop = {
        "filters": {
            "conjunction": "and",
            "items": [{"filter": "filter:tasks:data.text", "operator": "equal", "type": "String", "value": "drop"}],
        }
    }
    v1 = contract("dm_views_create", body=body("DmViewsCreateBody", {"project": project, "data": drop})).parsed
    v2 = contract("dm_views_create", body=body("DmViewsCreateBody", {"project": project, "data": {}})).parsed
    assert contract("dm_views_retrieve", v1.id).parsed.data["filters"] == drop["filters"]
    contract("dm_views_update", v2.id, body=body("DmViewsUpdateBody", {"project": project, "data": {"title": "two"}}))
    contract(
        "dm_views_partial_update", v1.id, body=body("DmViewsPartialUpdateBody", {"data": {**drop, "title": "one"}})
    )
    assert [v.id for v in contract("dm_views_list", project=project).parsed] == [v1.id, v2.id]
    contract("dm_views_order_create", body=body("ViewOrderRequest", {"project": project, "ids": [v2.id, v1.id]}))
    assert [v.id for v in contract("dm_views_list", project=project).parsed] == [v2.id, v1.id]

    columns = contract("dm_columns_retrieve", project=project).parsed.to_dict()["columns"]
    assert any(c["id"] == "text" and c.get("parent") == "data" for c in columns)
    other = _new_project(raw, label_config=TEXT_CLASSIFICATION.replace("$text", "$body"))
    try:
        _import(raw, other, [{"body": "another key"}])
        elsewhere = contract("dm_columns_retrieve", project=other).parsed.to_dict()["columns"]
        data_keys = {c["id"] for c in elsewhere if c.get("parent") == "data"}
        assert "body" in data_keys and "text" not in data_keys
    finally:
        raw.delete(f"/api/projects/{other}/")
    actions = {a.id for a in contract("dm_actions_retrieve", project=project).parsed}
    assert {"delete_tasks", "delete_tasks_annotations", "retrieve_tasks_predictions"} <= actions
    contract("dm_actions_form_retrieve", "delete_tasks", project=project)
    state = contract("dm_project_retrieve", project=project).parsed
    assert (state.id, state.task_count) == (project, 3)

    # the view's filter selects the two "drop" tasks; the action removes exactly those
    contract(
        "dm_actions_create",
        id=models.DmActionsCreateId.DELETE_TASKS,
        project=project,
        view=v1.id,
        body=body("DmActionsCreateBody", {}),
    )
    assert [t["id"] for t in raw.get("/api/tasks/", params={"project": project}).json()["tasks"]] == [ids[0]]

    contract("dm_views_destroy", v2.id)
    assert [v.id for v in contract("dm_views_list", project=project).parsed] == [v1.id]
    contract("dm_views_reset_destroy", project=project)
    assert raw.get("/api/dm/views/", params={"project": project}).json() == []


# ------------------------------------------------------------------------------------------------ export


@covers(
    "projects_export_formats_retrieve",
    "projects_exports_create",
    "projects_exports_list",
    "projects_exports_retrieve",
    "projects_exports_convert_create",
    "projects_exports_destroy",
    params={
        "projects_export_retrieve": ["export_type", "download_all_tasks", "download_resources", "ids[]"],
        "projects_exports_download_retrieve": ["exportType"],
    },
)
def test_exports(contract: Contract, raw: httpx.Client, project: int) -> None:
    ids = _import(raw, project, [{"text": "a"}, {"text": "b"}, {"text": "c"}])
    for task in ids[:2]:
        raw.post(f"/api/tasks/{task}/annotations/", json={"result": [CHOICE]}).raise_for_status()
    formats = {f.name: f for f in contract("projects_export_formats_retrieve", project).parsed}
    assert {"JSON", "JSON_MIN", "CSV", "TSV"} <= set(formats)

    def one_shot(**kw: Any) -> tuple[httpx.Response, bytes]:
        with contract.stream("projects_export_retrieve", project, **kw) as answer:
            return answer, answer.read()

    answer, content = one_shot(export_type="JSON")
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    assert sorted(t["id"] for t in json.loads(content)) == ids[:2]  # annotated tasks only, by default
    _, content = one_shot(export_type="JSON", download_all_tasks=True)
    assert sorted(t["id"] for t in json.loads(content)) == ids
    _, content = one_shot(export_type="JSON", download_all_tasks=True, ids=[ids[2]])
    assert [t["id"] for t in json.loads(content)] == [ids[2]]
    answer, content = one_shot(export_type="CSV", download_resources=False)
    assert answer.headers["content-disposition"].rstrip('"').endswith(".csv")
    assert content.decode().splitlines()[0].split(",")[0].strip('"') in {"annotation_id", "id", "text"}

    snapshot = contract(
        "projects_exports_create", project, body=body("ExportCreateRequest", {"title": "contract"})
    ).parsed
    export_id = snapshot.id
    for _ in range(60):
        status = contract("projects_exports_retrieve", project, export_id).parsed.status
        if str(status) in ("completed", "failed"):
            break
        import time

        time.sleep(0.5)
    assert str(status) == "completed"
    assert export_id in [e.id for e in contract("projects_exports_list", project).parsed]
    with contract.stream("projects_exports_download_retrieve", project, export_id, export_type="JSON") as answer:
        tasks = json.loads(answer.read())
    assert sorted(t["id"] for t in tasks) == ids  # a snapshot holds every task unless its filter says otherwise
    contract(
        "projects_exports_convert_create", project, export_id, body=body("ExportConvertRequest", {"export_type": "CSV"})
    )
    for _ in range(60):
        converted = raw.get(f"/api/projects/{project}/exports/{export_id}").json().get("converted_formats", [])
        if any(c["export_type"] == "CSV" and c["status"] == "completed" for c in converted):
            break
        import time

        time.sleep(0.5)
    with contract.stream("projects_exports_download_retrieve", project, export_id, export_type="CSV") as answer:
        rows = answer.read().decode().splitlines()
    assert len(rows) == 1 + len(ids)  # a header and a row per task
    contract("projects_exports_destroy", project, export_id)
    assert raw.get(f"/api/projects/{project}/exports/{export_id}").status_code == 404


# ------------------------------------------------------------------------------------------------ import


@covers(
    "import_file_upload_retrieve",
    "import_file_upload_partial_update",
    "import_file_upload_destroy",
    "projects_file_uploads_destroy",
    "data_upload_retrieve",
    params={
        "projects_import_create": ["commit_to_project", "preannotated_from_fields", "return_task_ids"],
        "projects_file_uploads_list": ["all", "ids"],
    },
)
def test_imports(contract: Contract, raw: httpx.Client, project: int) -> None:
    imported = contract("projects_import_create", project, body=[body("ImportApiRequest", {"data": {"text": "a"}})])
    assert imported.parsed.task_count == 1 and not hasattr(imported.parsed, "task_ids") or not imported.parsed.task_ids
    imported = contract(
        "projects_import_create",
        project,
        body=[body("ImportApiRequest", {"data": {"text": "b"}})],
        return_task_ids=True,
    ).parsed
    assert len(imported.task_ids) == 1
    staged = contract(
        "projects_import_create",
        project,
        body=[body("ImportApiRequest", {"data": {"text": "c"}})],
        commit_to_project=False,
    ).parsed
    assert staged.task_count == 1
    assert raw.get("/api/tasks/", params={"project": project}).json()["total"] == 2  # not committed
    pre = contract(
        "projects_import_create",
        project,
        body=[body("ImportApiRequest", {"data": {"text": "d", "label": "positive"}})],
        preannotated_from_fields=["label"],
        return_task_ids=True,
    ).parsed
    task = raw.get(f"/api/tasks/{pre.task_ids[0]}/").json()
    assert [p["result"][0]["value"] for p in task["predictions"]] == [{"choices": ["positive"]}]

    # file uploads come from a multipart import (the generated import sends JSON only)
    uploads = []
    for name in ("one.json", "two.json"):
        answer = raw.post(
            f"/api/projects/{project}/import",
            params={"commit_to_project": "false"},
            files={"file": (name, json.dumps([{"text": name}]).encode(), "application/json")},
        )
        answer.raise_for_status()
        uploads += answer.json()["file_upload_ids"]
    listed_all = [u.id for u in contract("projects_file_uploads_list", project, all_=True).parsed]
    assert sorted(listed_all) == sorted(uploads)
    only = contract("projects_file_uploads_list", project, all_=False, ids=json.dumps(uploads[:1])).parsed
    assert [u.id for u in only] == [uploads[0]]
    assert contract("projects_file_uploads_list", project, ids=json.dumps(uploads)).parsed != []

    upload = contract("import_file_upload_retrieve", uploads[0]).parsed
    with contract.stream("data_upload_retrieve", upload.file.split("upload/", 1)[1]) as answer:
        assert json.loads(answer.read()) == [{"text": "one.json"}]
    replacement = File(payload=io.BytesIO(b'[{"text": "patched"}]'), file_name="one.json", mime_type="application/json")
    contract("import_file_upload_partial_update", uploads[0], body=models.PatchedFileUploadRequest(file=replacement))
    with contract.stream(
        "data_upload_retrieve", raw.get(f"/api/import/file-upload/{uploads[0]}").json()["file"].split("upload/", 1)[1]
    ) as answer:
        assert json.loads(answer.read()) == [{"text": "patched"}]
    contract("import_file_upload_destroy", uploads[0])
    assert raw.get(f"/api/import/file-upload/{uploads[0]}").status_code == 404
    third = raw.post(
        f"/api/projects/{project}/import",
        params={"commit_to_project": "false"},
        files={"file": ("three.json", b'[{"text": "3"}]', "application/json")},
    ).json()["file_upload_ids"]
    contract(
        "projects_file_uploads_destroy",
        project,
        body=body("ProjectsFileUploadsDestroyBody", {"file_upload_ids": third}),
    )
    assert [u["id"] for u in raw.get(f"/api/projects/{project}/file-uploads", params={"all": "true"}).json()] == [
        uploads[1]
    ]
    contract("projects_file_uploads_destroy", project)
    assert raw.get(f"/api/projects/{project}/file-uploads", params={"all": "true"}).json() == []


# ------------------------------------------------------------------------------------------------ labels


@covers(
    "labels_create",
    "labels_retrieve",
    "labels_partial_update",
    "labels_destroy",
    "labels_bulk_create",
    "label_links_create",
    "label_links_retrieve",
    "label_links_partial_update",
    "label_links_destroy",
    params={
        "labels_list": ["page"],
        "label_links_list": [
            "project",
            "label__created_at",
            "label__created_at__gte",
            "label__created_at__lte",
            "label__created_by",
            "page",
        ],
    },
)
def test_labels(contract: Contract, raw: httpx.Client, project: int) -> None:
    token = uuid.uuid4().hex[:8]
    made = contract(
        "labels_create",
        body=[
            body(
                "LabelCreateRequest",
                {
                    "value": {"choices": [f"l-{token}"]},
                    "title": f"l-{token}",
                    "from_name": "sentiment",
                    "project": project,
                },
            )
        ],
    ).parsed
    label = made[0].id
    assert contract("labels_retrieve", label).parsed.title == f"l-{token}"
    contract("labels_partial_update", label, body=body("PatchedLabelRequest", {"description": "checked"}))
    assert raw.get(f"/api/labels/{label}/").json()["description"] == "checked"
    every = contract("labels_list").parsed
    assert label in [item.id for item in every.results] or every.next_ is not None
    assert [item.id for item in contract("labels_list", page=1).parsed.results] == [item.id for item in every.results]
    if every.next_ is not None:
        assert contract("labels_list", page=2).parsed.results != every.results

    other = _new_project(raw)
    try:
        link = contract(
            "label_links_create",
            body=body("LabelLinkRequest", {"label": label, "project": other, "from_name": "sentiment"}),
        ).parsed
        assert contract("label_links_retrieve", link.id).parsed.project == other
        contract(
            "label_links_partial_update", link.id, body=body("PatchedLabelLinkRequest", {"from_name": "sentiment"})
        )
        mine = [item.id for item in contract("label_links_list", project=other).parsed.results]
        assert mine == [link.id]
        me = raw.get("/api/current-user/whoami").json()["id"]
        created = raw.get(f"/api/labels/{label}/").json()["created_at"]
        at = datetime.datetime.fromisoformat(created.replace("Z", "+00:00"))
        second = datetime.timedelta(seconds=1)

        def links(**kw: Any) -> list[int]:
            return [item.id for item in contract("label_links_list", project=other, **kw).parsed.results]

        assert links(label_created_at=at) == [link.id]
        assert links(label_created_at=at + second) == []
        assert links(label_created_at_gte=at - second) == [link.id] and links(label_created_at_gte=at + second) == []
        assert links(label_created_at_lte=at + second) == [link.id] and links(label_created_at_lte=at - second) == []
        assert links(label_created_by=me) == [link.id]
        someone = raw.post(
            "/api/users/", json={"email": f"{_unique('u')}@example.com", "username": _unique("u")}
        ).json()
        try:
            assert links(label_created_by=someone["id"]) == []
        finally:
            raw.delete(f"/api/users/{someone['id']}/")
        assert links(page=1) == [link.id]

        (task,) = _import(raw, other, [{"text": "x"}])
        old = {"choices": ["positive"]}
        raw.post(f"/api/tasks/{task}/annotations/", json={"result": [CHOICE]}).raise_for_status()
        renamed = contract(
            "labels_bulk_create",
            body=body(
                "LabelsBulkCreateBody", {"project": other, "old_label": old["choices"], "new_label": ["negative"]}
            ),
        ).parsed
        assert renamed.annotations_updated == 1
        result = raw.get(f"/api/tasks/{task}/annotations/").json()[0]["result"]
        assert result[0]["value"] == {"choices": ["negative"]}
        contract("label_links_destroy", link.id)
        assert raw.get(f"/api/label_links/{link.id}/").status_code == 404
    finally:
        raw.delete(f"/api/projects/{other}/")
    contract("labels_destroy", label)
    assert raw.get(f"/api/labels/{label}/").status_code == 404


# ------------------------------------------------------------------------------------------------ webhooks


@covers(
    "webhooks_create",
    "webhooks_retrieve",
    "webhooks_update",
    "webhooks_partial_update",
    "webhooks_destroy",
    params={"webhooks_list": ["project"], "webhooks_info_retrieve": ["organization-only"]},
)
def test_webhooks(contract: Contract, raw: httpx.Client, project: int) -> None:
    made = contract(
        "webhooks_create",
        body=body(
            "WebhookRequest",
            {
                "url": "http://1.1.1.1:9/hook",
                "project": project,
                "send_for_all_actions": False,
                "actions": ["TASKS_CREATED"],
            },
        ),
    ).parsed
    assert contract("webhooks_retrieve", made.id).parsed.url == "http://1.1.1.1:9/hook"
    assert [w.id for w in contract("webhooks_list", project=str(project)).parsed] == [made.id]
    other = _new_project(raw)
    try:
        assert contract("webhooks_list", project=str(other)).parsed == []
    finally:
        raw.delete(f"/api/projects/{other}/")
    contract(
        "webhooks_update",
        made.id,
        body=body("WebhookSerializerForUpdateRequest", {"url": "http://1.1.1.1:9/put", "actions": ["TASKS_DELETED"]}),
    )
    # Label Studio clears the actions on a PATCH that omits them (core's Webhook.update re-sends them)
    contract(
        "webhooks_partial_update",
        made.id,
        body=body("PatchedWebhookSerializerForUpdateRequest", {"is_active": False, "actions": ["TASKS_DELETED"]}),
    )
    stored = raw.get(f"/api/webhooks/{made.id}/").json()
    assert (stored["url"], stored["actions"], stored["is_active"]) == ("http://1.1.1.1:9/put", ["TASKS_DELETED"], False)
    every = contract("webhooks_info_retrieve").parsed.to_dict()
    org_only = contract("webhooks_info_retrieve", organization_only=True).parsed.to_dict()
    assert "PROJECT_CREATED" in org_only and "TASKS_CREATED" not in org_only and "TASKS_CREATED" in every
    contract("webhooks_destroy", made.id)
    assert raw.get(f"/api/webhooks/{made.id}/").status_code == 404


# ------------------------------------------------------------------------------------------------ users


def _sign_up(label_studio: Any, invite_url: str) -> tuple[str, httpx.Cookies]:
    """Sign a new member up through the organization's invite link (the web form); return email and session."""
    email = f"{_unique('member')}@example.com"
    with httpx.Client(base_url=label_studio.url, follow_redirects=False, timeout=60) as browser:
        browser.get(invite_url).raise_for_status()
        answer = browser.post(
            invite_url,
            data={
                "email": email,
                "password": f"pw-{uuid.uuid4().hex}",
                "csrfmiddlewaretoken": browser.cookies["csrftoken"],
            },
            headers={"Referer": label_studio.url},
        )
        assert answer.status_code == 302, answer.text[:300]
        return email, browser.cookies


@pytest.fixture
def member(label_studio: Any, raw: httpx.Client) -> Iterator[tuple[int, Any]]:
    """A member who signed up through the invite link: (user id, a generated-layer client with their session)."""
    from lsclient.api_client import Client

    email, cookies = _sign_up(label_studio, raw.get("/api/invite").json()["invite_url"])
    with Client(base_url=label_studio.url, cookies=dict(cookies.items()), raise_on_unexpected_status=True) as session:
        me = raw.get("/api/users/").json()
        user_id = next(u["id"] for u in me if u["email"] == email)
        yield user_id, session
    organization = raw.get("/api/organizations/").json()[0]["id"]
    raw.delete(f"/api/organizations/{organization}/memberships/{user_id}/")
    raw.delete(f"/api/users/{user_id}/")


@covers(
    "users_list",
    "users_create",
    "users_retrieve",
    "users_partial_update",
    "users_destroy",
    "current_user_whoami_retrieve",
    "current_user_hotkeys_retrieve",
    "current_user_hotkeys_partial_update",
    "current_user_token_retrieve",
    "current_user_reset_token_create",
)
def test_users(contract: Contract, raw: httpx.Client, member: tuple[int, Any], label_studio: Any) -> None:
    me = contract("current_user_whoami_retrieve").parsed
    assert me.email == label_studio.username
    email = f"{_unique('user')}@example.com"
    made = contract(
        "users_create", body=body("UsersCreateBody", {"email": email, "username": email.split("@")[0]})
    ).parsed
    try:
        assert email in [u.email for u in contract("users_list").parsed]
        assert contract("users_retrieve", made.id).parsed.email == email
        contract("users_partial_update", made.id, body=body("UsersPartialUpdateBody", {"first_name": "Ada"}))
        assert raw.get(f"/api/users/{made.id}/").json()["first_name"] == "Ada"
    finally:
        contract("users_destroy", made.id)
    assert raw.get(f"/api/users/{made.id}/").status_code == 404

    before = contract("current_user_hotkeys_retrieve").parsed.custom_hotkeys.to_dict()
    try:
        changed = {"annotation:submit": {"key": "ctrl+shift+k", "active": True}}
        contract("current_user_hotkeys_partial_update", body=body("PatchedHotkeysRequest", {"custom_hotkeys": changed}))
        assert raw.get("/api/current-user/hotkeys/").json()["custom_hotkeys"] == changed
    finally:
        raw.patch("/api/current-user/hotkeys/", json={"custom_hotkeys": before}).raise_for_status()
    assert contract("current_user_token_retrieve").parsed.token == label_studio.legacy_token

    # resetting a legacy token is done by the member (the admin's token is the suite's)
    _, session = member
    old = contract("current_user_token_retrieve", client=session).parsed.token
    new = contract("current_user_reset_token_create", client=session).parsed.token
    assert new != old
    assert (
        httpx.get(f"{label_studio.url}/api/current-user/whoami", headers={"Authorization": f"Token {old}"}).status_code
        == 401
    )
    assert (
        httpx.get(f"{label_studio.url}/api/current-user/whoami", headers={"Authorization": f"Token {new}"}).status_code
        == 200
    )


@covers(
    "organizations_list",
    "organizations_retrieve",
    "organizations_partial_update",
    "organizations_memberships_destroy",
    "invite_retrieve",
    "invite_reset_token_create",
    params={
        "organizations_memberships_list": ["contributed_to_projects", "page", "page_size"],
        "organizations_memberships_retrieve": ["contributed_to_projects"],
    },
)
def test_organizations(contract: Contract, raw: httpx.Client, member: tuple[int, Any], project: int) -> None:
    (organization,) = contract("organizations_list").parsed
    title = contract("organizations_retrieve", organization.id).parsed.title
    try:
        contract(
            "organizations_partial_update",
            organization.id,
            body=body("PatchedOrganizationRequest", {"title": f"{title} (contract)"}),
        )
        assert raw.get(f"/api/organizations/{organization.id}").json()["title"] == f"{title} (contract)"
    finally:
        raw.patch(f"/api/organizations/{organization.id}", json={"title": title}).raise_for_status()

    user_id, _ = member
    first = contract("organizations_memberships_list", organization.id, page_size=1, page=1).parsed
    assert len(first.results) == 1 and first.count >= 2
    second = contract("organizations_memberships_list", organization.id, page_size=1, page=2).parsed
    assert first.results[0].user.id != second.results[0].user.id
    plain = contract("organizations_memberships_retrieve", organization.id, user_id).parsed.to_dict()
    rich = contract("organizations_memberships_retrieve", organization.id, user_id, contributed_to_projects=True).parsed
    assert plain["contributed_to_projects"] is None and isinstance(rich.to_dict()["contributed_to_projects"], list)
    listed = contract("organizations_memberships_list", organization.id, contributed_to_projects=True).parsed
    assert all(isinstance(m.contributed_to_projects, list) for m in listed.results)
    plain_list = contract("organizations_memberships_list", organization.id).parsed
    assert all(m.contributed_to_projects is None for m in plain_list.results)
    contract("organizations_memberships_destroy", organization.id, user_id)
    # a soft removal: the member stays listed, with the names masked as "Deleted User"
    after = raw.get(f"/api/organizations/{organization.id}/memberships", params={"page_size": 1000}).json()["results"]
    (entry,) = [m for m in after if m["user"]["id"] == user_id]
    assert (entry["user"]["first_name"], entry["user"]["last_name"]) == ("Deleted", "User")

    invite = contract("invite_retrieve").parsed
    reset = contract("invite_reset_token_create").parsed
    assert reset.token != invite.token and raw.get("/api/invite").json()["token"] == reset.token


@covers(
    "jwt_settings_retrieve",
    "jwt_settings_create",
    "token_list",
    "token_create",
    "token_refresh_create",
    "token_rotate_create",
    "token_blacklist_create",
    "session_policy_retrieve",
    "session_policy_partial_update",
    "version_retrieve",
)
def test_tokens_and_settings(contract: Contract, raw: httpx.Client, member: tuple[int, Any], label_studio: Any) -> None:
    settings = contract("jwt_settings_retrieve").parsed
    assert settings.api_tokens_enabled is True
    again = contract("jwt_settings_create", body=body("JWTSettingsRequest", settings.to_dict())).parsed
    assert again.to_dict() == settings.to_dict()

    # personal access tokens of the member (the admin's is the suite's)
    _, session = member
    assert contract("token_list", client=session).parsed == []
    pat = contract("token_create", client=session).parsed.token
    assert len(contract("token_list", client=session).parsed) == 1
    access = contract("token_refresh_create", client=session, body=body("TokenRefreshRequest", {"refresh": pat})).parsed
    assert (
        httpx.get(
            f"{label_studio.url}/api/current-user/whoami", headers={"Authorization": f"Bearer {access.access}"}
        ).status_code
        == 200
    )
    rotated = contract(
        "token_rotate_create", client=session, body=body("LSAPITokenRotateRequest", {"refresh": pat})
    ).parsed
    assert rotated.refresh != pat
    contract(
        "token_blacklist_create", client=session, body=body("LSAPITokenBlacklistRequest", {"refresh": rotated.refresh})
    )
    refused = httpx.post(f"{label_studio.url}/api/token/refresh/", json={"refresh": rotated.refresh})
    assert refused.status_code == 401

    policy = contract("session_policy_retrieve").parsed
    try:
        contract(
            "session_policy_partial_update",
            body=body("PatchedSessionTimeoutPolicyRequest", {"max_session_age": policy.max_session_age + 60}),
        )
        assert raw.get("/api/session-policy/").json()["max_session_age"] == policy.max_session_age + 60
    finally:
        raw.patch("/api/session-policy/", json={"max_session_age": policy.max_session_age}).raise_for_status()
    assert contract("version_retrieve").parsed.release == label_studio.version


# ------------------------------------------------------------------------------------------------ FSM


@covers("fsm_entities_transition_create", params={"fsm_entities_history_list": ["page", "page_size"]})
def test_fsm(contract: Contract, raw: httpx.Client, project: int) -> None:
    (task,) = _import(raw, project, [{"text": "x"}])
    moved = contract(
        "fsm_entities_transition_create",
        "task",
        task,
        body=body("FSMTransitionExecuteRequestRequest", {"transition_name": "task_in_progress"}),
    ).parsed
    assert moved.success is True
    history = contract("fsm_entities_history_list", "task", task, page=1, page_size=10).parsed
    # Community 1.23.2 keeps the state machine behind a feature flag that is off: nothing is recorded
    assert (history.count, history.results, moved.new_state) == (0, [], None)


def test_not_called_as_stated(raw: httpx.Client, project: int) -> None:
    """The reasons in NOT_CALLED, checked on the server."""
    (task,) = _import(raw, project, [{"text": "x"}])
    refused = raw.get(f"/api/tasks/{task}/agreement/")
    assert (refused.status_code, refused.json()["detail"]) == (403, "Feature not enabled")
    for path in (f"/api/projects/{project}/imports/1/", f"/api/projects/{project}/reimports/1/"):
        assert raw.get(path).status_code == 404


def test_the_vendored_schema_is_what_the_server_serves(raw: httpx.Client, label_studio: Any) -> None:
    """openapi/label-studio.schema.json is the schema a running server of the vendored release serves (fetched with
    a key: without one, Label Studio describes some filters and path types differently)."""
    source = json.loads((ROOT / "openapi" / "schema-source.json").read_text(encoding="utf-8"))
    if label_studio.version != source["server_version"]:
        pytest.skip(f"the server runs {label_studio.version}, the vendored schema is {source['server_version']}'s")
    served = raw.get("/docs/api/schema/", params={"format": "json"})
    served.raise_for_status()
    vendored = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    if label_studio.db == "sqlite":  # the vendored schema was fetched from the SQLite server
        assert served.json() == vendored
        return
    # drf-spectacular takes an integer field's bounds from the database backend: on PostgreSQL they are the columns'
    # 32-bit (or 16-bit) ones without `format: int64`, where SQLite's are 64-bit. Otherwise the schema is the same.
    assert _without_integer_bounds(served.json()) == _without_integer_bounds(vendored)
    assert {2**31 - 1, 2**15 - 1} <= _integer_bounds(served.json())
    assert not {2**31 - 1, 2**15 - 1} & _integer_bounds(vendored)


def _integer_bounds(node: Any) -> set[int]:
    """The ``minimum``/``maximum`` of every ``type: integer`` schema in ``node`` (0 and the bounds of the columns)."""
    found: set[int] = set()
    if isinstance(node, dict):
        if node.get("type") == "integer":
            found |= {node[key] for key in ("minimum", "maximum") if key in node}
        for value in node.values():
            found |= _integer_bounds(value)
    elif isinstance(node, list):
        for value in node:
            found |= _integer_bounds(value)
    return found


def _without_integer_bounds(node: Any) -> Any:
    """``node`` without the integer bounds that depend on the database (a column's width) and ``format: int64``."""
    widths = {-(2**63), 2**63 - 1, -(2**31), 2**31 - 1, -(2**15), 2**15 - 1}
    if isinstance(node, list):
        return [_without_integer_bounds(value) for value in node]
    if not isinstance(node, dict):
        return node
    kept = {key: _without_integer_bounds(value) for key, value in node.items()}
    if kept.get("type") == "integer":
        if kept.get("format") == "int64":
            del kept["format"]
        for key in ("minimum", "maximum"):
            if kept.get(key) in widths:
                del kept[key]
    return kept
