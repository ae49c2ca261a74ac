"""What a task listing asks Label Studio for, and what its tasks then have, on a real server.

A default listing asks for the task's id, data and meta only (``include=``); ``fields=`` names others, and a field Label
Studio computes from the annotations (``completed_at``, ``annotators``, ``file_upload``...) makes it ask
``fields=all`` so that the value is real, never the placeholder a task-only listing answers. A field not asked for
raises ``FieldNotLoadedError``. Pages grow with the list (100, 100, 200, 400...), and every way of listing gives the
same tasks in the same order.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from flavours import connect

from lsclient import Client, FieldNotLoadedError, InvalidInputError, Project
from lsclient.api_client.types import Unset
from lsclient.core.filters import F, Query
from lsclient.core.task_fields import DEFAULT_TASK_FIELDS, TASK_FIELDS

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'
CHOICE = {"from_name": "c", "to_name": "text", "type": "choices", "value": {"choices": ["a"]}}
#: fields the server leaves out of a listing however it is asked: ``state`` is only sent with Label Studio's FSM
#: feature flags on (off in 1.23.2 Community)
NEVER_SENT = {"state"}


class Requests:
    """The task-list requests a client sent: their query parameters, in order."""

    def __init__(self) -> None:
        self.sent: list[dict[str, str]] = []

    def hook(self, request: httpx.Request) -> None:
        if request.url.path == "/api/tasks/":
            self.sent.append(dict(request.url.params))

    def pages(self) -> list[tuple[int, int]]:
        return [(int(p["page"]), int(p["page_size"])) for p in self.sent]


@pytest.fixture(scope="module")
def requests() -> Requests:
    return Requests()


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str, requests: Requests) -> Iterator[Client]:
    own = httpx.Client(event_hooks={"request": [requests.hook]})
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False, httpx_client=own) as client:
        yield client


@pytest.fixture
def project(client: Client, label_studio: Any) -> Iterator[Project]:
    """One task uploaded as a file (so it has a file upload), annotated and predicted."""
    made = client.projects.create(title=f"listing-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    # lsclient reads task files and sends JSON: the server keeps a file upload only for a file sent as a file
    httpx.post(
        f"{label_studio.url}/api/projects/{made.id}/import",
        headers={"Authorization": f"Token {label_studio.legacy_token}"},
        files={"file": ("tasks.json", b'[{"text": "uploaded"}]', "application/json")},
    ).raise_for_status()
    (task,) = made.tasks.list()
    client.tasks.retrieve(task.id).annotations.create(result=[CHOICE])
    client.tasks.retrieve(task.id).predictions.create(result=[CHOICE], score=0.5, model_version="v1")
    yield made
    made.remove()


def values(task: Any, names: Any) -> dict[str, Any]:
    return {name: getattr(task, name) for name in names}


def test_a_default_listing_asks_for_the_stored_fields_only(project: Project, requests: Requests) -> None:
    requests.sent.clear()
    (plain,) = project.tasks.list()
    assert requests.sent == [
        {
            "project": str(project.id),
            "page": "1",
            "page_size": "100",
            "fields": "task_only",
            "include": ",".join(name for name in TASK_FIELDS if name in DEFAULT_TASK_FIELDS),
        }
    ]
    fetched = plain.fetch()
    assert values(plain, DEFAULT_TASK_FIELDS) == values(fetched, DEFAULT_TASK_FIELDS)
    assert plain.data == {"text": "uploaded"} and plain.meta == {}
    (counted,) = project.tasks.list(fields=["total_annotations", "total_predictions", "is_labeled"])
    assert (counted.total_annotations, counted.total_predictions, counted.is_labeled) == (1, 1, True)

    (listed,) = project.tasks.list()
    for name in set(TASK_FIELDS) - set(DEFAULT_TASK_FIELDS):
        with pytest.raises(FieldNotLoadedError, match=rf"Task\.{name} is not loaded.*fields=.*task\.fetch\(\)"):
            getattr(listed, name)

    # a listed task updates, fetches and removes as any other
    listed.update(meta={"checked": True})
    assert listed.meta == {"checked": True} and listed.data == {"text": "uploaded"}
    assert project.tasks.retrieve(listed.id).meta == {"checked": True}
    listed.remove()
    assert project.tasks.list().to_list() == []


def test_fields_loads_the_fields_named_with_their_real_values(project: Project, requests: Requests) -> None:
    (full,) = project.tasks.list(include_annotations=True)
    assert full.completed_at is not None and full.annotators and full.file_upload.endswith("tasks.json")

    requests.sent.clear()
    named = ("data", "completed_at", "annotators", "file_upload", "predictions_model_versions", "updated_by")
    (task,) = project.tasks.list(fields=named)
    assert requests.sent[0]["fields"] == "all"  # computed fields: the server computes them only then
    assert requests.sent[0]["include"] == ",".join(name for name in TASK_FIELDS if name in {"id", *named})
    assert values(task, named) == values(full, named)
    with pytest.raises(FieldNotLoadedError):
        _ = task.meta

    requests.sent.clear()
    (stored,) = project.tasks.list(fields=["storage_filename", "updated_by", "comment_authors"])
    assert (requests.sent[0]["fields"], requests.sent[0]["include"]) == (
        "task_only",
        "id,comment_authors,storage_filename,updated_by",
    )
    assert values(stored, ["id", "storage_filename", "updated_by", "comment_authors"]) == values(
        full, ["id", "storage_filename", "updated_by", "comment_authors"]
    )
    with pytest.raises(FieldNotLoadedError):
        _ = stored.data


def test_fields_all_loads_every_task_field(project: Project) -> None:
    (everything,) = project.tasks.list(fields="all")
    (full,) = project.tasks.list(include_annotations=True)
    names = [name for name in TASK_FIELDS if name not in NEVER_SENT]
    assert values(everything, names) == values(full, names)
    assert isinstance(everything.record.annotations, Unset)  # the annotations come with include_annotations=True
    assert [a["result"] for a in full.record.to_dict()["annotations"]] == [[CHOICE]]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (["data", "bogus"], r"fields names no task field 'bogus'; the task fields are id, data, .*'all'"),
        ("annotations", r"'annotations' \(annotations and predictions come with include_annotations=True\)"),
        ([3], r"fields holds a int"),
        (b"data", r"fields must be a field name, an iterable of names or 'all', not bytes"),
        ({"data": 1}, r"not dict"),
    ],
)
def test_a_field_that_is_no_task_field_is_refused_before_any_request(
    project: Project, requests: Requests, fields: Any, message: str
) -> None:
    requests.sent.clear()
    with pytest.raises(InvalidInputError, match=message):
        project.tasks.list(fields=fields)
    with pytest.raises(InvalidInputError, match="include_annotations=True loads every field"):
        project.tasks.list(fields=["data"], include_annotations=True)
    with pytest.raises(InvalidInputError, match=message):
        project.tasks.find("k", "v", fields=fields)
    assert requests.sent == []


# ------------------------------------------------------------------------------------------------ many tasks

COUNT = 450


@pytest.fixture(scope="module")
def many(client: Client) -> Iterator[Project]:
    """450 tasks; every fifth annotated (through the import), every third predicted, two languages (ties)."""
    made = client.projects.create(title=f"listing-many-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    tasks = []
    for n in range(COUNT):
        task: dict[str, Any] = {"data": {"text": f"t{n}", "n": n, "lang": "de" if n % 3 else "en"}, "meta": {"n": n}}
        if n % 5 == 0:
            task["annotations"] = [{"result": [CHOICE]}]
        if n % 3 == 0:
            task["predictions"] = [{"result": [CHOICE], "score": n / COUNT, "model_version": "v1"}]
        tasks.append(task)
    made.import_tasks(tasks, progress=False)
    yield made
    made.remove()


def listing(pager: Any) -> list[tuple[int, Any]]:
    return [(task.id, task.data) for task in pager]


QUERIES = {
    "none": None,
    "filter on a computed column": Query(F.completed_at.is_not_empty()),
    "filter on data": Query(F.data("n", type="Number") >= 600),
    "ordering on a computed column": Query(ordering=F.predictions_score.desc()),
    "ordering with ties (ids first)": Query(F.data("n", type="Number") < 900, ordering=F.data("lang").asc()),
    "ordering on the id": Query(ordering=F.id.desc()),
}


@pytest.mark.parametrize("query", list(QUERIES))
def test_every_way_of_listing_gives_the_same_tasks_in_the_same_order(many: Project, query: str) -> None:
    asked = QUERIES[query]
    default = listing(many.tasks.list(query=asked))
    assert default == listing(many.tasks.list(query=asked, include_annotations=True))  # every field, as before
    assert default == listing(many.tasks.list(query=asked, page_size=150, fields=["data", "completed_at"]))
    assert default[:250] == listing(many.tasks.list(query=asked, limit=250))
    assert len({task_id for task_id, _ in default}) == len(default)
    if query == "none":
        assert len(default) == COUNT
    elif query == "filter on a computed column":
        assert {data["n"] % 5 for _, data in default} == {0} and len(default) == len(range(0, COUNT, 5))


def test_pages_grow_with_the_list(many: Project, requests: Requests) -> None:
    requests.sent.clear()
    assert len(many.tasks.list().to_list()) == COUNT
    assert requests.pages() == [(1, 100), (2, 100), (2, 200), (2, 400)]

    requests.sent.clear()
    assert len(many.tasks.list(page_size=200).to_list()) == COUNT
    assert requests.pages() == [(1, 200), (2, 200), (3, 200)]  # page_size= keeps fixed pages

    requests.sent.clear()
    assert len(many.tasks.list(limit=250).to_list()) == 250
    assert requests.pages() == [(1, 100), (2, 100), (5, 50)]

    requests.sent.clear()
    assert many.tasks.list().first() is not None
    assert requests.pages() == [(1, 1)]

    requests.sent.clear()
    assert len(many.tasks.list(query=Query(ordering=F.data("lang").desc())).to_list()) == COUNT
    ids_first, *chunks = requests.sent  # the order once, as ids; then the tasks by id
    assert ids_first["include"] == "id" and "included" not in ids_first["query"]
    assert all('"included":[' in chunk["query"] for chunk in chunks)
    assert [int(chunk["page_size"]) for chunk in chunks] == [100, 100, 200, 50]
