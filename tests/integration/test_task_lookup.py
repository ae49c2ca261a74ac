"""Finding tasks by an external key kept in task data or meta, through a server-side filter."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest
from flavours import connect

from lsclient import Project
from lsclient.core.errors import DuplicateKeyError

pytestmark = pytest.mark.integration


@pytest.fixture
def project(label_studio, flavour: str) -> Iterator[tuple[Project, list[str]]]:
    paths: list[str] = []
    own = httpx.Client(event_hooks={"request": [lambda request: paths.append(request.url.path)]})
    with connect(flavour, label_studio.url, label_studio.api_key, httpx_client=own) as client:
        project = client.projects.create(title=f"lookup-{uuid.uuid4().hex[:8]}", label_config="<View/>")
        yield project, paths
        project.remove()


def test_find_by_data_key_and_meta_key(project: tuple[Project, list[str]]) -> None:
    proj, paths = project
    tasks = [
        {"data": {"text": f"t{i}", "external_id": f"doc-{i}", "rank": i}, "meta": {"source_id": f"src-{i}", "n": i}}
        for i in range(1, 13)
    ]
    tasks.append({"data": {"text": "dup", "external_id": "doc-1x", "rank": 1}, "meta": {"source_id": "src-10"}})
    ids = proj.import_tasks(tasks, progress=False)

    paths.clear()
    assert [t.id for t in proj.tasks.find("external_id", "doc-1")] == [ids[0]]  # not doc-10, doc-11, doc-1x
    assert len(paths) == 1  # one server-side query, not a scan
    assert [t.id for t in proj.tasks.find("rank", 12)] == [ids[11]]
    assert proj.tasks.find_one("external_id", "doc-404") is None
    assert proj.tasks.find_one("source_id", "src-1", in_meta=True).id == ids[0]
    assert [t.id for t in proj.tasks.find("n", 2, in_meta=True)] == [ids[1]]
    with pytest.raises(DuplicateKeyError) as info:
        proj.tasks.find_one("source_id", "src-10", in_meta=True)
    assert sorted(info.value.task_ids) == [ids[9], ids[12]]
