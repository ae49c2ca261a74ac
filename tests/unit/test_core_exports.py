"""Export snapshots against a fake Label Studio (httpx.MockTransport): waiting, converting, downloading, the
one-call export. Every test runs on both flavours: the sync core, and the async core through tests/flavours.py."""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import tempfile
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from flavours import FLAVOURS, EventLoopThread, bridge

from lsclient.api_client.models.export import Export as ExportModel
from lsclient.core._async import exports as async_exports
from lsclient.core._async.client import make_async_client
from lsclient.core._sync import exports as sync_exports
from lsclient.core._sync.client import make_client
from lsclient.core._sync.exports import Export, ExportsRepo
from lsclient.core._sync.paging import Pager
from lsclient.core.errors import (
    APIConnectionError,
    BadRequestError,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    ServerError,
)
from lsclient.core.export_files import download_destination, iter_export_tasks
from lsclient.core.files import DownloadError
from lsclient.core.filters import F

BASE = "http://ls.test"
LEGACY_KEY = "0123456789abcdef0123456789abcdef01234567"
PROJECT = 3
EXPORT = 12
BODY = json.dumps([{"id": 1, "data": {"text": "great"}, "annotations": []}]).encode()
CSV = b'"id","text"\r\n1,"great"\r\n'
EXPORT_URL = f"/api/projects/{PROJECT}/exports/{EXPORT}"
FORMATS_URL = f"/api/projects/{PROJECT}/export/formats"
FORMATS = [
    {"name": "JSON", "title": "JSON", "description": "raw"},
    {"name": "CSV", "title": "CSV", "description": "table"},
    {"name": "YOLO", "title": "YOLO", "description": "boxes", "disabled": True},
]

Handler = Callable[[httpx.Request], httpx.Response]


def export_json(status: str = "completed", **fields: Any) -> dict[str, Any]:
    return {
        "id": EXPORT,
        "title": "snap",
        "created_at": "2025-01-01T10:00:00Z",
        "status": status,
        "md5": hashlib.md5(BODY).hexdigest(),
        "counters": {"task_number": 1},
        "converted_formats": [],
        **fields,
    }


class FakeServer:
    """Routes ``(method, path)`` to handlers and records every request it gets."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Handler] = {}
        self.requests: list[httpx.Request] = []

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method, path)] = handler

    def states(self, path: str, states: list[dict[str, Any]]) -> None:
        """GET ``path`` answers each state in turn; the last one repeats."""
        remaining = list(states)

        def answer(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=remaining.pop(0) if len(remaining) > 1 else remaining[0])

        self.route("GET", path, answer)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        handler = self.routes.get((request.method, request.url.path))
        if handler is None:
            return httpx.Response(404, html="<html><title>404 | Label Studio</title></html>")
        return handler(request)

    def paths(self, method: str) -> list[str]:
        return [r.url.path for r in self.requests if r.method == method]


class FailingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after its first chunk, like a dropped connection (for both flavours' clients)."""

    def __iter__(self) -> Iterator[bytes]:
        yield BODY[:10]
        raise httpx.ReadError("connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield BODY[:10]
        raise httpx.ReadError("connection reset by peer")


class Flavour:
    """One flavour of the core against the fake server, seen through sync eyes.

    ``sync``: the generated sync core. ``async``: the async core, every coroutine awaited on a loop thread and
    every object bridged (``isinstance(bridged, Export)`` holds for an ``AsyncExport``).
    """

    def __init__(self, name: str, server: FakeServer) -> None:
        self.name = name
        transport = httpx.MockTransport(server)
        self._runner: EventLoopThread | None = None
        self.client: Any
        if name == "sync":
            self.client = make_client(
                BASE, LEGACY_KEY, check_version=False, httpx_client=httpx.Client(transport=transport)
            )
        else:
            self._runner = EventLoopThread()
            self.client = make_async_client(
                BASE, LEGACY_KEY, check_version=False, httpx_client=httpx.AsyncClient(transport=transport)
            )

    def _seen(self, value: Any) -> Any:
        return value if self._runner is None else bridge(value, self._runner)

    @property
    def module(self) -> Any:
        return sync_exports if self._runner is None else async_exports

    def export(self, status: str = "completed", **fields: Any) -> Export:
        model = ExportModel.from_dict(export_json(status, **fields))
        entity = (self.module.Export if self._runner is None else self.module.AsyncExport)(self.client, model, PROJECT)
        return self._seen(entity)  # type: ignore[no-any-return]

    def exports(self) -> ExportsRepo:
        repo = (self.module.ExportsRepo if self._runner is None else self.module.AsyncExportsRepo)(self.client, PROJECT)
        return self._seen(repo)  # type: ignore[no-any-return]

    def export_project(self, path: str | Path, **options: Any) -> Path:
        return self._seen(self.module.export_project(SimpleNamespace(client=self.client, id=PROJECT), path, **options))  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._runner is None:
            self.client.close()
            return
        try:
            self._runner.run(self.client.aclose())
        finally:
            self._runner.close()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture(params=FLAVOURS)
def flavour(request: pytest.FixtureRequest, server: FakeServer) -> Iterator[Flavour]:
    flavour = Flavour(request.param, server)
    try:
        yield flavour
    finally:
        flavour.close()


def json_download(body: bytes = BODY, headers: dict[str, str] | None = None) -> Handler:
    def answer(request: httpx.Request) -> httpx.Response:
        assert "exportType" not in request.url.params  # the snapshot file itself, as its md5 describes
        return httpx.Response(
            200,
            content=body,
            headers={
                "Content-Type": "application/json",
                "Content-Disposition": f'attachment; filename="export/{PROJECT}/project-3-at-2025-01-01.json"',
                **(headers or {}),
            },
        )

    return answer


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- waiting --------------------------------------------------------------------------------------------------


class RecordingProgress:
    def __init__(self) -> None:
        self.statuses: list[str] = []
        self.units: list[str] = []

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        self.units.append(unit)

    def advance(self, n: int = 1) -> None:
        pass

    def set_total(self, total: int | None) -> None:
        pass

    def set_status(self, text: str) -> None:
        self.statuses.append(text)

    def finish(self) -> None:
        pass


def test_wait_follows_created_in_progress_completed(flavour: Flavour, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("created"), export_json("in_progress"), export_json("completed")])
    export = flavour.export("created")
    progress = RecordingProgress()

    assert export.wait(poll_interval=0.001, progress=progress) == export

    assert export.status == "completed"
    assert progress.statuses == ["created", "in_progress", "completed"]
    assert len(server.paths("GET")) == 3


def test_wait_on_a_completed_export_sends_nothing(flavour: Flavour, server: FakeServer) -> None:
    flavour.export().wait(timeout=0, progress=False)
    assert server.requests == []


def test_failed_export_raises_job_failed(flavour: Flavour, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("in_progress"), export_json("failed")])
    export = flavour.export("created")

    with pytest.raises(JobFailedError, match=f"export {EXPORT} of project {PROJECT} failed") as caught:
        export.wait(poll_interval=0.001, progress=False)

    assert caught.value.status == "failed"
    assert export.status == "failed"


def test_export_that_never_finishes_times_out(flavour: Flavour, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("in_progress")])
    with pytest.raises(JobTimeoutError) as caught:
        flavour.export("created").wait(timeout=0.05, poll_interval=0.01, progress=False)
    assert caught.value.last_status == "in_progress"


# -- downloading ----------------------------------------------------------------------------------------------


def test_download_waits_for_the_snapshot_then_verifies_its_md5(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    server.states(EXPORT_URL, [export_json("in_progress"), export_json("completed")])
    server.route("GET", f"{EXPORT_URL}/download", json_download(headers={"Content-Length": str(len(BODY))}))
    progress = RecordingProgress()

    target = flavour.export("created").download(tmp_path / "out.json", progress=progress, poll_interval=0.001)

    assert target.read_bytes() == BODY
    assert progress.units[-1] == "B"


def test_download_into_a_directory_keeps_only_the_file_name(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    target = flavour.export().download(tmp_path, progress=False)
    assert target == tmp_path / "project-3-at-2025-01-01.json"


def test_a_hostile_file_name_stays_inside_the_directory(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    folder = tmp_path / "inside"
    folder.mkdir()
    disposition = 'attachment; filename="../../escape.json"'
    server.route("GET", f"{EXPORT_URL}/download", json_download(headers={"Content-Disposition": disposition}))
    target = flavour.export().download(folder, progress=False)
    assert target == folder / "escape.json"
    assert files_in(tmp_path) == ["inside"]


def test_md5_mismatch_writes_nothing(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", json_download(body=BODY + b" "))
    with pytest.raises(DownloadError, match="MD5 mismatch"):
        flavour.export().download(tmp_path / "out.json", progress=False)
    assert files_in(tmp_path) == []


def test_connection_dropped_mid_body_leaves_no_file(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", lambda request: httpx.Response(200, stream=FailingStream()))
    with pytest.raises(APIConnectionError, match="ReadError"):
        flavour.export().download(tmp_path / "out.json", progress=False)
    assert files_in(tmp_path) == []


def test_an_error_answer_leaves_no_file_and_keeps_the_old_one(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    server.route("GET", f"{EXPORT_URL}/download", lambda request: httpx.Response(500, json={"detail": "boom"}))
    with pytest.raises(ServerError, match="boom"):
        flavour.export().download(target, progress=False, overwrite=True)
    assert files_in(tmp_path) == ["out.json"] and target.read_text() == "old"


def test_existing_file_is_refused_before_any_request(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    (tmp_path / "out.json").write_text("old")
    with pytest.raises(FileExistsError, match="out.json"):
        flavour.export().download(tmp_path / "out.json", progress=False)
    assert server.requests == []


def test_csv_is_downloaded_directly_when_the_server_converts_on_the_fly(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    server.route(
        "GET",
        f"{EXPORT_URL}/download",
        lambda request: (
            httpx.Response(200, content=CSV, headers={"Content-Type": "application/csv"})
            if request.url.params.get("exportType") == "CSV"
            else httpx.Response(400)
        ),
    )
    target = flavour.export().download(tmp_path, format="csv", progress=False)
    assert target == tmp_path / f"project-{PROJECT}-export-{EXPORT}.csv"  # no Content-Disposition: our name
    assert target.read_bytes() == CSV
    assert server.paths("POST") == []


def test_csv_is_converted_first_when_the_server_serves_only_converted_files(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    # Label Studio with asynchronous conversions: 404 until /convert ran and the conversion completed.
    converted: list[dict[str, Any]] = []
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))

    def download(request: httpx.Request) -> httpx.Response:
        if not converted or converted[0]["status"] != "completed":
            return httpx.Response(404, html="<html><title>404</title></html>")
        return httpx.Response(200, content=CSV, headers={"Content-Type": "application/csv"})

    def convert(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content) == {"export_type": "CSV"}
        converted.append({"id": 7, "export_type": "CSV", "status": "created", "traceback": None})
        return httpx.Response(200, json={"export_type": "CSV", "converted_format": 7})

    statuses = iter(["in_progress", "completed"])

    def retrieve(request: httpx.Request) -> httpx.Response:
        if converted:
            converted[0]["status"] = next(statuses, "completed")
        return httpx.Response(200, json=export_json(converted_formats=converted))

    server.route("GET", f"{EXPORT_URL}/download", download)
    server.route("POST", f"{EXPORT_URL}/convert", convert)
    server.route("GET", EXPORT_URL, retrieve)

    target = flavour.export().download(tmp_path / "out.csv", format="CSV", progress=False, poll_interval=0.001)

    assert target.read_bytes() == CSV
    assert files_in(tmp_path) == ["out.csv"]


def test_a_404_with_a_completed_conversion_is_a_real_404(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    done = [{"id": 7, "export_type": "CSV", "status": "completed", "traceback": None}]
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    server.route("GET", EXPORT_URL, lambda request: httpx.Response(200, json=export_json(converted_formats=done)))
    with pytest.raises(NotFoundError):
        flavour.export().download(tmp_path / "out.csv", format="CSV", progress=False)
    assert server.paths("POST") == [] and files_in(tmp_path) == []


def test_unknown_format_names_the_known_ones(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    with pytest.raises(InvalidInputError, match="'COCO' is not an export format of project 3; formats: JSON, CSV$"):
        flavour.export().download(tmp_path / "out.bin", format="COCO", progress=False)
    assert f"{EXPORT_URL}/download" not in server.paths("GET")


def test_a_disabled_format_is_refused_before_any_conversion(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    # Label Studio converts a disabled format all the same, into a file without the labels: refused here.
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    message = r"'YOLO' does not fit the labeling config of project 3 .*disabled.*; formats: JSON, CSV$"
    with pytest.raises(InvalidInputError, match=message):
        flavour.export().download(tmp_path / "out.zip", format="yolo", progress=False)
    with pytest.raises(InvalidInputError, match=message):
        flavour.export().convert("YOLO", progress=False)
    with pytest.raises(InvalidInputError, match=message):
        flavour.export_project(tmp_path / "out.zip", format="YOLO", progress=False)
    assert server.paths("GET") == [FORMATS_URL] * 3 and server.paths("POST") == [] and files_in(tmp_path) == []


# -- formats with media files: the project's direct export ----------------------------------------------------

DIRECT_URL = f"/api/projects/{PROJECT}/export"
MEDIA_FORMATS_LIST = [*FORMATS, {"name": "ASR_MANIFEST", "title": "ASR Manifest", "description": "audio"}]
ZIP = b"PK\x03\x04 a zip with the manifest and the audio files"


def _media_server(server: FakeServer, tasks: list[int], direct: Handler) -> str:
    """Routes for a snapshot of ``tasks`` and the project's direct export; returns the snapshot's md5."""
    body = json.dumps([{"id": task_id, "data": {}, "annotations": []} for task_id in tasks]).encode()
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=MEDIA_FORMATS_LIST))
    server.route("GET", f"{EXPORT_URL}/download", json_download(body))
    server.route("GET", DIRECT_URL, direct)
    return hashlib.md5(body).hexdigest()


def _zip_answer(request: httpx.Request) -> httpx.Response:
    headers = {"Content-Type": "application/zip", "Content-Disposition": 'attachment; filename="project-3-at-x.zip"'}
    return httpx.Response(200, content=ZIP, headers=headers)


def test_a_media_format_comes_from_the_direct_export_of_the_snapshots_tasks(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    # A snapshot download converts without fetching media (an empty ASR manifest); the direct export fetches them.
    md5 = _media_server(server, [5, 9], _zip_answer)
    target = flavour.export(md5=md5).download(tmp_path, format="asr_manifest", progress=False)
    assert target == tmp_path / "project-3-at-x.zip" and target.read_bytes() == ZIP
    direct = [r for r in server.requests if r.url.path == DIRECT_URL]
    assert len(direct) == 1
    assert direct[0].url.params.multi_items() == [
        ("download_all_tasks", "true"),
        ("download_resources", "true"),
        ("export_type", "ASR_MANIFEST"),
        ("ids[]", "5"),
        ("ids[]", "9"),
    ]
    assert server.paths("POST") == [] and files_in(tmp_path) == ["project-3-at-x.zip"]  # no temporary file left


def test_a_media_format_without_the_direct_export_is_converted_with_the_media(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    # Label Studio Enterprise has no direct export (404) and serves conversions made by /convert.
    converted: list[dict[str, Any]] = []
    md5 = _media_server(server, [5], lambda request: httpx.Response(404, json={"detail": "use the async export API"}))

    def download(request: httpx.Request) -> httpx.Response:
        if "exportType" not in request.url.params:
            return json_download(json.dumps([{"id": 5, "data": {}, "annotations": []}]).encode())(request)
        return _zip_answer(request) if converted else httpx.Response(404, html="<title>404</title>")

    def convert(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content) == {"export_type": "ASR_MANIFEST", "download_resources": True}
        converted.append({"id": 7, "export_type": "ASR_MANIFEST", "status": "completed", "traceback": None})
        return httpx.Response(200, json={"export_type": "ASR_MANIFEST", "converted_format": 7})

    server.route("GET", f"{EXPORT_URL}/download", download)
    server.route("POST", f"{EXPORT_URL}/convert", convert)
    export = flavour.export(md5=md5)
    server.route(
        "GET", EXPORT_URL, lambda request: httpx.Response(200, json=export_json(md5=md5, converted_formats=converted))
    )
    target = export.download(tmp_path / "asr.zip", format="ASR_MANIFEST", progress=False)
    assert target.read_bytes() == ZIP and server.paths("POST") == [f"{EXPORT_URL}/convert"]


def test_an_empty_archive_from_the_direct_export_is_an_error_not_a_file(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    empty = b"PK\x05\x06" + bytes(18)
    md5 = _media_server(server, [5], lambda request: httpx.Response(200, content=empty))
    with pytest.raises(JobFailedError, match="ASR_MANIFEST export of project 3 failed with status 'empty'"):
        flavour.export(md5=md5).download(tmp_path / "asr.zip", format="ASR_MANIFEST", progress=False)
    assert files_in(tmp_path) == []


def test_a_media_format_of_many_tasks_sends_ids_only_for_part_of_the_project(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    tasks = list(range(1, 1002))
    md5 = _media_server(server, tasks, _zip_answer)
    project_count = {"n": len(tasks)}
    project_url = f"/api/projects/{PROJECT}/"
    server.route(
        "GET", project_url, lambda r: httpx.Response(200, json={"id": PROJECT, "task_number": project_count["n"]})
    )

    flavour.export(md5=md5).download(tmp_path / "all.zip", format="ASR_MANIFEST", progress=False)
    direct = [r for r in server.requests if r.url.path == DIRECT_URL]
    assert "ids[]" not in direct[0].url.params  # every task of the project: no ids (Django takes 1,000 fields)

    project_count["n"] = 5000
    with pytest.raises(InvalidInputError, match="at most 990 task ids.*1,001 of the project's 5,000 tasks"):
        flavour.export(md5=md5).download(tmp_path / "part.zip", format="ASR_MANIFEST", progress=False)
    assert files_in(tmp_path) == ["all.zip"]


# -- converting -----------------------------------------------------------------------------------------------


def _already_started(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        400,
        json={
            "status_code": 400,
            "detail": "Validation error",
            "validation_errors": {"non_field_errors": ["Conversion to CSV already started"]},
        },
    )


def test_convert_already_started_is_waited_for(flavour: Flavour, server: FakeServer) -> None:
    server.route("POST", f"{EXPORT_URL}/convert", _already_started)
    entry = {"id": 7, "export_type": "CSV", "traceback": None}
    server.states(
        EXPORT_URL,
        [
            export_json(converted_formats=[{**entry, "status": "in_progress"}]),
            export_json(converted_formats=[{**entry, "status": "completed"}]),
        ],
    )
    export = flavour.export().convert("CSV", poll_interval=0.001, progress=False)
    assert [str(c.status) for c in export.converted_formats or []] == ["completed"]


def test_failed_conversion_raises_with_the_servers_traceback(flavour: Flavour, server: FakeServer) -> None:
    server.route("POST", f"{EXPORT_URL}/convert", lambda r: httpx.Response(200, json={"converted_format": 8}))
    failed = {"id": 8, "export_type": "CSV", "status": "failed", "traceback": "Traceback...\nValueError: bad config"}
    older = {"id": 3, "export_type": "CSV", "status": "failed", "traceback": "old"}
    server.states(EXPORT_URL, [export_json(converted_formats=[older, failed])])
    with pytest.raises(JobFailedError, match="ValueError: bad config"):
        flavour.export().convert("CSV", poll_interval=0.001, progress=False)


def test_unknown_format_to_convert_is_the_servers_400(flavour: Flavour, server: FakeServer) -> None:
    body = {"detail": "Validation error", "validation_errors": {"export_type": ["NOPE is not supported export format"]}}
    server.route("POST", f"{EXPORT_URL}/convert", lambda r: httpx.Response(400, json=body))
    with pytest.raises(BadRequestError, match="NOPE is not supported"):
        flavour.export().convert("nope", progress=False)


# -- creating -------------------------------------------------------------------------------------------------


def _created(server: FakeServer, status: str = "completed") -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []

    def create(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json=export_json(status))

    server.route("POST", f"/api/projects/{PROJECT}/exports/", create)
    return bodies


def test_create_maps_the_keyword_options(flavour: Flavour, server: FakeServer) -> None:
    bodies = _created(server)
    export = flavour.exports().create(
        {"serialization_options": {"predictions": {"only_id": True}}},
        title="t",
        only_annotated=True,
        only_finished=True,
    )
    assert export.id == EXPORT and export.project_id == PROJECT
    assert bodies == [
        {
            "title": "t",
            "serialization_options": {"predictions": {"only_id": True}},
            "task_filter_options": {"annotated": "only", "finished": "only"},
        }
    ]


def test_create_refuses_unknown_and_conflicting_options(flavour: Flavour, server: FakeServer) -> None:
    repo = flavour.exports()
    with pytest.raises(InvalidInputError, match="skiped"):
        repo.create({"task_filter_options": {"skiped": "only"}})
    with pytest.raises(InvalidInputError, match="annotated"):
        repo.create({"task_filter_options": {"annotated": "exclude"}}, only_annotated=True)
    with pytest.raises(InvalidInputError, match="task_ids"):
        repo.create(task_ids=["1"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="view"):
        repo.create(task_ids=[1], view=4)
    assert server.requests == []


def test_task_ids_go_through_a_temporary_view_that_is_deleted(flavour: Flavour, server: FakeServer) -> None:
    bodies = _created(server, status="in_progress")
    server.states(EXPORT_URL, [export_json("completed")])
    views: list[dict[str, Any]] = []

    def create_view(request: httpx.Request) -> httpx.Response:
        views.append(json.loads(request.content))
        return httpx.Response(201, json={"id": 41, "project": PROJECT, **views[-1]})

    server.route("POST", "/api/dm/views/", create_view)
    server.route("GET", "/api/tasks/", listing)
    server.route("DELETE", "/api/dm/views/41/", lambda request: httpx.Response(204))

    export = flavour.exports().create(task_ids=[5, 6], filter=F.total_annotations > 0)

    assert export.status == "completed"  # waited for: the server reads the view while it builds the snapshot
    assert views[0]["data"]["filters"] == ((F.total_annotations > 0) & F.id.one_of([5, 6])).to_dict()
    # one task listed through the view first: where that fails, the snapshot would hold every task
    (checked,) = [r for r in server.requests if r.url.path == "/api/tasks/"]
    assert (checked.url.params["view"], checked.url.params["page_size"]) == ("41", "1")
    assert bodies[0]["task_filter_options"]["view"] == 41
    assert server.paths("DELETE") == ["/api/dm/views/41/"]


def listing(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"tasks": [], "total": 0, "total_annotations": 0, "total_predictions": 0})


def echo_view(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, json={"id": 41, "project": PROJECT, **json.loads(request.content)})


def test_a_filter_the_server_cannot_apply_is_refused_and_its_view_deleted(flavour: Flavour, server: FakeServer) -> None:
    server.route("POST", "/api/dm/views/", echo_view)
    server.route(
        "GET", "/api/tasks/", lambda r: httpx.Response(500, json={"detail": "time data '2020' does not match"})
    )
    server.route("DELETE", "/api/dm/views/41/", lambda request: httpx.Response(204))
    with pytest.raises(InvalidInputError, match="cannot apply it .*2020.* would silently contain every task"):
        flavour.exports().create(task_ids=[5])
    assert server.paths("DELETE") == ["/api/dm/views/41/"]
    assert server.paths("POST") == ["/api/dm/views/"]  # no snapshot


def test_a_filter_the_server_stored_otherwise_is_refused_and_its_view_deleted(
    flavour: Flavour, server: FakeServer
) -> None:
    def dropped_child(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        del body["data"]["filters"]["items"][0]["child_filter"]
        return httpx.Response(201, json={"id": 41, "project": PROJECT, **body})

    server.route("POST", "/api/dm/views/", dropped_child)
    server.route("DELETE", "/api/dm/views/41/", lambda request: httpx.Response(204))
    with pytest.raises(InvalidInputError, match="stored the filter .* not as sent"):
        flavour.exports().create(filter=((F.id > 1) & (F.id < 9)) | (F.id == 20))
    assert server.paths("DELETE") == ["/api/dm/views/41/"]
    assert server.paths("GET") == []


def test_a_view_the_server_cannot_apply_is_refused(flavour: Flavour, server: FakeServer) -> None:
    server.route("GET", "/api/dm/views/4/", lambda r: httpx.Response(200, json={"id": 4, "project": PROJECT}))
    server.route("GET", "/api/tasks/", lambda r: httpx.Response(500, json={"detail": "Column aliases cannot ..."}))
    with pytest.raises(InvalidInputError, match="Data Manager view 4: Label Studio cannot apply it"):
        flavour.exports().create(view=4)
    assert server.paths("POST") == []


def test_temporary_view_is_kept_while_the_export_may_still_read_it(
    flavour: Flavour, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    _created(server, status="in_progress")
    server.states(EXPORT_URL, [export_json("in_progress")])
    server.route("POST", "/api/dm/views/", echo_view)
    server.route("GET", "/api/tasks/", listing)
    with pytest.raises(JobTimeoutError):
        flavour.exports().create(task_ids=[5], timeout=0.05)
    assert server.paths("DELETE") == []
    assert "view 41" in caplog.text


def test_a_view_of_another_project_is_refused(flavour: Flavour, server: FakeServer) -> None:
    server.route("GET", "/api/dm/views/4/", lambda r: httpx.Response(200, json={"id": 4, "project": PROJECT + 1}))
    with pytest.raises(InvalidInputError, match="no Data Manager view 4"):
        flavour.exports().create(view=4)
    assert server.paths("POST") == []


def test_formats_reads_objects_and_hides_disabled_ones(flavour: Flavour, server: FakeServer) -> None:
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    repo = flavour.exports()
    assert [f.name for f in repo.formats()] == ["JSON", "CSV"]
    assert [f.name for f in repo.formats(include_disabled=True) if f.disabled] == ["YOLO"]


# -- the range request that detects a truncated body ----------------------------------------------------------


def test_download_asks_for_the_whole_range_and_saves_a_206_with_every_byte(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    def ranged(request: httpx.Request) -> httpx.Response:
        assert request.headers["Range"] == "bytes=0-"
        headers = {"Content-Range": f"bytes 0-{len(BODY) - 1}/{len(BODY)}", "Content-Length": str(len(BODY))}
        return httpx.Response(206, content=BODY, headers=headers)

    server.route("GET", f"{EXPORT_URL}/download", ranged)
    assert flavour.export().download(tmp_path / "out.json", progress=False).read_bytes() == BODY
    assert len(server.paths("GET")) == 1


@pytest.mark.parametrize("refusal", ["416", "partial"])
def test_a_refused_or_partial_range_is_asked_again_without_it(
    flavour: Flavour, server: FakeServer, tmp_path: Path, refusal: str
) -> None:
    def download(request: httpx.Request) -> httpx.Response:
        if "Range" not in request.headers:
            return httpx.Response(200, content=BODY)
        if refusal == "416":
            return httpx.Response(416)
        return httpx.Response(206, content=BODY[:5], headers={"Content-Range": f"bytes 0-4/{len(BODY)}"})

    server.route("GET", f"{EXPORT_URL}/download", download)
    assert flavour.export().download(tmp_path / "out.json", progress=False).read_bytes() == BODY
    assert [("Range" in r.headers) for r in server.requests] == [True, False]


def test_a_body_cut_short_says_how_much_arrived(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    headers = {"Content-Length": str(len(BODY))}
    server.route(
        "GET", f"{EXPORT_URL}/download", lambda r: httpx.Response(200, stream=FailingStream(), headers=headers)
    )
    with pytest.raises(APIConnectionError, match=f"broke off after 10 of {len(BODY)} bytes.*nothing was written"):
        flavour.export().download(tmp_path / "out.json", progress=False)
    assert files_in(tmp_path) == []


def test_a_tsv_named_csv_by_the_server_keeps_its_own_extension(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    server.route(
        "GET", FORMATS_URL, lambda request: httpx.Response(200, json=[*FORMATS, {"name": "TSV", "title": "TSV"}])
    )
    disposition = 'attachment; filename="project-3.csv"'
    server.route(
        "GET",
        f"{EXPORT_URL}/download",
        lambda r: httpx.Response(200, content=b"id\ttext\n", headers={"Content-Disposition": disposition}),
    )
    assert flavour.export().download(tmp_path, format="TSV", progress=False) == tmp_path / "project-3.tsv"


# -- the entity and the repository ----------------------------------------------------------------------------


def test_fetch_and_remove_name_the_project_and_the_export(flavour: Flavour, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json(title="renamed")])
    server.route("DELETE", EXPORT_URL, lambda request: httpx.Response(204))
    export = flavour.export()

    assert export.fetch().title == "renamed"
    export.remove()

    assert [(r.method, r.url.path) for r in server.requests] == [("GET", EXPORT_URL), ("DELETE", EXPORT_URL)]
    assert isinstance(export, Export) and repr(export) == f"<Export id={EXPORT} title='renamed'>"


def test_the_repository_retrieves_lists_lazily_and_removes_in_one_request(flavour: Flavour, server: FakeServer) -> None:
    older = {**export_json(), "id": 2}
    server.route("GET", f"/api/projects/{PROJECT}/exports/", lambda r: httpx.Response(200, json=[export_json(), older]))
    server.states(EXPORT_URL, [export_json()])
    server.route("DELETE", f"/api/projects/{PROJECT}/exports/2", lambda request: httpx.Response(204))
    repo = flavour.exports()

    pager = repo.list(limit=1)
    assert isinstance(pager, Pager) and server.requests == []  # nothing is sent before iterating
    assert [export.id for export in pager] == [EXPORT]
    assert [export.id for export in repo.list()] == [EXPORT, 2]
    assert repo.retrieve(EXPORT).project_id == PROJECT
    repo.remove(2)

    assert server.paths("DELETE") == [f"/api/projects/{PROJECT}/exports/2"]
    assert repr(repo) == f"<ExportsRepo project={PROJECT}>"


# -- the one-call export --------------------------------------------------------------------------------------


def _snapshot_server(server: FakeServer) -> list[dict[str, Any]]:
    bodies = _created(server)
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    server.route("DELETE", EXPORT_URL, lambda request: httpx.Response(204))
    return bodies


def test_export_project_builds_downloads_and_removes_the_snapshot(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    bodies = _snapshot_server(server)
    target = flavour.export_project(tmp_path / "labels.json", only_annotated=True, progress=False)
    assert target == tmp_path / "labels.json" and target.read_bytes() == BODY
    assert bodies == [
        {"task_filter_options": {"annotated": "only"}, "serialization_options": {"predictions": {"only_id": False}}}
    ]
    assert server.paths("DELETE") == [EXPORT_URL]


def test_export_project_keeps_the_snapshot_when_asked(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    _snapshot_server(server)
    assert flavour.export_project(tmp_path, keep_snapshot=True, progress=False).name == "project-3-at-2025-01-01.json"
    assert server.paths("DELETE") == []


def test_export_project_removes_the_snapshot_when_the_download_fails(
    flavour: Flavour, server: FakeServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _snapshot_server(server)
    server.route("GET", f"{EXPORT_URL}/download", json_download(body=BODY + b" "))
    server.route("DELETE", EXPORT_URL, lambda request: httpx.Response(500, json={"detail": "busy"}))
    with caplog.at_level(logging.WARNING), pytest.raises(DownloadError):
        flavour.export_project(tmp_path / "labels.json", progress=False)
    assert server.paths("DELETE") == [EXPORT_URL] and files_in(tmp_path) == []
    assert f"could not remove export {EXPORT}" in caplog.text  # the download's error is the one raised


def test_export_project_checks_the_file_and_the_format_before_any_snapshot(
    flavour: Flavour, server: FakeServer, tmp_path: Path
) -> None:
    _snapshot_server(server)
    server.route("GET", FORMATS_URL, lambda request: httpx.Response(200, json=FORMATS))
    (tmp_path / "labels.json").write_text("old")
    with pytest.raises(FileExistsError, match="labels.json"):
        flavour.export_project(tmp_path / "labels.json", progress=False)
    with pytest.raises(FileNotFoundError):
        flavour.export_project(tmp_path / "missing" / "labels.json", progress=False)
    with pytest.raises(InvalidInputError, match="'COCO' is not an export format of project 3"):
        flavour.export_project(tmp_path / "labels.zip", format="coco", progress=False)
    assert server.paths("POST") == []


# -- reading a downloaded export ------------------------------------------------------------------------------


def test_iter_tasks_reads_a_temporary_file_that_is_removed_afterwards(
    flavour: Flavour, server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    tasks = flavour.export().iter_tasks(progress=False)
    (directory,) = tmp_path.iterdir()
    assert files_in(directory) == ["project-3-at-2025-01-01.json"]
    assert [task["id"] for task in tasks] == [1]
    assert files_in(tmp_path) == []


def test_iter_tasks_unstarted_and_dropped_removes_its_file(
    flavour: Flavour, server: FakeServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    tasks = flavour.export().iter_tasks(progress=False)
    assert len(files_in(tmp_path)) == 1
    del tasks
    gc.collect()
    assert files_in(tmp_path) == []


def test_iter_tasks_keeps_a_file_it_was_given(flavour: Flavour, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    assert [task["id"] for task in flavour.export().iter_tasks(tmp_path / "kept.json", progress=False)] == [1]
    assert files_in(tmp_path) == ["kept.json"]


def test_iter_export_tasks_refuses_an_array_of_non_objects(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[{"id": 1}, 2]')
    tasks = iter_export_tasks(path)
    assert next(tasks) == {"id": 1}
    with pytest.raises(InvalidInputError, match="item 1 is a JSON int"):
        next(tasks)


def test_a_destination_is_checked_before_anything_is_downloaded(tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text("old")
    (tmp_path / "sub").mkdir()
    with pytest.raises(FileExistsError):
        download_destination(tmp_path / "old.json", overwrite=False)
    (tmp_path / "sub" / "taken.json").mkdir()
    with pytest.raises(IsADirectoryError):
        download_destination(tmp_path / "sub", overwrite=True).file(
            'attachment; filename="taken.json"', None, "JSON", "x"
        )
    assert (
        download_destination(tmp_path / "old.json", overwrite=True).file(None, None, "JSON", "x")
        == tmp_path / "old.json"
    )
    into = download_destination(f"{tmp_path}/", overwrite=False)
    assert into.file(None, "application/zip; charset=binary", "YOLO", "fallback") == tmp_path / "fallback.zip"
    assert into.file('attachment; filename="a\\b\\..\\c.csv"', None, "CSV", "x") == tmp_path / "c.csv"
    assert into.file('attachment; filename=".."', "text/x-weird+json", "JSON_MIN", "x") == tmp_path / "x.json_min"
