"""Bulk import against the real server: every source kind, failures midway, import keys, and faults injected
between the client and Label Studio by tests/faultproxy.py (dropped answers, 413s, too many files)."""

from __future__ import annotations

import base64
import csv
import json
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from faultproxy import FaultProxy
from flavours import connect

from lsclient import Client, Project
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


# ------------------------------------------------------------------------------------------------ proxy faults

IMPORT = r"/import$"
# nginx's answer to a body above client_max_body_size, and Label Studio's own to too many files in one upload
TOO_LARGE = b"<html><title>413 Request Entity Too Large</title></html>"
TOO_MANY_FILES = json.dumps(
    {
        "status_code": 500,
        "version": "1.23.2",
        "detail": "The number of files exceeded settings.DATA_UPLOAD_MAX_NUMBER_FILES.",
        "exc_info": None,
    }
).encode()


def import_outcomes(proxy: FaultProxy) -> list[str]:
    return proxy.outcomes("POST", IMPORT)


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
def proxy(label_studio: Any) -> Iterator[FaultProxy]:
    with FaultProxy(label_studio.url) as proxy:
        yield proxy


@pytest.fixture
def proxied(proxy: FaultProxy, label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, proxy.url, label_studio.api_key) as client:
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
    project: Project, proxy: FaultProxy, proxied: Client
) -> None:
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1)  # the 2nd request lands, unheard
    ids = proxied.projects.retrieve(project.id).import_tasks(
        ({"text": f"t{i}"} for i in range(50)), batch_size=10, key="drop-test", progress=False
    )
    assert_server_has(project, ids, [{"text": f"t{i}"} for i in range(50)])
    assert import_outcomes(proxy) == ["201", "reset after 201", "201", "201", "201"]  # the landed batch not resent


def test_lost_request_with_a_key_is_sent_again(project: Project, proxy: FaultProxy, proxied: Client) -> None:
    proxy.reset(method="POST", path=IMPORT, skip=1)  # the 2nd request never reaches the server
    ids = proxied.projects.retrieve(project.id).import_tasks(
        [{"text": f"t{i}"} for i in range(30)], batch_size=10, key="lost-test", progress=False
    )
    assert_server_has(project, ids, [{"text": f"t{i}"} for i in range(30)])
    assert import_outcomes(proxy) == ["201", "reset before", "201", "201"]


def test_dropped_answer_without_a_key_is_reported_in_doubt(
    project: Project, proxy: FaultProxy, proxied: Client
) -> None:
    proxy.reset(after_upstream=True, method="POST", path=IMPORT, skip=1)
    with pytest.raises(TaskImportError) as info:
        proxied.projects.retrieve(project.id).import_tasks(
            [{"text": f"t{i}"} for i in range(30)], batch_size=10, progress=False
        )
    error = info.value
    assert (error.failed_at, error.failed_range, error.in_doubt) == (10, range(10, 20), True)
    assert len(error.imported_task_ids) == 10
    assert len(server_tasks(project)) == 20  # it did land; only a key could have told


def test_ten_thousand_tasks_go_in_one_request_by_default(project: Project, proxy: FaultProxy, proxied: Client) -> None:
    tasks = [{"text": f"review {i}: the delivery was quick and the product works as described"} for i in range(10_000)]
    ids = proxied.projects.retrieve(project.id).import_tasks(iter(tasks), progress=False)
    assert import_outcomes(proxy) == ["201"]
    assert len(set(ids)) == 10_000 and ids == sorted(ids)  # one request: ids ascend in input order
    assert project.fetch().task_number == 10_000
    assert [project.client.tasks.retrieve(ids[i]).data for i in (0, 4321, 9999)] == [tasks[i] for i in (0, 4321, 9999)]


def test_413_from_a_proxy_splits_requests_and_keeps_the_smaller_size(
    project: Project, proxy: FaultProxy, proxied: Client
) -> None:
    # like nginx's client_max_body_size: a larger import is refused without reaching the server
    proxy.answer(
        413,
        body=TOO_LARGE,
        content_type="text/html",
        method="POST",
        path=IMPORT,
        when=lambda request: len(request.body) > 6_000,
        times=None,
    )
    tasks = [{"text": f"{i:04d} " + "lorem ipsum " * 15} for i in range(300)]  # ~200 bytes each
    ids = proxied.projects.retrieve(project.id).import_tasks(tasks, batch_size=100, progress=False)
    assert_server_has(project, ids, tasks)
    outcomes = import_outcomes(proxy)
    first_success = outcomes.index("201")
    assert first_success >= 1 and "413 injected" not in outcomes[first_success:]  # the smaller size was kept
    sent = [
        (item.request_bytes, item.outcome)
        for item in proxy.log
        if item.method == "POST" and item.path.endswith("/import")
    ]
    assert all(size <= 6_000 for size, outcome in sent if outcome == "201")


def test_too_many_files_answer_splits_uploads(
    client: Client, proxy: FaultProxy, proxied: Client, tmp_path: Path
) -> None:
    # Label Studio's own 500 for more files than DATA_UPLOAD_MAX_NUMBER_FILES (here: 3), without importing any
    proxy.answer(
        500,
        body=TOO_MANY_FILES,
        content_type="application/json",
        method="POST",
        path=IMPORT,
        when=lambda request: request.body.count(b'filename="') > 3,
        times=None,
    )
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
        outcomes = import_outcomes(proxy)
        assert outcomes[:2] == ["500 injected"] * 2 and "500 injected" not in outcomes[2:]  # 8 -> 4 -> 2 per request
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
