"""Unit tests for lsclient.core.transport: the retry policy and the retrying transports (no network, no sleeping)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterator

import httpx
import pytest

from lsclient.core._async.transport import AsyncRetryTransport
from lsclient.core._sync.transport import RetryTransport
from lsclient.core.errors import (
    APIConnectionError,
    APITimeoutError,
    OutcomeUnknownError,
    OutcomeUnknownTimeoutError,
)
from lsclient.core.transport import (
    DEFAULT_TIMEOUT,
    REPEATABLE_EXTENSION,
    STREAM_EXTENSION,
    RetryPolicy,
    repeatable,
)

Handler = Callable[[httpx.Request], httpx.Response]


class Server:
    """A scripted fake server: answers (or raises) from a list, one item per attempt, and records requests."""

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        return item


def make_client(server: Server, policy: RetryPolicy | None = None) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(httpx.MockTransport(server), policy=policy, sleep=sleeps.append, rand=lambda: 0.5)
    return httpx.Client(transport=transport, base_url="http://ls.test"), sleeps


# --- RetryPolicy.delay ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "retry_after", "rand", "expected"),
    [
        (0, None, 0.5, 0.5),  # exponential: 0.5 * 2**attempt, no jitter at rand=0.5
        (1, None, 0.5, 1.0),
        (2, None, 0.5, 2.0),
        (5, None, 0.5, 16.0),
        (6, None, 0.5, 30.0),  # capped at backoff_max
        (20, None, 0.5, 30.0),
        (2, None, 0.0, 1.5),  # jitter: -25 %
        (2, None, 0.999999, 2.5),  # jitter: +25 % (approximately)
        (10, None, 0.999999, 30.0),  # jitter never exceeds the cap
        (0, "7", 0.0, 7.0),  # Retry-After seconds win over backoff, and get no jitter
        (3, "1.5", 0.9, 1.5),
        (0, "0", 0.5, 0.0),
        (0, "3600", 0.5, 30.0),  # Retry-After is capped too
        (0, "Wed, 21 Oct 2015 07:28:00 GMT", 0.5, 10.0),  # HTTP-date, 10 s after `now`
        (1, "not a date", 0.5, 1.0),  # unreadable hint: plain backoff
    ],
)
def test_delay_table(attempt: int, retry_after: str | None, rand: float, expected: float) -> None:
    delay = RetryPolicy().delay(attempt, retry_after, rand, now=1445412470.0)
    assert delay == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize("attempt", range(8))
@pytest.mark.parametrize("rand", [0.0, 0.1, 0.5, 0.9, 0.999999])
def test_jitter_bounds(attempt: int, rand: float) -> None:
    policy = RetryPolicy(backoff_initial=1.0, backoff_max=60.0, jitter=0.2)
    base = min(2.0**attempt, 60.0)
    assert base * 0.8 - 1e-9 <= policy.delay(attempt, None, rand) <= min(base * 1.2, 60.0)


# --- RetryPolicy.should_retry --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "status", "error", "attempt", "expected"),
    [
        ("GET", 503, None, 0, True),
        ("GET", 502, None, 2, True),
        ("GET", 503, None, 3, False),  # max_retries reached
        ("get", 504, None, 0, True),
        ("GET", 429, None, 0, True),
        # a 500 on a read: Label Studio's task listing answers 500 when a task of the page is removed meanwhile
        ("GET", 500, None, 0, True),
        ("GET", 500, None, 3, False),
        ("PUT", 500, None, 0, False),  # a 500 on a write may have half-applied it: not sent again
        ("DELETE", 500, None, 0, False),
        ("POST", 500, None, 0, False),
        ("GET", 404, None, 0, False),
        ("GET", 200, None, 0, False),
        ("PUT", 503, None, 0, True),
        ("DELETE", 503, None, 0, True),
        ("POST", 503, None, 0, False),  # may have been executed: never duplicate it
        ("PATCH", 503, None, 0, False),
        ("POST", 429, None, 0, True),  # refused without being acted on: any method may be sent again
        ("PATCH", 429, None, 0, True),
        ("POST", 429, None, 3, False),
        ("GET", None, httpx.ReadTimeout("t"), 0, True),
        ("GET", None, httpx.RemoteProtocolError("closed"), 0, True),
        ("GET", None, httpx.ReadError("reset"), 0, True),
        ("POST", None, httpx.ReadTimeout("t"), 0, False),
        ("POST", None, httpx.RemoteProtocolError("closed"), 0, False),
        ("POST", None, httpx.ConnectError("refused"), 0, True),  # never reached the server
        ("PATCH", None, httpx.ConnectTimeout("t"), 0, True),
        ("POST", None, httpx.PoolTimeout("t"), 0, True),
        ("POST", None, httpx.ConnectError("refused"), 3, False),
        ("GET", None, httpx.UnsupportedProtocol("ftp"), 0, False),
        ("GET", None, ValueError("not a transport error"), 0, False),
    ],
)
def test_should_retry_table(
    method: str, status: int | None, error: Exception | None, attempt: int, expected: bool
) -> None:
    assert RetryPolicy().should_retry(method, status, error, attempt) is expected


@pytest.mark.parametrize(
    ("method", "status", "error", "expected"),
    [
        ("PATCH", 503, None, True),
        ("POST", 502, None, True),
        ("POST", None, httpx.ReadError("reset"), True),
        ("POST", None, httpx.ReadTimeout("t"), True),
        ("POST", None, httpx.UnsupportedProtocol("ftp"), False),
    ],
)
def test_a_repeatable_request_is_retried_like_a_get(
    method: str, status: int | None, error: Exception | None, expected: bool
) -> None:
    policy = RetryPolicy()
    assert policy.should_retry(method, status, error, 0, repeatable=True) is expected
    assert policy.should_retry(method, status, error, 0) is False


@pytest.mark.parametrize(
    ("method", "error", "repeatable", "expected"),
    [
        ("POST", httpx.ReadError("reset"), False, True),  # sent, unanswered, not repeatable: unknown
        ("POST", httpx.ReadTimeout("t"), False, True),
        ("POST", httpx.RemoteProtocolError("cut"), False, True),
        ("POST", httpx.ConnectError("refused"), False, False),  # never sent
        ("POST", httpx.ConnectTimeout("t"), False, False),
        ("POST", httpx.ReadError("reset"), True, False),  # repeating it is harmless: the caller may
        ("GET", httpx.ReadError("reset"), False, False),
        ("DELETE", httpx.ReadTimeout("t"), False, False),
        ("POST", httpx.UnsupportedProtocol("ftp"), False, False),
    ],
)
def test_outcome_unknown_table(method: str, error: Exception, repeatable: bool, expected: bool) -> None:
    assert RetryPolicy().outcome_unknown(method, error, repeatable=repeatable) is expected


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (429, None, False),  # refused: nothing was done
        (502, None, True),  # a gateway may have passed it on
        (503, None, True),
        (None, httpx.ConnectError("refused"), False),
        (None, httpx.ReadError("reset"), True),
    ],
)
def test_doubtful_retry_table(status: int | None, error: Exception | None, expected: bool) -> None:
    assert RetryPolicy().doubtful_retry(status, error) is expected


# --- RetryTransport ------------------------------------------------------------------------------------------------


def test_get_retried_on_503_then_succeeds() -> None:
    server = Server(httpx.Response(503), httpx.Response(200, json={"ok": True}))
    client, sleeps = make_client(server)
    response = client.get("/api/projects/")
    assert response.status_code == 200 and response.json() == {"ok": True}
    assert len(server.requests) == 2
    assert sleeps == [0.5]


def test_post_not_retried_on_503() -> None:
    server = Server(httpx.Response(503), httpx.Response(201))
    client, sleeps = make_client(server)
    response = client.post("/api/projects/", json={"title": "p"})
    assert response.status_code == 503
    assert len(server.requests) == 1
    assert sleeps == []


def test_post_retried_on_connect_error_with_the_same_body() -> None:
    server = Server(httpx.ConnectError("refused"), httpx.Response(201, json={"id": 1}))
    client, sleeps = make_client(server)
    response = client.post("/api/projects/", json={"title": "p"})
    assert response.status_code == 201
    assert len(server.requests) == 2
    assert server.bodies[0] == server.bodies[1] == b'{"title":"p"}'
    assert sleeps == [0.5]


def test_post_not_retried_on_read_timeout() -> None:
    server = Server(httpx.ReadTimeout("slow"), httpx.Response(201))
    client, sleeps = make_client(server)
    with pytest.raises(APITimeoutError) as info:
        client.post("/api/projects/", json={"title": "p"})
    assert len(server.requests) == 1 and sleeps == []
    assert info.value.method == "POST" and info.value.url == "/api/projects/"
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_post_with_its_answer_lost_says_the_outcome_is_unknown() -> None:
    server = Server(httpx.ReadError("reset"), httpx.Response(201))
    client, sleeps = make_client(server)
    with pytest.raises(OutcomeUnknownError, match="may or may not have been applied") as info:
        client.post("/api/projects/?token=SECRET", json={"title": "p"})
    assert not isinstance(info.value, APITimeoutError)
    assert len(server.requests) == 1 and sleeps == []
    assert info.value.method == "POST" and "SECRET" not in str(info.value)


def test_post_timing_out_is_an_outcome_unknown_timeout() -> None:
    server = Server(httpx.ReadTimeout("slow"))
    client, _ = make_client(server)
    with pytest.raises(OutcomeUnknownTimeoutError) as info:
        client.post("/api/projects/", json={"title": "p"})
    assert isinstance(info.value, APITimeoutError) and isinstance(info.value, OutcomeUnknownError)


def test_post_refused_with_429_is_sent_again() -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "1"}), httpx.Response(201, json={"id": 1}))
    client, sleeps = make_client(server)
    assert client.post("/api/projects/", json={"title": "p"}).status_code == 201
    assert len(server.requests) == 2 and sleeps == [1.0]


def test_requests_inside_repeatable_are_retried_and_the_doubt_is_recorded() -> None:
    server = Server(httpx.ReadError("reset"), httpx.Response(200, json={"id": 1}))
    client, sleeps = make_client(server)
    with repeatable() as record:
        assert client.patch("/api/tasks/1/", json={"data": {}}).status_code == 200
    assert record.doubtful and len(server.requests) == 2 and sleeps == [0.5]

    server = Server(httpx.Response(429), httpx.Response(204))
    client, _ = make_client(server)
    with repeatable() as record:
        assert client.delete("/api/tasks/1/").status_code == 204
    assert not record.doubtful  # a 429 was refused: the retry is not in doubt
    # outside the block, nothing is marked
    server = Server(httpx.ReadError("reset"), httpx.Response(200))
    client, _ = make_client(server)
    with pytest.raises(OutcomeUnknownError):
        client.patch("/api/tasks/1/", json={})


def test_a_request_carrying_the_repeatable_extension_is_retried() -> None:
    server = Server(httpx.ReadError("reset"), httpx.Response(200, json={"access": "x"}))
    client, _ = make_client(server)
    request = client.build_request("POST", "/api/token/refresh/", json={}, extensions={REPEATABLE_EXTENSION: True})
    assert client.send(request).status_code == 200
    assert len(server.requests) == 2


class BreakingStream(httpx.SyncByteStream):
    """A body that announces more than it sends: the connection breaks after the first chunk."""

    def __init__(self, first: bytes) -> None:
        self.first = first
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    def close(self) -> None:
        self.closed = True


def cut_response(body: bytes) -> httpx.Response:
    stream = BreakingStream(body[: len(body) // 2])
    return httpx.Response(200, headers={"Content-Length": str(len(body))}, stream=stream)


def test_a_body_cut_short_is_retried_for_a_get() -> None:
    body = b'{"tasks": [1, 2, 3], "total": 3}'
    server = Server(cut_response(body), httpx.Response(200, headers={"Content-Length": str(len(body))}, content=body))
    client, sleeps = make_client(server)
    response = client.get("/api/tasks/")
    assert response.json() == {"tasks": [1, 2, 3], "total": 3}
    assert len(server.requests) == 2 and sleeps == [0.5]


def test_a_body_cut_short_of_a_post_says_the_outcome_is_unknown() -> None:
    server = Server(cut_response(b'{"id": 12, "title": "p"}'))
    client, _ = make_client(server)
    with pytest.raises(OutcomeUnknownError, match="RemoteProtocolError"):
        client.post("/api/projects/", json={"title": "p"})
    assert len(server.requests) == 1


def test_a_streamed_download_and_a_big_body_are_handed_over_unread() -> None:
    body = b"x" * 100
    for policy, extensions in ((RetryPolicy(), {STREAM_EXTENSION: True}), (RetryPolicy(max_buffered_bytes=99), {})):
        stream = TrackedStream([body])
        server = Server(httpx.Response(200, headers={"Content-Length": "100"}, stream=stream))
        client, _ = make_client(server, policy)
        request = client.build_request("GET", "/api/projects/1/exports/2/download", extensions=extensions)
        response = client.send(request, stream=True)
        assert not stream.read
        assert response.read() == body
        response.close()


def test_put_body_resent_on_retry() -> None:
    server = Server(httpx.Response(502), httpx.Response(200))
    client, _ = make_client(server)
    client.put("/api/tasks/1/", json={"data": {"text": "hi"}})
    assert len(server.bodies) == 2 and server.bodies[0] == server.bodies[1] != b""


def test_retry_after_is_honoured() -> None:
    server = Server(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200))
    client, sleeps = make_client(server)
    assert client.get("/api/tasks").status_code == 200
    assert sleeps == [2.0]


def test_gives_up_after_max_retries_and_returns_the_last_response() -> None:
    server = Server(httpx.Response(503, text="still down"))
    client, sleeps = make_client(server)
    response = client.get("/api/projects/")
    assert response.status_code == 503 and response.text == "still down"
    assert len(server.requests) == 4  # 1 try + 3 retries
    assert sleeps == [0.5, 1.0, 2.0]


def test_gives_up_on_connect_errors_with_api_connection_error() -> None:
    server = Server(httpx.ConnectError("[Errno 111] Connection refused"))
    client, sleeps = make_client(server, RetryPolicy(max_retries=2))
    with pytest.raises(APIConnectionError) as info:
        client.get("/api/projects/?token=SECRET")
    assert type(info.value) is APIConnectionError
    assert len(server.requests) == 3 and len(sleeps) == 2
    assert "Connection refused" in str(info.value) and "SECRET" not in str(info.value)


def test_zero_retries_policy_sends_once() -> None:
    server = Server(httpx.Response(503))
    client, sleeps = make_client(server, RetryPolicy(max_retries=0))
    assert client.get("/api/x").status_code == 503
    assert len(server.requests) == 1 and sleeps == []


class TrackedStream(httpx.SyncByteStream):
    """A response body that records whether it was read and closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


def test_retryable_response_is_closed_and_success_is_streamed_unread() -> None:
    failed = TrackedStream([b"busy"])
    body = TrackedStream([b"chunk-1,", b"chunk-2"])
    server = Server(httpx.Response(503, stream=failed), httpx.Response(200, stream=body))
    client, _ = make_client(server)
    with client.stream("GET", "/api/projects/1/exports/2/download") as response:
        assert response.status_code == 200
        assert failed.closed
        assert not body.read  # the transport did not touch the successful body
        assert b"".join(response.iter_bytes()) == b"chunk-1,chunk-2"
    assert body.closed


def test_retries_are_logged_with_method_and_path_only(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(httpx.Response(503), httpx.Response(200))
    client, _ = make_client(server)
    with caplog.at_level(logging.DEBUG, logger="lsclient"):
        client.get("/api/tasks?token=SECRET", headers={"Authorization": "Token SECRET"})
    retry_logs = [r.getMessage() for r in caplog.records if r.name == "lsclient"]
    assert retry_logs == ["retrying GET /api/tasks after 503 in 0.50 s (retry 1 of 3)"]


def test_default_timeout_and_inner_transport() -> None:
    assert DEFAULT_TIMEOUT.connect == 10.0 and DEFAULT_TIMEOUT.read == 60.0
    transport = RetryTransport(verify=False)
    assert isinstance(transport.inner, httpx.HTTPTransport)
    transport.close()
    assert "RetryPolicy" in repr(transport)


# --- AsyncRetryTransport -------------------------------------------------------------------------------------------


def run_async(
    server: Server, send: Callable[[httpx.AsyncClient], Awaitable[httpx.Response]]
) -> tuple[httpx.Response, list[float]]:
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> httpx.Response:
        transport = AsyncRetryTransport(httpx.MockTransport(server), sleep=fake_sleep, rand=lambda: 0.5)
        async with httpx.AsyncClient(transport=transport, base_url="http://ls.test") as client:
            return await send(client)

    return asyncio.run(main()), sleeps


def test_async_get_retried_then_succeeds() -> None:
    server = Server(httpx.Response(504), httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200))
    response, sleeps = run_async(server, lambda client: client.get("/api/projects/"))
    assert response.status_code == 200
    assert len(server.requests) == 3
    assert sleeps == [0.5, 3.0]


def test_async_post_not_retried_on_503_but_on_connect_error() -> None:
    server = Server(httpx.Response(503))
    response, sleeps = run_async(server, lambda client: client.post("/api/projects/", json={}))
    assert response.status_code == 503
    assert len(server.requests) == 1 and sleeps == []

    server = Server(httpx.ConnectError("refused"), httpx.Response(201))
    response, sleeps = run_async(server, lambda client: client.post("/api/projects/", json={}))
    assert response.status_code == 201
    assert len(server.requests) == 2 and sleeps == [0.5]


def test_async_gives_up_with_timeout_error() -> None:
    server = Server(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        run_async(server, lambda client: client.get("/api/projects/"))
    assert len(server.requests) == 4


class AsyncBreakingStream(httpx.AsyncByteStream):
    def __init__(self, first: bytes) -> None:
        self.first = first

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield self.first
        raise httpx.ReadError("reset")


def test_async_body_cut_short_is_retried_for_a_get_and_unknown_for_a_post() -> None:
    body = b'{"ok": true}'

    def cut() -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(len(body))}, stream=AsyncBreakingStream(body[:4]))

    server = Server(cut(), httpx.Response(200, content=body, headers={"Content-Length": str(len(body))}))
    response, sleeps = run_async(server, lambda client: client.get("/api/tasks/"))
    assert response.json() == {"ok": True} and len(server.requests) == 2 and sleeps == [0.5]

    server = Server(cut())
    with pytest.raises(OutcomeUnknownError):
        run_async(server, lambda client: client.post("/api/projects/", json={}))
    assert len(server.requests) == 1
