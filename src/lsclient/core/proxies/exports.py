"""Export snapshots: :class:`ExportsRepo` (``project.exports``), the :class:`Export` entity, :class:`ExportFormat`.

A snapshot freezes a project's tasks and annotations as one JSON file on the server; it can then be
downloaded as JSON or converted to another format (CSV, YOLO...). Typical use::

    export = project.exports.create(only_annotated=True)
    export.download("labels.json")             # waits for the snapshot, verifies its MD5
    export.download("out/", format="CSV")      # a directory: the server's file name is used
    for task in iter_export_tasks("labels.json"):   # one task at a time, in flat memory
        ...
    project.exports.export_to("labels.csv", format="CSV", only_annotated=True)  # snapshot, download, clean up

What Label Studio 1.23.2 (Community) does, checked on a server:

* ``POST /exports/`` builds the snapshot before answering (status ``completed``), about 1 s per 1,000 tasks, so
  for a large project that one request outlasts the client's usual 60 s read timeout: :meth:`ExportsRepo.create`
  gives it ``timeout`` seconds instead. With background workers (Redis, Enterprise) it answers
  ``created``/``in_progress`` and a worker finishes later, so :meth:`Export.wait` polls until ``completed`` and
  raises on ``failed``.
* The snapshot's ``md5`` is the MD5 of the JSON file that ``download`` serves when no ``exportType`` is given,
  so JSON downloads are verified against it.
* ``download?exportType=CSV`` converts on the fly on every call, even with no ``/convert`` before, because the
  feature flag ``fflag_fix_all_lsdv_4813_async_export_conversion`` is off. With that flag on, the server
  serves only formats converted before and answers 404 otherwise; :meth:`Export.download` handles both.
* ``/convert`` runs before answering; asking for the same format twice gives
  400 "Conversion to CSV already started", which :meth:`Export.convert` treats as "wait for it".
* Task filters: ``annotated="only"`` keeps tasks with at least one annotation that is not skipped;
  ``only_with_annotations`` also keeps tasks whose only annotations are skipped. A ``view`` id that does
  not exist is silently ignored, and then every task is exported. There is no task-id filter, but a
  Data Manager view whose filter is ``id in_list [...]`` is applied, and that is how ``task_ids=`` works.
"""

from __future__ import annotations

import builtins
import contextlib
import email.message
import errno
import logging
import os
import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from lsclient.api_client.api.data_manager import dm_views_create, dm_views_destroy, dm_views_retrieve
from lsclient.api_client.api.export import (
    projects_export_formats_retrieve,
    projects_exports_convert_create,
    projects_exports_create,
    projects_exports_destroy,
    projects_exports_download_retrieve,
    projects_exports_list,
    projects_exports_retrieve,
)
from lsclient.api_client.client import AuthenticatedClient
from lsclient.api_client.models.annotation_filter_options_request import AnnotationFilterOptionsRequest
from lsclient.api_client.models.converted_format import ConvertedFormat
from lsclient.api_client.models.dm_views_create_body import DmViewsCreateBody
from lsclient.api_client.models.export import Export as ExportModel
from lsclient.api_client.models.export_convert_request import ExportConvertRequest
from lsclient.api_client.models.export_create import ExportCreate
from lsclient.api_client.models.export_create_request import ExportCreateRequest
from lsclient.api_client.models.serialization_options_request import SerializationOptionsRequest
from lsclient.api_client.models.task_filter_options_request import TaskFilterOptionsRequest
from lsclient.api_client.types import UNSET, Response, Unset

from ..calls import call, call_no_content
from ..errors import (
    APIConnectionError,
    BadRequestError,
    InvalidInputError,
    LsClientError,
    NotFoundError,
    ResponseParseError,
    error_from_response,
    error_from_transport,
)
from ..files import stream_to_file
from ..filters import F, Filter
from ..jsonstream import iter_json_array
from ..progress import ProgressReporter, default_progress, track
from ..waiting import wait_for
from .base import Fetchable, Removable, build_request, convert

if TYPE_CHECKING:
    from ..client import Client

    _ExportFields = ExportModel
else:
    _ExportFields = object

__all__ = ["Export", "ExportFormat", "ExportsRepo", "iter_export_tasks"]

logger = logging.getLogger(__name__)

#: the snapshot's own format; every other format is a conversion of it
JSON = "JSON"
_DONE = "completed"
_FAILED = "failed"
_TEMPORARY_VIEW_TITLE = "lsclient export (temporary)"
_NESTED_OPTIONS: dict[str, type] = {
    "task_filter_options": TaskFilterOptionsRequest,
    "annotation_filter_options": AnnotationFilterOptionsRequest,
    "serialization_options": SerializationOptionsRequest,
}


@attrs.frozen
class ExportFormat:
    """One export format of a project, as ``GET /api/projects/{id}/export/formats`` lists it.

    :ivar name: what to pass as ``format=`` (``"JSON"``, ``"CSV"``, ``"YOLO"``...).
    :ivar title: the name shown in Label Studio's UI.
    :ivar description: what the format contains.
    :ivar disabled: True when the project's labeling config does not fit the format (Label Studio still
        converts to it when asked, but the result is usually empty).
    """

    name: str
    title: str
    description: str = ""
    disabled: bool = False


def _status(model: ExportModel | ConvertedFormat) -> str:
    status = model.status
    return "unknown" if isinstance(status, Unset) else status.value


def _format_name(format: str) -> str:
    if not isinstance(format, str) or not format.strip():
        raise InvalidInputError(f"format must be a format name such as 'JSON' or 'CSV', got {format!r}")
    # Every Label Studio format name is upper case; a lower-case name makes the download a 500.
    return format.strip().upper()


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


def _attachment_name(content_disposition: str | None) -> str | None:
    """The bare file name of a ``Content-Disposition`` header, or None if it names no safe file."""
    if not content_disposition:
        return None
    message = email.message.Message()
    message["content-disposition"] = content_disposition
    name = message.get_filename()
    if not name:
        return None
    # Label Studio sends the storage path ("export/3/project-3-at-....json"): keep the last part only,
    # which also keeps a hostile "../../x" inside the chosen directory.
    name = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if name in ("", ".", "..") or any(ord(char) < 32 for char in name):
        return None
    return name


def _extension(content_type: str | None, export_type: str) -> str:
    subtype = (content_type or "").split(";", 1)[0].rpartition("/")[2].strip().lower()
    if re.fullmatch(r"[a-z0-9]{1,10}", subtype):
        return subtype
    return export_type.lower()


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    # With Content-Encoding the header counts compressed bytes, not the bytes written.
    if value.isdigit() and not response.headers.get("content-encoding"):
        return int(value)
    return None


def _refuse_overwrite(target: Path, overwrite: bool) -> None:
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "the download target is a directory", str(target))
    if not overwrite and (target.exists() or target.is_symlink()):
        raise FileExistsError(errno.EEXIST, "file exists; pass overwrite=True to replace it", str(target))


def _transport_error(exc: httpx.TransportError, fallback: httpx.Request | None) -> LsClientError | None:
    request: httpx.Request | None
    try:
        request = exc.request
    except RuntimeError:  # raised by a stream with no request attached
        request = fallback
    return error_from_transport(exc, request) if request is not None else None


def _interrupted(
    error: LsClientError, exc: httpx.TransportError, job: str, target: Path, received: int, total: int | None
) -> LsClientError:
    """``error`` reworded for a body that broke off midway: what arrived, and that nothing was written."""
    if not isinstance(error, APIConnectionError):
        return error
    expected = f" of {total:,}" if total is not None else ""
    reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    message = (
        f"the download of {job} broke off after {received:,}{expected} bytes ({reason}); "
        f"nothing was written to {os.fspath(target)!r}"
    )
    return type(error)(message, method=error.method, url=error.url)


def _destination(path: str | os.PathLike[str], overwrite: bool) -> tuple[Path, bool]:
    """``(path, into_directory)``, refusing an existing file unless ``overwrite`` (nothing is downloaded yet)."""
    destination = Path(path)
    into_directory = destination.is_dir() or os.fspath(path).endswith(("/", os.sep))
    if into_directory and not destination.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the download directory does not exist", os.fspath(path))
    if not into_directory:
        if not destination.absolute().parent.is_dir():
            raise FileNotFoundError(errno.ENOENT, "the download directory does not exist", os.fspath(path))
        _refuse_overwrite(destination, overwrite)
    return destination, into_directory


def _check_format(client: Client, project_id: int, export_type: str) -> None:
    # An unknown exportType makes the download a 500 with no explanation; say which names exist instead.
    try:
        formats = ExportsRepo(client, project_id).formats(include_disabled=True)
    except NotFoundError:
        return  # Label Studio Enterprise removed the formats list; let the server judge the name
    names = [item.name for item in formats]
    if names and export_type not in names:
        raise InvalidInputError(
            f"{export_type!r} is not an export format of project {project_id}; formats: {', '.join(names)}"
        )


def _create_snapshot(
    id: int, *, client: AuthenticatedClient, body: ExportCreateRequest, timeout: float
) -> Response[ExportCreate]:
    """``projects_exports_create.sync_detailed`` with a read timeout of at least ``timeout`` seconds.

    Label Studio Community builds the whole snapshot inside this request (100,000 tasks: about 100 s), longer than
    the client's usual read timeout, and the generated function has no per-request timeout: so its request is
    built by the generated ``request_kwargs`` and sent here, and its answer parsed by the generated ``build_response``.
    """
    http = client.get_httpx_client()
    usual = http.timeout
    read = None if usual.read is None else max(usual.read, timeout)
    kwargs = projects_exports_create.request_kwargs(id, body=body)
    response = http.request(
        **kwargs, timeout=httpx.Timeout(connect=usual.connect, read=read, write=usual.write, pool=usual.pool)
    )
    return projects_exports_create.build_response(client=client, response=response)


@contextlib.contextmanager
def _open_download(
    client: AuthenticatedClient, project_id: int, export_pk: int, export_type: str | None
) -> Iterator[httpx.Response]:
    """``projects_exports_download_retrieve.stream`` asking for ``Range: bytes=0-``: the whole file, with its size.

    Label Studio's runserver sends a download with neither ``Content-Length`` nor chunked encoding, so a
    connection closed midway looks like a complete file. Asked for the range from byte 0, it answers 206 with
    the same bytes and a ``Content-Length``, which lets httpx notice a body that ends early. A server that
    ignores ranges answers 200 with the whole file, which is fine too; one that refuses the range (416, e.g. for
    an empty file) or sends only part of the file is asked again without it. The generated ``stream`` takes no
    headers, so its request is built by the generated ``request_kwargs`` and sent here.
    """
    kwargs = projects_exports_download_retrieve.request_kwargs(
        project_id, export_pk, export_type=UNSET if export_type is None else export_type
    )
    http = client.get_httpx_client()
    headers = dict(kwargs.pop("headers", {}))
    with http.stream(**kwargs, headers={**headers, "Range": "bytes=0-"}) as response:
        if response.status_code != 416 and (response.status_code != 206 or _whole_file(response)):
            yield response
            return
    with http.stream(**kwargs, headers=headers) as response:
        yield response


def _whole_file(response: httpx.Response) -> bool:
    """Whether a 206 answer carries the whole file (a server may send less than the range asked for)."""
    match = re.fullmatch(r"bytes 0-(\d+)/(\d+)", response.headers.get("content-range", "").strip())
    return match is not None and int(match.group(1)) + 1 == int(match.group(2))


def iter_export_tasks(path: str | os.PathLike[str], *, chunk_size: int = 1 << 16) -> Iterator[dict[str, Any]]:
    """Yield the tasks of a downloaded JSON (or JSON_MIN) export one at a time, without loading the file.

    Memory stays bounded by the largest task, whatever the file's size: a 100,000-task export is read in the
    same few megabytes as a 100-task one. The file is opened when the iteration starts and closed when it ends
    (or when the iterator is closed or garbage-collected).

    >>> for task in iter_export_tasks("labels.json"):  # doctest: +SKIP
    ...     print(task["id"], task["data"]["text"], len(task["annotations"]))

    :param chunk_size: bytes read at a time.
    :raises InvalidInputError: the file is not a JSON array of objects (the message names the file and where).
    """
    source = os.fspath(path)
    with open(source, "rb") as stream:
        for index, item in enumerate(iter_json_array(stream, chunk_size=chunk_size, source=source)):
            if not isinstance(item, dict):
                raise InvalidInputError(
                    f"{source} is not a task export: item {index} is a JSON {type(item).__name__}, not an object"
                )
            yield item


def _iter_then_remove(path: Path, directory: str) -> Iterator[dict[str, Any]]:
    try:
        yield from iter_export_tasks(path)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


class Export(Fetchable[ExportModel], Removable[ExportModel], _ExportFields):
    """One export snapshot of a project: its fields (``export.status``, ``export.md5``, ``export.counters``...).

    Label Studio has no way to change a snapshot, so it can only be fetched, waited for, converted,
    downloaded and removed.

    >>> export = project.exports.create(only_annotated=True)  # doctest: +SKIP
    >>> export.download("annotated.json")  # doctest: +SKIP
    PosixPath('annotated.json')
    """

    _repr_field = "title"
    _project_id: int

    def __init__(self, client: Client, model: ExportModel, project_id: int) -> None:
        super().__init__(client, model)
        object.__setattr__(self, "_project_id", project_id)

    @property
    def project_id(self) -> int:
        """The id of the project this snapshot belongs to."""
        return self._project_id

    @property
    def _job(self) -> str:
        return f"export {self.id} of project {self._project_id}"

    def _retrieve_model(self) -> ExportModel:
        return call(projects_exports_retrieve.sync_detailed, self._project_id, self.id, client=self._client.http)

    def _destroy(self) -> None:
        call_no_content(projects_exports_destroy.sync_detailed, self._project_id, self.id, client=self._client.http)

    def _poll(self) -> ExportModel:
        model = self._retrieve_model()
        self._adopt(model)
        return model

    def wait(
        self,
        *,
        timeout: float = 600,
        progress: bool | ProgressReporter | None = None,
        poll_interval: float = 0.5,
    ) -> Export:
        """Wait until the snapshot is ``completed`` and return it (updated in place).

        A snapshot that is already completed returns at once, without a request. Otherwise the export is
        re-read every ``poll_interval`` seconds, growing up to 5 s.

        :param progress: a progress bar with the server's status (``None``/``True``: tqdm if installed).
        :raises JobFailedError: the server reports ``failed``.
        :raises JobTimeoutError: not completed within ``timeout`` seconds (the server may still finish it).

        >>> project.exports.create().wait(timeout=60).status == "completed"  # doctest: +SKIP
        True
        """
        if _status(self._model) == _DONE:
            return self
        wait_for(
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

    def convert(
        self,
        format: str,
        *,
        timeout: float = 600,
        progress: bool | ProgressReporter | None = None,
        poll_interval: float = 0.5,
        download_resources: bool | None = None,
    ) -> Export:
        """Convert the snapshot to ``format`` on the server and wait until that conversion is completed.

        Waits for the snapshot first. A conversion that was already started or done is not an error: it is
        waited for. ``export.converted_formats`` then lists the conversion. :meth:`download` converts when
        it has to, so calling this first is needed only to prepare a format ahead of time.

        :param format: a name from :meth:`ExportsRepo.formats`, e.g. ``"CSV"``, ``"YOLO"``.
        :param timeout: seconds for the whole operation (snapshot and conversion).
        :param download_resources: ask the converter to fetch media files too (formats such as COCO).
        :raises BadRequestError: the server does not know the format (``validation_errors["export_type"]``).
        :raises JobFailedError: the conversion failed; the error carries the server's traceback.

        >>> [(c.export_type, str(c.status)) for c in export.convert("CSV").converted_formats]  # doctest: +SKIP
        [('CSV', 'completed')]
        """
        export_type = _format_name(format)
        reporter = default_progress(progress)
        deadline = time.monotonic() + timeout
        self.wait(timeout=timeout, progress=reporter, poll_interval=poll_interval)
        self._convert(export_type, download_resources)
        remaining = max(0.0, deadline - time.monotonic())
        self._wait_conversion(export_type, timeout=remaining, progress=reporter, poll_interval=poll_interval)
        return self

    def _convert(self, export_type: str, download_resources: bool | None) -> None:
        body = ExportConvertRequest(
            export_type=export_type, download_resources=UNSET if download_resources is None else download_resources
        )
        try:
            call(
                projects_exports_convert_create.sync_detailed,
                self._project_id,
                self.id,
                client=self._client.http,
                body=body,
            )
        except BadRequestError as exc:
            if not _already_started(exc):
                raise

    def _wait_conversion(
        self, export_type: str, *, timeout: float, progress: ProgressReporter, poll_interval: float
    ) -> ConvertedFormat:
        # Found by type, not by the id /convert answers: after "already started" there is no id to read.
        def poll() -> ConvertedFormat:
            entry = _conversion(self._poll(), export_type)
            if entry is None:
                raise ResponseParseError(
                    f"{self._job} lists no conversion to {export_type} after it was requested", status_code=200
                )
            return entry

        return wait_for(
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

    def download(
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

        The file appears complete or not at all: the body is streamed in constant memory to a temporary
        file that is renamed into place only after the whole body arrived (and, for JSON, its MD5 matched
        the snapshot's ``md5``). The method first waits for the snapshot, and converts it if the server
        needs that before it can serve ``format``.

        :param path: a file path, or an existing directory (or a path ending in ``/``). For a directory, the
            file gets the server's name, e.g. ``project-3-at-2025-01-01-10-00-1a2b3c4d.json``.
        :param format: ``"JSON"`` (the snapshot itself) or another name from :meth:`ExportsRepo.formats`.
            Names are upper-cased. Formats of several files (YOLO, COCO...) arrive as a zip archive.
        :param progress: byte progress (``None``/``True``: tqdm if installed); the total comes from
            ``Content-Length`` when the server sends one.
        :param overwrite: replace an existing file; otherwise :class:`FileExistsError` naming it.
        :param timeout: seconds to wait for the snapshot and for a conversion (not for the transfer itself).
        :raises FileExistsError: the file exists and ``overwrite`` is False (nothing was downloaded).
        :raises DownloadError: the JSON did not match the snapshot's MD5 (nothing was written).
        :raises NotFoundError: the snapshot (or its project) does not exist.
        :raises InvalidInputError: the project has no such format.

        >>> export.download("exports/", format="CSV")  # doctest: +SKIP
        PosixPath('exports/project-3-at-2025-01-01-10-00-1a2b3c4d.csv')
        """
        export_type = _format_name(format)
        destination, into_directory = _destination(path, overwrite)
        reporter = default_progress(progress)
        deadline = time.monotonic() + timeout
        self.wait(timeout=timeout, progress=reporter, poll_interval=poll_interval)
        if export_type == JSON:
            # Without exportType the server sends the snapshot file itself, the bytes its md5 was computed on.
            expected_md5 = self._model.md5 if isinstance(self._model.md5, str) and self._model.md5 else None
            return self._stream(destination, into_directory, None, expected_md5, reporter, overwrite)

        _check_format(self._client, self._project_id, export_type)
        try:
            return self._stream(destination, into_directory, export_type, None, reporter, overwrite)
        except NotFoundError:
            conversion = _conversion(self._poll(), export_type)
            if conversion is not None and _status(conversion) == _DONE:
                raise
        # Label Studio with asynchronous conversions (a feature flag, on in Enterprise) serves only formats
        # converted before and answers 404 until then. 1.23.2 converts on the fly and gets here only when the
        # converter produced nothing; /convert then reports why.
        self._convert(export_type, None)
        remaining = max(0.0, deadline - time.monotonic())
        self._wait_conversion(export_type, timeout=remaining, progress=reporter, poll_interval=poll_interval)
        return self._stream(destination, into_directory, export_type, None, reporter, overwrite)

    def _stream(
        self,
        destination: Path,
        into_directory: bool,
        export_type: str | None,
        expected_md5: str | None,
        reporter: ProgressReporter,
        overwrite: bool,
    ) -> Path:
        request: httpx.Request | None = None
        target = destination
        total: int | None = None
        received = 0
        body_started = False

        def counted(chunks: Iterator[bytes]) -> Iterator[bytes]:
            nonlocal received
            for chunk in chunks:
                received += len(chunk)
                yield chunk

        try:
            with _open_download(self._client.http, self._project_id, self.id, export_type) as response:
                request = response.request
                if response.status_code >= 400:
                    raise error_from_response(response)
                if into_directory:
                    fallback = f"project-{self._project_id}-export-{self.id}." + _extension(
                        response.headers.get("content-type"), export_type or JSON
                    )
                    name = _attachment_name(response.headers.get("content-disposition")) or fallback
                    if export_type == "TSV" and name.lower().endswith(".csv"):
                        name = name[: -len(".csv")] + ".tsv"  # Label Studio 1.23.2 names its TSV files .csv
                    target = destination / name
                    _refuse_overwrite(target, overwrite)
                total = _content_length(response)
                body_started = True
                stream_to_file(
                    counted(response.iter_bytes()),
                    target,
                    progress=reporter,
                    total=total,
                    expected_md5=expected_md5,
                    desc=f"downloading {target.name}",
                )
        except httpx.TransportError as exc:
            error = _transport_error(exc, request)
            if error is None:
                raise
            if body_started:
                error = _interrupted(error, exc, self._job, target, received, total)
            raise error from exc
        return target

    def iter_tasks(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        progress: bool | ProgressReporter | None = None,
        overwrite: bool = False,
        timeout: float = 600,
    ) -> Iterator[dict[str, Any]]:
        """Download the snapshot as JSON and iterate over its tasks one at a time, in flat memory.

        The download happens now (streamed, MD5-verified, as :meth:`download`); the tasks are then read lazily
        from the file with :func:`iter_export_tasks`, so a 100,000-task snapshot never sits in memory.

        :param path: where to keep the JSON file (a file path or a directory, as for :meth:`download`). Default:
            a temporary file, removed when the iteration ends or the iterator is garbage-collected.
        :raises DownloadError: the file did not match the snapshot's MD5 (nothing was written).

        >>> for task in export.iter_tasks():  # doctest: +SKIP
        ...     labels = [a["result"] for a in task["annotations"]]
        >>> kept = export.iter_tasks("round1.json")  # doctest: +SKIP
        """
        if path is not None:
            return iter_export_tasks(
                self.download(path, format=JSON, progress=progress, overwrite=overwrite, timeout=timeout)
            )
        directory = tempfile.mkdtemp(prefix="lsclient-export-")
        try:
            target = self.download(directory, format=JSON, progress=progress, timeout=timeout)
        except BaseException:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        tasks = _iter_then_remove(target, directory)
        # A generator that is never started never runs its ``finally``: remove the file when it is collected.
        weakref.finalize(tasks, shutil.rmtree, directory, ignore_errors=True)
        return tasks


class ExportsRepo:
    """The export snapshots of one project (``project.exports``): create, retrieve, list, remove, formats."""

    def __init__(self, client: Client, project_id: int) -> None:
        self._client = client
        self._project_id = project_id

    def create(
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
    ) -> Export:
        """Create a snapshot of the project's tasks (all of them unless filtered) and return it.

        Label Studio Community builds the snapshot before answering, so it is usually ``completed`` already;
        call :meth:`Export.wait` (or just :meth:`Export.download`) to be sure on any server.

        :param spec: the full request (``ExportCreateRequest`` or its JSON as a mapping) for options not
            covered below, e.g. ``{"annotation_filter_options": {"skipped": True}}`` or
            ``{"serialization_options": {"predictions": {"only_id": True}}}``. The keyword options are added
            to it. Unknown option names raise :class:`InvalidInputError`.
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

        >>> export = project.exports.create(title="round 1", only_annotated=True)  # doctest: +SKIP
        >>> export = project.exports.create(task_ids=[12, 13])  # doctest: +SKIP
        >>> export = project.exports.create(filter=F.data("lang") == "de")  # doctest: +SKIP
        """
        data = self._spec_data(spec)
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
        condition = self._condition(task_ids, filter)
        if condition is not None and "view" in task_filter:
            raise InvalidInputError("exports.create(): task_ids/filter cannot be combined with a view")
        if "view" in task_filter:
            self._check_view(task_filter["view"])
        if task_filter:
            data["task_filter_options"] = task_filter
        body = self._request(data)
        if condition is None:
            return self._create(body, timeout)
        temporary_view = self._create_view(condition)
        body.task_filter_options = TaskFilterOptionsRequest.from_dict({**task_filter, "view": temporary_view})
        export: Export | None = None
        try:
            export = self._create(body, timeout)
            return export.wait(timeout=timeout, progress=False)
        finally:
            self._drop_view(temporary_view, export)

    def _create(self, body: ExportCreateRequest, timeout: float) -> Export:
        answer = call(_create_snapshot, self._project_id, client=self._client.http, body=body, timeout=timeout)
        return Export(self._client, convert(ExportModel, answer), self._project_id)

    def export_to(
        self,
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
        """Export the project to a file in one call: create a snapshot, wait, convert, download, clean up.

        The same as :meth:`create` followed by :meth:`Export.download`, then :meth:`Export.remove` unless
        ``keep_snapshot``. The destination and the format are checked before the snapshot is built, so a
        mistake there costs no server time. The file appears complete or not at all.

        :param path: a file path, or an existing directory for the server's file name.
        :param format: ``"JSON"`` (MD5-verified), ``"JSON_MIN"``, ``"CSV"``, ``"TSV"``, or any name from
            :meth:`formats`; a conversion the server needs first is requested and awaited.
        :param only_annotated: only tasks with at least one annotation that is not skipped.
        :param task_ids: only these tasks; ``filter``: only tasks matching an ``F`` filter (see :meth:`create`).
        :param keep_snapshot: keep the snapshot on the server (it stays listed in the project's exports);
            by default it is removed afterwards, also when the download failed.
        :param overwrite: replace an existing file; otherwise :class:`FileExistsError` before anything starts.
        :param progress: one bar for the snapshot, then the bytes downloaded (``None``/``True``: tqdm if installed).
        :param timeout: seconds for the snapshot and any conversion, together (not for the transfer itself).
        :return: the path of the written file.
        :raises FileExistsError: the file exists and ``overwrite`` is False (no snapshot was created).
        :raises InvalidInputError: the project has no such format (no snapshot was created).
        :raises DownloadError: the JSON did not match the snapshot's MD5 (nothing was written).
        :raises APIConnectionError: the connection broke off during the download (nothing was written).

        >>> project.exports.export_to("labels.json", only_annotated=True)  # doctest: +SKIP
        PosixPath('labels.json')
        >>> project.exports.export_to("out/", format="CSV", task_ids=[1, 2, 3])  # doctest: +SKIP
        PosixPath('out/project-3-at-2025-01-01-10-00-1a2b3c4d.csv')
        """
        export_type = _format_name(format)
        _destination(path, overwrite)
        if export_type != JSON:
            _check_format(self._client, self._project_id, export_type)
        reporter = default_progress(progress)
        deadline = time.monotonic() + timeout
        with track(reporter, None, f"exporting project {self._project_id}: building the snapshot", unit="s"):
            export = self.create(only_annotated=only_annotated, task_ids=task_ids, filter=filter, timeout=timeout)
        try:
            return export.download(
                path,
                format=export_type,
                progress=reporter,
                overwrite=overwrite,
                timeout=max(0.0, deadline - time.monotonic()),
            )
        finally:
            if not keep_snapshot:
                self._discard(export)

    def _discard(self, export: Export) -> None:
        try:
            export.remove()
        except LsClientError as exc:
            # The file is what the caller asked for; a leftover snapshot is not worth losing it over.
            logger.warning("could not remove export %s of project %s: %s", export.id, self._project_id, exc)

    def _spec_data(self, spec: ExportCreateRequest | Mapping[str, Any] | None) -> dict[str, Any]:
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
        raise InvalidInputError(
            f"exports.create() takes an ExportCreateRequest or a mapping, not {type(spec).__name__}"
        )

    def _request(self, data: dict[str, Any]) -> ExportCreateRequest:
        for key, model_type in _NESTED_OPTIONS.items():
            value = data.get(key)
            if isinstance(value, Mapping):
                # Checks the option names only; the mapping is sent as given, so no server default is overridden.
                build_request(model_type, value, {}, what=f"exports.create() {key}")
        return build_request(ExportCreateRequest, data, {}, what="exports.create()")

    @staticmethod
    def _condition(task_ids: Iterable[int] | None, filter: Filter | None) -> Filter | None:
        if filter is not None and not isinstance(filter, Filter):
            raise InvalidInputError(f"filter must be a Filter built with F, not {type(filter).__name__}")
        if task_ids is None:
            return filter
        if isinstance(task_ids, str | bytes) or not isinstance(task_ids, Iterable):
            raise InvalidInputError(f"task_ids must be an iterable of task ids, not {type(task_ids).__name__}")
        ids = list(task_ids)
        wrong = [task_id for task_id in ids if not isinstance(task_id, int) or isinstance(task_id, bool)]
        if wrong:
            raise InvalidInputError(f"task_ids must be ints, got {wrong[:5]!r}")
        by_id = F.id.one_of(ids)
        return by_id if filter is None else filter & by_id

    def _check_view(self, view: object) -> None:
        if not isinstance(view, int) or isinstance(view, bool):
            raise InvalidInputError(f"view must be a Data Manager view id (int), got {view!r}")
        try:
            found = call(dm_views_retrieve.sync_detailed, str(view), client=self._client.http)
        except NotFoundError:
            found = None
        if found is None or found.project != self._project_id:
            raise InvalidInputError(
                f"project {self._project_id} has no Data Manager view {view} "
                "(Label Studio would silently export every task)"
            )

    def _create_view(self, condition: Filter) -> int:
        body = DmViewsCreateBody.from_dict(
            {"project": self._project_id, "data": {"title": _TEMPORARY_VIEW_TITLE, "filters": condition.to_dict()}}
        )
        return call(dm_views_create.sync_detailed, client=self._client.http, body=body).id

    def _drop_view(self, view_id: int, export: Export | None) -> None:
        if export is not None and _status(export.record) not in (_DONE, _FAILED):
            # The server has not read the view yet: deleting it now would export every task.
            logger.warning(
                "left the temporary Data Manager view %s of project %s in place: export %s is still %s; "
                "delete the view once the export is completed",
                view_id,
                self._project_id,
                export.id,
                _status(export.record),
            )
            return
        try:
            call_no_content(dm_views_destroy.sync_detailed, str(view_id), client=self._client.http)
        except LsClientError as exc:
            # The export itself succeeded; a leftover tab is not worth losing it over.
            logger.warning("could not delete the temporary Data Manager view %s: %s", view_id, exc)

    def retrieve(self, id: int) -> Export:
        """The snapshot with this id. :raises NotFoundError: no such snapshot in this project."""
        model = call(projects_exports_retrieve.sync_detailed, self._project_id, id, client=self._client.http)
        return Export(self._client, model, self._project_id)

    def list(self) -> builtins.list[Export]:
        """All snapshots of the project, newest first (Label Studio answers them in one list).

        >>> [export.id for export in project.exports.list()]  # doctest: +SKIP
        [7, 6, 2]
        """
        models = call(projects_exports_list.sync_detailed, self._project_id, client=self._client.http)
        return [Export(self._client, model, self._project_id) for model in models]

    def remove(self, id: int) -> None:
        """Delete the snapshot with this id (and its converted files)."""
        call_no_content(projects_exports_destroy.sync_detailed, self._project_id, id, client=self._client.http)

    def formats(self, *, include_disabled: bool = False) -> builtins.list[ExportFormat]:
        """The export formats that fit the project's labeling config, e.g. JSON, JSON_MIN, CSV, TSV for text.

        :param include_disabled: also list the formats Label Studio marks ``disabled`` for this config.

        >>> [f.name for f in project.exports.formats()]  # doctest: +SKIP
        ['JSON', 'JSON_MIN', 'CSV', 'TSV']
        """
        answer = call(projects_export_formats_retrieve.sync_detailed, self._project_id, client=self._client.http)
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

    def __repr__(self) -> str:
        return f"<ExportsRepo project={self._project_id}>"


def _set_option(options: dict[str, Any], key: str, value: object) -> None:
    if key in options and options[key] != value:
        raise InvalidInputError(
            f"exports.create(): task_filter_options.{key} is {options[key]!r} in the spec but {value!r} by keyword"
        )
    options[key] = value
