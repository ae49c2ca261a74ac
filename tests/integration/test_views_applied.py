"""An export through a Data Manager view never silently contains every task.

Label Studio builds a snapshot through ``task_filter_options.view``, but when reading the view's filters raises a
``ValueError`` it logs "Incorrect view params" and exports every task (``data_export/mixins.py``). Listing tasks
through the same view runs the same code and answers a 500 instead; lsclient lists one task through every view it
exports through, and refuses the export when that fails. Each bad view below is one the server falls back on, made
the way the web app would make it (``POST /api/dm/views/``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from flavours import connect

from lsclient import Client, Project
from lsclient.api_client.api.data_manager import dm_views_list
from lsclient.core.errors import InvalidInputError
from lsclient.core.filters import F, Filter, _Item

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/></View>'
# The issue's input: a data key with a space, which Label Studio cannot turn into a column alias.
TASKS = [{"text": "hello", "Source filename": "a.jpg"}, {"text": "world", "Source filename": "b.jpg"}]


def item(column: str, operator: str, type_: str, value: Any) -> dict[str, Any]:
    return {"filter": f"filter:tasks:{column}", "operator": operator, "type": type_, "value": value}


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture(scope="module")
def project(client: Client) -> Iterator[Project]:
    project = client.projects.create(title=f"it-views-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    try:
        project.import_tasks(TASKS, progress=False)
        yield project
    finally:
        project.remove()


@pytest.fixture(scope="module")
def http(label_studio: Any) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Token {label_studio.legacy_token}"}
    with httpx.Client(base_url=label_studio.url, headers=headers, timeout=60) as http:
        yield http


def make_view(http: httpx.Client, project: Project, items: list[dict[str, Any]]) -> int:
    body = {
        "project": project.id,
        "data": {"title": "made in the web app", "filters": {"conjunction": "and", "items": items}},
    }
    answer = http.post("/api/dm/views/", json=body)
    answer.raise_for_status()
    return int(answer.json()["id"])


def snapshots(http: httpx.Client, project: Project) -> list[int]:
    return [export["id"] for export in http.get(f"/api/projects/{project.id}/exports/").json()]


# Views the server cannot read; for each it logs "Incorrect view params" and exports every task.
BAD_VIEWS = {
    "a data key with a space": item("data.Source filename", "equal", "String", "a.jpg"),
    "a date in another format": item("created_at", "greater", "Datetime", "2020-01-01"),
    "a number as text": item("id", "greater", "Number", "one"),
    "a range of text": item("id", "in", "Number", {"min": "a", "max": "b"}),
    "a bool as text": item("is_labeled", "equal", "Boolean", "maybe"),
    "a user id as text": item("annotators", "contains", "List", "bob"),
    "a null value": item("id", "equal", "Number", None),
}


@pytest.mark.parametrize("bad", BAD_VIEWS, ids=str)
def test_the_server_exports_every_task_through_a_view_it_cannot_read(
    http: httpx.Client, project: Project, bad: str
) -> None:
    """The server fact lsclient guards against: the snapshot has both tasks, and listing through the view is a 500."""
    view = make_view(http, project, [BAD_VIEWS[bad]])
    try:
        listed = http.get("/api/tasks/", params={"project": project.id, "view": view, "page_size": 1})
        assert listed.status_code == 500
        export = http.post(f"/api/projects/{project.id}/exports/", json={"task_filter_options": {"view": view}})
        assert export.json()["counters"]["task_number"] == len(TASKS)
        http.delete(f"/api/projects/{project.id}/exports/{export.json()['id']}")
    finally:
        http.delete(f"/api/dm/views/{view}/")


@pytest.mark.parametrize("bad", BAD_VIEWS, ids=str)
def test_an_export_through_a_view_the_server_cannot_read_is_refused(
    http: httpx.Client, project: Project, bad: str
) -> None:
    view = make_view(http, project, [BAD_VIEWS[bad]])
    before = snapshots(http, project)
    try:
        with pytest.raises(InvalidInputError, match=f"Data Manager view {view}: Label Studio cannot apply it"):
            project.exports.create(view=view)
        assert snapshots(http, project) == before  # refused before any snapshot
    finally:
        http.delete(f"/api/dm/views/{view}/")


def test_an_export_through_a_view_of_an_unknown_column_is_refused(http: httpx.Client, project: Project) -> None:
    """The server fails such a snapshot (a 500 inside); lsclient says why before making it."""
    view = make_view(http, project, [item("no_such_column", "equal", "String", "x")])
    try:
        with pytest.raises(InvalidInputError, match="Cannot resolve keyword"):
            project.exports.create(view=view)
    finally:
        http.delete(f"/api/dm/views/{view}/")


def test_an_export_through_a_good_view_has_its_tasks(http: httpx.Client, project: Project) -> None:
    view = make_view(http, project, [item("data.text", "equal", "String", "world")])
    try:
        export = project.exports.create(view=view)
        assert [task["data"]["text"] for task in export.iter_tasks()] == ["world"]
        export.remove()
    finally:
        http.delete(f"/api/dm/views/{view}/")


def test_the_issue_filter_is_refused_before_any_request(project: Project, tmp_path: Path) -> None:
    """project.export(..., filter=F.data("Source filename") == "a.jpg") exported both tasks; now F refuses the key."""
    with pytest.raises(InvalidInputError, match="cannot filter or sort on a data key containing whitespace"):
        project.export(tmp_path / "a.json", filter=F.data("Source filename") == "a.jpg")
    with pytest.raises(InvalidInputError, match="cannot filter or sort on a data key containing whitespace"):
        list(project.tasks.list(filter=F.data("Source filename") == "a.jpg"))
    assert not (tmp_path / "a.json").exists()
    # the key with its space is still exported and searchable as text
    path = project.export(tmp_path / "a.json", filter=F.data.contains('"a.jpg"'))
    assert [task["data"]["text"] for task in json.loads(path.read_text())] == ["hello"]


def test_a_filter_the_server_cannot_apply_leaves_no_view_and_no_snapshot(
    client: Client, http: httpx.Client, project: Project
) -> None:
    """F refuses everything the server cannot read; a filter made around F (here: a date in a format the server
    cannot parse) is still caught by the check of the temporary view."""
    around_f = Filter._of(_Item("created_at", "greater", "Datetime", "2020-01-01"))
    before = snapshots(http, project)
    with pytest.raises(InvalidInputError, match="Label Studio cannot apply it"):
        project.exports.create(filter=around_f)
    assert snapshots(http, project) == before
    assert dm_views_list.sync(client=client.http, project=project.id) == []
