"""Connection reuse (HTTP keep-alive) as decided by :class:`lsclient.core.transport.ConnectionReuse`: against a
small keep-alive HTTP server on the loopback that counts the TCP connections it accepts and names itself as
Django's development server or as another server (no Label Studio needed)."""

from __future__ import annotations

import asyncio
import http.server
import json
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from lsclient import make_async_client, make_client
from lsclient.core._async.transport import AsyncRetryTransport
from lsclient.core._sync.transport import RetryTransport
from lsclient.core.errors import ConfigurationError
from lsclient.core.transport import ConnectionReuse, stalls_on_reuse

DEV_SERVER = "WSGIServer/0.2 CPython/3.11.7"  # what `label-studio start` answers
LEGACY_KEY = "0123456789abcdef0123456789abcdef01234567"


class CountingServer(http.server.ThreadingHTTPServer):
    """An HTTP/1.1 server that keeps connections alive unless asked to close them, answers every GET with a small
    JSON body and ``Server: <server_name>`` (none when empty), and counts connections and requests."""

    daemon_threads = True

    def __init__(self, server_name: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.server_name = server_name
        self.connections = 0
        self.requests: list[dict[str, str]] = []
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingServer

    def setup(self) -> None:
        super().setup()
        with self.server.lock:
            self.server.connections += 1

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        with self.server.lock:
            self.server.requests.append({name.lower(): value for name, value in self.headers.items()})
        body = json.dumps({"release": "1.23.2", "path": self.path}).encode()
        self.send_response_only(200)
        if self.server.server_name:
            self.send_header("Server", self.server.server_name)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


Serve = Callable[[str], CountingServer]
Send = Callable[..., None]


@pytest.fixture
def serve() -> Iterator[Serve]:
    started: list[CountingServer] = []

    def start(server_name: str) -> CountingServer:
        server = CountingServer(server_name)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.shutdown()
        server.server_close()


def send_sync(url: str, count: int, keep_alive: bool | None = None) -> None:
    with httpx.Client(base_url=url, transport=RetryTransport(keep_alive=keep_alive)) as http:
        for n in range(count):
            http.get(f"/api/tasks/{n}/").raise_for_status()


def send_async(url: str, count: int, keep_alive: bool | None = None) -> None:
    async def main() -> None:
        async with httpx.AsyncClient(base_url=url, transport=AsyncRetryTransport(keep_alive=keep_alive)) as http:
            for n in range(count):
                (await http.get(f"/api/tasks/{n}/")).raise_for_status()

    asyncio.run(main())


SENDERS = pytest.mark.parametrize("send", [send_sync, send_async], ids=["sync", "async"])


@SENDERS
def test_the_development_server_gets_a_new_connection_for_every_request(serve: Serve, send: Send) -> None:
    server = serve(DEV_SERVER)
    send(server.url, 5)
    assert server.connections == 5
    assert [request.get("connection") for request in server.requests] == ["close"] * 5


@SENDERS
@pytest.mark.parametrize("name", ["gunicorn", "nginx/1.25.3", ""])
def test_other_servers_keep_their_connections_after_the_first_answer(serve: Serve, send: Send, name: str) -> None:
    server = serve(name)
    send(server.url, 5)
    # The first request goes out before the server is known, asking to close: the other four share one connection.
    assert server.connections == 2
    assert [request.get("connection") for request in server.requests] == ["close"] + ["keep-alive"] * 4


@SENDERS
def test_keep_alive_true_reuses_the_development_servers_connection(serve: Serve, send: Send) -> None:
    server = serve(DEV_SERVER)
    send(server.url, 5, keep_alive=True)
    assert server.connections == 1
    assert [request.get("connection") for request in server.requests] == ["keep-alive"] * 5


@SENDERS
def test_keep_alive_false_never_reuses_a_connection(serve: Serve, send: Send) -> None:
    server = serve("gunicorn")
    send(server.url, 5, keep_alive=False)
    assert server.connections == 5


def test_concurrent_requests_to_the_development_server_each_get_a_connection(serve: Serve) -> None:
    server = serve(DEV_SERVER)

    async def main() -> None:
        async with httpx.AsyncClient(base_url=server.url, transport=AsyncRetryTransport()) as http:
            answers = await asyncio.gather(*(http.get(f"/api/tasks/{n}/") for n in range(12)))
            assert [answer.json()["path"] for answer in answers] == [f"/api/tasks/{n}/" for n in range(12)]

    asyncio.run(main())
    assert server.connections == 12


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "keep_alive", "connections"),
    [(DEV_SERVER, None, 4), ("gunicorn", None, 2), (DEV_SERVER, True, 1), ("gunicorn", False, 4)],
)
def test_make_client_passes_keep_alive_on(
    serve: Serve, flavour: str, name: str, keep_alive: bool | None, connections: int
) -> None:
    server = serve(name)
    if flavour == "sync":
        with make_client(server.url, LEGACY_KEY, keep_alive=keep_alive) as client:  # the version check: 1 request
            for _ in range(3):
                assert client.server_version() == "1.23.2"
    else:

        async def main() -> None:
            async with make_async_client(server.url, LEGACY_KEY, keep_alive=keep_alive) as client:
                for _ in range(3):
                    assert await client.server_version() == "1.23.2"

        asyncio.run(main())
    assert len(server.requests) == 4
    assert server.connections == connections
    assert all(request["authorization"] == f"Token {LEGACY_KEY}" for request in server.requests)


def test_the_decision_follows_the_latest_answer_and_skips_https() -> None:
    reuse = ConnectionReuse()
    plain = httpx.URL("http://ls.test/api/tasks/1/")
    tls = httpx.URL("https://ls.test/api/tasks/1/")
    assert reuse.close_after(plain) and not reuse.close_after(tls)
    reuse.observe(plain, httpx.Headers({"Server": "gunicorn"}))
    assert not reuse.close_after(plain)
    reuse.observe(plain, httpx.Headers({"Server": DEV_SERVER}))
    assert reuse.close_after(plain)
    reuse.observe(tls, httpx.Headers({}))  # an HTTPS answer does not change what plain HTTP does
    assert reuse.close_after(plain) and not reuse.close_after(tls)
    assert ConnectionReuse(False).close_after(tls) and not ConnectionReuse(True).close_after(plain)
    assert stalls_on_reuse("WSGIServer/0.2 CPython/3.12.1") and not stalls_on_reuse("gunicorn/23.0.0")


@pytest.mark.parametrize("value", ["yes", 1, 0])
def test_a_bad_keep_alive_is_a_configuration_error(value: object) -> None:
    with pytest.raises(ConfigurationError, match="keep_alive must be None, True or False"):
        make_client("http://ls.test", LEGACY_KEY, keep_alive=value)  # type: ignore[arg-type]
