"""Every filter the builder offers selects exactly the right tasks on a real Label Studio.

One project with ten tasks of varied data and meta, two annotated, three with predictions; each test sends a
``Query(...).to_json()`` to ``GET /api/tasks/?project=ID&query=...`` and compares the tasks that come back
(named by their ``data.k``) with the expected set.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from server_fixture import skip_below

from lsclient.core.errors import InvalidInputError
from lsclient.core.filters import F, Filter, Ordering, Query

pytestmark = pytest.mark.integration

LABEL_CONFIG = """
<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>
"""

TASKS: list[dict[str, Any]] = [
    {"data": {"k": "t1", "text": "a great day", "n": 1, "lang": "en", "flag": True}, "meta": {"batch": "b1"}},
    {"data": {"k": "t2", "text": "GREAT stuff", "n": 5, "lang": "de", "flag": False}, "meta": {"batch": "b2"}},
    {"data": {"k": "t3", "text": "meh", "n": 10, "lang": "en"}, "meta": {"batch": "b1", "x": 3}},
    {"data": {"k": "t4", "text": "", "n": 2.5, "lang": "fr"}},
    {"data": {"k": "t5", "text": "terrible", "lang": "en"}, "meta": {}},
    {"data": {"k": "t6", "text": "great great", "n": 7, "lang": None}},
    {"data": {"k": "t7", "text": "okay", "n": 3, "lang": "es"}, "meta": {"source": "web"}},
    {"data": {"k": "t8", "text": "Great news", "n": 12, "lang": "en"}},
    {"data": {"k": "t9", "text": "bad", "n": 0, "lang": "de"}},
    {"data": {"k": "t10", "text": "fine", "n": -1, "lang": "en"}, "meta": {"batch": "b3"}},
]
ALL = {t["data"]["k"] for t in TASKS}


def choice(value: str) -> list[dict[str, Any]]:
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}]


@dataclass
class Lab:
    http: httpx.Client
    project: int
    ids: dict[str, int]  # data.k -> task id
    tasks: dict[str, dict[str, Any]]  # data.k -> the task as listed after setup
    user: int

    def names(self, query: Query) -> list[str]:
        """The tasks the server returns for ``query``, in its order, by name."""
        answer = self.http.get(
            "/api/tasks/", params={"project": self.project, "query": query.to_json(), "page_size": 100}
        )
        answer.raise_for_status()
        return [task["data"]["k"] for task in answer.json()["tasks"]]

    def select(self, f: Filter) -> set[str]:
        return set(self.names(Query(f)))

    def raw(self, items: list[dict[str, Any]], conjunction: str = "and") -> httpx.Response:
        query = {"filters": {"conjunction": conjunction, "items": items}}
        return self.http.get(
            "/api/tasks/", params={"project": self.project, "query": json.dumps(query), "page_size": 100}
        )


@pytest.fixture(scope="module")
def lab(label_studio: Any) -> Iterator[Lab]:
    with httpx.Client(
        base_url=label_studio.url, headers={"Authorization": f"Token {label_studio.legacy_token}"}, timeout=60
    ) as http:
        project = http.post(
            "/api/projects/", json={"title": f"filters-{uuid.uuid4().hex[:8]}", "label_config": LABEL_CONFIG}
        )
        project.raise_for_status()
        pid = project.json()["id"]
        try:
            http.post(f"/api/projects/{pid}/import", json=TASKS).raise_for_status()
            listed = http.get("/api/tasks/", params={"project": pid, "page_size": 100}).json()["tasks"]
            ids = {t["data"]["k"]: t["id"] for t in listed}
            assert set(ids) == ALL
            user = http.get("/api/current-user/whoami").json()["id"]
            for name, value in (("t1", "positive"), ("t3", "negative")):
                http.post(f"/api/tasks/{ids[name]}/annotations/", json={"result": choice(value)}).raise_for_status()
            for name, score, version in (("t2", 0.8, "m1"), ("t4", 0.3, "m1"), ("t6", 0.9, "m2")):
                prediction = {"task": ids[name], "result": choice("negative"), "score": score, "model_version": version}
                http.post("/api/predictions/", json=prediction).raise_for_status()
            # predictions_score averages only the predictions of the project's model version
            http.patch(f"/api/projects/{pid}/", json={"model_version": "m1"}).raise_for_status()
            listed = http.get("/api/tasks/", params={"project": pid, "page_size": 100}).json()["tasks"]
            tasks = {t["data"]["k"]: t for t in listed}
            yield Lab(http, pid, ids, tasks, user)
        finally:
            http.delete(f"/api/projects/{pid}/")


TEXT = F.data("text")
LANG = F.data("lang")
N = F.data("n", type="Number")

CASES: list[tuple[Filter, set[str]]] = [
    # strings in task data
    (TEXT.contains("great"), {"t1", "t2", "t6", "t8"}),  # case-insensitive
    (TEXT.not_contains("great"), ALL - {"t1", "t2", "t6", "t8"}),
    (TEXT == "meh", {"t3"}),
    (TEXT != "meh", ALL - {"t3"}),
    (TEXT.regex("^[Gg]reat"), {"t6", "t8"}),
    (TEXT.regex("^great"), {"t6"}),  # case-sensitive
    (TEXT.is_empty(), {"t4"}),
    (TEXT.is_not_empty(), ALL - {"t4"}),
    (LANG.one_of(["de", "fr"]), {"t2", "t4", "t9"}),
    (LANG.not_one_of(["en", "de"]), {"t4", "t6", "t7"}),
    (LANG.is_empty(), {"t6"}),
    (F.data("no_such_key") == "x", set()),
    # numbers in task data (tasks without the key never match a comparison)
    (N == 5, {"t2"}),
    (N != 5, ALL - {"t2", "t5"}),
    (N > 5, {"t3", "t6", "t8"}),
    (N >= 5, {"t2", "t3", "t6", "t8"}),
    (N < 1, {"t9", "t10"}),
    (N <= 1, {"t1", "t9", "t10"}),
    (N.between(2.5, 7), {"t2", "t4", "t6", "t7"}),
    (N.not_between(0, 10), {"t8", "t10"}),
    (N.one_of([1, 12]), {"t1", "t8"}),
    (N.is_empty(), {"t5"}),
    # booleans
    (F.data("flag", type="Boolean") == True, {"t1"}),  # noqa: E712
    (F.data("flag", type="Boolean") == False, {"t2"}),  # noqa: E712
    (F.is_labeled == True, {"t1", "t3"}),  # noqa: E712
    (F.is_labeled != True, ALL - {"t1", "t3"}),  # noqa: E712
    # counts and scores
    (F.total_annotations >= 1, {"t1", "t3"}),
    (F.total_annotations.is_empty(), ALL - {"t1", "t3"}),  # a count of 0 is "empty"
    (F.total_predictions == 1, {"t2", "t4", "t6"}),
    (F.cancelled_annotations > 0, set()),
    (F.predictions_score > 0.5, {"t2"}),  # t6's 0.9 is from model m2, not the project's m1
    (F.predictions_score.between(0.1, 0.5), {"t4"}),
    (F.predictions_score.is_not_empty(), {"t2", "t4"}),
    # people and results
    (F.annotations_results.contains("positive"), {"t1"}),
    (F.annotations_results.not_contains("positive"), ALL - {"t1"}),
    (F.predictions_results.contains("negative"), {"t2", "t4", "t6"}),
    # meta: substring of the JSON text
    (F.meta.contains("b1"), {"t1", "t3"}),
    (F.meta.contains("batch"), {"t1", "t2", "t3", "t10"}),
    (F.meta.not_contains("b1"), ALL - {"t1", "t3"}),
    # dates
    (F.completed_at.is_not_empty(), {"t1", "t3"}),
    (F.completed_at.is_empty(), ALL - {"t1", "t3"}),
    (F.completed_at > date(2000, 1, 1), {"t1", "t3"}),
    (F.created_at < date(2000, 1, 1), set()),
    (F.created_at.not_between(date(2000, 1, 1), datetime.now(UTC) + timedelta(days=1)), set()),
    (F.updated_at > "2000-01-01T00:00:00+02:00", ALL),
    # combinations
    ((LANG == "de") | TEXT.contains("okay"), {"t2", "t7", "t9"}),
    ((LANG == "en") & (N > 5), {"t3", "t8"}),
    (((LANG == "en") & (N > 5)) | (F.data("k") == "t2"), {"t2", "t3", "t8"}),
    (((F.id > 0) & F.completed_at.is_not_empty()) | (F.data("k") == "t2"), {"t1", "t2", "t3"}),
    (((F.completed_at > date(2000, 1, 1)) & (LANG == "en")) | (N == 0), {"t1", "t3", "t9"}),
    (~(LANG == "en"), ALL - {"t1", "t3", "t5", "t8", "t10"}),
    (~TEXT.contains("great"), ALL - {"t1", "t2", "t6", "t8"}),
    (~N.between(0, 10), {"t8", "t10"}),
]


@pytest.mark.parametrize(("f", "expected"), CASES, ids=[repr(f) for f, _ in CASES])
def test_filter_selects_exactly(lab: Lab, f: Filter, expected: set[str]) -> None:
    assert lab.select(f) == expected


def test_id_filters(lab: Lab) -> None:
    ids = lab.ids
    assert lab.select(F.id.one_of([ids["t3"], ids["t7"]])) == {"t3", "t7"}
    assert lab.select(F.id.not_one_of([ids["t3"], ids["t7"]])) == ALL - {"t3", "t7"}
    assert lab.select(F.id > ids["t8"]) == {"t9", "t10"}
    assert lab.select(F.id.between(ids["t2"], ids["t4"])) == {"t2", "t3", "t4"}
    assert lab.select(F.id.one_of([])) == set()
    assert lab.select(F.inner_id == 1) == {"t1"}
    assert lab.select((F.id == ids["t1"]) | (F.id == ids["t10"])) == {"t1", "t10"}


def test_annotators(lab: Lab) -> None:
    assert lab.select(F.annotators.contains(lab.user)) == {"t1", "t3"}
    assert lab.select(F.annotators.not_contains(lab.user)) == ALL - {"t1", "t3"}
    assert lab.select(F.annotators.is_empty()) == ALL - {"t1", "t3"}


def test_datetime_equality_is_exact_to_the_microsecond(lab: Lab) -> None:
    created = lab.tasks["t5"]["created_at"]  # e.g. "2026-11-22T13:40:55.909146Z"
    assert lab.select(F.created_at == created) == {"t5"}
    assert lab.select(F.created_at == datetime.fromisoformat(created)) == {"t5"}
    assert lab.select(F.created_at.between(created, created)) == {"t5"}


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        (F.id.desc(), [f"t{i}" for i in range(10, 0, -1)]),
        (F.id.asc(), [f"t{i}" for i in range(1, 11)]),
        ("-tasks:inner_id", [f"t{i}" for i in range(10, 0, -1)]),
        ("-id", [f"t{i}" for i in range(10, 0, -1)]),  # raw keys without the "tasks:" prefix sort the same
        ("data.k", sorted(ALL)),  # as strings
        ("-tasks:data.k", sorted(ALL, reverse=True)),
        (F.created_at.desc(), [f"t{i}" for i in range(10, 0, -1)]),
        (N.desc(), ["t8", "t3", "t6", "t2", "t7", "t4", "t1", "t9", "t10", "t5"]),  # numbers, nulls last
        (N.asc(), ["t10", "t9", "t1", "t4", "t7", "t2", "t6", "t3", "t8", "t5"]),
    ],
    ids=repr,
)
def test_ordering(lab: Lab, ordering: Ordering | str, expected: list[str]) -> None:
    assert lab.names(Query(ordering=ordering)) == expected


@pytest.mark.parametrize("key", ["lang", "-tasks:nope", "tasks:data.Source filename"])
def test_server_fact_raw_ordering_keys_lsclient_refuses(lab: Lab, key: str, label_studio: Any) -> None:
    """What the server does with the raw keys ``Query(ordering=...)`` refuses: a 500 for an unknown column, no
    sorting at all for a data key it cannot alias (the database's own order: by id on SQLite, none on PostgreSQL)."""
    with pytest.raises(InvalidInputError, match="Query ordering"):
        Query(ordering=key)
    answer = lab.http.get("/api/tasks/", params={"project": lab.project, "query": json.dumps({"ordering": [key]})})
    if " " in key:
        assert answer.status_code == 200
        names = [t["data"]["k"] for t in answer.json()["tasks"]]
        assert sorted(names) == sorted(ALL)
        if label_studio.db == "sqlite":
            assert names == [f"t{i}" for i in range(1, 11)]  # id order
    else:
        assert answer.status_code == 500


def test_filter_and_ordering_together(lab: Lab) -> None:
    assert lab.names(Query(LANG == "en", ordering=N.desc())) == ["t8", "t3", "t1", "t10", "t5"]


# The server behaviour the builder is shaped around; if one of these changes, revisit filters.py.


def test_server_fact_unknown_operators_silently_act_as_equal(lab: Lab) -> None:
    for operator in ("starts_with", "no_such_operator"):
        answer = lab.raw([{"filter": "filter:tasks:data.text", "operator": operator, "type": "String", "value": "meh"}])
        assert [t["data"]["k"] for t in answer.json()["tasks"]] == ["t3"]


def test_server_fact_meta_has_no_key_lookup(lab: Lab, label_studio) -> None:
    skip_below(label_studio, "1.23", "the guard against __ lookups in filters")
    by_dot = lab.raw([{"filter": "filter:tasks:meta.batch", "operator": "equal", "type": "String", "value": "b1"}])
    assert by_dot.status_code == 500
    by_lookup = lab.raw([{"filter": "filter:tasks:meta__batch", "operator": "equal", "type": "String", "value": "b1"}])
    assert by_lookup.status_code == 400


def test_server_fact_grandchild_filters_are_dropped(lab: Lab) -> None:
    never = {"filter": "filter:tasks:id", "operator": "equal", "type": "Number", "value": -1}
    child = {
        "filter": "filter:tasks:data.n",
        "operator": "greater",
        "type": "Number",
        "value": 5,
        "child_filter": never,
    }
    parent = {"filter": "filter:tasks:data.lang", "operator": "equal", "type": "String", "value": "en"}
    answer = lab.raw([{**parent, "child_filter": child}], conjunction="or")
    assert {t["data"]["k"] for t in answer.json()["tasks"]} == {"t3", "t8"}


def test_server_fact_a_computed_column_cannot_be_a_child(lab: Lab) -> None:
    parent = {"filter": "filter:tasks:id", "operator": "greater", "type": "Number", "value": 0}
    child = {"filter": "filter:tasks:completed_at", "operator": "empty", "type": "Datetime", "value": False}
    assert lab.raw([{**parent, "child_filter": child}], conjunction="or").status_code == 500


@pytest.mark.parametrize(
    ("key", "applied"),
    [("Source filename", False), ("it's", False), ("a;b", False), ("file-name", True), ("file.name", True)],
)
def test_server_fact_data_keys_the_server_cannot_filter_on(lab: Lab, key: str, applied: bool) -> None:
    """Label Studio makes the data key an SQL column alias; Django refuses aliases with whitespace, quotes, ';'...
    and the server then answers every task (or a 500). F.data refuses exactly those keys before any request."""
    project = lab.http.post(
        "/api/projects/", json={"title": f"keys-{uuid.uuid4().hex[:8]}", "label_config": LABEL_CONFIG}
    ).json()["id"]
    try:
        lab.http.post(
            f"/api/projects/{project}/import", json=[{"text": "a", key: "yes"}, {"text": "b", key: "no"}]
        ).raise_for_status()
        item = {"filter": f"filter:tasks:data.{key}", "operator": "equal", "type": "String", "value": "yes"}
        query = {"filters": {"conjunction": "and", "items": [item]}}
        answer = lab.http.get("/api/tasks/", params={"project": project, "query": json.dumps(query)})
        selected = [t["data"]["text"] for t in answer.json()["tasks"]] if answer.status_code == 200 else None
        assert (selected == ["a"]) is applied, (answer.status_code, selected)
        if applied:  # and lsclient's filter is the one the server applies
            built = Query(F.data(key) == "yes").to_json()
            answer = lab.http.get("/api/tasks/", params={"project": project, "query": built})
            assert [t["data"]["text"] for t in answer.json()["tasks"]] == ["a"]
        else:
            with pytest.raises(InvalidInputError, match="cannot filter or sort on a data key"):
                F.data(key)
    finally:
        lab.http.delete(f"/api/projects/{project}/")


def test_is_empty_on_a_data_key_finds_null_and_missing(lab: Lab) -> None:
    """``"n": null`` is empty too; the server finds it only for a String item, which F sends for any data key."""
    tasks = [{"k": "a", "n": 1, "s": "x"}, {"k": "b", "n": None, "s": None}, {"k": "c"}, {"k": "d", "n": 0, "s": ""}]
    with small_project(lab, tasks) as select:
        assert select(F.data("n", type="Number").is_empty()) == {"b", "c"}
        assert select(F.data("n", type="Number").is_not_empty()) == {"a", "d"}
        assert select(F.data("s").is_empty()) == {"b", "c", "d"}


def test_server_fact_an_empty_string_is_empty_only_if_the_first_task_has_a_str(lab: Lab) -> None:
    """The server looks at one task's value to decide whether "" counts as empty (managers.apply_filters)."""
    tasks = [{"k": "a"}, {"k": "b", "s": ""}, {"k": "c", "s": "x"}]
    with small_project(lab, tasks) as select:
        assert select(F.data("s").is_empty()) == {"a"}
        assert select(F.data("s") == "") == {"b"}


@contextmanager
def small_project(lab: Lab, tasks: list[dict[str, Any]]) -> Iterator[Callable[[Filter], set[str]]]:
    """A project with these task data; yields a function naming (by ``k``) the tasks a filter selects."""
    project = lab.http.post(
        "/api/projects/", json={"title": f"small-{uuid.uuid4().hex[:8]}", "label_config": LABEL_CONFIG}
    ).json()["id"]
    try:
        answer = lab.http.post(f"/api/projects/{project}/import", json=[{"text": "t", **task} for task in tasks])
        answer.raise_for_status()

        def select(f: Filter) -> set[str]:
            answer = lab.http.get("/api/tasks/", params={"project": project, "query": Query(f).to_json()})
            answer.raise_for_status()
            return {task["data"]["k"] for task in answer.json()["tasks"]}

        yield select
    finally:
        lab.http.delete(f"/api/projects/{project}/")
