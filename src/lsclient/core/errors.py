"""The exceptions lsclient raises, and how a Label Studio error answer becomes one of them.

Every exception derives from :class:`LsClientError`. An HTTP answer >= 400 becomes an :class:`APIStatusError`
subclass chosen by status code; a request that never got an answer becomes an :class:`APIConnectionError`.

Label Studio's error body is ``{"id", "status_code", "version", "detail", "exc_info"}``, and a 400 adds
``"validation_errors": {field: [messages]}``. Some routes answer with plain text, and some 404s are 170 KB HTML
pages: bodies are parsed by content type, and only a short excerpt is ever kept.

>>> import httpx
>>> err = error_from_parts(404, b'{"detail": "Not found."}', {"Content-Type": "application/json"}, "GET", "/api/x/")
>>> str(err)
'404 Not Found on GET /api/x/: Not found.'
"""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Iterable, Mapping
from http import HTTPStatus

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "IncompleteImportError",
    "DuplicateKeyError",
    "FieldNotLoadedError",
    "InvalidInputError",
    "JobFailedError",
    "JobTimeoutError",
    "LocalFileError",
    "LocalFileExistsError",
    "LocalFileNotFoundError",
    "LocalFilePermissionError",
    "LocalIsADirectoryError",
    "LocalNotADirectoryError",
    "LsClientError",
    "NotFoundError",
    "OutcomeUnknownError",
    "OutcomeUnknownTimeoutError",
    "PermissionDeniedError",
    "PredictionImportError",
    "RateLimitError",
    "ResponseParseError",
    "ServerError",
    "TaskImportError",
    "error_from_parts",
    "error_from_response",
    "error_from_transport",
    "local_file_error",
    "parse_retry_after",
    "raise_for_status",
    "redact_url",
]

#: Longest text excerpt of a response body kept on an exception.
BODY_EXCERPT_CHARS = 500

# Query parameters whose values must never reach a message or a log line.
_SECRET_PARAM = re.compile(r"token|key|password|passwd|secret|signature|credential", re.IGNORECASE)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# Fields of Label Studio's error envelope that are not per-field validation messages.
_ENVELOPE_KEYS = frozenset({"id", "status_code", "version", "detail", "exc_info", "validation_errors"})


class LsClientError(Exception):
    """Base class of every exception raised by lsclient."""


class InvalidInputError(LsClientError, ValueError):
    """An argument was rejected before any request: the message names the field and what was wrong."""


class ConfigurationError(InvalidInputError):
    """The client was configured wrongly: a missing URL or API key, both a key and credentials, a bad key."""


class InvalidTypeError(InvalidInputError, TypeError):
    """An argument of the wrong type (a filter combined with ``and``, a ``progress=`` that is no reporter...).

    Also a ``TypeError``, what Python raises for such mistakes, and an :class:`InvalidInputError`, so catching
    :class:`LsClientError` catches it.
    """


class FieldNotLoadedError(LsClientError, AttributeError):
    """A field the server did not send for this object (e.g. a task's ``completed_at`` in a task-only listing, where
    Label Studio answers placeholders for the fields it did not compute). Read it after ``fetch()``, or list with the
    option that loads it; the message says which. Also an ``AttributeError``.
    """


class LocalFileError(InvalidInputError, OSError):
    """A local file or directory named by an argument cannot be used: missing, unreadable, a directory, or (for a
    destination) already there.

    It is also the ``OSError`` Python raises for the case (``FileNotFoundError``, ``PermissionError``,
    ``IsADirectoryError``, ``NotADirectoryError``, ``FileExistsError``: see :func:`local_file_error`), so code
    catching those keeps working, and catching :class:`LsClientError` catches it too.

    :ivar filename: the path, as given.
    :ivar errno: the ``errno`` code of the failure, when there was one.
    """

    def __init__(self, message: str, *, filename: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.filename = filename
        self.errno = errno
        self.strerror = message
        self._message = message

    def __str__(self) -> str:
        return self._message


class LocalFileNotFoundError(LocalFileError, FileNotFoundError):
    """The file (or the directory it should be in) does not exist."""


class LocalFilePermissionError(LocalFileError, PermissionError):
    """The file may not be read (or written)."""


class LocalIsADirectoryError(LocalFileError, IsADirectoryError):
    """A directory was given where a file is needed."""


class LocalNotADirectoryError(LocalFileError, NotADirectoryError):
    """A file was given where a directory is needed (or a part of the path is a file)."""


class LocalFileExistsError(LocalFileError, FileExistsError):
    """The destination exists and replacing it was not allowed."""


_LOCAL_FILE_ERRORS: tuple[tuple[type[OSError], type[LocalFileError]], ...] = (
    (FileNotFoundError, LocalFileNotFoundError),
    (PermissionError, LocalFilePermissionError),
    (IsADirectoryError, LocalIsADirectoryError),
    (NotADirectoryError, LocalNotADirectoryError),
    (FileExistsError, LocalFileExistsError),
)


def local_file_error(what: str, exc: OSError, filename: object) -> LocalFileError:
    """The typed error for an ``OSError`` met using the file an argument names: ``what`` says what the file is for.

    >>> str(local_file_error("the task file", FileNotFoundError(2, "No such file or directory"), "tasks.json"))
    "the task file 'tasks.json' cannot be used: No such file or directory"
    """
    cls = next((typed for builtin, typed in _LOCAL_FILE_ERRORS if isinstance(exc, builtin)), LocalFileError)
    name = str(filename)
    reason = exc.strerror or str(exc) or type(exc).__name__
    return cls(f"{what} {name!r} cannot be used: {reason}", filename=name, errno=exc.errno)


class ClientClosedError(LsClientError, RuntimeError):
    """The client was closed (its ``with`` block ended, or ``close()`` was called); make a new one to go on."""


class APIStatusError(LsClientError):
    """The server answered with an HTTP error status (>= 400).

    :ivar status_code: the HTTP status code.
    :ivar method: the request method, e.g. ``"GET"``.
    :ivar url: path and query of the request, with credential-like query parameters removed.
    :ivar detail: the server's one-line explanation (Label Studio's ``detail``), if any.
    :ivar validation_errors: per-field messages of a 400 answer, ``{field: [message, ...]}``; empty if none.
    :ivar body: the parsed JSON body, or a short text excerpt (an HTML page is reduced to its title).
    :ivar request_id: Label Studio's error ``id``, useful when reading the server log.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        detail: str | None = None,
        validation_errors: Mapping[str, list[str]] | None = None,
        body: object = None,
        request_id: str | None = None,
        message: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method.upper()
        self.url = url
        self.detail = detail
        self.validation_errors: dict[str, list[str]] = dict(validation_errors or {})
        self.body = body
        self.request_id = request_id
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        try:
            phrase = HTTPStatus(self.status_code).phrase
        except ValueError:
            phrase = "Error"
        text = f"{self.status_code} {phrase} on {self.method} {self.url}"
        explanation = self.message or self.detail or (self.body if isinstance(self.body, str) else None)
        if explanation:
            text += f": {explanation}"
        for field, messages in self.validation_errors.items():
            text += f"\n  {field}: {' '.join(messages)}"
        return text


class BadRequestError(APIStatusError):
    """400 or 422: the server rejected the input; :attr:`validation_errors` names each field and what was wrong."""


class AuthenticationError(APIStatusError):
    """401, or a failed login / token refresh: the credentials are missing, wrong, expired or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: authenticated, but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404 or 410: the object or route does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state (e.g. a personal access token already exists)."""


class RateLimitError(APIStatusError):
    """429: too many requests; :attr:`retry_after` is the server's hint in seconds, if it gave one."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """>= 500: the server failed; the request may be retried later."""


class APIConnectionError(LsClientError):
    """The request got no HTTP answer: connection refused, reset, DNS or TLS failure.

    :ivar method: the request method.
    :ivar url: path and query of the request, with credential-like query parameters removed.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method.upper()
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""


class OutcomeUnknownError(APIConnectionError):
    """A request that changes the server (a POST: create, import...) got no answer after it may have reached the
    server: it may or may not have been applied. lsclient did not send it again, since that could apply it twice
    (a duplicate project, task or annotation). Look on the server before repeating it.
    """


class OutcomeUnknownTimeoutError(OutcomeUnknownError, APITimeoutError):
    """:class:`OutcomeUnknownError` for a request whose answer did not come in time (also an
    :class:`APITimeoutError`)."""


class JobFailedError(LsClientError):
    """A long-running server job (import, storage sync, export) ended in a failed state.

    :ivar job: a human name of the job, e.g. ``"export 12 of project 3"``.
    :ivar status: the final status the server reported.
    :ivar traceback: the server's traceback or error text, if it gave one.
    """

    def __init__(self, *, job: str, status: str, traceback: str | None = None) -> None:
        self.job = job
        self.status = status
        self.traceback = traceback
        message = f"{job} failed with status {status!r}"
        if traceback and traceback.strip():
            message += f": {traceback.strip().splitlines()[-1]}"
        super().__init__(message)


class JobTimeoutError(LsClientError):
    """A long-running server job did not finish in time; it may still be running on the server.

    :ivar job: a human name of the job.
    :ivar timeout: the seconds waited.
    :ivar last_status: the last status seen, or None if none was read.
    """

    def __init__(self, *, job: str, timeout: float, last_status: str | None) -> None:
        self.job = job
        self.timeout = timeout
        self.last_status = last_status
        super().__init__(f"{job} did not finish within {timeout:g} s (last status: {last_status!r})")


class DuplicateKeyError(LsClientError, LookupError):
    """Several tasks carry a key that was expected to identify one task.

    :ivar key: the key name; :ivar value: its value; :ivar task_ids: the ids of the tasks that carry it.
    """

    def __init__(self, *, key: str, value: object, task_ids: list[int]) -> None:
        self.key = key
        self.value = value
        self.task_ids = task_ids
        super().__init__(f"{len(task_ids)} tasks have {key} = {value!r} (ids {task_ids}); expected at most one")


class TaskImportError(LsClientError):
    """Importing tasks stopped partway: every input item before :attr:`failed_at` is on the server.

    The server's own error (for example a :class:`BadRequestError` naming the bad task) is ``__cause__``. What
    lsclient knows is stated as fact; only a request whose outcome cannot be known sets :attr:`in_doubt`.

    :ivar project_id: the project imported into.
    :ivar imported_task_ids: ids of the tasks of input items ``0 .. failed_at - 1``, in input order (for media
        files: every task created from the files before ``failed_at``).
    :ivar failed_at: index in the input of the first item that was not imported (the bad task, when the server
        rejected one).
    :ivar failed_range: input indexes of the request that failed: the bad task alone when the server rejected one,
        the whole request otherwise. When a later request's outcome is unknown, it is widened up to that request's
        last item.
    :ivar in_doubt: the outcome of some request is unknown (the connection dropped after sending, a read timeout,
        a 5xx, an unreadable 2xx): the items of :attr:`failed_range` that are not in :attr:`imported_after` may or
        may not be on the server. An import ``key`` settles this on a re-run.
    :ivar imported_after: input index -> task id of every item from :attr:`failed_at` on that is known to be on
        the server, by input index. With ``concurrency`` above 1, requests after the failed one may have been sent
        before the failure was known: the items of those that went in are here (of a later request that failed
        too, the items before its own failure). So are tasks of the failed request that the server created
        incomplete and that could not be removed (an :class:`IncompleteImportError` cause), and items already
        imported with the ``key``. For media files, only files that became one task each have an entry. Empty
        with ``concurrency=1`` and a clean failure.

    Without :attr:`in_doubt`, the items from :attr:`failed_at` on that are on the server are exactly those of
    :attr:`imported_after`. Re-running the same source with the same import ``key`` imports every missing task
    once; without a key, re-run ``source[failed_at:]`` minus the items of :attr:`imported_after`.

    >>> error = TaskImportError(
    ...     project_id=7, imported_task_ids=[101], failed_at=1, imported_after={2: 103, 3: 104},
    ...     cause=BadRequestError(status_code=400, method="POST", url="/import", detail="Validation error"),
    ... )
    >>> print(error)  # doctest: +NORMALIZE_WHITESPACE
    import into project 7 stopped at item #1: item #0 is imported; item #1 was rejected: 400 Bad Request on POST
    /import: Validation error; items #2-#3 were imported too: task ids [103, 104]
    """

    def __init__(
        self,
        *,
        project_id: int,
        imported_task_ids: list[int],
        failed_at: int,
        cause: BaseException,
        failed_range: range | None = None,
        in_doubt: bool = False,
        imported_after: Mapping[int, int] | None = None,
    ) -> None:
        self.project_id = project_id
        self.imported_task_ids = imported_task_ids
        self.failed_at = failed_at
        self.failed_range = failed_range if failed_range is not None else range(failed_at, failed_at + 1)
        self.in_doubt = in_doubt
        self.imported_after = dict(sorted((imported_after or {}).items()))
        items, after = TaskImportError._items, self.imported_after

        # What is in before the failed item, the failed request, what may be in, what is in after it.
        if not failed_at:
            story = ["nothing before it was imported"]
        else:
            story = [f"{items(range(failed_at))} {'is' if failed_at == 1 else 'are'} imported"]
            if len(imported_task_ids) != failed_at:  # media files: a file may become several tasks
                story[0] += f" ({len(imported_task_ids)} tasks)"
        rejected = isinstance(cause, BadRequestError)  # a 400 creates nothing of its request
        later_doubt = ""
        if in_doubt and not rejected:
            unknown = [index for index in self.failed_range if index not in after]
            story.append(f"{items(unknown)} may or may not have been imported (the outcome is unknown): {cause}")
        else:
            request = range(failed_at, failed_at + 1) if in_doubt else self.failed_range
            if len(request) == 1:
                story.append(f"item #{failed_at} was {'rejected' if rejected else 'not imported'}: {cause}")
            else:
                story.append(f"the request with {items(request)} failed: {cause}")
            unknown = [index for index in self.failed_range if index not in request and index not in after]
            if in_doubt and unknown:  # a later request's outcome is unknown: the error cannot tell its items apart
                later_doubt = (
                    f"{items(unknown)} may or may not have been imported (a later request's outcome is unknown)"
                )
        if after:
            ids = ", ".join(str(task_id) for task_id in list(after.values())[:20])
            more = ", ..." if len(after) > 20 else ""
            story.append(f"{items(after)} {'was' if len(after) == 1 else 'were'} imported too: task ids [{ids}{more}]")
        if later_doubt:
            story.append(later_doubt)
        super().__init__(f"import into project {project_id} stopped at item #{failed_at}: {'; '.join(story)}")

    @staticmethod
    def _items(indexes: Iterable[int]) -> str:
        """Ascending input indexes as runs: ``item #3``, ``items #2-#5, #8`` (at most 10 runs shown)."""
        runs: list[list[int]] = []
        for index in indexes:
            if runs and index == runs[-1][1] + 1:
                runs[-1][1] = index
            else:
                runs.append([index, index])
        shown = ", ".join(f"#{a}" if a == b else f"#{a}-#{b}" for a, b in runs[:10]) + (
            ", ..." if len(runs) > 10 else ""
        )
        return f"{'item' if len(runs) == 1 and runs[0][0] == runs[0][1] else 'items'} {shown}"


class IncompleteImportError(LsClientError):
    """The server answered an import request with success but created less than it was sent.

    Label Studio 1.23 on SQLite creates a request's tasks **without their predictions and annotations** when it
    retries the request after a "database is locked" error (concurrent writers), and stores none of a request's
    predictions when one of them cannot be stored. ``import_tasks`` removes such tasks and sends the request once
    more; this error is the cause of its :class:`TaskImportError` when that did not help.

    :ivar task_ids: the tasks that were created incomplete.
    :ivar removed: whether those tasks were deleted again (if not, they are on the server, incomplete).
    """

    def __init__(self, message: str, *, task_ids: list[int], removed: bool) -> None:
        self.task_ids = task_ids
        self.removed = removed
        state = "they were removed again" if removed else "they could NOT be removed and are on the server"
        super().__init__(f"{message}; {state}: task ids {task_ids[:10]}{'...' if len(task_ids) > 10 else ''}")


class CopyIncompleteError(LsClientError):
    """A project copy (``project.copy_to``) does not hold what its source holds, by the server's counters.

    The target project is kept for inspection.

    :ivar project_id: the id of the new project, on the target server.
    :ivar expected: ``(tasks, annotations, skipped annotations, predictions)`` of the source project.
    :ivar found: the same counters of the new project.
    """

    def __init__(self, *, project_id: int, url: str, expected: tuple[int, ...], found: tuple[int, ...]) -> None:
        self.project_id = project_id
        self.expected = expected
        self.found = found
        super().__init__(
            f"the copy, project {project_id} on {url}, holds (tasks, annotations, skipped, predictions) {found}; "
            f"its source holds {expected}"
        )


class PredictionImportError(LsClientError):
    """Importing predictions stopped partway: the predictions before :attr:`failed_at` were sent and processed.

    The server's own error is ``__cause__``. What lsclient knows is stated as fact; only a request whose outcome
    cannot be known sets :attr:`in_doubt`.

    :ivar project_id: the project imported into.
    :ivar created: how many predictions the server created from the predictions before :attr:`failed_at`.
    :ivar failed_at: index in the input of the first prediction not imported (the bad one, when the server
        rejected one).
    :ivar in_doubt: the outcome of some request is unknown (the connection dropped after sending, a 5xx): the failed
        request, or one sent alongside it after it.
    :ivar created_after: how many predictions requests after the failed one created: with ``concurrency`` above 1,
        those sent before the failure was known (of a later request that failed too, the part before its own
        failure). 0 with ``concurrency=1``.

    Without :attr:`in_doubt`, this call created exactly ``created + created_after`` predictions.
    """

    def __init__(
        self,
        *,
        project_id: int,
        created: int,
        failed_at: int,
        cause: BaseException,
        in_doubt: bool = False,
        created_after: int = 0,
    ) -> None:
        self.project_id = project_id
        self.created = created
        self.failed_at = failed_at
        self.in_doubt = in_doubt
        self.created_after = created_after
        rejected = isinstance(cause, BadRequestError)  # a 400 creates nothing of its request
        story = [f"{created} were created before it"]
        if in_doubt and not rejected:
            story.append(f"the request from prediction #{failed_at} on may or may not have been applied: {cause}")
        else:
            failed = f"prediction #{failed_at} was rejected" if rejected else f"the request from #{failed_at} on failed"
            story.append(f"{failed}: {cause}")
            if in_doubt:
                story.append("a request sent alongside it, after it, may or may not have been applied")
        if created_after:
            story.append(f"requests after it created {created_after} more")
        super().__init__(
            f"importing predictions into project {project_id} stopped at prediction #{failed_at}: {'; '.join(story)}"
        )


class ResponseParseError(LsClientError):
    """The server answered 2xx, but the body was not what the SDK expected.

    :ivar status_code: the HTTP status code.
    :ivar body: a short excerpt of the body.
    """

    def __init__(self, message: str, *, status_code: int, body: object = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    422: BadRequestError,
    429: RateLimitError,
}


def redact_url(url: httpx.URL | str) -> str:
    """Return ``path?query`` of ``url`` without credentials: no host or userinfo, no token/key/password parameters.

    >>> redact_url("https://u:p@ls.example/api/tasks?project=1&token=abc")
    '/api/tasks?project=1'
    """
    parsed = httpx.URL(url)
    params = parsed.params
    for name in {name for name in params if _SECRET_PARAM.search(name)}:
        params = params.remove(name)
    query = str(params)
    return parsed.path + (f"?{query}" if query else "")


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or HTTP-date); None if absent or bad.

    A date in the past gives 0. ``now`` (epoch seconds) defaults to the current time.

    >>> parse_retry_after("2.5")
    2.5
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    """
    if value is None or not value.strip():
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:  # an HTTP-date is always GMT
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(seconds, 0.0)


def error_from_parts(
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    method: str,
    url: httpx.URL | str,
    *,
    summary: str | None = None,
    error_class: type[APIStatusError] | None = None,
) -> APIStatusError:
    """Build the exception for an HTTP error answer from its parts.

    Use this for the generated layer's ``Response``, which has no request attached::

        response = projects_retrieve.sync_detailed(id=999, client=client)
        if response.status_code >= 400:
            raise error_from_parts(response.status_code, response.content, response.headers, "GET", "/api/...")

    :param summary: what the SDK was doing, put before the server's explanation ("token refresh failed").
    :param error_class: force this class instead of choosing one by status code.
    """
    header_map = httpx.Headers(headers)
    body, detail, validation_errors, request_id = _read_body(status_code, content, header_map.get("content-type", ""))
    message = None
    if summary:
        explanation = detail or (body if isinstance(body, str) else None)
        message = f"{summary}: {explanation}" if explanation else summary
    cls = error_class or _STATUS_CLASSES.get(status_code) or (ServerError if status_code >= 500 else APIStatusError)
    error = cls(
        status_code=status_code,
        method=method,
        url=redact_url(url),
        detail=detail,
        validation_errors=validation_errors,
        body=body,
        request_id=request_id,
        message=message,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(header_map.get("retry-after"))
    return error


def error_from_response(
    response: httpx.Response, *, summary: str | None = None, error_class: type[APIStatusError] | None = None
) -> APIStatusError:
    """Build the exception for an HTTP error ``response``; reads the body first if it was streamed and unread.

    See :func:`error_from_parts` for ``summary`` and ``error_class``.
    """
    try:
        content = response.read()
    except (httpx.StreamError, httpx.TransportError):
        # Already closed, or the connection dropped mid-body: the status code alone still says what happened.
        content = b""
    return error_from_parts(
        response.status_code,
        content,
        response.headers,
        response.request.method,
        response.request.url,
        summary=summary,
        error_class=error_class,
    )


def raise_for_status(response: httpx.Response) -> None:
    """Raise the matching :class:`APIStatusError` if ``response`` is an HTTP error (>= 400); do nothing otherwise."""
    if response.status_code >= 400:
        raise error_from_response(response)


_HEADER_REFUSED = "a request header is not valid HTTP (not shown: it may hold a secret)"


_HTTP_LIBRARIES = frozenset({"httpx", "httpcore", "h11"})


def _scrub_chain(exc: BaseException) -> None:
    """Replace the message of each exception of the HTTP libraries in ``exc``'s chain that quotes a refused header
    (an exception of the caller's own in the chain, one being handled when the request was made, is left alone)."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if type(current).__module__.partition(".")[0] in _HTTP_LIBRARIES and "header" in str(current).lower():
            current.args = (_HEADER_REFUSED,)
        pending += [current.__cause__, current.__context__]


def error_from_transport(
    exc: httpx.TransportError, request: httpx.Request, *, outcome_unknown: bool = False
) -> APIConnectionError:
    """Wrap an httpx transport failure into :class:`APIConnectionError` / :class:`APITimeoutError`, or, with
    ``outcome_unknown`` (the request may have been applied and was not repeated), :class:`OutcomeUnknownError` /
    :class:`OutcomeUnknownTimeoutError`.

    The message names the method, the server (host and port, never userinfo) and the path, plus httpx's reason
    (except the value of a header httpx refused, which may be a secret).
    """
    url = redact_url(request.url)
    port = f":{request.url.port}" if request.url.port else ""
    where = f"{request.method} {request.url.scheme}://{request.url.host}{port}{url}"
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.LocalProtocolError) and "header" in str(exc).lower():
        # h11 quotes the refused header ("Illegal header value b'Token ...'"): it may be a key or a cookie. The
        # message says so without it, and so do the chained exceptions, which a printed traceback shows.
        reason = f"{type(exc).__name__}: {_HEADER_REFUSED}"
        _scrub_chain(exc)
    if outcome_unknown:
        timed_out = isinstance(exc, httpx.TimeoutException)
        cls = OutcomeUnknownTimeoutError if timed_out else OutcomeUnknownError
        what = "timed out" if timed_out else "got no answer"
        return cls(
            f"{where} {what} after it was sent ({reason}); it may or may not have been applied on the server, "
            "and was not sent again so as not to apply it twice",
            method=request.method,
            url=url,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out on {where} ({reason})", method=request.method, url=url)
    return APIConnectionError(f"connection failed on {where} ({reason})", method=request.method, url=url)


def _read_body(
    status_code: int, content: bytes, content_type: str
) -> tuple[object, str | None, dict[str, list[str]], str | None]:
    """Return ``(body, detail, validation_errors, request_id)`` from a raw error body, never raising."""
    if not content.strip():
        return None, None, {}, None
    if "json" in content_type.lower():
        try:
            data = json.loads(content)
        except ValueError:
            pass
        else:
            return _read_json(status_code, data)
    head = content[:512].lstrip().lower()
    if "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html")):
        import html  # only for HTML error pages: its table of entities is not worth loading with every client

        match = _TITLE.search(content[:65536])
        title = " ".join(html.unescape(match.group(1).decode("utf-8", "replace")).split()) if match else ""
        excerpt = f"HTML error page ({title[:200]})" if title else "HTML error page"
        return excerpt, None, {}, None
    text = content[: BODY_EXCERPT_CHARS * 4].decode("utf-8", "replace").strip()
    if len(text) > BODY_EXCERPT_CHARS:
        text = text[:BODY_EXCERPT_CHARS] + "…"
    return text, text, {}, None


def _read_json(status_code: int, data: object) -> tuple[object, str | None, dict[str, list[str]], str | None]:
    if isinstance(data, list):
        return data, "; ".join(str(item) for item in data) or None, {}, None
    if not isinstance(data, dict):
        return data, str(data), {}, None
    raw_detail = data.get("detail")
    detail = raw_detail if isinstance(raw_detail, str) or raw_detail is None else json.dumps(raw_detail)
    request_id = data.get("id") if isinstance(data.get("id"), str) else None
    errors: dict[str, list[str]] = {}
    if isinstance(data.get("validation_errors"), dict):
        _flatten("", data["validation_errors"], errors)
    elif status_code in (400, 422) and "detail" not in data:
        # A bare DRF serializer answer: {field: [messages]} without Label Studio's envelope.
        _flatten("", {k: v for k, v in data.items() if k not in _ENVELOPE_KEYS}, errors)
    return data, detail, errors, request_id


def _flatten(prefix: str, value: object, out: dict[str, list[str]]) -> None:
    """Flatten nested DRF errors: ``{"a": {"b": ["m"]}}`` -> ``{"a.b": ["m"]}``; list items of dicts get ``[i]``."""
    if isinstance(value, dict):
        for key, sub in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), sub, out)
    elif isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        for index, item in enumerate(value):
            _flatten(f"{prefix}[{index}]", item, out)
    elif isinstance(value, list):
        out.setdefault(prefix or "non_field_errors", []).extend(str(item) for item in value)
    elif value is not None:
        out.setdefault(prefix or "non_field_errors", []).append(str(value))
