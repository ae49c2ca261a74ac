"""The bulk import loop: :func:`import_tasks` and :func:`import_predictions` send batches so that nothing is lost.

They are :meth:`AsyncProject.import_tasks <lsclient.core._async.projects.AsyncProject.import_tasks>` and
:meth:`AsyncProject.import_predictions <lsclient.core._async.projects.AsyncProject.import_predictions>`.
Sources become items in :mod:`lsclient.core.task_sources`, items become requests in :mod:`lsclient.core.batching`,
import keys are :mod:`lsclient.core.import_keys`; this module sends, and decides what to do when a request fails.

What Label Studio 1.23.2 does with ``POST /api/projects/{id}/import`` (read in its source, checked on a server):

* Community imports synchronously and answers ``task_ids`` in input order (with ``return_task_ids=true``);
  other editions answer ``{"import": id}`` and the job is polled. A 400 (a task that does not fit the label
  config) creates nothing, and its ``validation_errors`` name the position of each bad task in the request.
* A request that is too large is answered 500 or 413 and imports nothing (see :mod:`lsclient.core.batching`): it
  is split and sent again, and the smaller size is kept for the rest of the run.
* Uploaded files become tasks on the server: an image, audio or video file one task (its URL under the data key of
  the label config); a ``.txt`` file one task **per line**, a ``.csv``/``.tsv`` one per row, a ``.json`` its tasks.
  Several files must travel under distinct form field names (Django keeps only the last file per name).
* ``POST /api/projects/{id}/import/predictions`` answers ``{"created": n}`` (no ids). An unknown task id is a 400
  that creates nothing; a prediction whose result does not fit the label config is **silently skipped**.

**Concurrency.** With ``concurrency=n`` up to ``n`` batches are in flight at once (asyncio tasks in the async
flavour, threads in the sync one), and their results are taken in input order (the ids the server gives follow the
order it writes the requests in, not the input's). When a batch fails, no new batch starts; the ones in flight
finish and are recorded in a :class:`~lsclient.core.batching.Ledger`. The first failure in input order decides the
error, with every item before it accounted for. What the batches after it did is reported as fact: those that went
in anyway (they were sent before the failure was known) are in the error's ``imported_after`` (task ids by input
index) or ``created_after`` (a prediction count). Only a request whose outcome is unknown (connection dropped after
sending, timeout, 5xx) sets ``in_doubt`` and widens ``failed_range`` over its items. With an import key a re-run
finds everything that is in; without one, re-run ``source[failed_at:]`` without the items of ``imported_after``.

Both functions are the methods themselves (``AsyncProject.import_tasks = import_tasks``): their signature and
documentation are declared once, here.

Example::

    ids = await project.import_tasks("tasks.jsonl", key="nightly-2026-11-22", progress=False)
"""

from __future__ import annotations

import logging
import mimetypes
import os
import warnings
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sized
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from lsclient.api_client.api.data_manager import dm_actions_create
from lsclient.api_client.api.import_ import projects_import_create, projects_import_predictions_create
from lsclient.api_client.api.projects import projects_imports_retrieve
from lsclient.api_client.api.tasks import tasks_list
from lsclient.api_client.models.dm_actions_create_body import DmActionsCreateBody
from lsclient.api_client.models.dm_actions_create_body_all_false import DmActionsCreateBodyAllFalse
from lsclient.api_client.models.dm_actions_create_id import DmActionsCreateId
from lsclient.api_client.models.projects_import_create_task_creation_response import (
    ProjectsImportCreateTaskCreationResponse,
)
from lsclient.api_client.models.projects_import_predictions_create_predictions_import_response import (
    ProjectsImportPredictionsCreatePredictionsImportResponse,
)
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.types import Response, Unset

from ..arguments import check_seconds
from ..batching import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_REQUEST_BYTES,
    DEFAULT_MAX_UPLOAD_BYTES,
    MAX_FILES_PER_REQUEST,
    PART_OVERHEAD,
    BatchFailure,
    BatchQueue,
    FailureKind,
    FileItem,
    Item,
    JsonItem,
    Ledger,
    Limits,
    PredictionsSkippedWarning,
    SourceError,
    bad_item_position,
    check_positive,
    classify_failure,
    json_array,
    split,
)
from ..concurrency import async_map_ordered, async_sleep
from ..errors import (
    APIConnectionError,
    APIStatusError,
    IncompleteImportError,
    InvalidInputError,
    InvalidTypeError,
    LsClientError,
    PredictionImportError,
    ResponseParseError,
    ServerError,
    TaskImportError,
)
from ..import_keys import KeyedTasks, check_key, key_query
from ..paging import Page
from ..progress import ProgressReporter, default_progress, track
from ..task_sources import file_items, open_media, open_source, prediction_items, task_items
from ..taskfiles import UNDEFINED_DATA_KEY, FileFormat
from .calls import call, call_no_content, open_http
from .paging import AsyncPager
from .waiting import wait_for

if TYPE_CHECKING:
    from .client import AsyncClient
    from .projects import AsyncProject

__all__ = ["DEFAULT_PREDICTIONS_BATCH_SIZE", "find_keyed_tasks", "import_predictions", "import_tasks"]

logger = logging.getLogger(__name__)

T = TypeVar("T", bound=Item)

#: Predictions per request of :func:`import_predictions` unless bytes or a server answer say fewer. Larger than for
#: tasks because Label Studio (1.23.2) reads every task id of the project and recounts every task's predictions
#: after each request, however few it carried: 2,000 predictions into a 10,000-task project took 7.6 s in one
#: request, 10.2 s in two and 56 s in ten (measured on a busy machine).
DEFAULT_PREDICTIONS_BATCH_SIZE = 10_000

# Attempts to resend a batch after failures that left its fate unknown (each one checked by key first).
_MAX_DOUBTFUL_ATTEMPTS = 3
# Pause before checking by key what an interrupted request created, so a server still finishing it can commit.
_DOUBT_SETTLE_SECONDS = 1.0
_KEY_PAGE_SIZE = 5000
# Attempts to delete tasks an import created incomplete (0.5 s, 1 s, 2 s, 4 s apart).
_REMOVE_ATTEMPTS = 5


# ---------------------------------------------------------------------------------------------- sending


class _Rejected(Exception):
    """A request failed; ``done`` holds the results for ``items[:position]``, which are on the server.

    ``count`` is how many items the failed request held, from ``position`` on; ``in_doubt`` means its outcome is
    unknown (it may have been applied). ``landed`` maps the input index of each item from ``position`` on that is
    on the server all the same to its task id (tasks created incomplete and not removed, tasks found by key).
    """

    def __init__(
        self,
        position: int,
        done: list[int],
        cause: LsClientError,
        *,
        count: int,
        in_doubt: bool,
        landed: dict[int, int] | None = None,
    ) -> None:
        super().__init__(str(cause))
        self.position = position
        self.done = done
        self.cause = cause
        self.count = count
        self.in_doubt = in_doubt
        self.landed = landed or {}


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
        post: Callable[[list[T]], Awaitable[list[int]]],
        limits: Limits,
        *,
        overhead: int,
        resolve: Callable[[list[T], LsClientError], Awaitable[list[int]]] | None = None,
    ) -> None:
        self._post = post
        self.limits = limits
        self._overhead = overhead
        self._resolve = resolve

    async def send(self, items: list[T]) -> list[int]:
        try:
            return await self._post(items)
        except LsClientError as exc:
            kind = classify_failure(exc)
            if kind in ("too_large", "too_many_files") and len(items) > 1:
                self._shrink(kind, items)
                logger.info(
                    "the server refused %d items as too many or too large; continuing with at most %d items / %d bytes",
                    len(items),
                    self.limits.count,
                    self.limits.bytes,
                )
                return await self.send_within_limits(items)
            if kind == "rejected" and isinstance(exc, APIStatusError) and len(items) > 1:
                position = bad_item_position(exc, len(items))
                if position is None:
                    middle = len(items) // 2
                    return await self.send_parts([items[:middle], items[middle:]])
                head = await self.send(items[:position]) if position else []
                raise _Rejected(position, head, exc, count=1, in_doubt=False) from exc
            if kind == "in_doubt" and self._resolve is not None:
                return await self._resolve(items, exc)
            landed: dict[int, int] = {}
            in_doubt = kind in ("in_doubt", "pending")
            if isinstance(exc, IncompleteImportError) and not exc.removed and len(exc.task_ids) == len(items):
                # The server said which tasks it created (incomplete), and they stayed: a known outcome, not doubt.
                landed = {item.index: task_id for item, task_id in zip(items, exc.task_ids, strict=True)}
                in_doubt = False
            raise _Rejected(0, [], exc, count=len(items), in_doubt=in_doubt, landed=landed) from exc

    async def send_within_limits(self, items: list[T]) -> list[int]:
        """Send ``items`` in consecutive parts, each cut to the limits as they are when it is sent."""
        done: list[int] = []
        start = 0
        while start < len(items):
            end = start + len(split(items[start : start + self.limits.count], self.limits, self._overhead)[0])
            done.extend(await self._send_part(items, start, end, done))
            start = end
        return done

    async def send_parts(self, parts: list[list[T]]) -> list[int]:
        """Send consecutive ``parts`` one after the other."""
        done: list[int] = []
        start = 0
        for part in parts:
            done.extend(await self._send_part(part, 0, len(part), done, offset=start))
            start += len(part)
        return done

    async def _send_part(self, items: list[T], start: int, end: int, done: list[int], *, offset: int = 0) -> list[int]:
        try:
            return await self.send(items[start:end])
        except _Rejected as rejected:
            raise _Rejected(
                offset + start + rejected.position,
                done + rejected.done,
                rejected.cause,
                count=rejected.count,
                in_doubt=rejected.in_doubt,
                landed=rejected.landed,
            ) from rejected.cause

    def _shrink(self, kind: FailureKind, items: list[T]) -> None:
        """Lower the limits to at most half of the refused request, so it splits into two parts or more."""
        if kind == "too_many_files":
            self.limits.shrink(count=len(items) // 2)
        else:
            self.limits.shrink(bytes=(self._overhead + sum(item.size for item in items)) // 2)


def _failure_of(
    first: int, sent: list[T], rejected: _Rejected, done: list[int], landed: dict[int, int] | None = None
) -> BatchFailure:
    """The account, in input indexes, of a batch (starting at input index ``first``) whose run of items ``sent``
    was rejected; ``done`` are the results of the batch's items before the rejected one, ``landed`` the items
    after it on the server all the same (by default, those the rejection names)."""
    last = sent[min(rejected.position + rejected.count, len(sent)) - 1].index
    return BatchFailure(
        first=first,
        failed_at=sent[rejected.position].index,
        done=done,
        last=last,
        in_doubt=rejected.in_doubt,
        cause=rejected.cause,
        landed=rejected.landed if landed is None else landed,
    )


class _Outcome:
    """What :func:`_send_batches` ended with: the ledger, and why it stopped early (if it did)."""

    def __init__(self) -> None:
        self.ledger = Ledger()
        self.source_error: SourceError | None = None
        self.unexpected: BaseException | None = None  # the first failure in input order was not an import error


async def _send_batches(
    queue: BatchQueue[T],
    send: Callable[[list[T]], Awaitable[list[int]]],
    failure_of: Callable[[list[T], _Rejected], BatchFailure],
    *,
    concurrency: int,
    on_done: Callable[[list[T]], None],
) -> _Outcome:
    """Send the queue's batches, up to ``concurrency`` at once, and record their outcomes in input order.

    ``send(batch)`` returns the batch's results or raises :class:`_Rejected`; ``on_done(batch)`` runs (here, in
    input order) for each batch that went in before any failure. After the first failure, or when the source
    fails, no new batch is started; those in flight are awaited and recorded, so the ledger is exact.
    """
    outcome = _Outcome()
    stopped = False

    def batches() -> Iterator[list[T]]:
        while not stopped:  # checked before each new batch: none starts after a failure is known
            try:
                batch = queue.next_batch()
            except SourceError as error:
                outcome.source_error = error
                return
            if not batch:
                return
            yield batch
            del batch

    async def guarded(batch: list[T]) -> list[int]:
        nonlocal stopped
        try:
            return await send(batch)
        except BaseException:
            stopped = True
            raise

    ledger = outcome.ledger
    # Read to the end whatever happens, so every batch in flight is awaited and recorded (none is left running).
    async for batch, result in async_map_ordered(guarded, batches(), concurrency):
        if isinstance(result, _Rejected):
            ledger.fail(failure_of(batch, result))
        elif isinstance(result, BaseException):
            if ledger.failure is None:
                outcome.unexpected = result
            # Nothing is known of a request that failed this way: count it as possibly applied.
            first, last = batch[0].index, batch[-1].index
            ledger.fail(BatchFailure(first=first, failed_at=first, done=[], last=last, in_doubt=True, cause=result))
        else:
            before_any_failure = ledger.failure is None
            ledger.add([item.index for item in batch], result)
            if before_any_failure:
                on_done(batch)
        del batch, result  # not held while the next batch is made
    return outcome


# ------------------------------------------------------------------------------------------------- requests


def _request_timeout(timeout: float) -> httpx.Timeout:
    return httpx.Timeout(timeout, connect=min(timeout, 10.0))


async def _task_ids(
    client: AsyncClient, project_id: int, answer: object, *, expected: int | None, timeout: float
) -> list[int]:
    """The created task ids from an import answer, polling the import job when the server runs it asynchronously."""
    if not isinstance(answer, ProjectsImportCreateTaskCreationResponse):
        raise ResponseParseError("the import answer is not a task creation response", status_code=201)
    task_ids: object = answer.task_ids
    # Read through to_dict: Label Studio releases before 1.23 do not describe the asynchronous "import" field.
    import_id = answer.to_dict().get("import")
    if isinstance(task_ids, Unset) and isinstance(import_id, int):
        # Asynchronous import (editions other than Community): poll the import job until it is done.
        job = await wait_for(
            lambda: call(projects_imports_retrieve.asyncio_detailed, project_id, import_id, client=client.http),
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


def _created_count(answer: ProjectsImportCreateTaskCreationResponse, name: str) -> int | None:
    value = answer.additional_properties.get(name)  # the server says prediction_count, the schema predictions_count
    if value is None and name == "prediction_count":
        value = answer.predictions_count
    elif value is None:
        value = answer.annotation_count
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def _post_tasks(client: AsyncClient, project_id: int, items: list[JsonItem], timeout: float) -> list[int]:
    body = json_array(items)

    async def send() -> Response[Any]:
        # The generated operation gives the route, query and answer parsing; the body goes out as the bytes that
        # were measured for batching (serialized once, not rebuilt through the request models).
        kwargs = projects_import_create.request_kwargs(project_id, body=[], return_task_ids=True)
        del kwargs["json"]
        kwargs["content"] = body
        response = await open_http(client.http).request(**kwargs, timeout=_request_timeout(timeout))
        return projects_import_create.build_response(client=client.http, response=response)

    answer = await call(send)
    ids = await _task_ids(client, project_id, answer, expected=len(items), timeout=timeout)
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


async def _remove_tasks(client: AsyncClient, project_id: int, task_ids: list[int]) -> None:
    """Delete these tasks of the project (the data manager's delete action), retrying: it is idempotent, and on
    SQLite it fails with a 500 "database is locked" under the same contention that made the tasks incomplete."""
    body = DmActionsCreateBody(selected_items=DmActionsCreateBodyAllFalse(all_=False, included=task_ids))
    for attempt in range(_REMOVE_ATTEMPTS):
        try:
            await call_no_content(
                dm_actions_create.asyncio_detailed,
                client=client.http,
                id=DmActionsCreateId.DELETE_TASKS,
                project=project_id,
                body=body,
            )
            return
        except (ServerError, APIConnectionError):
            if attempt == _REMOVE_ATTEMPTS - 1:
                raise
            await async_sleep(0.5 * 2**attempt)


async def _post_files(client: AsyncClient, project_id: int, items: list[FileItem], timeout: float) -> list[int]:
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
                    stack.enter_context(open_media(item)),
                    mimetypes.guess_type(item.path.name)[0] or "application/octet-stream",
                ),
            )
            for position, item in enumerate(items)
        ]

        async def send() -> Response[Any]:
            response = await open_http(client.http).post(
                kwargs["url"], params=kwargs["params"], files=files, timeout=_request_timeout(timeout)
            )
            return projects_import_create.build_response(client=client.http, response=response)

        answer = await call(send)
    return await _task_ids(client, project_id, answer, expected=None, timeout=timeout)


async def find_keyed_tasks(client: AsyncClient, project_id: int, key: str, *, above_id: int = 0) -> dict[int, int]:
    """``{input index: task id}`` of the project's tasks imported with ``key`` (ids > ``above_id`` only).

    One server-side filter on the meta text (``"<key>:``; ``GET /api/tasks/``, 5000 per page); the exact key is
    then checked here, since Label Studio's ``contains`` ignores case. When several tasks carry the same index the
    lowest id wins (and a warning is logged).

    :raises InvalidInputError: ``key`` is not a valid import key.
    """
    query = key_query(key, above_id=above_id)

    async def fetch_page(page: int, size: int) -> Page[tuple[int, object]]:
        answer = await call(
            tasks_list.asyncio_detailed,
            client=client.http,
            project=project_id,
            page=page,
            page_size=size,
            query=query,
            fields=TasksListFields.TASK_ONLY,
            include="id,meta",
        )
        return Page(items=[(task.id, task.meta) for task in answer.tasks], total=answer.total)

    keyed = KeyedTasks(key)
    async for task_id, meta in AsyncPager(fetch_page, page_size=_KEY_PAGE_SIZE):
        keyed.add(task_id, meta)
    if keyed.duplicates:
        logger.warning("project %s has %d duplicate tasks for import key %r", project_id, keyed.duplicates, key)
    return keyed.found


# ---------------------------------------------------------------------------------------------------- tasks


class _TaskImport:
    """One run of :func:`import_tasks` for JSON tasks: the shared limits and the key bookkeeping."""

    def __init__(self, client: AsyncClient, project_id: int, key: str | None, limits: Limits, timeout: float) -> None:
        self.client = client
        self.project_id = project_id
        self.key = key
        self.limits = limits
        self.timeout = timeout
        # The highest id of a task seen in this run: a task that a later request creates has a higher id.
        self.highest_id = 0

    async def send_batch(self, batch: list[JsonItem]) -> list[int]:
        """The ids of the batch's tasks, in order; those already on the server (by key) are not sent again."""
        to_send = [item for item in batch if item.known_id is None]
        sent = await _TaskBatch(self).sender.send(to_send) if to_send else []
        fresh = iter(sent)
        return [item.known_id if item.known_id is not None else next(fresh) for item in batch]

    def failure_of(self, batch: list[JsonItem], rejected: _Rejected) -> BatchFailure:
        to_send = [item for item in batch if item.known_id is None]
        bad = to_send[rejected.position]
        done = iter(rejected.done)
        before = [
            item.known_id if item.known_id is not None else next(done) for item in batch if item.index < bad.index
        ]
        # After the failed item, the tasks already imported with the key are on the server too (never sent).
        known = {item.index: item.known_id for item in batch if item.index > bad.index and item.known_id is not None}
        return _failure_of(batch[0].index, to_send, rejected, before, {**known, **rejected.landed})


class _TaskBatch:
    """Sending one batch of a :class:`_TaskImport`, and the state of its requests whose fate was unknown.

    Each batch has its own state, so batches sent concurrently do not disturb one another's checks by key.
    """

    def __init__(self, run: _TaskImport) -> None:
        self.run = run
        # Tasks this batch creates have ids above every id seen before it was sent: the key check looks only there.
        self.floor = run.highest_id
        self.doubtful_attempts = 0
        self.sender = _Sender(self.post, run.limits, overhead=2, resolve=self.resolve if run.key is not None else None)

    async def post(self, items: list[JsonItem]) -> list[int]:
        """Import ``items``; a request whose tasks came without all their predictions/annotations is undone and
        sent once more (Label Studio drops them when it retries the request after an SQLite lock)."""
        run = self.run
        for attempt in range(2):
            try:
                ids = await _post_tasks(run.client, run.project_id, items, run.timeout)
            except _Incomplete as incomplete:
                try:
                    await _remove_tasks(run.client, run.project_id, incomplete.task_ids)
                except LsClientError as exc:
                    raise IncompleteImportError(str(incomplete), task_ids=incomplete.task_ids, removed=False) from exc
                if attempt:
                    raise IncompleteImportError(str(incomplete), task_ids=incomplete.task_ids, removed=True) from None
                logger.warning("%s; removed them, sending the request again", incomplete)
                continue
            self.seen(ids)
            return ids
        raise AssertionError("unreachable")  # pragma: no cover

    def seen(self, ids: Iterable[int]) -> None:
        self.floor = max(self.floor, *ids, 0)
        self.run.highest_id = max(self.run.highest_id, self.floor)

    async def resolve(self, items: list[JsonItem], exc: LsClientError) -> list[int]:
        """After a request whose fate is unknown: keep what landed (found by key), resend the rest."""
        run = self.run
        self.doubtful_attempts += 1
        await async_sleep(_DOUBT_SETTLE_SECONDS)
        try:
            if run.key is None:  # the resolver is only installed with a key
                raise exc
            on_server = await find_keyed_tasks(run.client, run.project_id, run.key, above_id=self.floor)
        except LsClientError:
            raise _Rejected(0, [], exc, count=len(items), in_doubt=True) from exc
        wanted = {item.index for item in items}
        landed = {index: task_id for index, task_id in on_server.items() if index in wanted}
        self.seen(landed.values())
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
            # Given up: the failed request is this one from its first missing item on, whose landed items are known.
            position = position_of[missing[0].index]
            done = [landed[item.index] for item in items[:position]]
            after = {index: task_id for index, task_id in landed.items() if index > missing[0].index}
            raise _Rejected(position, done, exc, count=len(items) - position, in_doubt=False, landed=after) from exc
        try:
            sent = await self.sender.send(missing) if missing else []
        except _Rejected as rejected:
            # Positions in ``missing`` -> positions in ``items``; the landed items in between are known to be in.
            failed = missing[rejected.position]
            merged = {
                **landed,
                **dict(zip((m.index for m in missing[: rejected.position]), rejected.done, strict=True)),
            }
            position = position_of[failed.index]
            last = missing[min(rejected.position + rejected.count, len(missing)) - 1]
            after = {index: task_id for index, task_id in landed.items() if index > failed.index}
            raise _Rejected(
                position,
                [merged[item.index] for item in items[:position]],
                rejected.cause,
                count=position_of[last.index] - position + 1,
                in_doubt=rejected.in_doubt,
                landed={**after, **rejected.landed},
            ) from rejected.cause
        merged = {**landed, **dict(zip((m.index for m in missing), sent, strict=True))}
        return [merged[item.index] for item in items]


def _source_failure(project_id: int, imported: list[int], error: SourceError) -> TaskImportError:
    cause = (
        error.cause
        if isinstance(error.cause, LsClientError)
        else InvalidInputError(f"reading task #{error.index} failed: {type(error.cause).__name__}: {error.cause}")
    )
    return TaskImportError(
        project_id=project_id,
        imported_task_ids=imported,
        failed_at=error.index,
        cause=cause,
        failed_range=range(error.index, error.index + 1),
    )


def _raise_for_tasks(project_id: int, outcome: _Outcome) -> None:
    """Raise what stopped a task import, if anything did (the first failure in input order)."""
    ledger = outcome.ledger
    failure = ledger.failure
    if failure is not None:
        if outcome.unexpected is not None:
            raise outcome.unexpected
        raise TaskImportError(
            project_id=project_id,
            imported_task_ids=ledger.results,
            failed_at=failure.failed_at,
            cause=failure.cause,
            failed_range=ledger.failed_range,
            in_doubt=ledger.in_doubt,
            imported_after=ledger.landed_by_index,
        ) from failure.cause
    if outcome.source_error is not None:
        error = _source_failure(project_id, ledger.results, outcome.source_error)
        raise error from outcome.source_error.cause


async def import_tasks(
    project: AsyncProject,
    source: Iterable[Any] | str | os.PathLike[str],
    *,
    predictions: Iterable[Any] | None = None,
    annotations: Iterable[Any] | None = None,
    key: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    max_request_bytes: int | None = None,
    file_format: FileFormat | None = None,
    text_key: str = UNDEFINED_DATA_KEY,
    concurrency: int = 1,
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600.0,
) -> list[int]:
    """Import tasks in batches and return their new ids, in input order.

    ``source`` is one of:

    - a list, or any iterable / generator, of tasks, consumed lazily (never held in memory as a whole).
      A task is its data (``{"text": "great"}``), a full task (``{"data": {...}, "meta": {...},
      "predictions": [...], "annotations": [...]}``) or the generated ``ImportApiRequest``;
    - the path of a task file: ``.json`` (an array, read incrementally), ``.jsonl``, ``.csv`` / ``.tsv``
      (the header row names the data keys; values stay strings) or ``.txt`` (one task per line, stored under
      ``text_key``; the default ``"$undefined$"`` is Label Studio's own choice for ``.txt`` uploads, which
      the server replaces by the first data key of the label config). ``file_format=`` overrides the
      extension. See :func:`~lsclient.core.taskfiles.read_task_file`;
    - a list (or iterable) of paths of local media files (images, audio, video...), uploaded as files:
      Label Studio creates one task per media file (its URL under the config's data key). The server reads
      ``.txt`` / ``.csv`` / ``.tsv`` / ``.json`` uploads as task lists (one task per line or row), so those
      yield as many ids as they hold tasks. ``key``, ``predictions`` and ``annotations`` do not apply.

    ``predictions`` / ``annotations``: optional iterables parallel to ``source`` (one item per task: None,
    one dict, or a list of dicts), appended to each task's ``predictions`` / ``annotations``. Handy when data
    and model output come from different places; full task dicts do the same in one place. Predictions of
    tasks already on the server go through :meth:`import_predictions`.

    **Batches.** Each ``POST /api/projects/{id}/import?return_task_ids=true`` carries at most ``batch_size`` tasks
    (default 10,000; media: at most 100 files) and ``max_request_bytes`` bytes of body (default ``None``: 16 MiB
    of JSON, 64 MiB of media files, which are streamed from the disk; a bigger single task travels alone). So
    10,000 small tasks go in one request, and only one batch (``concurrency`` batches) is held in memory at a
    time, about twice its bytes. When the server or a proxy still refuses a request as too large (413, or Label
    Studio's 500 for ``DATA_UPLOAD_MAX_MEMORY_SIZE`` / ``DATA_UPLOAD_MAX_NUMBER_FILES``), nothing was imported:
    it is split in halves and the smaller size is kept for the rest of the run. The progress bar advances as
    each request is answered.

    **Failures.** A task the server rejects (400) is found from the answer (or by halving the request); the
    tasks before it are imported, then :class:`~lsclient.core.errors.TaskImportError` is raised with
    ``imported_task_ids`` (every item before ``failed_at``), ``failed_at`` (the bad item) and the server's
    error as ``__cause__``. Nothing from ``failed_at`` on is imported (except the items of ``imported_after``, see
    ``concurrency``), so fixing the data and importing ``source[failed_at:]`` continues exactly. Label Studio
    on SQLite, under concurrent writes, can answer success having created a request's tasks without their
    predictions and annotations; the answer's counts show it, so those tasks are removed and the request is
    sent once more (if that fails too, the cause is an :class:`~lsclient.core.errors.IncompleteImportError`;
    tasks that could not be removed are in ``imported_after``).

    **Import key.** With ``key="nightly-2026-11-22"`` every task gets ``meta["lsclient_import"] =
    "nightly-2026-11-22:<input index>"`` (merged into its meta). Before sending anything, one server-side
    filter query finds the indexes of this key already in the project; those tasks are not sent again and
    their existing ids are returned in their places. So a re-run of the same source with the same key
    after any failure imports only what is missing: no duplicates, all ids in order. When a request fails
    in a way that leaves its fate unknown (connection dropped after sending, timeout, 5xx), the key is
    checked for that request before resending only what did not land. A request the server is still
    processing when that check runs (e.g. a read timeout shorter than the import) can land afterwards;
    keep ``timeout`` generous. Without a key such a failure raises ``TaskImportError`` with
    ``in_doubt=True`` and ``failed_range`` (those tasks may or may not be in), and **a re-run may duplicate
    tasks**.

    :param concurrency: how many requests may be in flight at once (an int >= 1; default 1). Above 1, batches
        are sent concurrently (threads in the sync flavour, tasks in the async one); the returned ids are still
        in input order and every import-key guarantee holds. **Task ids then follow the server's order, not the
        input's**: each batch's ids ascend, but a later batch may be given lower ids (and ``inner_id``) than an
        earlier one, so the project lists its tasks (by id) out of input order. Pay for it only where it pays
        back: Label Studio writes a project's import requests one at a time (it locks the project row while it
        inserts, about half of a request's time), which bounds the gain near 1.5x with 4 requests in flight;
        against gunicorn with 4 workers on PostgreSQL, ``concurrency=4`` measured 1.05-1.2x faster than one
        sequential request (docs/workflow-import.md). On SQLite (the development server) concurrent writes wait
        for its lock and were 10x slower, hence the default. A failure stops new batches; those already sent
        finish, and the error says exactly what they did: the tasks of those that went in are in
        ``imported_after`` (input index -> task id) and do not make the error ``in_doubt``; only a request whose
        outcome is unknown does (and widens ``failed_range`` over its items). Without a key, a re-run of
        ``source[failed_at:]`` must leave out the items of ``imported_after``; with the key, it finds them.
    :param progress: a tqdm bar by default (total known for lists), ``False`` for none, or a reporter.
    :param timeout: seconds to wait for one import request (and for an asynchronous import job).
    :raises TaskImportError: see above.
    :raises InvalidInputError: bad arguments (before anything is sent), naming the argument: ``batch_size``,
        ``max_request_bytes`` or ``concurrency`` not an int >= 1, a bad ``key``...
    :raises FileNotFoundError: ``source`` names a task file that does not exist (before anything is sent); a
        file that turns out malformed midway raises :class:`TaskImportError` after the tasks before it.

    >>> await project.import_tasks("reviews.csv", key="reviews-v1", progress=False)  # doctest: +SKIP
    [101, 102, 103]
    """
    check_seconds(timeout, "import_tasks(): timeout")
    client, project_id = project.client, project.id
    check_positive("batch_size", batch_size)
    if max_request_bytes is not None:
        check_positive("max_request_bytes", max_request_bytes)
    check_positive("concurrency", concurrency)
    if key is not None:
        check_key(key)
    opened = open_source(source, file_format=file_format, text_key=text_key)
    reporter = default_progress(progress)

    if opened.media:
        if key is not None or predictions is not None or annotations is not None:
            raise InvalidInputError(
                "key=, predictions= and annotations= cannot be used with media files: Label Studio creates "
                "those tasks itself from the uploads; import task dicts (or a task file) for them instead"
            )
        limits = Limits(
            count=min(batch_size, MAX_FILES_PER_REQUEST), bytes=max_request_bytes or DEFAULT_MAX_UPLOAD_BYTES
        )

        async def post_files(items: list[FileItem]) -> list[int]:
            return await _post_files(client, project_id, items, timeout)

        async def send_files(batch: list[FileItem]) -> list[int]:
            return await _Sender(post_files, limits, overhead=PART_OVERHEAD).send(batch)

        def files_failure(batch: list[FileItem], rejected: _Rejected) -> BatchFailure:
            return _failure_of(batch[0].index, batch, rejected, rejected.done)

        with track(reporter, opened.total, f"uploading files to project {project_id}", unit="file"):
            outcome = await _send_batches(
                BatchQueue(file_items(opened.items), limits, overhead=PART_OVERHEAD),
                send_files,
                files_failure,
                concurrency=concurrency,
                on_done=lambda batch: reporter.advance(len(batch)),
            )
            _raise_for_tasks(project_id, outcome)
        return outcome.ledger.results

    for name, parallel in (("predictions", predictions), ("annotations", annotations)):
        # both lengths known: a mismatch is refused before any request (otherwise it is found when reached,
        # after the tasks before it went in)
        if isinstance(parallel, Sized) and opened.total is not None and len(parallel) != opened.total:
            raise InvalidInputError(
                f"{name}= has {len(parallel)} items for the source's {opened.total} tasks: give one per task "
                "(None for a task without)"
            )
    known: dict[int, int] = {}
    if key is not None:
        known = await find_keyed_tasks(client, project_id, key)
        if known:
            logger.info("%d tasks of import key %r are already in project %s", len(known), key, project_id)
    limits = Limits(count=batch_size, bytes=max_request_bytes or DEFAULT_MAX_REQUEST_BYTES)
    run = _TaskImport(client, project_id, key, limits, timeout)
    run.highest_id = max(known.values(), default=0)
    items = task_items(
        opened.items,
        predictions=iter(predictions) if predictions is not None else None,
        annotations=iter(annotations) if annotations is not None else None,
        key=key,
        known=known,
    )

    def done(batch: list[JsonItem]) -> None:
        skipped = sum(1 for item in batch if item.known_id is not None)
        if skipped:
            reporter.set_status(f"{skipped} already imported with key {key!r}")
        reporter.advance(len(batch))

    with track(reporter, opened.total, f"importing tasks into project {project_id}", unit="task"):
        outcome = await _send_batches(
            BatchQueue(items, limits), run.send_batch, run.failure_of, concurrency=concurrency, on_done=done
        )
        _raise_for_tasks(project_id, outcome)
    return outcome.ledger.results


# ---------------------------------------------------------------------------------------------- predictions


async def _post_predictions(client: AsyncClient, project_id: int, items: list[JsonItem], timeout: float) -> list[int]:
    body = json_array(items)

    async def send() -> Response[Any]:
        # As for tasks: the generated operation's route and parsing, with the body measured for batching.
        kwargs = projects_import_predictions_create.request_kwargs(project_id, body=[])
        del kwargs["json"]
        kwargs["content"] = body
        response = await open_http(client.http).request(**kwargs, timeout=_request_timeout(timeout))
        return projects_import_predictions_create.build_response(client=client.http, response=response)

    answer = await call(send)
    if not isinstance(answer, ProjectsImportPredictionsCreatePredictionsImportResponse) or not isinstance(
        answer.created, int
    ):
        raise ResponseParseError("the predictions import answer has no 'created' count", status_code=201)
    return [answer.created]


async def import_predictions(
    project: AsyncProject,
    predictions: Iterable[Any],
    *,
    batch_size: int = DEFAULT_PREDICTIONS_BATCH_SIZE,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    concurrency: int = 1,
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600.0,
) -> int:
    """Add predictions to tasks already in the project, in batches; return how many the server created.

    Each prediction is ``{"task": <task id>, "result": [...], "score": 0.9, "model_version": "v1"}``
    (``score`` and ``model_version`` optional). The iterable is consumed lazily. Label Studio answers only a
    count, no ids. It skips, without an error, predictions whose result does not fit the label config: when
    fewer are created than sent, a :class:`~lsclient.core.batching.PredictionsSkippedWarning` says so.

    Each ``POST /api/projects/{id}/import/predictions`` carries at most ``batch_size`` predictions (default 10,000)
    and ``max_request_bytes`` bytes of body (default 16 MiB): Label Studio recounts every task of the project after
    each request, so few large requests are much faster than many small ones; a request refused as too large is
    split as in :meth:`import_tasks`. ``concurrency``: requests in flight at once (an int >= 1, default 1), as in
    :meth:`import_tasks`.

    :raises InvalidInputError: bad arguments (before anything is sent), naming the argument (``batch_size``,
        ``max_request_bytes``, ``concurrency``, ``timeout``) or saying what ``predictions`` must be.
    :raises PredictionImportError: a request failed; ``created`` predictions went in before ``failed_at``
        (for a task id not in the project: the first such prediction), and ``created_after`` from requests after
        it that were already sent (``concurrency`` above 1; their predictions are not identified, the server
        answers only counts). Nothing else went in unless ``in_doubt``. There is no import key here: a re-run
        of the same predictions adds them again.

    >>> await project.import_predictions([{"task": 101, "result": [...], "score": 0.9}])  # doctest: +SKIP
    1
    """
    check_seconds(timeout, "import_predictions(): timeout")
    client, project_id = project.client, project.id
    check_positive("batch_size", batch_size)
    check_positive("max_request_bytes", max_request_bytes)
    check_positive("concurrency", concurrency)
    if isinstance(predictions, Mapping):
        raise InvalidInputError("predictions must be an iterable of prediction mappings (wrap a single one in a list)")
    if isinstance(predictions, str | bytes | bytearray) or not isinstance(predictions, Iterable):
        raise InvalidTypeError(
            f"predictions must be an iterable of prediction mappings, not {type(predictions).__name__}"
        )
    total = len(predictions) if isinstance(predictions, list | tuple) else None
    limits = Limits(count=batch_size, bytes=max_request_bytes)

    async def post(items: list[JsonItem]) -> list[int]:
        return await _post_predictions(client, project_id, items, timeout)

    async def send(batch: list[JsonItem]) -> list[int]:
        return await _Sender(post, limits, overhead=2).send(batch)

    def failure_of(batch: list[JsonItem], rejected: _Rejected) -> BatchFailure:
        return _failure_of(batch[0].index, batch, rejected, rejected.done)

    sent = 0
    reporter = default_progress(progress)

    def done(batch: list[JsonItem]) -> None:
        nonlocal sent
        sent += len(batch)
        reporter.advance(len(batch))

    with track(reporter, total, f"importing predictions into project {project_id}", unit="prediction"):
        outcome = await _send_batches(
            BatchQueue(prediction_items(iter(predictions)), limits),
            send,
            failure_of,
            concurrency=concurrency,
            on_done=done,
        )
    ledger = outcome.ledger
    created = sum(ledger.results)
    failure = ledger.failure
    if failure is not None:
        if outcome.unexpected is not None:
            raise outcome.unexpected
        raise PredictionImportError(
            project_id=project_id,
            created=created,
            failed_at=failure.failed_at,
            cause=failure.cause,
            in_doubt=ledger.in_doubt,
            created_after=ledger.landed_total,
        ) from failure.cause
    if outcome.source_error is not None:
        error_cause = outcome.source_error.cause
        cause = error_cause if isinstance(error_cause, LsClientError) else InvalidInputError(str(error_cause))
        raise PredictionImportError(
            project_id=project_id, created=created, failed_at=outcome.source_error.index, cause=cause
        ) from error_cause
    if created < sent:
        warnings.warn(
            PredictionsSkippedWarning(
                f"Label Studio created {created} of {sent} predictions in project {project_id}: it skips, without an "
                "error, predictions whose result does not fit the project's label config"
            ),
            stacklevel=3,
        )
    return created
