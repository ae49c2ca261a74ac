"""Export snapshots against a fake Label Studio (httpx.MockTransport): waiting, converting, downloading."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from lsclient.api_client.models.export import Export as ExportModel
from lsclient.core.client import Client, make_client
from lsclient.core.errors import (
    APIConnectionError,
    BadRequestError,
    InvalidInputError,
    JobFailedError,
    JobTimeoutError,
    NotFoundError,
    ServerError,
)
from lsclient.core.files import DownloadError
from lsclient.core.filters import F
from lsclient.core.proxies.exports import Export, ExportsRepo

BASE = "http://ls.test"
LEGACY_KEY = "0123456789abcdef0123456789abcdef01234567"
PROJECT = 3
EXPORT = 12
BODY = json.dumps([{"id": 1, "data": {"text": "great"}, "annotations": []}]).encode()
CSV = b'"id","text"\r\n1,"great"\r\n'
EXPORT_URL = f"/api/projects/{PROJECT}/exports/{EXPORT}"
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


class FailingStream(httpx.SyncByteStream):
    """A body that breaks after its first chunk, like a dropped connection."""

    def __iter__(self) -> Iterator[bytes]:
        yield BODY[:10]
        raise httpx.ReadError("connection reset by peer")


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def client(server: FakeServer) -> Iterator[Client]:
    http = httpx.Client(transport=httpx.MockTransport(server))
    with make_client(BASE, LEGACY_KEY, check_version=False, httpx_client=http) as client:
        yield client


def make_export(client: Client, status: str = "completed", **fields: Any) -> Export:
    return Export(client, ExportModel.from_dict(export_json(status, **fields)), PROJECT)


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


def test_wait_follows_created_in_progress_completed(client: Client, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("created"), export_json("in_progress"), export_json("completed")])
    export = make_export(client, "created")
    progress = RecordingProgress()

    assert export.wait(poll_interval=0.001, progress=progress) is export

    assert export.status == "completed"
    assert progress.statuses == ["created", "in_progress", "completed"]
    assert len(server.paths("GET")) == 3


def test_wait_on_a_completed_export_sends_nothing(client: Client, server: FakeServer) -> None:
    make_export(client).wait(timeout=0, progress=False)
    assert server.requests == []


def test_failed_export_raises_job_failed(client: Client, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("in_progress"), export_json("failed")])
    export = make_export(client, "created")

    with pytest.raises(JobFailedError, match=f"export {EXPORT} of project {PROJECT} failed") as caught:
        export.wait(poll_interval=0.001, progress=False)

    assert caught.value.status == "failed"
    assert export.status == "failed"


def test_export_that_never_finishes_times_out(client: Client, server: FakeServer) -> None:
    server.states(EXPORT_URL, [export_json("in_progress")])
    with pytest.raises(JobTimeoutError) as caught:
        make_export(client, "created").wait(timeout=0.05, poll_interval=0.01, progress=False)
    assert caught.value.last_status == "in_progress"


# -- downloading ----------------------------------------------------------------------------------------------


def test_download_waits_for_the_snapshot_then_verifies_its_md5(
    client: Client, server: FakeServer, tmp_path: Path
) -> None:
    server.states(EXPORT_URL, [export_json("in_progress"), export_json("completed")])
    server.route("GET", f"{EXPORT_URL}/download", json_download(headers={"Content-Length": str(len(BODY))}))
    progress = RecordingProgress()

    target = make_export(client, "created").download(tmp_path / "out.json", progress=progress, poll_interval=0.001)

    assert target.read_bytes() == BODY
    assert progress.units[-1] == "B"


def test_download_into_a_directory_keeps_only_the_file_name(client: Client, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", json_download())
    target = make_export(client).download(tmp_path, progress=False)
    assert target == tmp_path / "project-3-at-2025-01-01.json"


def test_a_hostile_file_name_stays_inside_the_directory(client: Client, server: FakeServer, tmp_path: Path) -> None:
    folder = tmp_path / "inside"
    folder.mkdir()
    disposition = 'attachment; filename="../../escape.json"'
    server.route("GET", f"{EXPORT_URL}/download", json_download(headers={"Content-Disposition": disposition}))
    target = make_export(client).download(folder, progress=False)
    assert target == folder / "escape.json"
    assert files_in(tmp_path) == ["inside"]


def test_md5_mismatch_writes_nothing(client: Client, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", json_download(body=BODY + b" "))
    with pytest.raises(DownloadError, match="MD5 mismatch"):
        make_export(client).download(tmp_path / "out.json", progress=False)
    assert files_in(tmp_path) == []


def test_connection_dropped_mid_body_leaves_no_file(client: Client, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"{EXPORT_URL}/download", lambda request: httpx.Response(200, stream=FailingStream()))
    with pytest.raises(APIConnectionError, match="ReadError"):
        make_export(client).download(tmp_path / "out.json", progress=False)
    assert files_in(tmp_path) == []


def test_an_error_answer_leaves_no_file_and_keeps_the_old_one(
    client: Client, server: FakeServer, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    server.route("GET", f"{EXPORT_URL}/download", lambda request: httpx.Response(500, json={"detail": "boom"}))
    with pytest.raises(ServerError, match="boom"):
        make_export(client).download(target, progress=False, overwrite=True)
    assert files_in(tmp_path) == ["out.json"] and target.read_text() == "old"


def test_existing_file_is_refused_before_any_request(client: Client, server: FakeServer, tmp_path: Path) -> None:
    (tmp_path / "out.json").write_text("old")
    with pytest.raises(FileExistsError, match="out.json"):
        make_export(client).download(tmp_path / "out.json", progress=False)
    assert server.requests == []


def test_csv_is_downloaded_directly_when_the_server_converts_on_the_fly(
    client: Client, server: FakeServer, tmp_path: Path
) -> None:
    server.route("GET", f"/api/projects/{PROJECT}/export/formats", lambda request: httpx.Response(200, json=FORMATS))
    server.route(
        "GET",
        f"{EXPORT_URL}/download",
        lambda request: (
            httpx.Response(200, content=CSV, headers={"Content-Type": "application/csv"})
            if request.url.params.get("exportType") == "CSV"
            else httpx.Response(400)
        ),
    )
    target = make_export(client).download(tmp_path, format="csv", progress=False)
    assert target == tmp_path / f"project-{PROJECT}-export-{EXPORT}.csv"  # no Content-Disposition: our name
    assert target.read_bytes() == CSV
    assert server.paths("POST") == []


def test_csv_is_converted_first_when_the_server_serves_only_converted_files(
    client: Client, server: FakeServer, tmp_path: Path
) -> None:
    # Label Studio with asynchronous conversions: 404 until /convert ran and the conversion completed.
    converted: list[dict[str, Any]] = []
    server.route("GET", f"/api/projects/{PROJECT}/export/formats", lambda request: httpx.Response(200, json=FORMATS))

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

    target = make_export(client).download(tmp_path / "out.csv", format="CSV", progress=False, poll_interval=0.001)

    assert target.read_bytes() == CSV
    assert files_in(tmp_path) == ["out.csv"]


def test_a_404_with_a_completed_conversion_is_a_real_404(client: Client, server: FakeServer, tmp_path: Path) -> None:
    done = [{"id": 7, "export_type": "CSV", "status": "completed", "traceback": None}]
    server.route("GET", f"/api/projects/{PROJECT}/export/formats", lambda request: httpx.Response(200, json=FORMATS))
    server.route("GET", EXPORT_URL, lambda request: httpx.Response(200, json=export_json(converted_formats=done)))
    with pytest.raises(NotFoundError):
        make_export(client).download(tmp_path / "out.csv", format="CSV", progress=False)
    assert server.paths("POST") == [] and files_in(tmp_path) == []


def test_unknown_format_names_the_known_ones(client: Client, server: FakeServer, tmp_path: Path) -> None:
    server.route("GET", f"/api/projects/{PROJECT}/export/formats", lambda request: httpx.Response(200, json=FORMATS))
    with pytest.raises(InvalidInputError, match="JSON, CSV, YOLO"):
        make_export(client).download(tmp_path / "out.bin", format="COCO", progress=False)
    assert f"{EXPORT_URL}/download" not in server.paths("GET")


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


def test_convert_already_started_is_waited_for(client: Client, server: FakeServer) -> None:
    server.route("POST", f"{EXPORT_URL}/convert", _already_started)
    entry = {"id": 7, "export_type": "CSV", "traceback": None}
    server.states(
        EXPORT_URL,
        [
            export_json(converted_formats=[{**entry, "status": "in_progress"}]),
            export_json(converted_formats=[{**entry, "status": "completed"}]),
        ],
    )
    export = make_export(client).convert("CSV", poll_interval=0.001, progress=False)
    assert [str(c.status) for c in export.converted_formats or []] == ["completed"]


def test_failed_conversion_raises_with_the_servers_traceback(client: Client, server: FakeServer) -> None:
    server.route("POST", f"{EXPORT_URL}/convert", lambda r: httpx.Response(200, json={"converted_format": 8}))
    failed = {"id": 8, "export_type": "CSV", "status": "failed", "traceback": "Traceback...\nValueError: bad config"}
    older = {"id": 3, "export_type": "CSV", "status": "failed", "traceback": "old"}
    server.states(EXPORT_URL, [export_json(converted_formats=[older, failed])])
    with pytest.raises(JobFailedError, match="ValueError: bad config"):
        make_export(client).convert("CSV", poll_interval=0.001, progress=False)


def test_unknown_format_to_convert_is_the_servers_400(client: Client, server: FakeServer) -> None:
    body = {"detail": "Validation error", "validation_errors": {"export_type": ["NOPE is not supported export format"]}}
    server.route("POST", f"{EXPORT_URL}/convert", lambda r: httpx.Response(400, json=body))
    with pytest.raises(BadRequestError, match="NOPE is not supported"):
        make_export(client).convert("nope", progress=False)


# -- creating -------------------------------------------------------------------------------------------------


def _created(server: FakeServer, status: str = "completed") -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []

    def create(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json=export_json(status))

    server.route("POST", f"/api/projects/{PROJECT}/exports/", create)
    return bodies


def test_create_maps_the_keyword_options(client: Client, server: FakeServer) -> None:
    bodies = _created(server)
    export = ExportsRepo(client, PROJECT).create(
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


def test_create_refuses_unknown_and_conflicting_options(client: Client, server: FakeServer) -> None:
    repo = ExportsRepo(client, PROJECT)
    with pytest.raises(InvalidInputError, match="skiped"):
        repo.create({"task_filter_options": {"skiped": "only"}})
    with pytest.raises(InvalidInputError, match="annotated"):
        repo.create({"task_filter_options": {"annotated": "exclude"}}, only_annotated=True)
    with pytest.raises(InvalidInputError, match="task_ids"):
        repo.create(task_ids=["1"])  # type: ignore[list-item]
    with pytest.raises(InvalidInputError, match="view"):
        repo.create(task_ids=[1], view=4)
    assert server.requests == []


def test_task_ids_go_through_a_temporary_view_that_is_deleted(client: Client, server: FakeServer) -> None:
    bodies = _created(server, status="in_progress")
    server.states(EXPORT_URL, [export_json("completed")])
    views: list[dict[str, Any]] = []

    def create_view(request: httpx.Request) -> httpx.Response:
        views.append(json.loads(request.content))
        return httpx.Response(201, json={"id": 41, "project": PROJECT, **views[-1]})

    server.route("POST", "/api/dm/views/", create_view)
    server.route("DELETE", "/api/dm/views/41/", lambda request: httpx.Response(204))

    export = ExportsRepo(client, PROJECT).create(task_ids=[5, 6], filter=F.total_annotations > 0)

    assert export.status == "completed"  # waited for: the server reads the view while it builds the snapshot
    assert views[0]["data"]["filters"] == ((F.total_annotations > 0) & F.id.one_of([5, 6])).to_dict()
    assert bodies[0]["task_filter_options"]["view"] == 41
    assert server.paths("DELETE") == ["/api/dm/views/41/"]


def test_temporary_view_is_kept_while_the_export_may_still_read_it(
    client: Client, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    _created(server, status="in_progress")
    server.states(EXPORT_URL, [export_json("in_progress")])
    server.route("POST", "/api/dm/views/", lambda r: httpx.Response(201, json={"id": 41, "project": PROJECT}))
    with pytest.raises(JobTimeoutError):
        ExportsRepo(client, PROJECT).create(task_ids=[5], timeout=0.05)
    assert server.paths("DELETE") == []
    assert "view 41" in caplog.text


def test_a_view_of_another_project_is_refused(client: Client, server: FakeServer) -> None:
    server.route("GET", "/api/dm/views/4/", lambda r: httpx.Response(200, json={"id": 4, "project": PROJECT + 1}))
    with pytest.raises(InvalidInputError, match="no Data Manager view 4"):
        ExportsRepo(client, PROJECT).create(view=4)
    assert server.paths("POST") == []


def test_formats_reads_objects_and_hides_disabled_ones(client: Client, server: FakeServer) -> None:
    server.route("GET", f"/api/projects/{PROJECT}/export/formats", lambda request: httpx.Response(200, json=FORMATS))
    repo = ExportsRepo(client, PROJECT)
    assert [f.name for f in repo.formats()] == ["JSON", "CSV"]
    assert [f.name for f in repo.formats(include_disabled=True) if f.disabled] == ["YOLO"]
