"""Bulk import against the real server: every source kind, failures midway, import keys, and a faulty proxy
(dropped answers, 413s, too many files) between the client and Label Studio."""

from __future__ import annotations

import base64
import csv
import json
import threading
import uuid
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from flavours import connect

from lsclient import Client, Project, make_client
from lsclient.core.batching import PredictionsSkippedWarning
from lsclient.core.errors import BadRequestError, InvalidInputError, PredictionImportError, TaskImportError

pytestmark = pytest.mark.integration

TEXT_CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""
IMAGE_CONFIG = """<View>
  <Image name="image" value="$image"/>
  <Choices name="kind" toName="image"><Choice value="cat"/><Choice value="dog"/></Choices>
</View>"""
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def choice(value: str) -> list[dict[str, Any]]:
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}]


# ------------------------------------------------------------------------------------------------ a faulty proxy


class FaultyProxy:
    """A threaded HTTP proxy in front of the real server that misbehaves on chosen import POSTs.

    - ``drop_after``: numbers (1-based) of import POSTs forwarded to the server whose answer is then thrown away
      and the connection closed: the server imported them, the client cannot know;
    - ``drop_before``: numbers of import POSTs whose connection is closed without forwarding them;
    - ``max_bytes``: import POSTs with a larger body get 413 without being forwarded (like nginx);
    - ``max_files``: multipart import POSTs with more file parts get Label Studio's own 500 for
      ``DATA_UPLOAD_MAX_NUMBER_FILES`` without being forwarded.

    ``imports`` records ``(body bytes, outcome)`` of every import POST.
    """

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.drop_after: set[int] = set()
        self.drop_before: set[int] = set()
        self.max_bytes: int | None = None
        self.max_files: int | None = None
        self.imports: list[tuple[int, str]] = []
        self._lock = threading.Lock()
        self._http = httpx.Client(timeout=300)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def outcomes(self) -> list[str]:
        return [outcome for _, outcome in self.imports]

    def __enter__(self) -> FaultyProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                self._forward()

            do_POST = do_PATCH = do_PUT = do_DELETE = do_GET

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                number = 0
                if self.command == "POST" and urlsplit(self.path).path.endswith("/import"):
                    with proxy._lock:
                        number = len(proxy.imports) + 1
                        if proxy.max_bytes is not None and len(body) > proxy.max_bytes:
                            proxy.imports.append((len(body), "413"))
                            self._reply(413, b"<html><title>413 Request Entity Too Large</title></html>", "text/html")
                            return
                        if proxy.max_files is not None and body.count(b'filename="') > proxy.max_files:
                            proxy.imports.append((len(body), "500"))
                            detail = "The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES."
                            answer = {"status_code": 500, "version": "1.23.2", "detail": detail, "exc_info": None}
                            self._reply(500, json.dumps(answer).encode(), "application/json")
                            return
                        if number in proxy.drop_before:
                            proxy.imports.append((len(body), "dropped before"))
                            self.close_connection = True
                            return
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length", "connection", "accept-encoding")
                }
                answer = proxy._http.request(self.command, proxy.upstream + self.path, headers=headers, content=body)
                if number:
                    with proxy._lock:
                        if number in proxy.drop_after:
                            proxy.imports.append((len(body), "dropped after"))
                            self.close_connection = True
                            return
                        proxy.imports.append((len(body), str(answer.status_code)))
                self._reply(answer.status_code, answer.content, answer.headers.get("content-type", "text/plain"))

            def _reply(self, status: int, content: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

        return Handler


# ---------------------------------------------------------------------------------------------------- fixtures


@pytest.fixture
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        yield client


def new_project(client: Client, config: str = TEXT_CONFIG) -> Project:
    return client.projects.create(title=f"bulk-{uuid.uuid4().hex[:8]}", label_config=config)


@pytest.fixture
def project(client: Client) -> Iterator[Project]:
    project = new_project(client)
    yield project
    project.remove()


@pytest.fixture
def proxy(label_studio: Any) -> Iterator[FaultyProxy]:
    with FaultyProxy(label_studio.url) as proxy:
        yield proxy


@pytest.fixture
def proxied(proxy: FaultyProxy, label_studio: Any) -> Iterator[Client]:
    with make_client(proxy.url, label_studio.api_key) as client:
        yield client


def server_tasks(project: Project) -> list[tuple[int, dict[str, Any], dict[str, Any]]]:
    """(id, data, meta) of every task on the server, by id."""
    return [(t.id, t.data, t.meta if isinstance(t.meta, dict) else {}) for t in project.tasks.list(page_size=1000)]


def assert_server_has(project: Project, ids: list[int], data: list[dict[str, Any]]) -> None:
    """The project holds exactly the tasks ``ids`` (no more), with ``data`` in that order."""
    on_server = {task_id: task_data for task_id, task_data, _ in server_tasks(project)}
    assert sorted(on_server) == sorted(ids) and len(set(ids)) == len(ids)
    assert [on_server[i] for i in ids] == data


# ------------------------------------------------------------------------------------------------ source kinds


def test_list_and_full_tasks(project: Project) -> None:
    tasks: list[Any] = [
        {"text": "plain"},
        {"data": {"text": "with meta"}, "meta": {"source": "crm"}},
        {"data": {"text": "predicted"}, "predictions": [{"result": choice("positive"), "score": 0.8}]},
    ]
    ids = project.import_tasks(tasks, progress=False)
    assert_server_has(project, ids, [{"text": "plain"}, {"text": "with meta"}, {"text": "predicted"}])
    assert project.client.tasks.retrieve(ids[1]).meta == {"source": "crm"}
    assert project.client.tasks.retrieve(ids[2]).total_predictions == 1


def test_generator_in_batches_with_parallel_predictions(project: Project) -> None:
    consumed: list[int] = []

    def source() -> Iterator[dict[str, str]]:
        for i in range(2500):
            consumed.append(i)
            yield {"text": f"item {i}"}

    predictions = ({"result": choice("negative"), "score": i / 2500} if i % 1000 == 0 else None for i in range(2500))
    ids = project.import_tasks(source(), predictions=predictions, batch_size=1000, progress=False)
    assert len(consumed) == 2500 and ids == sorted(ids)
    assert_server_has(project, ids, [{"text": f"item {i}"} for i in range(2500)])
    assert [project.client.tasks.retrieve(ids[i]).total_predictions for i in (0, 1, 1000, 2000)] == [1, 0, 1, 1]


@pytest.mark.parametrize("kind", ["json", "jsonl", "csv", "tsv", "txt"])
def test_task_files(project: Project, tmp_path: Path, kind: str) -> None:
    texts = ["first", 'second, with "quotes"', "", "fourth é"]
    path = tmp_path / f"tasks.{kind}"
    if kind == "json":
        path.write_text(json.dumps([{"text": t, "n": str(i)} for i, t in enumerate(texts)]), encoding="utf-8")
    elif kind == "jsonl":
        path.write_text("".join(json.dumps({"text": t, "n": str(i)}) + "\n" for i, t in enumerate(texts)), "utf-8")
    elif kind in ("csv", "tsv"):
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, delimiter="," if kind == "csv" else "\t")
            writer.writerows([("text", "n"), *((t, str(i)) for i, t in enumerate(texts))])
    else:
        path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    ids = project.import_tasks(path, batch_size=3, progress=False)
    if kind == "txt":
        # The lines go under "$undefined$", which Label Studio stores under the config's data key (text).
        expected = [{"text": t} for t in texts]
    else:
        expected = [{"text": t, "n": str(i)} for i, t in enumerate(texts)]
    assert_server_has(project, ids, expected)


def test_media_files(client: Client, tmp_path: Path) -> None:
    project = new_project(client, IMAGE_CONFIG)
    try:
        paths = []
        for name in ("cat.png", "dog.png", "bird.png"):
            paths.append(tmp_path / name)
            paths[-1].write_bytes(PNG)
        ids = project.import_tasks(paths, batch_size=2, progress=False)
        on_server = {task_id: data for task_id, data, _ in server_tasks(project)}
        assert sorted(on_server) == ids and len(ids) == 3
        # Label Studio stores each upload as /data/upload/<project>/<8 hex>-<name>, under the config's data key.
        assert [on_server[i]["image"].rsplit("-", 1)[1] for i in ids] == ["cat.png", "dog.png", "bird.png"]
        content = client.http.get_httpx_client().get(on_server[ids[0]]["image"])
        assert content.status_code == 200 and content.content == PNG
    finally:
        project.remove()


def test_text_files_uploaded_as_files_are_task_lists(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("alpha\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("beta one\nbeta two\n", encoding="utf-8")
    ids = project.import_tasks([tmp_path / "a.txt", str(tmp_path / "b.txt")], progress=False)
    assert_server_has(project, ids, [{"text": "alpha"}, {"text": "beta one"}, {"text": "beta two"}])


# ------------------------------------------------------------------------------------------- failures midway


def test_bad_task_midway_then_rerun_with_the_key(project: Project) -> None:
    tasks: list[dict[str, Any]] = [{"text": f"row {i}"} for i in range(25)]
    tasks[17] = {"txt": "typo in the key"}
    with pytest.raises(TaskImportError) as info:
        project.import_tasks(tasks, batch_size=10, key="nightly-2026-11-22", progress=False)
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt) == (17, range(17, 18), False)
    assert isinstance(error.__cause__, BadRequestError) and "text" in str(error.__cause__)
    assert len(error.imported_task_ids) == 17
    assert_server_has(project, error.imported_task_ids, [{"text": f"row {i}"} for i in range(17)])

    tasks[17] = {"text": "row 17"}
    ids = project.import_tasks(tasks, batch_size=10, key="nightly-2026-11-22", progress=False)
    assert ids[:17] == error.imported_task_ids
    assert_server_has(project, ids, [{"text": f"row {i}"} for i in range(25)])
    metas = {task_id: meta for task_id, _, meta in server_tasks(project)}
    assert [metas[i]["lsclient_import"] for i in ids] == [f"nightly-2026-11-22:{i}" for i in range(25)]

    # Same again: everything is already there, nothing is sent; a longer source only adds the new tail.
    assert project.import_tasks(tasks, key="nightly-2026-11-22", progress=False) == ids
    more = project.import_tasks([*tasks, {"text": "row 25"}], key="nightly-2026-11-22", progress=False)
    assert more[:25] == ids
    assert_server_has(project, more, [{"text": f"row {i}"} for i in range(26)])


def test_concurrent_batches_keep_input_order_and_the_key(project: Project) -> None:
    # (few batches: on the SQLite dev server concurrent writes wait for the database lock, seconds each)
    tasks = [{"text": f"row {i}"} for i in range(20)]
    ids = project.import_tasks(tasks, batch_size=5, concurrency=3, key="concurrent", progress=False)
    assert len(set(ids)) == 20
    assert_server_has(project, ids, tasks)  # the id at position i holds task i
    # a re-run with the key sends nothing and answers the same ids; the server holds each task once
    assert project.import_tasks(tasks, batch_size=5, concurrency=3, key="concurrent", progress=False) == ids
    assert len(server_tasks(project)) == 20
    with pytest.raises(InvalidInputError, match="concurrency"):
        project.import_tasks(tasks, concurrency=0, progress=False)


def test_concurrent_batches_stop_at_a_bad_task(project: Project) -> None:
    tasks: list[dict[str, Any]] = [{"text": f"row {i}"} for i in range(20)]
    tasks[12] = {"txt": "typo in the key"}
    with pytest.raises(TaskImportError) as info:
        project.import_tasks(tasks, batch_size=5, concurrency=2, key="stop", progress=False)
    error = info.value
    assert error.failed_at == 12 and len(error.imported_task_ids) == 12
    tasks[12] = {"text": "row 12"}
    ids = project.import_tasks(tasks, batch_size=5, concurrency=2, key="stop", progress=False)
    assert ids[:12] == error.imported_task_ids
    assert_server_has(project, ids, tasks)
    assert len(server_tasks(project)) == 20  # nothing twice, whatever went in alongside the failed batch


def test_a_bad_task_with_concurrency_reports_what_went_in_alongside_exactly(project: Project) -> None:
    # Batches [0, 1] and [2, 3] start together; [0, 1] is a 400 (item 1), so item 0 is sent again alone, and no
    # batch starts after that failure is known. [2, 3] went in: a known fact, not doubt.
    tasks: list[dict[str, Any]] = [{"text": f"row {i}"} for i in range(8)]
    tasks[1] = {"txt": "typo in the key"}
    with pytest.raises(TaskImportError) as info:
        project.import_tasks(tasks, batch_size=2, concurrency=2, key="alongside", progress=False)
    error = info.value
    assert isinstance(error.__cause__, BadRequestError)
    assert (error.failed_at, error.in_doubt, error.failed_range) == (1, False, range(1, 2))
    assert len(error.imported_task_ids) == 1
    assert list(error.imported_after) == [2, 3]  # the batch sent alongside; none started after the failure
    message = str(error)
    assert "item #0 is imported; item #1 was rejected: 400" in message
    assert f"items #2-#3 were imported too: task ids {list(error.imported_after.values())}" in message
    assert "may or may not" not in message
    on_server = {task_id: data for task_id, data, _ in server_tasks(project)}
    assert on_server == {
        error.imported_task_ids[0]: {"text": "row 0"},
        **{task_id: {"text": f"row {index}"} for index, task_id in error.imported_after.items()},
    }

    tasks[1] = {"text": "row 1"}
    ids = project.import_tasks(tasks, batch_size=2, concurrency=2, key="alongside", progress=False)
    assert ids[0] == error.imported_task_ids[0] and [ids[i] for i in error.imported_after] == list(
        error.imported_after.values()
    )
    assert_server_has(project, ids, tasks)  # every task once, in input order


def test_keys_are_matched_exactly(project: Project) -> None:
    # "night:1" must not find "night:10", "night-2:1", "NIGHT:1" or "xnight:1".
    for key in ("night-2", "NIGHT", "xnight"):
        project.import_tasks([{"text": f"{key} {i}"} for i in range(3)], key=key, progress=False)
    first = project.import_tasks([{"text": f"n{i}"} for i in range(12)], key="night", progress=False)
    again = project.import_tasks([{"text": f"n{i}"} for i in range(12)], key="night", progress=False)
    assert again == first and len(server_tasks(project)) == 9 + 12


def test_dropped_answer_with_a_key_completes_without_duplicates(
    project: Project, proxy: FaultyProxy, proxied: Client
) -> None:
    proxy.drop_after = {2}  # the server imports the 2nd request, the client never hears back
    ids = proxied.projects.retrieve(project.id).import_tasks(
        ({"text": f"t{i}"} for i in range(50)), batch_size=10, key="drop-test", progress=False
    )
    assert_server_has(project, ids, [{"text": f"t{i}"} for i in range(50)])
    assert proxy.outcomes() == ["201", "dropped after", "201", "201", "201"]  # the landed batch was not resent


def test_lost_request_with_a_key_is_sent_again(project: Project, proxy: FaultyProxy, proxied: Client) -> None:
    proxy.drop_before = {2}
    ids = proxied.projects.retrieve(project.id).import_tasks(
        [{"text": f"t{i}"} for i in range(30)], batch_size=10, key="lost-test", progress=False
    )
    assert_server_has(project, ids, [{"text": f"t{i}"} for i in range(30)])
    assert proxy.outcomes() == ["201", "dropped before", "201", "201"]


def test_dropped_answer_without_a_key_is_reported_in_doubt(
    project: Project, proxy: FaultyProxy, proxied: Client
) -> None:
    proxy.drop_after = {2}
    with pytest.raises(TaskImportError) as info:
        proxied.projects.retrieve(project.id).import_tasks(
            [{"text": f"t{i}"} for i in range(30)], batch_size=10, progress=False
        )
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt) == (10, range(10, 20), True)
    assert len(error.imported_task_ids) == 10
    assert len(server_tasks(project)) == 20  # it did land; only a key could have told


def test_413_from_a_proxy_splits_requests_and_keeps_the_smaller_size(
    project: Project, proxy: FaultyProxy, proxied: Client
) -> None:
    proxy.max_bytes = 6_000
    tasks = [{"text": f"{i:04d} " + "lorem ipsum " * 15} for i in range(300)]  # ~200 bytes each
    ids = proxied.projects.retrieve(project.id).import_tasks(tasks, batch_size=100, progress=False)
    assert_server_has(project, ids, tasks)
    outcomes = proxy.outcomes()
    first_success = outcomes.index("201")
    assert first_success >= 1 and "413" not in outcomes[first_success:]  # the smaller size was kept
    assert all(size <= 6_000 for size, outcome in proxy.imports if outcome == "201")


def test_too_many_files_answer_splits_uploads(
    client: Client, proxy: FaultyProxy, proxied: Client, tmp_path: Path
) -> None:
    proxy.max_files = 3
    project = new_project(client, IMAGE_CONFIG)
    try:
        paths = []
        for n in range(8):
            paths.append(tmp_path / f"img{n}.png")
            paths[-1].write_bytes(PNG)
        ids = proxied.projects.retrieve(project.id).import_tasks(paths, progress=False)
        on_server = {task_id: data for task_id, data, _ in server_tasks(project)}
        assert sorted(on_server) == ids
        assert [on_server[i]["image"].rsplit("-", 1)[1] for i in ids] == [p.name for p in paths]
        assert proxy.outcomes()[:2] == ["500", "500"] and "500" not in proxy.outcomes()[2:]  # 8 -> 4 -> 2 per request
    finally:
        project.remove()


# ------------------------------------------------------------------------------------------------- predictions


def test_import_predictions(project: Project) -> None:
    ids = project.import_tasks([{"text": f"t{i}"} for i in range(6)], progress=False)
    predictions = [
        {"task": task_id, "result": choice("positive" if n % 2 else "negative"), "score": n / 10, "model_version": "v1"}
        for n, task_id in enumerate(ids)
    ]
    assert project.import_predictions(iter(predictions), batch_size=4, progress=False) == 6
    stored = {p.task: p for task_id in ids for p in project.client.tasks.retrieve(task_id).predictions.list()}
    assert sorted(stored) == ids
    assert [(stored[i].score, stored[i].model_version) for i in ids] == [(n / 10, "v1") for n in range(6)]


def test_import_predictions_stops_exactly_at_an_unknown_task(project: Project) -> None:
    ids = project.import_tasks([{"text": f"t{i}"} for i in range(5)], progress=False)
    predictions = [{"task": task_id, "result": choice("positive")} for task_id in ids]
    predictions.insert(3, {"task": 999_999_999, "result": choice("positive")})
    with pytest.raises(PredictionImportError) as info:
        project.import_predictions(predictions, progress=False)
    assert (info.value.failed_at, info.value.created, info.value.in_doubt) == (3, 3, False)
    assert isinstance(info.value.__cause__, BadRequestError)
    assert [project.client.tasks.retrieve(i).total_predictions for i in ids] == [1, 1, 1, 0, 0]


def test_import_predictions_warns_about_skipped_ones(project: Project) -> None:
    (task_id,) = project.import_tasks([{"text": "t"}], progress=False)
    predictions = [{"task": task_id, "result": choice("positive")}, {"task": task_id, "result": choice("no such")}]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert project.import_predictions(predictions, progress=False) == 1
    assert any(issubclass(w.category, PredictionsSkippedWarning) and "1 of 2" in str(w.message) for w in caught)
