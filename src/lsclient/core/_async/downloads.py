"""Downloading an export snapshot, or one of its conversions, to a file: streamed in constant memory, written
atomically, the snapshot's JSON checked against its MD5, a body cut short detected (:func:`download_export`); and
the project's direct export, the one that includes media files (:func:`download_direct_export`)."""

from __future__ import annotations

import logging
import os
import random
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from lsclient.api_client.api.export import projects_export_retrieve, projects_exports_download_retrieve
from lsclient.api_client.types import UNSET

from ..concurrency import async_sleep
from ..errors import APIConnectionError, InvalidInputError, JobFailedError, error_from_response, error_from_transport
from ..export_files import JSON, Destination
from ..progress import ProgressReporter
from ..transport import STREAM_EXTENSION
from .calls import open_http
from .files import stream_to_file

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = ["MAX_DIRECT_EXPORT_IDS", "download_direct_export", "download_export"]

#: the most task ids the direct export takes: Django refuses a query of more than 1,000 fields (400), and the
#: request has three other parameters
MAX_DIRECT_EXPORT_IDS = 990

logger = logging.getLogger("lsclient")


async def download_export(
    client: AsyncClient,
    project_id: int,
    export_id: int,
    destination: Destination,
    *,
    export_type: str | None = None,
    expected_md5: str | None = None,
    progress: ProgressReporter | None = None,
) -> Path:
    """Stream export ``export_id`` of project ``project_id`` to ``destination``; return the path of the written file.

    ``GET /api/projects/{id}/exports/{export_pk}/download`` (with ``?exportType=`` for a conversion). The body goes
    to a temporary file beside the target, renamed into place only once all of it arrived (and matched
    ``expected_md5``): the file appears complete or not at all, and an existing file keeps its content otherwise.
    A body that breaks off midway is downloaded again from the start, as often as the client's retry policy
    allows (``max_retries``, with its backoff).

    :param destination: from :func:`~lsclient.core.export_files.download_destination`; a directory gets the file
        name the server sends (``Content-Disposition``), or ``project-<id>-export-<id>.<ext>``.
    :param export_type: a format name (``"CSV"``...), or None for the snapshot file itself (JSON).
    :param expected_md5: the hex MD5 the body must have (the snapshot's ``md5``, for JSON).
    :param progress: receives the bytes written (its total from ``Content-Length`` when the server sends one).
    :raises APIStatusError: the server's error answer (e.g. :class:`~lsclient.core.errors.NotFoundError`).
    :raises APIConnectionError: no answer, or the body broke off midway on the last try (the message says how much
        arrived).
    :raises DownloadError: the body did not match ``expected_md5``.
    :raises FileExistsError: the file the server names exists in the directory, and overwriting was not allowed.
    """
    policy = client.retry_policy
    attempt = 0
    while True:
        transfer = _Transfer(
            job=f"export {export_id} of project {project_id}",
            fallback_name=f"project-{project_id}-export-{export_id}",
            destination=destination,
            export_type=export_type,
            expected_md5=expected_md5,
            progress=progress,
        )
        try:
            return await _download_once(client, project_id, export_id, export_type, transfer)
        except httpx.TransportError as exc:
            error = transfer.error(exc)
            if error is None:
                raise
            if not transfer.body_started or attempt >= policy.max_retries:
                raise error from exc
            delay = policy.delay(attempt, None, random.random())
            logger.debug(
                "the download of %s broke off after %d bytes; downloading it again in %.2f s (retry %d of %d)",
                transfer.job,
                transfer.received,
                delay,
                attempt + 1,
                policy.max_retries,
            )
            await async_sleep(delay)
            attempt += 1


async def _download_once(
    client: AsyncClient, project_id: int, export_id: int, export_type: str | None, transfer: _Transfer
) -> Path:
    asked_type = UNSET if export_type is None else export_type
    # Label Studio's runserver sends a download with neither Content-Length nor chunked encoding, so a connection
    # closed midway looks like a complete file. Asked for the range from byte 0, it answers 206 with the same bytes
    # and a Content-Length, which lets httpx notice a body that ends early. A server that ignores ranges answers 200
    # with the whole file, which is fine too; one that refuses the range (416, e.g. for an empty file) or sends only
    # part of the file is asked again without it. The generated stream function takes no headers or extensions, so
    # both requests are built from the generated request_kwargs and sent here, marked as streamed (the transport
    # hands the body over unread, and this module deals with a body that breaks off).
    kwargs = projects_exports_download_retrieve.request_kwargs(project_id, export_id, export_type=asked_type)
    headers = kwargs.pop("headers", {})
    http = open_http(client.http)
    streamed = {STREAM_EXTENSION: True}
    async with http.stream(**kwargs, headers={**headers, "Range": "bytes=0-"}, extensions=streamed) as response:
        if _serves_whole_file(response):
            return await transfer.save(response)
    async with http.stream(**kwargs, headers=headers, extensions=streamed) as response:
        return await transfer.save(response)


async def download_direct_export(
    client: AsyncClient,
    project_id: int,
    destination: Destination,
    *,
    export_type: str,
    task_ids: list[int] | None,
    timeout: float,
    progress: ProgressReporter | None = None,
) -> Path:
    """Stream Label Studio's direct export of project ``project_id`` as ``export_type``, media files included, to
    ``destination``; return the path of the written file.

    ``GET /api/projects/{id}/export?export_type=...&download_resources=true&download_all_tasks=true`` with one
    ``ids[]`` per task (``task_ids`` None: every task of the project). The server builds the file inside the request
    (fetching every image or audio file), so the read timeout is at least ``timeout`` seconds. The body is written
    as :func:`download_export` writes it: to a temporary file renamed into place once all of it arrived (the server
    sends a ``Content-Length``, so a body cut short is noticed).

    :param task_ids: at most :data:`MAX_DIRECT_EXPORT_IDS` ids; an empty list is refused (the server would export
        every task).
    :raises NotFoundError: the server has no direct export (Label Studio Enterprise answers 404), or no such project.
    :raises JobFailedError: the server's file is an empty archive (status ``"empty"``): its converter found nothing
        to write (e.g. DOCLANG of tasks whose annotations hold no DocLang document); nothing was written.
    :raises APIStatusError: another error answer; :class:`APIConnectionError`: no answer, or a body cut short.
    """
    if task_ids is not None and not 0 < len(task_ids) <= MAX_DIRECT_EXPORT_IDS:
        raise InvalidInputError(f"task_ids must hold 1 to {MAX_DIRECT_EXPORT_IDS} ids, not {len(task_ids)}")
    transfer = _Transfer(
        job=f"the {export_type} export of project {project_id}",
        fallback_name=f"project-{project_id}-{export_type.lower()}",
        destination=destination,
        export_type=export_type,
        expected_md5=None,
        progress=progress,
    )
    kwargs = projects_export_retrieve.request_kwargs(
        project_id,
        export_type=export_type,
        download_resources=True,
        download_all_tasks=True,
        ids=UNSET if task_ids is None else list(task_ids),
    )
    http = open_http(client.http)
    usual = http.timeout
    read = None if usual.read is None else max(usual.read, timeout)
    request_timeout = httpx.Timeout(connect=usual.connect, read=read, write=usual.write, pool=usual.pool)
    try:
        # The generated stream() takes no timeout; this request needs a longer read timeout than the client's.
        async with http.stream(**kwargs, timeout=request_timeout) as response:
            if response.status_code == 200 and response.headers.get("content-length") == str(len(_EMPTY_ZIP)):
                body = await response.aread()
                if body == _EMPTY_ZIP:
                    # The converter wrote nothing and the server zipped the empty folder; say so rather than save it.
                    raise JobFailedError(
                        job=transfer.job,
                        status="empty",
                        traceback="the converter wrote no file: no annotation of these tasks fits the format",
                    )
            return await transfer.save(response)
    except httpx.TransportError as exc:
        error = transfer.error(exc)
        if error is None:
            raise
        raise error from exc


#: a zip archive without any member: its end-of-central-directory record alone
_EMPTY_ZIP = b"PK\x05\x06" + bytes(18)


def _serves_whole_file(response: httpx.Response) -> bool:
    """Whether an answer to ``Range: bytes=0-`` can be saved as the file: anything but a refused range (416) or a
    206 that carries less than the whole file (a server may send less than the range asked for)."""
    if response.status_code == 416:
        return False
    if response.status_code != 206:
        return True
    match = re.fullmatch(r"bytes 0-(\d+)/(\d+)", response.headers.get("content-range", "").strip())
    return match is not None and int(match.group(1)) + 1 == int(match.group(2))


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    # With Content-Encoding the header counts compressed bytes, not the bytes written.
    if value.isdigit() and not response.headers.get("content-encoding"):
        return int(value)
    return None


class _Transfer:
    """One download's answer saved to its file, and what arrived so far, for the message if it breaks off."""

    def __init__(
        self,
        *,
        job: str,
        fallback_name: str,
        destination: Destination,
        export_type: str | None,
        expected_md5: str | None,
        progress: ProgressReporter | None,
    ) -> None:
        self.job = job
        self._fallback_name = fallback_name
        self._destination = destination
        self._export_type = export_type
        self._expected_md5 = expected_md5
        self._progress = progress
        self._request: httpx.Request | None = None
        self._target = destination.path
        self._total: int | None = None
        self.received = 0
        self.body_started = False

    async def save(self, response: httpx.Response) -> Path:
        """Write the body of a streamed answer to the target file, or raise the server's error answer."""
        self._request = response.request
        if response.status_code >= 400:
            try:
                await response.aread()
            except (httpx.StreamError, httpx.TransportError):
                pass  # the status code alone still says what happened
            raise error_from_response(response)
        self._target = self._destination.file(
            response.headers.get("content-disposition"),
            response.headers.get("content-type"),
            self._export_type or JSON,
            self._fallback_name,
        )
        self._total = _content_length(response)
        self.body_started = True
        await stream_to_file(
            self._counted(response.aiter_bytes()),
            self._target,
            progress=self._progress,
            total=self._total,
            expected_md5=self._expected_md5,
            desc=f"downloading {self._target.name}",
        )
        return self._target

    async def _counted(self, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
        async for chunk in chunks:
            self.received += len(chunk)
            yield chunk

    def error(self, exc: httpx.TransportError) -> APIConnectionError | None:
        """The :class:`APIConnectionError` for a transport failure; None when there is no request to name."""
        request: httpx.Request | None
        try:
            request = exc.request
        except RuntimeError:  # raised by a stream with no request attached
            request = self._request
        if request is None:
            return None
        error = error_from_transport(exc, request)
        if not self.body_started:
            return error
        # The body broke off midway: say what arrived, and that nothing was written.
        expected = f" of {self._total:,}" if self._total is not None else ""
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        message = (
            f"the download of {self.job} broke off after {self.received:,}{expected} bytes ({reason}); "
            f"nothing was written to {os.fspath(self._target)!r}"
        )
        return type(error)(message, method=error.method, url=error.url)
