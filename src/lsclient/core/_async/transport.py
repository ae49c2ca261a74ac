"""The retrying httpx transport: :class:`AsyncRetryTransport` acts on :class:`~lsclient.core.transport.RetryPolicy`
and :class:`~lsclient.core.transport.ConnectionReuse`."""

from __future__ import annotations

import os
import random
import ssl
from collections.abc import Awaitable, Callable

import httpx

from ..concurrency import async_sleep
from ..config import tls_verify
from ..errors import error_from_transport
from ..transport import STREAM_EXTENSION, ConnectionReuse, RetryPolicy, current_repeat_record, log_retry

__all__ = ["AsyncRetryTransport"]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries according to a :class:`~lsclient.core.transport.RetryPolicy`.

    It wraps a real transport, so every request of a client is covered. An answer announcing a ``Content-Length``
    up to the policy's ``max_buffered_bytes`` is read whole here, so that a body cut short is retried like any
    dropped connection; a larger or unsized answer, or one to a download (``STREAM_EXTENSION``), is handed over
    unread, so streaming still works. A retryable response is closed before pausing. ``sleep`` and ``rand`` can be
    replaced in tests.

    Requests sent inside :func:`~lsclient.core.transport.repeatable` (or carrying its request extension) are
    retried whatever their method, and the block's record notes a retry after an attempt that may have been applied.

    It also decides whether each request may leave its connection open for the next
    (:class:`~lsclient.core.transport.ConnectionReuse`): by default a request to Django's development server (known
    from its ``Server`` header), or to a plain-HTTP server not known yet, carries ``Connection: close``, so the next
    request opens a new connection instead of waiting about 40 ms on a reused one; other servers' connections are
    kept alive.

    :param inner: the transport doing the I/O; default ``httpx.AsyncHTTPTransport(verify=verify)``.
    :param verify: TLS verification for the default inner transport, on by default: a bool, the path of a CA bundle,
        or an ``ssl.SSLContext`` (see :func:`~lsclient.core.config.tls_verify`).
    :param keep_alive: None (default: decide from the server's answers, see above), True (always reuse connections)
        or False (a new connection for every request).
    :raises APIConnectionError: no answer after the last retry (:class:`APITimeoutError` for a timeout).
    :raises OutcomeUnknownError: no answer to a request that may have been applied and must not be repeated (a
        POST); :class:`~lsclient.core.errors.OutcomeUnknownTimeoutError` for a timeout.
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
        keep_alive: bool | None = None,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport(verify=tls_verify(verify))
        self.policy = policy if policy is not None else RetryPolicy()
        self.connections = ConnectionReuse(keep_alive)
        self._sleep = sleep
        self._rand = rand

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the inner transport, retrying as the policy allows."""
        record = current_repeat_record(request)
        repeatable = record is not None
        policy = self.policy
        attempt = 0
        while True:
            try:
                response = await self._attempt(request)
            except httpx.TransportError as exc:
                if not policy.should_retry(request.method, None, exc, attempt, repeatable=repeatable):
                    unknown = policy.outcome_unknown(request.method, exc, repeatable=repeatable)
                    raise error_from_transport(exc, request, outcome_unknown=unknown) from exc
                delay = policy.delay(attempt, None, self._rand())
                reason = type(exc).__name__
                doubtful = policy.doubtful_retry(None, exc)
            else:
                if not policy.should_retry(request.method, response.status_code, None, attempt, repeatable=repeatable):
                    return response
                delay = policy.delay(attempt, response.headers.get("retry-after"), self._rand())
                await response.aclose()
                reason = str(response.status_code)
                doubtful = policy.doubtful_retry(response.status_code, None)
            if record is not None and doubtful:
                record.doubtful = True
            log_retry(request, reason, delay, attempt, policy)
            await self._sleep(delay)
            attempt += 1

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        """One round trip; the body is read too when its announced size is small enough (see the class)."""
        connections = self.connections
        if connections.close_after(request.url):
            # Replaces httpx's default "keep-alive" (httpx puts it on every request).
            request.headers["Connection"] = "close"
        response = await self.inner.handle_async_request(request)
        connections.observe(request.url, response.headers)
        length = response.headers.get("content-length", "")
        if (
            request.method == "HEAD"
            or response.is_stream_consumed  # already in memory (a transport that reads bodies itself)
            or request.extensions.get(STREAM_EXTENSION)
            or response.status_code in self.policy.retry_statuses
            or not length.isdigit()
            or int(length) > self.policy.max_buffered_bytes
        ):
            return response
        try:
            # The raw bytes (still compressed, if they are): httpx decodes them for the caller as usual.
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(body), extensions=extensions
        )

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncRetryTransport(inner={self.inner!r}, policy={self.policy!r}, connections={self.connections!r})"
