"""Batching a bulk import: items measured once, cut into requests within count and byte limits, what a failed
request says about the items it carried, and the tally of what consecutive requests put on the server.

Pure logic shared by both flavours of :func:`~lsclient.core._async.importing.import_tasks` and
:func:`~lsclient.core._async.importing.import_predictions`; nothing here sends a request.

What Label Studio 1.23.2 does with an import request that is too large (read in its source, checked on a server):
a body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (250 MiB by default, multipart uploads included) is answered with a
**500** "You cannot access body after reading from request's data stream", more than
``DATA_UPLOAD_MAX_NUMBER_FILES`` (100) file parts with a **500** naming that setting; proxies in front answer 413.
Nothing is imported in any of these cases, so such a request can be split and sent again.

>>> [[i.index for i in part] for part in split([JsonItem(n, b"12345") for n in range(5)], Limits(2, 20))]
[[0, 1], [2, 3], [4]]
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Generic, Literal, Protocol, TypeVar

import attrs
import httpx

from .arguments import check_count, check_json
from .errors import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    IncompleteImportError,
    InvalidInputError,
    JobTimeoutError,
    LsClientError,
    ResponseParseError,
    ServerError,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_REQUEST_BYTES",
    "DEFAULT_MAX_UPLOAD_BYTES",
    "MAX_FILES_PER_REQUEST",
    "PART_OVERHEAD",
    "BatchFailure",
    "BatchQueue",
    "FailureKind",
    "FileItem",
    "Item",
    "JsonItem",
    "Landed",
    "Ledger",
    "Limits",
    "PredictionsSkippedWarning",
    "SourceError",
    "bad_item_position",
    "check_positive",
    "classify_failure",
    "encode_json",
    "json_array",
    "split",
]

#: Tasks (or predictions) per request unless bytes or a server answer say fewer. Measured on Label Studio 1.23.2
#: (development server, SQLite): an import request costs about 0.2 s besides its tasks (about 0.6 ms each), so
#: 10,000 tasks a request leave a few per cent to the fixed cost, where 1,000 left a quarter; larger requests
#: gained nothing measurable (100,000 tasks took as long in 2, 4 or 10 requests, and no less in one), and hold
#: more memory on both sides and SQLite's write lock longer.
DEFAULT_BATCH_SIZE = 10_000
#: Largest JSON request body sent (tasks, predictions): it bounds the memory a batch holds (its items and the
#: body, about twice this) while leaving about 1,700 tasks of 10 KB to a request. Label Studio accepts up to
#: ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (250 MiB by default).
DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024
#: Largest upload of media files: they are streamed from the disk, so only the server's limit and a proxy's matter.
DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024
#: Files per upload request: Django's default ``DATA_UPLOAD_MAX_NUMBER_FILES``.
MAX_FILES_PER_REQUEST = 100
#: Multipart bytes per file besides its content (boundary, headers, field and file name).
PART_OVERHEAD = 256

# How the server (or a proxy) says a request was too large; it imported nothing then.
_TOO_LARGE = re.compile(
    r"DATA_UPLOAD_MAX_MEMORY_SIZE|Request body exceeded|RequestDataTooBig|"
    r"cannot access body after reading from request's data stream|Maximum total size of all files",
    re.IGNORECASE,
)
_TOO_MANY_FILES = re.compile(r"DATA_UPLOAD_MAX_NUMBER_FILES|number of files exceeded", re.IGNORECASE)
# Label Studio's 400 for a bad task: validation_errors "non_field_errors[<position>]" / "Error at item <position>".
_ITEM_POSITION = re.compile(r"\[(\d+)\]")
_ERROR_AT_ITEM = re.compile(r"Error at item (\d+)")
# Failures where the request provably never left the client.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


class PredictionsSkippedWarning(UserWarning):
    """Label Studio created fewer predictions than were sent (it skips those that do not fit the label config)."""


def check_positive(name: str, value: object) -> int:
    """Return ``value`` if it is an int >= 1, else raise :class:`InvalidInputError` naming the argument ``name``.

    >>> check_positive("batch_size", 10)
    10
    """
    return check_count(value, name)


def _compact_encoder() -> Callable[[object], str]:
    """``json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)``, made once.

    ``json.dumps`` with options builds a new encoder for every call, which costs more than encoding a small task;
    the C encoder it builds is made once here instead (without the circular-reference check: a cycle ends in a
    ``RecursionError``, which :func:`encode_json` reports like any other value that is not JSON). Where the C
    encoder is missing or behaves otherwise (another Python implementation), the plain encoder's method is used.
    """
    plain = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        try:
            encode = make(None, plain.default, json.encoder.encode_basestring, None, ":", ",", False, False, False)
            probe = {"a": [1, 2.5, None, True, "é\n"], "b": {}}
            if "".join(encode(probe, 0)) == plain.encode(probe):
                return lambda value: "".join(encode(value, 0))
        except Exception:  # noqa: BLE001 - a private interface: any surprise means "use the public one"
            pass
    return plain.encode


_encode = _compact_encoder()


def encode_json(value: object, what: str) -> bytes:
    """``value`` as compact UTF-8 JSON, the bytes a request will carry (so its size is known before sending).

    >>> encode_json({"text": "é"}, "task #0")
    b'{"text":"\\xc3\\xa9"}'

    :raises InvalidInputError: ``value`` is not JSON (a set, a NaN...) or holds a NUL character, which Label Studio
        cannot store (see :func:`~lsclient.core.arguments.check_json`); the message starts with ``what``.
    """
    try:
        body = _encode(value).encode("utf-8")
    except (TypeError, ValueError, RecursionError) as exc:
        check_json(value, what)  # names the place of the problem (only paid for on failure)
        raise InvalidInputError(f"{what} cannot be sent as JSON: {exc}") from None
    if b"\\u0000" in body:  # a NUL in a string or key (or the text "\\u0000": then check_json finds nothing)
        check_json(value, what)
    return body


# ------------------------------------------------------------------------------------------------------ items


class Item(Protocol):
    """What batching needs to know of an item: its position in the input and the bytes it adds to a request."""

    @property
    def index(self) -> int:
        """Position of the item in the input (0-based)."""
        ...

    @property
    def size(self) -> int:
        """Bytes the item adds to a request body."""
        ...


T = TypeVar("T", bound=Item)


@attrs.frozen
class JsonItem:
    """One task or prediction, serialized once.

    :ivar index: position in the input.
    :ivar body: the item's JSON (empty for a task already on the server).
    :ivar known_id: the id of a keyed task already on the server (not sent again).
    :ivar predictions: how many predictions the task carries (to check the server created them all).
    :ivar annotations: how many annotations the task carries.
    """

    index: int
    body: bytes
    known_id: int | None = None
    predictions: int = 0
    annotations: int = 0

    @property
    def size(self) -> int:
        """The body's length plus the comma between array items."""
        return len(self.body) + 1


@attrs.frozen
class FileItem:
    """One media file to upload; ``size`` counts its content and its multipart headers."""

    index: int
    path: Path
    size: int


def json_array(items: list[JsonItem]) -> bytes:
    """The body of a request carrying ``items``: their JSON as one array, built in a single allocation.

    >>> json_array([JsonItem(0, b'{"a":1}'), JsonItem(1, b"2")])
    b'[{"a":1},2]'
    """
    parts = [b"["]
    for item in items:
        parts += (item.body, b",")
    if items:
        parts.pop()
    parts.append(b"]")
    return b"".join(parts)


# --------------------------------------------------------------------------------------------------- batching


@attrs.define
class Limits:
    """How many items and bytes one request may carry; lowered when the server says a request was too big.

    One :class:`Limits` is shared by every request of a run, so a size the server refused is never tried again.
    """

    count: int
    bytes: int

    def shrink(self, *, count: int | None = None, bytes: int | None = None) -> bool:
        """Lower the limits (never raise them, never below 1); True if one of them got smaller."""
        changed = False
        if count is not None and max(count, 1) < self.count:
            self.count, changed = max(count, 1), True
        if bytes is not None and max(bytes, 1) < self.bytes:
            self.bytes, changed = max(bytes, 1), True
        return changed


def split(items: list[T], limits: Limits, overhead: int = 2) -> list[list[T]]:
    """Cut ``items`` into consecutive runs within ``limits``; an item larger than the byte limit travels alone.

    :param overhead: bytes of a request besides its items (``[]`` for a JSON array).

    >>> [[i.index for i in part] for part in split([JsonItem(n, b"12345") for n in range(5)], Limits(2, 20))]
    [[0, 1], [2, 3], [4]]
    """
    parts: list[list[T]] = []
    current: list[T] = []
    size = overhead
    for item in items:
        if current and (len(current) >= limits.count or size + item.size > limits.bytes):
            parts.append(current)
            current, size = [], overhead
        current.append(item)
        size += item.size
    if current:
        parts.append(current)
    return parts


class SourceError(Exception):
    """Pulling item ``index`` from the source raised ``cause`` (a bad item, a broken file).

    Internal to the import loop, which reports it as a :class:`~lsclient.core.errors.TaskImportError` or
    :class:`~lsclient.core.errors.PredictionImportError`; it never reaches users.
    """

    def __init__(self, index: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.index = index
        self.cause = cause


class BatchQueue(Generic[T]):
    """Pulls items lazily from an iterator and hands them out in batches within the current :class:`Limits`.

    Only one batch (plus the one item that did not fit) is held at a time. When pulling an item raises (a bad
    item, a broken file), the items before it still come out as a batch; the next call raises
    :class:`SourceError` with the failing item's index, so whatever precedes the bad item can be imported first.
    """

    def __init__(self, items: Iterator[T], limits: Limits, *, overhead: int = 2) -> None:
        self._items = items
        self.limits = limits
        self._overhead = overhead
        self._pending: deque[T] = deque()
        self._error: SourceError | None = None
        self._next_index = 0

    def next_batch(self) -> list[T]:
        """The next batch (empty at the end of the source). :raises SourceError: the source failed here."""
        batch: list[T] = []
        size = self._overhead
        while len(batch) < self.limits.count:
            item = self._pull()
            if item is None:
                break
            if batch and size + item.size > self.limits.bytes:
                self._pending.appendleft(item)
                break
            batch.append(item)
            size += item.size
        if not batch and self._error is not None:
            raise self._error
        return batch

    def _pull(self) -> T | None:
        if self._pending:
            return self._pending.popleft()
        if self._error is not None:
            return None
        try:
            item = next(self._items)
        except StopIteration:
            return None
        except Exception as exc:  # a bad item or a broken source: report it after importing what came before
            self._error = SourceError(self._next_index, exc)
            return None
        self._next_index = item.index + 1
        return item


# ------------------------------------------------------------------------------------------ failed requests

#: What a failed request means for the items it carried:
#: ``too_large`` / ``too_many_files`` (nothing imported: split and resend), ``rejected`` (a 400: nothing imported,
#: a bad item in it), ``in_doubt`` (it may have been applied: connection lost after sending, 5xx, unreadable 2xx),
#: ``pending`` (its work is on the server or still running: never resend) and ``failed`` (nothing imported).
FailureKind = Literal["too_large", "too_many_files", "rejected", "in_doubt", "pending", "failed"]


def classify_failure(exc: LsClientError) -> FailureKind:
    """What the error of an import request means for what it carried (see :data:`FailureKind`).

    >>> classify_failure(ServerError(status_code=500, method="POST", url="/import", detail="boom"))
    'in_doubt'
    """
    if isinstance(exc, APIStatusError):
        text = " ".join(
            str(part)
            for part in (exc.detail, exc.body if isinstance(exc.body, str) else None, *exc.validation_errors.values())
            if part
        )
        if exc.status_code == 413 or _TOO_LARGE.search(text):
            return "too_large"
        if _TOO_MANY_FILES.search(text):
            return "too_many_files"
        if isinstance(exc, BadRequestError):
            return "rejected"
        if isinstance(exc, ServerError):
            return "in_doubt"  # the server may have written before failing
        return "failed"
    if isinstance(exc, APIConnectionError):
        return "failed" if isinstance(exc.__cause__, _NOT_SENT) else "in_doubt"
    if isinstance(exc, ResponseParseError):
        return "in_doubt"  # a 2xx we could not read: the write happened, its result is unknown
    if isinstance(exc, JobTimeoutError):
        return "pending"  # an asynchronous import still running: never resend it
    if isinstance(exc, IncompleteImportError) and not exc.removed:
        return "pending"  # its tasks are on the server, incomplete: never resend them
    return "failed"


def bad_item_position(exc: APIStatusError, count: int) -> int | None:
    """The position of the first bad item in a 400 answer to a request of ``count`` items, if the answer says.

    Label Studio names it in ``validation_errors`` as ``non_field_errors[<position>]`` or ``Error at item <position>``.
    """
    positions = [int(m.group(1)) for field in exc.validation_errors if (m := _ITEM_POSITION.search(field))]
    if not positions:
        messages = " ".join(m for messages in exc.validation_errors.values() for m in messages)
        positions = [int(m.group(1)) for m in _ERROR_AT_ITEM.finditer(messages)]
    position = min(positions, default=None)
    return position if position is not None and position < count else None


# ------------------------------------------------------------------------------------------------ the tally


@attrs.frozen
class BatchFailure:
    """How one batch failed, in input indexes.

    :ivar first: the first item of the batch.
    :ivar failed_at: the first item of the batch that was not imported (the bad one, when the server rejected one).
    :ivar done: results of the batch's items ``first .. failed_at - 1``, all on the server: one task id per item
        for tasks, the created counts of the requests that carried them for predictions, the ids of the tasks
        created from them for media files.
    :ivar last: the last item of the request that failed (``failed_at`` alone for a rejected item).
    :ivar in_doubt: the failed request may have been applied: whatever of ``failed_at .. last`` is not in
        ``landed`` may or may not be on the server.
    :ivar cause: the error.
    :ivar landed: items of the batch from ``failed_at`` on known to be on the server all the same, as input index
        -> task id: tasks the server created incomplete and that could not be removed, tasks found by the import
        key, tasks already imported with the key (never sent again).
    """

    first: int
    failed_at: int
    done: list[int]
    last: int
    in_doubt: bool
    cause: BaseException
    landed: dict[int, int] = attrs.field(factory=dict)


@attrs.frozen
class Landed:
    """Items after the first failure known to be on the server, and what the server answered for them.

    :ivar indexes: their input indexes, ascending.
    :ivar results: one task id per item for tasks; the created count of each request that carried them for
        predictions; the ids of every task created from them for media files (a ``.txt``, ``.csv`` or ``.json``
        upload becomes several tasks, so there may be more ids than items).
    """

    indexes: tuple[int, ...]
    results: tuple[int, ...]


@attrs.define
class Ledger:
    """What the batches of an import put on the server, recorded in input order; the first failure ends the import.

    Before the first failure in input order, every item is on the server and its results are in :attr:`results`.
    From the failure on, an item is in one of three states, and the ledger keeps them apart so the error can state
    facts as facts and only real unknowns as doubt:

    - **known on the server** (:attr:`landed`): with ``concurrency`` above 1, batches after the failed one may have
      been sent before the failure was known; those that went in (wholly, or up to their own failure) are
      recorded with their input indexes. So are items of a failed request that are on the server all the same
      (:attr:`BatchFailure.landed`);
    - **unknown** (:attr:`unknown`): a request whose outcome cannot be known (the connection dropped after sending,
      a timeout, a 5xx): the failed one, or a later one;
    - **not imported**: everything else (the rejected item, requests that failed cleanly, batches never sent).

    Batches must be recorded in input order (``add`` / ``fail``, one call per batch).

    A 400 at item 3, while the batch of items 4..5 (already sent) went in::

        >>> ledger = Ledger()
        >>> ledger.add([0, 1], [101, 102])
        >>> ledger.fail(BatchFailure(first=2, failed_at=3, done=[103], last=3, in_doubt=False, cause=ValueError()))
        >>> ledger.add([4, 5], [105, 106])
        >>> ledger.results, ledger.in_doubt, ledger.failed_range, ledger.landed_by_index
        ([101, 102, 103], False, range(3, 4), {4: 105, 5: 106})

    A later request whose answer was lost widens :attr:`failed_range` over its items, and sets :attr:`in_doubt`::

        >>> ledger.fail(BatchFailure(first=6, failed_at=6, done=[], last=7, in_doubt=True, cause=ValueError()))
        >>> ledger.in_doubt, ledger.failed_range, ledger.unknown
        (True, range(3, 8), [range(6, 8)])

    :ivar results: results of every item before the first failed one, in input order (including the failed
        batch's items before it: :attr:`BatchFailure.done`). For predictions these are counts, one per request.
    :ivar failure: the first failure in input order, if any.
    :ivar landed: what is known to be on the server from ``failure.failed_at`` on, in input order.
    :ivar unknown: input indexes, from ``failure.failed_at`` on, of requests whose outcome is unknown (some of their
        items may be in :attr:`landed` all the same).
    """

    results: list[int] = attrs.field(factory=list)
    failure: BatchFailure | None = None
    landed: list[Landed] = attrs.field(factory=list)
    unknown: list[range] = attrs.field(factory=list)

    def add(self, indexes: list[int], results: list[int]) -> None:
        """Record a batch that went in whole: the input indexes of its items, and its results."""
        if self.failure is None:
            self.results.extend(results)
        else:
            self.landed.append(Landed(tuple(indexes), tuple(results)))

    def fail(self, failure: BatchFailure) -> None:
        """Record a batch that failed. The first one decides the error (what its batch did before the failed item
        joins :attr:`results`); of a later one, what it put on the server joins :attr:`landed`."""
        if self.failure is None:
            self.failure = failure
            self.results.extend(failure.done)
        elif failure.done:
            self.landed.append(Landed(tuple(range(failure.first, failure.failed_at)), tuple(failure.done)))
        if failure.landed:
            self.landed.append(Landed(tuple(failure.landed), tuple(failure.landed.values())))
        if failure.in_doubt:
            self.unknown.append(range(failure.failed_at, failure.last + 1))

    @property
    def in_doubt(self) -> bool:
        """Whether the outcome of some request from the failed one on is unknown (see :attr:`unknown`)."""
        return bool(self.unknown)

    @property
    def failed_range(self) -> range:
        """Input indexes from the failed item to the end of its request, widened over later items whose outcome is
        unknown (empty without a failure). Items of it in :attr:`landed` are on the server."""
        if self.failure is None:
            return range(0)
        last = max([self.failure.last, *(span[-1] for span in self.unknown if span)])
        return range(self.failure.failed_at, last + 1)

    @property
    def landed_by_index(self) -> dict[int, int]:
        """Input index -> result of each item in :attr:`landed` that has one result of its own (task ids of tasks,
        of media files that became one task each). Media uploads that became more tasks than files have no
        entry: their ids cannot be told apart by file."""
        return {
            index: result
            for span in self.landed
            if len(span.indexes) == len(span.results)
            for index, result in zip(span.indexes, span.results, strict=True)
        }

    @property
    def landed_total(self) -> int:
        """The sum of the results in :attr:`landed`: for predictions, how many were created from the failed one on."""
        return sum(sum(span.results) for span in self.landed)
