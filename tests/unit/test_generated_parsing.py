"""The generated models read real answers of Label Studio 1.23.2 (saved in data/answers-1.23.2.json by a local
server) exactly: every value comes back from ``to_dict()``, unknown keys are kept, absent keys are UNSET, nulls
stay None, datetimes and enums are typed, and a value of the wrong shape is refused as before."""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

from lsclient.api_client import AuthenticatedClient
from lsclient.api_client.errors import UnparsableResponse
from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.data_manager_task_annotations_item import DataManagerTaskAnnotationsItem
from lsclient.api_client.models.data_manager_task_prediction_object import DataManagerTaskPredictionObject
from lsclient.api_client.models.data_manager_task_user_i_ds import DataManagerTaskUserIDs
from lsclient.api_client.models.export_status import ExportStatus
from lsclient.api_client.models.tasks_list_response_200 import TasksListResponse200
from lsclient.api_client.types import UNSET, Unset
from tests.contract import OPERATIONS

ANSWERS: dict[str, list[dict[str, Any]]] = json.loads(
    (Path(__file__).parent / "data" / "answers-1.23.2.json").read_text(encoding="utf-8")
)
CASES = [(op, n) for op, items in sorted(ANSWERS.items()) for n in range(len(items))]
HTTP = AuthenticatedClient(base_url="http://ls.test", token="t")
UNKNOWN = {"field_of_a_later_release": {"nested": [1, None, "x"]}}


def _parse(op: str, body: Any, status: int = 200) -> Any:
    module = importlib.import_module(OPERATIONS[op].module)
    response = httpx.Response(status, json=body, request=httpx.Request("GET", "http://ls.test/"))
    return module.build_response(client=HTTP, response=response).parsed


def _as_json(parsed: Any) -> Any:
    return [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()


def _same_instants(value: Any) -> Any:
    """``value`` with every ISO datetime string written as ``isoformat()`` does (``Z`` becomes ``+00:00``): a
    datetime field is written back that way, while a free-form object keeps the answer's string."""
    if isinstance(value, dict):
        return {key: _same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_same_instants(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        return datetime.datetime.fromisoformat(value).isoformat()
    return value


def _answer(op: str, n: int = 0) -> Any:
    return copy.deepcopy(ANSWERS[op][n]["body"])


@pytest.mark.parametrize(("op", "n"), CASES, ids=[f"{op}-{n}" for op, n in CASES])
def test_every_value_of_a_real_answer_comes_back(op: str, n: int) -> None:
    saved = ANSWERS[op][n]
    body = _answer(op, n)
    parsed = _parse(op, body, saved["status"])
    assert parsed is not None
    assert _same_instants(_as_json(parsed)) == _same_instants(saved["body"])
    assert body == saved["body"]  # the answer was read, not changed


def test_a_task_list_reads_into_typed_fields() -> None:
    page = _parse("tasks_list", _answer("tasks_list", 1))
    assert isinstance(page, TasksListResponse200) and page.total == 3 and len(page.tasks) == 3
    task = next(task for task in page.tasks if task.total_annotations == 1)
    assert isinstance(task, DataManagerTask)
    assert task.created_at.tzinfo is not None and task.created_at.tzinfo.utcoffset(None) == datetime.timedelta(0)
    assert isinstance(task.completed_at, datetime.datetime)
    assert task.last_comment_updated_at is None and task.file_upload is None
    assert task.data == {"text": "Alice works at Acme"} and task.meta == {"source": "fixture"}
    (annotation,) = task.annotations
    assert isinstance(annotation, DataManagerTaskAnnotationsItem)
    # a free-form object stays a dict of the answer's JSON, result regions included
    assert annotation["result"][0]["value"] == {"end": 5, "labels": ["PER"], "start": 0, "text": "Alice"}
    (prediction,) = task.predictions
    assert isinstance(prediction, DataManagerTaskPredictionObject)
    assert isinstance(prediction.created_at, datetime.datetime) and prediction.score == 0.9
    assert prediction["mislabeling"] == 0.0  # a key the schema does not describe
    assert task.updated_by == [DataManagerTaskUserIDs.from_dict({"user_id": 1})]


def test_unknown_keys_are_kept_and_written_back_at_every_level() -> None:
    body = _answer("tasks_list", 1)
    body.update(UNKNOWN)
    body["tasks"][0].update(UNKNOWN)
    body["tasks"][0]["predictions"][0].update(UNKNOWN)
    page = _parse("tasks_list", body)
    assert page.additional_properties == UNKNOWN
    task = page.tasks[0]
    assert task.additional_properties == UNKNOWN and task["field_of_a_later_release"]["nested"] == [1, None, "x"]
    assert task.predictions[0].additional_keys[-1] == "field_of_a_later_release"
    assert _same_instants(_as_json(page)) == _same_instants(body)


def test_absent_keys_are_unset_and_nulls_stay_none() -> None:
    raw = _answer("tasks_list", 1)["tasks"][0]
    for key in ("id", "data", "created_at", "annotations"):  # id and data are required by the schema
        del raw[key]
    raw["updated_at"] = None  # a datetime the schema does not let be null
    raw["predictions"] = None
    task = DataManagerTask.from_dict(raw)
    assert task.id is UNSET and task.data is UNSET and task.created_at is UNSET and task.annotations is UNSET
    assert task.updated_at is None and task.predictions is None
    written = task.to_dict()
    assert not {"id", "data", "created_at", "annotations"} & written.keys()
    assert written["updated_at"] is None and written["predictions"] is None


def test_a_mapping_that_is_not_a_dict_reads_the_same_and_is_never_kept() -> None:
    raw = _answer("tasks_list", 1)["tasks"][0]
    raw.update(UNKNOWN)
    from_dict = DataManagerTask.from_dict(raw)
    from_mapping = DataManagerTask.from_dict(types.MappingProxyType(raw))
    assert from_mapping == from_dict
    assert from_dict.additional_properties is not raw and from_dict.to_dict() is not raw
    annotation = from_dict.annotations[0]
    assert annotation.additional_properties is not raw["annotations"][0]  # free-form objects are copies too
    annotation["note"] = "added"
    assert "note" not in raw["annotations"][0]


def test_export_statuses_are_enums_and_an_unknown_one_is_kept() -> None:
    (export,) = _parse("projects_exports_list", _answer("projects_exports_list"))
    assert export.status is ExportStatus.COMPLETED
    body = _answer("projects_exports_list")
    body[0]["status"] = "archived_by_a_later_release"
    (export,) = _parse("projects_exports_list", body)
    assert isinstance(export.status, ExportStatus) and export.status == "archived_by_a_later_release"
    assert export.to_dict()["status"] == "archived_by_a_later_release"


@pytest.mark.parametrize(
    "change",
    [
        lambda body: body.update(tasks="not a list"),
        lambda body: body["tasks"].append("not an object"),
        lambda body: body["tasks"][0].update(created_at="not a date"),
        lambda body: body["tasks"][0].update(updated_by=[3]),
    ],
    ids=["tasks", "task", "datetime", "nested"],
)
def test_a_value_of_the_wrong_shape_is_refused_with_the_body_kept(change: Any) -> None:
    body = _answer("tasks_list", 1)
    change(body)
    with pytest.raises(UnparsableResponse) as info:
        _parse("tasks_list", body)
    assert info.value.status_code == 200 and json.loads(info.value.content) == body


def test_a_union_keeps_a_value_none_of_its_members_reads() -> None:
    raw = _answer("tasks_list", 1)["tasks"][0]
    raw["completed_at"] = "not a date"  # datetime | None: the stock parser keeps what it cannot read
    task = DataManagerTask.from_dict(raw)
    assert task.completed_at == "not a date" and task.to_dict()["completed_at"] == "not a date"


def test_models_are_built_without_their_init_but_complete() -> None:
    task = DataManagerTask.from_dict({"id": 1})
    assert task == DataManagerTask(data=UNSET, id=1)  # every attribute set, as __init__ would
    assert isinstance(task.additional_properties, dict) and task.additional_properties == {}
    other = DataManagerTask.from_dict({"id": 2})
    task["x"] = 1
    assert other.additional_properties == {}  # each instance has its own dict
    assert isinstance(DataManagerTask.from_dict({}).drafts, Unset)
