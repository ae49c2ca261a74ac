"""The nine "Machine Learning" operations of the generated layer against a real ML backend.

The backend is the official framework (``label-studio-ml`` from PyPI) serving tests/ml_model/keyword_model.py
(first choice when the text contains "good", else the last; ``model_version`` "keyword-<trainings>"), connected
to the Label Studio that may reach 127.0.0.1 (see ml_fixtures.py). Every answer must parse with the generated
parser (``raise_on_unexpected_status=True``: an undocumented status raises) and its raw body must match the
corrected schema (response_schema.py). Everything runs in fresh projects, deleted afterwards.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from contract import covers

from lsclient.api_client import AuthenticatedClient, errors
from lsclient.api_client.api.data_manager import dm_actions_create
from lsclient.api_client.api.import_ import projects_import_create
from lsclient.api_client.api.machine_learning import (
    ml_create,
    ml_destroy,
    ml_interactive_annotating_create,
    ml_list,
    ml_partial_update,
    ml_predict_test_create,
    ml_retrieve,
    ml_train_create,
    ml_versions_retrieve,
)
from lsclient.api_client.api.predictions import predictions_list
from lsclient.api_client.api.projects import projects_create, projects_destroy
from lsclient.api_client.api.tasks import tasks_list
from lsclient.api_client.models import (
    DmActionsCreateBody,
    DmActionsCreateBodyAllTrue,
    DmActionsCreateId,
    ImportApiRequest,
    MLBackend,
    MlCreateBody,
    MlInteractiveAnnotatingCreateResponse200,
    MLInteractiveAnnotatingRequestRequest,
    MlPartialUpdateBody,
    MlPredictTestCreateResponse200,
    MlPredictTestCreateResponse500,
    MlVersionsRetrieveResponseDefault,
    ProjectRequest,
)
from lsclient.api_client.types import Response

from .response_schema import assert_documented

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
# the tasks imported, with the choice the model must predict for each ("good" anywhere, in any case: positive)
TEXTS = {"a good film": "positive", "a dull film": "negative", "GOOD value": "positive"}
TRAINING_TIMEOUT_S = 20.0

ML = "/api/ml/"
ML_ID = "/api/ml/{id}"


def _expected(text: str) -> dict[str, Any]:
    """What the keyword model predicts for ``text`` (its result and score)."""
    choice = TEXTS[text]
    result = {"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": [choice]}}
    return {"result": [result], "score": 0.9 if choice == "positive" else 0.6}


def _version_number(model_version: str) -> int:
    prefix, _, number = model_version.partition("-")
    assert prefix == "keyword" and number.isdigit(), model_version
    return int(number)


def _create_project(client: AuthenticatedClient) -> int:
    body = ProjectRequest(title=f"ml-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
    project = projects_create.sync_detailed(client=client, body=body).parsed
    assert project is not None
    return project.id


@pytest.fixture(scope="module")
def project_id(ml_client: AuthenticatedClient) -> Iterator[int]:
    """A fresh text-classification project (no tasks until a test imports them), deleted afterwards."""
    pid = _create_project(ml_client)
    yield pid
    projects_destroy.sync_detailed(pid, client=ml_client)


@pytest.fixture(scope="module")
def other_project_id(ml_client: AuthenticatedClient) -> Iterator[int]:
    pid = _create_project(ml_client)
    yield pid
    projects_destroy.sync_detailed(pid, client=ml_client)


def _connect(client: AuthenticatedClient, url: str, project: int, title: str) -> MLBackend:
    response = ml_create.sync_detailed(client=client, body=MlCreateBody(url=url, project=project, title=title))
    body = assert_documented(response, "post", ML)
    assert response.status_code == 201 and isinstance(response.parsed, MLBackend)
    assert body["id"] == response.parsed.id
    return response.parsed


@pytest.fixture(scope="module")
def backend(ml_client: AuthenticatedClient, ml_backend_url: str, project_id: int) -> MLBackend:
    """The ML backend connected to ``project_id`` (deleted with the project, or by the destroy test)."""
    return _connect(ml_client, ml_backend_url, project_id, "keyword model")


@pytest.fixture(scope="module")
def other_backend(ml_client: AuthenticatedClient, ml_backend_url: str, other_project_id: int) -> MLBackend:
    return _connect(ml_client, ml_backend_url, other_project_id, "keyword model (other project)")


def _predict_test(client: AuthenticatedClient, backend_id: int) -> tuple[Response[Any], Any]:
    response = ml_predict_test_create.sync_detailed(backend_id, client=client, random=True)
    body = assert_documented(response, "post", "/api/ml/{id}/predict/test")
    return response, body


@pytest.fixture(scope="module")
def task_texts(ml_client: AuthenticatedClient, project_id: int) -> dict[int, str]:
    """The tasks of :data:`TEXTS`, imported into ``project_id`` once: task id -> text."""
    body = [ImportApiRequest(data={"text": text}) for text in TEXTS]
    response = projects_import_create.sync_detailed(project_id, client=ml_client, body=body)
    assert response.status_code == 201, response.content
    # not checked against the schema here: GET /api/tasks/ is the generated-layer contract test's
    listed = tasks_list.sync_detailed(client=ml_client, project=project_id)
    texts = {task["id"]: task["data"]["text"] for task in json.loads(listed.content)["tasks"]}
    assert sorted(texts.values()) == sorted(TEXTS)
    return texts


# ------------------------------------------------------------------------------------------ tests


@covers("ml_create")
def test_create_connects_the_project_to_the_backend(backend: MLBackend, ml_backend_url: str, project_id: int) -> None:
    # Label Studio checked /health and ran /setup before answering: the backend is connected
    assert (backend.url, backend.project, backend.title) == (ml_backend_url, project_id, "keyword model")
    assert (str(backend.state), backend.readable_state) == ("CO", "Connected")
    assert backend.model_version  # what /setup answered: "INITIAL", or the job id of the latest training


@covers(params={"ml_list": ["project"]})
def test_list_returns_only_the_backends_of_the_project(
    ml_client: AuthenticatedClient,
    backend: MLBackend,
    other_backend: MLBackend,
    project_id: int,
    other_project_id: int,
) -> None:
    for project, wanted in ((project_id, backend), (other_project_id, other_backend)):
        response = ml_list.sync_detailed(client=ml_client, project=project)
        body = assert_documented(response, "get", ML)
        assert response.parsed is not None
        assert [b.id for b in response.parsed] == [item["id"] for item in body] == [wanted.id]
        assert response.parsed[0].project == project


@covers("ml_retrieve")
def test_retrieve_answers_the_backend(ml_client: AuthenticatedClient, backend: MLBackend) -> None:
    response = ml_retrieve.sync_detailed(backend.id, client=ml_client)
    assert_documented(response, "get", ML_ID)
    got = response.parsed
    assert isinstance(got, MLBackend)
    assert (got.id, got.url, got.project, got.title, str(got.state)) == (
        backend.id,
        backend.url,
        backend.project,
        backend.title,
        "CO",
    )


@covers("ml_partial_update")
def test_partial_update_changes_the_title(ml_client: AuthenticatedClient, backend: MLBackend) -> None:
    title = f"renamed {uuid.uuid4().hex[:6]}"
    # 1.23.2 answers 500 unless url and project come with every change (see openapi/corrections.json)
    body = MlPartialUpdateBody(url=backend.url, project=backend.project, title=title, description="keyword rule")
    response = ml_partial_update.sync_detailed(backend.id, client=ml_client, body=body)
    assert_documented(response, "patch", ML_ID)
    assert isinstance(response.parsed, MLBackend) and response.parsed.title == title
    again = ml_retrieve.sync_detailed(backend.id, client=ml_client).parsed
    assert isinstance(again, MLBackend)
    assert (again.title, again.description) == (title, "keyword rule")


def test_predict_test_without_tasks_is_a_documented_500(
    ml_client: AuthenticatedClient,
    other_backend: MLBackend,
) -> None:
    response, body = _predict_test(ml_client, other_backend.id)
    assert response.status_code == 500
    assert isinstance(response.parsed, MlPredictTestCreateResponse500)
    assert response.parsed.detail == body["detail"]
    assert body["detail"] == "Project has no tasks to run prediction on, import at least 1 task to run prediction"


@covers(params={"ml_predict_test_create": ["random"]})
def test_predict_test_answers_the_models_prediction(
    ml_client: AuthenticatedClient, backend: MLBackend, task_texts: dict[int, str]
) -> None:
    response, body = _predict_test(ml_client, backend.id)
    assert response.status_code == 200 and isinstance(response.parsed, MlPredictTestCreateResponse200)
    assert body["status"] == 200 and body["error_message"] is None
    assert body["url"] == backend.url + "/predict"
    text = task_texts[body["task"]["id"]]  # a random task of the project
    assert body["task"]["data"] == {"text": text}
    [prediction] = body["response"]
    assert {k: prediction[k] for k in ("result", "score")} == _expected(text)
    _version_number(prediction["model_version"])


@covers("ml_interactive_annotating_create")
def test_interactive_annotating(ml_client: AuthenticatedClient, backend: MLBackend, task_texts: dict[int, str]) -> None:
    path = "/api/ml/{id}/interactive-annotating"
    task_id, text = next(iter(task_texts.items()))
    request = MLInteractiveAnnotatingRequestRequest(task=task_id, context={"result": []})

    # not interactive: an error, with status 200
    response = ml_interactive_annotating_create.sync_detailed(backend.id, client=ml_client, body=request)
    body = assert_documented(response, "post", path)
    assert isinstance(response.parsed, MlInteractiveAnnotatingCreateResponse200)
    assert body == {"errors": ["Model is not set to be used for interactive preannotations"]}

    update = MlPartialUpdateBody(url=backend.url, project=backend.project, is_interactive=True)
    assert_documented(ml_partial_update.sync_detailed(backend.id, client=ml_client, body=update), "patch", ML_ID)
    try:
        response = ml_interactive_annotating_create.sync_detailed(backend.id, client=ml_client, body=request)
        body = assert_documented(response, "post", path)
        assert isinstance(response.parsed, MlInteractiveAnnotatingCreateResponse200)
        assert set(body) == {"data"}
        assert {k: body["data"][k] for k in ("result", "score")} == _expected(text)
    finally:
        update = MlPartialUpdateBody(url=backend.url, project=backend.project, is_interactive=False)
        ml_partial_update.sync_detailed(backend.id, client=ml_client, body=update)


def test_predictions_come_from_the_model(
    ml_client: AuthenticatedClient, backend: MLBackend, project_id: int, task_texts: dict[int, str]
) -> None:
    assert predictions_list.sync_detailed(client=ml_client, project=project_id).parsed == []
    response = dm_actions_create.sync_detailed(
        client=ml_client,
        id=DmActionsCreateId.RETRIEVE_TASKS_PREDICTIONS,
        project=project_id,
        body=DmActionsCreateBody(selected_items=DmActionsCreateBodyAllTrue(all_=True)),
    )
    body = assert_documented(response, "post", "/api/dm/actions/")
    assert body == {"processed_items": len(TEXTS), "detail": f"Retrieved {len(TEXTS)} predictions"}

    listed = predictions_list.sync_detailed(client=ml_client, project=project_id)
    body = assert_documented(listed, "get", "/api/predictions/")
    assert listed.parsed is not None and len(listed.parsed) == len(body) == len(TEXTS)
    got = {task_texts[p["task"]]: {k: p[k] for k in ("result", "score")} for p in body}
    assert got == {text: _expected(text) for text in TEXTS}  # one prediction per task, from the model
    for prediction in body:
        _version_number(prediction["model_version"])


@covers("ml_train_create")
def test_train_runs_the_models_fit(
    ml_client: AuthenticatedClient, backend: MLBackend, task_texts: dict[int, str]
) -> None:
    # GET /api/ml/{id} runs the backend's /setup, which loads its latest trained model
    ml_retrieve.sync_detailed(backend.id, client=ml_client)
    _, body = _predict_test(ml_client, backend.id)
    before = _version_number(body["response"][0]["model_version"])

    response = ml_train_create.sync_detailed(backend.id, client=ml_client)
    assert_documented(response, "post", "/api/ml/{id}/train")
    assert response.status_code == 200

    # the framework trains in a background process; the next /setup picks the new model up
    deadline = time.monotonic() + TRAINING_TIMEOUT_S
    while True:
        state = ml_retrieve.sync_detailed(backend.id, client=ml_client).parsed
        assert isinstance(state, MLBackend) and str(state.state) == "CO", state
        _, body = _predict_test(ml_client, backend.id)
        after = _version_number(body["response"][0]["model_version"])
        if after != before or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert after == before + 1, f"fit did not run within {TRAINING_TIMEOUT_S:.0f} s (model still keyword-{before})"


@covers("ml_versions_retrieve")
def test_versions_relays_the_backends_answer(ml_client: AuthenticatedClient, backend: MLBackend) -> None:
    response = ml_versions_retrieve.sync_detailed(backend.id, client=ml_client)
    body = assert_documented(response, "get", "/api/ml/{id}/versions")
    # label-studio-ml 1.0.9 serves POST /versions only; Label Studio 1.23.2 asks with GET and relays the 405
    assert response.status_code == 405
    assert isinstance(response.parsed, MlVersionsRetrieveResponseDefault)
    assert response.parsed.error == body["error"]
    assert body["error"] == f"405 Client Error: METHOD NOT ALLOWED for url: {backend.url}/versions"


@covers("ml_destroy")
def test_destroy_removes_the_backend(
    ml_client: AuthenticatedClient,
    other_backend: MLBackend,
    backend: MLBackend,
    other_project_id: int,
    project_id: int,
) -> None:
    response = ml_destroy.sync_detailed(other_backend.id, client=ml_client)
    assert_documented(response, "delete", ML_ID)
    assert response.status_code == 204
    with pytest.raises(errors.UnexpectedStatus) as exc_info:
        ml_retrieve.sync_detailed(other_backend.id, client=ml_client)
    assert exc_info.value.status_code == 404
    assert ml_list.sync_detailed(client=ml_client, project=other_project_id).parsed == []
    # the other project's backend is untouched
    assert [b.id for b in ml_list.sync_detailed(client=ml_client, project=project_id).parsed or []] == [backend.id]
