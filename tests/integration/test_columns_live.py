"""Every column Label Studio lists for a project is a column of ``F``, and every operator ``F`` offers on it selects
exactly the right tasks on a real server, through ``project.tasks.list(filter=...)`` in both flavours.

One project holds a task of each kind the columns tell apart: annotated (twice, with lead times), skipped, with a
draft, with predictions of three model versions, imported from an uploaded file, synced from a local-files
storage, and plain. Each case names the tasks it must select by their ``data.k``.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from flavours import connect

from lsclient import Client, Project
from lsclient.core.filters import OPERATORS, Column, F, Filter

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)


def choice(value: str) -> list[dict[str, Any]]:
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}]


# t1..t4 come in the request body, t5 and t8 from two uploaded files, t6 and t7 from a local-files storage.
BODY_TASKS = [
    {"data": {"k": "t1", "text": "alpha"}, "meta": {"batch": "b1"}},
    {"data": {"k": "t2", "text": "beta"}, "meta": {"batch": "b2"}},
    {"data": {"k": "t3", "text": "gamma"}},
    {"data": {"k": "t4", "text": "delta"}},
]
UPLOADS = {"t5": ("batch.json", {"k": "t5", "text": "epsilon"}), "t8": ("other.json", {"k": "t8", "text": "theta"})}
STORED = {"s1.json": {"k": "t6", "text": "zeta"}, "s2.json": {"k": "t7", "text": "eta"}}
ALL = {f"t{i}" for i in range(1, 9)}


@dataclass
class Lab:
    project: int
    user: int
    tasks: dict[str, dict[str, Any]]  # data.k -> the task as the data manager lists it (fields=all)
    annotation_ids: dict[str, list[int]]  # data.k -> its annotations' ids
    storage_keys: dict[str, str]  # data.k -> its storage_filename
    uploads: dict[str, str]  # data.k -> its file_upload as the task shows it

    def id(self, name: str) -> int:
        return int(self.tasks[name]["id"])

    def value(self, name: str, field: str) -> Any:
        return self.tasks[name][field]


@pytest.fixture(scope="module")
def lab(label_studio: Any) -> Iterator[Lab]:
    root = Path(label_studio.local_files_root) / f"it-columns-{uuid.uuid4().hex[:8]}"
    root.mkdir(parents=True)
    for name, data in STORED.items():
        (root / name).write_text(json.dumps(data))
    with httpx.Client(
        base_url=label_studio.url, headers={"Authorization": f"Token {label_studio.legacy_token}"}, timeout=60
    ) as http:
        pid = http.post("/api/projects/", json={"title": f"columns-{uuid.uuid4().hex[:8]}", "label_config": CONFIG})
        pid.raise_for_status()
        project = pid.json()["id"]
        try:
            yield _populate(http, project, root)
        finally:
            http.delete(f"/api/projects/{project}/")
            shutil.rmtree(root, ignore_errors=True)


def _populate(http: httpx.Client, project: int, root: Path) -> Lab:
    def ok(answer: httpx.Response) -> Any:
        answer.raise_for_status()
        return answer.json()

    def listed() -> dict[str, dict[str, Any]]:
        page = ok(http.get("/api/tasks/", params={"project": project, "page_size": 100, "fields": "all"}))
        return {t["data"]["k"]: t for t in page["tasks"]}

    def upload(name: str) -> None:
        file_name, data = UPLOADS[name]
        ok(http.post(f"/api/projects/{project}/import", files={"file": (file_name, json.dumps([data]), "text/json")}))

    ok(http.post(f"/api/projects/{project}/import", json=BODY_TASKS))
    upload("t5")
    storage = ok(
        http.post(
            "/api/storages/localfiles/",
            json={"project": project, "path": str(root), "regex_filter": r".*\.json", "use_blob_urls": False},
        )
    )
    ok(http.post(f"/api/storages/localfiles/{storage['id']}/sync"))
    upload("t8")
    ids = {name: task["id"] for name, task in listed().items()}
    assert set(ids) == ALL
    user = ok(http.get("/api/current-user/whoami"))["id"]

    annotations: dict[str, list[int]] = {name: [] for name in ALL}
    for name, value, lead_time, cancelled in (
        ("t1", "positive", 10, False),
        ("t2", "negative", 4, False),
        ("t2", "positive", 8, False),
        ("t4", "negative", 2, True),
    ):
        body = {"result": [] if cancelled else choice(value), "lead_time": lead_time, "was_cancelled": cancelled}
        annotations[name].append(ok(http.post(f"/api/tasks/{ids[name]}/annotations/", json=body))["id"])
    for name, version, score in (("t1", "m1", 0.9), ("t2", "m10", 0.4), ("t2", "v2", 0.2), ("t3", "m1", 0.3)):
        prediction = {"task": ids[name], "result": choice("negative"), "score": score, "model_version": version}
        ok(http.post("/api/predictions/", json=prediction))
    ok(http.post(f"/api/tasks/{ids['t3']}/drafts", json={"result": choice("positive")}))
    # predictions_score averages only the predictions of the project's model version
    ok(http.patch(f"/api/projects/{project}/", json={"model_version": "m1"}))

    tasks = listed()
    storage_keys = {name: str(root / file) for file, data in STORED.items() for name in [data["k"]]}
    uploads = {name: t["file_upload"] for name, t in tasks.items() if t["file_upload"]}
    assert set(uploads) == set(UPLOADS) and all(uploads[k].endswith(f"-{UPLOADS[k][0]}") for k in UPLOADS)
    assert {name for name, t in tasks.items() if t["storage_filename"]} == {"t6", "t7"}
    return Lab(project, user, tasks, annotations, storage_keys, uploads)


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture(scope="module")
def project(client: Client, lab: Lab) -> Project:
    return client.projects.retrieve(lab.project)


def names(project: Project, f: Filter) -> list[str]:
    return [task.data["k"] for task in project.tasks.list(filter=f)]


# -- the guard: F knows every column the server lists ---------------------------------------------------------

# F's kinds for each "type" a column has in GET /api/dm/columns/ ("Time" is seconds, a Number).
KINDS_OF_SERVER_TYPE = {
    "Number": {"Number"},
    "Time": {"Number"},
    "Datetime": {"Datetime"},
    "Boolean": {"Boolean"},
    "String": {"String", "Json", "Ids"},
    "List": {"List", "Versions"},
}


def server_columns(label_studio: Any, lab: Lab) -> list[dict[str, Any]]:
    answer = httpx.get(
        f"{label_studio.url}/api/dm/columns/",
        params={"project": lab.project},
        headers={"Authorization": f"Token {label_studio.legacy_token}"},
    )
    answer.raise_for_status()
    return list(answer.json()["columns"])


def f_column(column: dict[str, Any]) -> Column[Any]:
    """The F column for one column the server lists; fails the test for a column F does not know."""
    if column.get("parent") == "data":
        return F.data(column["id"])
    if column["id"] == "data":
        return Column("data", "Json")  # the whole data as text: F.data.contains(...)
    found = getattr(F, column["id"], None)
    assert isinstance(found, Column), f"the server lists the column {column['id']!r} ({column['type']}); F lacks it"
    return found


def test_f_knows_every_column_the_server_lists(label_studio: Any, lab: Lab) -> None:
    listed = server_columns(label_studio, lab)
    assert {c["id"] for c in listed} >= {"storage_filename", "file_upload", "draft_exists", "updated_by"}
    for column in listed:
        if column.get("parent") == "data":
            assert F.data(column["id"]).kind == "String"  # F.data(key, type=...) for numbers and bools
            continue
        found = f_column(column)
        if column["id"] == "data":  # listed as the List of its keys; filtered on, it is the data's JSON text
            assert (column["type"], found.kind) == ("List", "Json")
            continue
        assert found.kind in KINDS_OF_SERVER_TYPE[column["type"]], (column["id"], column["type"], found.kind)


def test_every_column_of_f_is_listed_by_the_server_or_a_task_field(label_studio: Any, lab: Lab) -> None:
    listed = {c["id"] for c in server_columns(label_studio, lab) if c.get("parent") != "data"}
    of_f = {name for name, value in vars(F).items() if isinstance(value, Column)} | {"data"}
    assert of_f - listed == {"is_labeled", "meta"}  # task fields the server filters on without listing them


# -- every operator of every column selects exactly the right tasks -------------------------------------------

Case = Callable[[Lab], tuple[Filter, set[str]]]
ANNOTATED = {"t1", "t2"}  # is_labeled; t4's only annotation is skipped
ANNOTATORS = {"t1", "t2", "t4"}  # annotated or skipped by the user
PREDICTED = {"t1", "t2", "t3"}  # t1 and t3 by model version m1, t2 by m10 and v2
TOUCHED = ANNOTATORS | PREDICTED  # the user who annotated, or posted a prediction, is the task's updated_by
UPLOADED = {"t5", "t8"}
FROM_STORAGE = {"t6", "t7"}


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


def where(lab: Lab, field: str, keep: Callable[[datetime], bool]) -> set[str]:
    """The tasks whose listed ``field`` (a date, null for some) satisfies ``keep``."""
    return {name for name, task in lab.tasks.items() if task[field] is not None and keep(when(task[field]))}


def datetime_cases(column: Column[Any], field: str, low: str, high: str) -> dict[str, Case]:
    """Every Datetime operator on ``column``, pivoting on the listed ``field`` of tasks ``low`` < ``high``."""

    def at(lab: Lab, name: str) -> datetime:
        return when(lab.value(name, field))

    return {
        f"{field} ==": lambda lab: (column == at(lab, low), where(lab, field, lambda d: d == at(lab, low))),
        f"{field} !=": lambda lab: (column != at(lab, low), where(lab, field, lambda d: d != at(lab, low))),
        f"{field} <": lambda lab: (column < at(lab, high), where(lab, field, lambda d: d < at(lab, high))),
        f"{field} <=": lambda lab: (column <= at(lab, low), where(lab, field, lambda d: d <= at(lab, low))),
        f"{field} >": lambda lab: (column > at(lab, low), where(lab, field, lambda d: d > at(lab, low))),
        f"{field} >=": lambda lab: (column >= at(lab, high), where(lab, field, lambda d: d >= at(lab, high))),
        f"{field} between": lambda lab: (
            column.between(at(lab, low), at(lab, high)),
            where(lab, field, lambda d: at(lab, low) <= d <= at(lab, high)),
        ),
        f"{field} not_between": lambda lab: (
            column.not_between(at(lab, low), at(lab, high)),
            where(lab, field, lambda d: not at(lab, low) <= d <= at(lab, high)),
        ),
        f"{field} is_empty": lambda lab: (column.is_empty(), {n for n, t in lab.tasks.items() if t[field] is None}),
        f"{field} is_not_empty": lambda lab: (column.is_not_empty(), where(lab, field, lambda d: True)),
    }


def number_cases(column: Column[Any], values: dict[str, float]) -> dict[str, Case]:
    """Every Number operator on ``column``, whose value per task is ``values`` (absent: null)."""
    name = column.name

    def having(keep: Callable[[float], bool]) -> set[str]:
        return {task for task, value in values.items() if keep(value)}

    low, high = sorted(set(values.values()))[:2]
    return {
        f"{name} ==": lambda lab: (column == high, having(lambda v: v == high)),
        f"{name} !=": lambda lab: (column != high, having(lambda v: v != high)),
        f"{name} <": lambda lab: (column < high, having(lambda v: v < high)),
        f"{name} <=": lambda lab: (column <= low, having(lambda v: v <= low)),
        f"{name} >": lambda lab: (column > low, having(lambda v: v > low)),
        f"{name} >=": lambda lab: (column >= high, having(lambda v: v >= high)),
        f"{name} between": lambda lab: (column.between(low, high), having(lambda v: low <= v <= high)),
        f"{name} not_between": lambda lab: (column.not_between(low, low), having(lambda v: v != low)),
        f"{name} one_of": lambda lab: (column.one_of([high, 1000]), having(lambda v: v == high)),
        f"{name} not_one_of": lambda lab: (column.not_one_of([low]), having(lambda v: v != low)),
        f"{name} is_empty": lambda lab: (column.is_empty(), ALL - having(lambda v: v != 0)),
        f"{name} is_not_empty": lambda lab: (column.is_not_empty(), having(lambda v: v != 0)),
    }


def ids_cases(column: Column[Any], field: str) -> dict[str, Case]:
    """Every Number operator on ``column`` (id, inner_id), by the listed ``field`` of each task."""
    order = [f"t{i}" for i in range(1, 9)]

    def v(lab: Lab, name: str) -> int:
        return int(lab.value(name, field))

    return {
        f"{field} ==": lambda lab: (column == v(lab, "t3"), {"t3"}),
        f"{field} !=": lambda lab: (column != v(lab, "t3"), ALL - {"t3"}),
        f"{field} <": lambda lab: (column < v(lab, "t3"), {"t1", "t2"}),
        f"{field} <=": lambda lab: (column <= v(lab, "t2"), {"t1", "t2"}),
        f"{field} >": lambda lab: (column > v(lab, "t6"), {"t7", "t8"}),
        f"{field} >=": lambda lab: (column >= v(lab, "t7"), {"t7", "t8"}),
        f"{field} between": lambda lab: (column.between(v(lab, "t2"), v(lab, "t4")), {"t2", "t3", "t4"}),
        f"{field} not_between": lambda lab: (column.not_between(v(lab, "t2"), v(lab, "t7")), {"t1", "t8"}),
        f"{field} one_of": lambda lab: (column.one_of([v(lab, "t1"), v(lab, "t5")]), {"t1", "t5"}),
        f"{field} not_one_of": lambda lab: (column.not_one_of([v(lab, n) for n in order[:7]]), {"t8"}),
        f"{field} is_empty": lambda lab: (column.is_empty(), set()),
        f"{field} is_not_empty": lambda lab: (column.is_not_empty(), ALL),
    }


def storage_key(lab: Lab, name: str) -> str:
    return lab.storage_keys[name]


CASES: dict[str, Case] = {
    **ids_cases(F.id, "id"),
    **ids_cases(F.inner_id, "inner_id"),
    **number_cases(F.total_annotations, {"t1": 1, "t2": 2} | dict.fromkeys(ALL - ANNOTATED, 0)),
    **number_cases(F.cancelled_annotations, {"t4": 1} | dict.fromkeys(ALL - {"t4"}, 0)),
    **number_cases(F.total_predictions, {"t1": 1, "t2": 2, "t3": 1} | dict.fromkeys(ALL - PREDICTED, 0)),
    # the average of the predictions of the project's model version m1; t2 has none of those: no score
    **number_cases(F.predictions_score, {"t1": 0.9, "t3": 0.3}),
    # skipped annotations count: t4's lead time too
    **number_cases(F.avg_lead_time, {"t1": 10, "t2": 6, "t4": 2}),
    **datetime_cases(F.created_at, "created_at", "t5", "t8"),
    **datetime_cases(F.updated_at, "updated_at", "t5", "t1"),
    **datetime_cases(F.completed_at, "completed_at", "t1", "t2"),
    "is_labeled ==": lambda lab: (F.is_labeled == True, ANNOTATED),  # noqa: E712
    "is_labeled !=": lambda lab: (F.is_labeled != True, ALL - ANNOTATED),  # noqa: E712
    "draft_exists ==": lambda lab: (F.draft_exists == True, {"t3"}),  # noqa: E712
    "draft_exists !=": lambda lab: (F.draft_exists != True, ALL - {"t3"}),  # noqa: E712
    "draft_exists == False": lambda lab: (F.draft_exists == False, ALL - {"t3"}),  # noqa: E712
    "annotators contains": lambda lab: (F.annotators.contains(lab.user), ANNOTATORS),
    "annotators contains nobody": lambda lab: (F.annotators.contains(lab.user + 1000), set()),
    "annotators not_contains": lambda lab: (F.annotators.not_contains(lab.user), ALL - ANNOTATORS),
    "annotators is_empty": lambda lab: (F.annotators.is_empty(), ALL - ANNOTATORS),
    "annotators is_not_empty": lambda lab: (F.annotators.is_not_empty(), ANNOTATORS),
    "updated_by contains": lambda lab: (F.updated_by.contains(lab.user), TOUCHED),
    "updated_by contains nobody": lambda lab: (F.updated_by.contains(lab.user + 1000), set()),
    "updated_by not_contains": lambda lab: (F.updated_by.not_contains(lab.user), ALL - TOUCHED),
    "updated_by is_empty": lambda lab: (F.updated_by.is_empty(), ALL - TOUCHED),
    "updated_by is_not_empty": lambda lab: (F.updated_by.is_not_empty(), TOUCHED),
    "annotations_ids contains": lambda lab: (F.annotations_ids.contains(lab.annotation_ids["t2"][1]), {"t2"}),
    "annotations_ids not_contains": lambda lab: (
        F.annotations_ids.not_contains(lab.annotation_ids["t2"][0]),
        ALL - {"t2"},
    ),
    "annotations_ids one_of": lambda lab: (
        F.annotations_ids.one_of([lab.annotation_ids["t1"][0], *lab.annotation_ids["t2"]]),
        ANNOTATED,
    ),
    "annotations_ids not_one_of": lambda lab: (F.annotations_ids.not_one_of(lab.annotation_ids["t4"]), ALL - {"t4"}),
    "annotations_ids is_empty": lambda lab: (F.annotations_ids.is_empty(), ALL - ANNOTATORS),
    "annotations_ids is_not_empty": lambda lab: (F.annotations_ids.is_not_empty(), ANNOTATORS),
    # a substring of a version: "m1" is also in t2's "m10"
    "predictions_model_versions contains": lambda lab: (F.predictions_model_versions.contains("m1"), PREDICTED),
    "predictions_model_versions contains a list": lambda lab: (
        F.predictions_model_versions.contains(["v2", "nope"]),
        {"t2"},
    ),
    "predictions_model_versions not_contains": lambda lab: (
        F.predictions_model_versions.not_contains("v2"),
        ALL - {"t2"},
    ),
    "predictions_model_versions is_empty": lambda lab: (F.predictions_model_versions.is_empty(), ALL - PREDICTED),
    "predictions_model_versions is_not_empty": lambda lab: (F.predictions_model_versions.is_not_empty(), PREDICTED),
    # file_upload: the name as the task shows it; tasks without an upload never match a comparison
    "file_upload ==": lambda lab: (F.file_upload == lab.uploads["t5"], {"t5"}),
    "file_upload == the bare name": lambda lab: (F.file_upload == "batch.json", set()),
    "file_upload !=": lambda lab: (F.file_upload != lab.uploads["t5"], {"t8"}),
    "file_upload one_of": lambda lab: (F.file_upload.one_of([lab.uploads["t8"], "nope.json"]), {"t8"}),
    "file_upload not_one_of": lambda lab: (F.file_upload.not_one_of([lab.uploads["t8"]]), {"t5"}),
    "file_upload contains": lambda lab: (F.file_upload.contains("BATCH"), {"t5"}),
    "file_upload not_contains": lambda lab: (F.file_upload.not_contains("batch"), {"t8"}),
    "file_upload regex": lambda lab: (F.file_upload.regex(r"^[0-9a-f]{8}-batch\.json$"), {"t5"}),
    "file_upload regex unanchored": lambda lab: (F.file_upload.regex(r"r\.js"), {"t8"}),
    "file_upload is_empty": lambda lab: (F.file_upload.is_empty(), ALL - UPLOADED),
    "file_upload is_not_empty": lambda lab: (F.file_upload.is_not_empty(), UPLOADED),
    # storage_filename: the key in the storage (for local files, the absolute path)
    "storage_filename ==": lambda lab: (F.storage_filename == storage_key(lab, "t6"), {"t6"}),
    "storage_filename !=": lambda lab: (F.storage_filename != storage_key(lab, "t6"), ALL - {"t6"}),
    "storage_filename one_of": lambda lab: (
        F.storage_filename.one_of([storage_key(lab, "t6"), storage_key(lab, "t7")]),
        FROM_STORAGE,
    ),
    "storage_filename not_one_of": lambda lab: (
        F.storage_filename.not_one_of([storage_key(lab, "t7")]),
        ALL - {"t7"},
    ),
    "storage_filename contains": lambda lab: (F.storage_filename.contains("S2.JSON"), {"t7"}),
    "storage_filename not_contains": lambda lab: (F.storage_filename.not_contains("s1.json"), ALL - {"t6"}),
    "storage_filename regex": lambda lab: (F.storage_filename.regex(r"^/.*/s\d\.json$"), FROM_STORAGE),
    "storage_filename regex \\A \\Z": lambda lab: (F.storage_filename.regex(r"\A/.*1\.json\Z"), {"t6"}),
    "storage_filename is_empty": lambda lab: (F.storage_filename.is_empty(), ALL - FROM_STORAGE),
    "storage_filename is_not_empty": lambda lab: (F.storage_filename.is_not_empty(), FROM_STORAGE),
    "meta contains": lambda lab: (F.meta.contains("B1"), {"t1"}),
    "meta not_contains": lambda lab: (F.meta.not_contains("b1"), ALL - {"t1"}),
    "annotations_results contains": lambda lab: (F.annotations_results.contains("positive"), ANNOTATED),
    "annotations_results not_contains": lambda lab: (F.annotations_results.not_contains("negative"), ALL - {"t2"}),
    "predictions_results contains": lambda lab: (F.predictions_results.contains("negative"), PREDICTED),
    "predictions_results not_contains": lambda lab: (F.predictions_results.not_contains("negative"), ALL - PREDICTED),
    "data contains": lambda lab: (F.data.contains("EPSILON"), {"t5"}),
    "data not_contains": lambda lab: (F.data.not_contains("a"), {"t5"}),  # every other text has an "a"
}
# Each column the server computes only for top-level items, inside an OR pair: F makes it the parent.
TOP_LEVEL_ONLY: dict[str, Case] = {
    "completed_at": lambda lab: (F.completed_at.is_not_empty(), ANNOTATED),
    "predictions_score": lambda lab: (F.predictions_score < 0.5, {"t3"}),
    "avg_lead_time": lambda lab: (F.avg_lead_time > 5, ANNOTATED),
    "draft_exists": lambda lab: (F.draft_exists == True, {"t3"}),  # noqa: E712
    "storage_filename": lambda lab: (F.storage_filename.contains("s1"), {"t6"}),
    "file_upload": lambda lab: (F.file_upload.contains("batch"), {"t5"}),
    "annotators": lambda lab: (F.annotators.contains(lab.user), ANNOTATORS),
    "predictions_model_versions": lambda lab: (F.predictions_model_versions.contains(["m1", "v2"]), PREDICTED),
    "annotations_ids": lambda lab: (F.annotations_ids.one_of(lab.annotation_ids["t2"]), {"t2"}),
}


@pytest.mark.parametrize("case", CASES, ids=str)
def test_each_operator_of_each_column_selects_exactly(project: Project, lab: Lab, case: str) -> None:
    f, expected = CASES[case](lab)
    selected = names(project, f)
    assert len(selected) == len(set(selected)), f"a task came back twice: {selected}"
    assert set(selected) == expected


@pytest.mark.parametrize("column", TOP_LEVEL_ONLY, ids=str)
def test_a_computed_column_inside_an_or_pair_is_applied_once_per_task(project: Project, lab: Lab, column: str) -> None:
    condition, expected = TOP_LEVEL_ONLY[column](lab)
    f = ((F.id > 0) & condition) | (F.data("k") == "t8")
    assert f.to_dict()["items"][0]["filter"] == f"filter:tasks:{column}"  # made the parent
    selected = names(project, f)
    assert len(selected) == len(set(selected)), f"a task came back twice: {selected}"
    assert set(selected) == expected | {"t8"}


def test_the_cases_cover_every_operator_of_every_column(lab: Lab) -> None:
    covered = set()
    for case in CASES.values():
        f, _ = case(lab)
        (item,) = f._groups[0]
        covered.add((item.column, item.operator))
    columns = [value for value in vars(F).values() if isinstance(value, Column)] + [Column("data", "Json")]
    assert {(c.name, op) for c in columns for op in OPERATORS[c.kind]} == covered
    assert set(TOP_LEVEL_ONLY) == {c for c, _ in covered} & set(TOP_LEVEL_ONLY) and len(TOP_LEVEL_ONLY) == 9


# -- the same filters through an export (a temporary Data Manager view) ---------------------------------------

EXPORTED = [
    "storage_filename ==",
    "storage_filename is_empty",
    "file_upload ==",
    "file_upload regex",
    "draft_exists ==",
    "updated_by contains",
    "annotations_ids one_of",
    "predictions_model_versions contains a list",
    "avg_lead_time >",
    "data contains",
]


@pytest.mark.parametrize("case", EXPORTED, ids=str)
def test_an_export_with_a_filter_has_exactly_its_tasks(project: Project, lab: Lab, case: str) -> None:
    f, expected = CASES[case](lab)
    export = project.exports.create(filter=f)
    try:
        exported = [task["data"]["k"] for task in export.iter_tasks()]
    finally:
        export.remove()
    assert sorted(exported) == sorted(expected)


def test_an_export_with_a_computed_column_in_an_or_pair(project: Project, lab: Lab) -> None:
    f = ((F.id > 0) & (F.draft_exists == True)) | F.annotators.contains(lab.user)  # noqa: E712
    export = project.exports.create(filter=f)
    try:
        exported = [task["data"]["k"] for task in export.iter_tasks()]
    finally:
        export.remove()
    assert sorted(exported) == sorted({"t3"} | ANNOTATORS)
