"""Bulk import into a project: task sources, batching by count and bytes, and an import loop that loses nothing.

:meth:`Project.import_tasks <lsclient.core.proxies.projects.Project.import_tasks>` and
:meth:`Project.import_predictions <lsclient.core.proxies.projects.Project.import_predictions>` are thin wrappers
around :func:`import_tasks` and :func:`import_predictions` here.

What Label Studio 1.23.2 does with ``POST /api/projects/{id}/import`` (read in its source, checked on a server):

* Community imports synchronously and answers ``task_ids`` in input order (with ``return_task_ids=true``);
  other editions answer ``{"import": id}`` and the job is polled. A 400 (a task that does not fit the label
  config) creates nothing, and its ``validation_errors`` name the position of each bad task in the request.
* A request body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` (250 MiB by default, multipart uploads included) is answered
  with a **500** "You cannot access body after reading from request's data stream", and more than
  ``DATA_UPLOAD_MAX_NUMBER_FILES`` (100) file parts with a **500** naming that setting; proxies in front answer
  413. Nothing is imported in any of these cases, so the request is split and sent again, and the smaller size is
  kept for the rest of the run.
* Uploaded files become tasks on the server: an image, audio or video file one task (its URL under the data key of
  the label config); a ``.txt`` file one task **per line**, a ``.csv``/``.tsv`` one per row, a ``.json`` its tasks.
  Several files must travel under distinct form field names (Django keeps only the last file per name).
* A ``.txt`` file's lines are stored under the data key ``$undefined$``, which the server replaces by the first
  data key of the label config; :func:`read_task_file` does the same by default.
* ``POST /api/projects/{id}/import/predictions`` answers ``{"created": n}`` (no ids). An unknown task id is a 400
  that creates nothing; a prediction whose result does not fit the label config is **silently skipped**.

Example::

    ids = import_tasks(client, project_id, "tasks.jsonl", key="nightly-2026-11-22", progress=False)
"""

from __future__ import annotations

import json
import logging
import mimetypes
import os
import re
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

import attrs
import httpx

from lsclient.api_client.api.data_manager import dm_actions_create
from lsclient.api_client.api.import_ import projects_import_create, projects_import_predictions_create
from lsclient.api_client.api.projects import projects_imports_retrieve
from lsclient.api_client.api.tasks import tasks_list
from lsclient.api_client.models.dm_actions_create_body import DmActionsCreateBody
from lsclient.api_client.models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
from lsclient.api_client.models.dm_actions_create_id import DmActionsCreateId
from lsclient.api_client.models.import_api_request import ImportApiRequest
from lsclient.api_client.models.projects_import_create_task_creation_response import (
    ProjectsImportCreateTaskCreationResponse,
)
from lsclient.api_client.models.projects_import_predictions_create_predictions_import_response import (
    ProjectsImportPredictionsCreatePredictionsImportResponse,
)
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.types import Response, Unset

from .calls import call, call_no_content
from .errors import (
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    IncompleteImportError,
    InvalidInputError,
    JobTimeoutError,
    LsClientError,
    PredictionImportError,
    ResponseParseError,
    ServerError,
    TaskImportError,
)
from .filters import F, Query
from .paging import Page, Pager
from .progress import ProgressReporter, default_progress, track
from .taskfiles import UNDEFINED_DATA_KEY, FileFormat, file_format_of, read_task_file
from .waiting import wait_for

if TYPE_CHECKING:
    from .client import Client

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_MAX_REQUEST_BYTES",
    "IMPORT_KEY_FIELD",
    "MAX_FILES_PER_REQUEST",
    "UNDEFINED_DATA_KEY",
    "BatchQueue",
    "FileFormat",
    "Limits",
    "PredictionsSkippedWarning",
    "check_key",
    "file_format_of",
    "find_keyed_tasks",
    "import_predictions",
    "import_tasks",
    "read_task_file",
    "split",
    "to_task",
]

logger = logging.getLogger(__name__)

#: Tasks (or predictions) per request unless bytes or a server answer say fewer.
DEFAULT_BATCH_SIZE = 1000
#: Largest request body sent: well under Django's 250 MiB default and the 100 MiB+ proxies usually allow.
DEFAULT_MAX_REQUEST_BYTES = 64 * 1024 * 1024
#: Files per upload request: Django's default ``DATA_UPLOAD_MAX_NUMBER_FILES``.
MAX_FILES_PER_REQUEST = 100
#: The meta field that carries ``"<key>:<input index>"`` when an import key is used.
IMPORT_KEY_FIELD = "lsclient_import"


# The fields a "full task" may have (ImportApiRequest's); a mapping with others is the task's data itself.
_TASK_FIELDS = frozenset(field.name for field in attrs.fields(ImportApiRequest)) - {"additional_properties"}
# Printable ASCII without quote, backslash or space: stored verbatim in the meta JSON, so a substring filter finds it.
_KEY_PATTERN = re.compile(r"[!#-\[\]-~]{1,200}")
# Multipart bytes per file besides its content (boundary, headers, field and file name).
_PART_OVERHEAD = 256
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
# Attempts to resend a batch after failures that left its fate unknown (each one checked by key first).
_MAX_DOUBTFUL_ATTEMPTS = 3
# Pause before checking by key what an interrupted request created, so a server still finishing it can commit.
_DOUBT_SETTLE_SECONDS = 1.0
_KEY_PAGE_SIZE = 5000
# Attempts to delete tasks an import created incomplete (0.5 s, 1 s, 2 s, 4 s apart).
_REMOVE_ATTEMPTS = 5


class PredictionsSkippedWarning(UserWarning):
    """Label Studio created fewer predictions than were sent (it skips those that do not fit the label config)."""


# ------------------------------------------------------------------------------------------------ task items


def to_task(item: Mapping[str, Any] | ImportApiRequest, index: int) -> dict[str, Any]:
    """One input item as a full task dict ``{"data": {...}, ...}`` (a copy; the input is never changed).

    A mapping whose ``data`` is a mapping and whose other keys are all task fields (``meta``, ``predictions``,
    ``annotations``...) is a full task; any other mapping is the task's data.

    >>> to_task({"text": "hi"}, 0)
    {'data': {'text': 'hi'}}
    >>> to_task({"data": {"text": "hi"}, "meta": {"src": "a"}}, 0)
    {'data': {'text': 'hi'}, 'meta': {'src': 'a'}}

    :raises InvalidInputError: ``item`` is neither a mapping nor an ``ImportApiRequest``.
    """
    if isinstance(item, ImportApiRequest):
        return item.to_dict()
    if not isinstance(item, Mapping):
        raise InvalidInputError(
            f"task #{index} must be a mapping (the task data, or a full task with 'data'), not {type(item).__name__}"
        )
    if isinstance(item.get("data"), Mapping) and set(item) <= _TASK_FIELDS:
        task = dict(item)
        task["data"] = dict(item["data"])
        return task
    return {"data": dict(item)}


def _merge_list(task: dict[str, Any], field: str, value: object, index: int) -> None:
    """Append ``value`` (None, one mapping, or an iterable of mappings) to the task's ``field`` list."""
    if value is None:
        return
    extra = [value] if isinstance(value, Mapping) else value
    if isinstance(extra, str | bytes) or not isinstance(extra, Iterable):
        raise InvalidInputError(f"{field} for task #{index} must be a mapping, a list of mappings or None")
    items = list(extra)
    for entry in items:
        if not isinstance(entry, Mapping):
            raise InvalidInputError(f"{field} for task #{index} must hold mappings, not {type(entry).__name__}")
    existing = task.get(field) or []
    if not isinstance(existing, list):
        raise InvalidInputError(f"task #{index}: {field!r} must be a list")
    task[field] = [*existing, *(dict(entry) for entry in items)]


def _tag(task: dict[str, Any], key: str, index: int) -> None:
    meta = task.get("meta")
    if meta is None:
        meta = {}
    if not isinstance(meta, Mapping):
        raise InvalidInputError(f"task #{index}: meta must be a mapping to carry the import key, not {meta!r}")
    task["meta"] = {**meta, IMPORT_KEY_FIELD: f"{key}:{index}"}


def _encode(value: object, what: str) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise InvalidInputError(f"{what} cannot be sent as JSON: {exc}") from None


def check_key(key: str) -> str:
    """Return ``key`` if it can serve as an import key, else raise :class:`InvalidInputError`.

    1 to 200 printable ASCII characters without spaces, ``"`` or ``\\``, so it is stored verbatim in the meta JSON.
    """
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise InvalidInputError(
            f"key must be 1-200 printable ASCII characters without spaces, quotes or backslashes, got {key!r}"
        )
    return key


# -------------------------------------------------------------------------------------------------- batching


class _Item(Protocol):
    @property
    def index(self) -> int: ...

    @property
    def size(self) -> int: ...


T = TypeVar("T", bound=_Item)


@attrs.frozen
class _JsonItem:
    """One task or prediction, serialized once; ``known_id`` is set for a keyed task already on the server."""

    index: int
    body: bytes
    known_id: int | None = None
    predictions: int = 0
    annotations: int = 0

    @property
    def size(self) -> int:
        return len(self.body) + 1  # the comma between array items


@attrs.frozen
class _FileItem:
    index: int
    path: Path
    size: int


@attrs.define
class Limits:
    """How many items and bytes one request may carry; lowered when the server says a request was too big."""

    count: int
    bytes: int

    def shrink(self, *, count: int | None = None, bytes: int | None = None) -> bool:
        """Lower the limits (never raise them); True if one of them got smaller."""
        changed = False
        if count is not None and max(count, 1) < self.count:
            self.count, changed = max(count, 1), True
        if bytes is not None and max(bytes, 1) < self.bytes:
            self.bytes, changed = max(bytes, 1), True
        return changed


def split(items: list[T], limits: Limits, overhead: int = 2) -> list[list[T]]:
    """Cut ``items`` into consecutive runs within ``limits``; an item larger than the byte limit travels alone.

    >>> [[i.index for i in part] for part in split([_JsonItem(n, b"12345") for n in range(5)], Limits(2, 20))]
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


class _SourceError(Exception):
    def __init__(self, index: int, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.index = index
        self.cause = cause


class BatchQueue(Generic[T]):
    """Pulls items lazily from an iterator and hands them out in batches within the current :class:`Limits`.

    Only one batch (plus the one item that did not fit) is held at a time. When pulling an item raises (a bad
    item, a broken file), the items before it still come out as a batch; the next call raises ``_SourceError``
    with the failing item's index, so whatever precedes the bad item can be imported first.
    """

    def __init__(self, items: Iterator[T], limits: Limits, *, overhead: int = 2) -> None:
        self._items = items
        self.limits = limits
        self._overhead = overhead
        self._pending: deque[T] = deque()
        self._error: _SourceError | None = None
        self._next_index = 0

    def next_batch(self) -> list[T]:
        """The next batch (empty at the end of the source). :raises _SourceError: the source failed here."""
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
            self._error = _SourceError(self._next_index, exc)
            return None
        self._next_index = item.index + 1
        return item


# ---------------------------------------------------------------------------------------------- sending


class _Rejected(Exception):
    """A request failed; ``done`` holds the results for ``items[:position]``, which are on the server.

    ``count`` is how many items the failed request held; ``in_doubt`` means it may have been applied anyway.
    """

    def __init__(self, position: int, done: list[int], cause: LsClientError, *, count: int, in_doubt: bool) -> None:
        super().__init__(str(cause))
        self.position = position
        self.done = done
        self.cause = cause
        self.count = count
        self.in_doubt = in_doubt


_Kind = Literal["too_large", "too_many_files", "rejected", "in_doubt", "pending", "failed"]


def _classify(exc: LsClientError) -> _Kind:
    """What a failed request means for what it carried."""
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


def _bad_position(exc: APIStatusError, count: int) -> int | None:
    """The position of the first bad item in a 400 answer to a request of ``count`` items, if the answer says."""
    positions = [int(m.group(1)) for field in exc.validation_errors if (m := _ITEM_POSITION.search(field))]
    if not positions:
        messages = " ".join(m for messages in exc.validation_errors.values() for m in messages)
        positions = [int(m.group(1)) for m in _ERROR_AT_ITEM.finditer(messages)]
    position = min(positions, default=None)
    return position if position is not None and position < count else None


class _Sender(Generic[T]):
    """Sends a run of items so that all of them get in, or says exactly which did not.

    :meth:`send` returns the results of ``post`` for all items, or raises :class:`_Rejected` after importing
    everything before the first item that could not be imported:

    - too large / too many files: lower the limits, split, send the parts;
    - a 400: find the bad item (from the answer, else by halving), import the items before it, reject it;
    - in doubt (connection dropped after sending, 5xx, unreadable 2xx): ``resolve`` decides, or it is rejected;
    - anything else: rejected at the first item.
    """

    def __init__(
        self,
        post: Callable[[list[T]], list[int]],
        limits: Limits,
        *,
        overhead: int,
        resolve: Callable[[list[T], LsClientError], list[int]] | None = None,
    ) -> None:
        self._post = post
        self.limits = limits
        self._overhead = overhead
        self._resolve = resolve

    def send(self, items: list[T]) -> list[int]:
        try:
            return self._post(items)
        except LsClientError as exc:
            kind = _classify(exc)
            if kind in ("too_large", "too_many_files") and len(items) > 1:
                self._shrink(kind, items)
                logger.info(
                    "the server refused %d items as too many or too large; continuing with at most %d items / %d bytes",
                    len(items),
                    self.limits.count,
                    self.limits.bytes,
                )
                return self.send_within_limits(items)
            if kind == "rejected" and isinstance(exc, APIStatusError) and len(items) > 1:
                position = _bad_position(exc, len(items))
                if position is None:
                    middle = len(items) // 2
                    return self.send_parts([items[:middle], items[middle:]])
                head = self.send(items[:position]) if position else []
                raise _Rejected(position, head, exc, count=1, in_doubt=False) from exc
            if kind == "in_doubt" and self._resolve is not None:
                return self._resolve(items, exc)
            raise _Rejected(0, [], exc, count=len(items), in_doubt=kind in ("in_doubt", "pending")) from exc

    def send_within_limits(self, items: list[T]) -> list[int]:
        """Send ``items`` in consecutive parts, each cut to the limits as they are when it is sent."""
        done: list[int] = []
        start = 0
        while start < len(items):
            end = start + len(split(items[start : start + self.limits.count], self.limits, self._overhead)[0])
            done.extend(self._send_part(items, start, end, done))
            start = end
        return done

    def send_parts(self, parts: list[list[T]]) -> list[int]:
        """Send consecutive ``parts`` one after the other."""
        done: list[int] = []
        start = 0
        for part in parts:
            done.extend(self._send_part(part, 0, len(part), done, offset=start))
            start += len(part)
        return done

    def _send_part(self, items: list[T], start: int, end: int, done: list[int], *, offset: int = 0) -> list[int]:
        try:
            return self.send(items[start:end])
        except _Rejected as rejected:
            raise _Rejected(
                offset + start + rejected.position,
                done + rejected.done,
                rejected.cause,
                count=rejected.count,
                in_doubt=rejected.in_doubt,
            ) from rejected.cause

    def _shrink(self, kind: _Kind, items: list[T]) -> None:
        """Lower the limits to at most half of the refused request, so it splits into two parts or more."""
        if kind == "too_many_files":
            self.limits.shrink(count=len(items) // 2)
        else:
            self.limits.shrink(bytes=(self._overhead + sum(item.size for item in items)) // 2)


# ------------------------------------------------------------------------------------------------- requests


def _request_timeout(timeout: float) -> httpx.Timeout:
    return httpx.Timeout(timeout, connect=min(timeout, 10.0))


def _task_ids(client: Client, project_id: int, answer: object, *, expected: int | None, timeout: float) -> list[int]:
    """The created task ids from an import answer, polling the import job when the server runs it asynchronously."""
    if not isinstance(answer, ProjectsImportCreateTaskCreationResponse):
        raise ResponseParseError("the import answer is not a task creation response", status_code=201)
    task_ids: object = answer.task_ids
    # Read through to_dict: Label Studio releases before 1.23 do not describe the asynchronous "import" field.
    import_id = answer.to_dict().get("import")
    if isinstance(task_ids, Unset) and isinstance(import_id, int):
        # Asynchronous import (editions other than Community): poll the import job until it is done.
        job = wait_for(
            lambda: call(projects_imports_retrieve.sync_detailed, project_id, import_id, client=client.http),
            status_of=lambda state: str(state.status),
            job=f"import {import_id} of project {project_id}",
            timeout=timeout,
            traceback_of=lambda state: state.error if isinstance(state.error, str) else None,
        )
        task_ids = job.task_ids
    if not isinstance(task_ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in task_ids):
        raise ResponseParseError(
            f"project {project_id} imported a batch but did not return its task ids", status_code=201
        )
    if expected is not None and len(task_ids) != expected:
        raise ResponseParseError(
            f"project {project_id} answered {len(task_ids)} task ids for {expected} tasks", status_code=201
        )
    return task_ids


class _Incomplete(Exception):
    """The server created a request's tasks but fewer predictions or annotations than were sent."""

    def __init__(self, task_ids: list[int], message: str) -> None:
        super().__init__(message)
        self.task_ids = task_ids


def _count(value: object) -> int:
    return len(value) if isinstance(value, list) else 0


def _created_count(answer: ProjectsImportCreateTaskCreationResponse, name: str) -> int | None:
    value = answer.additional_properties.get(name)  # the server says prediction_count, the schema predictions_count
    if value is None and name == "prediction_count":
        value = answer.predictions_count
    elif value is None:
        value = answer.annotation_count
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _post_tasks(client: Client, project_id: int, items: list[_JsonItem], timeout: float) -> list[int]:
    body = b"[" + b",".join(item.body for item in items) + b"]"

    def send() -> Response[Any]:
        # The generated operation gives the route, query and answer parsing; the body goes out as the bytes that
        # were measured for batching (serialized once, not rebuilt through the request models).
        kwargs = projects_import_create.request_kwargs(project_id, body=[], return_task_ids=True)
        del kwargs["json"]
        kwargs["content"] = body
        response = client.http.get_httpx_client().request(**kwargs, timeout=_request_timeout(timeout))
        return projects_import_create.build_response(client=client.http, response=response)

    answer = call(send)
    ids = _task_ids(client, project_id, answer, expected=len(items), timeout=timeout)
    if isinstance(answer, ProjectsImportCreateTaskCreationResponse):
        for name, sent in (
            ("prediction_count", sum(item.predictions for item in items)),
            ("annotation_count", sum(item.annotations for item in items)),
        ):
            created = _created_count(answer, name)
            if created is not None and created < sent:
                raise _Incomplete(
                    ids, f"Label Studio created {len(ids)} tasks but only {created} of their {sent} {name[:-6]}s"
                )
    return ids


def _remove_tasks(client: Client, project_id: int, task_ids: list[int]) -> None:
    """Delete these tasks of the project (the data manager's delete action), retrying: it is idempotent, and on
    SQLite it fails with a 500 "database is locked" under the same contention that made the tasks incomplete."""
    body = DmActionsCreateBody(selected_items=DmActionsCreateBodyAllFalse(all_=False, included=task_ids))
    for attempt in range(_REMOVE_ATTEMPTS):
        try:
            call_no_content(
                dm_actions_create.sync_detailed,
                client=client.http,
                id=DmActionsCreateId.DELETE_TASKS,
                project=project_id,
                body=body,
            )
            return
        except (ServerError, APIConnectionError):
            if attempt == _REMOVE_ATTEMPTS - 1:
                raise
            time.sleep(0.5 * 2**attempt)


def _post_files(client: Client, project_id: int, items: list[_FileItem], timeout: float) -> list[int]:
    # The OpenAPI schema describes /import only as a JSON body, not its multipart file form, so this one request is
    # built here; its URL path and query still come from the generated operation.
    kwargs = projects_import_create.request_kwargs(project_id, body=[], return_task_ids=True)
    with ExitStack() as stack:
        # One field name per file: Django keeps only the last file sent under a repeated name.
        files = [
            (
                f"file{position}",
                (
                    item.path.name,
                    stack.enter_context(item.path.open("rb")),
                    mimetypes.guess_type(item.path.name)[0] or "application/octet-stream",
                ),
            )
            for position, item in enumerate(items)
        ]

        def send() -> Response[Any]:
            response = client.http.get_httpx_client().post(
                kwargs["url"], params=kwargs["params"], files=files, timeout=_request_timeout(timeout)
            )
            return projects_import_create.build_response(client=client.http, response=response)

        answer = call(send)
    return _task_ids(client, project_id, answer, expected=None, timeout=timeout)


def find_keyed_tasks(client: Client, project_id: int, key: str, *, above_id: int = 0) -> dict[int, int]:
    """``{input index: task id}`` of the project's tasks imported with ``key`` (ids > ``above_id`` only).

    One server-side filter on the meta text (``"<key>:``, paged); the exact key is then checked here, since
    Label Studio's ``contains`` ignores case. When several tasks carry the same index the lowest id wins.
    """
    check_key(key)
    condition = F.meta.contains(f'"{key}:')
    if above_id > 0:
        condition = condition & (F.id > above_id)
    query = Query(condition, ordering=F.id.asc()).to_json()

    def fetch_page(page: int, size: int) -> Page[tuple[int, object]]:
        answer = call(
            tasks_list.sync_detailed,
            client=client.http,
            project=project_id,
            page=page,
            page_size=size,
            query=query,
            fields=TasksListFields.TASK_ONLY,
            include="id,meta",
        )
        return Page(items=[(task.id, task.meta) for task in answer.tasks], total=answer.total)

    found: dict[int, int] = {}
    duplicates = 0
    prefix = f"{key}:"
    for task_id, meta in Pager(fetch_page, page_size=_KEY_PAGE_SIZE):
        value = meta.get(IMPORT_KEY_FIELD) if isinstance(meta, dict) else None
        if not isinstance(value, str) or not value.startswith(prefix) or not value[len(prefix) :].isdigit():
            continue
        index = int(value[len(prefix) :])
        if index in found:
            duplicates += 1
            found[index] = min(found[index], task_id)
        else:
            found[index] = task_id
    if duplicates:
        logger.warning("project %s has %d duplicate tasks for import key %r", project_id, duplicates, key)
    return found


# ------------------------------------------------------------------------------------------------ the import


def _is_path(value: object) -> bool:
    return isinstance(value, str | os.PathLike)


def _peek(iterator: Iterator[Any]) -> tuple[object, Iterator[Any]]:
    """The first item of ``iterator`` (None if empty) and an iterator that still yields it."""
    head = list(islice(iterator, 1))
    return (head[0] if head else None), chain(head, iterator)


class _TaskImport:
    """One run of :func:`import_tasks`: the queue, the sender, the key bookkeeping and the ids so far."""

    def __init__(self, client: Client, project_id: int, key: str | None, timeout: float) -> None:
        self.client = client
        self.project_id = project_id
        self.key = key
        self.timeout = timeout
        self.ids: list[int] = []  # ids of input items [0, len(ids)), in input order
        self.highest_id = 0  # highest id of a keyed task seen; newer tasks have higher ids
        self.doubtful_attempts = 0

    # -- JSON tasks --------------------------------------------------------------------------------------------

    def items(
        self,
        source: Iterator[Any],
        predictions: Iterator[Any] | None,
        annotations: Iterator[Any] | None,
        known: dict[int, int],
    ) -> Iterator[_JsonItem]:
        index = -1
        for index, raw in enumerate(source):
            extra_predictions = _next_parallel(predictions, "predictions", index)
            extra_annotations = _next_parallel(annotations, "annotations", index)
            task = to_task(raw, index)
            known_id = known.pop(index, None)
            if known_id is not None:
                yield _JsonItem(index, b"", known_id)
                continue
            _merge_list(task, "predictions", extra_predictions, index)
            _merge_list(task, "annotations", extra_annotations, index)
            if self.key is not None:
                _tag(task, self.key, index)
            yield _JsonItem(
                index,
                _encode(task, f"task #{index}"),
                predictions=_count(task.get("predictions")),
                annotations=_count(task.get("annotations")),
            )
        for name, parallel in (("predictions", predictions), ("annotations", annotations)):
            if parallel is not None and next(parallel, _END) is not _END:
                raise InvalidInputError(f"{name}= has more items than the source's {index + 1} tasks")

    def post_tasks(self, items: list[_JsonItem]) -> list[int]:
        """Import ``items``; a request whose tasks came without all their predictions/annotations is undone and
        sent once more (Label Studio drops them when it retries the request after an SQLite lock)."""
        for attempt in range(2):
            try:
                ids = _post_tasks(self.client, self.project_id, items, self.timeout)
            except _Incomplete as incomplete:
                try:
                    _remove_tasks(self.client, self.project_id, incomplete.task_ids)
                except LsClientError as exc:
                    raise IncompleteImportError(str(incomplete), task_ids=incomplete.task_ids, removed=False) from exc
                if attempt:
                    raise IncompleteImportError(str(incomplete), task_ids=incomplete.task_ids, removed=True) from None
                logger.warning("%s; removed them, sending the request again", incomplete)
                continue
            self.highest_id = max(self.highest_id, *ids)
            return ids
        raise AssertionError("unreachable")  # pragma: no cover

    def resolve_by_key(self, items: list[_JsonItem], exc: LsClientError) -> list[int]:
        """After a request whose fate is unknown: keep what landed (found by key), resend the rest."""
        self.doubtful_attempts += 1
        time.sleep(_DOUBT_SETTLE_SECONDS)
        try:
            if self.key is None:  # the resolver is only installed with a key
                raise exc
            on_server = find_keyed_tasks(self.client, self.project_id, self.key, above_id=self.highest_id)
        except LsClientError:
            raise _Rejected(0, [], exc, count=len(items), in_doubt=True) from exc
        wanted = {item.index for item in items}
        landed = {index: task_id for index, task_id in on_server.items() if index in wanted}
        self.highest_id = max(self.highest_id, *landed.values(), 0)
        missing = [item for item in items if item.index not in landed]
        logger.info(
            "import request of %d tasks failed in doubt (%s): %d are on the server, %d to send again",
            len(items),
            exc,
            len(landed),
            len(missing),
        )
        position_of = {item.index: position for position, item in enumerate(items)}
        if missing and self.doubtful_attempts > _MAX_DOUBTFUL_ATTEMPTS:
            position = position_of[missing[0].index]
            done = [landed[item.index] for item in items[:position]]
            raise _Rejected(position, done, exc, count=len(missing), in_doubt=False) from exc
        try:
            sent = self.sender.send(missing) if missing else []
        except _Rejected as rejected:
            merged = {
                **landed,
                **dict(zip((m.index for m in missing[: rejected.position]), rejected.done, strict=True)),
            }
            position = position_of[missing[rejected.position].index]
            raise _Rejected(
                position,
                [merged[item.index] for item in items[:position]],
                rejected.cause,
                count=rejected.count,
                in_doubt=rejected.in_doubt,
            ) from rejected.cause
        merged = {**landed, **dict(zip((m.index for m in missing), sent, strict=True))}
        return [merged[item.index] for item in items]

    def run_json(self, queue: BatchQueue[_JsonItem], reporter: ProgressReporter) -> list[int]:
        while batch := self.next_batch(queue):
            to_send = [item for item in batch if item.known_id is None]
            self.doubtful_attempts = 0
            try:
                sent = self.sender.send(to_send) if to_send else []
            except _Rejected as rejected:
                bad = to_send[rejected.position]
                done = iter(rejected.done)
                before = [
                    item.known_id if item.known_id is not None else next(done)
                    for item in batch
                    if item.index < bad.index
                ]
                last = to_send[min(rejected.position + rejected.count, len(to_send)) - 1].index
                raise self.failure(bad.index, before, rejected, last) from rejected.cause
            fresh = iter(sent)
            self.ids.extend(item.known_id if item.known_id is not None else next(fresh) for item in batch)
            if len(to_send) < len(batch):
                reporter.set_status(f"{len(batch) - len(to_send)} already imported with key {self.key!r}")
            reporter.advance(len(batch))
        return self.ids

    # -- media files -------------------------------------------------------------------------------------------

    def run_files(self, queue: BatchQueue[_FileItem], reporter: ProgressReporter) -> list[int]:
        while batch := self.next_batch(queue):
            try:
                self.ids.extend(self.sender.send(batch))
            except _Rejected as rejected:
                bad = batch[rejected.position]
                last = batch[min(rejected.position + rejected.count, len(batch)) - 1].index
                raise self.failure(bad.index, rejected.done, rejected, last) from rejected.cause
            reporter.advance(len(batch))
        return self.ids

    # -- shared ------------------------------------------------------------------------------------------------

    sender: _Sender[Any]

    def next_batch(self, queue: BatchQueue[T]) -> list[T]:
        try:
            return queue.next_batch()
        except _SourceError as error:
            cause = (
                error.cause
                if isinstance(error.cause, LsClientError)
                else InvalidInputError(
                    f"reading task #{error.index} failed: {type(error.cause).__name__}: {error.cause}"
                )
            )
            raise TaskImportError(
                project_id=self.project_id,
                imported_task_ids=list(self.ids),
                failed_at=error.index,
                cause=cause,
                failed_range=range(error.index, error.index + 1),
            ) from error.cause

    def failure(self, index: int, before: list[int], rejected: _Rejected, last: int) -> TaskImportError:
        return TaskImportError(
            project_id=self.project_id,
            imported_task_ids=self.ids + before,
            failed_at=index,
            cause=rejected.cause,
            failed_range=range(index, last + 1),
            in_doubt=rejected.in_doubt,
        )


_END = object()


def _next_parallel(parallel: Iterator[Any] | None, name: str, index: int) -> object:
    if parallel is None:
        return None
    value = next(parallel, _END)
    if value is _END:
        raise InvalidInputError(f"{name}= ran out at task #{index}: it must have one item per task")
    return value


def _file_items(paths: Iterator[Any]) -> Iterator[_FileItem]:
    for index, raw in enumerate(paths):
        if not _is_path(raw):
            raise InvalidInputError(f"file #{index} must be a path (str or os.PathLike), not {type(raw).__name__}")
        path = Path(raw)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InvalidInputError(f"file #{index} ({os.fspath(path)!r}) cannot be read: {exc}") from None
        if not path.is_file():
            raise InvalidInputError(f"file #{index} ({os.fspath(path)!r}) is not a regular file")
        yield _FileItem(index, path, size + _PART_OVERHEAD + len(path.name.encode()))


def import_tasks(
    client: Client,
    project_id: int,
    source: Iterable[Any] | str | os.PathLike[str],
    *,
    predictions: Iterable[Any] | None = None,
    annotations: Iterable[Any] | None = None,
    key: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    file_format: FileFormat | None = None,
    text_key: str = UNDEFINED_DATA_KEY,
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600.0,
) -> list[int]:
    """Import tasks into project ``project_id`` and return their ids in input order.

    See :meth:`Project.import_tasks <lsclient.core.proxies.projects.Project.import_tasks>` for the parameters.
    """
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InvalidInputError(f"batch_size must be an int >= 1, got {batch_size!r}")
    if not isinstance(max_request_bytes, int) or max_request_bytes < 1:
        raise InvalidInputError(f"max_request_bytes must be an int >= 1, got {max_request_bytes!r}")
    if key is not None:
        check_key(key)
    if isinstance(source, bytes | bytearray | Mapping):
        raise InvalidInputError(
            f"source must be a list or iterable of tasks, a task file path or a list of media files, "
            f"not {type(source).__name__} (wrap a single task in a list)"
        )
    total = len(source) if isinstance(source, list | tuple) else None
    run = _TaskImport(client, project_id, key, timeout)
    if _is_path(source):
        iterator: Iterator[Any] = read_task_file(source, file_format=file_format, text_key=text_key)  # type: ignore[arg-type]
        media = False
    else:
        first, iterator = _peek(iter(source))  # type: ignore[arg-type]
        media = _is_path(first)
    reporter = default_progress(progress)

    if media:
        if key is not None or predictions is not None or annotations is not None:
            raise InvalidInputError(
                "key=, predictions= and annotations= cannot be used with media files: Label Studio creates "
                "those tasks itself from the uploads; import task dicts (or a task file) for them instead"
            )
        limits = Limits(count=min(batch_size, MAX_FILES_PER_REQUEST), bytes=max_request_bytes)
        run.sender = _Sender(
            lambda items: _post_files(client, project_id, items, timeout), limits, overhead=_PART_OVERHEAD
        )
        with track(reporter, total, f"uploading files to project {project_id}", unit="file"):
            return run.run_files(BatchQueue(_file_items(iterator), limits, overhead=_PART_OVERHEAD), reporter)

    known: dict[int, int] = {}
    if key is not None:
        known = find_keyed_tasks(client, project_id, key)
        run.highest_id = max(known.values(), default=0)
        if known:
            logger.info("%d tasks of import key %r are already in project %s", len(known), key, project_id)
    limits = Limits(count=batch_size, bytes=max_request_bytes)
    run.sender = _Sender(run.post_tasks, limits, overhead=2, resolve=run.resolve_by_key if key is not None else None)
    items = run.items(
        iterator,
        iter(predictions) if predictions is not None else None,
        iter(annotations) if annotations is not None else None,
        known,
    )
    with track(reporter, total, f"importing tasks into project {project_id}", unit="task"):
        return run.run_json(BatchQueue(items, limits), reporter)


# ------------------------------------------------------------------------------------------------ predictions


def _prediction_items(predictions: Iterator[Any]) -> Iterator[_JsonItem]:
    for index, raw in enumerate(predictions):
        prediction = raw.to_dict() if hasattr(raw, "to_dict") and not isinstance(raw, Mapping) else raw
        if not isinstance(prediction, Mapping):
            raise InvalidInputError(f"prediction #{index} must be a mapping, not {type(raw).__name__}")
        task = prediction.get("task")
        if not isinstance(task, int) or isinstance(task, bool):
            raise InvalidInputError(f"prediction #{index} needs an int 'task' (the task id), got {task!r}")
        if not isinstance(prediction.get("result"), list):
            raise InvalidInputError(f"prediction #{index} needs a 'result' list, got {prediction.get('result')!r}")
        yield _JsonItem(index, _encode(dict(prediction), f"prediction #{index}"))


def _post_predictions(client: Client, project_id: int, items: list[_JsonItem], timeout: float) -> list[int]:
    body = b"[" + b",".join(item.body for item in items) + b"]"

    def send() -> Response[Any]:
        # As for tasks: the generated operation's route and parsing, with the body measured for batching.
        kwargs = projects_import_predictions_create.request_kwargs(project_id, body=[])
        del kwargs["json"]
        kwargs["content"] = body
        response = client.http.get_httpx_client().request(**kwargs, timeout=_request_timeout(timeout))
        return projects_import_predictions_create.build_response(client=client.http, response=response)

    answer = call(send)
    if not isinstance(answer, ProjectsImportPredictionsCreatePredictionsImportResponse) or not isinstance(
        answer.created, int
    ):
        raise ResponseParseError("the predictions import answer has no 'created' count", status_code=201)
    return [answer.created]


def import_predictions(
    client: Client,
    project_id: int,
    predictions: Iterable[Any],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600.0,
) -> int:
    """Import predictions of existing tasks of ``project_id``; return how many the server created.

    See :meth:`Project.import_predictions <lsclient.core.proxies.projects.Project.import_predictions>`.
    """
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InvalidInputError(f"batch_size must be an int >= 1, got {batch_size!r}")
    if not isinstance(max_request_bytes, int) or max_request_bytes < 1:
        raise InvalidInputError(f"max_request_bytes must be an int >= 1, got {max_request_bytes!r}")
    if isinstance(predictions, Mapping):
        raise InvalidInputError("predictions must be an iterable of prediction mappings (wrap a single one in a list)")
    total = len(predictions) if isinstance(predictions, list | tuple) else None
    limits = Limits(count=batch_size, bytes=max_request_bytes)
    sender: _Sender[_JsonItem] = _Sender(
        lambda items: _post_predictions(client, project_id, items, timeout), limits, overhead=2
    )
    queue = BatchQueue(_prediction_items(iter(predictions)), limits)
    created = sent = 0
    reporter = default_progress(progress)
    with track(reporter, total, f"importing predictions into project {project_id}", unit="prediction"):
        while True:
            try:
                batch = queue.next_batch()
            except _SourceError as error:
                cause = error.cause if isinstance(error.cause, LsClientError) else InvalidInputError(str(error.cause))
                raise PredictionImportError(
                    project_id=project_id, created=created, failed_at=error.index, cause=cause
                ) from error.cause
            if not batch:
                break
            try:
                counts = sender.send(batch)
            except _Rejected as rejected:
                raise PredictionImportError(
                    project_id=project_id,
                    created=created + sum(rejected.done),
                    failed_at=batch[rejected.position].index,
                    cause=rejected.cause,
                    in_doubt=rejected.in_doubt,
                ) from rejected.cause
            created += sum(counts)
            sent += len(batch)
            reporter.advance(len(batch))
    if created < sent:
        warnings.warn(
            PredictionsSkippedWarning(
                f"Label Studio created {created} of {sent} predictions in project {project_id}: it skips, without an "
                "error, predictions whose result does not fit the project's label config"
            ),
            stacklevel=3,
        )
    return created
