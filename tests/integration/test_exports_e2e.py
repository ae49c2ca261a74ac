"""Exports end to end against the real Label Studio: every text format, lazy reading, the one-call export,
and what happens when the network misbehaves (tests/faultproxy.py in front of the server cuts or corrupts bodies)."""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from faultproxy import FaultProxy, ProxyRequest, ProxyResponse
from flavours import connect

from lsclient import Client, Export, Project, iter_export_tasks
from lsclient.core.errors import APIConnectionError, APITimeoutError, InvalidInputError
from lsclient.core.files import DownloadError

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
POSITIVE = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]
TASKS = 300
ANNOTATED = 3

DOWNLOAD = r"/download$"


def damaged_downloads(proxy: FaultProxy, change: Callable[[bytes], bytes]) -> None:
    """Change the body of every successful download answer with ``change``."""

    def rewrite(request: ProxyRequest, response: ProxyResponse) -> ProxyResponse:
        if response.status < 300:
            response.body = change(response.body)
        return response

    proxy.rewrite(rewrite, method="GET", path=DOWNLOAD, times=None)


def converts_in_the_background(proxy: FaultProxy) -> None:
    """Answer like a server with asynchronous conversions (Enterprise, or its feature flag): 404 "not converted yet"
    to a download of a format that was not ``/convert``-ed for that export first."""
    converted: set[tuple[str, str]] = set()

    def record(request: ProxyRequest, response: ProxyResponse) -> ProxyResponse:
        if response.status < 300:
            converted.add((request.path.rsplit("/", 1)[0], json.loads(request.body or b"{}")["export_type"]))
        return response

    def not_converted(request: ProxyRequest) -> bool:
        export_type = parse_qs(urlsplit(request.target).query).get("exportType", ["JSON"])[0]
        return export_type != "JSON" and (request.path.rsplit("/", 1)[0], export_type) not in converted

    proxy.rewrite(record, method="POST", path=r"/convert$", times=None)
    proxy.answer(
        404,
        body=b'{"detail": "not converted yet"}',
        content_type="application/json",
        method="GET",
        path=DOWNLOAD,
        when=not_converted,
        times=None,
    )


def shortens_ranges(request: ProxyRequest, response: ProxyResponse) -> ProxyResponse:
    """A 206 with the first 100 bytes only, as a server may send less than the range asked for."""
    if response.status == 206:
        response.headers = [(k, v) for k, v in response.headers if k.lower() != "content-range"]
        response.headers.append(("Content-Range", f"bytes 0-99/{len(response.body)}"))
        response.body = response.body[:100]
    return response


def _flip_a_letter(data: bytes) -> bytes:
    changed = bytearray(data)
    middle = len(changed) // 2
    index = next(i for i in range(middle, len(changed)) if chr(changed[i]).isalpha())
    changed[index] ^= 0x20  # swap the letter's case
    return bytes(changed)


@pytest.fixture(scope="module")
def client(label_studio, flavour: str) -> Iterator[Client]:  # type: ignore[no-untyped-def]
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture(scope="module")
def project(client: Client) -> Iterator[Project]:
    project = client.projects.create(title=f"it-exports-e2e-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    try:
        yield project
    finally:
        project.remove()


@pytest.fixture(scope="module")
def task_ids(client: Client, project: Project) -> list[int]:
    """TASKS tasks from a generator; the first ANNOTATED get a "positive" annotation."""
    ids = project.import_tasks(({"text": f"review number {n}"} for n in range(TASKS)), batch_size=100, progress=False)
    for task_id in ids[:ANNOTATED]:
        client.tasks.retrieve(task_id).annotations.create(result=POSITIVE)
    return ids


@pytest.fixture(scope="module")
def export(project: Project, task_ids: list[int]) -> Export:
    return project.exports.create(title="e2e")


@pytest.fixture
def proxied(label_studio, flavour: str) -> Iterator[Callable[..., tuple[FaultProxy, Client]]]:  # type: ignore[no-untyped-def]
    """Build a fault proxy and a client of the flavour (no retries) that goes through it; both are closed afterwards."""
    made: list[tuple[FaultProxy, Client]] = []

    def build(timeout: float = 60.0) -> tuple[FaultProxy, Client]:
        proxy = FaultProxy(label_studio.url).start()
        client = connect(flavour, proxy.url, label_studio.api_key, check_version=False, timeout=timeout, max_retries=0)
        made.append((proxy, client))
        return proxy, client

    yield build
    for proxy, client in made:
        client.close()
        proxy.close()


def _through(client: Client, export: Export) -> Export:
    return client.projects.retrieve(export.project_id).exports.retrieve(export.id)


def _rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter=delimiter))


# ---------------------------------------------------------------------------------------------------- formats


def test_json_is_the_snapshot_itself(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    target = export.download(tmp_path, format="JSON", progress=False)
    assert target.suffix == ".json"
    assert hashlib.md5(target.read_bytes()).hexdigest() == export.md5
    tasks = json.loads(target.read_bytes())
    assert sorted(task["id"] for task in tasks) == sorted(task_ids)
    assert sum(1 for task in tasks if task["annotations"]) == ANNOTATED


def test_json_min_has_one_flat_record_per_task(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    target = export.download(tmp_path / "min.json", format="JSON_MIN", progress=False)
    records = list(iter_export_tasks(target))
    assert sorted(record["id"] for record in records) == sorted(task_ids)
    assert sorted(record.get("sentiment", "") for record in records)[-ANNOTATED:] == ["positive"] * ANNOTATED
    assert all(record["text"].startswith("review number ") for record in records)


@pytest.mark.parametrize(("format", "delimiter", "suffix"), [("CSV", ",", ".csv"), ("TSV", "\t", ".tsv")])
def test_csv_and_tsv_have_a_header_and_one_row_per_task(
    export: Export, task_ids: list[int], tmp_path: Path, format: str, delimiter: str, suffix: str
) -> None:
    target = export.download(tmp_path, format=format, progress=False)
    assert target.suffix == suffix  # Label Studio names its TSV file .csv; lsclient fixes the extension
    rows = _rows(target, delimiter)
    assert {"id", "text", "sentiment"} <= set(rows[0])
    assert sorted(int(row["id"]) for row in rows) == sorted(task_ids)
    assert sorted(row["sentiment"] for row in rows if row["sentiment"]) == ["positive"] * ANNOTATED


def test_a_server_that_converts_in_the_background_gets_the_conversion_awaited(
    proxied: Callable[..., tuple[FaultProxy, Client]], project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    # Label Studio 1.23.2 converts on the fly; with asynchronous conversions (Enterprise, or its feature flag) a
    # format must be converted before it can be downloaded. The proxy answers like such a server.
    fresh = project.exports.create()
    proxy, client = proxied()
    converts_in_the_background(proxy)
    target = _through(client, fresh).download(tmp_path / "async.csv", format="CSV", progress=False)
    assert sorted(int(row["id"]) for row in _rows(target, ",")) == sorted(task_ids)
    download = f"GET /api/projects/{project.id}/exports/{fresh.id}/download?exportType=CSV"
    convert = f"POST /api/projects/{project.id}/exports/{fresh.id}/convert"
    seen = [f"{item.method} {item.target}" for item in proxy.log]
    assert [line for line in seen if line in (download, convert)] == [download, convert, download]
    conversions = project.exports.retrieve(fresh.id).converted_formats or []
    assert [(item.export_type, str(item.status)) for item in conversions] == [("CSV", "completed")]


# ---------------------------------------------------------------------------------------------------- lazy reading


def test_iter_export_tasks_reads_a_real_download(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    target = export.download(tmp_path / "all.json", progress=False)
    seen = [(task["id"], task["data"]["text"]) for task in iter_export_tasks(target, chunk_size=512)]
    assert sorted(task_id for task_id, _ in seen) == sorted(task_ids)
    assert {text for _, text in seen} == {f"review number {n}" for n in range(TASKS)}


def test_iter_export_tasks_refuses_a_csv_file(export: Export, tmp_path: Path) -> None:
    target = export.download(tmp_path / "all.csv", format="CSV", progress=False)
    with pytest.raises(InvalidInputError, match="all.csv"):
        next(iter_export_tasks(target))


def _temporary_exports() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("lsclient-export-*"))


def test_export_iter_tasks_uses_a_temporary_file_and_removes_it(export: Export, task_ids: list[int]) -> None:
    before = _temporary_exports()
    tasks = export.iter_tasks(progress=False)
    (directory,) = _temporary_exports() - before
    assert [path.suffix for path in directory.iterdir()] == [".json"]
    assert sorted(task["id"] for task in tasks) == sorted(task_ids)
    assert not directory.exists()


def test_export_iter_tasks_never_started_still_removes_its_file(export: Export) -> None:
    before = _temporary_exports()
    tasks = export.iter_tasks(progress=False)
    (directory,) = _temporary_exports() - before
    del tasks
    gc.collect()
    assert not directory.exists()


def test_export_iter_tasks_can_keep_the_file(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    ids = [task["id"] for task in export.iter_tasks(tmp_path / "kept.json", progress=False)]
    assert sorted(ids) == sorted(task_ids)
    assert hashlib.md5((tmp_path / "kept.json").read_bytes()).hexdigest() == export.md5


# ---------------------------------------------------------------------------------------------------- one call


def test_one_call_export_writes_the_file_and_removes_its_snapshot(
    project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    before = {item.id for item in project.exports.list()}
    target = project.export(tmp_path / "annotated.csv", format="CSV", only_annotated=True, progress=False)
    assert target == tmp_path / "annotated.csv"
    assert sorted(int(row["id"]) for row in _rows(target, ",")) == sorted(task_ids[:ANNOTATED])
    assert {item.id for item in project.exports.list()} == before


def test_one_call_export_of_chosen_tasks_can_keep_its_snapshot(
    project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    before = {item.id for item in project.exports.list()}
    chosen = task_ids[10:15]
    target = project.export(tmp_path, task_ids=chosen, keep_snapshot=True, progress=False)
    assert sorted(task["id"] for task in iter_export_tasks(target)) == sorted(chosen)
    (kept,) = [item for item in project.exports.list() if item.id not in before]
    try:
        assert hashlib.md5(target.read_bytes()).hexdigest() == kept.md5
    finally:
        kept.remove()


def test_one_call_export_checks_the_destination_and_format_before_any_snapshot(
    project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    before = {item.id for item in project.exports.list()}
    existing = tmp_path / "existing.json"
    existing.write_text("keep me")
    with pytest.raises(FileExistsError, match="existing.json"):
        project.export(existing, progress=False)
    with pytest.raises(InvalidInputError, match="YOLOX"):
        project.export(tmp_path / "x.zip", format="YOLOX", progress=False)
    with pytest.raises(FileNotFoundError):
        project.export(tmp_path / "missing" / "x.json", progress=False)
    with pytest.raises(FileNotFoundError):
        project.export(f"{tmp_path}/missing/", progress=False)
    assert existing.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["existing.json"]
    assert {item.id for item in project.exports.list()} == before


# ---------------------------------------------------------------------------------------------------- faults


@pytest.mark.parametrize("format", ["JSON", "CSV"])
def test_a_download_cut_midway_leaves_no_file_and_says_so(
    proxied: Callable[..., tuple[FaultProxy, Client]], export: Export, tmp_path: Path, format: str
) -> None:
    proxy, client = proxied()
    proxy.cut(1000, method="GET", path=DOWNLOAD, times=None)
    with pytest.raises(APIConnectionError, match=r"broke off after 1,000 of [\d,]+ bytes") as caught:
        _through(client, export).download(tmp_path / "cut.out", format=format, progress=False)
    assert "nothing was written" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("ranges", ["refuse", "partial"])
def test_a_server_that_refuses_or_shortens_the_range_is_asked_again_without_it(
    proxied: Callable[..., tuple[FaultProxy, Client]], export: Export, tmp_path: Path, ranges: str
) -> None:
    proxy, client = proxied()
    if ranges == "refuse":
        proxy.answer(416, method="GET", path=DOWNLOAD, when=lambda request: bool(request.header("range")), times=None)
    else:
        proxy.rewrite(shortens_ranges, method="GET", path=DOWNLOAD, times=None)
    target = _through(client, export).download(tmp_path / "whole.json", progress=False)
    assert hashlib.md5(target.read_bytes()).hexdigest() == export.md5
    assert proxy.count("GET", DOWNLOAD) == 2  # with Range, then without


def test_a_corrupted_byte_fails_the_md5_check_and_leaves_no_file(
    proxied: Callable[..., tuple[FaultProxy, Client]], export: Export, tmp_path: Path
) -> None:
    proxy, client = proxied()
    damaged_downloads(proxy, _flip_a_letter)
    with pytest.raises(DownloadError, match="MD5 mismatch") as caught:
        _through(client, export).download(tmp_path / "flipped.json", progress=False)
    assert caught.value.expected_md5 == export.md5 and caught.value.actual_md5 != export.md5
    assert list(tmp_path.iterdir()) == []


def test_one_call_export_cut_midway_leaves_no_file_and_no_snapshot(
    proxied: Callable[..., tuple[FaultProxy, Client]], project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    before = {item.id for item in project.exports.list()}
    proxy, client = proxied()
    proxy.cut(100, method="GET", path=DOWNLOAD, times=None)
    with pytest.raises(APIConnectionError, match="broke off"):
        client.projects.retrieve(project.id).export(tmp_path / "cut.json", progress=False)
    assert list(tmp_path.iterdir()) == []
    assert {item.id for item in project.exports.list()} == before


def test_a_snapshot_slower_than_the_read_timeout_is_waited_for(
    proxied: Callable[..., tuple[FaultProxy, Client]], project: Project, task_ids: list[int]
) -> None:
    # Label Studio Community builds the snapshot inside the POST (100,000 tasks: about 100 s), longer than a
    # client's read timeout; the proxy makes a small one slow. Client read timeout 1 s, snapshot 2.5 s.
    proxy, client = proxied(timeout=1.0)
    proxy.delay(2.5, method="POST", path=r"/exports/$", times=None)
    exports = client.projects.retrieve(project.id).exports
    export = exports.create(timeout=30)
    try:
        assert export.status == "completed"
    finally:
        export.remove()
    before = {item.id for item in project.exports.list()}
    with pytest.raises(APITimeoutError):
        exports.create(timeout=0.5)  # never shorter than the client's own read timeout, which is too short
    for item in project.exports.list():  # the server finished it anyway
        if item.id not in before:
            item.remove()
