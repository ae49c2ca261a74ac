"""A fault-injection HTTP proxy between the SDK and the real Label Studio, scripted per test.

:class:`FaultProxy` listens on 127.0.0.1 only (a free port), in a daemon thread running its own asyncio event loop,
so sync tests, threads and the async flavour's loop all use it alike. It passes every request on to the real
server (one upstream connection per request, ``Connection: close``; the client's connection to the proxy stays
alive between requests) and answers with what the server said, unless a scripted :class:`Fault` matches::

    with FaultProxy(label_studio.url) as proxy:
        proxy.answer(503, times=3, retry_after="0", method="GET", path=r"/api/tasks/")
        proxy.reset(after_upstream=True, method="POST", path=r"/import$", skip=1)  # the 2nd import lands, unheard
        client = make_client(proxy.url, api_key)
        ...
        assert proxy.count(outcome="503 injected") == 3

Faults (each matches a method, a path regex and optionally a predicate ``when`` on the whole request, lets
``skip`` matching requests through, then acts on the next ``times`` ones; ``times=None``: on all of them):

- :meth:`FaultProxy.reset`: reset the connection (TCP RST) before the request goes upstream, or after the server
  answered it (``after_upstream=True``: the server did the work, the client never hears of it);
- :meth:`FaultProxy.answer`: answer a status (502/503/504/429...) without asking the server, optionally with
  ``Retry-After``;
- :meth:`FaultProxy.stall`: hold the request without answering for ``seconds`` (past the client's timeout), then
  drop the connection; nothing reaches the server;
- :meth:`FaultProxy.cut`: pass the request on, then send the headers (promising the whole body) and only part of
  the body before closing the connection;
- :meth:`FaultProxy.delay`: pass the request on and hold the answer back ``seconds`` (a slow server);
- :meth:`FaultProxy.rewrite`: pass the request on and answer ``change(request, answer)`` instead (a corrupted
  byte, a shortened range...);
- :meth:`FaultProxy.expire_tokens`: from this request on, the server's answer to every ``Bearer`` access token seen
  so far is 401, as Label Studio answers an expired one (the SDK must refresh its token and send again).

Any fault can carry a ``hook``, a blocking callable run (in a worker thread) when it fires: after the upstream
answer for ``reset(after_upstream=True)``, else before anything else; e.g. killing the real server mid-operation.
When the server cannot be reached the proxy answers 502, as nginx does. :attr:`FaultProxy.log` records every
exchange (method, path, outcome), for the counts a test asserts on.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Exchange", "Fault", "FaultProxy", "ProxyRequest", "ProxyResponse"]

LOOPBACK = "127.0.0.1"
# Headers that describe one connection, not the message: never passed on.
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "content-length"}
)
_EXPIRED_BODY = json.dumps(
    {
        "id": "faultproxy",
        "status_code": 401,
        "version": "1.23.2",
        "detail": "Authentication credentials were not provided.",
        "exc_info": None,
    }
).encode()
_BAD_GATEWAY = b"<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>"
_REASONS = {
    401: "Unauthorized",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


@dataclass
class Fault:
    """One scripted fault (built by the :class:`FaultProxy` methods, which document the kinds).

    :ivar fired: how many requests it acted on so far.
    """

    kind: str
    method: str | None = None
    path: re.Pattern[str] | None = None
    skip: int = 0
    times: int | None = 1  # None: every matching request from then on
    after_upstream: bool = False
    status: int = 0
    retry_after: str | None = None
    seconds: float = 0.0
    at: float = 0.5  # cut: a fraction of the body (< 1) or a byte count (>= 1)
    hook: Callable[[], Any] | None = None
    when: Callable[[ProxyRequest], bool] | None = None
    answer: ProxyResponse | None = None
    rewrite: Callable[[ProxyRequest, ProxyResponse], ProxyResponse] | None = None
    fired: int = 0
    seen: int = 0

    def matches(self, request: ProxyRequest) -> bool:
        return (
            (self.method is None or self.method == request.method)
            and (self.path is None or bool(self.path.search(request.path)))
            and (self.when is None or self.when(request))
        )

    @property
    def spent(self) -> bool:
        return self.times is not None and self.fired >= self.times

    def describe(self) -> str:
        where = f"{self.method or '*'} {self.path.pattern if self.path else '*'}"
        return f"{self.kind} on {where}"


@dataclass(frozen=True)
class Exchange:
    """One request as the proxy saw it: ``outcome`` is the status passed on (``"200"``) or what was done instead
    (``"reset before"``, ``"reset after 201"``, ``"503 injected"``, ``"stalled"``, ``"cut 1,000 of 5,000 (200)"``,
    ``"401 expired"``, ``"502 upstream down"``)."""

    method: str
    path: str  # without the query
    outcome: str
    target: str = field(default="", repr=False)  # the path with the query
    request_bytes: int = 0
    authorization: str | None = field(default=None, repr=False)


@dataclass
class ProxyRequest:
    """A request as the proxy received it (``target`` is the path and query)."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first header of this name (lower case), or None."""
        return next((value for key, value in self.headers if key.lower() == name), None)

    @property
    def path(self) -> str:
        return urlsplit(self.target).path


@dataclass
class ProxyResponse:
    """An answer: the server's (as :meth:`FaultProxy.rewrite` receives it) or one the proxy makes up."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class FaultProxy:
    """The proxy (see the module docstring). Use it as a context manager, or call :meth:`start` and :meth:`close`.

    :param upstream: the real server's base URL (``http://127.0.0.1:<port>``).
    """

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError(f"the upstream must be an http:// URL, got {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._log: list[Exchange] = []
        self._bearers: set[str] = set()
        self._expired: set[str] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="faultproxy", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        self.port = 0

    # ---------------------------------------------------------------------------------------------- lifecycle

    @property
    def url(self) -> str:
        """The proxy's base URL, to give the client instead of the server's."""
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> FaultProxy:
        self._thread.start()
        self._server = asyncio.run_coroutine_threadsafe(self._listen(), self._loop).result(10)
        return self

    def close(self) -> None:
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    async def _listen(self) -> asyncio.base_events.Server:
        server = await asyncio.start_server(self._accept, LOOPBACK, 0)
        self.port = server.sockets[0].getsockname()[1]
        return server

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._handlers):
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    # ---------------------------------------------------------------------------------------------- scripting
    # Every method takes the same matching arguments: ``method`` (e.g. "POST"), ``path`` (a regex searched in the
    # path, without the query), ``when`` (a predicate on the whole ProxyRequest: headers, body), ``skip`` (matching
    # requests let through first), ``times`` (how many it then acts on; None: all of them), and ``hook``.

    def _add(
        self,
        kind: str,
        *,
        method: str | None = None,
        path: str | None = None,
        when: Callable[[ProxyRequest], bool] | None = None,
        skip: int = 0,
        times: int | None = 1,
        hook: Callable[[], Any] | None = None,
        **details: Any,
    ) -> Fault:
        fault = Fault(
            kind,
            method=method.upper() if method else None,
            path=re.compile(path) if path is not None else None,
            when=when,
            skip=skip,
            times=times,
            hook=hook,
            **details,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def reset(self, *, after_upstream: bool = False, **match: Any) -> Fault:
        """Reset the connection (TCP RST) of matching requests: before they reach the server, or after the server
        answered them (``after_upstream=True``: the work is done, the answer thrown away)."""
        return self._add("reset after" if after_upstream else "reset before", after_upstream=after_upstream, **match)

    def answer(
        self,
        status: int,
        *,
        retry_after: str | None = None,
        body: bytes = b"injected by faultproxy",
        content_type: str = "text/plain",
        **match: Any,
    ) -> Fault:
        """Answer ``status`` to matching requests without passing them on (with ``Retry-After: retry_after`` if
        given, and this body)."""
        headers = [("Content-Type", content_type)]
        if retry_after is not None:
            headers.append(("Retry-After", retry_after))
        response = ProxyResponse(status, _REASONS.get(status, "Injected"), headers, body)
        return self._add("status", answer=response, **match)

    def stall(self, seconds: float, **match: Any) -> Fault:
        """Hold matching requests ``seconds`` without a byte of answer, then drop the connection; they never reach
        the server."""
        return self._add("stall", seconds=seconds, **match)

    def delay(self, seconds: float, **match: Any) -> Fault:
        """Pass matching requests on, then hold the server's answer back ``seconds`` (a slow server)."""
        return self._add("delay", seconds=seconds, **match)

    def cut(self, at: float = 0.5, **match: Any) -> Fault:
        """Pass matching requests on, then send the answer's headers (with the full ``Content-Length``) and only
        part of its body, a fraction ``at`` < 1 or ``at`` bytes, and close the connection."""
        return self._add("cut", at=at, **match)

    def rewrite(self, change: Callable[[ProxyRequest, ProxyResponse], ProxyResponse], **match: Any) -> Fault:
        """Pass matching requests on and answer ``change(request, server's answer)`` instead (to corrupt a body,
        shorten a range...). ``times`` defaults to 1 here too."""
        return self._add("rewrite", rewrite=change, **match)

    def expire_tokens(self, **match: Any) -> Fault:
        """When the next matching request arrives, every ``Bearer`` token seen so far expires: from then on the
        proxy answers 401 to any request carrying one (this one included), as Label Studio does."""
        return self._add("expire", **match)

    def clear(self) -> None:
        """Forget every fault (the log stays)."""
        with self._lock:
            self._faults.clear()

    @property
    def log(self) -> list[Exchange]:
        """Every exchange so far, in the order they ended."""
        with self._lock:
            return list(self._log)

    def count(self, method: str | None = None, path: str | None = None, outcome: str | None = None) -> int:
        """How many exchanges match ``method``, the ``path`` regex and the ``outcome`` regex."""
        return sum(
            1
            for item in self.log
            if (method is None or item.method == method.upper())
            and (path is None or re.search(path, item.path))
            and (outcome is None or re.search(outcome, item.outcome))
        )

    def outcomes(self, method: str | None = None, path: str | None = None) -> list[str]:
        """The outcomes of the exchanges matching ``method`` and the ``path`` regex, in order."""
        return [
            item.outcome
            for item in self.log
            if (method is None or item.method == method.upper()) and (path is None or re.search(path, item.path))
        ]

    def _record(self, request: ProxyRequest, outcome: str) -> None:
        with self._lock:
            self._log.append(
                Exchange(
                    request.method,
                    request.path,
                    outcome,
                    target=request.target,
                    request_bytes=len(request.body),
                    authorization=request.header("authorization"),
                )
            )

    def _pick(self, request: ProxyRequest) -> Fault | None:
        """The fault for this request, if any: the first matching one whose ``skip`` is used up."""
        chosen = None
        with self._lock:
            for fault in self._faults:
                if fault.spent or not fault.matches(request):
                    continue
                fault.seen += 1  # every matching fault counts the request, so each one's skip is its own
                if chosen is None and fault.seen > fault.skip:
                    chosen = fault
            if chosen is not None:
                chosen.fired += 1
        return chosen

    # ---------------------------------------------------------------------------------------------- serving

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        try:
            while True:
                request = await _read_request(reader)
                if request is None or not await self._serve(request, writer):
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        except asyncio.CancelledError:
            pass  # the proxy is closing: end quietly (asyncio's server would log a cancelled handler as an error)
        finally:
            self._handlers.discard(task)
            if not writer.transport.is_closing():
                writer.close()

    async def _serve(self, request: ProxyRequest, writer: asyncio.StreamWriter) -> bool:
        """Answer one request; whether the connection stays open for the next one."""
        bearer = _bearer(request)
        fault = self._pick(request)
        kind = fault.kind if fault is not None else None
        if fault is not None and fault.hook is not None and not fault.after_upstream:
            await asyncio.to_thread(fault.hook)
        with self._lock:
            if kind == "expire":
                self._expired |= self._bearers | ({bearer} if bearer else set())
            if bearer is not None:
                self._bearers.add(bearer)
            expired = bearer is not None and bearer in self._expired
        if expired:
            self._record(request, "401 expired")
            headers = [("Content-Type", "application/json"), ("WWW-Authenticate", "Token")]
            return await _send(writer, request, ProxyResponse(401, "Unauthorized", headers, _EXPIRED_BODY))
        if fault is not None and fault.answer is not None:
            self._record(request, f"{fault.answer.status} injected")
            return await _send(writer, request, fault.answer)
        if kind == "reset before":
            self._record(request, "reset before")
            _reset(writer)
            return False
        if fault is not None and kind == "stall":
            self._record(request, "stalled")
            await asyncio.sleep(fault.seconds)
            _reset(writer)
            return False
        try:
            response = await self._upstream(request)
        except (OSError, asyncio.IncompleteReadError, ValueError):  # refused, reset, or cut off by a dying server
            self._record(request, "502 upstream down")
            headers = [("Content-Type", "text/html")]
            return await _send(writer, request, ProxyResponse(502, "Bad Gateway", headers, _BAD_GATEWAY))
        if fault is None:
            self._record(request, str(response.status))
            return await _send(writer, request, response)
        if kind == "reset after":
            if fault.hook is not None:
                await asyncio.to_thread(fault.hook)
            self._record(request, f"reset after {response.status}")
            _reset(writer)
            return False
        if kind == "cut":
            size = len(response.body)
            keep = min(size - 1, int(fault.at if fault.at >= 1 else size * fault.at)) if size else 0
            self._record(request, f"cut {keep:,} of {size:,} ({response.status})")
            await _send(writer, request, response, body_bytes=keep)
            return False
        if kind == "delay":
            await asyncio.sleep(fault.seconds)
            self._record(request, f"delayed {response.status}")
        elif fault.rewrite is not None:
            response = fault.rewrite(request, response)
            self._record(request, f"rewritten {response.status}")
        else:
            self._record(request, str(response.status))
        return await _send(writer, request, response)

    async def _upstream(self, request: ProxyRequest) -> ProxyResponse:
        reader, writer = await asyncio.open_connection(self.upstream_host, self.upstream_port)
        try:
            lines = [f"{request.method} {request.target} HTTP/1.1"]
            lines += [f"{k}: {v}" for k, v in request.headers if k.lower() not in _HOP_BY_HOP | {"accept-encoding"}]
            lines += ["Accept-Encoding: identity", "Connection: close", f"Content-Length: {len(request.body)}"]
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + request.body)
            await writer.drain()
            status_line, headers = await _read_head(reader)
            if status_line is None:
                raise ConnectionResetError("the server closed the connection without answering")
            _, status, reason = (status_line.split(" ", 2) + [""])[:3]
            code = int(status)
            if request.method == "HEAD" or code in (204, 304) or 100 <= code < 200:
                body = b""
            else:
                body = await _read_body(reader, headers, until_eof=True)
            return ProxyResponse(code, reason, headers, body)
        finally:
            writer.close()


# ------------------------------------------------------------------------------------------------ HTTP/1.1 bits


def _bearer(request: ProxyRequest) -> str | None:
    value = request.header("authorization") or ""
    return value[7:] if value.startswith("Bearer ") else None


async def _read_head(reader: asyncio.StreamReader) -> tuple[str | None, list[tuple[str, str]]]:
    """The first line and the headers of a message; ``(None, [])`` at a clean end of stream."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None, []
        raise
    first, *lines = head.decode("latin-1").split("\r\n")
    headers = [(name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in lines if line)]
    return first, headers


async def _read_body(reader: asyncio.StreamReader, headers: list[tuple[str, str]], *, until_eof: bool) -> bytes:
    values = {name.lower(): value for name, value in headers}
    if "chunked" in values.get("transfer-encoding", "").lower():
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                while (await reader.readuntil(b"\r\n")) != b"\r\n":  # trailers
                    pass
                return b"".join(chunks)
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
    if "content-length" in values:
        return await reader.readexactly(int(values["content-length"]))
    return await reader.read() if until_eof else b""


async def _read_request(reader: asyncio.StreamReader) -> ProxyRequest | None:
    first, headers = await _read_head(reader)
    if first is None:
        return None
    method, target, _ = first.split(" ", 2)
    body = await _read_body(reader, headers, until_eof=False)
    return ProxyRequest(method.upper(), target, headers, body)


async def _send(
    writer: asyncio.StreamWriter, request: ProxyRequest, response: ProxyResponse, *, body_bytes: int | None = None
) -> bool:
    """Write ``response`` (only ``body_bytes`` of its body, then close, if given); whether to keep the connection."""
    keep = body_bytes is None and (request.header("connection") or "").lower() != "close"
    lines = [f"HTTP/1.1 {response.status} {response.reason}".rstrip()]
    lines += [f"{k}: {v}" for k, v in response.headers if k.lower() not in _HOP_BY_HOP]
    lines += [f"Content-Length: {len(response.body)}", f"Connection: {'keep-alive' if keep else 'close'}"]
    body = response.body if body_bytes is None else response.body[:body_bytes]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (b"" if request.method == "HEAD" else body))
    await writer.drain()
    if not keep:
        writer.close()
    return keep


def _reset(writer: asyncio.StreamWriter) -> None:
    """Drop the connection with a TCP RST (SO_LINGER 0), as a crashed peer or a middlebox would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
