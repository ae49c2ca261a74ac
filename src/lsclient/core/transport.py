"""The transport policy in one place: default timeouts, and retries with backoff as an httpx transport.

:class:`RetryPolicy` decides (pure functions, easy to test); :class:`RetryTransport` and
:class:`AsyncRetryTransport` act, wrapping the real transport so every request of a client is covered,
including the generated layer's::

    http = httpx.Client(base_url=url, timeout=DEFAULT_TIMEOUT, transport=RetryTransport(verify=True))

A request that gets no answer after the last retry raises :class:`~lsclient.core.errors.APIConnectionError`
(or :class:`~lsclient.core.errors.APITimeoutError`); a retryable status after the last retry is returned as is,
for the caller to turn into an error.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable

import attrs
import httpx

from .errors import error_from_transport, parse_retry_after

__all__ = ["DEFAULT_TIMEOUT", "AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

logger = logging.getLogger("lsclient")

#: 60 s to read/write/wait for a pooled connection, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

# Failures where the request provably never reached the server: retrying cannot create a duplicate.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server: retried only when repeating it is harmless.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@attrs.frozen
class RetryPolicy:
    """When to retry a request and how long to wait first.

    Only idempotent methods are retried after the request may have reached the server (a timeout while
    reading, a dropped connection, 429/502/503/504): repeating a POST or PATCH there could create a duplicate.
    Any method is retried when the connection could not be made at all (``httpx.ConnectError``,
    ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``): no byte of the request was sent, so nothing can be duplicated.

    >>> policy = RetryPolicy()
    >>> policy.should_retry("POST", 503, None, attempt=0)
    False
    >>> policy.delay(attempt=2, retry_after=None, rand=0.5)
    2.0
    """

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    idempotent_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

    def delay(self, attempt: int, retry_after: str | None, rand: float, *, now: float | None = None) -> float:
        """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0).

        The server's ``Retry-After`` (seconds or HTTP-date, relative to ``now``) wins, capped at ``backoff_max``.
        Otherwise ``min(backoff_initial * 2**attempt, backoff_max)``, spread by ± ``jitter`` (a fraction) using
        ``rand`` in [0, 1), and never above ``backoff_max``.
        """
        hinted = parse_retry_after(retry_after, now=now)
        if hinted is not None:
            return min(hinted, self.backoff_max)
        backoff = min(self.backoff_initial * 2.0**attempt, self.backoff_max)
        return min(backoff * (1.0 + self.jitter * (2.0 * rand - 1.0)), self.backoff_max)

    def should_retry(self, method: str, status_code: int | None, error: Exception | None, attempt: int) -> bool:
        """Whether to retry after ``attempt`` retries already made, given the answer's status or the failure."""
        if attempt >= self.max_retries:
            return False
        if isinstance(error, _NOT_SENT):
            return True
        if method.upper() not in self.idempotent_methods:
            return False
        if error is not None:
            return isinstance(error, _MAYBE_SENT)
        return status_code in self.retry_statuses


class RetryTransport(httpx.BaseTransport):
    """An httpx transport that retries according to a :class:`RetryPolicy`, wrapping a real transport.

    The body of a successful response is not touched, so streaming still works. A retryable response is
    closed before sleeping. ``sleep`` and ``rand`` can be replaced in tests.

    :param inner: the transport doing the I/O; default ``httpx.HTTPTransport(verify=verify)``.
    :param verify: TLS verification for the default inner transport (bool, CA bundle path, or SSLContext).
    """

    def __init__(
        self,
        inner: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner if inner is not None else httpx.HTTPTransport(verify=verify)
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._rand = rand

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the inner transport, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as exc:
                if not self.policy.should_retry(request.method, None, exc, attempt):
                    raise error_from_transport(exc, request) from exc
                delay = self.policy.delay(attempt, None, self._rand())
                _log_retry(request, type(exc).__name__, delay, attempt, self.policy)
            else:
                if not self.policy.should_retry(request.method, response.status_code, None, attempt):
                    return response
                delay = self.policy.delay(attempt, response.headers.get("retry-after"), self._rand())
                response.close()
                _log_retry(request, str(response.status_code), delay, attempt, self.policy)
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the inner transport."""
        self.inner.close()

    def __repr__(self) -> str:
        return f"RetryTransport(inner={self.inner!r}, policy={self.policy!r})"


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RetryTransport`; ``sleep`` is awaited (default ``asyncio.sleep``)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport(verify=verify)
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._rand = rand

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the inner transport, retrying as the policy allows."""
        attempt = 0
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as exc:
                if not self.policy.should_retry(request.method, None, exc, attempt):
                    raise error_from_transport(exc, request) from exc
                delay = self.policy.delay(attempt, None, self._rand())
                _log_retry(request, type(exc).__name__, delay, attempt, self.policy)
            else:
                if not self.policy.should_retry(request.method, response.status_code, None, attempt):
                    return response
                delay = self.policy.delay(attempt, response.headers.get("retry-after"), self._rand())
                await response.aclose()
                _log_retry(request, str(response.status_code), delay, attempt, self.policy)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncRetryTransport(inner={self.inner!r}, policy={self.policy!r})"


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, policy: RetryPolicy) -> None:
    # Method and path only: headers and query strings may carry credentials.
    logger.debug(
        "retrying %s %s after %s in %.2f s (retry %d of %d)",
        request.method,
        request.url.path,
        reason,
        delay,
        attempt + 1,
        policy.max_retries,
    )
