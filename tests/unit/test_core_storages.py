"""Datasets and targets against a scripted fake server (httpx MockTransport): the sync waiter, the kind table,
the repository shape (retrieve and remove by id alone, the lazy list), and that credentials never show in reprs,
errors or request bodies built from records. Mostly the sync flavour; the async one where it differs in kind."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lsclient.api_client.types import Response, Unset
from lsclient.core._async.client import AsyncClient
from lsclient.core._async.storages import AsyncDataset, AsyncDatasetsRepo
from lsclient.core._sync.client import Client
from lsclient.core._sync.paging import Pager
from lsclient.core._sync.storages import Dataset, DatasetsRepo, Target, TargetsRepo
from lsclient.core.auth import LegacyTokenAuth
from lsclient.core.errors import BadRequestError, InvalidInputError, JobFailedError, NotFoundError
from lsclient.core.storage_kinds import STORAGE_KINDS, storage_kind

PROJECT = 3
SECRETS = {
    "aws_access_key_id": "AKIAFAKEKEYID0000001",
    "aws_secret_access_key": "fake-secret-key-do-not-print-9f8e7d",
    "aws_session_token": "fake-session-token-do-not-print-1a2b3c",
}


def storage_json(id: int, kind: str = "localfiles", **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id,
        "project": PROJECT,
        "created_at": "2026-11-22T10:00:00Z",
        "type": kind,
        "title": "docs",
        "status": "initialized",
        "last_sync": None,
        "last_sync_count": None,
        "traceback": None,
        "meta": {},
    }
    return {**base, **fields}


class FakeServer:
    """Answers each (method, path) with the next scripted answer; the last one repeats. Records every request."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[tuple[int, Any]]] = {}
        self.requests: list[httpx.Request] = []

    def on(self, method: str, path: str, *answers: Any, status: int = 200) -> None:
        self.routes[(method, path)] = [(status, answer) for answer in answers]

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answers = self.routes.get((request.method, request.url.path))
        if not answers:
            return httpx.Response(404, json={"detail": "Not found."})
        status, body = answers.pop(0) if len(answers) > 1 else answers[0]
        return httpx.Response(status, json=body) if body is not None else httpx.Response(status)

    def bodies(self, method: str) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests if r.method == method and r.content]

    def paths(self, method: str) -> list[str]:
        return [r.url.path for r in self.requests if r.method == method]


class RecordingProgress:
    """A ProgressReporter that remembers what it was told."""

    def __init__(self) -> None:
        self.statuses: list[str] = []
        self.count = 0
        self.total: int | None = None
        self.started = self.finished = 0

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        self.started += 1
        self.desc = desc

    def advance(self, n: int = 1) -> None:
        self.count += n

    def set_total(self, total: int | None) -> None:
        self.total = total

    def set_status(self, text: str) -> None:
        self.statuses.append(text)

    def finish(self) -> None:
        self.finished += 1


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


TOKEN = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def client(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Client]:
    monkeypatch.setattr(Dataset, "_poll_interval", 0.001)
    monkeypatch.setattr(Target, "_poll_interval", 0.001)
    http = httpx.Client(transport=httpx.MockTransport(server.handler))
    with Client("http://ls.test", LegacyTokenAuth(TOKEN), httpx_client=http) as c:
        yield c


def local_dataset(client: Client, **fields: Any) -> Dataset:
    kind = storage_kind("localfiles", "import")
    return Dataset(client, kind.model.from_dict(storage_json(7, path="/srv/files/docs", **fields)))  # type: ignore[attr-defined]


# --- the sync waiter ---------------------------------------------------------------------------------------


def test_sync_waits_through_queued_and_in_progress(server: FakeServer, client: Client) -> None:
    server.on("POST", "/api/storages/localfiles/7/sync", storage_json(7, status="queued"))
    server.on(
        "GET",
        "/api/storages/localfiles/7",
        storage_json(7, status="in_progress", last_sync_count=5),
        storage_json(7, status="completed", last_sync_count=12, meta={"tasks_existed": 0}),
    )
    dataset = local_dataset(client)
    progress = RecordingProgress()

    result = dataset.sync(progress=progress)

    assert result is dataset
    assert dataset.status == "completed"
    assert dataset.last_sync_count == 12
    assert progress.statuses == ["queued", "in_progress", "completed"]
    assert progress.count == 12
    assert progress.started == progress.finished == 1
    assert "localfiles dataset 7" in progress.desc


def test_sync_answer_that_is_already_final_needs_no_poll(server: FakeServer, client: Client) -> None:
    server.on("POST", "/api/storages/localfiles/7/sync", storage_json(7, status="completed", last_sync_count=3))

    dataset = local_dataset(client).sync(progress=False)

    assert dataset.last_sync_count == 3
    assert server.paths("GET") == []


def test_failed_sync_raises_with_the_server_traceback(server: FakeServer, client: Client) -> None:
    traceback = (
        'Traceback (most recent call last):\n  File "utils.py", line 215\nValueError: Can\'t parse JSON in a.json'
    )
    server.on("POST", "/api/storages/localfiles/7/sync", storage_json(7, status="queued"))
    server.on("GET", "/api/storages/localfiles/7", storage_json(7, status="failed", traceback=traceback))

    with pytest.raises(JobFailedError) as caught:
        local_dataset(client).sync(progress=False)

    assert caught.value.status == "failed"
    assert caught.value.traceback == traceback
    assert "Can't parse JSON in a.json" in str(caught.value)
    assert "localfiles dataset 7" in caught.value.job


def test_completed_with_errors_is_returned_and_logged(
    server: FakeServer, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    problems = "Validation error for task from a.json: no text\nValidation error for task from b.json: no text"
    server.on("POST", "/api/storages/localfiles/7/sync", storage_json(7, status="in_progress"))
    server.on(
        "GET",
        "/api/storages/localfiles/7",
        storage_json(7, status="completed_with_errors", last_sync_count=10, traceback=problems),
    )

    with caplog.at_level(logging.WARNING, logger="lsclient"):
        dataset = local_dataset(client).sync(progress=False)

    assert dataset.status == "completed_with_errors"
    assert dataset.last_sync_count == 10
    warnings = [r for r in caplog.records if r.name == "lsclient" and r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "completed with errors" in message and "2 problem(s)" in message and "a.json" in message


def test_target_sync_reports_the_annotation_total(server: FakeServer, client: Client) -> None:
    kind = storage_kind("localfiles", "export")
    target = Target(client, kind.model.from_dict(storage_json(4, path="/srv/files/out")))  # type: ignore[attr-defined]
    server.on("POST", "/api/storages/export/localfiles/4/sync", storage_json(4, status="queued"))
    server.on(
        "GET",
        "/api/storages/export/localfiles/4",
        storage_json(4, status="completed", last_sync_count=2, meta={"total_annotations": 2}),
    )
    progress = RecordingProgress()

    assert target.sync(progress=progress) is target
    assert (target.status, progress.count, progress.total) == ("completed", 2, 2)


def test_wait_returns_at_once_when_nothing_runs(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/localfiles/7", storage_json(7, status="initialized"))

    assert local_dataset(client).wait(progress=False).status == "initialized"
    assert server.paths("POST") == []


def test_async_sync_waits_through_queued_and_in_progress(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AsyncDataset, "_poll_interval", 0.001)
    server.on("POST", "/api/storages/localfiles/7/sync", storage_json(7, status="queued"))
    server.on(
        "GET",
        "/api/storages/localfiles/7",
        storage_json(7, status="in_progress", last_sync_count=5),
        storage_json(7, status="completed", last_sync_count=12),
    )
    progress = RecordingProgress()

    async def main() -> AsyncDataset:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
        async with AsyncClient("http://ls.test", LegacyTokenAuth(TOKEN), httpx_client=http) as client:
            kind = storage_kind("localfiles", "import")
            dataset = AsyncDataset(client, kind.model.from_dict(storage_json(7, path="/srv/files/docs")))  # type: ignore[attr-defined]
            return await dataset.sync(progress=progress)

    dataset = asyncio.run(main())

    assert (dataset.status, dataset.last_sync_count) == ("completed", 12)
    assert progress.statuses == ["queued", "in_progress", "completed"]


# --- the kind table ----------------------------------------------------------------------------------------


def _hint(module: Any, name: str) -> Any:
    return typing.get_type_hints(module.sync_detailed)[name]


def test_every_kind_and_direction_maps_to_existing_generated_operations() -> None:
    pairs = {(kind.name, kind.direction) for kind in STORAGE_KINDS}
    assert pairs == set(itertools.product(["localfiles", "s3", "gcs", "azure", "redis"], ["import", "export"]))
    assert len(STORAGE_KINDS) == 10
    operations = ["create", "retrieve", "list_", "partial_update", "destroy", "sync_create", "validate_create"]
    for kind in STORAGE_KINDS:
        package = {"localfiles": "storage_local"}.get(kind.name, f"storage_{kind.name}")
        stem = f"storages_{'export_' if kind.direction == 'export' else ''}{kind.name}_"
        for operation in operations:
            module = getattr(kind, operation)
            assert module.__name__ == f"lsclient.api_client.api.{package}.{stem}{operation.rstrip('_')}"
            assert callable(module.sync_detailed) and callable(module.asyncio_detailed)
        # the models in the row are the ones the generated operations take and return
        assert set(typing.get_args(_hint(kind.create, "body"))) == {kind.create_body, Unset}
        assert set(typing.get_args(_hint(kind.partial_update, "body"))) == {kind.patch_body, Unset}
        assert set(typing.get_args(_hint(kind.validate_create, "body"))) == {kind.validate_body, Unset}
        for operation in (kind.create, kind.retrieve, kind.partial_update, kind.sync_create):
            assert _hint(operation, "return") == Response[kind.model]
        assert _hint(kind.list_, "return") == Response[list[kind.model]]  # type: ignore[name-defined]
        assert "project" in typing.get_type_hints(kind.list_.sync_detailed)
        assert all(field in _field_names(kind.patch_body) for field in kind.restated_fields)
        assert all(field in _field_names(kind.create_body) for field in kind.secret_fields)
        assert set(kind.shortcut_defaults) <= _field_names(kind.create_body)
    # an entity finds its kind from its record's type, so every row has its own model
    assert len({kind.model for kind in STORAGE_KINDS}) == len(STORAGE_KINDS)


def _field_names(model: type) -> set[str]:
    return {field.name for field in model.__attrs_attrs__}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("localfiles", "localfiles"), ("local", "localfiles"), ("S3", "s3"), ("azure_blob", "azure"), ("redis", "redis")],
)
def test_kind_names_and_aliases(name: str, expected: str) -> None:
    assert storage_kind(name, "import").name == expected
    assert storage_kind(name, "export").direction == "export"


def test_unknown_kind_is_rejected_with_the_known_ones() -> None:
    with pytest.raises(InvalidInputError, match="unknown storage kind 'dropbox'.*azure, gcs, localfiles, redis, s3"):
        storage_kind("dropbox", "import")
    with pytest.raises(InvalidInputError, match="export storage kind"):
        storage_kind(storage_kind("s3", "export"), "import")


def test_an_entity_takes_only_records_of_its_direction(client: Client) -> None:
    export = storage_kind("s3", "export")
    with pytest.raises(InvalidInputError, match="export storage kind"):
        Dataset(client, export.model.from_dict(storage_json(1, "s3")))  # type: ignore[attr-defined]


# --- repositories ------------------------------------------------------------------------------------------


def test_list_is_one_lazy_request_in_kind_order(server: FakeServer, client: Client) -> None:
    # Label Studio lists S3 before local files; the SDK keeps its own kind order, and skips kinds it does not know.
    server.on(
        "GET",
        "/api/storages/",
        [
            storage_json(9, "s3", bucket="b"),
            storage_json(3, "databricks"),
            storage_json(1, path="/a"),
            storage_json(2, path="/b"),
        ],
    )

    pager = DatasetsRepo(client, PROJECT).list()
    assert isinstance(pager, Pager) and server.requests == []
    datasets = pager.to_list()

    assert [(d.kind, d.id) for d in datasets] == [("localfiles", 1), ("localfiles", 2), ("s3", 9)]
    assert all(isinstance(d, Dataset) for d in datasets)
    assert [r.url.params["project"] for r in server.requests] == [str(PROJECT)]
    assert [d.id for d in DatasetsRepo(client, PROJECT).list(limit=1)] == [1]


def test_targets_list_reads_the_export_storages(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/export", [storage_json(4, path="/out")])

    (target,) = TargetsRepo(client, PROJECT).list()

    assert (type(target), target.kind, target.id) == (Target, "localfiles", 4)


def test_retrieve_by_id_alone_finds_the_kind(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/", [storage_json(1, path="/a"), storage_json(5, "s3", bucket="b")])

    dataset = DatasetsRepo(client, PROJECT).retrieve(5)

    assert (dataset.kind, dataset.id, dataset.bucket) == ("s3", 5, "b")
    assert server.paths("GET") == ["/api/storages/"]
    with pytest.raises(NotFoundError, match="dataset 6 is not in project 3"):
        DatasetsRepo(client, PROJECT).retrieve(6)


def test_retrieve_by_id_asks_for_the_kind_when_two_kinds_share_it(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/", [storage_json(5, path="/a"), storage_json(5, "s3", bucket="b")])
    server.on("GET", "/api/storages/s3/5", storage_json(5, "s3", bucket="b"))
    repo = DatasetsRepo(client, PROJECT)

    with pytest.raises(InvalidInputError, match=r"several datasets with id 5 \('localfiles', 's3'\).*kind="):
        repo.retrieve(5)
    with pytest.raises(InvalidInputError, match="the kind comes second"):
        repo.retrieve("s3", 5)  # type: ignore[arg-type]
    assert repo.retrieve(5, kind="s3").kind == "s3"


def test_retrieve_with_a_kind_checks_the_project(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/s3/5", {**storage_json(5, "s3"), "project": 99})

    with pytest.raises(NotFoundError, match="s3 dataset 5 is not in project 3"):
        DatasetsRepo(client, PROJECT).retrieve(5, kind="s3")


def test_remove_reads_first_so_another_projects_storage_is_never_removed(server: FakeServer, client: Client) -> None:
    server.on("DELETE", "/api/storages/s3/5", None, status=204)
    server.on("GET", "/api/storages/s3/5", storage_json(5, "s3", bucket="b"))
    server.on("GET", "/api/storages/", [storage_json(5, "s3", bucket="b")])
    repo = DatasetsRepo(client, PROJECT)

    repo.remove(5, kind="s3")
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/storages/s3/5"),
        ("DELETE", "/api/storages/s3/5"),
    ]

    repo.remove(5)
    assert [(r.method, r.url.path) for r in server.requests[2:]] == [
        ("GET", "/api/storages/"),
        ("DELETE", "/api/storages/s3/5"),
    ]

    server.requests.clear()
    with pytest.raises(NotFoundError):
        DatasetsRepo(client, PROJECT + 1).remove(5, kind="s3")
    assert [r.method for r in server.requests] == ["GET"]  # nothing deleted


def test_async_retrieve_by_id_alone(server: FakeServer) -> None:
    server.on("GET", "/api/storages/", [storage_json(5, "s3", bucket="b")])

    async def main() -> AsyncDataset:
        http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
        async with AsyncClient("http://ls.test", LegacyTokenAuth(TOKEN), httpx_client=http) as client:
            repo = AsyncDatasetsRepo(client, PROJECT)
            assert [d.id async for d in repo.list()] == [5]
            return await repo.retrieve(5)

    dataset = asyncio.run(main())

    assert (type(dataset), dataset.kind, repr(dataset)) == (AsyncDataset, "s3", "<Dataset s3 id=5 title='docs'>")


def test_create_fills_in_the_project(server: FakeServer, client: Client) -> None:
    server.on("POST", "/api/storages/export/localfiles", storage_json(4, path="/srv/out"), status=201)

    target = TargetsRepo(client, PROJECT).create_local("/srv/out", title="out")

    assert (target.kind, target.id, type(target)) == ("localfiles", 4, Target)
    assert server.bodies("POST") == [{"path": "/srv/out", "title": "out", "project": PROJECT}]
    with pytest.raises(InvalidInputError, match="project must be 3"):
        TargetsRepo(client, PROJECT).create_local("/srv/out", project=99)


def test_shortcuts_send_the_dataset_defaults_and_direction_fields(server: FakeServer, client: Client) -> None:
    server.on("POST", "/api/storages/localfiles/", storage_json(1, path="/srv/in"), status=201)
    server.on("POST", "/api/storages/s3/", storage_json(2, "s3", bucket="b"), status=201)
    server.on("POST", "/api/storages/export/s3", storage_json(3, "s3", bucket="b"), status=201)
    server.on("POST", "/api/storages/redis/", storage_json(4, "redis"), status=201)

    DatasetsRepo(client, PROJECT).create_local("/srv/in", regex_filter=r".*\\.txt")
    DatasetsRepo(client, PROJECT).create_s3("b", presign=False)
    TargetsRepo(client, PROJECT).create_s3("b", can_delete_objects=True)
    DatasetsRepo(client, PROJECT).create_redis(host="redis", port=6379)

    assert server.bodies("POST") == [
        {"path": "/srv/in", "regex_filter": r".*\\.txt", "use_blob_urls": True, "project": PROJECT},
        {"bucket": "b", "use_blob_urls": True, "presign": False, "project": PROJECT},
        {"bucket": "b", "can_delete_objects": True, "project": PROJECT},
        {"host": "redis", "port": "6379", "use_blob_urls": True, "project": PROJECT},
    ]
    with pytest.raises(InvalidInputError, match="unknown field.*'regex_filter'"):
        TargetsRepo(client, PROJECT).create_s3("b", regex_filter="x")


def test_update_restates_the_local_path_the_server_insists_on(server: FakeServer, client: Client) -> None:
    server.on("PATCH", "/api/storages/localfiles/7", storage_json(7, path="/srv/files/docs", title="renamed"))

    dataset = local_dataset(client).update(title="renamed")

    assert dataset.title == "renamed"
    assert server.bodies("PATCH") == [{"title": "renamed", "path": "/srv/files/docs"}]
    with pytest.raises(InvalidInputError, match="unknown field"):
        dataset.update(bucket="b")


# --- secrets -----------------------------------------------------------------------------------------------


def s3_answer() -> dict[str, Any]:
    # An older or patched server could send credentials back; the SDK must not show them anyway.
    return storage_json(5, "s3", title="bucket data", bucket="reviews", prefix="in/", **SECRETS)


def test_s3_dataset_repr_has_no_secret(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/s3/5", s3_answer())

    dataset = DatasetsRepo(client, PROJECT).retrieve(5, kind="s3")

    assert repr(dataset) == "<Dataset s3 id=5 title='bucket data'>"
    assert str(dataset) == repr(dataset)
    assert dataset.kind == "s3" and dataset.bucket == "reviews"
    for secret in SECRETS.values():
        assert secret not in repr(dataset)


def test_validate_sends_the_settings_but_never_the_credentials(server: FakeServer, client: Client) -> None:
    server.on("GET", "/api/storages/s3/5", s3_answer())
    server.on("POST", "/api/storages/s3/validate", None)

    DatasetsRepo(client, PROJECT).retrieve(5, kind="s3").validate()

    (body,) = server.bodies("POST")
    assert body["id"] == 5 and body["project"] == PROJECT and body["bucket"] == "reviews" and body["prefix"] == "in/"
    assert not set(SECRETS) & set(body)


def test_errors_never_carry_the_credentials(server: FakeServer, client: Client) -> None:
    server.on(
        "POST",
        "/api/storages/s3/",
        {"detail": "Validation error", "validation_errors": {"non_field_errors": ["Cannot connect to S3 reviews"]}},
        status=400,
    )
    repo = DatasetsRepo(client, PROJECT)

    with pytest.raises(BadRequestError) as rejected:
        repo.create_s3("reviews", **SECRETS)
    with pytest.raises(InvalidInputError) as misspelled:
        repo.create_s3("reviews", aws_secret_acces_key=SECRETS["aws_secret_access_key"])

    assert "Cannot connect to S3 reviews" in str(rejected.value)
    assert "aws_secret_access_key" in str(misspelled.value)  # the did-you-mean hint names the field only
    for error in (rejected.value, misspelled.value):
        for secret in SECRETS.values():
            assert secret not in str(error) and secret not in repr(error)
