"""Tasks: :class:`AsyncTasksRepo` (``client.tasks``), :class:`AsyncProjectTasksRepo` (``project.tasks``) and the
:class:`AsyncTask` entity."""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.tasks import tasks_create, tasks_destroy, tasks_list, tasks_partial_update, tasks_retrieve
from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.tasks_create_body import TasksCreateBody
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.models.tasks_list_response_200 import TasksListResponse200
from lsclient.api_client.models.tasks_partial_update_body import TasksPartialUpdateBody
from lsclient.api_client.types import UNSET, Response, Unset

from ..arguments import check_count, check_json, check_text
from ..errors import DuplicateKeyError, InvalidInputError, InvalidTypeError
from ..filters import F, Filter, Query
from ..gcpause import gc_paused
from ..paging import GrowingPages, Page
from ..resources import Operations, convert, id_of, merge_same_shape
from ..task_fields import ALL, TaskFields, task_fields
from .calls import call, open_http
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable

if TYPE_CHECKING:
    from .annotations import AsyncAnnotationsRepo
    from .predictions import AsyncPredictionsRepo

    _TaskFields = DataManagerTask
else:
    _TaskFields = object

__all__ = ["AsyncProjectTasksRepo", "AsyncTask", "AsyncTasksRepo"]


class AsyncTask(
    AsyncFetchable[DataManagerTask],
    AsyncUpdatable[DataManagerTask],
    AsyncRemovable[DataManagerTask],
    _TaskFields,
):
    """One task: its ``data``, ``meta``, counters, and its annotations and predictions.

    >>> task = await client.tasks.retrieve(42)  # doctest: +SKIP
    >>> await task.annotations.create(result=[...])  # doctest: +SKIP
    """

    _not_loaded_hint = (
        "a task listing loads only the fields it asks for (see tasks.list()): name it in fields= (or list with "
        "fields='all'), or call task.fetch()"
    )
    _operations = Operations(
        retrieve=tasks_retrieve.asyncio_detailed,
        update=tasks_partial_update.asyncio_detailed,
        remove=tasks_destroy.asyncio_detailed,
        update_body=TasksPartialUpdateBody,
        parent="project",
    )

    # The repositories shadow the model's raw ``annotations`` / ``predictions`` fields (still in ``task.record``).
    @cached_property
    def annotations(self) -> AsyncAnnotationsRepo:  # type: ignore[override]
        """The task's annotations: ``task.annotations.create(result=...)``, ``.list()``."""
        from .annotations import AsyncAnnotationsRepo

        return AsyncAnnotationsRepo(self._client, self.id)

    @cached_property
    def predictions(self) -> AsyncPredictionsRepo:  # type: ignore[override]
        """The task's predictions: ``task.predictions.create(result=..., score=..., model_version=...)``."""
        from .predictions import AsyncPredictionsRepo

        return AsyncPredictionsRepo(self._client, self.id)

    async def _patch_model(self, body: Any) -> DataManagerTask:
        answer = await call(tasks_partial_update.asyncio_detailed, self.id, client=self._client.http, body=body)
        # The PATCH answers the task's base fields; keep the counters we already know for the rest. A field both
        # answers have in different shapes keeps the one we had: the change itself is saved, and must never read as
        # a failure. Two base fields are put in the data manager's shape first, as the task may not hold them (a
        # listing loads only the fields it asks for): ``updated_by``, the user's id, is listed there as
        # ``[{"user_id": id}]`` (``[]`` for none); ``file_upload``, the upload's id, is its file name there, which
        # the id does not give, so it is left as it was.
        patch = answer.to_dict()
        if "updated_by" in patch:
            user = patch["updated_by"]
            patch["updated_by"] = [{"user_id": user}] if isinstance(user, int) and not isinstance(user, bool) else []
        if patch.get("file_upload") is not None and not isinstance(patch["file_upload"], str):
            del patch["file_upload"]
        return DataManagerTask.from_dict(merge_same_shape(self._model.to_dict(), patch))


def _list_tasks(
    repository: AsyncRetrieves[AsyncTask],
    project: int,
    filter: Filter | None,
    query: Query | None,
    include_annotations: bool,
    fields: object,
    page_size: int | None,
    limit: int | None,
    what: str = "tasks.list()",
) -> AsyncPager[AsyncTask]:
    project = id_of(project, f"{what}: project")
    if filter is not None and query is not None:
        raise InvalidInputError("pass either filter= or query=, not both")
    if filter is not None and not isinstance(filter, Filter):
        raise InvalidInputError(f"filter must be a Filter built with F, not {type(filter).__name__}")
    if query is not None and not isinstance(query, Query):
        raise InvalidInputError(f"query must be a Query, not {type(query).__name__}")
    asked = task_fields(fields, include_annotations=include_annotations, what=what)
    sizes: int | GrowingPages = GrowingPages() if page_size is None else check_count(page_size, "page_size")
    if filter is not None:
        query = Query(filter)
    query_json = query.to_json() if query is not None else UNSET
    client = repository._client

    async def fetch_page(page: int, size: int) -> Page[AsyncTask]:
        answer, items, nbytes = await _get_tasks(client, project, page, size, query_json, asked, entities=True)
        return Page(items=items, total=answer.total, nbytes=nbytes)

    if query is None or not _ties_possible(query):
        return AsyncPager(fetch_page, page_size=sizes, limit=limit)

    # Label Studio sorts by the one key asked (no tie-breaker) and pages with LIMIT/OFFSET, so on PostgreSQL tasks
    # that tie move between the pages' queries: some come twice, others never. The order is therefore read once,
    # as ids (one request, unless the server caps the page size), and the tasks are then fetched by id, page by
    # page, and put back in that order.
    order: builtins.list[int] = []

    async def fetch_ordered_page(page: int, size: int) -> Page[AsyncTask]:
        if page == 1:
            order[:] = await _ordered_ids(client, project, query_json, limit)
        chunk = order[(page - 1) * size : page * size]
        if not chunk:
            return Page(items=[], total=len(order), has_next=False)
        found, nbytes = await _tasks_by_id(client, project, chunk, asked)
        with gc_paused():
            items = [AsyncTask(client, found[task_id]) for task_id in chunk if task_id in found]
        return Page(items=items, total=len(order), has_next=page * size < len(order), nbytes=nbytes, span=len(chunk))

    return AsyncPager(fetch_ordered_page, page_size=sizes, limit=limit)


async def _get_tasks(
    client: Any,
    project: int,
    page: int,
    size: int,
    query: str | Unset,
    asked: TaskFields,
    *,
    entities: bool = False,
) -> tuple[TasksListResponse200, builtins.list[AsyncTask], int]:
    """One page of ``GET /api/tasks/`` with the fields asked for: the answer, its tasks as :class:`AsyncTask`
    (with ``entities``; otherwise an empty list) and its size in bytes."""
    nbytes = 0
    items: builtins.list[AsyncTask] = []

    async def send() -> Response[TasksListResponse200]:
        nonlocal nbytes, items
        kwargs = tasks_list.request_kwargs(
            project=project, page=page, page_size=size, query=query, fields=asked.fields, include=asked.include
        )
        response = await open_http(client.http).request(**kwargs)
        nbytes = len(response.content)
        # A page is up to 100,000 new containers (JSON, models, entities), none of them garbage: one pause for the
        # parse and the entities, so that the collector walks them once, after it (see gcpause).
        with gc_paused():
            answer = tasks_list.build_response(client=client.http, response=response)
            if entities and isinstance(answer.parsed, TasksListResponse200):
                items = [AsyncTask(client, model) for model in answer.parsed.tasks]
            return answer

    return await call(send), items, nbytes


#: the ids of a project's tasks, in a query's order: the only field the ordered listing's first request reads
_IDS_ONLY = TaskFields(names=("id",), include="id", fields=TasksListFields.TASK_ONLY)


async def _ordered_ids(client: Any, project: int, query: str | Unset, limit: int | None) -> builtins.list[int]:
    """The ids of the tasks ``query`` selects, in its order: one request of every id (of ``limit`` ids), or pages
    of them if the server caps the page size (``TASK_API_PAGE_SIZE_MAX``)."""
    wanted = limit if limit is not None else _ALL_IDS
    ids: builtins.list[int] = []
    seen: set[int] = set()
    page = 1
    while True:
        answer, _, _ = await _get_tasks(client, project, page, wanted, query, _IDS_ONLY)
        for task in answer.tasks:
            if task.id not in seen:  # a tie that moved between two capped pages
                seen.add(task.id)
                ids.append(task.id)
        if not answer.tasks or len(ids) >= min(answer.total, wanted):
            return ids[:wanted]
        page += 1


async def _tasks_by_id(
    client: Any, project: int, chunk: builtins.list[int], asked: TaskFields
) -> tuple[dict[int, DataManagerTask], int]:
    """The tasks of ``chunk`` that still exist, by id, and the bytes answered (pages of them if the server caps
    the page size)."""
    query = _selected_ids_query(chunk)
    found: dict[int, DataManagerTask] = {}
    nbytes = 0
    page = 1
    while True:
        answer, _, size = await _get_tasks(client, project, page, len(chunk), query, asked)
        nbytes += size
        found.update((model.id, model) for model in answer.tasks)  # a task removed in between is missing
        if not answer.tasks or len(found) >= answer.total:
            return found, nbytes
        page += 1


#: a page size that holds every task id of any project (the server sets no maximum by default)
_ALL_IDS = 1_000_000_000


def _ties_possible(query: Query) -> bool:
    """Whether the query's ordering can tie (any key but the task id, which is unique)."""
    return query.ordering is not None and query.ordering.key.lstrip("-") != "tasks:id"


def _selected_ids_query(task_ids: builtins.list[int]) -> str:
    """A data-manager query selecting exactly these tasks (the server answers them by id)."""
    return json.dumps({"selectedItems": {"all": False, "included": task_ids}}, separators=(",", ":"))


class AsyncTasksRepo(AsyncRetrieves[AsyncTask], AsyncRemoves[AsyncTask]):
    """Tasks of any project, by id (``client.tasks``): retrieve, list, remove."""

    _entity = AsyncTask

    def list(
        self,
        project: int,
        *,
        filter: Filter | None = None,
        query: Query | None = None,
        fields: str | Iterable[str] | None = None,
        include_annotations: bool = False,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPager[AsyncTask]:
        """Lazily iterate over a project's tasks, page by page (``GET /api/tasks/?project=``), filtered on the server.

        Each request asks only for the fields the tasks are to have (Label Studio's ``include=``): by default
        ``id``, ``data`` and ``meta`` (:data:`~lsclient.core.task_fields.DEFAULT_TASK_FIELDS`), which cost the
        server almost nothing beyond its work for every task, where every other field costs it more (the counters
        about 10% together, the dates 10% each, the listing without ``include=`` 5 to 7 times as much; measured in
        :mod:`lsclient.core.task_fields`). Reading another field of a listed task raises
        :class:`~lsclient.core.errors.FieldNotLoadedError`; name it in ``fields``, or call ``task.fetch()``.

        Pages grow with the list (:class:`~lsclient.core.paging.GrowingPages`): 100 tasks, then 100, 200, 400... up
        to 10,000 per request, kept within about 4 MiB per answer at the bytes per task seen so far, so a large
        project costs a few requests (Label Studio counts the whole filtered list for every page). A server that
        caps the page size (``TASK_API_PAGE_SIZE_MAX``) is followed: its pages are read at its size.

        :param filter: a filter built with :class:`~lsclient.core.filters.F`, e.g. ``F.data("text").contains("x")``.
        :param query: a full :class:`~lsclient.core.filters.Query` (filters and ordering); not with ``filter``.
        :param fields: the task fields to load: a name or names of
            :data:`~lsclient.core.task_fields.TASK_FIELDS` (``id`` is always loaded), or ``"all"``. Naming one of the
            fields Label Studio computes from the annotations, predictions and drafts (``completed_at``,
            ``annotators``, ``predictions_score``, ...: :data:`~lsclient.core.task_fields.COMPUTED_TASK_FIELDS`)
            makes the server compute them all for the page (``fields=all``), somewhat slower; ``drafts``
            (one query per task) and ``comment_authors`` are the slowest.
        :param include_annotations: also fetch each task's annotations and predictions into ``task.record``, with
            every field (slower); ``fields`` is then ``None`` or ``"all"``.
        :param page_size: a fixed number of tasks per request instead of growing pages.
        :param limit: stop after this many tasks (no page asks for more than the tasks still wanted, give or take
            the page-size alignment).
        :raises InvalidInputError: ``project`` is not an id, both ``filter`` and ``query``, either of the wrong
            type, a ``fields`` name that is no task field (the message lists them), ``fields`` with
            ``include_annotations=True``, or a ``page_size`` or ``limit`` that is no count (before any request).
        """
        return _list_tasks(self, project, filter, query, include_annotations, fields, page_size, limit)


class AsyncProjectTasksRepo(AsyncRetrieves[AsyncTask], AsyncRemoves[AsyncTask]):
    """The tasks of one project (``project.tasks``): create, retrieve, list (filtered), find, remove.

    ``remove(id)`` reads the task, checks it is this project's, then deletes it (``DELETE /api/tasks/{id}/``). Not
    the data manager's ``delete_tasks`` action: on the development server, concurrent actions answer "0 deleted"
    for a task they did remove (measured: 28 of 80 with 8 clients), which would read as "not in this project".
    """

    _entity = AsyncTask

    async def create(self, data: Mapping[str, Any], *, meta: Mapping[str, Any] | None = None) -> AsyncTask:
        """Create one task from its data (``{"text": "..."}``) with ``POST /api/tasks/``. For many tasks use
        ``project.import_tasks``.

        :raises InvalidInputError: ``data`` or ``meta`` is not a mapping, or holds a value JSON cannot carry (NaN,
            bytes, a set, a datetime...; the message says where) (before any request).
        """
        if not isinstance(data, Mapping):
            raise InvalidTypeError(f"task data must be a mapping, not {type(data).__name__}")
        if meta is not None and not isinstance(meta, Mapping):
            raise InvalidTypeError(f"task meta must be a mapping, not {type(meta).__name__}")
        check_json(data, "tasks.create(): data")
        if meta is not None:
            check_json(meta, "tasks.create(): meta")
        body = TasksCreateBody.from_dict({"data": dict(data), "project": self._parent})
        if meta is not None:
            body["meta"] = dict(meta)
        created = await call(tasks_create.asyncio_detailed, client=self._client.http, body=body)
        return self._wrap(convert(DataManagerTask, created))

    def list(
        self,
        *,
        filter: Filter | None = None,
        query: Query | None = None,
        fields: str | Iterable[str] | None = None,
        include_annotations: bool = False,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> AsyncPager[AsyncTask]:
        """Lazily iterate over the project's tasks (``GET /api/tasks/?project=``), filtered on the server, in growing
        pages, loading the default task fields or those named in ``fields``; the keywords, fields and errors are
        those of :meth:`AsyncTasksRepo.list`.

        >>> async for task in project.tasks.list(filter=F.data("text").contains("great"), limit=10):  # doctest: +SKIP
        ...     print(task.id, task.data["text"])
        >>> async for task in project.tasks.list(fields=["data", "completed_at"]):  # doctest: +SKIP
        ...     print(task.data["text"], task.completed_at)
        """
        return _list_tasks(
            self, self._parent, filter, query, include_annotations, fields, page_size, limit, "project.tasks.list()"
        )

    async def find(
        self,
        key: str,
        value: str | int | float | bool,
        *,
        in_meta: bool = False,
        fields: str | Iterable[str] | None = None,
        page_size: int | None = None,
    ) -> builtins.list[AsyncTask]:
        """The tasks whose data (or meta, with ``in_meta=True``) has ``key`` equal to ``value``.

        This is the "global key" lookup: the search runs on the server (a data-manager filter,
        ``GET /api/tasks/?project=&query=``), so it costs one request however large the project (more only for
        many matches: pages grow as in :meth:`list`). In meta, Label Studio can only search the whole meta text, so
        the server narrows the candidates and the exact match is checked here.

        :param fields: the task fields to load, as in :meth:`AsyncTasksRepo.list` (``data``, or ``meta`` with
            ``in_meta=True``, is always loaded: the match is checked on it).
        :param page_size: a fixed number of candidates per request instead of growing pages.
        :raises InvalidInputError: ``key`` is not a non-empty str, ``value`` is not a str, int, float or bool, or is
            NaN or infinite, or ``fields`` names no task field (before any request).

        >>> await project.tasks.find("external_id", "doc-42")  # doctest: +SKIP
        [<Task id=17>]
        """
        check_text(key, "find(): key", empty=False)
        if not isinstance(value, str | int | float):  # bool is an int
            raise InvalidTypeError(f"find(): value must be a str, int, float or bool, not {type(value).__name__}")
        check_json(value, "find(): value")
        checked = "meta" if in_meta else "data"
        if fields is not None and fields != ALL:
            names = task_fields(fields, what="find()").names or ()
            fields = (*names, checked)
        if in_meta:
            # The server searches the meta JSON as text, whose spacing depends on the database: search the
            # value's JSON text, then keep the exact key matches among the candidates.
            candidates = _list_tasks(
                self, self._parent, F.meta.contains(json.dumps(value)), None, False, fields, page_size, None, "find()"
            )
            return [task async for task in candidates if isinstance(task.meta, dict) and task.meta.get(key) == value]
        if isinstance(value, bool):
            column_filter = F.data(key, type="Boolean") == value
        elif isinstance(value, (int, float)):
            column_filter = F.data(key, type="Number") == value
        else:
            column_filter = F.data(key) == value
        pager = _list_tasks(self, self._parent, column_filter, None, False, fields, page_size, None, "find()")
        return [task async for task in pager if task.data.get(key) == value]

    async def find_one(
        self,
        key: str,
        value: str | int | float | bool,
        *,
        in_meta: bool = False,
        fields: str | Iterable[str] | None = None,
    ) -> AsyncTask | None:
        """The one task whose ``key`` equals ``value`` (see :meth:`find`, whose ``fields`` it takes), or None.

        :raises DuplicateKeyError: more than one task carries that key value.
        """
        found = await self.find(key, value, in_meta=in_meta, fields=fields)
        if len(found) > 1:
            raise DuplicateKeyError(key=key, value=value, task_ids=[task.id for task in found])
        return found[0] if found else None
