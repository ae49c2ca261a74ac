"""The transport policy in one place: default timeouts, and retries with backoff as an httpx transport.

:class:`RetryPolicy` decides (pure functions, easy to test); the transports of
:mod:`lsclient.core._async.transport` (``AsyncRetryTransport``) and its generated sync twin
(``RetryTransport``) act, wrapping the real transport so every request of a client is covered, including the
generated layer's::

    http = httpx.Client(base_url=url, timeout=DEFAULT_TIMEOUT, transport=RetryTransport(verify=True))

A request that gets no answer after the last retry raises :class:`~lsclient.core.errors.APIConnectionError`
(or :class:`~lsclient.core.errors.APITimeoutError`); a retryable status after the last retry is returned as is,
for the caller to turn into an error.
"""

from __future__ import annotations

import logging

import attrs
import httpx

from .arguments import check_count, check_seconds
from .errors import InvalidInputError, parse_retry_after

__all__ = ["DEFAULT_TIMEOUT", "RetryPolicy", "log_retry"]

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

    def __attrs_post_init__(self) -> None:
        # Checked when made, so that a bad policy fails here and not at the first retry, deep in a request.
        check_count(self.max_retries, "RetryPolicy: max_retries", minimum=0)
        check_seconds(self.backoff_initial, "RetryPolicy: backoff_initial", allow_zero=True)
        check_seconds(self.backoff_max, "RetryPolicy: backoff_max", allow_zero=True)
        if isinstance(self.jitter, bool) or not isinstance(self.jitter, int | float) or not 0 <= self.jitter <= 1:
            raise InvalidInputError(f"RetryPolicy: jitter must be a number from 0 to 1, got {self.jitter!r}")

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


def log_retry(request: httpx.Request, reason: str, delay: float, attempt: int, policy: RetryPolicy) -> None:
    """Log one retry at DEBUG: method and path only (headers and query strings may carry credentials)."""
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
