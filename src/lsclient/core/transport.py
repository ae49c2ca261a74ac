"""The transport policy in one place: default timeouts, and retries with backoff as an httpx transport.

:class:`RetryPolicy` decides (pure functions, easy to test); the transports of
:mod:`lsclient.core._async.transport` (``AsyncRetryTransport``) and its generated sync twin
(``RetryTransport``) act, wrapping the real transport so every request of a client is covered, including the
generated layer's::

    http = httpx.Client(base_url=url, timeout=DEFAULT_TIMEOUT, transport=RetryTransport(verify=True))

A request that gets no answer after the last retry raises :class:`~lsclient.core.errors.APIConnectionError`
(or :class:`~lsclient.core.errors.APITimeoutError`); one that may have reached the server and could not be sent
again (a POST) raises :class:`~lsclient.core.errors.OutcomeUnknownError`. A retryable status after the last retry
is returned as is, for the caller to turn into an error.

The same transports decide whether a request may leave its connection open for the next one
(:class:`ConnectionReuse`): Django's development server stalls on a reused connection, so there each request gets
a connection of its own.

Requests whose repetition is harmless although their method is not idempotent (a PATCH setting fields, the data
manager's delete action) are sent inside :func:`repeatable`, which also tells the caller whether an attempt that
may have been applied was followed by another (so a removal answered 404 the second time was done the first).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import httpx

from .arguments import check_count, check_seconds
from .errors import ConfigurationError, InvalidInputError, parse_retry_after

__all__ = [
    "ConnectionReuse",
    "DEFAULT_TIMEOUT",
    "REPEATABLE_EXTENSION",
    "RepeatRecord",
    "RetryPolicy",
    "STALLING_SERVERS",
    "STREAM_EXTENSION",
    "current_repeat_record",
    "log_retry",
    "repeatable",
    "stalls_on_reuse",
]

logger = logging.getLogger("lsclient")

#: 60 s to read/write/wait for a pooled connection, 10 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

#: A request extension (``httpx.Request(..., extensions={REPEATABLE_EXTENSION: True})``) marking a request of the
#: SDK's own as harmless to repeat whatever its method (the token refresh).
REPEATABLE_EXTENSION = "lsclient_repeatable"
#: A request extension marking a request whose answer the caller streams (a download): the transport hands the
#: body over unread whatever its size, and the caller deals with a body that breaks off.
STREAM_EXTENSION = "lsclient_stream"

# Failures where the request provably never reached the server: retrying cannot create a duplicate.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have reached the server: retried only when repeating it is harmless.
_MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclasses.dataclass(slots=True)
class RepeatRecord:
    """What happened to the requests sent inside one :func:`repeatable` block.

    :ivar doubtful: a request was sent again after an attempt that may have been applied by the server (no answer
        after sending, or a 502/503/504 that a gateway may have given after passing it on).
    """

    doubtful: bool = False


_REPEATABLE: ContextVar[RepeatRecord | None] = ContextVar("lsclient_repeatable", default=None)


@contextmanager
def repeatable() -> Iterator[RepeatRecord]:
    """Mark the requests sent inside this block (in this thread or asyncio task) as harmless to repeat, whatever
    their method: the retrying transport then retries them like a GET. Yields the block's :class:`RepeatRecord`.

    Only for requests whose second application leaves the server as the first did: a PATCH that sets fields to
    values, a deletion. Never around a create.

    >>> with repeatable() as record:  # doctest: +SKIP
    ...     await call(tasks_partial_update.asyncio_detailed, "7", client=http, body=body)
    """
    record = RepeatRecord()
    token = _REPEATABLE.set(record)
    try:
        yield record
    finally:
        _REPEATABLE.reset(token)


def current_repeat_record(request: httpx.Request | None = None) -> RepeatRecord | None:
    """The record of the enclosing :func:`repeatable` block, or a fresh one for a ``request`` carrying
    :data:`REPEATABLE_EXTENSION`; None when requests are not marked repeatable."""
    record = _REPEATABLE.get()
    if record is None and request is not None and request.extensions.get(REPEATABLE_EXTENSION):
        record = RepeatRecord()
    return record


@dataclasses.dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When to retry a request and how long to wait first.

    Only idempotent methods (or requests marked :func:`repeatable`) are retried after the request may have reached
    the server (a timeout while reading, a dropped connection, a body cut short, 502/503/504): repeating a POST there
    could create a duplicate. Any method is retried when the connection could not be made at all
    (``httpx.ConnectError``, ``httpx.ConnectTimeout``, ``httpx.PoolTimeout``: no byte of the request was sent), and
    on 429 (the server refused the request without acting on it). A 500 is retried for reads only (``GET``,
    ``HEAD``, ``OPTIONS``): Label Studio answers 500 to a task listing when a task of the page is removed while
    the page is built (measured with 8 clients on PostgreSQL), and reading again is harmless.

    ``max_buffered_bytes``: an answer announcing a ``Content-Length`` up to this size is read whole by the
    transport, so a body that breaks off midway is retried like a dropped connection; larger or unsized answers,
    and downloads (:data:`STREAM_EXTENSION`), are handed over unread, for streaming.

    >>> policy = RetryPolicy()
    >>> policy.should_retry("POST", 503, None, attempt=0)
    False
    >>> policy.should_retry("POST", 429, None, attempt=0)
    True
    >>> policy.should_retry("GET", 500, None, attempt=0), policy.should_retry("DELETE", 500, None, attempt=0)
    (True, False)
    >>> policy.delay(attempt=2, retry_after=None, rand=0.5)
    2.0
    """

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    #: statuses that say the request was refused without being acted on: retried for every method
    refused_statuses: frozenset[int] = frozenset({429})
    idempotent_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
    #: statuses retried for reads only (a server error while answering a read that changes nothing)
    read_retry_statuses: frozenset[int] = frozenset({500})
    read_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS"})
    max_buffered_bytes: int = 16 * 1024 * 1024

    def __post_init__(self) -> None:
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

    def may_repeat(self, method: str, *, repeatable: bool = False) -> bool:
        """Whether sending this request twice is harmless: an idempotent method, or a request marked repeatable."""
        return repeatable or method.upper() in self.idempotent_methods

    def should_retry(
        self,
        method: str,
        status_code: int | None,
        error: Exception | None,
        attempt: int,
        *,
        repeatable: bool = False,
    ) -> bool:
        """Whether to retry after ``attempt`` retries already made, given the answer's status or the failure."""
        if attempt >= self.max_retries:
            return False
        if isinstance(error, _NOT_SENT):
            return True
        if error is None and status_code in self.refused_statuses:
            return True
        if not self.may_repeat(method, repeatable=repeatable):
            return False
        if error is not None:
            return isinstance(error, _MAYBE_SENT)
        if status_code in self.read_retry_statuses:
            return method.upper() in self.read_methods
        return status_code in self.retry_statuses

    def outcome_unknown(self, method: str, error: Exception, *, repeatable: bool = False) -> bool:
        """Whether a request that failed with ``error`` (after the last retry, or not retried) may have been applied
        although it must not be sent again: the caller cannot know what the server did."""
        return (
            isinstance(error, _MAYBE_SENT)
            and not isinstance(error, _NOT_SENT)
            and not self.may_repeat(method, repeatable=repeatable)
        )

    def doubtful_retry(self, status_code: int | None, error: Exception | None) -> bool:
        """Whether the attempt that failed this way, about to be retried, may have been applied by the server."""
        if error is not None:
            return not isinstance(error, _NOT_SENT)
        return status_code not in self.refused_statuses


#: Beginnings of ``Server`` headers of servers that answer a request on a reused (kept-alive) connection about 40 ms
#: late: Django's development server, which ``label-studio start`` runs (``WSGIServer/0.2 CPython/3.11.7``), and any
#: other server built on Python's ``wsgiref``. They write the headers and the body of an answer in two packets, and
#: the second waits for the client to acknowledge the first (Nagle's algorithm against delayed acknowledgements);
#: on a new connection the client acknowledges at once, so a connection per request avoids the wait. gunicorn
#: (``gunicorn``, whose sync workers close every connection themselves) and nginx are not listed. uWSGI's own HTTP
#: router with ``--http-keepalive`` stalls too, but names no server: give it ``keep_alive=False``.
STALLING_SERVERS: tuple[str, ...] = ("WSGIServer/",)


def stalls_on_reuse(server: str | None) -> bool:
    """Whether the server naming itself ``server`` (its ``Server`` header; None when absent) stalls on a reused
    connection (see :data:`STALLING_SERVERS`).

    >>> stalls_on_reuse("WSGIServer/0.2 CPython/3.11.7"), stalls_on_reuse("gunicorn"), stalls_on_reuse(None)
    (True, False, False)
    """
    return server is not None and server.startswith(STALLING_SERVERS)


class ConnectionReuse:
    """Whether a request may leave its connection open for the next one (HTTP keep-alive), per client.

    ``keep_alive=None`` (the default) decides from the server's answers, over plain HTTP only: while the server is
    not known yet, and as long as its answers name a server that stalls on a reused connection
    (:func:`stalls_on_reuse`: Django's development server, which ``label-studio start`` runs), every request asks
    for its connection to be closed after the answer (``Connection: close``), so the next one opens a new
    connection (measured with httpx against the development server on one machine: 13 ms per request with a new
    connection each, 56 ms on a reused one). Once an answer names another server (gunicorn, nginx in front...), or
    carries no ``Server`` header, connections are kept alive and reused. Over HTTPS connections are always reused:
    a new TLS handshake per request costs round trips and key exchanges, and the development server does not speak
    TLS (an HTTPS address is a proxy, which keeps its own connections). ``keep_alive=True`` always reuses connections,
    ``keep_alive=False`` never does.

    Each answer updates the decision for the requests that follow it. Requests sent by several threads or asyncio
    tasks at once read and write one attribute, atomically: a request sent while the decision changes goes out
    under the old one, which costs at most one stall or one extra connection.

    >>> reuse = ConnectionReuse()
    >>> url = httpx.URL("http://127.0.0.1:8080/api/tasks/1/")
    >>> reuse.close_after(url)  # the server is not known yet
    True
    >>> reuse.observe(url, httpx.Headers({"Server": "gunicorn"}))
    >>> reuse.close_after(url)
    False
    >>> reuse.close_after(httpx.URL("https://ls.example.com/api/tasks/1/"))
    False

    :param keep_alive: None (decide from the answers), True (always reuse connections) or False (never).
    :raises ConfigurationError: ``keep_alive`` is not None, True or False.
    """

    __slots__ = ("_stalls", "keep_alive")

    def __init__(self, keep_alive: bool | None = None) -> None:
        if keep_alive is not None and not isinstance(keep_alive, bool):
            raise ConfigurationError(f"keep_alive must be None, True or False, not {keep_alive!r}")
        self.keep_alive = keep_alive
        # What the latest answer over plain HTTP said: None before the first one.
        self._stalls: bool | None = None

    def close_after(self, url: httpx.URL) -> bool:
        """Whether a request to ``url`` should ask the server to close the connection after answering."""
        if self.keep_alive is not None:
            return not self.keep_alive
        return self._stalls is not False and url.scheme == "http"

    def observe(self, url: httpx.URL, headers: httpx.Headers) -> None:
        """Learn from the headers of an answer to a request to ``url``."""
        if self.keep_alive is None and url.scheme == "http":
            self._stalls = stalls_on_reuse(headers.get("server"))

    def __repr__(self) -> str:
        return f"ConnectionReuse(keep_alive={self.keep_alive!r})"


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
