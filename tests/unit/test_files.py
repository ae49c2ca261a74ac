"""atomic_write and stream_to_file: a file appears complete or not at all."""

from __future__ import annotations

import asyncio
import hashlib
import os
import stat
import sys
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from lsclient.core._async.files import stream_to_file as async_stream_to_file
from lsclient.core._sync.files import stream_to_file
from lsclient.core.errors import LsClientError
from lsclient.core.files import DownloadError, atomic_write

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


class Boom(Exception):
    pass


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_binary_write(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    with atomic_write(target) as f:
        f.write(b'{"a": 1}')
        # while writing, only the temporary file beside the target exists
        (part,) = names(tmp_path)
        assert part.startswith("export.json.") and part.endswith(".part")
    assert target.read_bytes() == b'{"a": 1}'
    assert names(tmp_path) == ["export.json"]


@pytest.mark.parametrize("mode", ["w", "wt"])
def test_text_write_is_utf8(tmp_path: Path, mode: str) -> None:
    target = tmp_path / "labels.txt"
    with atomic_write(str(target), mode) as f:  # type: ignore[call-overload]
        f.write("étiquette\n")
    assert target.read_bytes() == "étiquette\n".encode()


def test_text_write_with_encoding_and_newline(tmp_path: Path) -> None:
    target = tmp_path / "a.csv"
    with atomic_write(target, "w", encoding="utf-16", newline="\r\n") as f:
        f.write("a\n")
    assert target.read_bytes().decode("utf-16") == "a\r\n"


@pytest.mark.parametrize("error", [Boom("disk full"), KeyboardInterrupt()])
def test_an_error_mid_write_leaves_no_file_and_no_temp(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(type(error)), atomic_write(target) as f:
        f.write(b"half of it")
        raise error
    assert names(tmp_path) == []


@pytest.mark.parametrize("error", [Boom("disk full"), KeyboardInterrupt()])
def test_an_existing_file_is_untouched_when_a_write_fails(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"previous content")
    with pytest.raises(type(error)), atomic_write(target) as f:
        f.write(b"new")
        raise error
    assert target.read_bytes() == b"previous content"
    assert names(tmp_path) == ["out.bin"]


def test_an_existing_file_is_replaced_on_success(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"previous content, longer than the new one")
    with atomic_write(target) as f:
        f.write(b"new")
    assert target.read_bytes() == b"new"


def test_a_failing_rename_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a_directory"
    target.mkdir()
    (target / "keep").write_text("x")
    with pytest.raises(OSError), atomic_write(target) as f:
        f.write(b"data")
    assert names(tmp_path) == ["a_directory"]


def test_a_missing_directory_is_named_in_the_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    with pytest.raises(FileNotFoundError) as caught, atomic_write(missing / "file.json"):
        pass
    assert str(missing) in str(caught.value)
    assert caught.value.filename == str(missing)
    assert names(tmp_path) == []


@pytest.mark.parametrize("mode", ["r", "ab", "x", "w+b"])
def test_only_write_modes_are_accepted(tmp_path: Path, mode: str) -> None:
    with pytest.raises(ValueError), atomic_write(tmp_path / "f", mode):  # type: ignore[call-overload]
        pass
    assert names(tmp_path) == []


def test_a_bad_encoding_leaves_no_temp(tmp_path: Path) -> None:
    with pytest.raises(LookupError), atomic_write(tmp_path / "f", "w", encoding="no-such-codec"):
        pass
    assert names(tmp_path) == []


@POSIX
def test_new_files_get_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "f"
    with atomic_write(target) as f:
        f.write(b"x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


@POSIX
def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with atomic_write(target) as f:
        f.write(b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


CONTENT = [b"first chunk,", b"", b"second chunk,", b"x" * 100_000]
BLOB = b"".join(CONTENT)
MD5 = hashlib.md5(BLOB).hexdigest()


class RecordingReporter:
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        self.events.append(("start", total, desc, unit))

    def advance(self, n: int = 1) -> None:
        self.events.append(("advance", n))

    def set_total(self, total: int | None) -> None:
        self.events.append(("total", total))

    def set_status(self, text: str) -> None:
        self.events.append(("status", text))

    def finish(self) -> None:
        self.events.append(("finish",))


async def aiter_chunks(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk


def stream_sync(chunks: Iterable[bytes], path: Path, **kwargs: Any) -> int:
    return stream_to_file(chunks, path, **kwargs)


def stream_async(chunks: Iterable[bytes], path: Path, **kwargs: Any) -> int:
    return asyncio.run(async_stream_to_file(aiter_chunks(chunks), path, **kwargs))


STREAMERS = pytest.mark.parametrize("stream", [stream_sync, stream_async], ids=["sync", "async"])


@STREAMERS
@pytest.mark.parametrize("expected_md5", [None, MD5, MD5.upper(), f" {MD5}\n"])
def test_stream_writes_everything(tmp_path: Path, stream: Any, expected_md5: str | None) -> None:
    target = tmp_path / "export.json"
    assert stream(CONTENT, target, expected_md5=expected_md5) == len(BLOB)
    assert target.read_bytes() == BLOB
    assert names(tmp_path) == ["export.json"]


@STREAMERS
def test_stream_reports_bytes(tmp_path: Path, stream: Any) -> None:
    reporter = RecordingReporter()
    stream(CONTENT, tmp_path / "export.json", progress=reporter, total=len(BLOB))
    assert reporter.events == [
        ("start", len(BLOB), "export.json", "B"),
        ("advance", 12),
        ("advance", 13),
        ("advance", 100_000),
        ("finish",),
    ]


@STREAMERS
def test_an_md5_mismatch_writes_nothing(tmp_path: Path, stream: Any) -> None:
    target = tmp_path / "export.json"
    target.write_bytes(b"the previous export")
    reporter = RecordingReporter()
    with pytest.raises(DownloadError) as caught:
        stream(CONTENT, target, expected_md5="0" * 32, progress=reporter)
    err = caught.value
    assert isinstance(err, LsClientError)
    assert (err.expected_md5, err.actual_md5, err.path) == ("0" * 32, MD5, str(target))
    assert target.read_bytes() == b"the previous export"
    assert names(tmp_path) == ["export.json"]
    assert reporter.events[-1] == ("finish",)


@STREAMERS
def test_an_md5_mismatch_on_a_new_file_leaves_nothing(tmp_path: Path, stream: Any) -> None:
    with pytest.raises(DownloadError):
        stream(CONTENT, tmp_path / "export.json", expected_md5="0" * 32)
    assert names(tmp_path) == []


def broken_chunks() -> Iterator[bytes]:
    yield b"some bytes"
    raise Boom("connection reset")


def test_a_failing_source_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(Boom):
        stream_to_file(broken_chunks(), tmp_path / "export.json")
    assert names(tmp_path) == []


def test_async_failing_source_leaves_no_file(tmp_path: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"some bytes"
        raise Boom("connection reset")

    with pytest.raises(Boom):
        asyncio.run(async_stream_to_file(chunks(), tmp_path / "export.json"))
    assert names(tmp_path) == []


def test_async_cancellation_leaves_no_file(tmp_path: Path) -> None:
    async def endless() -> AsyncIterator[bytes]:
        while True:
            await asyncio.sleep(0.001)
            yield b"data"

    async def main() -> None:
        task = asyncio.create_task(async_stream_to_file(endless(), tmp_path / "export.json"))
        await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert names(tmp_path) == []


@STREAMERS
def test_stream_into_a_missing_directory(tmp_path: Path, stream: Any) -> None:
    with pytest.raises(FileNotFoundError):
        stream(CONTENT, tmp_path / "missing" / "export.json")
