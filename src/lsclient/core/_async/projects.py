"""Projects: :class:`AsyncProjectsRepo` (``client.projects``) and the :class:`AsyncProject` entity."""

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

from ..batching import DEFAULT_BATCH_SIZE, DEFAULT_MAX_REQUEST_BYTES
from ..label_config import LabelConfig, ParsedConfig, parse_label_config
from ..paging import Page
from ..progress import ProgressReporter
from ..resources import Operations, build_request
from ..taskfiles import UNDEFINED_DATA_KEY, FileFormat
from .calls import call
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, AsyncUpdatable

if TYPE_CHECKING:
    from ..filters import Filter
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

    async def import_tasks(
        self,
        source: Iterable[Any] | str | os.PathLike[str],
        *,
        predictions: Iterable[Any] | None = None,
        annotations: Iterable[Any] | None = None,
        key: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
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

        :param concurrency: how many requests may be in flight at once (default 1, the right value for a server on
            SQLite). Above 1, batches are sent concurrently (threads in the sync flavour, tasks in the async one);
            ids still come back in input order and every import-key guarantee holds. A failure stops new batches;
            those already sent finish and are accounted for in the error.
        :param progress: a tqdm bar by default (total known for lists), ``False`` for none, or a reporter.
        :param timeout: seconds to wait for one import request (and for an asynchronous import job).
        :raises TaskImportError: see above.
        :raises InvalidInputError: bad arguments (before anything is sent).
        :raises FileNotFoundError: ``source`` names a task file that does not exist (before anything is sent); a
            file that turns out malformed midway raises :class:`TaskImportError` after the tasks before it.

        >>> await project.import_tasks("reviews.csv", key="reviews-v1", progress=False)  # doctest: +SKIP
        [101, 102, 103]
        """
        from . import importing

        return await importing.import_tasks(
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
            concurrency=concurrency,
            progress=progress,
            timeout=timeout,
        )

    async def import_predictions(
        self,
        predictions: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
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

        ``concurrency``: requests in flight at once, as in :meth:`import_tasks`.

        :raises PredictionImportError: a request failed; ``created`` predictions went in before ``failed_at``
            (for a task id not in the project: the first such prediction), nothing from ``failed_at`` on unless
            ``in_doubt``. There is no import key here: a re-run of the same predictions adds them again.

        >>> await project.import_predictions([{"task": 101, "result": [...], "score": 0.9}])  # doctest: +SKIP
        1
        """
        from . import importing

        return await importing.import_predictions(
            self._client,
            self.id,
            predictions,
            batch_size=batch_size,
            max_request_bytes=max_request_bytes,
            concurrency=concurrency,
            progress=progress,
            timeout=timeout,
        )

    async def export(
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
        """Export the project to a file in one call: snapshot, wait, convert, download; return the file's path.

        A snapshot is created (``only_annotated``, ``task_ids`` and ``filter`` choose the tasks, as in
        :meth:`exports.create <lsclient.core._async.exports.AsyncExportsRepo.create>`; ``task_ids`` and ``filter``
        together mean both), awaited, converted to ``format`` (a name from :meth:`exports.formats`, e.g. ``"JSON"``,
        ``"CSV"``, ``"COCO"``; Label Studio also converts to formats it lists as disabled) when it is not JSON,
        then streamed atomically to ``path`` (a directory gets the server's file name), and removed unless
        ``keep_snapshot``.

        :param overwrite: replace an existing file.
        :param timeout: seconds to wait for the snapshot and the conversion together.
        :raises InvalidInputError: an unknown format name.
        :raises FileExistsError: the file exists and ``overwrite`` is false (checked before anything is sent).
        :raises FileNotFoundError: the destination directory does not exist.
        :raises JobFailedError: the server failed to build the snapshot or the conversion.
        :raises DownloadError: the file's checksum differs from the snapshot's.

        >>> await project.export("reviews.csv", format="CSV", only_annotated=True)  # doctest: +SKIP
        PosixPath('reviews.csv')
        """
        from .exports import export_project

        return await export_project(
            self._client,
            self.id,
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
        return parse_label_config(str(self.label_config or ""))

    async def add_label(self, control_name: str, label_value: str, **attrs: str | int | float | bool | None) -> bool:
        """Add a label to a control of the live project, keeping existing annotations valid.

        The project is re-read first (one ``GET``, so a stale proxy cannot overwrite a change made elsewhere); the
        new config is validated against the project's annotations by the server
        (``POST /api/projects/{id}/validate/``) before it is saved with one ``PATCH``. Returns False when the label
        was already there (nothing more is sent then).

        :raises InvalidInputError: no such control, or a bad label value.
        :raises BadRequestError: the server refused the new config.
        """
        from .label_configs import add_label

        return await add_label(self, control_name, label_value, **attrs)

    async def set_label_config(self, config: str | LabelConfig) -> Self:
        """Replace the labeling config after the server checked it against existing annotations.

        (A plain ``update(label_config=...)`` is saved even when it orphans labels that annotations use.)

        :raises LabelConfigSyntaxError: the XML does not parse (before any request).
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
        ids: Sequence[int] | None = None,
        ordering: str | None = None,
        page_size: int = 100,
        limit: int | None = None,
    ) -> AsyncPager[AsyncProject]:
        """Lazily iterate over projects, page by page (``GET /api/projects/``), filtered on the server.

        :param title: projects whose title contains this text, ignoring case (the server's filter).
        :param ids: only these project ids.
        :param ordering: a field name, ``-`` for descending, e.g. ``"-created_at"``.
        :param page_size: projects per request (at most 100, the server's maximum).
        :param limit: stop after this many projects.
        """

        async def fetch_page(page: int, size: int) -> Page[AsyncProject]:
            answer = await call(
                projects_list.asyncio_detailed,
                client=self._client.http,
                page=page,
                page_size=size,
                title=title if title is not None else UNSET,
                ids=",".join(str(i) for i in ids) if ids is not None else UNSET,
                ordering=ordering if ordering is not None else UNSET,
            )
            return Page(
                items=[self._wrap(model) for model in answer.results],
                total=answer.count,
                has_next=answer.next_ is not None and not isinstance(answer.next_, Unset),
            )

        return AsyncPager(fetch_page, page_size=min(page_size, 100), limit=limit)
