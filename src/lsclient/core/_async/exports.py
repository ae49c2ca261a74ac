"""Export snapshots: :class:`AsyncExportsRepo` (``project.exports``), the :class:`AsyncExport` entity, and
:func:`export_project`, the one-call export behind ``project.export(...)``.

A snapshot freezes a project's tasks and annotations as one JSON file on the server; it can then be
downloaded as JSON or converted to another format (CSV, YOLO...). Typical use::

    export = await project.exports.create(only_annotated=True)
    await export.download("labels.json")             # waits for the snapshot, verifies its MD5
    await export.download("out/", format="CSV")      # a directory: the server's file name is used
    for task in iter_export_tasks("labels.json"):    # one task at a time, in flat memory
        ...
    await project.export("labels.csv", format="CSV", only_annotated=True)  # snapshot, download, clean up

What Label Studio 1.23.2 (Community) does, checked on a server:

* ``POST /exports/`` builds the snapshot before answering (status ``completed``), about 1 s per 1,000 tasks, so
  for a large project that one request outlasts the client's usual 60 s read timeout:
  :meth:`AsyncExportsRepo.create` gives it ``timeout`` seconds instead. With background workers (Redis,
  Enterprise) it answers ``created``/``in_progress`` and a worker finishes later, so :meth:`AsyncExport.wait`
  polls until ``completed`` and raises on ``failed``.
* The snapshot's ``md5`` is the MD5 of the JSON file that ``download`` serves when no ``exportType`` is given,
  so JSON downloads are verified against it.
* ``download?exportType=CSV`` converts on the fly on every call, even with no ``/convert`` before, because the
  feature flag ``fflag_fix_all_lsdv_4813_async_export_conversion`` is off. With that flag on, the server
  serves only formats converted before and answers 404 otherwise; :meth:`AsyncExport.download` handles both.
* ``/convert`` runs before answering; asking for the same format twice gives
  400 "Conversion to CSV already started", which :meth:`AsyncExport.convert` treats as "wait for it".
* A download with ``exportType`` converts without fetching media files, so formats that carry them
  (:data:`~lsclient.core.export_files.MEDIA_FORMATS`: ASR_MANIFEST, COCO/YOLO/YOLO_OBB_WITH_IMAGES, DOCLANG) come
  out without them (an ASR manifest is empty); a conversion stored by ``/convert`` with ``download_resources``
  has them, but is never served. Those formats are downloaded from the project's direct export
  (``GET /api/projects/{id}/export?download_resources=true``) for the snapshot's tasks instead.
* Formats the formats list marks ``disabled`` are converted all the same, into files without the labels
  (CONLL2003 of a classification: every token ``O``) or a 500: lsclient refuses them.
* Task filters: ``annotated="only"`` keeps tasks with at least one annotation that is not skipped;
  ``only_with_annotations`` also keeps tasks whose only annotations are skipped. There is no task-id filter;
  ``task_ids=`` and ``filter=`` go through a temporary Data Manager view (:mod:`.views`).

The download itself (streamed, atomic, MD5-verified) is :mod:`.downloads`; file names, destinations and reading a
downloaded file back are :mod:`lsclient.core.export_files`.
"""

from __future__ import annotations

import builtins
import logging
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

import attrs
import httpx

from lsclient.api_client.api.export import (
    projects_export_formats_retrieve,
    projects_exports_convert_create,
    projects_exports_create,
    projects_exports_destroy,
    projects_exports_list,
    projects_exports_retrieve,
)
from lsclient.api_client.client import AuthenticatedClient
from lsclient.api_client.models.annotation_filter_options_request import AnnotationFilterOptionsRequest
from lsclient.api_client.models.converted_format import ConvertedFormat
from lsclient.api_client.models.export import Export as ExportModel
from lsclient.api_client.models.export_convert_request import ExportConvertRequest
from lsclient.api_client.models.export_create import ExportCreate
from lsclient.api_client.models.export_create_request import ExportCreateRequest
from lsclient.api_client.models.serialization_options_request import SerializationOptionsRequest
from lsclient.api_client.models.task_filter_options_request import TaskFilterOptionsRequest
from lsclient.api_client.types import UNSET, Response, Unset

from ..arguments import check_seconds
from ..errors import BadRequestError, InvalidInputError, LsClientError, NotFoundError, ResponseParseError
from ..export_files import (
    JSON,
    MEDIA_FORMATS,
    Destination,
    ExportFormat,
    download_destination,
    format_name,
    iter_export_tasks,
)
from ..filters import Filter
from ..progress import ProgressReporter, default_progress, track
from ..resources import Operations, build_request, convert, id_of
from .calls import call, call_remove, open_http
from .downloads import MAX_DIRECT_EXPORT_IDS, download_direct_export, download_export
from .paging import AsyncPager
from .resources import AsyncFetchable, AsyncRemovable, AsyncRemoves, AsyncRetrieves, whole_list
from .views import check_view, create_view, drop_view, view_filter
from .waiting import wait_for

if TYPE_CHECKING:
    from .client import AsyncClient
    from .projects import AsyncProject

    _ExportFields = ExportModel
else:
    _ExportFields = object

__all__ = ["AsyncExport", "AsyncExportsRepo", "export_project"]

logger = logging.getLogger(__name__)

_DONE = "completed"
_FAILED = "failed"
_NESTED_OPTIONS: dict[str, type] = {
    "task_filter_options": TaskFilterOptionsRequest,
    "annotation_filter_options": AnnotationFilterOptionsRequest,
    "serialization_options": SerializationOptionsRequest,
}


def _status(model: ExportModel | ConvertedFormat) -> str:
    status = model.status
    return "unknown" if isinstance(status, Unset) else status.value


def _conversion(model: ExportModel, export_type: str) -> ConvertedFormat | None:
    """The conversion of the snapshot to ``export_type`` that counts: the newest that has not failed, if any.

    ``/convert`` reuses exactly that one ("already started") and creates a new one only after a failure.
    """
    entries = [entry for entry in model.converted_formats or [] if entry.export_type == export_type]
    alive = [entry for entry in entries if _status(entry) != _FAILED]
    return max(alive or entries, key=lambda entry: entry.id, default=None)


def _already_started(error: BadRequestError) -> bool:
    messages = [message for field in error.validation_errors.values() for message in field]
    if error.detail:
        messages.append(error.detail)
    return "export_type" not in error.validation_errors and any("already" in m.lower() for m in messages)


def _in_project(operations: Operations, project_id: int) -> Operations:
    """``operations`` with the project id given first: the generated export functions take (project id, export id)."""

    def bind(function: Callable[..., Any] | None) -> Callable[..., Any] | None:
        return None if function is None else partial(function, project_id)

    return attrs.evolve(operations, retrieve=bind(operations.retrieve), remove=bind(operations.remove))


class AsyncExport(AsyncFetchable[ExportModel], AsyncRemovable[ExportModel], _ExportFields):
    """One export snapshot of a project: its fields (``export.status``, ``export.md5``, ``export.counters``...).

    Label Studio has no way to change a snapshot, so it can only be fetched, waited for, converted,
    downloaded and removed.

    >>> export = await project.exports.create(only_annotated=True)  # doctest: +SKIP
    >>> await export.download("annotated.json")  # doctest: +SKIP
    PosixPath('annotated.json')
    """

    _repr_field = "title"
    # The repository's path names the project; a snapshot's answer does not carry it.
    _operations = Operations(
        retrieve=projects_exports_retrieve.asyncio_detailed,
        remove=projects_exports_destroy.asyncio_detailed,
        parent="project",
    )
    _project_id: int

    def __init__(self, client: AsyncClient, model: ExportModel, project_id: int) -> None:
        super().__init__(client, model)
        object.__setattr__(self, "_project_id", project_id)
        # A snapshot's paths carry two ids (/api/projects/{id}/exports/{export_pk}): bind the declared operations to
        # this snapshot's project, so that fetch() and remove() of the mixins send both.
        object.__setattr__(self, "_operations", _in_project(self._operations, project_id))

    @property
    def project_id(self) -> int:
        """The id of the project this snapshot belongs to."""
        return self._project_id

    @property
    def _job(self) -> str:
        return f"export {self.id} of project {self._project_id}"

    async def _poll(self) -> ExportModel:
        return (await self.fetch())._model

    async def wait(
        self,
        *,
        timeout: float = 600,
        progress: bool | ProgressReporter | None = None,
        poll_interval: float = 0.5,
    ) -> Self:
        """Wait until the snapshot is ``completed`` and return it (updated in place).

        A snapshot that is already completed returns at once, without a request. Otherwise the export is
        re-read (``GET /api/projects/{id}/exports/{export_pk}``) every ``poll_interval`` seconds, growing up to 5 s.

        :param progress: a progress bar with the server's status (``None``/``True``: tqdm if installed).
        :raises JobFailedError: the server reports ``failed``.
        :raises JobTimeoutError: not completed within ``timeout`` seconds (the server may still finish it).

        >>> export = await project.exports.create()  # doctest: +SKIP
        >>> (await export.wait(timeout=60)).status  # doctest: +SKIP
        'completed'
        """
        check_seconds(timeout, "export.wait(): timeout", allow_zero=True)
        check_seconds(poll_interval, "export.wait(): poll_interval")
        if _status(self._model) == _DONE:
            return self
        await wait_for(
            self._poll,
            status_of=_status,
            done=(_DONE,),
            failed=(_FAILED,),
            job=self._job,
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max(5.0, poll_interval),
            progress=default_progress(progress),
        )
        return self

    async def convert(
        self,
        format: str,
        *,
        timeout: float = 600,
        progress: bool | ProgressReporter | None = None,
        poll_interval: float = 0.5,
        download_resources: bool | None = None,
    ) -> Self:
        """Convert the snapshot to ``format`` on the server and wait until that conversion is completed.

        Waits for the snapshot first, then ``POST /api/projects/{id}/exports/{export_pk}/convert``. A conversion
        that was already started or done is not an error: it is waited for. ``export.converted_formats`` then
        lists the conversion. :meth:`download` converts when it has to, so calling this first is needed only to
        prepare a format ahead of time.

        :param format: a name from :meth:`AsyncExportsRepo.formats`, e.g. ``"CSV"``, ``"YOLO"``.
        :param timeout: seconds for the whole operation (snapshot and conversion).
        :param download_resources: ask the converter to fetch media files too. ``None``: yes for the formats that
            carry them (:data:`~lsclient.core.export_files.MEDIA_FORMATS`), the server's default otherwise.
        :raises InvalidInputError: the project has no such format, or Label Studio marks it disabled for the
            project's labeling config (checked with ``GET /api/projects/{id}/export/formats`` first).
        :raises BadRequestError: the server refused the format (``validation_errors["export_type"]``).
        :raises JobFailedError: the conversion failed; the error carries the server's traceback.

        >>> [(c.export_type, str(c.status)) for c in (await export.convert("CSV")).converted_formats]  # doctest: +SKIP
        [('CSV', 'completed')]
        """
        check_seconds(timeout, "export.convert(): timeout", allow_zero=True)
        check_seconds(poll_interval, "export.convert(): poll_interval")
        export_type = format_name(format)
        await _check_format(self._client, self._project_id, export_type)
        reporter = default_progress(progress)
        deadline = time.monotonic() + timeout
        await self.wait(timeout=timeout, progress=reporter, poll_interval=poll_interval)
        await self._convert(export_type, download_resources)
        remaining = max(0.0, deadline - time.monotonic())
        await self._wait_conversion(export_type, timeout=remaining, progress=reporter, poll_interval=poll_interval)
        return self

    async def _convert(self, export_type: str, download_resources: bool | None) -> None:
        if download_resources is None and export_type in MEDIA_FORMATS:
            download_resources = True  # otherwise the converter leaves out the very files the format is for
        body = ExportConvertRequest(
            export_type=export_type, download_resources=UNSET if download_resources is None else download_resources
        )
        try:
            await call(
                projects_exports_convert_create.asyncio_detailed,
                self._project_id,
                self.id,
                client=self._client.http,
                body=body,
            )
        except BadRequestError as exc:
            if not _already_started(exc):
                raise

    async def _wait_conversion(
        self, export_type: str, *, timeout: float, progress: ProgressReporter, poll_interval: float
    ) -> ConvertedFormat:
        # Found by type, not by the id /convert answers: after "already started" there is no id to read.
        async def poll() -> ConvertedFormat:
            entry = _conversion(await self._poll(), export_type)
            if entry is None:
                raise ResponseParseError(
                    f"{self._job} lists no conversion to {export_type} after it was requested", status_code=200
                )
            return entry

        return await wait_for(
            poll,
            status_of=_status,
            done=(_DONE,),
            failed=(_FAILED,),
            job=f"conversion of {self._job} to {export_type}",
            timeout=timeout,
            poll_interval=poll_interval,
            max_interval=max(5.0, poll_interval),
            progress=progress,
            traceback_of=lambda entry: entry.traceback if isinstance(entry.traceback, str) else None,
        )

    async def download(
        self,
        path: str | os.PathLike[str],
        *,
        format: str = JSON,
        progress: bool | ProgressReporter | None = None,
        overwrite: bool = False,
        timeout: float = 600,
        poll_interval: float = 0.5,
    ) -> Path:
        """Download the snapshot as ``format`` to ``path`` and return the path of the written file.

        The file appears complete or not at all: the body of ``GET /api/projects/{id}/exports/{export_pk}/download``
        is streamed in constant memory to a temporary file that is renamed into place only after the whole body
        arrived (and, for JSON, its MD5 matched the snapshot's ``md5``). The method first waits for the snapshot,
        and converts it if the server needs that before it can serve ``format``.

        :param path: a file path, or an existing directory (or a path ending in ``/``). For a directory, the
            file gets the server's name, e.g. ``project-3-at-2025-01-01-10-00-1a2b3c4d.json``.
        :param format: ``"JSON"`` (the snapshot itself) or another name from :meth:`AsyncExportsRepo.formats`.
            Names are upper-cased. Formats of several files (YOLO, COCO...) arrive as a zip archive. Formats
            with media files (:data:`~lsclient.core.export_files.MEDIA_FORMATS`: ASR_MANIFEST, the ``_WITH_IMAGES``
            ones, DOCLANG) come from the project's direct export, which fetches the media: it exports the
            snapshot's tasks (found in its JSON) with their annotations as they are now, every annotation included
            (``annotation_filter_options`` of the snapshot do not apply). On a server without the direct export
            (Enterprise), the snapshot is converted with ``download_resources`` instead.
        :param progress: byte progress (``None``/``True``: tqdm if installed); the total comes from
            ``Content-Length`` when the server sends one.
        :param overwrite: replace an existing file; otherwise :class:`FileExistsError` naming it.
        :param timeout: seconds to wait for the snapshot and for a conversion (not for the transfer itself).
        :raises FileExistsError: the file exists and ``overwrite`` is False (nothing was downloaded).
        :raises FileNotFoundError: the directory of ``path`` does not exist (nothing was downloaded).
        :raises DownloadError: the JSON did not match the snapshot's MD5 (nothing was written).
        :raises APIConnectionError: the connection broke off during the download (nothing was written).
        :raises NotFoundError: the snapshot (or its project) does not exist.
        :raises InvalidInputError: the project has no such format, Label Studio marks it disabled for the project's
            labeling config, or a format with media files for a snapshot of more than 990 tasks that are not all
            the project's (the direct export takes at most that many task ids).

        >>> await export.download("exports/", format="CSV")  # doctest: +SKIP
        PosixPath('exports/project-3-at-2025-01-01-10-00-1a2b3c4d.csv')
        """
        check_seconds(timeout, "export.download(): timeout")
        check_seconds(poll_interval, "export.download(): poll_interval")
        export_type = format_name(format)
        destination = download_destination(path, overwrite=overwrite)
        return await self._download(
            destination, export_type, default_progress(progress), timeout, poll_interval, format_checked=False
        )

    async def _download(
        self,
        destination: Destination,
        export_type: str,
        reporter: ProgressReporter,
        timeout: float,
        poll_interval: float,
        *,
        format_checked: bool,
    ) -> Path:
        deadline = time.monotonic() + timeout
        await self.wait(timeout=timeout, progress=reporter, poll_interval=poll_interval)
        if export_type == JSON:
            # Without exportType the server sends the snapshot file itself, the bytes its md5 was computed on.
            expected_md5 = self._model.md5 if isinstance(self._model.md5, str) and self._model.md5 else None
            return await download_export(
                self._client, self._project_id, self.id, destination, expected_md5=expected_md5, progress=reporter
            )

        if not format_checked:
            await _check_format(self._client, self._project_id, export_type)
        if export_type in MEDIA_FORMATS:
            remaining = max(0.0, deadline - time.monotonic())
            written = await self._download_with_media(destination, export_type, reporter, remaining)
            if written is not None:
                return written
        try:
            return await download_export(
                self._client, self._project_id, self.id, destination, export_type=export_type, progress=reporter
            )
        except NotFoundError:
            conversion = _conversion(await self._poll(), export_type)
            if conversion is not None and _status(conversion) == _DONE:
                raise
        # Label Studio with asynchronous conversions (a feature flag, on in Enterprise) serves only formats
        # converted before and answers 404 until then. 1.23.2 converts on the fly and gets here only when the
        # converter produced nothing; /convert then reports why.
        await self._convert(export_type, None)
        remaining = max(0.0, deadline - time.monotonic())
        await self._wait_conversion(export_type, timeout=remaining, progress=reporter, poll_interval=poll_interval)
        return await download_export(
            self._client, self._project_id, self.id, destination, export_type=export_type, progress=reporter
        )

    async def _download_with_media(
        self, destination: Destination, export_type: str, reporter: ProgressReporter, timeout: float
    ) -> Path | None:
        """The snapshot's tasks as ``export_type`` from the project's direct export, media included; None when the
        snapshot has no tasks or the server has no direct export (then the snapshot is converted instead)."""
        task_ids: builtins.list[int] | None = await self._task_ids()
        if not task_ids:
            return None  # the direct export without ids exports every task; the snapshot's conversion says "empty"
        if len(task_ids) > MAX_DIRECT_EXPORT_IDS:
            project = await self._client.projects.retrieve(self._project_id)
            if project.task_number != len(task_ids):
                raise InvalidInputError(
                    f"format {export_type!r} needs Label Studio's direct export (the only one that includes the "
                    f"media files), which takes at most {MAX_DIRECT_EXPORT_IDS} task ids; {self._job} holds "
                    f"{len(task_ids):,} of the project's {project.task_number:,} tasks: export every task, or at "
                    f"most {MAX_DIRECT_EXPORT_IDS} at a time (task_ids=)"
                )
            task_ids = None  # every task of the project
        try:
            return await download_direct_export(
                self._client,
                self._project_id,
                destination,
                export_type=export_type,
                task_ids=task_ids,
                timeout=timeout,
                progress=reporter,
            )
        except NotFoundError:
            # Label Studio Enterprise answers 404 here; there /convert with download_resources does the job.
            return None

    async def _task_ids(self) -> builtins.list[int]:
        """The ids of the snapshot's tasks, read from its JSON (downloaded to a temporary file, MD5-verified)."""
        directory = tempfile.mkdtemp(prefix="lsclient-export-")
        try:
            expected_md5 = self._model.md5 if isinstance(self._model.md5, str) and self._model.md5 else None
            target = await download_export(
                self._client,
                self._project_id,
                self.id,
                download_destination(directory, overwrite=False),
                expected_md5=expected_md5,
            )
            return [int(task["id"]) for task in iter_export_tasks(target)]
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    async def iter_tasks(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        progress: bool | ProgressReporter | None = None,
        overwrite: bool = False,
        timeout: float = 600,
    ) -> Iterator[dict[str, Any]]:
        """Download the snapshot as JSON and iterate over its tasks one at a time, in flat memory.

        The download happens now (streamed, MD5-verified, as :meth:`download`); the tasks are then read lazily
        from the local file with :func:`~lsclient.core.export_files.iter_export_tasks`, so a 100,000-task snapshot
        never sits in memory.

        :param path: where to keep the JSON file (a file path or a directory, as for :meth:`download`). Default:
            a temporary file, removed when the iteration ends or the iterator is garbage-collected.
        :raises DownloadError: the file did not match the snapshot's MD5 (nothing was written).

        >>> for task in await export.iter_tasks():  # doctest: +SKIP
        ...     labels = [a["result"] for a in task["annotations"]]
        >>> kept = await export.iter_tasks("round1.json")  # doctest: +SKIP
        """
        check_seconds(timeout, "export.iter_tasks(): timeout")
        if path is not None:
            target = await self.download(path, format=JSON, progress=progress, overwrite=overwrite, timeout=timeout)
            return iter_export_tasks(target)
        directory = tempfile.mkdtemp(prefix="lsclient-export-")
        try:
            target = await self.download(directory, format=JSON, progress=progress, timeout=timeout)
        except BaseException:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        tasks = _iter_then_remove(target, directory)
        # A generator that is never started never runs its ``finally``: remove the file when it is collected.
        weakref.finalize(tasks, shutil.rmtree, directory, ignore_errors=True)
        return tasks


def _iter_then_remove(path: Path, directory: str) -> Iterator[dict[str, Any]]:
    try:
        yield from iter_export_tasks(path)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


class AsyncExportsRepo(AsyncRetrieves[AsyncExport], AsyncRemoves[AsyncExport]):
    """The export snapshots of one project (``project.exports``): create, retrieve, list, remove, formats.

    The one-call export (snapshot, wait, convert, download, clean up) is ``project.export(path, ...)``.

    :param client: the client to send requests with.
    :param parent_id: the project whose snapshots these are.
    """

    _entity = AsyncExport

    def _wrap(self, model: Any) -> AsyncExport:
        return AsyncExport(self._client, model, self._parent)

    async def create(
        self,
        spec: ExportCreateRequest | Mapping[str, Any] | None = None,
        /,
        *,
        title: str | None = None,
        only_annotated: bool = False,
        only_finished: bool = False,
        task_ids: Iterable[int] | None = None,
        filter: Filter | None = None,
        view: int | None = None,
        timeout: float = 600,
    ) -> AsyncExport:
        """Create a snapshot of the project's tasks (all of them unless filtered) and return it
        (``POST /api/projects/{id}/exports/``).

        Label Studio Community builds the snapshot before answering, so it is usually ``completed`` already;
        call :meth:`AsyncExport.wait` (or just :meth:`AsyncExport.download`) to be sure on any server.

        :param spec: the full request (``ExportCreateRequest`` or its JSON as a mapping) for options not
            covered below, e.g. ``{"annotation_filter_options": {"skipped": True}}`` or
            ``{"serialization_options": {"annotations__completed_by": {"only_id": False}}}`` (the annotators as
            objects with their email, not ids). The keyword options are added to it. Unknown option names raise
            :class:`InvalidInputError`. Unless the spec says otherwise, predictions are exported whole
            (``serialization_options.predictions.only_id = false``): Label Studio's own default writes only their
            ids, and an export must import again as it was.
        :param title: the snapshot's title; the server's default is ``<project title>-at-<date time>``.
        :param only_annotated: only tasks with at least one annotation that is not skipped
            (``task_filter_options.annotated = "only"``).
        :param only_finished: only tasks that got all the annotations they need (``is_labeled``).
        :param task_ids: only these tasks. The snapshot API has no task-id filter; lsclient creates a
            temporary Data Manager view (a tab, titled "lsclient export (temporary)") filtered on these ids,
            exports through it, waits for the snapshot (the server reads the view while building it), then
            deletes the view.
        :param filter: only tasks matching a :class:`~lsclient.core.filters.F` filter, through a temporary
            view as for ``task_ids`` (both together are ANDed).
        :param view: only the tasks shown by this existing Data Manager view (tab) of the project. Checked
            first, because Label Studio silently exports every task for a view that does not exist.
        :param timeout: seconds the server may take to build the snapshot. Label Studio Community builds it
            inside the request (about 1 s per 1,000 tasks), so that request may wait this long, beyond the
            client's usual read timeout. With ``task_ids``/``filter`` it is also how long to wait for the
            snapshot before the temporary view is deleted; on a timeout the view is left in place, so that the
            snapshot does not silently include every task, and a warning names it.
        :raises InvalidInputError: an unknown option, an option given twice with different values, ``view``
            together with ``task_ids``/``filter``, or a view that does not exist or belongs to another project.
        :raises JobTimeoutError: with ``task_ids``/``filter``, the snapshot was not built within ``timeout``.

        >>> export = await project.exports.create(title="round 1", only_annotated=True)  # doctest: +SKIP
        >>> export = await project.exports.create(task_ids=[12, 13])  # doctest: +SKIP
        >>> export = await project.exports.create(filter=F.data("lang") == "de")  # doctest: +SKIP
        """
        check_seconds(timeout, "exports.create(): timeout")
        data = _spec_data(spec)
        serialization = data.get("serialization_options")
        serialization = dict(serialization) if isinstance(serialization, Mapping) else {}
        # Label Studio writes prediction ids by default, which nothing can import again: ask for the predictions.
        serialization.setdefault("predictions", {"only_id": False})
        data["serialization_options"] = serialization
        task_filter = data.get("task_filter_options")
        task_filter = dict(task_filter) if isinstance(task_filter, Mapping) else {}
        if title is not None:
            data["title"] = title
        if only_annotated:
            _set_option(task_filter, "annotated", "only")
        if only_finished:
            _set_option(task_filter, "finished", "only")
        if view is not None:
            _set_option(task_filter, "view", view)
        condition = view_filter(task_ids, filter)
        if condition is not None and "view" in task_filter:
            raise InvalidInputError("exports.create(): task_ids/filter cannot be combined with a view")
        if "view" in task_filter:
            await check_view(self._client, self._parent, task_filter["view"])
        if task_filter:
            data["task_filter_options"] = task_filter
        body = _request(data)
        if condition is None:
            return await self._create(body, timeout)
        temporary_view = await create_view(self._client, self._parent, condition)
        body.task_filter_options = TaskFilterOptionsRequest.from_dict({**task_filter, "view": temporary_view})
        export: AsyncExport | None = None
        try:
            export = await self._create(body, timeout)
            return await export.wait(timeout=timeout, progress=False)
        finally:
            in_use = None
            if export is not None and _status(export.record) not in (_DONE, _FAILED):
                in_use = f"export {export.id} is still {_status(export.record)}"
            await drop_view(self._client, self._parent, temporary_view, in_use=in_use)

    async def _create(self, body: ExportCreateRequest, timeout: float) -> AsyncExport:
        answer = await call(_create_snapshot, self._parent, client=self._client.http, body=body, timeout=timeout)
        return self._wrap(convert(ExportModel, answer))

    async def retrieve(self, id: int) -> AsyncExport:
        """The snapshot with this id (``GET /api/projects/{id}/exports/{export_pk}``).

        :raises NotFoundError: no such snapshot in this project.
        """
        # The path names the project too, so the server itself refuses a snapshot of another project.
        id = id_of(id, "exports.retrieve(): id")
        model = await call(projects_exports_retrieve.asyncio_detailed, self._parent, id, client=self._client.http)
        return self._wrap(model)

    def list(self, *, page_size: int = 100, limit: int | None = None) -> AsyncPager[AsyncExport]:
        """All snapshots of the project, newest first, lazily (``GET /api/projects/{id}/exports/``; one request:
        the server answers them in one list, so ``page_size`` has no effect); ``limit`` stops early.

        >>> [export.id async for export in project.exports.list()]  # doctest: +SKIP
        [7, 6, 2]
        """

        async def fetch_all() -> builtins.list[AsyncExport]:
            models = await call(projects_exports_list.asyncio_detailed, self._parent, client=self._client.http)
            return [self._wrap(model) for model in models]

        return whole_list(fetch_all, page_size=page_size, limit=limit)

    async def remove(self, id: int) -> None:
        """Delete the snapshot with this id and its converted files: one request,
        ``DELETE /api/projects/{id}/exports/{export_pk}``.

        :raises NotFoundError: no such snapshot in this project.
        """
        id = id_of(id, "exports.remove(): id")
        await call_remove(projects_exports_destroy.asyncio_detailed, self._parent, id, client=self._client.http)

    async def formats(self, *, include_disabled: bool = False) -> builtins.list[ExportFormat]:
        """The export formats that fit the project's labeling config, e.g. JSON, JSON_MIN, CSV, TSV for text
        (``GET /api/projects/{id}/export/formats``). A plain list: formats are not entities.

        :param include_disabled: also list the formats Label Studio marks ``disabled`` for this config.

        >>> [f.name for f in await project.exports.formats()]  # doctest: +SKIP
        ['JSON', 'JSON_MIN', 'CSV', 'TSV']
        """
        answer = await call(projects_export_formats_retrieve.asyncio_detailed, self._parent, client=self._client.http)
        formats = [
            ExportFormat(
                name=item.name,
                title=item.title if isinstance(item.title, str) and item.title else item.name,
                description=item.description if isinstance(item.description, str) else "",
                disabled=item.disabled is True,
            )
            for item in answer
        ]
        return [item for item in formats if include_disabled or not item.disabled]


async def export_project(
    project: AsyncProject,
    path: str | os.PathLike[str],
    *,
    format: str = JSON,
    only_annotated: bool = False,
    task_ids: Iterable[int] | None = None,
    filter: Filter | None = None,
    keep_snapshot: bool = False,
    overwrite: bool = False,
    progress: bool | ProgressReporter | None = None,
    timeout: float = 600,
) -> Path:
    """Export the project to a file in one call: create a snapshot, wait, convert, download, clean up; return the
    file's path.

    :meth:`AsyncExportsRepo.create` followed by :meth:`AsyncExport.download`, then :meth:`AsyncExport.remove` unless
    ``keep_snapshot`` (``POST /api/projects/{id}/exports/``, ``GET .../exports/{id}/download``). The destination
    and the format are checked before the snapshot is built, so a mistake there costs no server time. The file
    appears complete or not at all.

    :param path: a file path, or an existing directory for the server's file name.
    :param format: ``"JSON"`` (MD5-verified), ``"JSON_MIN"``, ``"CSV"``, ``"TSV"``, or any name from
        :meth:`AsyncExportsRepo.formats`; a conversion the server needs first is requested and awaited. Formats
        with media files come from the project's direct export, as in :meth:`AsyncExport.download`.
    :param only_annotated: only tasks with at least one annotation that is not skipped.
    :param task_ids: only these tasks; ``filter``: only tasks matching an ``F`` filter (both together are ANDed;
        see :meth:`AsyncExportsRepo.create`).
    :param keep_snapshot: keep the snapshot on the server (it stays listed in the project's exports);
        by default it is removed afterwards, also when the download failed.
    :param overwrite: replace an existing file; otherwise :class:`FileExistsError` before anything starts.
    :param progress: one bar for the snapshot, then the bytes downloaded (``None``/``True``: tqdm if installed).
    :param timeout: seconds for the snapshot and any conversion, together (not for the transfer itself).
    :return: the path of the written file.
    :raises FileExistsError: the file exists and ``overwrite`` is False (no snapshot was created).
    :raises FileNotFoundError: the directory of ``path`` does not exist (no snapshot was created).
    :raises InvalidInputError: the project has no such format, Label Studio marks it disabled for the labeling
        config, or bad ``task_ids``/``filter`` (no snapshot was created); a format with media files for more than
        990 tasks that are not all the project's (see :meth:`AsyncExport.download`).
    :raises JobFailedError: the server failed to build the snapshot or the conversion, or its direct export of a
        format with media files wrote nothing (status ``"empty"``).
    :raises DownloadError: the JSON did not match the snapshot's MD5 (nothing was written).
    :raises APIConnectionError: the connection broke off during the download (nothing was written).

    >>> await project.export("labels.json", only_annotated=True)  # doctest: +SKIP
    PosixPath('labels.json')
    >>> await project.export("out/", format="CSV", task_ids=[1, 2, 3])  # doctest: +SKIP
    PosixPath('out/project-3-at-2025-01-01-10-00-1a2b3c4d.csv')
    """
    check_seconds(timeout, "project.export(): timeout")
    client, project_id = project.client, project.id
    export_type = format_name(format)
    download_destination(path, overwrite=overwrite)  # before the snapshot is built: a mistake costs no server time
    if export_type != JSON:
        await _check_format(client, project_id, export_type)
    exports = AsyncExportsRepo(client, project_id)
    reporter = default_progress(progress)
    deadline = time.monotonic() + timeout
    with track(reporter, None, f"exporting project {project_id}: building the snapshot", unit="s"):
        export = await exports.create(only_annotated=only_annotated, task_ids=task_ids, filter=filter, timeout=timeout)
    try:
        remaining = max(0.0, deadline - time.monotonic())
        destination = download_destination(path, overwrite=overwrite)  # again: a file may have appeared meanwhile
        # the format was checked above, before the snapshot was built: no second formats request
        return await export._download(destination, export_type, reporter, remaining, 0.5, format_checked=True)
    finally:
        if not keep_snapshot:
            try:
                await export.remove()
            except LsClientError as exc:
                # The file is what the caller asked for; a leftover snapshot is not worth losing it over.
                logger.warning("could not remove export %s of project %s: %s", export.id, project_id, exc)


async def _check_format(client: AsyncClient, project_id: int, export_type: str) -> None:
    """Refuse a format the project does not offer (``GET /api/projects/{id}/export/formats``), naming those it does.

    An unknown name makes the download a 500 with no explanation. A name the list marks ``disabled`` (the
    labeling config does not fit it) is converted all the same, into a file without the labels (CONLL2003 of a
    classification: every token ``O``; YOLO of a text project: empty label files) or a 500 from a broken error
    handler: both are refused too.
    """
    if export_type == JSON:
        return  # the snapshot itself, whatever the labeling config
    try:
        formats = await AsyncExportsRepo(client, project_id).formats(include_disabled=True)
    except NotFoundError:
        return  # Label Studio Enterprise removed the formats list; let the server judge the name
    if not formats:
        return
    enabled = ", ".join(item.name for item in formats if not item.disabled)
    found = next((item for item in formats if item.name == export_type), None)
    if found is None:
        raise InvalidInputError(f"{export_type!r} is not an export format of project {project_id}; formats: {enabled}")
    if found.disabled:
        raise InvalidInputError(
            f"{export_type!r} does not fit the labeling config of project {project_id} (Label Studio lists it as "
            f"disabled and would write a file without its labels); formats: {enabled}"
        )


async def _create_snapshot(
    id: int, *, client: AuthenticatedClient, body: ExportCreateRequest, timeout: float
) -> Response[ExportCreate]:
    """``projects_exports_create.asyncio_detailed`` with a read timeout of at least ``timeout`` seconds.

    Label Studio Community builds the whole snapshot inside this request (100,000 tasks: about 100 s), longer than
    the client's usual read timeout, and the generated function has no per-request timeout: so its request is
    built by the generated ``request_kwargs`` and sent here, and its answer parsed by the generated ``build_response``.
    """
    http = open_http(client)
    usual = http.timeout
    read = None if usual.read is None else max(usual.read, timeout)
    kwargs = projects_exports_create.request_kwargs(id, body=body)
    response = await http.request(
        **kwargs, timeout=httpx.Timeout(connect=usual.connect, read=read, write=usual.write, pool=usual.pool)
    )
    return projects_exports_create.build_response(client=client, response=response)


def _spec_data(spec: ExportCreateRequest | Mapping[str, Any] | None) -> dict[str, Any]:
    if spec is None:
        return {}
    if isinstance(spec, ExportCreateRequest):
        return spec.to_dict()
    if isinstance(spec, Mapping):
        data = dict(spec)
        for key in _NESTED_OPTIONS:
            if hasattr(data.get(key), "to_dict"):  # a generated options model inside a mapping
                data[key] = data[key].to_dict()
        return data
    raise InvalidInputError(f"exports.create() takes an ExportCreateRequest or a mapping, not {type(spec).__name__}")


def _request(data: dict[str, Any]) -> ExportCreateRequest:
    for key, model_type in _NESTED_OPTIONS.items():
        value = data.get(key)
        if isinstance(value, Mapping):
            # Checks the option names only; the mapping is sent as given, so no server default is overridden.
            build_request(model_type, value, {}, what=f"exports.create() {key}")
    return build_request(ExportCreateRequest, data, {}, what="exports.create()")


def _set_option(options: dict[str, Any], key: str, value: object) -> None:
    if key in options and options[key] != value:
        raise InvalidInputError(
            f"exports.create(): task_filter_options.{key} is {options[key]!r} in the spec but {value!r} by keyword"
        )
    options[key] = value
