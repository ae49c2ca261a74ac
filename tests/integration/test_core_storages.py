"""Datasets (source storages) and targets (export storages) through lsclient.core, against the real server.

Everything uses local-files storage under the server's LOCAL_FILES_DOCUMENT_ROOT (the harness starts Label Studio
with LOCAL_FILES_SERVING_ENABLED=true), in a directory of its own that is deleted afterwards.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from flavours import connect

from lsclient import BadRequestError, Client, Dataset, JobFailedError, NotFoundError, Project, Target
from lsclient.core.errors import APIStatusError

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
POSITIVE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}
TEXT_FILES = 12
JSON_TASKS = [{"text": "great product"}, {"text": "awful service"}, {"text": "just fine"}]


class RequestLog:
    """Records (method, path) of every request the client sends."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []

    def __call__(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    def storage_requests(self) -> list[tuple[str, str]]:
        return [(method, path) for method, path in self.requests if path.startswith("/api/storages/")]


@pytest.fixture
def log() -> RequestLog:
    return RequestLog()


@pytest.fixture
def client(label_studio, log: RequestLog, flavour: str) -> Iterator[Client]:
    own = httpx.Client(event_hooks={"request": [log]})
    with connect(flavour, label_studio.url, label_studio.api_key, httpx_client=own) as client:
        yield client


@pytest.fixture
def root(label_studio) -> Path:
    return Path(label_studio.local_files_root)


@pytest.fixture
def workspace(root: Path) -> Iterator[Path]:
    """A fresh directory under the root: txt/ (12 .txt files and a README), json/ (3 task files), out/ (empty)."""
    base = root / f"it-storages-{uuid.uuid4().hex[:8]}"
    (base / "txt").mkdir(parents=True)
    for number in range(TEXT_FILES):
        (base / "txt" / f"doc_{number:02d}.txt").write_text(f"review number {number}")
    (base / "txt" / "README.md").write_text("not a task: the regex filter skips it")
    (base / "json").mkdir()
    for number, task in enumerate(JSON_TASKS):
        (base / "json" / f"task_{number}.json").write_text(json.dumps(task))
    (base / "out").mkdir()
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def project(client: Client) -> Iterator[Project]:
    project = client.projects.create(title=f"storages-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    yield project
    try:
        project.remove()
    except NotFoundError:
        pass


def test_each_text_file_becomes_one_task(client: Client, project: Project, workspace: Path, root: Path) -> None:
    dataset = project.datasets.create_local(
        workspace / "txt", regex_filter=r".*\.txt", use_blob_urls=True, title="reviews"
    )
    assert isinstance(dataset, Dataset) and dataset.kind == "localfiles"
    assert (dataset.status, dataset.path, dataset.project) == ("initialized", str(workspace / "txt"), project.id)

    dataset.validate()
    assert dataset.sync(progress=False) is dataset

    assert (dataset.status, dataset.last_sync_count) == ("completed", TEXT_FILES)
    assert project.fetch().task_number == TEXT_FILES
    relative = (workspace / "txt").relative_to(root)
    urls = sorted(task.data["text"] for task in project.tasks.list())
    assert urls == [f"/data/local-files/?d={relative}/doc_{number:02d}.txt" for number in range(TEXT_FILES)]
    served = client.http.get_httpx_client().get(urls[3])
    assert (served.status_code, served.text) == (200, "review number 3")

    again = dataset.sync(progress=False)
    assert (again.status, again.last_sync_count, again.meta["tasks_existed"]) == ("completed", 0, TEXT_FILES)
    assert project.fetch().task_number == TEXT_FILES


def test_json_files_hold_the_tasks_to_import(project: Project, workspace: Path) -> None:
    dataset = project.datasets.create_local(workspace / "json", use_blob_urls=False, title="task files")

    dataset.sync(progress=False)

    assert (dataset.status, dataset.last_sync_count) == ("completed", len(JSON_TASKS))
    assert sorted(task.data["text"] for task in project.tasks.list()) == sorted(t["text"] for t in JSON_TASKS)


def test_update_list_and_remove(project: Project, workspace: Path, log: RequestLog) -> None:
    texts = project.datasets.create_local(workspace / "txt", regex_filter=r".*\.txt", title="texts")
    tasks = project.datasets.create_local(workspace / "json", use_blob_urls=False, title="tasks")

    log.requests.clear()
    assert texts.update(title="renamed") is texts
    assert log.storage_requests() == [("PATCH", f"/api/storages/localfiles/{texts.id}")]
    assert texts.title == "renamed"
    stored = project.datasets.retrieve(texts.id, kind="localfiles")
    assert project.datasets.retrieve(texts.id).id == stored.id  # by its id alone
    assert (stored.title, stored.path, stored.regex_filter) == ("renamed", str(workspace / "txt"), r".*\.txt")

    listed = project.datasets.list()
    assert sorted((d.kind, d.id, d.title) for d in listed) == [
        ("localfiles", texts.id, "renamed"),
        ("localfiles", tasks.id, "tasks"),
    ]
    assert project.targets.list().to_list() == []

    # a storage of this project is never removed through another one (the server's DELETE is not scoped)
    other = project.client.projects.create(title=f"other-{uuid.uuid4().hex[:8]}")
    try:
        with pytest.raises(NotFoundError):
            other.datasets.remove(tasks.id, kind="local")
        with pytest.raises(NotFoundError):
            other.datasets.remove(tasks.id)
    finally:
        other.remove()
    assert project.datasets.retrieve(tasks.id).title == "tasks"

    texts.remove()
    project.datasets.remove(tasks.id, kind="local")
    assert project.datasets.list().to_list() == []
    with pytest.raises(NotFoundError):
        project.datasets.retrieve(texts.id, kind="localfiles")


def test_a_missing_directory_is_rejected_when_connecting(project: Project, workspace: Path) -> None:
    missing = workspace / "missing"

    with pytest.raises(BadRequestError) as caught:
        project.datasets.create_local(missing)

    assert f'Absolute local path "{missing}" does not exist' in str(caught.value)
    assert project.datasets.list().to_list() == []


def test_a_directory_outside_the_root_is_rejected(project: Project) -> None:
    with pytest.raises(BadRequestError, match="must be a subdirectory of LOCAL_FILES_DOCUMENT_ROOT"):
        project.datasets.create_local("/etc")


def test_validate_reports_a_directory_that_vanished(project: Project, workspace: Path) -> None:
    dataset = project.datasets.create_local(workspace / "txt", regex_filter=r".*\.txt")
    dataset.validate()
    shutil.rmtree(workspace / "txt")

    with pytest.raises(BadRequestError) as caught:
        dataset.validate()
    assert f'Absolute local path "{workspace / "txt"}" does not exist' in str(caught.value)
    # Label Studio 1.23 answers the same problem on sync with a 500 that still names it
    with pytest.raises(APIStatusError, match="does not exist"):
        dataset.sync(progress=False)


def test_a_file_that_is_not_json_fails_the_sync(project: Project, workspace: Path) -> None:
    (workspace / "json" / "broken.json").write_text("{not json")
    dataset = project.datasets.create_local(workspace / "json", use_blob_urls=False)

    with pytest.raises(JobFailedError) as caught:
        dataset.sync(progress=False)

    assert caught.value.status == "failed"
    assert caught.value.traceback and "json" in caught.value.traceback.lower()
    assert dataset.fetch().status == "failed"


def test_target_sync_writes_the_annotations(client: Client, project: Project, workspace: Path) -> None:
    project.datasets.create_local(workspace / "txt", regex_filter=r".*\.txt").sync(progress=False)
    out = workspace / "out"
    target = project.targets.create_local(out, title="annotations")
    assert isinstance(target, Target) and target.kind == "localfiles"
    # Label Studio syncs a new target at once; nothing is annotated yet, so nothing is written
    assert target.wait(progress=False).status == "completed"
    target.validate()
    task = next(iter(project.tasks.list()))
    annotation = client.tasks.retrieve(task.id).annotations.create(result=[POSITIVE])

    assert target.sync(progress=False) is target

    assert (target.status, target.last_sync_count) == ("completed", 1)
    written = list(out.iterdir())
    assert [path.name for path in written] == [str(annotation.id)]
    content = json.loads(written[0].read_text())
    assert content["id"] == annotation.id
    assert content["result"][0]["value"] == {"choices": ["positive"]}
    assert content["task"]["id"] == task.id

    target.update(title="renamed")
    assert [(t.kind, t.id, t.title) for t in project.targets.list()] == [("localfiles", target.id, "renamed")]
    target.remove()
    assert project.targets.list().to_list() == []
    assert out.exists() and [path.name for path in out.iterdir()] == [str(annotation.id)]
