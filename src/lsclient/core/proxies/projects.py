"""Projects: :class:`ProjectsRepo` (``client.projects``) and the :class:`Project` entity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Sized
from functools import cached_property
from itertools import islice
from typing import TYPE_CHECKING, Any

from lsclient.api_client.api.import_ import projects_import_create
from lsclient.api_client.api.projects import (
    projects_create,
    projects_destroy,
    projects_imports_retrieve,
    projects_list,
    projects_partial_update,
    projects_retrieve,
)
from lsclient.api_client.models.import_api_request import ImportApiRequest
from lsclient.api_client.models.patched_project_request import PatchedProjectRequest
from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.api_client.models.projects_import_create_task_creation_response import (
    ProjectsImportCreateTaskCreationResponse,
)
from lsclient.api_client.types import UNSET, Unset

from ..calls import call, call_no_content
from ..errors import InvalidInputError, LsClientError, ResponseParseError, TaskImportError
from ..paging import Page, Pager
from ..progress import ProgressReporter, default_progress, track
from ..waiting import wait_for
from .base import Fetchable, Removable, Updatable, build_request

if TYPE_CHECKING:
    from ..client import Client
    from .exports import ExportsRepo
    from .storages import DatasetsRepo, TargetsRepo
    from .tasks import ProjectTasksRepo

    _ProjectFields = ProjectModel
else:
    _ProjectFields = object

#: tasks per import request; Label Studio accepts far more, but smaller requests report progress and fail smaller
DEFAULT_IMPORT_BATCH = 1000


class Project(
    Fetchable[ProjectModel],
    Updatable[ProjectModel, PatchedProjectRequest],
    Removable[ProjectModel],
    _ProjectFields,
):
    """A labeling project: its fields (``project.title``, ``project.task_number``...) and what it contains.

    >>> project = client.projects.create(title="Reviews", label_config=CONFIG)  # doctest: +SKIP
    >>> project.import_tasks([{"text": "great"}, {"text": "awful"}])  # doctest: +SKIP
    [1, 2]
    """

    _repr_field = "title"
    _update_model = PatchedProjectRequest

    @property
    def client(self) -> Client:
        """The client this project was read with."""
        return self._client

    @cached_property
    def tasks(self) -> ProjectTasksRepo:
        """The project's tasks: ``project.tasks.list(filter=...)``, ``.create(data)``, ``.retrieve(id)``."""
        from .tasks import ProjectTasksRepo

        return ProjectTasksRepo(self._client, self.id)

    @cached_property
    def exports(self) -> ExportsRepo:
        """Export snapshots of the project: ``project.exports.create(...)``, ``.list()``."""
        from .exports import ExportsRepo

        return ExportsRepo(self._client, self.id)

    @cached_property
    def datasets(self) -> DatasetsRepo:
        """Data sources connected to the project (Label Studio's source storages)."""
        from .storages import DatasetsRepo

        return DatasetsRepo(self._client, self.id)

    @cached_property
    def targets(self) -> TargetsRepo:
        """Where annotations are pushed back to (Label Studio's export / target storages)."""
        from .storages import TargetsRepo

        return TargetsRepo(self._client, self.id)

    def import_tasks(
        self,
        tasks: Iterable[Mapping[str, Any] | ImportApiRequest],
        *,
        batch_size: int = DEFAULT_IMPORT_BATCH,
        progress: bool | ProgressReporter | None = None,
        timeout: float = 600.0,
    ) -> list[int]:
        """Import tasks and return their new ids, in input order.

        Each task is a mapping: either the task's data (``{"text": "great"}``) or a full task
        (``{"data": {...}, "meta": {...}, "predictions": [...], "annotations": [...]}``), or the generated
        ``ImportApiRequest``. The iterable is consumed lazily, ``batch_size`` tasks per request.

        :raises TaskImportError: a batch failed (its ``__cause__`` is the server's error, e.g. a
            :class:`BadRequestError` naming the bad task); ``imported_task_ids`` lists what is on the server.
        """
        if batch_size < 1:
            raise InvalidInputError(f"batch_size must be >= 1, got {batch_size}")
        reporter = default_progress(progress)
        imported: list[int] = []
        iterator = iter(tasks)
        total = len(tasks) if isinstance(tasks, Sized) else None
        with track(reporter, total, f"importing tasks into project {self.id}", unit="task"):
            while batch := [
                _import_item(item, len(imported) + n) for n, item in enumerate(islice(iterator, batch_size))
            ]:
                try:
                    ids = self._import_batch(batch, timeout=timeout)
                except LsClientError as exc:
                    raise TaskImportError(
                        project_id=self.id, imported_task_ids=imported, failed_at=len(imported), cause=exc
                    ) from exc
                imported.extend(ids)
                reporter.advance(len(ids))
        return imported

    def _import_batch(self, batch: list[ImportApiRequest], *, timeout: float) -> list[int]:
        answer = call(
            projects_import_create.sync_detailed, self.id, client=self._client.http, body=batch, return_task_ids=True
        )
        if not isinstance(answer, ProjectsImportCreateTaskCreationResponse):
            raise ResponseParseError("the import answer is not a task creation response", status_code=201)
        import_id = answer.import_
        if not isinstance(import_id, Unset) and isinstance(answer.task_ids, Unset):
            # Asynchronous import (Label Studio Enterprise): poll the import job until it is done.
            job = wait_for(
                lambda: call(projects_imports_retrieve.sync_detailed, self.id, import_id, client=self._client.http),
                status_of=lambda state: str(state.status),
                job=f"import {import_id} of project {self.id}",
                timeout=timeout,
                traceback_of=lambda state: state.error if isinstance(state.error, str) else None,
            )
            task_ids = job.task_ids
        else:
            task_ids = answer.task_ids
        if isinstance(task_ids, Unset) or not isinstance(task_ids, list) or len(task_ids) != len(batch):
            raise ResponseParseError(
                f"project {self.id} imported a batch of {len(batch)} tasks but did not return their ids",
                status_code=201,
            )
        return [int(task_id) for task_id in task_ids]

    def _retrieve_model(self) -> ProjectModel:
        return call(projects_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: PatchedProjectRequest) -> ProjectModel:
        return call(projects_partial_update.sync_detailed, self.id, client=self._client.http, body=body)

    def _destroy(self) -> None:
        call_no_content(projects_destroy.sync_detailed, self.id, client=self._client.http)


_TASK_KEYS = frozenset({"data", "meta", "annotations", "predictions"})


def _import_item(item: Mapping[str, Any] | ImportApiRequest, index: int) -> ImportApiRequest:
    if isinstance(item, ImportApiRequest):
        return item
    if not isinstance(item, Mapping):
        raise InvalidInputError(f"task #{index} must be a mapping or an ImportApiRequest, not {type(item).__name__}")
    if (
        "data" in item
        and isinstance(item["data"], Mapping)
        and set(item) <= _TASK_KEYS | set(ImportApiRequest.__annotations__)
    ):
        return ImportApiRequest.from_dict(dict(item))
    return ImportApiRequest(data=dict(item))


class ProjectsRepo:
    """The server's projects (``client.projects``): create, retrieve, list and remove."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        spec: ProjectRequest | Mapping[str, Any] | None = None,
        /,
        *,
        title: str | None = None,
        label_config: str | None = None,
        description: str | None = None,
        **fields: Any,
    ) -> Project:
        """Create a project. Any field of ``ProjectRequest`` can be given (``expert_instruction=...``...).

        :raises BadRequestError: e.g. an invalid label config; ``validation_errors["label_config"]`` says why.
        """
        given = {
            k: v
            for k, v in {"title": title, "label_config": label_config, "description": description}.items()
            if v is not None
        }
        body = build_request(ProjectRequest, spec, {**given, **fields}, what="projects.create()")
        return Project(self._client, call(projects_create.sync_detailed, client=self._client.http, body=body))

    def retrieve(self, id: int) -> Project:
        """The project with this id. :raises NotFoundError: no such project (or no access to it)."""
        return Project(self._client, call(projects_retrieve.sync_detailed, id, client=self._client.http))

    def list(
        self,
        *,
        title: str | None = None,
        ids: Sequence[int] | None = None,
        ordering: str | None = None,
        page_size: int = 100,
        limit: int | None = None,
    ) -> Pager[Project]:
        """Lazily iterate over projects, page by page (server-side filters: exact ``title``, ``ids``).

        :param ordering: a field name, ``-`` for descending, e.g. ``"-created_at"``.
        :param limit: stop after this many projects.
        """

        def fetch_page(page: int, size: int) -> Page[Project]:
            answer = call(
                projects_list.sync_detailed,
                client=self._client.http,
                page=page,
                page_size=size,
                title=title if title is not None else UNSET,
                ids=",".join(str(i) for i in ids) if ids is not None else UNSET,
                ordering=ordering if ordering is not None else UNSET,
            )
            items = [Project(self._client, model) for model in answer.results]
            return Page(
                items=items,
                total=answer.count,
                has_next=answer.next_ is not None and not isinstance(answer.next_, Unset),
            )

        return Pager(fetch_page, page_size=min(page_size, 100), limit=limit)

    def remove(self, id: int) -> None:
        """Delete the project with this id (and all its tasks)."""
        call_no_content(projects_destroy.sync_detailed, id, client=self._client.http)

    def __repr__(self) -> str:
        return f"<ProjectsRepo of {self._client.url}>"
