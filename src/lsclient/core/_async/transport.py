"""The retrying httpx transport: :class:`AsyncRetryTransport` acts on :class:`~lsclient.core.transport.RetryPolicy`."""

from __future__ import annotations

import os
import random
import ssl
from collections.abc import Awaitable, Callable

import httpx

from ..concurrency import async_sleep
from ..config import tls_verify
from ..errors import error_from_transport
from ..transport import RetryPolicy, log_retry

__all__ = ["AsyncRetryTransport"]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries according to a :class:`~lsclient.core.transport.RetryPolicy`.

    It wraps a real transport, so every request of a client is covered. The body of a successful response is
    not touched, so streaming still works. A retryable response is closed before pausing. ``sleep`` and
    ``rand`` can be replaced in tests.

    :param inner: the transport doing the I/O; default ``httpx.AsyncHTTPTransport(verify=verify)``.
    :param verify: TLS verification for the default inner transport, on by default: a bool, the path of a CA bundle,
        or an ``ssl.SSLContext`` (see :func:`~lsclient.core.config.tls_verify`).
    :raises APIConnectionError: no answer after the last retry (:class:`APITimeoutError` for a timeout).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        verify: ssl.SSLContext | str | os.PathLike[str] | bool = True,
        sleep: Callable[[float], Awaitable[None]] = async_sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.inner = inner if inner is not None else httpx.AsyncHTTPTransport(verify=tls_verify(verify))
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
                log_retry(request, type(exc).__name__, delay, attempt, self.policy)
            else:
                if not self.policy.should_retry(request.method, response.status_code, None, attempt):
                    return response
                delay = self.policy.delay(attempt, response.headers.get("retry-after"), self._rand())
                await response.aclose()
                log_retry(request, str(response.status_code), delay, attempt, self.policy)
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.inner.aclose()

    def __repr__(self) -> str:
        return f"AsyncRetryTransport(inner={self.inner!r}, policy={self.policy!r})"
