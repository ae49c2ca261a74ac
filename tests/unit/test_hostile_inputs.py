"""Hostile and bad input, without a server: only lsclient's typed errors reach the caller, and what is refused is
refused before anything is written to the server.

Every public entry point of the core is called with hostile values for each of its arguments — drawn by hypothesis
(negative, zero, huge and boolean ids, NaN and infinities, strings with ``/ ? # ..`` and encoded tricks, lone
surrogates, NUL bytes, bytes, sets, datetimes, objects of no JSON type...) and picked by hand — against a fake
server that records every request and answers 404. The invariants:

- the call returns, or raises an :class:`~lsclient.LsClientError` (never a bare ``ValueError``, ``TypeError``,
  ``KeyError``, ``UnicodeError``, ``RecursionError``, ``OSError`` or httpx error from inside);
- an :class:`~lsclient.InvalidInputError` means no request that writes (anything but ``GET``) was sent;
- every request goes to a route of the OpenAPI schema, each path parameter filling exactly one segment: what is
  on the wire never climbs out of its segment (``..``), nor starts a query (``?``) or a fragment (``#``).

The same calls against the real server, checking that its contents do not change, are
tests/integration/test_hostile_live.py. The counts of cases are quoted in docs/reliability.md.
"""

from __future__ import annotations

import datetime
import decimal
import errno
import io
import json
import math
import os
import re
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lsclient
from lsclient import F, InvalidInputError, LsClientError, make_client, parse_label_config
from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.export import Export as ExportModel
from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.api_client.types import path_segment
from lsclient.core._sync.exports import Export
from lsclient.core._sync.projects import Project
from lsclient.core._sync.tasks import Task
from lsclient.core.arguments import MAX_ID, MAX_JSON_DEPTH, check_json
from lsclient.core.auth import LegacyTokenAuth, SessionAuth
from lsclient.core.errors import ClientClosedError, InvalidTypeError, LocalFileError
from lsclient.core.label_config import MAX_DEPTH, with_label, without_label
from lsclient.core.label_config import LabelConfigSyntaxError as SyntaxErr

ROOT = Path(__file__).resolve().parents[2]
LEGACY_KEY = "0123456789abcdef0123456789abcdef01234567"
CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'


# ------------------------------------------------------------------------------------------------ the fake server


def _route_patterns() -> list[re.Pattern[str]]:
    """A regex per route of the vendored schema, each ``{param}`` one non-empty segment; plus the login form."""
    paths = list(json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text())["paths"]) + ["/user/login/"]
    patterns = []
    for path in paths:
        parts = re.split(r"(\{[^}]+\})", path)
        regex = "".join("[^/?#]+" if part.startswith("{") else re.escape(part) for part in parts)
        patterns.append(re.compile(regex))
    return patterns


ROUTES = _route_patterns()
# a raw path segment that URL normalisation would act on
_DOT_SEGMENT = re.compile(r"(^|/)\.{1,2}(/|$)")


class Recorder:
    """The fake server: records ``(method, raw path)`` of every request and answers 404."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        self.requests.append((request.method, raw_path))
        return httpx.Response(404, json={"detail": "Not found."})

    def check(self) -> None:
        """Every request went to a schema route, each parameter in one segment, no dot segment."""
        for method, path in self.requests:
            assert not _DOT_SEGMENT.search(path), f"{method} {path}: a dot segment left on the wire"
            assert any(route.fullmatch(path) for route in ROUTES), f"{method} {path} is no route of the schema"

    def writes(self) -> list[tuple[str, str]]:
        return [(method, path) for method, path in self.requests if method != "GET"]


RECORDER = Recorder()


def _client() -> lsclient.Client:
    http = httpx.Client(transport=httpx.MockTransport(RECORDER))
    return make_client("http://ls.test", LEGACY_KEY, httpx_client=http, check_version=False, max_retries=0)


CLIENT = _client()
PROJECT = Project(CLIENT, ProjectModel.from_dict({"id": 7, "title": "p", "label_config": CONFIG}))
TASK = Task(CLIENT, DataManagerTask.from_dict({"id": 11, "project": 7, "data": {"text": "x"}}))
EXPORT = Export(CLIENT, ExportModel.from_dict({"id": 3, "status": "completed"}), 7)
WORK = Path(tempfile.mkdtemp(prefix="lsclient-hostile-"))
TASK_FILE = WORK / "tasks.json"
TASK_FILE.write_text('[{"text": "a"}]')


def run(call: Callable[[], Any]) -> Any:
    """Call, consuming what is lazy (a pager, an iterator), so that every request it would make is made."""
    RECORDER.requests.clear()
    result = call()
    if isinstance(result, Iterator) or hasattr(result, "to_list"):
        result = list(result)
    return result


def outcome(call: Callable[[], Any]) -> BaseException | None:
    """Run ``call`` and check the invariants; the error it raised (an LsClientError), or None."""
    try:
        run(call)
    except LsClientError as exc:
        error: BaseException | None = exc
    except BaseException as exc:  # the invariant: nothing else escapes
        raise AssertionError(f"a bare {type(exc).__name__} reached the caller: {exc!r}") from exc
    else:
        error = None
    RECORDER.check()
    if isinstance(error, InvalidInputError):
        assert not RECORDER.writes(), f"{error!r} raised after writing: {RECORDER.writes()}"
    return error


# ------------------------------------------------------------------------------------------------ entry points

# Every public entry point of the core, with arguments that are accepted; each argument in turn gets a hostile value.
ENTRIES: dict[str, tuple[Callable[..., Any], dict[str, Any]]] = {
    "projects.create": (lambda **kw: CLIENT.projects.create(**kw), {"title": "hostile", "label_config": CONFIG}),
    "projects.create(spec)": (lambda spec: CLIENT.projects.create(spec), {"spec": {"title": "hostile"}}),
    "projects.retrieve": (lambda **kw: CLIENT.projects.retrieve(**kw), {"id": 5}),
    "projects.remove": (lambda **kw: CLIENT.projects.remove(**kw), {"id": 5}),
    "projects.list": (
        lambda **kw: CLIENT.projects.list(**kw),
        {"title": "t", "ids": [1], "ordering": "id", "page_size": 10, "limit": 5},
    ),
    "project.update": (lambda **kw: PROJECT.update(**kw), {"title": "t2", "description": "d"}),
    "project.set_label_config": (lambda **kw: PROJECT.set_label_config(**kw), {"config": CONFIG}),
    "project.add_label": (lambda **kw: PROJECT.add_label(**kw), {"control_name": "c", "label_value": "b"}),
    "validate_label_config": (lambda **kw: CLIENT.validate_label_config(**kw), {"config": CONFIG, "project_id": 7}),
    "tasks.retrieve": (lambda **kw: CLIENT.tasks.retrieve(**kw), {"id": 5}),
    "tasks.remove": (lambda **kw: CLIENT.tasks.remove(**kw), {"id": 5}),
    "tasks.list": (
        lambda **kw: CLIENT.tasks.list(**kw),
        {"project": 7, "filter": F.data("text") == "a", "fields": ["data"], "page_size": 10, "limit": 3},
    ),
    "project.tasks.create": (lambda **kw: PROJECT.tasks.create(**kw), {"data": {"text": "a"}, "meta": {"m": 1}}),
    "project.tasks.retrieve": (lambda **kw: PROJECT.tasks.retrieve(**kw), {"id": 5}),
    "project.tasks.remove": (lambda **kw: PROJECT.tasks.remove(**kw), {"id": 5}),
    "project.tasks.find": (lambda **kw: PROJECT.tasks.find(**kw), {"key": "k", "value": "v", "page_size": 10}),
    "task.update": (lambda **kw: TASK.update(**kw), {"data": {"text": "b"}, "meta": {"m": 2}}),
    "task.annotations.create": (
        lambda **kw: TASK.annotations.create(**kw),
        {"result": [{"from_name": "c", "to_name": "text", "type": "choices", "value": {"choices": ["a"]}}]},
    ),
    "task.annotations.retrieve": (lambda **kw: TASK.annotations.retrieve(**kw), {"id": 5}),
    "task.annotations.remove": (lambda **kw: TASK.annotations.remove(**kw), {"id": 5}),
    "task.annotations.list": (lambda **kw: TASK.annotations.list(**kw), {"page_size": 10, "limit": 2}),
    "task.predictions.create": (
        lambda **kw: TASK.predictions.create(**kw),
        {"result": [], "score": 0.5, "model_version": "v1"},
    ),
    "task.predictions.remove": (lambda **kw: TASK.predictions.remove(**kw), {"id": 5}),
    "project.import_tasks": (
        lambda **kw: PROJECT.import_tasks(**kw),
        {"source": [{"text": "a"}], "key": "k1", "batch_size": 10, "timeout": 30, "concurrency": 1, "progress": False},
    ),
    "project.import_tasks(file)": (
        lambda **kw: PROJECT.import_tasks(**kw),
        {"source": str(TASK_FILE), "file_format": "json", "text_key": "text", "progress": False},
    ),
    "project.import_predictions": (
        lambda **kw: PROJECT.import_predictions(**kw),
        {"predictions": [{"task": 11, "result": [], "score": 0.5}], "batch_size": 10, "timeout": 30, "progress": False},
    ),
    "project.exports.create": (
        lambda **kw: PROJECT.exports.create(**kw),
        {"title": "e", "task_ids": [1, 2], "timeout": 30},
    ),
    "project.exports.retrieve": (lambda **kw: PROJECT.exports.retrieve(**kw), {"id": 5}),
    "project.exports.remove": (lambda **kw: PROJECT.exports.remove(**kw), {"id": 5}),
    "project.export": (
        lambda **kw: PROJECT.export(**kw),
        {"path": str(WORK / "out.json"), "format": "JSON", "overwrite": True, "timeout": 30, "progress": False},
    ),
    "export.download": (
        lambda **kw: EXPORT.download(**kw),
        {"path": str(WORK / "dl.json"), "format": "JSON", "overwrite": True, "timeout": 30, "progress": False},
    ),
    "export.wait": (lambda **kw: EXPORT.wait(**kw), {"timeout": 30, "poll_interval": 0.5, "progress": False}),
    "project.datasets.create": (lambda kind, **kw: PROJECT.datasets.create(kind, **kw), {"kind": "s3", "bucket": "b"}),
    "project.datasets.retrieve": (lambda **kw: PROJECT.datasets.retrieve(**kw), {"id": 5, "kind": "s3"}),
    "project.datasets.create_local": (lambda **kw: PROJECT.datasets.create_local(**kw), {"path": "/d", "title": "t"}),
    "project.copy_to": (lambda **kw: PROJECT.copy_to(**kw), {"title": "copy", "timeout": 30, "progress": False}),
    "users.create": (lambda **kw: CLIENT.users.create(**kw), {"username": "u", "email": "u@example.com"}),
    "users.retrieve": (lambda **kw: CLIENT.users.retrieve(**kw), {"id": 5}),
    "users.remove": (lambda **kw: CLIENT.users.remove(**kw), {"id": 5}),
    "members.retrieve": (lambda **kw: CLIENT.users.members.retrieve(**kw), {"user_id": 5}),
    "webhooks.create": (
        lambda **kw: CLIENT.webhooks.create(**kw),
        {"url": "https://hooks.example.com/h", "project": 7, "actions": ["TASKS_CREATED"], "headers": {"X": "y"}},
    ),
    "webhooks.list": (lambda **kw: CLIENT.webhooks.list(**kw), {"project": 7}),
    "webhooks.retrieve": (lambda **kw: CLIENT.webhooks.retrieve(**kw), {"id": 5}),
    "parse_label_config": (lambda **kw: parse_label_config(**kw), {"xml": CONFIG}),
    "with_label": (lambda **kw: with_label(**kw), {"xml": CONFIG, "control_name": "c", "label_value": "b"}),
    "without_label": (lambda **kw: without_label(**kw), {"xml": CONFIG, "control_name": "c", "label_value": "a"}),
    "F.data": (lambda **kw: F.data(kw.pop("key"), **kw) == "x", {"key": "k", "type": "String"}),
    "F.data compare": (lambda value: F.data("k", type="Number") > value, {"value": 1}),
    "F.data.regex": (lambda pattern: F.data("k").regex(pattern), {"pattern": "a.*"}),
    "F.id.one_of": (lambda values: F.id.one_of(values), {"values": [1, 2]}),
    "iter_export_tasks": (lambda **kw: lsclient.iter_export_tasks(**kw), {"path": str(TASK_FILE)}),
}
# (entry, argument) pairs: every argument of every entry point
CASES = [(name, argument) for name, (_, baseline) in ENTRIES.items() for argument in baseline]

TRICKY_TEXT = [
    "..",
    ".",
    "../..",
    "../../api/projects/1",
    "%2F..%2F",
    "%2e%2e",
    "a/b",
    "?x=1",
    "#frag",
    "1;x",
    "\\..\\",
    "\ud800",
    "a\x00b",
    "\x1b[31m",
    "\u202eevil",
    "😀" * 5,
    "",
    " ",
    "x" * 5000,
    "<!DOCTYPE x [<!ENTITY a 'b'>]><View/>",
]


class Opaque:
    """An object of no JSON type, whose repr is long."""

    def __repr__(self) -> str:
        return "Opaque(" + "x" * 500 + ")"


HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, MAX_ID, MAX_ID + 1, 10**30, 10**400]),
    st.floats(),  # NaN and the infinities included
    st.sampled_from([math.nan, math.inf, -math.inf, 0.0, 3.0, 1e308]),
    st.text(max_size=12),
    st.sampled_from(TRICKY_TEXT),
    st.binary(max_size=8),
    st.sets(st.integers(), max_size=2),
    st.builds(Opaque),
    st.sampled_from([datetime.datetime(2026, 1, 1), decimal.Decimal("1.5"), object, b"[]", bytearray(b"x")]),
    st.lists(st.one_of(st.integers(), st.floats(), st.text(max_size=3)), max_size=3),
    st.dictionaries(st.text(max_size=3), st.one_of(st.floats(), st.binary(max_size=2), st.none()), max_size=2),
)

#: examples hypothesis draws per run (quoted in docs/reliability.md). The draw is derandomized, so a run is
#: reproducible; ``LSCLIENT_HYPOTHESIS_SEED=random`` explores new values (as done while writing these tests).
HYPOTHESIS_EXAMPLES = 3000
_EXPLORE = os.environ.get("LSCLIENT_HYPOTHESIS_SEED") == "random"


@settings(
    max_examples=HYPOTHESIS_EXAMPLES,
    deadline=None,
    derandomize=not _EXPLORE,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(case=st.sampled_from(CASES), value=HOSTILE)
def test_every_argument_of_every_entry_point_takes_hostile_values(case: tuple[str, str], value: Any) -> None:
    name, argument = case
    function, baseline = ENTRIES[name]
    outcome(lambda: function(**{**baseline, argument: value}))


@pytest.mark.parametrize("name", list(ENTRIES))
def test_the_baseline_arguments_are_accepted(name: str) -> None:
    """The baseline of each entry point is not refused by the client (the fake server's 404 may still end it)."""
    function, baseline = ENTRIES[name]
    error = outcome(lambda: function(**baseline))
    assert not isinstance(error, InvalidInputError), error


# ------------------------------------------------------------------------------------------------ ids


BAD_IDS: list[tuple[Any, type[Exception], str]] = [
    (0, InvalidInputError, "from 1 to 2\\*\\*63 - 1"),
    (-1, InvalidInputError, "from 1 to"),
    (MAX_ID + 1, InvalidInputError, "from 1 to"),
    (10**5000, InvalidInputError, "an int of"),
    (True, InvalidTypeError, "not bool"),
    (3.0, InvalidTypeError, "not float"),
    ("3", InvalidTypeError, "not str"),
    ("..", InvalidTypeError, "not str"),
    (".", InvalidTypeError, "not str"),
    ("%2F..%2F", InvalidTypeError, "not str"),
    ("1/../2", InvalidTypeError, "not str"),
    ("1?x=1", InvalidTypeError, "not str"),
    ("1#x", InvalidTypeError, "not str"),
    ("é", InvalidTypeError, "not str"),
    (None, InvalidTypeError, "not NoneType"),
    (math.nan, InvalidTypeError, "not float"),
]
ID_CALLS: dict[str, Callable[[Any], Any]] = {
    "projects.retrieve(): id": lambda v: CLIENT.projects.retrieve(v),
    "projects.remove(): id": lambda v: CLIENT.projects.remove(v),
    "tasks.retrieve(): id": lambda v: CLIENT.tasks.retrieve(v),
    "tasks.remove(): id": lambda v: CLIENT.tasks.remove(v),
    "project.tasks.remove(): id": lambda v: PROJECT.tasks.remove(v),
    "annotations.retrieve(): id": lambda v: TASK.annotations.retrieve(v),
    "annotations.remove(): id": lambda v: TASK.annotations.remove(v),
    "predictions.remove(): id": lambda v: TASK.predictions.remove(v),
    "exports.retrieve(): id": lambda v: PROJECT.exports.retrieve(v),
    "exports.remove(): id": lambda v: PROJECT.exports.remove(v),
    "a storage id": lambda v: PROJECT.datasets.retrieve(v, "s3"),
    "users.remove(): id": lambda v: CLIENT.users.remove(v),
    "members.retrieve(): user_id": lambda v: CLIENT.users.members.retrieve(v),
    "members.remove(): user_id": lambda v: CLIENT.users.members.remove(v),
    "webhooks.retrieve(): id": lambda v: CLIENT.webhooks.retrieve(v),
    "tasks.list(): project": lambda v: CLIENT.tasks.list(v),
    "webhooks.list(): project": lambda v: CLIENT.webhooks.list(v),
    "validate_label_config(): project_id": lambda v: CLIENT.validate_label_config(CONFIG, project_id=v),
    "projects.list(): ids[]": lambda v: CLIENT.projects.list(ids=[v]),
    "task_ids": lambda v: PROJECT.exports.create(task_ids=[v]),
    "prediction #0: task": lambda v: PROJECT.import_predictions([{"task": v, "result": []}], progress=False),
}


def _label(value: Any) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return f"int of {value.bit_length()} bits"
    return repr(value)[:20]


@pytest.mark.parametrize("value, error, message", BAD_IDS, ids=[_label(v) for v, _, _ in BAD_IDS])
@pytest.mark.parametrize("what", list(ID_CALLS))
def test_an_id_that_no_object_can_have_is_refused_before_any_request(
    what: str, value: Any, error: type[Exception], message: str
) -> None:
    if value is None and what in ("webhooks.list(): project", "validate_label_config(): project_id"):
        pytest.skip("None is this argument's default: no project")
    if what == "prediction #0: task" and error is InvalidTypeError:
        error = InvalidInputError  # a prediction's task is read from a mapping: the message says which one
    caught = outcome(lambda: ID_CALLS[what](value))
    if what == "prediction #0: task":  # a lazy source: the error is the cause of the import error
        caught = caught.__cause__ if caught is not None and caught.__cause__ is not None else caught
    assert isinstance(caught, error), caught
    assert what in str(caught) or what.startswith("prediction"), caught
    assert RECORDER.requests == [], f"{what} = {value!r} was sent: {RECORDER.requests}"


@pytest.mark.parametrize("value", ["..", ".", "a/b", "?x", "#f", "%2F..%2F", "\\", " ", "é", "1;2"])
def test_a_path_parameter_of_the_generated_layer_stays_in_its_segment(value: str) -> None:
    """The generated layer takes any value for a path parameter (``client.api...``): what goes on the wire is one
    segment, never resolved by URL normalisation."""
    from lsclient.api_client.api.projects import projects_retrieve

    sent = httpx.Request("GET", "http://ls.test" + projects_retrieve.request_kwargs(value)["url"])  # type: ignore[arg-type]
    raw = sent.url.raw_path.decode("ascii")
    assert raw.startswith("/api/projects/") and raw.endswith("/"), raw
    segment = raw[len("/api/projects/") : -1]
    assert segment and "/" not in segment and "?" not in segment and "#" not in segment, raw
    assert segment not in (".", ".."), raw
    assert path_segment(value) == segment


# ------------------------------------------------------------------------------------------------ JSON values


NOT_JSON: list[tuple[str, Any, str]] = [
    ("NaN", math.nan, "nan: JSON has no NaN"),
    ("inf", math.inf, "inf: JSON has no NaN"),
    ("-inf", -math.inf, "-inf: JSON has no NaN"),
    ("bytes", b"x", "is a bytes"),
    ("bytearray", bytearray(b"x"), "is a bytearray"),
    ("set", {1}, "is a set"),
    ("frozenset", frozenset({1}), "is a frozenset"),
    ("datetime", datetime.datetime(2026, 1, 1), "is a datetime"),
    ("date", datetime.date(2026, 1, 1), "is a date"),
    ("Decimal", decimal.Decimal("1.5"), "is a Decimal"),
    ("object", Opaque(), "is a Opaque"),
    ("class", object, "is a type"),
    ("lone surrogate", "\ud800", "lone surrogate"),
    ("surrogate key", {"\udfff": 1}, "lone surrogate"),
    ("tuple key", {(1, 2): 3}, "has a key of type tuple"),
    ("NUL", "a\x00b", "NUL character ('\\x00') at position 1"),  # Label Studio cannot store it (PostgreSQL)
    ("NUL key", {"k\x00": 1}, "NUL character"),
    ("huge int", 10**5000, "too large for JSON"),
    ("too deep", None, f"more than {MAX_JSON_DEPTH} levels deep"),  # built below
]


def _deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = {"a": value}
    return value


def _not_json(label: str, value: Any) -> Any:
    return _deep(MAX_JSON_DEPTH + 1) if label == "too deep" else value


JSON_CALLS: dict[str, Callable[[Any], Any]] = {
    "tasks.create(): data": lambda v: PROJECT.tasks.create({"text": v}),
    "tasks.create(): meta": lambda v: PROJECT.tasks.create({"text": "a"}, meta={"m": v}),
    "projects.create(): title": lambda v: CLIENT.projects.create(title=v),
    "projects.create(): expert_instruction": lambda v: CLIENT.projects.create(title="t", expert_instruction=v),
    "Project.update(): title": lambda v: PROJECT.update(title=v),
    "Task.update(): data": lambda v: TASK.update(data={"x": v}),
    "annotations.create(): result": lambda v: TASK.annotations.create(result=[{"value": v}]),
    "predictions.create(): score": lambda v: TASK.predictions.create(result=[], score=v),
    "users.create(): first_name": lambda v: CLIENT.users.create(username="u", first_name=v),
    "webhooks.create(): headers": lambda v: CLIENT.webhooks.create(
        "https://h.example.com", project=7, headers={"a": v}
    ),
    "exports.create(): title": lambda v: PROJECT.exports.create(title=v),
    "project.datasets.create('s3'): prefix": lambda v: PROJECT.datasets.create("s3", bucket="b", prefix=v),
}


@pytest.mark.parametrize("label, value, message", NOT_JSON, ids=[label for label, _, _ in NOT_JSON])
@pytest.mark.parametrize("what", list(JSON_CALLS))
def test_a_value_json_cannot_carry_is_refused_before_any_request(
    what: str, label: str, value: Any, message: str
) -> None:
    caught = outcome(lambda: JSON_CALLS[what](_not_json(label, value)))
    assert isinstance(caught, InvalidInputError), caught
    assert RECORDER.requests == [], RECORDER.requests
    text = str(caught)
    if what.startswith("webhooks") and label not in ("lone surrogate", "too deep", "surrogate key"):
        assert "headers" in text, text  # refused by the header check, which names the header
    else:
        assert what.split(":")[0] in text and (message in text or "wrong shape" in text), text


@pytest.mark.parametrize("label, value, message", NOT_JSON[:-1], ids=[label for label, _, _ in NOT_JSON[:-1]])
def test_an_import_item_json_cannot_carry_stops_the_import_at_that_item(label: str, value: Any, message: str) -> None:
    """A lazy source is read as it is sent: the bad item stops the import there, before it is sent. (The depth of
    an item is not checked here, where every task of a large import would pay for the walk: Label Studio judges
    it, answering 500 from about 900 levels.)"""
    caught = outcome(
        lambda: PROJECT.import_tasks([{"text": _not_json(label, value)}, {"text": "ok"}], batch_size=1, progress=False)
    )
    assert isinstance(caught, lsclient.TaskImportError), caught
    assert caught.failed_at == 0 and caught.imported_task_ids == [], caught
    assert isinstance(caught.__cause__, InvalidInputError) and "task #0" in str(caught.__cause__), caught.__cause__
    assert RECORDER.requests == []


def test_check_json_names_the_place_of_the_problem() -> None:
    with pytest.raises(InvalidInputError, match=r"data\['a'\]\[1\]\['when'\] is a datetime"):
        check_json({"a": [0, {"when": datetime.datetime(2026, 1, 1)}]}, "data")
    check_json({"a": [1, 2.5, "é", True, None, {"1": (1, 2)}], 3: "int key"}, "data")  # all sendable


# ------------------------------------------------------------------------------------------------ label configs

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + ']><View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="&lol9;"/></Choices></View>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    '<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="&e;"/></Choices></View>'
)
BAD_CONFIGS: list[tuple[str, Any, type[Exception], str]] = [
    ("billion laughs", BILLION_LAUGHS, InvalidInputError, "declares a DOCTYPE"),
    ("external entity", EXTERNAL_ENTITY, InvalidInputError, "declares a DOCTYPE"),
    ("bare DOCTYPE", "<!DOCTYPE View><View/>", InvalidInputError, "declares a DOCTYPE"),
    (
        "malformed",
        '<View><Text name="t" value="$t"></View>',
        SyntaxErr,
        "mismatched tag",
    ),
    ("unclosed", "<View>", SyntaxErr, "no element found|unclosed"),
    ("NUL", "<View>\x00</View>", InvalidInputError, "NUL character"),
    ("lone surrogate", '<View><Text name="\ud800" value="$t"/></View>', InvalidInputError, "lone surrogate"),
    ("too deep", "<View>" * (MAX_DEPTH + 1) + "</View>" * (MAX_DEPTH + 1), InvalidInputError, "levels deep"),
    ("5,000 deep", "<View>" * 5000 + "</View>" * 5000, InvalidInputError, "levels deep"),
    ("empty", "  ", InvalidInputError, "empty"),
    ("bytes", b"<View/>", InvalidTypeError, "not bytes"),
    ("None", None, InvalidTypeError, "not NoneType"),
    ("int", 5, InvalidTypeError, "not int"),
    ("two roots", "<View/><View/>", SyntaxErr, "junk after document"),
]


@pytest.mark.parametrize("label, xml, error, message", BAD_CONFIGS, ids=[c[0] for c in BAD_CONFIGS])
@pytest.mark.parametrize(
    "reader",
    [parse_label_config, lambda x: with_label(x, "c", "b"), lambda x: without_label(x, "c", "a")],
    ids=["parse_label_config", "with_label", "without_label"],
)
def test_a_hostile_label_config_is_refused_with_a_typed_error(
    reader: Callable[[Any], Any], label: str, xml: Any, error: type[Exception], message: str
) -> None:
    caught = outcome(lambda: reader(xml))
    assert isinstance(caught, error) and re.search(message, str(caught)), caught


@pytest.mark.parametrize(
    "label, xml, error, message", BAD_CONFIGS[:3] + BAD_CONFIGS[6:7], ids=["laughs", "ext", "dtd", "surrogate"]
)
def test_a_hostile_label_config_is_refused_by_set_label_config_before_any_request(
    label: str, xml: Any, error: type[Exception], message: str
) -> None:
    caught = outcome(lambda: PROJECT.set_label_config(xml))
    assert isinstance(caught, error) and re.search(message, str(caught)), caught
    assert RECORDER.requests == []


def test_billion_laughs_is_refused_without_expanding_anything() -> None:
    """Nine levels of ten-fold entities would expand to 10**9 'lol's (3 GB): refused in a blink, in little memory."""
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(InvalidInputError, match="DOCTYPE"):
        parse_label_config(BILLION_LAUGHS)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.5 and peak < 1_000_000, (elapsed, peak)


def test_a_huge_label_config_parses() -> None:
    huge = "<View>" + "".join(f'<Text name="t{i}" value="$t{i}"/>' for i in range(100_000)) + "</View>"
    assert len(parse_label_config(huge).objects) == 100_000


# ------------------------------------------------------------------------------------------------ filters


BAD_FILTERS: list[tuple[str, Callable[[], Any], type[Exception]]] = [
    ("filter=str", lambda: CLIENT.tasks.list(7, filter="text == 'a'"), InvalidInputError),  # type: ignore[arg-type]
    ("filter=dict", lambda: CLIENT.tasks.list(7, filter={"items": []}), InvalidInputError),  # type: ignore[arg-type]
    ("query=Filter", lambda: CLIENT.tasks.list(7, query=F.id > 1), InvalidInputError),  # type: ignore[arg-type]
    ("exports filter=str", lambda: PROJECT.exports.create(filter="x"), InvalidInputError),  # type: ignore[arg-type]
    ("Filter & int", lambda: (F.id > 1) & 1, InvalidTypeError),  # type: ignore[operator]
    ("Filter | str", lambda: (F.id > 1) | "x", InvalidTypeError),  # type: ignore[operator]
    ("F.data(None)", lambda: F.data(None), InvalidTypeError),  # type: ignore[arg-type]
    ("F.data(5)", lambda: F.data(5), InvalidTypeError),  # type: ignore[arg-type]
    ("F.data(type=int)", lambda: F.data("k", type=int), InvalidTypeError),  # type: ignore[arg-type]
    ("String == 5", lambda: F.data("k") == 5, InvalidTypeError),
    ("Number > 'a'", lambda: F.data("k", type="Number") > "a", InvalidTypeError),
    ("Number == NaN", lambda: F.data("k", type="Number") == math.nan, InvalidInputError),
    ("Number == inf", lambda: F.data("k", type="Number") == math.inf, InvalidInputError),
    ("between(NaN, 1)", lambda: F.data("k", type="Number").between(math.nan, 1), InvalidInputError),
    ("one_of(['a'])", lambda: F.id.one_of(["a"]), InvalidTypeError),
    ("regex('[')", lambda: F.data("k").regex("["), InvalidInputError),
    ("regex(5)", lambda: F.data("k").regex(5), InvalidTypeError),  # type: ignore[arg-type]
    ("surrogate key", lambda: F.data("\ud800") == "a", InvalidInputError),
    ("surrogate value", lambda: F.data("k") == "\ud800", InvalidInputError),
    ("date 'soon'", lambda: F.created_at > "soon", InvalidInputError),
    ("bool(filter)", lambda: bool(F.id > 1), InvalidTypeError),
    ("find(value=NaN)", lambda: PROJECT.tasks.find("k", math.nan), InvalidInputError),
    ("find(value=[1])", lambda: PROJECT.tasks.find("k", [1]), InvalidTypeError),  # type: ignore[arg-type]
    ("find(key=5)", lambda: PROJECT.tasks.find(5, "v"), InvalidTypeError),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("label, call, error", BAD_FILTERS, ids=[f[0] for f in BAD_FILTERS])
def test_a_filter_of_the_wrong_type_is_refused_before_any_request(
    label: str, call: Callable[[], Any], error: type[Exception]
) -> None:
    caught = outcome(call)
    assert isinstance(caught, error), caught
    assert RECORDER.requests == []


# ------------------------------------------------------------------------------------------------ task files


def _task_file(name: str, content: bytes) -> str:
    path = WORK / "files" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    return str(path)


def _unreadable() -> str:
    path = _task_file("unreadable.json", b'[{"text": "a"}]')
    os.chmod(path, 0)
    return path


def _reads_despite_chmod() -> bool:
    """Whether the file system lets this process read a file of mode 000 (root, or CAP_DAC_OVERRIDE)."""
    try:
        with open(_unreadable(), "rb"):
            return True
    except PermissionError:
        return False


BAD_TASK_FILES: list[tuple[str, Callable[[], str], type[Exception], str]] = [
    ("missing", lambda: str(WORK / "nope.json"), FileNotFoundError, "No such file"),
    ("a directory", lambda: str(Path(tempfile.mkdtemp(dir=WORK, suffix=".json"))), IsADirectoryError, "directory"),
    ("unreadable (mode 000)", _unreadable, PermissionError, "Permission denied"),
    ("name too long", lambda: str(WORK / ("x" * 300 + ".json")), LocalFileError, "too long"),
    ("NUL in the name", lambda: str(WORK / "a\x00b.json"), InvalidInputError, "not a usable file name"),
    ("a file in the path", lambda: _task_file("plain.txt", b"x") + "/t.json", NotADirectoryError, "Not a directory"),
]


@pytest.mark.parametrize("label, make, error, message", BAD_TASK_FILES, ids=[f[0] for f in BAD_TASK_FILES])
def test_a_task_file_that_cannot_be_opened_raises_a_typed_error_naming_it(
    label: str, make: Callable[[], str], error: type[Exception], message: str
) -> None:
    if label.startswith("unreadable") and _reads_despite_chmod():
        pytest.skip("this process reads files of mode 000 (running as root): chmod cannot make one unreadable")
    path = make()
    caught = outcome(lambda: PROJECT.import_tasks(path, progress=False))
    assert isinstance(caught, InvalidInputError) and isinstance(caught, error), repr(caught)
    assert message in str(caught) and (os.path.basename(path)[:20] in str(caught) or "\x00" in path), caught
    assert RECORDER.requests == []
    if isinstance(caught, LocalFileError):
        assert isinstance(caught, OSError) and caught.filename == path


BAD_CONTENT: list[tuple[str, str, bytes, str]] = [
    ("not UTF-8 (.json)", "a.json", b'[{"text": "\xff\xfe"}]', "not UTF-8"),
    ("not UTF-8 object (.json)", "o.json", b'{"text": "\xff"}', "not valid JSON"),
    ("not UTF-8 (.jsonl)", "a.jsonl", b'{"text": "\xff"}\n', "not UTF-8"),
    ("not UTF-8 (.csv)", "a.csv", b"text\n\xff\n", "not UTF-8"),
    ("not UTF-8 (.tsv)", "a.tsv", b"text\n\xff\n", "not UTF-8"),
    ("not UTF-8 (.txt)", "a.txt", b"\xff\n", "not UTF-8"),
    ("latin-1 (.json)", "l.json", '[{"text": "café"}]'.encode("latin-1"), "not UTF-8"),
    ("UTF-16 (.json)", "u.json", '[{"text": "a"}]'.encode("utf-16"), "not"),
    ("truncated array", "t.json", b'[{"text": "a', "not a JSON array"),
    ("truncated object", "t2.json", b'{"text": ', "not valid JSON"),
    ("truncated line", "t.jsonl", b'{"text"', "line 1: not valid JSON"),
    ("empty .json", "e.json", b"", "not a JSON array"),
    ("a number", "n.json", b"5", "not a JSON array"),
    ("an array of numbers", "an.json", b"[1, 2]", "must be a mapping"),
    ("NaN literal", "nan.json", b'[{"text": NaN}]', "nan.json, item #0 (at character 1): NaN is not JSON"),
    (
        "Infinity literal",
        "inf.jsonl",
        b'{"text": Infinity}\n',
        "inf.jsonl, line 1: not valid JSON: Infinity is not JSON",
    ),
    ("nested 100,000 deep", "deep.json", b"[" + b'{"a":' * 100_000 + b"1" + b"}" * 100_000 + b"]", "nested"),
    ("an int of 5,000 digits", "big.json", b'[{"a": ' + b"9" * 5000 + b"}]", "digits"),
    ("NUL escaped (.json)", "nul.json", b'[{"text": "a\\u0000b"}]', "task #0['data']['text'] holds a NUL character"),
    ("NUL byte (.csv)", "nul.csv", b"text\na\x00b\n", "holds a NUL character"),
    ("NUL byte (.txt)", "nul.txt", b"a\x00b\n", "holds a NUL character"),
    ("CSV row too long", "wide.csv", b"a\n" + b"x," * 3 + b"\n", "fields, but the header has"),
    ("CSV header empty name", "h.csv", b"a,,b\n1,2,3\n", "header row"),
    ("CSV field over the limit", "big.csv", b"a\n" + b'"' + b"x" * 200_000 + b'"\n', "field larger"),
]


@pytest.mark.parametrize("label, name, content, message", BAD_CONTENT, ids=[c[0] for c in BAD_CONTENT])
def test_a_task_file_that_does_not_read_stops_the_import_naming_it(
    label: str, name: str, content: bytes, message: str
) -> None:
    path = _task_file(name, content)
    caught = outcome(lambda: PROJECT.import_tasks(path, progress=False))
    assert caught is not None, "a bad file was imported"
    text = str(caught) + " " + str(caught.__cause__ or "")
    assert message in text, text
    if isinstance(caught, lsclient.TaskImportError):
        assert caught.imported_task_ids == [] and caught.failed_at == 0
    assert not RECORDER.writes()


@pytest.mark.parametrize("label, name, content, message", BAD_CONTENT[:1] + BAD_CONTENT[8:9] + BAD_CONTENT[16:18])
def test_an_export_file_that_does_not_read_raises_a_typed_error_naming_it(
    label: str, name: str, content: bytes, message: str
) -> None:
    path = _task_file("export-" + name, content)
    caught = outcome(lambda: lsclient.iter_export_tasks(path))
    assert isinstance(caught, InvalidInputError) and path in str(caught), caught


def test_a_media_file_that_cannot_be_read_raises_a_typed_error_naming_it() -> None:
    missing = str(WORK / "gone.png")
    caught = outcome(lambda: PROJECT.import_tasks([missing], progress=False))
    assert isinstance(caught, lsclient.TaskImportError) and "gone.png" in str(caught.__cause__)


def test_a_download_destination_that_cannot_be_used_raises_a_typed_error() -> None:
    existing = _task_file("exists.json", b"[]")
    for path, error in (
        (existing, FileExistsError),
        (str(WORK / "no-such-dir" / "x.json"), FileNotFoundError),
        (str(WORK), None),  # a directory: the server's file name goes in it
        (str(WORK / "no-such-dir") + "/", FileNotFoundError),
    ):
        caught = outcome(lambda path=path: PROJECT.export(path, progress=False))  # type: ignore[misc]
        if error is None:
            assert not isinstance(caught, InvalidInputError), caught
        else:
            assert isinstance(caught, LocalFileError) and isinstance(caught, error), caught
            assert RECORDER.requests == [], "the snapshot was made before the destination was checked"


# ------------------------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    "timeout", [-1, 0, math.nan, math.inf, "5", True, b"5", httpx.Timeout(-1), httpx.Timeout(5, read=math.nan)]
)
def test_a_client_timeout_that_is_no_duration_is_refused_when_the_client_is_made(timeout: Any) -> None:
    with pytest.raises(InvalidInputError, match="timeout"):
        make_client("http://ls.test", LEGACY_KEY, timeout=timeout)


@pytest.mark.parametrize("timeout", [None, 5, 0.5, httpx.Timeout(5, connect=1), httpx.Timeout(None)])
def test_a_client_timeout_that_is_a_duration_or_none_is_accepted(timeout: Any) -> None:
    make_client("http://ls.test", LEGACY_KEY, timeout=timeout).close()


NUMBERS: list[tuple[str, Callable[[Any], Any], list[Any]]] = [
    ("page_size", lambda v: CLIENT.projects.list(page_size=v), [0, -1, 1.5, "5", None, True, math.nan]),
    ("page_size", lambda v: CLIENT.tasks.list(7, page_size=v), [0, -1, 1.5, "5", True, math.nan]),  # None: growing
    ("limit", lambda v: CLIENT.tasks.list(7, limit=v), [-1, 1.5, "5", True, math.nan]),
    ("batch_size", lambda v: PROJECT.import_tasks([{"a": 1}], batch_size=v, progress=False), [0, -1, 1.5, "5", True]),
    ("concurrency", lambda v: PROJECT.import_tasks([{"a": 1}], concurrency=v, progress=False), [0, 1.5, "5", True]),
    ("timeout", lambda v: PROJECT.import_tasks([{"a": 1}], timeout=v, progress=False), [-1, 0, math.nan, "5", None]),
    ("timeout", lambda v: PROJECT.exports.create(timeout=v), [-1, 0, math.nan, math.inf, "5", None, True]),
    ("timeout", lambda v: PROJECT.export(str(WORK / "n.json"), timeout=v, progress=False), [-1, 0, math.nan, "5"]),
    ("timeout", lambda v: EXPORT.wait(timeout=v), [-1, math.nan, math.inf, "5", None]),
    ("poll_interval", lambda v: EXPORT.wait(poll_interval=v), [0, -1, math.nan, "5"]),
    ("max_retries", lambda v: make_client("http://ls.test", LEGACY_KEY, max_retries=v), [-1, 1.5, "3", None, True]),
    ("max_retries", lambda v: lsclient.RetryPolicy(max_retries=v), [-1, 1.5, "3", None]),
    ("jitter", lambda v: lsclient.RetryPolicy(jitter=v), [-0.1, 2, math.nan, "x"]),
    ("backoff", lambda v: lsclient.RetryPolicy(backoff_max=v), [-1, math.nan, "x"]),
]
NUMBER_CASES = [(name, call, value) for name, call, values in NUMBERS for value in values]


@pytest.mark.parametrize("name, call, value", NUMBER_CASES, ids=[f"{n}={v!r}" for n, _, v in NUMBER_CASES])
def test_a_count_or_duration_of_the_wrong_kind_is_refused_before_any_request(
    name: str, call: Callable[[Any], Any], value: Any
) -> None:
    caught = outcome(lambda: call(value))
    assert isinstance(caught, InvalidInputError) and name in str(caught), caught
    assert RECORDER.requests == []


def test_a_huge_page_size_is_sent_as_is() -> None:
    """Label Studio 1.23 answers ``page_size=10**30`` with every task (measured): nothing to refuse."""
    assert isinstance(outcome(lambda: CLIENT.tasks.list(7, page_size=10**30)), lsclient.NotFoundError)
    assert RECORDER.requests == [("GET", "/api/tasks/")]


# ------------------------------------------------------------------------------------------------ configuration


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"api_key": ""}, "api_key is empty"),
        ({"api_key": "   "}, "api_key is empty"),
        ({"url": ""}, "url is empty"),
        ({"api_key": 123}, "api_key must be a str"),
        ({"api_key": b"key"}, "api_key must be a str"),
        ({"url": 5}, "url must be a str"),
        ({"url": "ftp://x"}, "must look like http"),
        ({"url": "http://user:pw@x"}, "must not carry a user or password"),
        ({"api_key": None, "credentials": ("a",)}, "pair of strings"),
        ({"api_key": None, "credentials": ("a", 5)}, "pair of strings"),
        ({"api_key": None, "credentials": "ab"}, "pair of strings"),
        ({"verify": 5}, "verify must be"),
        ({"verify": str(WORK / "no-ca.pem")}, "CA bundle"),
        ({"httpx_client": 5}, "httpx_client must be"),
    ],
)
def test_a_bad_configuration_is_refused_with_a_typed_error(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], message: str
) -> None:
    # an explicit empty argument never falls back to the environment, even when it is set
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://env.test")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", LEGACY_KEY)
    arguments = {"url": "http://ls.test", "api_key": LEGACY_KEY, **kwargs}
    if arguments.get("credentials") is not None:
        arguments.pop("api_key")
    with pytest.raises(LsClientError, match=message) as caught:
        make_client(**arguments)
    assert "pw" not in str(caught.value) and LEGACY_KEY not in str(caught.value)


# ------------------------------------------------------------------------------------------------ a closed client


CLOSED_CALLS: dict[str, Callable[[lsclient.Client, Project], Any]] = {
    "projects.retrieve": lambda c, p: c.projects.retrieve(1),
    "projects.list": lambda c, p: c.projects.list(),
    "projects.create": lambda c, p: c.projects.create(title="x"),
    "server_version": lambda c, p: c.server_version(),
    "tasks.list": lambda c, p: p.tasks.list(),
    "project.update": lambda c, p: p.update(title="x"),
    "project.export": lambda c, p: p.export(str(WORK / "closed.json"), overwrite=True, progress=False),
    "exports.create": lambda c, p: p.exports.create(),
}


@pytest.mark.parametrize("what", list(CLOSED_CALLS))
def test_a_closed_client_raises_client_closed_error(what: str) -> None:
    recorder = Recorder()
    with make_client(
        "http://ls.test",
        LEGACY_KEY,
        httpx_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        check_version=False,
    ) as client:
        project = Project(client, ProjectModel.from_dict({"id": 7, "title": "p"}))
    with pytest.raises(ClientClosedError, match="closed"):
        run(lambda: CLOSED_CALLS[what](client, project))
    assert recorder.requests == []


def test_a_closed_client_fails_an_import_with_nothing_imported() -> None:
    with make_client(
        "http://ls.test",
        LEGACY_KEY,
        httpx_client=httpx.Client(transport=httpx.MockTransport(Recorder())),
        check_version=False,
    ) as client:
        project = Project(client, ProjectModel.from_dict({"id": 7, "title": "p"}))
    with pytest.raises(lsclient.TaskImportError) as caught:
        project.import_tasks([{"text": "a"}], progress=False)
    assert caught.value.imported_task_ids == [] and isinstance(caught.value.__cause__, ClientClosedError)


# ------------------------------------------------------------------------------------------------ the errors


def test_local_file_errors_are_both_typed_and_the_oserror_python_raises() -> None:
    error = lsclient.core.errors.local_file_error("the task file", FileNotFoundError(errno.ENOENT, "gone"), "t.json")
    assert isinstance(error, LsClientError) and isinstance(error, FileNotFoundError)
    assert error.errno == errno.ENOENT and error.filename == "t.json"
    assert str(error) == "the task file 't.json' cannot be used: gone"
    with pytest.raises(OSError):
        raise error


def test_a_typed_error_is_printable_when_the_value_is_not() -> None:
    class Broken:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    with pytest.raises(InvalidInputError, match="is a Broken"):
        check_json({"x": Broken()}, "data")
    with pytest.raises(InvalidTypeError, match="not Broken"):
        CLIENT.projects.retrieve(Broken())  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="<Broken>"):
        CLIENT.projects.list(page_size=Broken())  # type: ignore[arg-type]
    io.StringIO().write(str(InvalidInputError("x")))


def test_a_closed_client_cannot_be_entered_again() -> None:
    client = make_client(
        "http://ls.test",
        LEGACY_KEY,
        httpx_client=httpx.Client(transport=httpx.MockTransport(Recorder())),
        check_version=False,
    )
    with client:
        pass
    with pytest.raises(ClientClosedError, match="closed"):
        with client:
            pass


# ------------------------------------------------------------------------------------------------ NUL, secrets

NUL_CALLS: list[tuple[str, Callable[[], Any], str]] = [
    (
        "raw ordering key",
        lambda: PROJECT.tasks.list(query=lsclient.Query(None, ordering="-tasks:data.a\x00")),
        "Query ordering holds a NUL",
    ),
    ("copy_to(title=)", lambda: PROJECT.copy_to(title="a\x00b"), "copy_to(): title holds a NUL"),
    ("add_label(alias=)", lambda: PROJECT.add_label("sentiment", "n", alias="a\x00"), "add_label(): alias holds"),
    ("remove_label()", lambda: PROJECT.remove_label("sentiment", "n\x00"), "remove_label(): label_value holds"),
    *(
        (
            f"a {suffix} task file in a list of files",
            lambda suffix=suffix, content=content: PROJECT.import_tasks(
                [_task_file(f"media-nul{suffix}", content)], progress=False
            ),
            "holds a NUL character (at byte",
        )
        for suffix, content in [
            (".json", b'[{"text": "a\\u0000b"}]'),
            (".html", b"<p>a\x00b</p>"),
            (".csv", b"text\na\x00b\n"),
            (".tsv", b"text\na\x00b\n"),
            (".txt", b"a\x00b\n"),
        ]
    ),
]


@pytest.mark.parametrize(("label", "call", "message"), NUL_CALLS, ids=[c[0] for c in NUL_CALLS])
def test_a_nul_is_refused_before_anything_is_written(label: str, call: Callable[[], Any], message: str) -> None:
    caught = outcome(call)
    text = f"{caught} {caught.__cause__ if caught is not None else ''}"
    assert caught is not None and message in text, text
    assert not RECORDER.writes()
    if "label" in label:  # checked before the project is read
        assert RECORDER.requests == []


def test_a_json_file_whose_text_merely_shows_an_escape_is_uploaded() -> None:
    """``"\\\\u0000"`` in a JSON file is the text backslash-u0000, not a NUL: uploaded (the fake server answers 404)."""
    path = _task_file("escaped.json", b'[{"t": "a\\\\u0000"}]')
    caught = outcome(lambda: PROJECT.import_tasks([path], progress=False))
    assert caught is not None and "NUL" not in str(caught), caught
    assert RECORDER.writes(), "the file was not sent"


@pytest.mark.parametrize(
    "make",
    [
        lambda: LegacyTokenAuth("SECRET-zq9x\x00" + "0" * 30),
        lambda: SessionAuth("admin@example.com", "SECRET-zq9x\x00"),
        lambda: SessionAuth("admin@example.com\x00", "pw"),
        lambda: LegacyTokenAuth(b"SECRET-zq9x" + b"0" * 30),  # type: ignore[arg-type]
        lambda: SessionAuth("admin@example.com", b"SECRET-zq9x"),  # type: ignore[arg-type]
    ],
    ids=["token", "password", "email", "bytes token", "bytes password"],
)
def test_a_credential_that_cannot_be_sent_is_refused_unshown(make: Callable[[], Any]) -> None:
    with pytest.raises(lsclient.ConfigurationError) as info:
        make()
    assert "zq9x" not in str(info.value), info.value


def test_a_login_password_with_a_tab_or_outer_whitespace_is_still_sent() -> None:
    """Label Studio's login form strips the fields and takes any other character: only NUL is refused."""
    for password in ("pass\tword", "hunter2\n", "p\u00a0w 👩\u200d💻"):
        assert SessionAuth("admin@example.com", password).email == "admin@example.com"


@pytest.mark.parametrize(
    ("where", "secret"),
    [
        ("project.datasets.create('s3'): aws_secret_access_key", True),
        ("webhooks.create(): headers['X-Api-Key']", True),
        ("webhooks.create(): headers['Authorization']", True),
        ("validate(): account_name", True),
        ("users.create(): password", True),
        ("tasks.create(): data['tokens']", False),
        ("tasks.create(): data['author']", False),
        ("tasks.create(): data key 'monkey'", False),
        ("tasks.create(): data['keywords'][0]", False),
        ("find(): key", False),
    ],
)
def test_a_value_is_hidden_only_where_a_name_says_secret(where: str, secret: bool) -> None:
    with pytest.raises(InvalidInputError) as info:
        check_json(b"zq9x-value", where)
    assert ("zq9x" not in str(info.value)) is secret, info.value


def test_a_refused_secret_is_not_shown() -> None:
    caught = outcome(lambda: PROJECT.datasets.create_s3("b", aws_secret_access_key=b"hunter2-zq9x"))
    assert isinstance(caught, InvalidInputError) and "aws_secret_access_key is a bytes" in str(caught), caught
    assert "zq9x" not in str(caught)
