"""Export snapshots against the real Label Studio: create, list, filter, convert, download."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from flavours import connect, construct, is_async

from lsclient import Client, Export, Project
from lsclient.api_client.api.data_manager import dm_views_list
from lsclient.core._async import downloads as async_downloads
from lsclient.core._sync import downloads as sync_downloads
from lsclient.core.errors import APIConnectionError, InvalidInputError, NotFoundError
from lsclient.core.export_files import ExportFormat
from lsclient.core.filters import F

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
POSITIVE = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]
TEXTS = ["great", "awful", "fine", "meh", "superb"]


@pytest.fixture(scope="module")
def client(label_studio, flavour: str) -> Iterator[Client]:  # type: ignore[no-untyped-def]
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture(scope="module")
def project(client: Client) -> Iterator[Project]:
    """Five tasks; the first two are annotated."""
    project = client.projects.create(title=f"it-exports-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    try:
        yield project
    finally:
        project.remove()


@pytest.fixture(scope="module")
def task_ids(client: Client, project: Project) -> list[int]:
    ids = project.import_tasks([{"text": text} for text in TEXTS], progress=False)
    for task_id in ids[:2]:
        client.tasks.retrieve(task_id).annotations.create(result=POSITIVE)
    return ids


@pytest.fixture(scope="module")
def export(project: Project, task_ids: list[int]) -> Export:
    return project.exports.create(title="all tasks")


def _ids_in(path: Path) -> list[int]:
    return sorted(task["id"] for task in json.loads(path.read_bytes()))


def test_create_answers_a_completed_snapshot_of_every_task(export: Export, task_ids: list[int]) -> None:
    assert export.status == "completed"
    assert export.title == "all tasks"
    assert export.to_dict()["counters"]["task_number"] == len(task_ids)
    assert repr(export) == f"<Export id={export.id} title='all tasks'>"


def test_wait_on_a_completed_export_returns_it_at_once(export: Export) -> None:
    assert export.wait(timeout=0, progress=False) is export


def test_retrieve_and_list_newest_first(project: Project, export: Export) -> None:
    newer = project.exports.create()
    try:
        assert project.exports.retrieve(export.id).md5 == export.md5
        ids = [item.id for item in project.exports.list()]
        assert ids.index(newer.id) < ids.index(export.id)
        assert all(item.project_id == project.id for item in project.exports.list())
    finally:
        newer.remove()
    assert newer.id not in [item.id for item in project.exports.list()]


def test_remove_by_id(project: Project, task_ids: list[int]) -> None:
    export = project.exports.create()
    project.exports.remove(export.id)
    with pytest.raises(NotFoundError):
        project.exports.retrieve(export.id)


def test_only_annotated_exports_exactly_the_annotated_tasks(
    project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    export = project.exports.create(only_annotated=True)
    assert export.to_dict()["counters"]["task_number"] == 2
    assert _ids_in(export.download(tmp_path / "annotated.json", progress=False)) == sorted(task_ids[:2])


def test_task_ids_export_only_those_tasks_and_leave_no_view(
    client: Client, project: Project, task_ids: list[int], tmp_path: Path
) -> None:
    chosen = [task_ids[1], task_ids[3]]
    export = project.exports.create(task_ids=chosen)
    assert _ids_in(export.download(tmp_path / "chosen.json", progress=False)) == sorted(chosen)
    assert dm_views_list.sync(client=client.http, project=project.id) == []


def test_filter_and_task_ids_are_anded(project: Project, task_ids: list[int], tmp_path: Path) -> None:
    export = project.exports.create(filter=F.data("text").one_of(["great", "awful"]), task_ids=task_ids[1:])
    assert _ids_in(export.download(tmp_path / "and.json", progress=False)) == [task_ids[1]]


def test_a_view_of_another_project_is_refused(project: Project, task_ids: list[int]) -> None:
    with pytest.raises(InvalidInputError, match="no Data Manager view"):
        project.exports.create(view=999_999_999)


def test_unknown_options_are_refused_before_any_request(project: Project) -> None:
    with pytest.raises(InvalidInputError, match="only_annoted"):
        project.exports.create({"task_filter_options": {"only_annoted": True}})


def test_download_json_to_a_file_matches_the_snapshot_md5(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    target = export.download(tmp_path / "export.json", progress=False)
    assert target == tmp_path / "export.json"
    assert hashlib.md5(target.read_bytes()).hexdigest() == export.md5
    assert _ids_in(target) == sorted(task_ids)
    assert [p.name for p in tmp_path.iterdir()] == ["export.json"]  # no temporary file left behind


def test_download_to_a_directory_uses_the_servers_file_name(export: Export, tmp_path: Path) -> None:
    target = export.download(tmp_path, progress=False)
    assert target.parent == tmp_path
    assert target.name.startswith(f"project-{export.project_id}-at-") and target.suffix == ".json"
    assert hashlib.md5(target.read_bytes()).hexdigest() == export.md5


def test_download_csv_has_a_header_and_one_row_per_task(export: Export, task_ids: list[int], tmp_path: Path) -> None:
    target = export.download(tmp_path, format="csv", progress=False)
    assert target.suffix == ".csv"
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert {"id", "text", "sentiment"} <= set(rows[0])
    assert sorted(int(row["id"]) for row in rows) == sorted(task_ids)
    assert sorted(row["sentiment"] for row in rows) == ["", "", "", "positive", "positive"]


def test_convert_then_convert_again_is_fine(project: Project, task_ids: list[int], tmp_path: Path) -> None:
    export = project.exports.create()
    export.convert("TSV", progress=False)
    export.convert("TSV", progress=False)  # the server answers 400 "already started": waited for, not raised
    assert [(c.export_type, str(c.status)) for c in export.converted_formats or []] == [("TSV", "completed")]
    target = export.download(tmp_path / "export.tsv", format="TSV", progress=False)
    assert target.read_text(encoding="utf-8").splitlines()[0].count("\t") >= 2


def test_unknown_format_is_refused_with_the_known_ones(export: Export, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="CSV"):
        export.download(tmp_path / "x.bin", format="NOPE", progress=False)
    assert list(tmp_path.iterdir()) == []


def test_formats_lists_the_enabled_ones(project: Project) -> None:
    formats = project.exports.formats()
    names = [item.name for item in formats]
    assert {"JSON", "CSV"} <= set(names)
    assert all(isinstance(item, ExportFormat) and not item.disabled for item in formats)
    every = project.exports.formats(include_disabled=True)
    assert len(every) > len(formats) and any(item.disabled for item in every)


def test_existing_file_is_not_overwritten_unless_asked(export: Export, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("keep me")
    with pytest.raises(FileExistsError, match="export.json"):
        export.download(target, progress=False)
    assert target.read_text() == "keep me"
    export.download(target, progress=False, overwrite=True)
    assert hashlib.md5(target.read_bytes()).hexdigest() == export.md5


def test_existing_file_in_a_directory_is_not_overwritten(export: Export, tmp_path: Path) -> None:
    first = export.download(tmp_path, progress=False)
    with pytest.raises(FileExistsError, match=first.name):
        export.download(tmp_path, progress=False)


def test_failed_download_of_a_missing_export_leaves_no_file(client: Client, export: Export, tmp_path: Path) -> None:
    ghost = construct(Export, client, export.record, project_id=999_999_999)
    with pytest.raises(NotFoundError):
        ghost.download(tmp_path / "ghost.json", progress=False)
    assert list(tmp_path.iterdir()) == []


def test_download_broken_mid_body_leaves_no_file(
    export: Export, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if is_async(export):
        real_async = async_downloads.stream_to_file

        async def breaking_async(chunks: Any, path: Path, **kwargs: Any) -> int:
            async def first_chunk_then_drop() -> Any:
                async for chunk in chunks:
                    yield chunk
                    raise httpx.ReadError("simulated connection drop")

            return await real_async(first_chunk_then_drop(), path, **kwargs)

        monkeypatch.setattr(async_downloads, "stream_to_file", breaking_async)
    else:
        real_sync = sync_downloads.stream_to_file

        def breaking(chunks: Iterable[bytes], path: Path, **kwargs: Any) -> int:
            def first_chunk_then_drop() -> Iterator[bytes]:
                yield next(iter(chunks))
                raise httpx.ReadError("simulated connection drop")

            return real_sync(first_chunk_then_drop(), path, **kwargs)

        monkeypatch.setattr(sync_downloads, "stream_to_file", breaking)
    with pytest.raises(APIConnectionError, match="simulated connection drop"):
        export.download(tmp_path / "broken.json", progress=False)
    assert list(tmp_path.iterdir()) == []
