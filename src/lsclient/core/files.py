"""Crash-safe file output: every file the SDK writes appears complete or not at all.

Data goes to a temporary ``<name>.<random>.part`` file beside the destination, is flushed to disk and
then renamed over the destination in one step (:func:`os.replace`). If anything fails on the way
(an exception, a checksum mismatch, Ctrl-C) the temporary file is removed and an existing destination
is left untouched.

Example::

    with atomic_write("labels.json", "w") as f:
        json.dump(data, f)

    # and, for downloads, lsclient.core._async.files.stream_to_file (and its sync twin)
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from .errors import InvalidInputError, LocalFileNotFoundError, LsClientError, local_file_error

__all__ = ["DownloadError", "PartFile", "atomic_write", "check_md5", "normalise_md5"]

_TEXT_MODES = frozenset({"w", "wt"})
_BINARY_MODES = frozenset({"wb"})


class DownloadError(LsClientError):
    """Downloaded content is not what the server promised (e.g. its MD5 checksum differs).

    Nothing is written to ``path`` when this is raised.
    """

    def __init__(self, message: str, *, path: str, expected_md5: str | None = None, actual_md5: str | None = None):
        super().__init__(message)
        self.path = path
        self.expected_md5 = expected_md5
        self.actual_md5 = actual_md5


def _current_umask() -> int:
    # os.umask() can only be read by changing it, which races with other threads creating files;
    # Linux publishes it in /proc, elsewhere assume the common default.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


class PartFile:
    """A temporary file beside ``target`` that is either committed into place or discarded.

    :raises LocalFileNotFoundError: (a ``FileNotFoundError``) the destination directory does not exist.
    :raises LocalFileError: (also the ``OSError``) the temporary file cannot be created there (no permission...).
    """

    def __init__(self, target: str | os.PathLike[str], mode: str, encoding: str | None, newline: str | None) -> None:
        if mode not in _TEXT_MODES | _BINARY_MODES:
            raise InvalidInputError(f"mode must be one of 'wb', 'w', 'wt', got {mode!r}")
        self.target = Path(target)
        directory = self.target.parent.absolute()
        if not directory.is_dir():
            raise LocalFileNotFoundError(
                f"the destination directory {str(directory)!r} does not exist",
                filename=str(directory),
                errno=errno.ENOENT,
            )
        if mode in _TEXT_MODES and encoding is None:
            encoding = "utf-8"
        try:
            fd, self.temp = tempfile.mkstemp(prefix=f"{self.target.name}.", suffix=".part", dir=directory)
        except OSError as exc:
            raise local_file_error("the destination directory", exc, directory) from None
        try:
            self._set_permissions(fd)
            self.file: IO[Any] = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        except BaseException:
            with contextlib.suppress(OSError):
                os.close(fd)  # fdopen may already have closed it
            os.unlink(self.temp)
            raise

    def _set_permissions(self, fd: int) -> None:
        # mkstemp creates 0600 files; give the result the permissions a plain open() would have,
        # or keep those of the file being replaced.
        if not hasattr(os, "fchmod"):
            return
        try:
            mode = stat.S_IMODE(os.stat(self.target).st_mode)
        except OSError:
            mode = 0o666 & ~_current_umask()
        os.fchmod(fd, mode)

    def commit(self) -> None:
        """Flush to disk and move into place; on any failure remove the temporary file."""
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.replace(self.temp, self.target)
        except BaseException:
            self.discard()
            raise
        _fsync_directory(self.target.parent)

    def discard(self) -> None:
        """Close and remove the temporary file; the destination is not touched."""
        with contextlib.suppress(OSError):
            self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible on every platform or filesystem.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@overload
def atomic_write(
    path: str | os.PathLike[str],
    mode: Literal["wb"] = "wb",
    *,
    encoding: None = None,
    newline: None = None,
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
@overload
def atomic_write(
    path: str | os.PathLike[str],
    mode: Literal["w", "wt"],
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> contextlib.AbstractContextManager[IO[str]]: ...
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> contextlib.AbstractContextManager[IO[Any]]:
    """Open ``path`` for writing so that it appears complete when the ``with`` block succeeds, or not at all.

    Writes go to a temporary ``<name>.<random>.part`` file in the same directory, which is fsynced and
    renamed over ``path`` on success. On any exception (including ``KeyboardInterrupt``) the temporary
    file is removed, ``path`` keeps its previous content, and the exception propagates.

    :param mode: ``"wb"`` (bytes) or ``"w"``/``"wt"`` (text, UTF-8 unless ``encoding`` says otherwise).
    :raises LocalFileNotFoundError: (a ``FileNotFoundError``) the destination directory does not exist (it is not
        created).

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = pathlib.Path(folder) / "hello.txt"
    ...     with atomic_write(target, "w") as f:
    ...         _ = f.write("hello")
    ...     print(target.read_text())
    hello
    """
    return _atomic_write(path, mode, encoding, newline)


@contextlib.contextmanager
def _atomic_write(
    path: str | os.PathLike[str], mode: str, encoding: str | None, newline: str | None
) -> Iterator[IO[Any]]:
    part = PartFile(path, mode, encoding, newline)
    try:
        yield part.file
    except BaseException:
        part.discard()
        raise
    part.commit()


def normalise_md5(expected_md5: str | None) -> str | None:
    """An MD5 hex digest as compared: stripped and lower-case (``None`` stays ``None``)."""
    return expected_md5.strip().lower() if expected_md5 is not None else None


def check_md5(digest: Any, expected_md5: str | None, path: str | os.PathLike[str]) -> None:
    """Raise :class:`DownloadError` when ``digest`` (a hashlib object) does not give ``expected_md5``."""
    if digest is None or expected_md5 is None:
        return
    actual = digest.hexdigest()
    if actual != expected_md5:
        raise DownloadError(
            f"MD5 mismatch for {os.fspath(path)!r}: expected {expected_md5}, got {actual}; nothing was written",
            path=os.fspath(path),
            expected_md5=expected_md5,
            actual_md5=actual,
        )
