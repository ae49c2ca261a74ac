"""What a bulk import reads: a source (tasks, a task file, media files) turned into measured items, lazily.

A source of :func:`~lsclient.core._async.importing.import_tasks` is an iterable of tasks, the path of a task file
(read by :func:`~lsclient.core.taskfiles.read_task_file`) or an iterable of media file paths. Each task becomes
a full task dict (:func:`to_task`), gets the parallel ``predictions=`` / ``annotations=`` merged in and the
import key tagged, and is serialized once into a :class:`~lsclient.core.batching.JsonItem`; media files become
:class:`~lsclient.core.batching.FileItem`; predictions of :func:`~lsclient.core._async.importing.import_predictions`
become JSON items too. Nothing is read before it is needed, and a bad item raises only when it is reached.

>>> [item.body for item in task_items(iter([{"text": "a"}]), key="k")]
[b'{"data":{"text":"a"},"meta":{"lsclient_import":"k:0"}}']
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, islice
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from lsclient.api_client.models.import_api_request import ImportApiRequest

from .arguments import NUL_REFUSED, check_id
from .batching import PART_OVERHEAD, FileItem, JsonItem, encode_json
from .errors import InvalidInputError, local_file_error
from .import_keys import tag_task
from .taskfiles import UNDEFINED_DATA_KEY, FileFormat, read_task_file

__all__ = ["Source", "file_items", "is_path", "open_media", "open_source", "prediction_items", "task_items", "to_task"]

# The fields a "full task" may have (ImportApiRequest's); a mapping with others is the task's data itself.
_TASK_FIELDS = frozenset(field.name for field in attrs.fields(ImportApiRequest)) - {"additional_properties"}
# Fields of a task in Label Studio's JSON export that the server assigns: an exported task is imported without
# them (ids, counters and timestamps belong to the source project; drafts to its users).
_SERVER_ASSIGNED = frozenset(
    {
        "id",
        "project",
        "created_at",
        "updated_at",
        "drafts",
        "inner_id",
        "updated_by",
        "total_annotations",
        "cancelled_annotations",
        "total_predictions",
        "comment_count",
        "unresolved_comment_count",
        "last_comment_updated_at",
        "comment_authors",
        "file_upload",
        "precomputed_agreement",
    }
)
_END = object()


def is_path(value: object) -> bool:
    """Whether ``value`` names a file (a ``str`` or an ``os.PathLike``)."""
    return isinstance(value, str | os.PathLike)


@attrs.frozen
class Source:
    """A source of ``import_tasks``, opened.

    :ivar items: the raw items, not yet read: tasks (mappings or ``ImportApiRequest``) or media file paths.
    :ivar media: the items are media file paths, to upload as files.
    :ivar total: how many items there are, when the source is a list or tuple (for the progress bar).
    """

    items: Iterator[Any]
    media: bool
    total: int | None


def open_source(
    source: Iterable[Any] | str | os.PathLike[str],
    *,
    file_format: FileFormat | None = None,
    text_key: str = UNDEFINED_DATA_KEY,
) -> Source:
    """Open ``source``: a task file path is opened (not read), an iterable is peeked at to tell tasks from media.

    :raises InvalidInputError: ``source`` is a single mapping, bytes, an async iterable or no iterable at all; a
        task file of unknown format.
    :raises FileNotFoundError: ``source`` names a task file that does not exist.
    """
    if isinstance(source, bytes | bytearray | Mapping):
        raise InvalidInputError(
            f"source must be a list or iterable of tasks, a task file path or a list of media files, "
            f"not {type(source).__name__} (wrap a single task in a list)"
        )
    if hasattr(source, "__aiter__") and not hasattr(source, "__iter__"):
        raise InvalidInputError(
            "source is an async iterable: import_tasks reads its source lazily with plain iteration; pass a list, "
            "a generator or a task file (collect the async items into a list first, or import them in chunks)"
        )
    if not isinstance(source, str | os.PathLike | Iterable):
        raise InvalidInputError(
            f"source must be a list or iterable of tasks, a task file path or a list of media files, "
            f"not {type(source).__name__}"
        )
    total = len(source) if isinstance(source, list | tuple) else None
    if isinstance(source, str | os.PathLike):
        return Source(read_task_file(source, file_format=file_format, text_key=text_key), media=False, total=total)
    first, items = _peek(iter(source))
    return Source(items, media=is_path(first), total=total)


def _peek(iterator: Iterator[Any]) -> tuple[object, Iterator[Any]]:
    """The first item of ``iterator`` (None if empty) and an iterator that still yields it."""
    head = list(islice(iterator, 1))
    return (head[0] if head else None), chain(head, iterator)


# ---------------------------------------------------------------------------------------------------- tasks


def to_task(item: Mapping[str, Any] | ImportApiRequest, index: int) -> dict[str, Any]:
    """One input item as a full task dict ``{"data": {...}, ...}`` (a copy; the input is never changed).

    A mapping whose ``data`` is a mapping and whose other keys are all task fields (``meta``, ``predictions``,
    ``annotations``...) is a full task; any other mapping is the task's data. A task as Label Studio's JSON export
    writes it is a full task too: the fields the server assigns (``id``, ``project``, counters, timestamps,
    ``drafts``) are left out, so an export imports into another project or server as it was.

    >>> to_task({"text": "hi"}, 0)
    {'data': {'text': 'hi'}}
    >>> to_task({"data": {"text": "hi"}, "meta": {"src": "a"}}, 0)
    {'data': {'text': 'hi'}, 'meta': {'src': 'a'}}
    >>> to_task({"data": {"text": "hi"}, "id": 7, "project": 3, "drafts": [], "created_at": "2026-11-30"}, 0)
    {'data': {'text': 'hi'}}

    :raises InvalidInputError: ``item`` is neither a mapping nor an ``ImportApiRequest``; an exported task whose
        predictions are ids.
    """
    if type(item) is dict:  # the usual cases, told apart without the checks below
        data = item.get("data")
        if data is None:
            return {"data": item.copy()}
        if type(data) is dict and len(item) == 1:
            return {"data": data.copy()}
    if isinstance(item, ImportApiRequest):
        return item.to_dict()
    if not isinstance(item, Mapping):
        raise InvalidInputError(
            f"task #{index} must be a mapping (the task data, or a full task with 'data'), not {type(item).__name__}"
        )
    if isinstance(item.get("data"), Mapping) and set(item) <= _TASK_FIELDS | _SERVER_ASSIGNED:
        # A full task, possibly as Label Studio exports it: what the server assigns is left for the target.
        task = {key: value for key, value in item.items() if key not in _SERVER_ASSIGNED}
        task["data"] = dict(item["data"])
        predictions = task.get("predictions")
        if isinstance(predictions, list) and any(not isinstance(entry, Mapping) for entry in predictions):
            raise InvalidInputError(
                f"task #{index}: its predictions are ids, not predictions (a JSON export made without their bodies); "
                "export with project.export() or exports.create(), which include them"
            )
        return task
    return {"data": dict(item)}


def _merge_list(task: dict[str, Any], field: str, value: object, index: int) -> None:
    """Append ``value`` (None, one mapping, or an iterable of mappings) to the task's ``field`` list."""
    if value is None:
        return
    extra = [value] if isinstance(value, Mapping) else value
    if isinstance(extra, str | bytes) or not isinstance(extra, Iterable):
        raise InvalidInputError(f"{field} for task #{index} must be a mapping, a list of mappings or None")
    items = list(extra)
    for entry in items:
        if not isinstance(entry, Mapping):
            raise InvalidInputError(f"{field} for task #{index} must hold mappings, not {type(entry).__name__}")
    existing = task.get(field) or []
    if not isinstance(existing, list):
        raise InvalidInputError(f"task #{index}: {field!r} must be a list")
    task[field] = [*existing, *(dict(entry) for entry in items)]


def _next_parallel(parallel: Iterator[Any] | None, name: str, index: int) -> object:
    if parallel is None:
        return None
    value = next(parallel, _END)
    if value is _END:
        raise InvalidInputError(f"{name}= ran out at task #{index}: it must have one item per task")
    return value


def _count(value: object) -> int:
    return len(value) if isinstance(value, list) else 0


def task_items(
    source: Iterator[Any],
    *,
    predictions: Iterator[Any] | None = None,
    annotations: Iterator[Any] | None = None,
    key: str | None = None,
    known: Mapping[int, int] | None = None,
) -> Iterator[JsonItem]:
    """The tasks of ``source`` as JSON items, one at a time, in input order.

    :param predictions: parallel to ``source``: per task None, one prediction mapping or a list of them, appended
        to the task's ``predictions``.
    :param annotations: the same for ``annotations``.
    :param key: the import key to tag each task with (see :func:`~lsclient.core.import_keys.tag_task`).
    :param known: ``{input index: task id}`` of keyed tasks already on the server: those come out with
        ``known_id`` set and no body, to be skipped by the sender.
    :raises InvalidInputError: when the bad item is reached: not a task, a bad prediction or annotation, not JSON;
        a parallel iterable shorter or longer than ``source`` (the longer case once ``source`` has ended).
    """
    known = known or {}
    index = -1
    if predictions is None and annotations is None and key is None and not known:
        # The usual case, without the per-task steps that do nothing here (the same items as the loop below).
        for index, raw in enumerate(source):
            task = to_task(raw, index)
            body = encode_json(task, f"task #{index}")
            if len(task) == 1:  # data only
                yield JsonItem(index, body)
            else:
                yield JsonItem(
                    index,
                    body,
                    predictions=_count(task.get("predictions")),
                    annotations=_count(task.get("annotations")),
                )
        return
    for index, raw in enumerate(source):
        extra_predictions = _next_parallel(predictions, "predictions", index)
        extra_annotations = _next_parallel(annotations, "annotations", index)
        task = to_task(raw, index)
        known_id = known.get(index)
        if known_id is not None:
            yield JsonItem(index, b"", known_id)
            continue
        _merge_list(task, "predictions", extra_predictions, index)
        _merge_list(task, "annotations", extra_annotations, index)
        if key is not None:
            tag_task(task, key, index)
        yield JsonItem(
            index,
            encode_json(task, f"task #{index}"),
            predictions=_count(task.get("predictions")),
            annotations=_count(task.get("annotations")),
        )
    for name, parallel in (("predictions", predictions), ("annotations", annotations)):
        if parallel is not None and next(parallel, _END) is not _END:
            raise InvalidInputError(f"{name}= has more items than the source's {index + 1} tasks")


# ---------------------------------------------------------------------------------------------------- files


def file_items(paths: Iterator[Any]) -> Iterator[FileItem]:
    """Media file paths as file items (their size read from the disk when reached).

    :raises InvalidInputError: when reached: not a path, a missing or unreadable file, not a regular file, a file
        Label Studio reads into tasks (``.json .csv .tsv .txt .html .htm .xml``) holding a NUL character.
    """
    for index, raw in enumerate(paths):
        if not is_path(raw):
            raise InvalidInputError(f"file #{index} must be a path (str or os.PathLike), not {type(raw).__name__}")
        path = Path(raw)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InvalidInputError(f"file #{index} ({os.fspath(path)!r}) cannot be read: {exc}") from None
        if not path.is_file():
            raise InvalidInputError(f"file #{index} ({os.fspath(path)!r}) is not a regular file")
        escapes = _READ_INTO_TASKS.get(path.suffix)
        if escapes is not None:  # a file Label Studio reads into tasks: refused if it holds a NUL
            offset = _nul_offset(path, f"file #{index}", escaped=escapes)
            if offset is not None:
                raise InvalidInputError(
                    f"file #{index} ({os.fspath(path)!r}) holds a NUL character (at byte {offset}), {NUL_REFUSED}"
                )
        yield FileItem(index, path, size + PART_OVERHEAD + len(path.name.encode()))


# Uploaded files whose content Label Studio 1.23 puts into tasks (by their extension, case-sensitive as its
# reader is; ``.jsonl`` it refuses), and whether a NUL can be written there as a JSON escape.
_READ_INTO_TASKS = {
    ".json": True,
    ".csv": False,
    ".tsv": False,
    ".txt": False,
    ".html": False,
    ".htm": False,
    ".xml": False,
}
# a NUL written as a JSON escape: \u0000 after an even number of backslashes (an odd one escapes the backslash)
_ESCAPED_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_CHUNK = 1 << 20


def _nul_offset(path: Path, what: str, *, escaped: bool) -> int | None:
    """The byte offset of the first NUL in the file (raw, or with ``escaped`` also as a JSON escape), or None.

    :raises LocalFileError: the file cannot be read (the message starts with ``what``).
    """
    try:
        with path.open("rb") as file:
            start = 0
            tail = b""  # the end of the previous chunk, so that an escape across two chunks is seen
            while chunk := file.read(_CHUNK):
                found = chunk.find(b"\x00")
                if found >= 0:
                    return start + found
                if escaped:
                    window = tail + chunk
                    match = _ESCAPED_NUL.search(window) if b"u0000" in window else None
                    if match is not None:
                        return start - len(tail) + match.end() - 6
                    # the last 5 bytes (an escape cut short) and the whole run of backslashes before them, so that
                    # the next window counts the run from its start
                    cut = max(len(window) - 5, 0)
                    while cut > 0 and window[cut - 1] == 0x5C:
                        cut -= 1
                    tail = window[cut:]
                start += len(chunk)
    except OSError as exc:
        raise local_file_error(what, exc, path) from None
    return None


def open_media(item: FileItem) -> BinaryIO:
    """Open a media file for upload.

    :raises LocalFileError: (also the ``OSError``) it can no longer be read (removed, no permission...).
    """
    try:
        return item.path.open("rb")
    except OSError as exc:
        raise local_file_error(f"file #{item.index}", exc, item.path) from None


# ---------------------------------------------------------------------------------------------- predictions


def prediction_items(predictions: Iterator[Any]) -> Iterator[JsonItem]:
    """Predictions of existing tasks as JSON items (``PredictionRequest``-like models are read with ``to_dict``).

    :raises InvalidInputError: when reached: not a mapping, no int ``task``, no ``result`` list, not JSON.
    """
    for index, raw in enumerate(predictions):
        prediction = raw.to_dict() if hasattr(raw, "to_dict") and not isinstance(raw, Mapping) else raw
        if not isinstance(prediction, Mapping):
            raise InvalidInputError(f"prediction #{index} must be a mapping, not {type(raw).__name__}")
        task = prediction.get("task")
        if not isinstance(task, int) or isinstance(task, bool):
            raise InvalidInputError(f"prediction #{index} needs an int 'task' (the task id), got {task!r}")
        check_id(task, f"prediction #{index}: task")
        if not isinstance(prediction.get("result"), list):
            raise InvalidInputError(f"prediction #{index} needs a 'result' list, got {prediction.get('result')!r}")
        yield JsonItem(index, encode_json(dict(prediction), f"prediction #{index}"))
