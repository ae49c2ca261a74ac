"""Streaming a download to a file atomically, in constant memory: :func:`stream_to_file`."""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterable
from pathlib import Path

from ..concurrency import async_run_blocking
from ..files import PartFile, check_md5, normalise_md5
from ..progress import NullProgressReporter, ProgressReporter, track

__all__ = ["stream_to_file"]


async def stream_to_file(
    chunks: AsyncIterable[bytes],
    path: str | os.PathLike[str],
    *,
    progress: ProgressReporter | None = None,
    total: int | None = None,
    expected_md5: str | None = None,
    desc: str | None = None,
) -> int:
    """Write ``chunks`` to ``path`` atomically in constant memory; return the number of bytes written.

    Writes go to a temporary file beside ``path``, renamed into place once complete (see
    :func:`~lsclient.core.files.atomic_write`); the final flush and rename run off the event loop in the async
    flavour, and if the awaiting task is cancelled then, the file still ends up either complete or absent.

    :param chunks: the content, e.g. ``response.aiter_bytes()`` of a streamed httpx response.
    :param progress: receives the byte counts (unit ``"B"``); started and finished here.
    :param total: expected size for the progress bar only (e.g. ``Content-Length``); not checked,
        because a compressed response's length differs from the decoded bytes.
    :param expected_md5: hex MD5 the content must have; on a mismatch :class:`~lsclient.core.files.DownloadError`
        is raised and nothing is written.
    :param desc: progress description; defaults to the file name.
    :raises FileNotFoundError: the destination directory does not exist.
    """
    reporter = progress if progress is not None else NullProgressReporter()
    expected = normalise_md5(expected_md5)
    digest = hashlib.md5(usedforsecurity=False) if expected is not None else None
    written = 0
    with track(reporter, total, desc or Path(path).name, unit="B"):
        part = PartFile(path, "wb", None, None)
        try:
            async for chunk in chunks:
                if not chunk:
                    continue
                part.file.write(chunk)
                if digest is not None:
                    digest.update(chunk)
                written += len(chunk)
                reporter.advance(len(chunk))
            check_md5(digest, expected, path)
        except BaseException:
            part.discard()
            raise
        # commit() cleans up after itself, so it can finish in its thread even if we are cancelled here.
        await async_run_blocking(part.commit)
    return written
