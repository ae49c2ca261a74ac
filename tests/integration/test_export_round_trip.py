"""An export comes back in: Label Studio's JSON export imported into a fresh project gives the same tasks, with
their data, meta, annotations and predictions (issue 10, kind 1), in both flavours, against the real server."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flavours import connect

from lsclient import Client, InvalidInputError, Project, TaskImportError

pytestmark = pytest.mark.integration

CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text">
    <Choice value="positive"/>
    <Choice value="negative"/>
  </Choices>
</View>"""


def choice(value: str) -> list[dict[str, Any]]:
    return [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [value]}}]


TASKS = [
    {
        "data": {"text": "great", "Source filename": "a.txt"},
        "meta": {"source": "crawl", "rank": 1},
        "predictions": [{"result": choice("positive"), "score": 0.91, "model_version": "v1"}],
        "annotations": [{"result": choice("positive"), "ground_truth": True}],
    },
    {
        "data": {"text": "awful"},
        "predictions": [
            {"result": choice("negative"), "score": 0.4, "model_version": "v1"},
            {"result": choice("positive"), "score": 0.2, "model_version": "v2"},
        ],
        "annotations": [{"result": [], "was_cancelled": True}, {"result": choice("negative")}],
    },
    {"data": {"text": "no labels yet"}, "meta": {"source": "manual"}},
]


@pytest.fixture
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture
def projects(client: Client) -> Iterator[tuple[Project, Project]]:
    made = [
        client.projects.create(title=f"{name}-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
        for name in ("source", "target")
    ]
    yield made[0], made[1]
    for project in made:
        project.remove()


def content(project: Project) -> list[dict[str, Any]]:
    """What a task is, without what the server assigns: data, meta, annotations and predictions, by id order."""
    tasks = []
    for task in project.tasks.list(include_annotations=True):
        annotations = sorted(
            (
                json.dumps(a.to_dict()["result"], sort_keys=True),
                bool(a.ground_truth),
                bool(a.was_cancelled),
                a.completed_by,
            )
            for a in task.annotations.list()
        )
        predictions = sorted(
            (json.dumps(p.to_dict()["result"], sort_keys=True), round(float(p.score), 6), p.model_version)
            for p in task.predictions.list()
        )
        meta = task.meta if isinstance(task.meta, dict) else {}
        tasks.append({"data": task.data, "meta": meta, "annotations": annotations, "predictions": predictions})
    return tasks


def by_content(items: Any) -> list[Any]:
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))


def test_an_export_imports_into_a_fresh_project_as_it_was(projects: tuple[Project, Project], tmp_path: Path) -> None:
    source, target = projects
    source.import_tasks(TASKS, progress=False)
    path = source.export(tmp_path / "export.json", progress=False)
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert all(isinstance(p, dict) for task in exported for p in task["predictions"])  # bodies, not ids

    ids = target.import_tasks(path, progress=False)
    assert len(ids) == len(TASKS)
    # the target's order is the file's, which is the server's and no promise (shuffled on PostgreSQL)
    assert by_content(content(target)) == by_content(content(source))
    assert by_content(t["data"] for t in content(target)) == by_content(t["data"] for t in TASKS)


def test_an_exported_task_is_not_wrapped_into_data(projects: tuple[Project, Project]) -> None:
    """The issue's input: a task with ``data`` and ``id`` was imported as ``{"data": {"data": ..., "id": 7}}``."""
    _, target = projects
    (task_id,) = target.import_tasks([{"data": {"text": "x"}, "id": 7, "project": 1, "drafts": []}], progress=False)
    assert target.client.tasks.retrieve(task_id).data == {"text": "x"}


def test_an_export_with_prediction_ids_is_refused_not_imported_without_them(
    projects: tuple[Project, Project], tmp_path: Path
) -> None:
    source, target = projects
    source.import_tasks(TASKS[:1], progress=False)
    export = source.exports.create({"serialization_options": {"predictions": {"only_id": True}}})
    export.download(tmp_path / "ids.json", progress=False)
    with pytest.raises(TaskImportError) as caught:
        target.import_tasks(tmp_path / "ids.json", progress=False)
    assert isinstance(caught.value.__cause__, InvalidInputError) and "predictions are ids" in str(
        caught.value.__cause__
    )
    assert target.tasks.list().to_list() == []  # nothing half-imported


def test_copy_to_copies_config_settings_and_every_task(
    client: Client, projects: tuple[Project, Project], tmp_path: Path
) -> None:
    """The migration in one call: label config, settings, tasks, annotations (authors by email), predictions, and
    the order of the tasks (enough of them that a snapshot written out of order, as on PostgreSQL, would show)."""
    source, _ = projects
    source.update(description="the original", maximum_annotations=2, show_skip_button=False, color="#ff0000")
    source.import_tasks(TASKS + [{"data": {"text": f"plain {n}"}} for n in range(40)], progress=False)
    copy = source.copy_to(title=f"copy-{uuid.uuid4().hex[:8]}", progress=False)
    try:
        assert copy.id != source.id and copy.title.startswith("copy-")
        assert (copy.label_config, copy.description, copy.maximum_annotations, copy.show_skip_button, copy.color) == (
            source.label_config,
            "the original",
            2,
            False,
            "#ff0000",
        )
        assert content(copy) == content(source)
        assert source.exports.list().to_list() == []  # the snapshot was removed
    finally:
        copy.remove()


def test_copy_to_can_make_the_importer_the_author(client: Client, projects: tuple[Project, Project]) -> None:
    source, _ = projects
    source.import_tasks(TASKS[:2], progress=False)
    copy = source.copy_to(annotators="importer", progress=False)
    try:
        me = client.users.me().id
        assert {a[3] for task in content(copy) for a in task["annotations"]} == {me}
        assert [t["predictions"] for t in content(copy)] == [t["predictions"] for t in content(source)]
        with pytest.raises(InvalidInputError, match="annotators must be"):
            source.copy_to(annotators="nobody")  # type: ignore[arg-type]
    finally:
        copy.remove()
