"""The exact JSON bodies lsclient sends to create and validate Azure and GCS datasets and targets.

The answers below were recorded from Label Studio 1.23.2 (Azure against Azurite, GCS against gcp-storage-emulator,
see tests/integration/test_storages_real.py), with names shortened. Each expected body is written out literally
(what the real server accepted) and also built from the generated request model, so a change in either the core or
the generated layer shows up here, without any server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lsclient.api_client.models import (
    StoragesAzureCreateBody,
    StoragesAzureValidateCreateBody,
    StoragesExportAzureCreateBody,
    StoragesExportAzureValidateCreateBody,
    StoragesExportGcsCreateBody,
    StoragesExportGcsValidateCreateBody,
    StoragesGcsCreateBody,
    StoragesGcsValidateCreateBody,
)
from lsclient.core._sync.client import Client
from lsclient.core._sync.storages import DatasetsRepo, TargetsRepo
from lsclient.core.auth import LegacyTokenAuth
from lsclient.core.errors import InvalidInputError

PROJECT = 124
ACCOUNT_NAME = "devstoreaccount1"
ACCOUNT_KEY = "fake-account-key-do-not-send-on-validate=="
GCS_CREDENTIALS = json.dumps({"type": "service_account", "project_id": "demo", "private_key": "fake-do-not-send"})

# answers of Label Studio 1.23.2 to the create calls (recorded; credentials are never part of an answer)
AZURE_DATASET_ANSWER = {
    "id": 13,
    "type": "azure",
    "synchronizable": True,
    "presign": False,
    "container": "reviews",
    "prefix": "tasks/",
    "regex_filter": None,
    "use_blob_urls": False,
    "last_sync": None,
    "last_sync_count": None,
    "last_sync_job": None,
    "status": "initialized",
    "traceback": None,
    "meta": {},
    "title": "reviews",
    "description": None,
    "created_at": "2026-11-22T14:13:10.835549Z",
    "presign_ttl": 1,
    "recursive_scan": False,
    "project": PROJECT,
}
AZURE_TARGET_ANSWER = {
    "id": 14,
    "type": "azure",
    "synchronizable": True,
    "container": "reviews",
    "prefix": "annotations",
    "regex_filter": None,
    "use_blob_urls": False,
    "last_sync": None,
    "last_sync_count": None,
    "last_sync_job": None,
    "status": "queued",
    "traceback": None,
    "meta": {"attempts": 1, "time_queued": "2026-11-22 14:13:11.219094+00:00"},
    "title": "out",
    "description": None,
    "created_at": "2026-11-22T14:13:11.216646Z",
    "can_delete_objects": None,
    "project": PROJECT,
}
GCS_DATASET_ANSWER = {
    "id": 11,
    "type": "gcs",
    "synchronizable": True,
    "presign": False,
    "bucket": "reviews",
    "prefix": "tasks/",
    "regex_filter": None,
    "use_blob_urls": False,
    "google_project_id": "demo",
    "last_sync": None,
    "last_sync_count": None,
    "last_sync_job": None,
    "status": "initialized",
    "traceback": None,
    "meta": {},
    "title": "reviews",
    "description": None,
    "created_at": "2026-11-22T14:13:12.065105Z",
    "presign_ttl": 1,
    "recursive_scan": False,
    "project": PROJECT,
}
GCS_TARGET_ANSWER = {
    "id": 12,
    "type": "gcs",
    "synchronizable": True,
    "bucket": "reviews",
    "prefix": "annotations",
    "regex_filter": None,
    "use_blob_urls": False,
    "google_project_id": "demo",
    "last_sync": None,
    "last_sync_count": None,
    "last_sync_job": None,
    "status": "queued",
    "traceback": None,
    "meta": {"attempts": 1, "time_queued": "2026-11-22 14:13:12.271540+00:00"},
    "title": "out",
    "description": None,
    "created_at": "2026-11-22T14:13:12.263557Z",
    "can_delete_objects": None,
    "project": PROJECT,
}


def assert_fits(model: Any, body: dict[str, Any]) -> None:
    """``body`` is exactly what the generated request model produces: no field outside the schema, nothing lost."""
    parsed = model.from_dict(body)
    assert parsed.additional_properties == {}
    assert parsed.to_dict() == body


class Recorder:
    """Answers each (method, path) with its recorded answer and keeps the JSON bodies sent."""

    def __init__(self, answers: dict[tuple[str, str], tuple[int, Any]]) -> None:
        self.answers = answers
        self.sent: list[tuple[str, str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        status, answer = self.answers.get((request.method, request.url.path), (404, {"detail": "Not found."}))
        return httpx.Response(status, json=answer) if answer is not None else httpx.Response(status)


@pytest.fixture
def record() -> Iterator[tuple[Recorder, Client]]:
    recorder = Recorder(
        {
            ("POST", "/api/storages/azure/"): (201, AZURE_DATASET_ANSWER),
            ("POST", "/api/storages/azure/validate"): (200, None),
            ("POST", "/api/storages/export/azure"): (201, AZURE_TARGET_ANSWER),
            ("POST", "/api/storages/export/azure/validate"): (200, None),
            ("POST", "/api/storages/gcs/"): (201, GCS_DATASET_ANSWER),
            ("POST", "/api/storages/gcs/validate"): (200, None),
            ("POST", "/api/storages/export/gcs"): (201, GCS_TARGET_ANSWER),
            ("POST", "/api/storages/export/gcs/validate"): (200, None),
        }
    )
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with Client("http://ls.test", LegacyTokenAuth("0123456789abcdef0123456789abcdef01234567"), httpx_client=http) as c:
        yield recorder, c


def test_azure_dataset_create_and_validate_bodies(record: tuple[Recorder, Client]) -> None:
    recorder, client = record

    dataset = DatasetsRepo(client, PROJECT).create_azure(
        "reviews",
        prefix="tasks/",
        use_blob_urls=False,
        presign=False,
        account_name=ACCOUNT_NAME,
        account_key=ACCOUNT_KEY,
        title="reviews",
    )
    dataset.validate()

    create = {
        "account_key": ACCOUNT_KEY,
        "account_name": ACCOUNT_NAME,
        "container": "reviews",
        "prefix": "tasks/",
        "presign": False,
        "project": PROJECT,
        "title": "reviews",
        "use_blob_urls": False,
    }
    # validate names the stored storage (``id``) and leaves out the credentials: the server uses the stored ones
    validate = {
        "container": "reviews",
        "id": 13,
        "prefix": "tasks/",
        "presign": False,
        "presign_ttl": 1,
        "project": PROJECT,
        "title": "reviews",
        "use_blob_urls": False,
    }
    assert recorder.sent == [
        ("POST", "/api/storages/azure/", create),
        ("POST", "/api/storages/azure/validate", validate),
    ]
    assert_fits(StoragesAzureCreateBody, create)
    assert_fits(StoragesAzureValidateCreateBody, validate)
    assert (dataset.kind, dataset.id, dataset.container) == ("azure", 13, "reviews")


def test_azure_target_create_and_validate_bodies(record: tuple[Recorder, Client]) -> None:
    recorder, client = record

    target = TargetsRepo(client, PROJECT).create_azure(
        "reviews", prefix="annotations", account_name=ACCOUNT_NAME, account_key=ACCOUNT_KEY, title="out"
    )
    target.validate()

    create = {
        "account_key": ACCOUNT_KEY,
        "account_name": ACCOUNT_NAME,
        "container": "reviews",
        "prefix": "annotations",
        "project": PROJECT,
        "title": "out",
    }
    validate = {"container": "reviews", "id": 14, "prefix": "annotations", "project": PROJECT, "title": "out"}
    assert recorder.sent == [
        ("POST", "/api/storages/export/azure", create),
        ("POST", "/api/storages/export/azure/validate", validate),
    ]
    assert_fits(StoragesExportAzureCreateBody, create)
    assert_fits(StoragesExportAzureValidateCreateBody, validate)
    assert (target.kind, target.status) == ("azure", "queued")


def test_gcs_dataset_create_and_validate_bodies(record: tuple[Recorder, Client]) -> None:
    recorder, client = record

    dataset = DatasetsRepo(client, PROJECT).create_gcs(
        "reviews",
        prefix="tasks/",
        use_blob_urls=False,
        presign=False,
        google_application_credentials=GCS_CREDENTIALS,
        google_project_id="demo",
        title="reviews",
    )
    dataset.validate()

    create = {
        "bucket": "reviews",
        "google_application_credentials": GCS_CREDENTIALS,
        "google_project_id": "demo",
        "prefix": "tasks/",
        "presign": False,
        "project": PROJECT,
        "title": "reviews",
        "use_blob_urls": False,
    }
    validate = {
        "bucket": "reviews",
        "google_project_id": "demo",
        "id": 11,
        "prefix": "tasks/",
        "presign": False,
        "presign_ttl": 1,
        "project": PROJECT,
        "title": "reviews",
        "use_blob_urls": False,
    }
    assert recorder.sent == [
        ("POST", "/api/storages/gcs/", create),
        ("POST", "/api/storages/gcs/validate", validate),
    ]
    assert_fits(StoragesGcsCreateBody, create)
    assert_fits(StoragesGcsValidateCreateBody, validate)
    assert (dataset.kind, dataset.bucket, dataset.google_project_id) == ("gcs", "reviews", "demo")


def test_gcs_target_create_and_validate_bodies(record: tuple[Recorder, Client]) -> None:
    recorder, client = record

    target = TargetsRepo(client, PROJECT).create_gcs(
        "reviews",
        prefix="annotations",
        google_application_credentials=GCS_CREDENTIALS,
        google_project_id="demo",
        title="out",
    )
    target.validate()

    create = {
        "bucket": "reviews",
        "google_application_credentials": GCS_CREDENTIALS,
        "google_project_id": "demo",
        "prefix": "annotations",
        "project": PROJECT,
        "title": "out",
    }
    validate = {
        "bucket": "reviews",
        "google_project_id": "demo",
        "id": 12,
        "prefix": "annotations",
        "project": PROJECT,
        "title": "out",
    }
    assert recorder.sent == [
        ("POST", "/api/storages/export/gcs", create),
        ("POST", "/api/storages/export/gcs/validate", validate),
    ]
    assert_fits(StoragesExportGcsCreateBody, create)
    assert_fits(StoragesExportGcsValidateCreateBody, validate)
    assert (target.kind, target.status) == ("gcs", "queued")


@pytest.mark.parametrize(
    ("value", "message"),
    [("pw\x00", "NUL character"), (float("nan"), "JSON has no NaN"), (b"hunter2-zq9", "not shown")],
)
def test_validate_refuses_a_credential_that_cannot_be_sent(
    record: tuple[Recorder, Client], value: Any, message: str
) -> None:
    """Checked like every other request body, before anything is sent; a refused credential is never shown."""
    recorder, client = record
    dataset = DatasetsRepo(client, PROJECT).create_azure("reviews", account_name=ACCOUNT_NAME, account_key=ACCOUNT_KEY)
    sent = len(recorder.sent)
    with pytest.raises(InvalidInputError, match=message) as info:
        dataset.validate(account_key=value)
    assert "validate(): account_key" in str(info.value) and "hunter2" not in str(info.value)
    assert len(recorder.sent) == sent
