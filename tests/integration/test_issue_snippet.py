"""The snippet users write (README / the core issue), run as written against the real server."""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from lsclient import NotFoundError, make_client

pytestmark = pytest.mark.integration

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""
RESULT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]


def test_the_snippet_runs_unchanged(label_studio, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", label_studio.api_key)
    monkeypatch.chdir(tmp_path)
    texts = Path(label_studio.local_files_root) / f"texts-{uuid.uuid4().hex[:8]}"
    texts.mkdir()
    for i in range(3):
        (texts / f"doc{i}.txt").write_text(f"document {i}", encoding="utf-8")
    try:
        # ---- the snippet, with a real label config and paths ----
        with make_client() as client:
            project = client.projects.create(title="Reviews", label_config=CONFIG)
            ids = project.import_tasks([{"text": "great"}, {"text": "awful"}])
            for task in project.tasks.list():
                task.predictions.create(result=RESULT, score=0.8, model_version="v1")
                task.annotations.create(result=RESULT)
            project.update(title="Reviews v2")
            project.fetch()
            export = project.exports.create(title="nightly")
            export.wait()
            export.download("reviews.json")
            dataset = project.datasets.create_local(path=str(texts), regex_filter=r".*\.txt")
            dataset.sync()
            client.tasks.retrieve(ids[0]).remove()
            # ---- what the server has afterwards ----
            assert project.title == "Reviews v2"
            exported = json.loads((tmp_path / "reviews.json").read_text(encoding="utf-8"))
            assert sorted(t["id"] for t in exported) == ids
            assert all(len(t["annotations"]) == 1 and len(t["predictions"]) == 1 for t in exported)
            assert project.fetch().task_number == 2 + 3 - 1
            with pytest.raises(NotFoundError):
                client.tasks.retrieve(ids[0])
            project.remove()
    finally:
        shutil.rmtree(texts, ignore_errors=True)


def test_the_async_snippet_runs_unchanged(label_studio, monkeypatch, tmp_path: Path) -> None:
    """Issue 8's snippet, as written, with ``make_async_client`` (no bridge: real ``await`` / ``async for``)."""
    import asyncio

    from lsclient import F, make_async_client

    monkeypatch.setenv("LABEL_STUDIO_URL", label_studio.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", label_studio.api_key)
    monkeypatch.chdir(tmp_path)
    tasks = [{"text": "great stuff"}, {"text": "awful"}, {"text": "great again"}]

    async def snippet() -> tuple[list[int], list[int], int]:
        annotated = []
        async with make_async_client() as client:
            project = await client.projects.create(title="Reviews", label_config=CONFIG)
            ids = await project.import_tasks(tasks)
            async for task in project.tasks.list(filter=F.data("text").contains("great")):
                await task.annotations.create(result=RESULT)
                annotated.append(task.id)
            await (await project.exports.create()).download("reviews.json")
            # ---- what the server has afterwards ----
            total = (await project.fetch()).total_annotations_number
            await project.remove()
        return ids, annotated, total

    ids, annotated, total = asyncio.run(snippet())
    assert annotated == [ids[0], ids[2]]
    assert total == 2
    exported = json.loads((tmp_path / "reviews.json").read_text(encoding="utf-8"))
    assert sorted(t["id"] for t in exported) == ids
    assert [len(t["annotations"]) for t in sorted(exported, key=lambda t: t["id"])] == [1, 0, 1]
