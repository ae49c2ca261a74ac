"""Projects: :class:`AsyncProjectsRepo` (``client.projects``) and the :class:`AsyncProject` entity."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

from lsclient.api_client.api.projects import (
    projects_create,
    projects_destroy,
    projects_list,
    projects_partial_update,
    projects_retrieve,
)
from lsclient.api_client.models.patched_project_request import PatchedProjectRequest
from lsclient.api_client.models.project import Project as ProjectModel
from lsclient.api_client.models.project_request import ProjectRequest
from lsclient.api_client.types import UNSET, Unset

from ..arguments import check_count, check_id, check_text
from ..errors import InvalidInputError, InvalidTypeError
from ..label_config import LabelConfig, ParsedConfig, parse_label_config
from ..paging import Page
from ..resources import Operations, build_request
from . import importing, migration
from .calls import call
from .exports import export_project
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable

if TYPE_CHECKING:
    from .exports import AsyncExportsRepo
    from .storages import AsyncDatasetsRepo, AsyncTargetsRepo
    from .tasks import AsyncProjectTasksRepo

    _ProjectFields = ProjectModel
else:
    _ProjectFields = object

__all__ = ["AsyncProject", "AsyncProjectsRepo"]


class AsyncProject(
    AsyncFetchable[ProjectModel],
    AsyncUpdatable[ProjectModel],
    AsyncRemovable[ProjectModel],
    _ProjectFields,
):
    """A labeling project: its fields (``project.title``, ``project.task_number``...) and what it contains.

    >>> project = await client.projects.create(title="Reviews", label_config=CONFIG)  # doctest: +SKIP
    >>> await project.import_tasks([{"text": "great"}, {"text": "awful"}])  # doctest: +SKIP
    [1, 2]
    """

    _repr_field = "title"
    _operations = Operations(
        retrieve=projects_retrieve.asyncio_detailed,
        update=projects_partial_update.asyncio_detailed,
        remove=projects_destroy.asyncio_detailed,
        update_body=PatchedProjectRequest,
    )

    @cached_property
    def tasks(self) -> AsyncProjectTasksRepo:
        """The project's tasks: ``project.tasks.list(filter=...)``, ``.create(data)``, ``.retrieve(id)``."""
        from .tasks import AsyncProjectTasksRepo

        return AsyncProjectTasksRepo(self._client, self.id)

    @cached_property
    def exports(self) -> AsyncExportsRepo:
        """Export snapshots of the project: ``project.exports.create(...)``, ``.list()``."""
        from .exports import AsyncExportsRepo

        return AsyncExportsRepo(self._client, self.id)

    @cached_property
    def datasets(self) -> AsyncDatasetsRepo:
        """Data sources connected to the project (Label Studio's source storages)."""
        from .storages import AsyncDatasetsRepo

        return AsyncDatasetsRepo(self._client, self.id)

    @cached_property
    def targets(self) -> AsyncTargetsRepo:
        """Where annotations are pushed back to (Label Studio's export / target storages)."""
        from .storages import AsyncTargetsRepo

        return AsyncTargetsRepo(self._client, self.id)

    # Declared once, where they are implemented: the functions are the methods.
    import_tasks = importing.import_tasks
    import_predictions = importing.import_predictions
    export = export_project
    copy_to = migration.copy_to

    @property
    def parsed_config(self) -> ParsedConfig:
        """The project's labeling config, parsed locally: controls, objects, labels, data keys (no request).

        A config stored with tags Label Studio's editor does not know (the server accepts them) is parsed all the
        same; ``parsed_config.problems`` says what is wrong.
        """
        return parse_label_config(str(self.label_config or ""))

    async def add_label(
        self,
        control_name: str,
        label_value: str,
        *,
        parent: str | Sequence[str] | None = None,
        **attrs: str | int | float | bool | None,
    ) -> bool:
        """Add a label to a control of the live project, keeping existing annotations valid.

        The project is re-read first (one ``GET``, so a stale proxy cannot overwrite a change made elsewhere); the
        label goes at the top level of the control, or under the choice ``parent`` of a ``Taxonomy``
        (``parent="B"``, or a path ``("B", "B1")``); the new config is validated by the server
        (``POST /api/projects/validate/``; an added label cannot invalidate an annotation) before it is saved with
        one ``PATCH``. Returns False when the label was already there (same value and alias at that level; nothing
        more is sent then).

        :raises InvalidInputError: no such control, a bad label value, ``parent`` names no choice, a sibling label
            already has this value or alias, the hotkey is taken, an attribute the new tag does not have (the
            message names the likely one).
        :raises BadRequestError: the server refused the new config.
        """
        from .label_configs import add_label

        return await add_label(self, control_name, label_value, parent=parent, **attrs)

    async def remove_label(
        self, control_name: str, label_value: str, *, parent: str | Sequence[str] | None = None
    ) -> bool:
        """Remove a label (by value or alias) from a control of the live project, unless annotations use it.

        Re-reads the project (one ``GET``), removes the label at the top level of the control or under the choice
        ``parent`` of a ``Taxonomy`` (with the choices under it), validates against the annotations
        (``POST /api/projects/{id}/validate/``; for a ``Taxonomy`` path the server cannot check, lsclient reads the
        annotations), then saves with one ``PATCH``. Returns False when the control has no such label.

        :raises InvalidInputError: no such control, ``parent`` names no choice, the label is at another level (the
            message says which ``parent`` to pass), annotations use a path the server cannot check.
        :raises BadRequestError: the server refused the new config (annotations use the label).
        """
        from .label_configs import remove_label

        return await remove_label(self, control_name, label_value, parent=parent)

    async def set_label_config(self, config: str | LabelConfig) -> Self:
        """Replace the labeling config after the server checked it against existing annotations.

        (A plain ``update(label_config=...)`` is saved even when it orphans labels that annotations use.)

        :raises LabelConfigSyntaxError: the XML does not parse (before any request).
        :raises LabelConfigError: Label Studio's editor would refuse the config (before any request).
        :raises InvalidInputError: annotations use a ``Taxonomy`` choice path that the new config drops and that the
            server cannot check (see :func:`~lsclient.core.label_config.unprotected_removals`).
        :raises BadRequestError: the server refused the config; ``validation_errors`` says why.
        """
        from .label_configs import set_label_config

        await set_label_config(self, config)
        return self


class AsyncProjectsRepo(AsyncRetrieves[AsyncProject], AsyncRemoves[AsyncProject]):
    """The server's projects (``client.projects``): create, retrieve, list and remove."""

    _entity = AsyncProject

    async def create(
        self,
        spec: ProjectRequest | Mapping[str, Any] | None = None,
        /,
        *,
        title: str | None = None,
        label_config: str | LabelConfig | None = None,
        description: str | None = None,
        **fields: Any,
    ) -> AsyncProject:
        """Create a project (``POST /api/projects/``). Any field of ``ProjectRequest`` can be given
        (``expert_instruction=...``...).

        :raises InvalidInputError: an unknown field (before any request).
        :raises LabelConfigError: (an :class:`InvalidInputError`) Label Studio's editor would refuse the label config,
            e.g. a misspelt tag (before any request; Label Studio's server would store it).
        :raises LabelConfigSyntaxError: the label config is malformed XML (before any request).
        :raises BadRequestError: e.g. an invalid label config; ``validation_errors["label_config"]`` says why.
        """
        given = {
            k: v
            for k, v in {
                "title": title,
                "label_config": str(label_config) if label_config is not None else None,
                "description": description,
            }.items()
            if v is not None
        }
        body = build_request(ProjectRequest, spec, {**given, **fields}, what="projects.create()")
        return self._wrap(await call(projects_create.asyncio_detailed, client=self._client.http, body=body))

    def list(
        self,
        *,
        title: str | None = None,
        title_contains: str | None = None,
        ids: Sequence[int] | None = None,
        ordering: str | None = None,
        page_size: int = 100,
        limit: int | None = None,
    ) -> AsyncPager[AsyncProject]:
        """Lazily iterate over projects, page by page (``GET /api/projects/``), filtered on the server.

        :param title: only the projects with exactly this title. Label Studio's ``title`` filter matches a
            substring, ignoring case; it narrows the pages and the exact title is checked here.
        :param title_contains: projects whose title contains this text, ignoring case (the server's filter as is).
        :param ids: only these project ids.
        :param ordering: a field name, ``-`` for descending, e.g. ``"-created_at"``.
        :param page_size: projects per request (at most 100, the server's maximum).
        :param limit: stop after this many projects.
        :raises InvalidInputError: ``ids`` is not a sequence of ids, a text is not a sendable ``str``, a bad
            ``page_size`` / ``limit``, or both ``title`` and ``title_contains`` (before any request).

        >>> [p.title async for p in client.projects.list(title="Reviews v2")]  # doctest: +SKIP
        ['Reviews v2']
        """
        if title is not None and title_contains is not None:
            raise InvalidInputError("projects.list(): pass title= (exact) or title_contains=, not both")
        server_title = title if title is not None else title_contains
        for name, text in (("title", title), ("title_contains", title_contains), ("ordering", ordering)):
            if text is not None:
                check_text(text, f"projects.list(): {name}")
        if ids is not None:
            if isinstance(ids, str | bytes | Mapping) or not isinstance(ids, Iterable):
                raise InvalidTypeError(
                    f"projects.list(): ids must be a sequence of project ids, not {type(ids).__name__}"
                )
            ids = [check_id(i, "projects.list(): ids[]") for i in ids]
        check_count(page_size, "projects.list(): page_size")

        async def fetch_page(page: int, size: int) -> Page[AsyncProject]:
            answer = await call(
                projects_list.asyncio_detailed,
                client=self._client.http,
                page=page,
                page_size=size,
                title=server_title if server_title is not None else UNSET,
                ids=",".join(str(i) for i in ids) if ids is not None else UNSET,
                ordering=ordering if ordering is not None else UNSET,
            )
            models = [model for model in answer.results if title is None or model.title == title]
            return Page(
                items=[self._wrap(model) for model in models],
                total=answer.count if title is None else None,
                has_next=answer.next_ is not None and not isinstance(answer.next_, Unset),
            )

        return AsyncPager(fetch_page, page_size=min(page_size, 100), limit=limit)
