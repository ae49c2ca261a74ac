"""Tasks: :class:`TasksRepo` (``client.tasks``), :class:`ProjectTasksRepo` (``project.tasks``), :class:`Task`."""

from __future__ import annotations

import builtins
import json
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.tasks import tasks_create, tasks_destroy, tasks_list, tasks_partial_update, tasks_retrieve
from lsclient.api_client.models.data_manager_task import DataManagerTask
from lsclient.api_client.models.tasks_create_body import TasksCreateBody
from lsclient.api_client.models.tasks_list_fields import TasksListFields
from lsclient.api_client.models.tasks_partial_update_body import TasksPartialUpdateBody
from lsclient.api_client.types import UNSET

from ..calls import call, call_no_content
from ..errors import DuplicateKeyError, InvalidInputError, NotFoundError
from ..filters import F, Filter, Query
from ..paging import Page, Pager
from .base import Fetchable, Removable, Updatable, convert

if TYPE_CHECKING:
    from ..client import Client
    from .annotations import AnnotationsRepo
    from .predictions import PredictionsRepo

    _TaskFields = DataManagerTask
else:
    _TaskFields = object


class Task(
    Fetchable[DataManagerTask],
    Updatable[DataManagerTask, TasksPartialUpdateBody],
    Removable[DataManagerTask],
    _TaskFields,
):
    """One task: its ``data``, ``meta``, counters, and its annotations and predictions.

    >>> task = client.tasks.retrieve(42)  # doctest: +SKIP
    >>> task.annotations.create(result=[...])  # doctest: +SKIP
    """

    _update_model = TasksPartialUpdateBody

    # The repositories shadow the model's raw ``annotations`` / ``predictions`` fields (still in ``task.record``).
    @cached_property
    def annotations(self) -> AnnotationsRepo:  # type: ignore[override]
        """The task's annotations: ``task.annotations.create(result=...)``, ``.list()``."""
        from .annotations import AnnotationsRepo

        return AnnotationsRepo(self._client, self.id)

    @cached_property
    def predictions(self) -> PredictionsRepo:  # type: ignore[override]
        """The task's predictions: ``task.predictions.create(result=..., score=..., model_version=...)``."""
        from .predictions import PredictionsRepo

        return PredictionsRepo(self._client, self.id)

    def _retrieve_model(self) -> DataManagerTask:
        return call(tasks_retrieve.sync_detailed, str(self.id), client=self._client.http)

    def _patch_model(self, body: TasksPartialUpdateBody) -> DataManagerTask:
        answer = call(tasks_partial_update.sync_detailed, str(self.id), client=self._client.http, body=body)
        # The PATCH answers the task's base fields; keep the counters we already know for the rest.
        return DataManagerTask.from_dict({**self._model.to_dict(), **answer.to_dict()})

    def _destroy(self) -> None:
        call_no_content(tasks_destroy.sync_detailed, str(self.id), client=self._client.http)


class TasksRepo:
    """Tasks of any project, by id (``client.tasks``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def retrieve(self, id: int) -> Task:
        """The task with this id. :raises NotFoundError: no such task."""
        return Task(self._client, call(tasks_retrieve.sync_detailed, str(id), client=self._client.http))

    def remove(self, id: int) -> None:
        """Delete the task with this id, with its annotations and predictions."""
        call_no_content(tasks_destroy.sync_detailed, str(id), client=self._client.http)

    def list(
        self,
        project: int,
        *,
        filter: Filter | None = None,
        query: Query | None = None,
        include_annotations: bool = False,
        page_size: int = 100,
        limit: int | None = None,
    ) -> Pager[Task]:
        """Lazily iterate over a project's tasks, page by page, filtered on the server.

        :param filter: a filter built with :class:`~lsclient.core.filters.F`, e.g. ``F.data("text").contains("x")``.
        :param query: a full :class:`~lsclient.core.filters.Query` (filters and ordering); not with ``filter``.
        :param include_annotations: also fetch each task's annotations and predictions (slower).
        :param limit: stop after this many tasks.
        """
        if filter is not None and query is not None:
            raise InvalidInputError("pass either filter= or query=, not both")
        if filter is not None:
            query = Query(filter)
        query_json = query.to_json() if query is not None else UNSET
        fields = TasksListFields.ALL if include_annotations else TasksListFields.TASK_ONLY

        def fetch_page(page: int, size: int) -> Page[Task]:
            answer = call(
                tasks_list.sync_detailed,
                client=self._client.http,
                project=project,
                page=page,
                page_size=size,
                query=query_json,
                fields=fields,
            )
            return Page(items=[Task(self._client, model) for model in answer.tasks], total=answer.total)

        return Pager(fetch_page, page_size=page_size, limit=limit)

    def __repr__(self) -> str:
        return f"<TasksRepo of {self._client.url}>"


class ProjectTasksRepo:
    """The tasks of one project (``project.tasks``): create, retrieve, list (filtered), remove."""

    def __init__(self, client: Client, project_id: int) -> None:
        self._client = client
        self._project_id = project_id

    def create(self, data: Mapping[str, Any], *, meta: Mapping[str, Any] | None = None) -> Task:
        """Create one task from its data (``{"text": "..."}``). For many tasks use ``project.import_tasks``."""
        if not isinstance(data, Mapping):
            raise InvalidInputError(f"task data must be a mapping, not {type(data).__name__}")
        body = TasksCreateBody.from_dict({"data": dict(data), "project": self._project_id})
        if meta is not None:
            body["meta"] = dict(meta)
        created = call(tasks_create.sync_detailed, client=self._client.http, body=body)
        return Task(self._client, convert(DataManagerTask, created))

    def retrieve(self, id: int) -> Task:
        """The task with this id (it must belong to this project). :raises NotFoundError: no such task here."""
        task = self._client.tasks.retrieve(id)
        if task.record.project not in (self._project_id, UNSET):
            raise NotFoundError(
                status_code=404,
                method="GET",
                url=f"/api/tasks/{id}/",
                detail=f"task {id} is not in project {self._project_id}",
            )
        return task

    def list(
        self,
        *,
        filter: Filter | None = None,
        query: Query | None = None,
        include_annotations: bool = False,
        page_size: int = 100,
        limit: int | None = None,
    ) -> Pager[Task]:
        """Lazily iterate over the project's tasks; see :meth:`TasksRepo.list` for the parameters."""
        return self._client.tasks.list(
            self._project_id,
            filter=filter,
            query=query,
            include_annotations=include_annotations,
            page_size=page_size,
            limit=limit,
        )

    def find(
        self, key: str, value: str | int | float | bool, *, in_meta: bool = False, page_size: int = 100
    ) -> builtins.list[Task]:
        """The tasks whose data (or meta, with ``in_meta=True``) has ``key`` equal to ``value``.

        This is the "global key" lookup: the search runs on the server (a data-manager filter), so it costs
        one request however large the project. In meta, Label Studio can only search the whole meta text,
        so the server narrows the candidates and the exact match is checked here.

        >>> project.tasks.find("external_id", "doc-42")  # doctest: +SKIP
        [<Task id=17>]
        """
        if in_meta:
            # The server searches the meta JSON as text, whose spacing depends on the database: search the
            # value's JSON text, then keep the exact key matches among the candidates.
            candidates = self.list(filter=F.meta.contains(json.dumps(value)), page_size=page_size)
            return [task for task in candidates if isinstance(task.meta, dict) and task.meta.get(key) == value]
        if isinstance(value, bool):
            column_filter = F.data(key, type="Boolean") == value
        elif isinstance(value, (int, float)):
            column_filter = F.data(key, type="Number") == value
        elif isinstance(value, str):
            column_filter = F.data(key) == value
        else:
            raise InvalidInputError(f"find(): value must be a str, int, float or bool, not {type(value).__name__}")
        return [task for task in self.list(filter=column_filter, page_size=page_size) if task.data.get(key) == value]

    def find_one(self, key: str, value: str | int | float | bool, *, in_meta: bool = False) -> Task | None:
        """The one task whose ``key`` equals ``value`` (see :meth:`find`), or None.

        :raises DuplicateKeyError: more than one task carries that key value.
        """
        found = self.find(key, value, in_meta=in_meta)
        if len(found) > 1:
            raise DuplicateKeyError(key=key, value=value, task_ids=[task.id for task in found])
        return found[0] if found else None

    def remove(self, id: int) -> None:
        """Delete one task of this project."""
        self.retrieve(id).remove()

    def __repr__(self) -> str:
        return f"<ProjectTasksRepo project={self._project_id}>"
