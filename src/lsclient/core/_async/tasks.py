"""Tasks: :class:`AsyncTasksRepo` (``client.tasks``), :class:`AsyncProjectTasksRepo` (``project.tasks``) and the
:class:`AsyncTask` entity."""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import attrs

from lsclient.api_client.api.tasks import tasks_create, tasks_destroy, tasks_list, tasks_partial_update, tasks_retrieve
from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.tasks_create_body import TasksCreateBody
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.models.tasks_partial_update_body import TasksPartialUpdateBody
from lsclient.api_client.types import UNSET

from ..arguments import check_json, check_text
from ..errors import DuplicateKeyError, InvalidInputError, InvalidTypeError
from ..filters import F, Filter, Query
from ..paging import Page
from ..resources import Operations, convert, id_of, merge_same_shape
from .calls import call
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
        "a plain task listing leaves out what Label Studio does not compute there (it answers placeholders); "
        "list with include_annotations=True, or call task.fetch()"
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
        # answers have in different shapes (``updated_by``: an id here, a list of users in the data manager's
        # task) keeps the richer one we had: the change itself is saved, and must never read as a failure.
        return DataManagerTask.from_dict(merge_same_shape(self._model.to_dict(), answer.to_dict()))


def _list_tasks(
    repository: AsyncRetrieves[AsyncTask],
    project: int,
    filter: Filter | None,
    query: Query | None,
    include_annotations: bool,
    page_size: int,
    limit: int | None,
) -> AsyncPager[AsyncTask]:
    project = id_of(project, "tasks.list(): project")
    if filter is not None and query is not None:
        raise InvalidInputError("pass either filter= or query=, not both")
    if filter is not None and not isinstance(filter, Filter):
        raise InvalidInputError(f"filter must be a Filter built with F, not {type(filter).__name__}")
    if query is not None and not isinstance(query, Query):
        raise InvalidInputError(f"query must be a Query, not {type(query).__name__}")
    if filter is not None:
        query = Query(filter)
    query_json = query.to_json() if query is not None else UNSET
    fields = TasksListFields.ALL if include_annotations else TasksListFields.TASK_ONLY
    client = repository._client

    async def fetch_page(page: int, size: int) -> Page[AsyncTask]:
        answer = await call(
            tasks_list.asyncio_detailed,
            client=client.http,
            project=project,
            page=page,
            page_size=size,
            query=query_json,
            fields=fields,
        )
        return Page(items=[AsyncTask(client, loaded(model)) for model in answer.tasks], total=answer.total)

    def loaded(model: DataManagerTask) -> DataManagerTask:
        return model if include_annotations else _without_placeholders(model)

    if query is None or not _ties_possible(query):
        return AsyncPager(fetch_page, page_size=page_size, limit=limit)

    # Label Studio sorts by the one key asked (no tie-breaker) and pages with LIMIT/OFFSET, so on PostgreSQL tasks
    # that tie move between the pages' queries: some come twice, others never. The order is therefore read once,
    # as ids (one request), and the tasks are then fetched by id, page by page, and put back in that order.
    order: builtins.list[int] = []

    async def fetch_ordered_page(page: int, size: int) -> Page[AsyncTask]:
        if page == 1:
            answer = await call(
                tasks_list.asyncio_detailed,
                client=client.http,
                project=project,
                page=1,
                page_size=limit if limit is not None else _ALL_IDS,
                query=query_json,
                include="id",
            )
            order[:] = [task.id for task in answer.tasks]
        chunk = order[(page - 1) * size : page * size]
        if not chunk:
            return Page(items=[], total=len(order), has_next=False)
        answer = await call(
            tasks_list.asyncio_detailed,
            client=client.http,
            project=project,
            page=1,
            page_size=len(chunk),
            query=_selected_ids_query(chunk),
            fields=fields,
        )
        found = {model.id: model for model in answer.tasks}  # a task removed in between is skipped
        items = [AsyncTask(client, loaded(found[task_id])) for task_id in chunk if task_id in found]
        return Page(items=items, total=len(order), has_next=page * size < len(order))

    return AsyncPager(fetch_ordered_page, page_size=page_size, limit=limit)


#: Fields a task-only listing (``fields=task_only``) does not compute: Label Studio answers placeholders for them
#: (``completed_at`` None, ``annotators`` [], ``file_upload`` None... for a task that has them), so they are left
#: out of the model, and reading one raises FieldNotLoadedError instead of returning a wrong value.
TASK_ONLY_PLACEHOLDERS = (
    "annotations",
    "predictions",
    "drafts",
    "annotators",
    "annotations_ids",
    "annotations_results",
    "predictions_results",
    "predictions_model_versions",
    "completed_at",
    "draft_exists",
    "file_upload",
)


def _without_placeholders(model: DataManagerTask) -> DataManagerTask:
    placeholders: dict[str, Any] = dict.fromkeys(TASK_ONLY_PLACEHOLDERS, UNSET)
    return attrs.evolve(model, **placeholders)


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
        include_annotations: bool = False,
        page_size: int = 100,
        limit: int | None = None,
    ) -> AsyncPager[AsyncTask]:
        """Lazily iterate over a project's tasks, page by page (``GET /api/tasks/?project=``), filtered on the server.

        :param filter: a filter built with :class:`~lsclient.core.filters.F`, e.g. ``F.data("text").contains("x")``.
        :param query: a full :class:`~lsclient.core.filters.Query` (filters and ordering); not with ``filter``.
        :param include_annotations: also fetch each task's annotations and predictions (slower).
        :param page_size: tasks per request.
        :param limit: stop after this many tasks.
        :raises InvalidInputError: ``project`` is not an id, both ``filter`` and ``query``, or either of the wrong
            type (before any request).
        """
        return _list_tasks(self, project, filter, query, include_annotations, page_size, limit)


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
        include_annotations: bool = False,
        page_size: int = 100,
        limit: int | None = None,
    ) -> AsyncPager[AsyncTask]:
        """Lazily iterate over the project's tasks (``GET /api/tasks/?project=``), filtered on the server; the
        keywords and errors are those of :meth:`AsyncTasksRepo.list`.

        >>> async for task in project.tasks.list(filter=F.data("text").contains("great"), limit=10):  # doctest: +SKIP
        ...     print(task.id, task.data["text"])
        """
        return _list_tasks(self, self._parent, filter, query, include_annotations, page_size, limit)

    async def find(
        self, key: str, value: str | int | float | bool, *, in_meta: bool = False, page_size: int = 100
    ) -> builtins.list[AsyncTask]:
        """The tasks whose data (or meta, with ``in_meta=True``) has ``key`` equal to ``value``.

        This is the "global key" lookup: the search runs on the server (a data-manager filter,
        ``GET /api/tasks/?project=&query=``), so it costs one request however large the project. In meta, Label
        Studio can only search the whole meta text, so the server narrows the candidates and the exact match is
        checked here.

        :raises InvalidInputError: ``key`` is not a non-empty str, ``value`` is not a str, int, float or bool, or is
            NaN or infinite (before any request).

        >>> await project.tasks.find("external_id", "doc-42")  # doctest: +SKIP
        [<Task id=17>]
        """
        check_text(key, "find(): key", empty=False)
        if not isinstance(value, str | int | float):  # bool is an int
            raise InvalidTypeError(f"find(): value must be a str, int, float or bool, not {type(value).__name__}")
        check_json(value, "find(): value")
        if in_meta:
            # The server searches the meta JSON as text, whose spacing depends on the database: search the
            # value's JSON text, then keep the exact key matches among the candidates.
            candidates = self.list(filter=F.meta.contains(json.dumps(value)), page_size=page_size)
            return [task async for task in candidates if isinstance(task.meta, dict) and task.meta.get(key) == value]
        if isinstance(value, bool):
            column_filter = F.data(key, type="Boolean") == value
        elif isinstance(value, (int, float)):
            column_filter = F.data(key, type="Number") == value
        else:
            column_filter = F.data(key) == value
        pager = self.list(filter=column_filter, page_size=page_size)
        return [task async for task in pager if task.data.get(key) == value]

    async def find_one(self, key: str, value: str | int | float | bool, *, in_meta: bool = False) -> AsyncTask | None:
        """The one task whose ``key`` equals ``value`` (see :meth:`find`), or None.

        :raises DuplicateKeyError: more than one task carries that key value.
        """
        found = await self.find(key, value, in_meta=in_meta)
        if len(found) > 1:
            raise DuplicateKeyError(key=key, value=value, task_ids=[task.id for task in found])
        return found[0] if found else None
