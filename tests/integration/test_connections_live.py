"""Connections and requests per call on the real Label Studio, in both flavours: a new connection per request on
Django's development server (it stalls on a reused one), kept-alive connections elsewhere, the ``keep_alive``
override, and one request for a bulk import of 2,000 predictions.

Connections are counted on the client, through httpcore's ``trace`` request extension (one
``connection.connect_tcp.complete`` event per TCP connection opened); requests through an httpx event hook.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from faultproxy import FaultProxy, ProxyRequest, ProxyResponse
from flavours import connect
from server_fixture import ServerInfo

from lsclient import Client, Project, make_client

pytestmark = pytest.mark.integration

CONFIG = (
    '<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text">'
    '<Choice value="positive"/><Choice value="negative"/></Choices></View>'
)
RESULT = [{"from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["positive"]}}]
CONNECTED = "connection.connect_tcp.complete"


@dataclass
class Wire:
    """What a client put on the wire: its requests (method, path, ``Connection`` header) and its new connections."""

    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    connections: int = 0
    servers: set[str | None] = field(default_factory=set)

    def headers(self) -> list[str | None]:
        return [connection for _, _, connection in self.requests]


def watch(client: Client, flavour: str) -> Wire:
    """Record from now on what ``client`` sends and the connections it opens."""
    wire = Wire()

    def on_request(request: Any) -> None:
        wire.requests.append((request.method, request.url.path, request.headers.get("connection")))

    def on_event(name: str, info: Any) -> None:
        if name == CONNECTED:
            wire.connections += 1

    if flavour == "sync":
        http: Any = client.http.get_httpx_client()

        def trace(name: str, info: Any) -> None:
            on_event(name, info)

        def request_hook(request: Any) -> None:
            request.extensions["trace"] = trace

        def response_hook(response: Any) -> None:
            wire.servers.add(response.headers.get("server"))
            on_request(response.request)

    else:
        http = client.http.get_async_httpx_client()

        async def trace(name: str, info: Any) -> None:  # type: ignore[misc]
            on_event(name, info)

        async def request_hook(request: Any) -> None:  # type: ignore[misc]
            request.extensions["trace"] = trace

        async def response_hook(response: Any) -> None:  # type: ignore[misc]
            wire.servers.add(response.headers.get("server"))
            on_request(response.request)

    # The response hook sees the request as the transport sent it (with the header the transport decided).
    http.event_hooks["request"].append(request_hook)
    http.event_hooks["response"].append(response_hook)
    return wire


@pytest.fixture(scope="module")
def direct(label_studio: ServerInfo) -> Iterator[Client]:
    with make_client(label_studio.url, label_studio.api_key, check_version=False) as client:
        yield client


@pytest.fixture
def project(direct: Client) -> Iterator[Project]:
    title = f"connections-{uuid.uuid4().hex[:8]}"
    project = direct.projects.create(title=title, label_config=CONFIG)
    yield project
    for same in direct.projects.list(title=title):
        same.remove()


@pytest.fixture
def task_ids(project: Project) -> list[int]:
    return project.import_tasks([{"text": f"text {n}"} for n in range(3)], progress=False)


def retrieve_all(client: Client, ids: list[int], times: int = 2) -> None:
    for _ in range(times):
        for task_id in ids:
            assert client.tasks.retrieve(task_id).id == task_id


def is_dev_server(label_studio: ServerInfo) -> bool:
    return label_studio.db == "sqlite"


def test_connections_follow_the_kind_of_server(label_studio: ServerInfo, flavour: str, task_ids: list[int]) -> None:
    with connect(flavour, label_studio.url, label_studio.api_key) as client:  # the version check: a first answer
        wire = watch(client, flavour)
        retrieve_all(client, task_ids)
    assert len(wire.requests) == 6
    if is_dev_server(label_studio):
        assert all(server and server.startswith("WSGIServer/") for server in wire.servers), wire.servers
        assert wire.headers() == ["close"] * 6
        assert wire.connections == 6
    else:
        assert wire.servers == {"gunicorn"}
        assert wire.headers() == ["keep-alive"] * 6  # gunicorn's sync workers close the connection themselves


def test_keep_alive_true_reuses_one_connection(label_studio: ServerInfo, flavour: str, task_ids: list[int]) -> None:
    with connect(flavour, label_studio.url, label_studio.api_key, keep_alive=True) as client:
        wire = watch(client, flavour)
        retrieve_all(client, task_ids)
    assert wire.headers() == ["keep-alive"] * 6
    if is_dev_server(label_studio):
        assert wire.connections == 0  # all on the connection of the version check
    else:
        assert wire.connections == 6  # gunicorn's sync workers close every connection after answering


def test_keep_alive_false_opens_a_connection_per_request(
    label_studio: ServerInfo, flavour: str, task_ids: list[int]
) -> None:
    with connect(flavour, label_studio.url, label_studio.api_key, keep_alive=False) as client:
        wire = watch(client, flavour)
        retrieve_all(client, task_ids)
    assert wire.headers() == ["close"] * 6
    assert wire.connections == 6


def renamed(server: str) -> Callable[[ProxyRequest, ProxyResponse], ProxyResponse]:
    def change(request: ProxyRequest, answer: ProxyResponse) -> ProxyResponse:
        headers = [(name, value) for name, value in answer.headers if name.lower() != "server"]
        return ProxyResponse(answer.status, answer.reason, [*headers, ("Server", server)], answer.body)

    return change


@pytest.mark.parametrize("server", ["nginx/1.25.3", None], ids=["renamed", "as-is"])
def test_a_keep_alive_proxy_in_front_gets_its_connections_reused(
    label_studio: ServerInfo, flavour: str, task_ids: list[int], server: str | None
) -> None:
    """The fault proxy keeps the client's connections alive (it opens one to the server per request): answers naming
    it nginx make the client reuse them; answers passed on as the server's own decide as the server would."""
    with FaultProxy(label_studio.url) as proxy:
        if server is not None:
            proxy.rewrite(renamed(server), times=None)
        with connect(flavour, proxy.url, label_studio.api_key) as client:
            wire = watch(client, flavour)
            retrieve_all(client, task_ids)
        retrieved = [exchange.outcome for exchange in proxy.log if exchange.path.startswith("/api/tasks/")]
        assert retrieved == ["rewritten 200" if server else "200"] * 6
    if server is None and is_dev_server(label_studio):
        assert wire.headers() == ["close"] * 6
        assert wire.connections == 6
    else:
        # All on the connection of the version check (the token refresh before it asked to close its own: the
        # server was not known yet).
        assert wire.headers() == ["keep-alive"] * 6
        assert wire.connections == 0


def test_2000_predictions_in_bulk_go_in_one_request(
    label_studio: ServerInfo, flavour: str, project: Project, direct: Client
) -> None:
    ids = project.import_tasks([{"text": f"text {n}"} for n in range(2000)], progress=False)
    with connect(flavour, label_studio.url, label_studio.api_key) as client:
        wire = watch(client, flavour)
        mine = client.projects.retrieve(project.id)
        predictions = ({"task": task_id, "result": RESULT, "score": 0.5, "model_version": "bulk"} for task_id in ids)
        assert mine.import_predictions(predictions, progress=False) == 2000
    assert [(method, path) for method, path, _ in wire.requests] == [
        ("GET", f"/api/projects/{project.id}/"),
        ("POST", f"/api/projects/{project.id}/import/predictions"),
    ]
    answer = direct.http.get_httpx_client().get("/api/predictions/", params={"project": project.id})
    answer.raise_for_status()
    on_server = answer.json()
    assert sorted(prediction["task"] for prediction in on_server) == sorted(ids)  # each task once
    assert {prediction["model_version"] for prediction in on_server} == {"bulk"}
