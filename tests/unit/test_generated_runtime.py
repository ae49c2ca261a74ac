"""Runtime behaviour the templates add to the generated layer, checked with httpx.MockTransport."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from lsclient.api_client import AuthenticatedClient, LabelStudioApi
from lsclient.api_client.client import DEFAULT_TIMEOUT
from lsclient.api_client.errors import UnparsableResponse
from lsclient.api_client.models.annotation import Annotation
from lsclient.api_client.models.export_status import ExportStatus
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.api_client.types import Unset

ANNOTATION = {"id": 7, "created_at": "2026-01-02T03:04:05Z", "updated_at": "2026-01-02T03:04:05.5Z", "result": []}


def _client(handler, **kwargs) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="http://ls.test", httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs
    )


def test_default_timeout_is_finite() -> None:
    client = AuthenticatedClient(base_url="http://ls.test", token="t")
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.connect is not None


def test_token_never_appears_in_repr() -> None:
    client = AuthenticatedClient(base_url="http://ls.test", token="s3cr3t-value")
    client.get_httpx_client()  # the header is injected when the httpx client is built
    assert "s3cr3t-value" not in repr(client)


def test_an_httpx_auth_can_replace_the_static_token() -> None:
    class CountingAuth(httpx.Auth):
        def __init__(self) -> None:
            self.calls = 0

        def auth_flow(self, request: httpx.Request) -> Iterator[httpx.Request]:
            self.calls += 1
            request.headers["Authorization"] = f"Bearer access-{self.calls}"
            yield request

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"id": 1, "email": "a@b.c"})

    auth = CountingAuth()
    api = LabelStudioApi(_client(handler, auth=auth))
    api.users.current_user_whoami_retrieve_detailed()
    api.users.current_user_whoami_retrieve_detailed()
    assert seen == ["Bearer access-1", "Bearer access-2"]


def test_bodies_are_json_with_real_nulls_and_booleans() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"id": 1})

    LabelStudioApi(_client(handler, token="t")).projects.create_detailed(
        body=ProjectRequest(title="p", description=None, show_skip_button=False)
    )
    (request,) = sent
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"title": "p", "description": None, "show_skip_button": False}


def test_a_missing_required_field_does_not_discard_the_response() -> None:
    annotation = Annotation.from_dict(ANNOTATION)  # no "state", "created_ago", "created_username"
    assert annotation.id == 7 and isinstance(annotation.state, Unset)
    assert annotation.created_at.isoformat() == "2026-01-02T03:04:05+00:00"
    assert set(annotation.to_dict()) == {"id", "created_at", "updated_at", "result"}


def test_an_unknown_enum_value_is_kept() -> None:
    status = ExportStatus("archived_by_a_future_release")
    assert status == "archived_by_a_future_release" and isinstance(status, ExportStatus)
    assert ExportStatus("completed") is ExportStatus.COMPLETED


def test_download_stream_leaves_the_body_unread() -> None:
    produced: list[int] = []

    def body() -> Iterator[bytes]:
        for index in range(100):
            produced.append(index)
            yield b"x" * 1024

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["exportType"] == "JSON"
        return httpx.Response(200, content=body(), headers={"Content-Type": "application/json"})

    api = LabelStudioApi(_client(handler, token="t"))
    with api.export.projects_exports_download_retrieve_stream(1, 2, export_type="JSON") as response:
        assert produced == []  # nothing of the body has been pulled yet
        chunks = response.iter_raw()
        first = next(chunks)
        assert len(first) == 1024 and produced == [0]
        rest = sum(len(chunk) for chunk in chunks)
    assert rest == 99 * 1024


def test_responses_carry_their_request() -> None:
    api = LabelStudioApi(_client(lambda request: httpx.Response(404, text="<html>nope</html>"), token="t"))
    response = api.projects.retrieve_detailed(41)
    assert response.status_code == 404 and response.parsed is None
    assert response.request is not None and response.request.url.path == "/api/projects/41/"


def test_an_html_error_page_on_a_documented_json_status_keeps_the_status() -> None:
    api = LabelStudioApi(_client(lambda request: httpx.Response(400, html="<html>Bad</html>"), token="t"))
    response = api.import_.projects_import_create_detailed(1, body=[])
    assert response.status_code == 400 and response.parsed is None and b"Bad" in response.content


def test_a_success_that_cannot_be_parsed_raises_with_the_body_kept() -> None:
    api = LabelStudioApi(_client(lambda request: httpx.Response(201, text="not json"), token="t"))
    with pytest.raises(UnparsableResponse) as info:
        api.projects.create_detailed(body=ProjectRequest(title="p"))
    assert info.value.status_code == 201 and info.value.content == b"not json"


def test_a_null_the_schema_does_not_allow_is_kept_and_written_back() -> None:
    from lsclient.api_client.models.data_manager_task import DataManagerTask

    raw = {"id": 3, "data": {"text": "x"}, "completed_at": None, "created_at": "2026-01-02T03:04:05Z"}
    task = DataManagerTask.from_dict(raw)  # completed_at is a non-nullable datetime in the schema
    assert task.completed_at is None and task.created_at.year == 2026
    assert task.to_dict() == {
        "id": 3,
        "data": {"text": "x"},
        "completed_at": None,
        "created_at": "2026-01-02T03:04:05+00:00",
    }
