"""A plain task listing (``fields=task_only``) gets placeholders from Label Studio for what it does not compute
(``completed_at`` None, ``annotators`` [], ``file_upload`` None... for a task that has them): those fields are not
loaded, and reading one raises instead of returning a wrong value."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from flavours import connect

from lsclient import Client, FieldNotLoadedError, Project
from lsclient.core._async.tasks import TASK_ONLY_PLACEHOLDERS

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'
CHOICE = {"from_name": "c", "to_name": "text", "type": "choices", "value": {"choices": ["a"]}}


@pytest.fixture
def client(label_studio: Any, flavour: str) -> Iterator[Client]:
    with connect(flavour, label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture
def project(client: Client, label_studio: Any) -> Iterator[Project]:
    made = client.projects.create(title=f"listing-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    # a task file uploaded as a file (lsclient reads task files and sends JSON): the server keeps a file upload
    httpx.post(
        f"{label_studio.url}/api/projects/{made.id}/import",
        headers={"Authorization": f"Token {label_studio.legacy_token}"},
        files={"file": ("tasks.json", b'[{"text": "uploaded"}]', "application/json")},
    ).raise_for_status()
    (task,) = made.tasks.list()
    client.tasks.retrieve(task.id).annotations.create(result=[CHOICE])
    client.tasks.retrieve(task.id).predictions.create(result=[CHOICE], score=0.5, model_version="v1")
    yield made
    made.remove()


def test_a_plain_listing_leaves_out_what_the_server_does_not_compute(project: Project) -> None:
    (plain,) = project.tasks.list()
    for name in TASK_ONLY_PLACEHOLDERS:
        if name in ("annotations", "predictions"):  # the task's sub-repositories, always available
            continue
        with pytest.raises(FieldNotLoadedError, match=f"Task.{name} is not loaded.*include_annotations=True"):
            getattr(plain, name)
    assert plain.data == {"text": "uploaded"} and plain.total_annotations == 1  # what it computes is there

    (full,) = project.tasks.list(include_annotations=True)
    assert (full.completed_at is not None, full.annotators, full.file_upload.endswith("tasks.json")) == (
        True,
        [full.annotators[0]],
        True,
    )
    assert full.predictions_model_versions == "v1"
    fetched = plain.fetch()
    assert fetched.file_upload == full.file_upload and fetched.completed_at == full.completed_at
