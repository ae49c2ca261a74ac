"""The generated layer works through both clients of the core, carrying their authentication, timeouts and retries:
``client.api`` / ``client.http`` with the sync functions, ``AsyncClient.api`` / ``.http`` with the asyncio ones.
One read operation of every tag, in both flavours, against the real server."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lsclient import AsyncClient, Client, make_async_client, make_client
from lsclient.api_client.api.projects import projects_list
from lsclient.core._async.transport import AsyncRetryTransport
from lsclient.core._sync.transport import RetryTransport

pytestmark = pytest.mark.integration

CONFIG = '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="a"/></Choices></View>'


def _operations(project_id: int, task_id: int, user_id: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(tag, facade method, keyword arguments): one read operation per tag."""
    return [
        ("annotations", "tasks_annotations_list_detailed", {"id": task_id}),
        ("data_manager", "dm_views_list_detailed", {"project": project_id}),
        ("export", "projects_export_formats_retrieve_detailed", {"id": project_id}),
        ("fsm", "entities_history_list_detailed", {"entity_name": "task", "entity_id": task_id}),
        ("import_", "projects_file_uploads_list_detailed", {"id": project_id}),
        ("invites", "invite_retrieve_detailed", {}),
        ("jwt", "settings_retrieve_detailed", {}),
        ("labels", "list_detailed", {}),
        ("machine_learning", "ml_list_detailed", {"project": project_id}),
        ("organizations", "list_detailed", {}),
        ("predictions", "list_detailed", {"task": task_id}),
        ("projects", "retrieve_detailed", {"id": project_id}),
        ("server", "version_retrieve_detailed", {}),
        ("session_policy", "retrieve_detailed", {}),
        ("storage", "storages_list_detailed", {"project": project_id}),
        ("storage_azure", "storages_azure_list_detailed", {"project": project_id}),
        ("storage_gcs", "storages_gcs_list_detailed", {"project": project_id}),
        ("storage_local", "storages_localfiles_list_detailed", {"project": project_id}),
        ("storage_redis", "storages_redis_list_detailed", {"project": project_id}),
        ("storage_s3", "storages_s3_list_detailed", {"project": project_id}),
        ("tasks", "retrieve_detailed", {"id": str(task_id)}),
        ("users", "retrieve_detailed", {"id": user_id}),
        ("webhooks", "list_detailed", {"project": str(project_id)}),
    ]


@pytest.fixture
def seeded(label_studio: Any) -> Iterator[tuple[int, int, int]]:
    with make_client(label_studio.url, label_studio.api_key) as client:
        project = client.projects.create(title=f"tags-{uuid.uuid4().hex[:8]}", label_config=CONFIG)
        (task_id,) = project.import_tasks([{"text": "hello"}], progress=False)
        yield project.id, task_id, client.users.me().id
        project.remove()


def test_every_tag_through_the_sync_client(label_studio: Any, seeded: tuple[int, int, int]) -> None:
    with make_client(label_studio.url, label_studio.api_key) as client:
        assert isinstance(client, Client)
        failures = []
        for tag, method, kwargs in _operations(*seeded):
            response = getattr(getattr(client.api, tag), method)(**kwargs)
            if response.status_code >= 300:
                failures.append((tag, method, int(response.status_code), response.content[:200]))
        assert failures == []
        assert isinstance(client.http.get_httpx_client()._transport, RetryTransport)


def test_every_tag_through_the_async_client(label_studio: Any, seeded: tuple[int, int, int]) -> None:
    async def run() -> list[tuple[str, str, int, bytes]]:
        async with make_async_client(label_studio.url, label_studio.api_key) as client:
            assert isinstance(client, AsyncClient)
            assert isinstance(client.http.get_async_httpx_client()._transport, AsyncRetryTransport)
            responses = await asyncio.gather(
                *(getattr(getattr(client.api, tag), method)(**kwargs) for tag, method, kwargs in _operations(*seeded))
            )
        return [
            (tag, method, int(response.status_code), response.content[:200])
            for (tag, method, _), response in zip(_operations(*seeded), responses, strict=True)
            if response.status_code >= 300
        ]

    assert asyncio.run(run()) == []


def test_the_sync_client_http_serves_the_asyncio_functions_too(label_studio: Any) -> None:
    """The issue's report: ``await projects_list.asyncio_detailed(client=client.http)`` used to raise
    ``'RetryTransport' object has no attribute 'handle_async_request'``."""
    with make_client(label_studio.url, label_studio.api_key) as client:

        async def run() -> int:
            response = await projects_list.asyncio_detailed(client=client.http)
            await client.http.get_async_httpx_client().aclose()
            return int(response.status_code)

        assert asyncio.run(run()) == 200


def test_the_async_client_retries_through_the_generated_layer(label_studio: Any) -> None:
    """A 503 burst on the asyncio path is retried by the client's AsyncRetryTransport."""
    answers = iter([503, 503])

    async def flaky(request: httpx.Request) -> httpx.Response:
        status = next(answers, None)
        if status is not None:
            return httpx.Response(status, headers={"Retry-After": "0"})
        async with httpx.AsyncClient() as real:
            return await real.send(httpx.Request(request.method, request.url, headers=request.headers))

    async def run() -> int:
        # the legacy token needs no refresh request, so only the operation itself meets the 503s
        async with make_async_client(label_studio.url, label_studio.legacy_token, check_version=False) as client:
            transport = client.http.get_async_httpx_client()._transport
            assert isinstance(transport, AsyncRetryTransport)
            transport.inner = httpx.MockTransport(flaky)
            response = await client.api.server.version_retrieve_detailed()
            return int(response.status_code)

    assert asyncio.run(run()) == 200


def test_labels_create_parses_the_list_the_server_answers(label_studio: Any) -> None:
    """The schema promised a page; Label Studio answers a list (a schema correction): a successful create used to
    raise UnparsableResponse although the label was made."""
    from lsclient.api_client.models.label_create_request import LabelCreateRequest

    config = (
        '<View><Text name="text" value="$text"/>'
        + '<Taxonomy name="tax" toName="text"><Choice value="A"/></Taxonomy></View>'
    )
    with make_client(label_studio.url, label_studio.api_key) as client:
        project = client.projects.create(title=f"labels-{uuid.uuid4().hex[:8]}", label_config=config)
        try:
            body = [
                LabelCreateRequest.from_dict(
                    {"value": {"x": 1}, "title": "x", "from_name": "tax", "project": project.id}
                )
            ]
            created = client.api.labels.create(body=body)
            assert created is not None and [label.title for label in created] == ["x"]

            async def run() -> list[str]:
                async with make_async_client(label_studio.url, label_studio.api_key) as aclient:
                    again = await aclient.api.labels.create(
                        body=[
                            LabelCreateRequest.from_dict(
                                {"value": {"y": 2}, "title": "y", "from_name": "tax", "project": project.id}
                            )
                        ]
                    )
                    assert again is not None
                    for label in again:
                        await aclient.api.labels.destroy(str(label.id))
                    return [label.title for label in again]

            assert asyncio.run(run()) == ["y"]
            for label in created:
                client.api.labels.destroy(str(label.id))
        finally:
            project.remove()
