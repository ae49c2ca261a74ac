"""Projects: :class:`ProjectsRepo` (``client.projects``) and the :class:`Project` entity."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
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

from .. import importing
from ..calls import call, call_no_content
from ..paging import Page, Pager
from ..progress import ProgressReporter
from .base import Fetchable, Removable, Updatable, build_request

if TYPE_CHECKING:
    from ..client import Client
    from ..filters import Filter
    from ..label_config import LabelConfig, ParsedConfig
    from .exports import ExportsRepo
    from .storages import DatasetsRepo, TargetsRepo
    from .tasks import ProjectTasksRepo

    _ProjectFields = ProjectModel
else:
    _ProjectFields = object


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
        source: Iterable[Any] | str | os.PathLike[str],
        *,
        predictions: Iterable[Any] | None = None,
        annotations: Iterable[Any] | None = None,
        key: str | None = None,
        batch_size: int = importing.DEFAULT_BATCH_SIZE,
        max_request_bytes: int = importing.DEFAULT_MAX_REQUEST_BYTES,
        file_format: importing.FileFormat | None = None,
        text_key: str = importing.UNDEFINED_DATA_KEY,
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
          extension. See :func:`~lsclient.core.importing.read_task_file`;
        - a list (or iterable) of paths of local media files (images, audio, video...), uploaded as files:
          Label Studio creates one task per media file (its URL under the config's data key). The server reads
          ``.txt`` / ``.csv`` / ``.tsv`` / ``.json`` uploads as task lists (one task per line or row), so those
          yield as many ids as they hold tasks. ``key``, ``predictions`` and ``annotations`` do not apply.

        ``predictions`` / ``annotations``: optional iterables parallel to ``source`` (one item per task: None,
        one dict, or a list of dicts), appended to each task's ``predictions`` / ``annotations``. Handy when data
        and model output come from different places; full task dicts do the same in one place. Predictions of
        tasks already on the server go through :meth:`import_predictions`.

        Requests carry at most ``batch_size`` tasks (media: at most 100 files) and ``max_request_bytes`` bytes
        (a bigger single task travels alone). When the server or a proxy still refuses a request as too large
        (413, or Label Studio's 500 for ``DATA_UPLOAD_MAX_MEMORY_SIZE`` / ``DATA_UPLOAD_MAX_NUMBER_FILES``),
        nothing was imported: it is split in halves and the smaller size is kept for the rest of the run.

        **Failures.** A task the server rejects (400) is found from the answer (or by halving the request); the
        tasks before it are imported, then :class:`~lsclient.core.errors.TaskImportError` is raised with
        ``imported_task_ids`` (every item before ``failed_at``), ``failed_at`` (the bad item) and the server's
        error as ``__cause__``. Nothing from ``failed_at`` on is imported, so fixing the data and importing
        ``source[failed_at:]`` continues exactly. Label Studio on SQLite, under concurrent writes, can answer
        success having created a request's tasks without their predictions and annotations; the answer's counts
        show it, so those tasks are removed and the request is sent once more (if that fails too, the cause is an
        :class:`~lsclient.core.errors.IncompleteImportError`).

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

        :param progress: a tqdm bar by default (total known for lists), ``False`` for none, or a reporter.
        :param timeout: seconds to wait for one import request (and for an asynchronous import job).
        :raises TaskImportError: see above.
        :raises InvalidInputError: bad arguments (before anything is sent).
        :raises FileNotFoundError: ``source`` names a task file that does not exist (before anything is sent); a
            file that turns out malformed midway raises :class:`TaskImportError` after the tasks before it.

        >>> project.import_tasks("reviews.csv", key="reviews-v1", progress=False)  # doctest: +SKIP
        [101, 102, 103]
        """
        return importing.import_tasks(
            self._client,
            self.id,
            source,
            predictions=predictions,
            annotations=annotations,
            key=key,
            batch_size=batch_size,
            max_request_bytes=max_request_bytes,
            file_format=file_format,
            text_key=text_key,
            progress=progress,
            timeout=timeout,
        )

    def import_predictions(
        self,
        predictions: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = importing.DEFAULT_BATCH_SIZE,
        max_request_bytes: int = importing.DEFAULT_MAX_REQUEST_BYTES,
        progress: bool | ProgressReporter | None = None,
        timeout: float = 600.0,
    ) -> int:
        """Add predictions to tasks already in the project, in batches; return how many the server created.

        Each prediction is ``{"task": <task id>, "result": [...], "score": 0.9, "model_version": "v1"}``
        (``score`` and ``model_version`` optional). The iterable is consumed lazily. Label Studio answers only a
        count, no ids. It skips, without an error, predictions whose result does not fit the label config: when
        fewer are created than sent, a :class:`~lsclient.core.importing.PredictionsSkippedWarning` says so.

        :raises PredictionImportError: a request failed; ``created`` predictions went in before ``failed_at``
            (for a task id not in the project: the first such prediction), nothing from ``failed_at`` on unless
            ``in_doubt``. There is no import key here: a re-run of the same predictions adds them again.

        >>> project.import_predictions([{"task": 101, "result": [...], "score": 0.9}])  # doctest: +SKIP
        1
        """
        return importing.import_predictions(
            self._client,
            self.id,
            predictions,
            batch_size=batch_size,
            max_request_bytes=max_request_bytes,
            progress=progress,
            timeout=timeout,
        )

    def export(
        self,
        path: str | os.PathLike[str],
        *,
        format: str = "JSON",
        only_annotated: bool = False,
        task_ids: Iterable[int] | None = None,
        filter: Filter | None = None,
        keep_snapshot: bool = False,
        overwrite: bool = False,
        progress: bool | ProgressReporter | None = None,
        timeout: float = 600,
    ) -> Path:
        """Export the project to a file in one call (snapshot, wait, convert, download); see ``exports.export_to``.

        >>> project.export("reviews.csv", format="CSV", only_annotated=True)  # doctest: +SKIP
        PosixPath('reviews.csv')
        """
        return self.exports.export_to(
            path,
            format=format,
            only_annotated=only_annotated,
            task_ids=task_ids,
            filter=filter,
            keep_snapshot=keep_snapshot,
            overwrite=overwrite,
            progress=progress,
            timeout=timeout,
        )

    @property
    def parsed_config(self) -> ParsedConfig:
        """The project's labeling config, parsed locally: controls, objects, labels, data keys (no request)."""
        from ..label_config import parse_label_config

        return parse_label_config(str(self.label_config or ""))

    def add_label(self, control_name: str, label_value: str, **attrs: str | int | float | bool | None) -> bool:
        """Add a label to a control of the live project, keeping existing annotations valid.

        The new config is validated against the project's annotations by the server before it is saved.
        Returns False when the label was already there.
        """
        from ..label_config import add_label

        return add_label(self, control_name, label_value, **attrs)

    def set_label_config(self, config: str | LabelConfig) -> Self:
        """Replace the labeling config after the server checked it against existing annotations.

        (A plain ``update(label_config=...)`` is saved even when it orphans labels that annotations use.)
        """
        from ..label_config import update_label_config

        update_label_config(self, config)
        return self

    def _retrieve_model(self) -> ProjectModel:
        return call(projects_retrieve.sync_detailed, self.id, client=self._client.http)

    def _patch_model(self, body: PatchedProjectRequest) -> ProjectModel:
        return call(projects_partial_update.sync_detailed, self.id, client=self._client.http, body=body)

    def _destroy(self) -> None:
        call_no_content(projects_destroy.sync_detailed, self.id, client=self._client.http)


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
