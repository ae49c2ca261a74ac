"""Hostile and bad input against the real Label Studio, in both flavours: only typed errors, and nothing changes on the
server when a call fails.

The server's contents are read before and after each call through a plain httpx client with the legacy token
(independent of the SDK under test): every project's title, description, label config and counters, every task of
the test project with its data, meta, annotations and predictions, its Data Manager views, export snapshots and
storages, and the organization's users and webhooks. A call that raises must leave all of that as it was; a call
with odd but valid input (unicode, control characters, long texts, big numbers) must store exactly what was sent.
The same inputs without a server are tests/unit/test_hostile_inputs.py.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from flavours import connect
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lsclient import Client, F, InvalidInputError, LsClientError, Project, Query, Task
from lsclient.core.arguments import MAX_ID

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/>'
    '<Choices name="sentiment" toName="text"><Choice value="pos"/><Choice value="neg"/></Choices></View>'
)
RESULT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["pos"]}}]
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="&lol2;"/></Choices></View>'
)


# ------------------------------------------------------------------------------------------------ the server's state


class Observer:
    """Reads what is on the server with the legacy token, through plain httpx (not the SDK under test)."""

    def __init__(self, url: str, token: str) -> None:
        self.http = httpx.Client(base_url=url, headers={"Authorization": f"Token {token}"}, timeout=60)

    def get(self, path: str, **params: Any) -> Any:
        response = self.http.get(path, params=params)
        response.raise_for_status()
        return response.json()

    def state(self, project_id: int) -> dict[str, Any]:
        reads = {
            "projects": ("/api/projects/", {"page_size": 1000}),
            "tasks": ("/api/tasks/", {"project": project_id, "page_size": 1000, "fields": "all"}),
            "views": ("/api/dm/views/", {"project": project_id}),
            "exports": (f"/api/projects/{project_id}/exports/", {}),
            "storages": ("/api/storages/", {"project": project_id}),
            "export storages": ("/api/storages/export", {"project": project_id}),
            "users": ("/api/users/", {}),
            "webhooks": ("/api/webhooks/", {}),
        }
        with ThreadPoolExecutor(4) as pool:  # independent reads: at once, to keep each check short
            answers = dict(zip(reads, pool.map(lambda read: self.get(read[0], **read[1]), reads.values()), strict=True))
        projects = answers["projects"]["results"]
        fields = ("title", "description", "label_config", "task_number", "total_annotations_number")
        tasks = answers["tasks"]["tasks"]
        return {
            "projects": {p["id"]: [p.get(f) for f in (*fields, "total_predictions_number")] for p in projects},
            "tasks": {
                t["id"]: (
                    json.dumps(t["data"], sort_keys=True),
                    json.dumps(t.get("meta"), sort_keys=True),
                    sorted(a["id"] for a in t.get("annotations") or []),
                    sorted(p["id"] if isinstance(p, dict) else p for p in t.get("predictions") or []),
                )
                for t in tasks
            },
            **{name: sorted(item["id"] for item in answers[name]) for name in list(reads)[2:]},
        }


@pytest.fixture(scope="module")
def observer(label_studio: Any) -> Iterator[Observer]:
    observer = Observer(label_studio.url, label_studio.legacy_token)
    yield observer
    observer.http.close()


@pytest.fixture(scope="module")
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        yield client


@pytest.fixture(scope="module")
def project(client: Client) -> Iterator[Project]:
    title = f"hostile-{uuid.uuid4().hex[:8]}"
    project = client.projects.create(title=title, label_config=CONFIG)
    ids = project.import_tasks([{"text": "one"}, {"text": "two"}, {"text": "three"}], progress=False)
    task = client.tasks.retrieve(ids[0])
    task.annotations.create(result=RESULT)
    task.predictions.create(result=RESULT, score=0.5, model_version="v1")
    yield project.fetch()
    # By id (a failed test may have left another title), then by title (a create retried on SQLite's "database is
    # locked" can leave a duplicate).
    client.projects.remove(project.id)
    for same in client.projects.list(title=title):
        same.remove()


@pytest.fixture(scope="module")
def task(client: Client, project: Project) -> Task:
    return next(iter(project.tasks.list(limit=1)))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-files")
    (folder / "not-utf8.json").write_bytes(b'[{"text": "\xff\xfe"}]')
    (folder / "truncated.json").write_bytes(b'[{"text": "a')
    (folder / "truncated.jsonl").write_bytes(b'{"text"')
    (folder / "nan.json").write_bytes(b'[{"text": NaN}]')
    (folder / "nul.txt").write_bytes(b"a\x00b\n")
    (folder / "nul.json").write_bytes(b'[{"text": "a\\u0000b"}, {"text": "ok"}]')
    (folder / "deep.json").write_bytes(b"[" + b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"]")
    (folder / "dir.json").mkdir()
    return folder


# ------------------------------------------------------------------------------------------------ refused calls


def _deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"a": value}
    return value


# name -> call(client, project, task, files); each must raise an LsClientError (the second item: the class)
REFUSED: dict[str, tuple[Callable[[Client, Project, Task, Path], Any], type[LsClientError]]] = {
    # ids (before any request)
    "projects.retrieve('..')": (lambda c, p, t, f: c.projects.retrieve(".."), InvalidInputError),
    "projects.remove('..')": (lambda c, p, t, f: c.projects.remove(".."), InvalidInputError),
    "projects.remove('.')": (lambda c, p, t, f: c.projects.remove("."), InvalidInputError),
    "projects.remove(f'{id}/../')": (lambda c, p, t, f: c.projects.remove(f"{p.id}/.."), InvalidInputError),
    "projects.remove(str(id))": (lambda c, p, t, f: c.projects.remove(str(p.id)), InvalidInputError),
    "projects.remove(float(id))": (lambda c, p, t, f: c.projects.remove(float(p.id)), InvalidInputError),
    "projects.remove(True)": (lambda c, p, t, f: c.projects.remove(True), InvalidInputError),
    "projects.remove(0)": (lambda c, p, t, f: c.projects.remove(0), InvalidInputError),
    "projects.remove(-id)": (lambda c, p, t, f: c.projects.remove(-p.id), InvalidInputError),
    "projects.remove(2**63)": (lambda c, p, t, f: c.projects.remove(MAX_ID + 1), InvalidInputError),
    "tasks.remove('%2F..%2F')": (lambda c, p, t, f: c.tasks.remove("%2F..%2F"), InvalidInputError),
    "project.tasks.remove('..')": (lambda c, p, t, f: p.tasks.remove(".."), InvalidInputError),
    "annotations.remove('?x')": (lambda c, p, t, f: t.annotations.remove("1?x=1"), InvalidInputError),
    "predictions.remove('#x')": (lambda c, p, t, f: t.predictions.remove("1#x"), InvalidInputError),
    "exports.remove('..')": (lambda c, p, t, f: p.exports.remove(".."), InvalidInputError),
    "users.remove('..')": (lambda c, p, t, f: c.users.remove(".."), InvalidInputError),
    "members.remove(-1)": (lambda c, p, t, f: c.users.members.remove(-1), InvalidInputError),
    "exports.create(task_ids=['1'])": (lambda c, p, t, f: p.exports.create(task_ids=["1"]), InvalidInputError),
    "exports.create(view=True)": (lambda c, p, t, f: p.exports.create(view=True), InvalidInputError),
    # values JSON cannot carry
    "tasks.create(NaN)": (lambda c, p, t, f: p.tasks.create({"text": math.nan}), InvalidInputError),
    "tasks.create(inf in meta)": (
        lambda c, p, t, f: p.tasks.create({"text": "a"}, meta={"m": math.inf}),
        InvalidInputError,
    ),
    "tasks.create(bytes)": (lambda c, p, t, f: p.tasks.create({"text": b"a"}), InvalidInputError),
    "tasks.create(set)": (lambda c, p, t, f: p.tasks.create({"text": {"a"}}), InvalidInputError),
    "tasks.create(datetime)": (
        lambda c, p, t, f: p.tasks.create({"text": datetime.datetime(2026, 1, 1)}),
        InvalidInputError,
    ),
    "tasks.create(Decimal)": (lambda c, p, t, f: p.tasks.create({"n": decimal.Decimal("1.5")}), InvalidInputError),
    "tasks.create(object)": (lambda c, p, t, f: p.tasks.create({"o": object()}), InvalidInputError),
    "tasks.create(surrogate)": (lambda c, p, t, f: p.tasks.create({"text": "\ud800"}), InvalidInputError),
    # NUL: a server error on PostgreSQL in every JSON field (test_nul_is_what_postgresql_cannot_store below)
    "tasks.create(NUL)": (lambda c, p, t, f: p.tasks.create({"text": "a\x00b"}), InvalidInputError),
    "tasks.create(NUL in a key)": (lambda c, p, t, f: p.tasks.create({"te\x00xt": "a"}), InvalidInputError),
    "tasks.create(NUL in meta)": (
        lambda c, p, t, f: p.tasks.create({"text": "a"}, meta={"m": "\x00"}),
        InvalidInputError,
    ),
    "task.update(data=NUL)": (lambda c, p, t, f: t.update(data={"text": "\x00"}), InvalidInputError),
    "annotations.create(NUL)": (
        lambda c, p, t, f: t.annotations.create(result=[{**RESULT[0], "value": {"choices": ["p\x00s"]}}]),
        InvalidInputError,
    ),
    "predictions.create(NUL)": (
        lambda c, p, t, f: t.predictions.create(result=[{**RESULT[0], "value": {"choices": ["\x00"]}}]),
        InvalidInputError,
    ),
    "import_tasks([NUL, ok])": (
        lambda c, p, t, f: p.import_tasks([{"text": "a\x00"}, {"text": "ok"}], progress=False),
        LsClientError,
    ),
    "import_tasks(NUL in a .json file)": (lambda c, p, t, f: p.import_tasks(str(f / "nul.json")), LsClientError),
    "import_tasks([a .txt file with NUL])": (
        lambda c, p, t, f: p.import_tasks([str(f / "nul.txt")], progress=False),
        LsClientError,
    ),
    "tasks.list(raw ordering with NUL)": (
        lambda c, p, t, f: p.tasks.list(query=Query(None, ordering="tasks:data.a\x00")),
        InvalidInputError,
    ),
    "import_predictions(NUL)": (
        lambda c, p, t, f: p.import_predictions(
            [{"task": t.id, "result": [{**RESULT[0], "value": {"choices": ["\x00"]}}]}], progress=False
        ),
        LsClientError,
    ),
    "exports.create(filter NUL)": (
        lambda c, p, t, f: p.exports.create(filter=F.data("text") == "\x00"),
        InvalidInputError,
    ),
    "tasks.list(filter NUL)": (lambda c, p, t, f: p.tasks.list(filter=F.data("text") == "a\x00"), InvalidInputError),
    "projects.list(title NUL)": (lambda c, p, t, f: c.projects.list(title="a\x00"), InvalidInputError),
    "tasks.create(501 deep)": (lambda c, p, t, f: p.tasks.create({"x": _deep(501)}), InvalidInputError),
    "tasks.create(data=list)": (lambda c, p, t, f: p.tasks.create(["text"]), InvalidInputError),
    "project.update(title=NaN)": (lambda c, p, t, f: p.update(title=math.nan), InvalidInputError),
    "project.update(title=surrogate)": (lambda c, p, t, f: p.update(title="ab\udfff"), InvalidInputError),
    "project.update(unknown field)": (lambda c, p, t, f: p.update(titel="x"), InvalidInputError),
    "task.update(data=set)": (lambda c, p, t, f: t.update(data={"text": {1}}), InvalidInputError),
    "annotations.create(result=NaN)": (
        lambda c, p, t, f: t.annotations.create(result=[{**RESULT[0], "score": math.nan}]),
        InvalidInputError,
    ),
    "annotations.create(result=str)": (lambda c, p, t, f: t.annotations.create(result="pos"), InvalidInputError),
    "predictions.create(score=inf)": (
        lambda c, p, t, f: t.predictions.create(result=RESULT, score=math.inf),
        InvalidInputError,
    ),
    "import_tasks([NaN, ok])": (
        lambda c, p, t, f: p.import_tasks([{"text": math.nan}, {"text": "ok"}], progress=False),
        LsClientError,
    ),
    "import_predictions(task=-1)": (
        lambda c, p, t, f: p.import_predictions([{"task": -1, "result": RESULT}], progress=False),
        LsClientError,
    ),
    "webhooks.create(headers=bytes)": (
        lambda c, p, t, f: c.webhooks.create("http://1.1.1.1:9/h", project=p.id, headers={"X": b"y"}),
        InvalidInputError,
    ),
    # label configs
    "set_label_config(billion laughs)": (lambda c, p, t, f: p.set_label_config(BILLION_LAUGHS), InvalidInputError),
    "update(label_config=billion laughs)": (
        lambda c, p, t, f: p.update(label_config=BILLION_LAUGHS),
        LsClientError,  # the server refuses DTDs too (DTDForbidden)
    ),
    "projects.create(billion laughs)": (
        lambda c, p, t, f: c.projects.create(title="laughs", label_config=BILLION_LAUGHS),
        LsClientError,
    ),
    "set_label_config(malformed)": (lambda c, p, t, f: p.set_label_config("<View><Text"), InvalidInputError),
    "set_label_config(5,000 deep)": (
        lambda c, p, t, f: p.set_label_config("<View>" * 5000 + "</View>" * 5000),
        InvalidInputError,
    ),
    "set_label_config(surrogate)": (
        lambda c, p, t, f: p.set_label_config('<View><Text name="\ud800" value="$t"/></View>'),
        InvalidInputError,
    ),
    "set_label_config(bytes)": (lambda c, p, t, f: p.set_label_config(b"<View/>"), InvalidInputError),
    "add_label(unknown control)": (lambda c, p, t, f: p.add_label("nope", "x"), InvalidInputError),
    "set_label_config(drops a used label)": (
        lambda c, p, t, f: p.set_label_config(CONFIG.replace('<Choice value="pos"/>', "")),
        LsClientError,  # the server: the label is used by an annotation
    ),
    # filters of the wrong type
    "tasks.list(filter=str)": (lambda c, p, t, f: p.tasks.list(filter="text == 'a'"), InvalidInputError),
    "exports.create(filter=dict)": (lambda c, p, t, f: p.exports.create(filter={"items": []}), InvalidInputError),
    "exports.create(filter=NaN)": (
        lambda c, p, t, f: p.exports.create(filter=F.data("n", type="Number") == math.nan),
        InvalidInputError,
    ),
    "find(value=inf)": (lambda c, p, t, f: p.tasks.find("n", math.inf), InvalidInputError),
    # task files
    "import_tasks(missing file)": (lambda c, p, t, f: p.import_tasks(str(f / "nope.json")), FileNotFoundError),
    "import_tasks(a directory)": (lambda c, p, t, f: p.import_tasks(str(f / "dir.json")), IsADirectoryError),
    "import_tasks(not UTF-8)": (lambda c, p, t, f: p.import_tasks(str(f / "not-utf8.json")), LsClientError),
    "import_tasks(truncated .json)": (lambda c, p, t, f: p.import_tasks(str(f / "truncated.json")), LsClientError),
    "import_tasks(truncated .jsonl)": (lambda c, p, t, f: p.import_tasks(str(f / "truncated.jsonl")), LsClientError),
    "import_tasks(NaN literal)": (lambda c, p, t, f: p.import_tasks(str(f / "nan.json")), LsClientError),
    "import_tasks(100,000 deep)": (lambda c, p, t, f: p.import_tasks(str(f / "deep.json")), LsClientError),
    # numbers
    "tasks.list(page_size=0)": (lambda c, p, t, f: p.tasks.list(page_size=0), InvalidInputError),
    "tasks.list(page_size='5')": (lambda c, p, t, f: p.tasks.list(page_size="5"), InvalidInputError),
    "projects.list(limit=-1)": (lambda c, p, t, f: c.projects.list(limit=-1), InvalidInputError),
    "import_tasks(timeout=-1)": (lambda c, p, t, f: p.import_tasks([{"text": "a"}], timeout=-1), InvalidInputError),
    "import_tasks(timeout=nan)": (
        lambda c, p, t, f: p.import_tasks([{"text": "a"}], timeout=math.nan),
        InvalidInputError,
    ),
    "import_tasks(batch_size=0)": (lambda c, p, t, f: p.import_tasks([{"text": "a"}], batch_size=0), InvalidInputError),
    "exports.create(timeout='5')": (lambda c, p, t, f: p.exports.create(timeout="5"), InvalidInputError),
    "export(timeout=0)": (lambda c, p, t, f: p.export(str(f / "x.json"), timeout=0), InvalidInputError),
    "export(path in a missing dir)": (lambda c, p, t, f: p.export(str(f / "no" / "x.json")), FileNotFoundError),
    # what the server refuses
    "projects.create(title 51 chars)": (lambda c, p, t, f: c.projects.create(title="x" * 51), LsClientError),
    "projects.create(title 100,000 chars)": (lambda c, p, t, f: c.projects.create(title="é" * 100_000), LsClientError),
    "projects.create(title with NUL)": (lambda c, p, t, f: c.projects.create(title="a\x00bc"), LsClientError),
    "project.update(title with NUL)": (lambda c, p, t, f: p.update(title="a\x00bc"), LsClientError),
    "projects.create(config not XML)": (
        lambda c, p, t, f: c.projects.create(title="bad", label_config="<View"),
        LsClientError,
    ),
    "webhooks.create(localhost)": (
        lambda c, p, t, f: c.webhooks.create("http://127.0.0.1:9/h", project=p.id),
        LsClientError,
    ),
}


def _consume(value: Any) -> Any:
    return list(value) if isinstance(value, Iterator) or hasattr(value, "to_list") else value


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_refused_call_raises_a_typed_error_and_changes_nothing_on_the_server(
    name: str, client: Client, project: Project, task: Task, files: Path, observer: Observer
) -> None:
    call, error = REFUSED[name]
    before = observer.state(project.id)
    with pytest.raises(LsClientError) as caught:
        _consume(call(client, project, task, files))
    assert isinstance(caught.value, error), repr(caught.value)
    assert observer.state(project.id) == before


# ------------------------------------------------------------------------------------------------ odd but valid

TITLES = [
    "😀 emoji title 🏷️",
    "\u202eRTL override",
    "tab\tand\nnewline",
    "esc \x1b[31mred\x1b[0m",
    "é" * 50,
    "x" * 50,
    "<script>alert(1)</script>",
    "'; DROP TABLE projects; --",
    "%2F..%2F ../..",
    "null",
]


@pytest.mark.parametrize("title", TITLES, ids=[repr(t)[:20] for t in TITLES])
def test_an_odd_but_valid_title_is_stored_exactly(client: Client, observer: Observer, title: str) -> None:
    created = client.projects.create(title=title)
    try:
        assert created.title == title
        assert observer.get(f"/api/projects/{created.id}/")["title"] == title
        assert [p.id for p in client.projects.list(title=title)] == [created.id]
    finally:
        created.remove()


DATA = [
    {"text": "😀 \u202e \x1b \x01 \ufeff"},  # NUL is refused: test_nul_is_what_postgresql_cannot_store
    {"text": "x" * 1_000_000},
    {"text": ""},
    {"text": "n", "n": 2**53 + 1, "m": -(2**63), "f": 1e308, "z": -0.0},
    {"text": "deep", "nested": _deep(400)},
    {"text": "list", "list": [None, True, 1, 1.5, "s", [], {}]},
    {"text": "keys", "": "empty key", "key with spaces": 1, "ключ": "значение"},
]


@pytest.mark.parametrize("data", DATA, ids=["unicode", "1 MB", "empty", "numbers", "400 deep", "list", "keys"])
def test_odd_but_valid_task_data_is_stored_exactly(
    client: Client, project: Project, observer: Observer, data: dict[str, Any], label_studio: Any
) -> None:
    before = observer.state(project.id)
    created = project.tasks.create(data, meta={"source": "hostile"})
    expected = dict(data)
    if label_studio.db == "postgresql" and "f" in data:
        # jsonb keeps numbers as numeric: an integral float written with an exponent comes back as the integer
        # (1e308 as 309 digits), -0.0 as 0.0; 2**53 + 1 and -2**63 survive.
        expected.update(f=10**308, z=0.0)
    try:
        stored = observer.get(f"/api/tasks/{created.id}/")["data"]
        assert json.dumps(stored, sort_keys=True) == json.dumps(expected, sort_keys=True)
        if expected != data:  # the same numbers: float(10**308) == 1e308
            assert float(stored["f"]) == data["f"] and stored["z"] == data["z"]
    finally:
        created.remove()
    assert observer.state(project.id) == before


def test_nul_is_what_postgresql_cannot_store(project: Project, observer: Observer, label_studio: Any) -> None:
    """Why lsclient refuses NUL (``"\\x00"``) everywhere: Label Studio refuses it in text fields on every database,
    and on PostgreSQL a JSON field holding one is a server error (jsonb has no NUL) with nothing stored; SQLite
    stores it. A server fact through plain httpx: if it changes, the refusal can be reconsidered."""
    before = observer.state(project.id)
    title = observer.http.patch(f"/api/projects/{project.id}/", json={"title": "a\x00b"})
    assert title.status_code == 400 and "Null characters are not allowed" in title.text, title.text
    answer = observer.http.post("/api/tasks/", json={"project": project.id, "data": {"text": "a\x00b"}})
    if label_studio.db == "postgresql":
        assert answer.status_code == 500 and "unsupported Unicode escape sequence" in answer.text, answer.text
    else:
        assert answer.status_code == 201, answer.text
        assert observer.get(f"/api/tasks/{answer.json()['id']}/")["data"] == {"text": "a\x00b"}
        observer.http.delete(f"/api/tasks/{answer.json()['id']}/").raise_for_status()
    assert observer.state(project.id) == before


# ------------------------------------------------------------------------------------------------ drawn values

HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.text(max_size=30),
    st.sampled_from(["..", ".", "a/b", "?x", "#f", "%2F..%2F", "\ud800", "a\x00b", "x" * 60]),
    st.binary(max_size=4),
    st.sets(st.integers(), max_size=2),
    st.lists(st.one_of(st.integers(), st.floats(), st.text(max_size=3)), max_size=3),
    st.dictionaries(st.text(max_size=3), st.one_of(st.floats(), st.text(max_size=3)), max_size=2),
)
#: examples drawn per flavour against the real server (quoted in docs/reliability.md)
LIVE_EXAMPLES = 40


def _safe(value: Any) -> bool:
    """Whether a drawn id cannot name an object of another test (only reads take arbitrary ids)."""
    return not (isinstance(value, int) and not isinstance(value, bool) and value > 0)


@settings(
    max_examples=LIVE_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    case=st.sampled_from(["retrieve", "remove", "create task", "update title", "find", "list titles"]),
    value=HOSTILE,
)
def test_drawn_hostile_values_raise_typed_errors_and_change_nothing(
    case: str, value: Any, client: Client, project: Project, observer: Observer
) -> None:
    before = observer.state(project.id)
    calls: dict[str, Callable[[], Any]] = {
        "retrieve": lambda: client.tasks.retrieve(value),
        "remove": lambda: client.projects.remove(value) if _safe(value) else None,
        "create task": lambda: project.tasks.create({"text": value}),
        "update title": lambda: project.update(title=value),
        "find": lambda: project.tasks.find("text", value),
        "list titles": lambda: client.projects.list(title_contains=value, limit=5),
    }
    try:
        result = _consume(calls[case]())
    except LsClientError:
        assert observer.state(project.id) == before
        return
    try:
        if case == "create task":  # accepted: stored exactly
            stored = observer.get(f"/api/tasks/{result.id}/")["data"]
            assert json.dumps(stored, sort_keys=True) == json.dumps({"text": value}, sort_keys=True)
        elif case == "update title" and isinstance(value, str):  # a number or None is the server's to coerce
            # accepted: stored as sent (Label Studio trims a title's outer whitespace)
            assert observer.get(f"/api/projects/{project.id}/")["title"] == value.strip()
    finally:  # removed or restored, also when an assertion failed
        if case == "create task":
            result.remove()
        elif case == "update title":
            project.update(title=before["projects"][project.id][0])
    assert observer.state(project.id) == before
