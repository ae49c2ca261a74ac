"""Bulk import without a server: task file readers, task sources, batching by count and bytes, import keys, and
the import loop's failure handling (both flavours) against an in-memory stand-in for Label Studio's import endpoint."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import httpx
import pytest

from lsclient.api_client.models.import_api_request import ImportApiRequest
from lsclient.core._async import importing as async_importing
from lsclient.core._sync import importing as sync_importing
from lsclient.core.batching import (
    DEFAULT_MAX_REQUEST_BYTES,
    BatchQueue,
    JsonItem,
    Limits,
    SourceError,
    encode_json,
    json_array,
    split,
)
from lsclient.core.errors import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    IncompleteImportError,
    InvalidInputError,
    ServerError,
    TaskImportError,
)
from lsclient.core.import_keys import check_key
from lsclient.core.task_sources import to_task
from lsclient.core.taskfiles import read_task_file

# ------------------------------------------------------------------------------------------------ file readers

READ_CASES: list[tuple[str, bytes, dict[str, Any], list[dict[str, Any]]]] = [
    (
        "array.json",
        b'[{"text": "a"}, {"data": {"text": "b"}, "meta": {"m": 1}}]',
        {},
        [
            {"text": "a"},
            {"data": {"text": "b"}, "meta": {"m": 1}},
        ],
    ),
    ("one.json", b'  {"data": {"text": "only"}}', {}, [{"data": {"text": "only"}}]),
    ("bom.json", b'\xef\xbb\xbf[{"text": "\xc3\xa9"}]', {}, [{"text": "é"}]),
    ("empty.json", b"[]", {}, []),
    ("lines.jsonl", b'{"text": "a"}\n\n{"text": "b"}\r\n', {}, [{"text": "a"}, {"text": "b"}]),
    ("lines.ndjson", b'{"text": "a"}', {}, [{"text": "a"}]),
    (
        "comma.csv",
        b'text,n\nhello,1\n"quoted, yes",007\n\n,\n',
        {},
        [
            {"text": "hello", "n": "1"},
            {"text": "quoted, yes", "n": "007"},
            {"text": "", "n": ""},
        ],
    ),
    ("semicolon.csv", b"text;n\na,b;1\n", {}, [{"text": "a,b", "n": "1"}]),
    ("short-row.csv", b"a,b,c\n1\n", {}, [{"a": "1", "b": "", "c": ""}]),
    ("multiline.csv", b'text\n"line one\nline two"\n', {}, [{"text": "line one\nline two"}]),
    ("tabs.tsv", b"text\tn\nhi, there\t2\n", {}, [{"text": "hi, there", "n": "2"}]),
    ("header-only.csv", b"text,n\n", {}, []),
    ("empty.csv", b"", {}, []),
    (
        "plain.txt",
        b"one\n\nthree, with comma\r\nlast",
        {},
        [
            {"$undefined$": "one"},
            {"$undefined$": ""},
            {"$undefined$": "three, with comma"},
            {"$undefined$": "last"},
        ],
    ),
    ("keyed.txt", b"one\n", {"text_key": "text"}, [{"text": "one"}]),
    ("data.dat", b'{"text": "a"}\n', {"file_format": "jsonl"}, [{"text": "a"}]),
    ("UPPER.CSV", b"x\n1\n", {}, [{"x": "1"}]),
]


class FakeProject(NamedTuple):
    """What the import functions read of their project: its client and id."""

    client: Any
    id: int


@pytest.mark.parametrize(("name", "content", "options", "expected"), READ_CASES, ids=[c[0] for c in READ_CASES])
def test_read_task_file(tmp_path: Path, name: str, content: bytes, options: dict[str, Any], expected: object) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert list(read_task_file(path, **options)) == expected
    assert list(read_task_file(str(path), **options)) == expected


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("bad.jsonl", b'{"text": "a"}\n{"text": \n', "bad.jsonl, line 2: not valid JSON"),
    ("list.jsonl", b"[1, 2]\n", "line 1: a task must be a JSON object"),
    ("bad.json", b'[{"text": "a"}, {"text": }]', "is not a JSON array"),
    ("bad-object.json", b'{"text": ', "is not valid JSON"),
    ("long-row.csv", b"a,b\n1,2,3\n", "long-row.csv, line 2: 3 fields, but the header has 2"),
    ("dup.csv", b"a,a\n1,2\n", "distinct, non-empty column names"),
    ("blank-col.csv", b"a,,c\n1,2,3\n", "distinct, non-empty column names"),
    ("latin1.txt", b"caf\xe9\n", "is not UTF-8 text"),
    ("cut.json", b'[{"text": "a"}, {"text": "b', "Unterminated string starting at character 25"),
    ("nan.json", b'[{"text": "a"}, {"text": NaN}]', "nan.json, item #1 (at character 16): NaN is not JSON"),
    ("inf.json", b'{"score": -Infinity}', "inf.json is not valid JSON: -Infinity is not JSON"),
    ("nan.jsonl", b'{"text": "a"}\n\n{"n": Infinity}\n', "nan.jsonl, line 3: not valid JSON: Infinity is not JSON"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_task_files_name_the_place(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as info:
        list(read_task_file(path))
    assert message in str(info.value)


def test_unknown_extension_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="cannot tell the task file format"):
        read_task_file(tmp_path / "tasks.xml")
    with pytest.raises(FileNotFoundError):
        read_task_file(tmp_path / "missing.json")  # at once, before anything is imported


def test_json_array_is_read_incrementally(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text("[" + ",".join(json.dumps({"text": "x" * 100, "n": n}) for n in range(3000)) + "]")
    tasks = read_task_file(path)
    assert next(tasks) == {"text": "x" * 100, "n": 0}  # the first task comes out before the file is read through
    assert sum(1 for _ in tasks) == 2999


# --------------------------------------------------------------------------------------------------- to_task


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"text": "a"}, {"data": {"text": "a"}}),
        ({"data": {"text": "a"}}, {"data": {"text": "a"}}),
        (
            {"data": {"text": "a"}, "meta": {"k": 1}, "predictions": []},
            {"data": {"text": "a"}, "meta": {"k": 1}, "predictions": []},
        ),
        ({"data": "not a mapping", "x": 1}, {"data": {"data": "not a mapping", "x": 1}}),
        ({"data": {"text": "a"}, "extra": 1}, {"data": {"data": {"text": "a"}, "extra": 1}}),
        (ImportApiRequest(data={"text": "a"}), {"data": {"text": "a"}}),
    ],
)
def test_to_task(item: Any, expected: dict[str, Any]) -> None:
    assert to_task(item, 0) == expected


def test_to_task_copies_and_rejects_non_mappings() -> None:
    original = {"data": {"text": "a"}, "meta": {"k": 1}}
    task = to_task(original, 0)
    task["data"]["text"] = "changed"
    assert original["data"]["text"] == "a"
    with pytest.raises(InvalidInputError, match="task #3 must be a mapping"):
        to_task("text", 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "item",
    [
        {"text": "a", "n": 1},
        {"data": {"text": "a"}},
        {"data": None, "text": "a"},  # a data key that is not a mapping: the item is the data
        {"data": {"text": "a"}, "meta": {"k": 1}},
        {"data": {"text": "a"}, "id": 7, "project": 3},
    ],
)
def test_to_task_gives_the_same_for_dicts_and_other_mappings(item: dict[str, Any]) -> None:
    from types import MappingProxyType

    # plain dicts take a shortcut; any other mapping goes the general way: both must agree
    assert to_task(item, 0) == to_task(MappingProxyType(item), 0)
    if isinstance(item.get("data"), dict):
        assert to_task(item, 0)["data"] is not item["data"]  # a copy


@pytest.mark.parametrize(
    "value",
    [
        {"data": {"text": 'é ü 漢字 \u2028 \x01 "quoted" \\ \\u0000 \n'}, "meta": {"k": [1, 2.5, None, True, False]}},
        {"nested": [[[[{"deep": [1e300, -0.0, 12345678901234567890]}]]]]},
        {3: "int key", 2.5: "float key", None: "none key", True: "bool key"},
        ("a", "tuple"),
        "just text",
        [],
        {},
    ],
)
def test_encode_json_is_json_dumps(value: object) -> None:
    expected = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
    assert encode_json(value, "task #0") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"x": float("nan")}, "task #4['x'] is nan"),
        ({"x": {1, 2}}, "task #4['x'] is a set"),
        ({"x": "\ud800"}, "task #4['x']"),
        ({"when": object()}, "task #4['when'] is a object"),
        ({"x": ["a\x00"]}, "task #4['x'][0] holds a NUL character"),
        ({"a\x00": 1}, "task #4 key 'a\\x00' holds a NUL character"),
    ],
)
def test_encode_json_names_what_is_not_json(value: object, message: str) -> None:
    with pytest.raises(InvalidInputError) as info:
        encode_json(value, "task #4")
    assert message in str(info.value)


def test_encode_json_refuses_a_cycle() -> None:
    cycle: dict[str, Any] = {"a": 1}
    cycle["self"] = cycle
    with pytest.raises(InvalidInputError, match="task #0"):
        encode_json(cycle, "task #0")


def test_json_array_joins_the_items() -> None:
    assert json_array([JsonItem(0, b'{"a":1}'), JsonItem(1, b"[2]"), JsonItem(2, b'"x"')]) == b'[{"a":1},[2],"x"]'
    assert json_array([JsonItem(0, b"{}")]) == b"[{}]"
    assert json.loads(json_array([JsonItem(n, encode_json({"n": n}, "t")) for n in range(100)])) == [
        {"n": n} for n in range(100)
    ]


@pytest.mark.parametrize("key", ["nightly-2026-11-22", "a", "Run_7.b:c/d@e+f=g", "x" * 200])
def test_valid_keys(key: str) -> None:
    assert check_key(key) == key


@pytest.mark.parametrize("key", ["", "with space", 'quo"te', "back\\slash", "é", "x" * 201, "tab\t"])
def test_invalid_keys(key: str) -> None:
    with pytest.raises(InvalidInputError, match="key must be"):
        check_key(key)


# -------------------------------------------------------------------------------------------------- batching


def items(*sizes: int) -> list[JsonItem]:
    return [JsonItem(index, b"x" * (size - 1)) for index, size in enumerate(sizes)]  # size counts the comma


def indexes(parts: list[list[JsonItem]]) -> list[list[int]]:
    return [[item.index for item in part] for part in parts]


@pytest.mark.parametrize(
    ("sizes", "limits", "expected"),
    [
        ([10] * 5, Limits(2, 1000), [[0, 1], [2, 3], [4]]),  # by count
        ([10] * 5, Limits(100, 32), [[0, 1, 2], [3, 4]]),  # by bytes: 2 + 3 * 10 <= 32
        ([10, 50, 10, 10], Limits(100, 30), [[0], [1], [2, 3]]),  # a too-big item travels alone
        ([], Limits(3, 100), []),
    ],
)
def test_split_by_count_and_bytes(sizes: list[int], limits: Limits, expected: list[list[int]]) -> None:
    assert indexes(split(items(*sizes), limits)) == expected


def test_queue_batches_lazily_and_follows_lowered_limits() -> None:
    pulled: list[int] = []

    def source() -> Iterator[JsonItem]:
        for item in items(*[10] * 10):
            pulled.append(item.index)
            yield item

    limits = Limits(count=4, bytes=1000)
    queue = BatchQueue(source(), limits)
    assert [i.index for i in queue.next_batch()] == [0, 1, 2, 3]
    assert pulled == [0, 1, 2, 3]  # nothing read ahead
    limits.shrink(bytes=25)  # 2 + 2 * 10
    assert [i.index for i in queue.next_batch()] == [4, 5]
    assert len(pulled) == 7  # the item that did not fit waits in the queue
    assert [i.index for i in queue.next_batch()] == [6, 7]
    assert [i.index for i in queue.next_batch()] == [8, 9]
    assert queue.next_batch() == []


def test_queue_hands_out_what_precedes_a_broken_item_then_reports_it() -> None:
    def source() -> Iterator[JsonItem]:
        yield from items(5, 5, 5)
        raise InvalidInputError("task #3 is bad")

    queue = BatchQueue(source(), Limits(count=10, bytes=1000))
    assert [i.index for i in queue.next_batch()] == [0, 1, 2]
    with pytest.raises(SourceError) as info:
        queue.next_batch()
    assert info.value.index == 3 and "task #3" in str(info.value.cause)


def test_limits_only_go_down() -> None:
    limits = Limits(count=10, bytes=100)
    assert limits.shrink(count=20, bytes=200) is False
    assert limits.shrink(count=5) is True and limits == Limits(5, 100)
    assert limits.shrink(bytes=0) is True and limits.bytes == 1


# --------------------------------------------------------------------------------------- the import loop


def dropped() -> APIConnectionError:
    error = APIConnectionError("connection lost", method="POST", url="/api/projects/1/import")
    error.__cause__ = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    return error


def refused() -> APIConnectionError:
    error = APIConnectionError("connection refused", method="POST", url="/api/projects/1/import")
    error.__cause__ = httpx.ConnectError("refused")
    return error


class Flavour:
    """One flavour of the import loop (the async source or its generated sync twin), driven synchronously.

    ``patch`` replaces one of the loop's request functions by a plain function (made a coroutine function for the
    async flavour), optionally pausing before and after it, to let concurrent batches overtake one another.
    """

    def __init__(self, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.name = name
        self.is_async = name == "async"
        self.module: ModuleType = async_importing if self.is_async else sync_importing
        self.monkeypatch = monkeypatch
        monkeypatch.setattr(self.module, "_DOUBT_SETTLE_SECONDS", 0.0)

    def patch(
        self,
        name: str,
        function: Callable[..., Any],
        *,
        before: Callable[..., float] = lambda *args: 0.0,
        after: Callable[..., float] = lambda *args: 0.0,
    ) -> None:
        if self.is_async:

            async def replacement_async(*args: Any, **kwargs: Any) -> Any:
                await asyncio.sleep(before(*args))
                try:
                    return function(*args, **kwargs)
                finally:
                    await asyncio.sleep(after(*args))

            self.monkeypatch.setattr(self.module, name, replacement_async)
        else:
            import time

            def replacement(*args: Any, **kwargs: Any) -> Any:
                time.sleep(before(*args))
                try:
                    return function(*args, **kwargs)
                finally:
                    time.sleep(after(*args))

            self.monkeypatch.setattr(self.module, name, replacement)

    def drive(self, result: Any) -> Any:
        return asyncio.run(result) if self.is_async else result

    def import_tasks(self, source: Any, **options: Any) -> list[int]:
        options.setdefault("progress", False)
        return self.drive(self.module.import_tasks(FakeProject(object(), 1), source, **options))  # type: ignore[no-any-return]

    def import_predictions(self, predictions: Any, **options: Any) -> int:
        options.setdefault("progress", False)
        return self.drive(self.module.import_predictions(FakeProject(object(), 1), predictions, **options))  # type: ignore[no-any-return]


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Flavour:
    return Flavour(request.param, monkeypatch)


class FakeLabelStudio:
    """The import endpoint's observable behaviour, in memory: ids ascending, a 400 naming the bad task's position,
    a 413 above ``max_bytes``, and faults injected per import request number (1-based) or per first input index
    of a request (``index_faults``, each used once). Safe to call from several threads."""

    def __init__(self, flavour: Flavour) -> None:
        import threading

        self.flavour = flavour
        self.lock = threading.Lock()
        self.tasks: dict[int, dict[str, Any]] = {}
        self.next_id = 100
        self.max_bytes: int | None = None
        self.faults: dict[int, str] = {}
        self.index_faults: dict[int, list[str]] = {}
        self.requests: list[tuple[int, int, str]] = []  # (tasks, bytes, outcome)

    def post_tasks(self, client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        with self.lock:
            return self._post_tasks(batch)

    def _post_tasks(self, batch: list[JsonItem]) -> list[int]:
        body = b"[" + b",".join(item.body for item in batch) + b"]"
        number = len(self.requests) + 1
        fault = self.faults.get(number, "")
        queued = self.index_faults.get(batch[0].index)
        if queued:
            fault = queued.pop(0)
        if self.max_bytes is not None and len(body) > self.max_bytes:
            self.requests.append((len(batch), len(body), "413"))
            raise APIStatusError(status_code=413, method="POST", url="/import", body="Request Entity Too Large")
        if fault == "lost":  # never reached the server
            self.requests.append((len(batch), len(body), "lost"))
            raise dropped()
        tasks = json.loads(body)
        bad = [position for position, task in enumerate(tasks) if "text" not in task["data"]]
        if bad:
            self.requests.append((len(batch), len(body), "400"))
            raise BadRequestError(
                status_code=400,
                method="POST",
                url="/import",
                detail="Validation error",
                validation_errors={
                    f"non_field_errors[{p}]": [f'Error at item {p}: "text" key is expected'] for p in bad
                },
            )
        ids = []
        for task in tasks:
            self.tasks[self.next_id] = task
            ids.append(self.next_id)
            self.next_id += 1
        self.requests.append((len(batch), len(body), fault or "201"))
        if fault == "dropped":  # imported, but the answer never came back
            raise dropped()
        if fault == "500":
            raise ServerError(status_code=500, method="POST", url="/import", detail="boom")
        return ids

    def find_keyed_tasks(self, client: object, project_id: int, key: str, *, above_id: int = 0) -> dict[int, int]:
        found: dict[int, int] = {}
        with self.lock:
            tasks = sorted(self.tasks.items())
        for task_id, task in tasks:
            value = (task.get("meta") or {}).get("lsclient_import", "")
            if task_id > above_id and value.rpartition(":")[0] == key:
                found.setdefault(int(value.rpartition(":")[2]), task_id)
        return found

    def texts(self, ids: list[int]) -> list[str]:
        return [self.tasks[i]["data"]["text"] for i in ids]

    def run(self, source: Any, **options: Any) -> list[int]:
        return self.flavour.import_tasks(source, **options)


@pytest.fixture
def server(flavour: Flavour) -> FakeLabelStudio:
    fake = FakeLabelStudio(flavour)
    flavour.patch("_post_tasks", fake.post_tasks)
    flavour.patch("find_keyed_tasks", fake.find_keyed_tasks)
    return fake


def texts(n: int, start: int = 0) -> list[dict[str, str]]:
    return [{"text": f"t{i}"} for i in range(start, start + n)]


def test_ids_in_input_order_from_a_generator(server: FakeLabelStudio) -> None:
    ids = server.run((task for task in texts(25)), batch_size=10)
    assert server.texts(ids) == [f"t{i}" for i in range(25)]
    assert [r[0] for r in server.requests] == [10, 10, 5]


def test_by_default_10000_small_tasks_go_in_one_request(server: FakeLabelStudio) -> None:
    ids = server.run(texts(10_001))
    assert [r[0] for r in server.requests] == [10_000, 1]
    assert server.texts(ids[-2:]) == ["t9999", "t10000"]


def test_by_default_large_tasks_are_cut_by_bytes(server: FakeLabelStudio) -> None:
    tasks = [{"text": f"{n:03d}" + "x" * 200_000} for n in range(180)]  # 36 MB in all
    ids = server.run(tasks)
    assert server.texts(ids) == [task["text"] for task in tasks]
    sizes = [size for _, size, _ in server.requests]
    assert len(sizes) == 3 and all(size <= DEFAULT_MAX_REQUEST_BYTES for size in sizes)
    assert [r[0] for r in server.requests] == [83, 83, 14]  # as many as fit
    server.requests.clear()
    server.run(tasks[:10], max_request_bytes=500_000)
    assert [r[0] for r in server.requests] == [2, 2, 2, 2, 2]


def test_a_rejected_task_imports_exactly_what_precedes_it(server: FakeLabelStudio) -> None:
    tasks = [*texts(7), {"wrong": "x"}, *texts(3, 8)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=5, key="k1")
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt, error.imported_after) == (7, range(7, 8), False, {})
    assert isinstance(error.__cause__, BadRequestError)
    assert str(error).startswith(
        "import into project 1 stopped at item #7: items #0-#6 are imported; item #7 was rejected: 400 Bad Request"
    )
    assert sorted(server.tasks) == error.imported_task_ids and server.texts(error.imported_task_ids) == [
        f"t{i}" for i in range(7)
    ]

    tasks[7] = {"text": "t7"}
    ids = server.run(tasks, batch_size=5, key="k1")  # the same key: only the missing tasks are sent
    assert ids[:7] == error.imported_task_ids
    assert server.texts(ids) == [f"t{i}" for i in range(11)] and len(server.tasks) == 11


def test_tasks_already_imported_with_the_key_after_the_failed_one_are_reported(server: FakeLabelStudio) -> None:
    first = server.run(texts(10), key="k")
    del server.tasks[first[7]]  # say, removed by hand; the re-run sends only item 7, which is now bad
    tasks = [*texts(7), {"wrong": "x"}, *texts(2, 8)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=5, key="k")
    error = info.value
    assert (error.failed_at, error.in_doubt, error.imported_task_ids) == (7, False, first[:7])
    assert error.imported_after == {8: first[8], 9: first[9]}


def test_bad_item_in_the_source_reports_after_importing_the_rest_of_its_batch(server: FakeLabelStudio) -> None:
    def source() -> Iterator[object]:
        yield from texts(3)
        yield "not a task"

    with pytest.raises(TaskImportError) as info:
        server.run(source(), batch_size=10)
    assert info.value.failed_at == 3 and isinstance(info.value.__cause__, InvalidInputError)
    assert server.texts(info.value.imported_task_ids) == ["t0", "t1", "t2"]


@pytest.mark.parametrize("fault", ["dropped", "500"])
def test_a_request_in_doubt_that_landed_is_not_sent_again_with_a_key(server: FakeLabelStudio, fault: str) -> None:
    server.faults = {2: fault}
    ids = server.run(texts(30), batch_size=10, key="night")
    assert server.texts(ids) == [f"t{i}" for i in range(30)] and len(server.tasks) == 30
    assert [r[2] for r in server.requests] == ["201", fault, "201"]


def test_a_request_in_doubt_that_did_not_land_is_sent_again_with_a_key(server: FakeLabelStudio) -> None:
    server.faults = {2: "lost", 3: "lost"}
    ids = server.run(texts(30), batch_size=10, key="night")
    assert server.texts(ids) == [f"t{i}" for i in range(30)] and len(server.tasks) == 30
    assert [r[2] for r in server.requests] == ["201", "lost", "lost", "201", "201"]


def test_repeated_doubt_gives_up_with_an_exact_report(server: FakeLabelStudio) -> None:
    server.faults = dict.fromkeys(range(2, 10), "lost")
    with pytest.raises(TaskImportError) as info:
        server.run(texts(30), batch_size=10, key="night")
    assert (info.value.failed_at, info.value.in_doubt, info.value.imported_after) == (10, False, {})
    assert server.texts(info.value.imported_task_ids) == [f"t{i}" for i in range(10)] and len(server.tasks) == 10


def test_giving_up_on_doubt_reports_what_the_key_found_after_the_failed_item(server: FakeLabelStudio) -> None:
    # The request of items 10..19 lands without 13..15 and its answer is lost; resending those is lost every time.
    def post_tasks(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        if batch[0].index < 10:
            return server.post_tasks(client, project_id, batch, timeout)
        landing = [item for item in batch if item.index not in (13, 14, 15)]
        if landing:
            server.post_tasks(client, project_id, landing, timeout)
        raise dropped()

    server.flavour.patch("_post_tasks", post_tasks)
    with pytest.raises(TaskImportError) as info:
        server.run(texts(20), batch_size=10, key="night")
    error = info.value
    assert (error.failed_at, error.in_doubt, error.failed_range) == (13, False, range(13, 16))
    assert server.texts(error.imported_task_ids) == [f"t{i}" for i in range(13)]
    assert list(error.imported_after) == [16, 17, 18, 19]
    assert server.texts(list(error.imported_after.values())) == ["t16", "t17", "t18", "t19"]
    assert "the request with items #13-#15 failed" in str(error) and "items #16-#19 were imported too" in str(error)


def test_without_a_key_a_request_in_doubt_is_reported_as_such(server: FakeLabelStudio) -> None:
    server.faults = {2: "dropped"}
    with pytest.raises(TaskImportError) as info:
        server.run(texts(30), batch_size=10)
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt, error.imported_after) == (10, range(10, 20), True, {})
    assert "items #10-#19 may or may not have been imported" in str(error) and len(error.imported_task_ids) == 10
    assert len(server.tasks) == 20  # it did land: only a key can tell


def test_a_refused_connection_is_not_in_doubt(server: FakeLabelStudio) -> None:
    def post(*args: object) -> list[int]:
        raise refused()

    server.flavour.patch("_post_tasks", post)
    with pytest.raises(TaskImportError) as info:
        server.run(texts(3))
    assert (info.value.failed_at, info.value.in_doubt, info.value.failed_range) == (0, False, range(0, 3))
    assert "nothing before it was imported; the request with items #0-#2 failed: connection refused" in str(info.value)


def test_too_large_requests_are_halved_and_the_size_is_kept(server: FakeLabelStudio) -> None:
    server.max_bytes = 1000
    tasks = [{"text": f"{i:03d}" + "x" * 90} for i in range(60)]  # ~110 bytes each
    ids = server.run(tasks, batch_size=20)
    assert server.texts(ids) == [task["text"] for task in tasks]
    outcomes = [r[2] for r in server.requests]
    assert outcomes.count("413") == 2 and outcomes[:2] == ["413", "413"]  # then never again
    assert all(size <= 1000 for _, size, outcome in server.requests if outcome == "201")


def test_one_task_over_the_limit_fails_alone(server: FakeLabelStudio) -> None:
    server.max_bytes = 500
    tasks = [*texts(3), {"text": "x" * 600}, *texts(2, 4)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=10)
    assert info.value.failed_at == 3 and info.value.__cause__.status_code == 413  # type: ignore[union-attr]
    assert server.texts(info.value.imported_task_ids) == ["t0", "t1", "t2"]


def test_parallel_predictions_and_annotations_are_merged(server: FakeLabelStudio) -> None:
    prediction = {"result": [], "score": 0.5}
    tasks = [{"data": {"text": "a"}, "predictions": [{"result": [], "score": 0.1}]}, {"text": "b"}, {"text": "c"}]
    ids = server.run(
        tasks, predictions=[prediction, None, [prediction, prediction]], annotations=iter([None, {"result": []}, None])
    )
    stored = [server.tasks[i] for i in ids]
    assert [len(t.get("predictions", [])) for t in stored] == [2, 0, 2]
    assert [len(t.get("annotations", [])) for t in stored] == [0, 1, 0]
    # lengths known on both sides: refused before any request
    before = len(server.requests)
    with pytest.raises(InvalidInputError, match="predictions= has 1 items for the source's 2 tasks"):
        server.run(texts(2), predictions=[None])
    with pytest.raises(InvalidInputError, match="annotations= has 2 items for the source's 1 tasks"):
        server.run(texts(1), annotations=[None, None])
    assert len(server.requests) == before
    # an iterator's length shows only when reached: the tasks before it are in, and the error says so
    with pytest.raises(TaskImportError, match="ran out at task #1"):
        server.run(texts(2), predictions=iter([None]))
    with pytest.raises(TaskImportError, match="more items than") as info:
        server.run(texts(1), annotations=iter([None, None]))  # found only once the source has ended
    assert info.value.failed_at == 1 and len(info.value.imported_task_ids) == 1


def test_the_key_is_merged_into_meta(server: FakeLabelStudio) -> None:
    (task_id,) = server.run([{"data": {"text": "a"}, "meta": {"source": "s"}}], key="k")
    assert server.tasks[task_id]["meta"] == {"source": "s", "lsclient_import": "k:0"}


@pytest.mark.parametrize(
    ("source", "options", "message"),
    [
        ({"text": "a"}, {}, "wrap a single task in a list"),
        (b"[]", {}, "source must be"),
        ([], {"batch_size": 0}, "batch_size"),
        ([], {"max_request_bytes": 0}, "max_request_bytes"),
        ([], {"max_request_bytes": "1"}, "max_request_bytes"),
        ([], {"key": "bad key"}, "key must be"),
        ([], {"concurrency": 0}, "concurrency must be an int >= 1"),
        ([], {"concurrency": "2"}, "concurrency must be an int >= 1"),
        (["a.png"], {"key": "k"}, "cannot be used with media files"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    server: FakeLabelStudio, source: Any, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        server.run(source, **options)
    assert server.requests == []


def test_empty_source_sends_nothing(server: FakeLabelStudio) -> None:
    assert server.run([]) == [] and server.run(iter([])) == [] and server.requests == []


def test_media_files_travel_at_most_100_per_request_and_fewer_when_refused(tmp_path: Path, flavour: Flavour) -> None:
    paths = []
    for n in range(130):
        paths.append(tmp_path / f"f{n:03d}.png")
        paths[-1].write_bytes(b"png")
    uploads: list[list[str]] = []

    def post_files(client: object, project_id: int, batch: list[Any], timeout: float) -> list[int]:
        if len(batch) > 40:
            uploads.append([])
            raise ServerError(
                status_code=500,
                method="POST",
                url="/import",
                detail="The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.",
            )
        uploads.append([item.path.name for item in batch])
        return [int(item.path.stem[1:]) for item in batch]

    flavour.patch("_post_files", post_files)
    ids = flavour.import_tasks(paths, batch_size=500)
    assert ids == list(range(130))
    assert [len(u) for u in uploads][:3] == [0, 0, 25]  # 100 refused, 50 refused, then 25 per request
    assert max(len(u) for u in uploads) == 25


def test_tasks_created_without_their_predictions_are_removed_and_sent_again(server: FakeLabelStudio) -> None:
    # Label Studio on SQLite drops a request's predictions/annotations when it retries it after a lock error.
    lossy = {"remaining": 1}

    def post_tasks(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        ids = server.post_tasks(client, project_id, batch, timeout)
        if lossy["remaining"] and any(item.predictions for item in batch):
            lossy["remaining"] -= 1
            for task_id in ids:
                server.tasks[task_id].pop("predictions", None)
            incomplete = server.flavour.module._Incomplete
            raise incomplete(ids, "Label Studio created 2 tasks but only 0 of their 1 predictions")
        return ids

    def remove_tasks(client: object, project_id: int, task_ids: list[int]) -> None:
        for task_id in task_ids:
            del server.tasks[task_id]

    server.flavour.patch("_post_tasks", post_tasks)
    server.flavour.patch("_remove_tasks", remove_tasks)
    tasks = [{"text": "a"}, {"data": {"text": "b"}, "predictions": [{"result": []}]}]
    ids = server.run(tasks, key="k")
    assert server.texts(ids) == ["a", "b"] and len(server.tasks) == 2
    assert server.tasks[ids[1]]["predictions"] == [{"result": []}]

    lossy["remaining"] = 2  # losing them twice: the request is undone and reported
    with pytest.raises(TaskImportError) as info:
        server.run(tasks)
    assert isinstance(info.value.__cause__, IncompleteImportError) and info.value.__cause__.removed
    assert info.value.failed_at == 0 and len(server.tasks) == 2
