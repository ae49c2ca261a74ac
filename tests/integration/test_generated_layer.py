"""The generated layer against a real Label Studio: every call goes through lsclient.api_client."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path

import pytest

from lsclient.api_client import AsyncLabelStudioApi, AuthenticatedClient, LabelStudioApi
from lsclient.api_client.errors import UnexpectedStatus
from lsclient.api_client.models.export_create_request import ExportCreateRequest
from lsclient.api_client.models.export_status import ExportStatus
from lsclient.api_client.models.import_api_request import ImportApiRequest
from lsclient.api_client.models.patched_project_request import PatchedProjectRequest
from lsclient.api_client.models.predictions_create_body import PredictionsCreateBody
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.api_client.models.tasks_annotations_create_body import TasksAnnotationsCreateBody
from lsclient.api_client.models.token_refresh_request import TokenRefreshRequest
from lsclient.api_client.types import UNSET

from .conftest import TEXT_CLASSIFICATION

pytestmark = pytest.mark.integration

CHOICE = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}


def _import(api: LabelStudioApi, project_id: int, texts: list[str]) -> list[int]:
    body = [ImportApiRequest(data={"text": text}) for text in texts]
    answer = api.import_.projects_import_create(project_id, body=body, return_task_ids=True)
    assert answer is not None and not isinstance(answer.task_ids, type(UNSET))
    return list(answer.task_ids)


def test_access_token_from_personal_access_token(label_studio) -> None:
    with AuthenticatedClient(base_url=label_studio.url, token="") as anonymous:
        refreshed = LabelStudioApi(anonymous).jwt.token_refresh_create(
            body=TokenRefreshRequest(refresh=label_studio.api_key)
        )
    assert refreshed is not None and refreshed.access.count(".") == 2

    with AuthenticatedClient(base_url=label_studio.url, token=refreshed.access) as bearer:
        me = LabelStudioApi(bearer).users.current_user_whoami_retrieve()
    assert me is not None and me.email == label_studio.username


def test_wrong_token_is_an_unexpected_401(label_studio) -> None:
    with AuthenticatedClient(
        base_url=label_studio.url, token="not-a-token", prefix="Token", raise_on_unexpected_status=True
    ) as client:
        with pytest.raises(UnexpectedStatus) as info:
            LabelStudioApi(client).users.current_user_whoami_retrieve()
    assert info.value.status_code == 401


def test_project_create_retrieve_update_delete(api: LabelStudioApi) -> None:
    title = f"crud-{uuid.uuid4().hex[:8]}"
    created = api.projects.create(
        body=ProjectRequest(title=title, label_config=TEXT_CLASSIFICATION, description=None, show_skip_button=False)
    )
    assert created is not None and created.title == title
    # JSON bodies: None stays null and booleans stay booleans (multipart used to send "None" / "False")
    assert created.description in ("", None)
    assert created.show_skip_button is False

    fetched = api.projects.retrieve(created.id)
    assert fetched is not None and fetched.id == created.id and "sentiment" in str(fetched.parsed_label_config)

    updated = api.projects.partial_update(created.id, body=PatchedProjectRequest(title=title + "-v2"))
    assert updated is not None and updated.title == title + "-v2"

    listed = api.projects.list(title=title + "-v2")
    assert listed is not None and [p.id for p in listed.results] == [created.id]

    deleted = api.projects.destroy(created.id)
    assert deleted.status_code == 204
    with pytest.raises(UnexpectedStatus) as info:
        api.projects.retrieve(created.id)
    assert info.value.status_code == 404


def test_import_tasks_returns_ids_and_lists_them(api: LabelStudioApi, project_id: int) -> None:
    ids = _import(api, project_id, ["great", "awful", "meh"])
    assert len(ids) == 3 and len(set(ids)) == 3

    page = api.tasks.list(project=project_id, page_size=2, page=1)
    assert page is not None and page.total == 3
    assert [t.id for t in page.tasks] == ids[:2]
    assert [t.data["text"] for t in page.tasks] == ["great", "awful"]

    plain = api.projects.tasks_list(project_id)
    assert plain is not None and sorted(t.id for t in plain) == sorted(ids)


def test_import_rejects_bad_task_with_a_parsed_error_body(api: LabelStudioApi, project_id: int) -> None:
    answer = api.import_.projects_import_create_detailed(project_id, body=[ImportApiRequest(data={"wrong": "x"})])
    assert answer.status_code == 400
    body = json.loads(answer.content)
    assert "validation_errors" in body


def test_annotation_and_prediction(api: LabelStudioApi, project_id: int) -> None:
    (task_id,) = _import(api, project_id, ["great"])

    prediction = api.predictions.create(
        body=PredictionsCreateBody.from_dict({"task": task_id, "result": [CHOICE], "score": 0.8, "model_version": "v1"})
    )
    assert prediction is not None and prediction.task == task_id and prediction.score == pytest.approx(0.8)

    annotation = api.annotations.tasks_annotations_create(
        task_id, body=TasksAnnotationsCreateBody.from_dict({"result": [CHOICE]})
    )
    # Label Studio omits Annotation.state although its schema calls it required: parsing must still work
    assert annotation is not None and annotation.task == task_id

    listed = api.annotations.tasks_annotations_list(task_id)
    assert listed is not None and [a.id for a in listed] == [annotation.id]
    predictions = api.predictions.list(task=task_id)
    assert predictions is not None and [p.id for p in predictions] == [prediction.id]


def test_export_snapshot_and_streamed_download(api: LabelStudioApi, project_id: int, tmp_path: Path) -> None:
    ids = _import(api, project_id, [f"text {i}" for i in range(50)])

    export = api.export.projects_exports_create(project_id, body=ExportCreateRequest(title="nightly"))
    assert export is not None
    snapshot = api.export.projects_exports_retrieve(project_id, export.id)
    assert snapshot is not None and snapshot.status == ExportStatus.COMPLETED

    target = tmp_path / "export.json"
    chunks = 0
    with api.export.projects_exports_download_retrieve_stream(project_id, export.id, export_type="JSON") as response:
        assert response.status_code == 200
        with target.open("wb") as out:
            for chunk in response.iter_bytes(chunk_size=4096):
                out.write(chunk)
                chunks += 1
    exported = json.loads(target.read_bytes())
    assert sorted(task["id"] for task in exported) == sorted(ids)
    assert chunks > 1  # the body arrived piece by piece, not as one buffered blob

    buffered = api.export.projects_exports_download_retrieve(project_id, export.id, export_type="JSON")
    assert buffered is not None and buffered.payload.read() == target.read_bytes()


def test_async_facade(label_studio, project_id: int) -> None:
    async def main() -> list[int]:
        async with AuthenticatedClient(
            base_url=label_studio.url, token=label_studio.legacy_token, prefix="Token"
        ) as client:
            api = AsyncLabelStudioApi(client)
            first, second = await asyncio.gather(api.projects.retrieve(project_id), api.projects.list(page_size=100))
            assert first is not None and second is not None
            return [first.id] + [p.id for p in second.results]

    ids = asyncio.run(main())
    assert ids[0] == project_id and project_id in ids[1:]
