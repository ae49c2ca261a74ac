"""The files of an export, without the server: format names, where a download goes and under which name, and
reading a downloaded JSON export back one task at a time (:func:`iter_export_tasks`).

Both flavours of :mod:`lsclient.core._async.exports` (and its downloads) use these rules, so a destination is
checked, and a file named, the same way whichever client downloads it.
"""

from __future__ import annotations

import email.message
import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from .arguments import check_text
from .errors import (
    InvalidInputError,
    InvalidTypeError,
    LocalFileExistsError,
    LocalFileNotFoundError,
    LocalIsADirectoryError,
    LsClientError,
    local_file_error,
)
from .jsonstream import iter_json_array

__all__ = [
    "JSON",
    "MEDIA_FORMATS",
    "Destination",
    "ExportFormat",
    "download_destination",
    "format_name",
    "iter_export_tasks",
]

#: the snapshot's own format; every other format is a conversion of it
JSON = "JSON"

#: formats whose file carries the tasks' media (images, audio, page images), which Label Studio's converter must
#: fetch: its conversion of a snapshot download leaves them out (Label Studio 1.23.2 Community), so these go through
#: the project's direct export instead (see :meth:`lsclient.core._async.exports.AsyncExport.download`)
MEDIA_FORMATS = frozenset({"ASR_MANIFEST", "COCO_WITH_IMAGES", "YOLO_WITH_IMAGES", "YOLO_OBB_WITH_IMAGES", "DOCLANG"})


@attrs.frozen
class ExportFormat:
    """One export format of a project, as ``GET /api/projects/{id}/export/formats`` lists it.

    :ivar name: what to pass as ``format=`` (``"JSON"``, ``"CSV"``, ``"YOLO"``...).
    :ivar title: the name shown in Label Studio's UI.
    :ivar description: what the format contains.
    :ivar disabled: True when the project's labeling config does not fit the format. Label Studio still converts
        to it when asked, into a file without the labels (CONLL2003 of a classification: every token ``O``) or
        an error, so lsclient refuses to download or convert a disabled format (``InvalidInputError``).
    """

    name: str
    title: str
    description: str = ""
    disabled: bool = False


def format_name(format: object) -> str:
    """An export format name as Label Studio spells it: stripped and upper case (``"csv "`` gives ``"CSV"``).

    :raises InvalidInputError: ``format`` is not a non-empty string.
    """
    if not isinstance(format, str) or not format.strip():
        raise InvalidInputError(f"format must be a format name such as 'JSON' or 'CSV', got {format!r}")
    check_text(format, "format")
    # Every Label Studio format name is upper case; a lower-case name makes the download a 500.
    return format.strip().upper()


@attrs.frozen
class Destination:
    """Where a download goes: a file path, or a directory that receives the file under the server's name.

    Build it with :func:`download_destination`, before anything is downloaded.

    :ivar path: the path the caller gave.
    :ivar into_directory: True when ``path`` is a directory (the file name comes from the server's answer).
    :ivar overwrite: whether an existing file may be replaced.
    """

    path: Path
    into_directory: bool
    overwrite: bool

    def file(self, content_disposition: str | None, content_type: str | None, export_type: str, fallback: str) -> Path:
        """The file to write, given the download's headers: ``path`` itself, or a safe name inside the directory.

        The name inside a directory is the last part of the ``Content-Disposition`` file name, or ``fallback``
        plus an extension from ``Content-Type`` (or from ``export_type``) when the server names no usable file.

        :raises LocalFileExistsError: (a ``FileExistsError``) the file inside the directory exists and ``overwrite``
            is False.
        :raises LocalIsADirectoryError: (an ``IsADirectoryError``) the name the server sent is a directory there.
        """
        if not self.into_directory:
            return self.path
        name = _attachment_name(content_disposition) or f"{fallback}.{_extension(content_type, export_type)}"
        if export_type == "TSV" and name.lower().endswith(".csv"):
            name = name[: -len(".csv")] + ".tsv"  # Label Studio 1.23.2 names its TSV files .csv
        target = self.path / name
        _refuse_overwrite(target, self.overwrite)
        return target


def download_destination(path: str | os.PathLike[str], *, overwrite: bool) -> Destination:
    """Check where a download may go before anything is downloaded: an existing directory (or a path ending in
    ``/``), or a file in an existing directory that does not exist yet unless ``overwrite``.

    The errors are :class:`~lsclient.core.errors.LocalFileError` subclasses, and also the ``OSError`` named:

    :raises LocalFileNotFoundError: (``FileNotFoundError``) the directory does not exist.
    :raises LocalFileExistsError: (``FileExistsError``) the file exists and ``overwrite`` is False.
    :raises LocalIsADirectoryError: (``IsADirectoryError``) ``path`` names a directory where a file was expected.
    :raises InvalidTypeError: ``path`` is not a str or ``os.PathLike``.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidTypeError(f"the download path must be a str or os.PathLike, not {type(path).__name__}")
    check_text(os.fspath(path), "the download path", empty=False)
    try:
        return _destination(path, overwrite)
    except OSError as exc:  # a name too long, a loop of links... (the typed errors above are OSErrors too)
        if isinstance(exc, LsClientError):
            raise
        raise local_file_error("the download path", exc, os.fspath(path)) from None
    except ValueError as exc:  # a NUL byte, or a character the file system cannot encode
        if isinstance(exc, LsClientError):
            raise
        raise InvalidInputError(f"the download path {os.fspath(path)!r} is not a usable file name: {exc}") from None


def _destination(path: str | os.PathLike[str], overwrite: bool) -> Destination:
    destination = Path(path)
    into_directory = destination.is_dir() or os.fspath(path).endswith(("/", os.sep))
    if into_directory and not destination.is_dir():
        raise LocalFileNotFoundError(
            f"the download directory {os.fspath(path)!r} does not exist", filename=os.fspath(path), errno=errno.ENOENT
        )
    if not into_directory:
        if not destination.absolute().parent.is_dir():
            raise LocalFileNotFoundError(
                f"the download directory of {os.fspath(path)!r} does not exist",
                filename=os.fspath(path),
                errno=errno.ENOENT,
            )
        _refuse_overwrite(destination, overwrite)
    return Destination(destination, into_directory, overwrite)


def _refuse_overwrite(target: Path, overwrite: bool) -> None:
    if target.is_dir():
        raise LocalIsADirectoryError(
            f"the download target {str(target)!r} is a directory", filename=str(target), errno=errno.EISDIR
        )
    if not overwrite and (target.exists() or target.is_symlink()):
        raise LocalFileExistsError(
            f"{str(target)!r} exists; pass overwrite=True to replace it", filename=str(target), errno=errno.EEXIST
        )


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


def iter_export_tasks(path: str | os.PathLike[str], *, chunk_size: int = 1 << 16) -> Iterator[dict[str, Any]]:
    """Yield the tasks of a downloaded JSON (or JSON_MIN) export one at a time, without loading the file.

    Memory stays bounded by the largest task, whatever the file's size: a 100,000-task export is read in the
    same few megabytes as a 100-task one. The file is opened when the iteration starts and closed when it ends
    (or when the iterator is closed or garbage-collected). It reads a local file only: no request is sent.

    >>> for task in iter_export_tasks("labels.json"):  # doctest: +SKIP
    ...     print(task["id"], task["data"]["text"], len(task["annotations"]))

    :param chunk_size: bytes read at a time.
    :raises InvalidInputError: the file is not UTF-8 text holding a JSON array of objects (the message names the file
        and where).
    :raises LocalFileError: (also the ``OSError``, e.g. ``FileNotFoundError``) the file cannot be opened.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidTypeError(f"the export file path must be a str or os.PathLike, not {type(path).__name__}")
    source = os.fspath(path)
    try:
        stream = open(source, "rb")  # noqa: SIM115 - closed by the with block below
    except OSError as exc:
        raise local_file_error("the export file", exc, source) from None
    except ValueError as exc:  # a NUL byte, or a character the file system cannot encode
        raise InvalidInputError(f"the export file path {source!r} is not a usable file name: {exc}") from None
    with stream:
        for index, item in enumerate(iter_json_array(stream, chunk_size=chunk_size, source=source)):
            if not isinstance(item, dict):
                raise InvalidInputError(
                    f"{source} is not a task export: item {index} is a JSON {type(item).__name__}, not an object"
                )
            yield item
