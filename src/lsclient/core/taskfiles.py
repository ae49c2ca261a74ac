"""Reading task files lazily: JSON (an array, item by item), JSONL, CSV, TSV and TXT, one task dict at a time.

Label Studio's own import parses these formats on the server; reading them here lets
:meth:`AsyncProject.import_tasks
<lsclient.core._async.projects.AsyncProject.import_tasks>` stream a file of any size in batches.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from .arguments import check_text
from .errors import InvalidInputError, InvalidTypeError, local_file_error
from .jsonstream import iter_json_array, refuse_constant

__all__ = ["UNDEFINED_DATA_KEY", "FileFormat", "file_format_of", "read_task_file"]

#: The data key Label Studio replaces by the first data key of the project's label config.
UNDEFINED_DATA_KEY = "$undefined$"

FileFormat = Literal["json", "jsonl", "csv", "tsv", "txt"]

_EXTENSIONS: dict[str, FileFormat] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".txt": "txt",
}


def file_format_of(path: str | os.PathLike[str]) -> FileFormat:
    """The task file format of ``path`` from its extension (``.json .jsonl .ndjson .csv .tsv .txt``).

    >>> file_format_of("tasks.JSONL")
    'jsonl'

    :raises InvalidInputError: another extension.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise InvalidInputError(
            f"cannot tell the task file format of {os.fspath(path)!r} from its extension; "
            f"use one of {', '.join(sorted(_EXTENSIONS))} or pass file_format="
        )
    return _EXTENSIONS[suffix]


def read_task_file(
    path: str | os.PathLike[str], *, file_format: FileFormat | None = None, text_key: str = UNDEFINED_DATA_KEY
) -> Iterator[dict[str, Any]]:
    """Yield the tasks of a task file one at a time, never holding the whole file (UTF-8, BOM allowed).

    - ``json``: an array of tasks (read incrementally), or one task object;
    - ``jsonl``: one task object per line (blank lines are skipped);
    - ``csv`` / ``tsv``: the header row gives the data keys, each row is one task's data (values stay strings;
      empty cells are ``""``); like Label Studio, a CSV whose first line has more ``;`` than ``,`` is read
      with ``;``; blank lines are skipped;
    - ``txt``: one task per line (empty lines too, as Label Studio does), ``{text_key: line}``. The default
      ``$undefined$`` is what Label Studio itself uses for ``.txt`` uploads: the server stores the line under
      the first data key of the project's label config (``text`` for ``<Text value="$text"/>``).

    A task is either its data (``{"text": "..."}``) or a full task (``{"data": {...}, "meta": ...}``).
    The file is opened at once (a missing file raises here), read lazily as the iterator is consumed.

    :raises InvalidInputError: the content does not parse, or is not UTF-8; the message names the file and the line
        or offset.
    :raises LocalFileError: (also the ``OSError`` Python raises: ``FileNotFoundError``, ``PermissionError``,
        ``IsADirectoryError``...) the file cannot be opened; raised here, before anything is read.
    """
    if not isinstance(path, str | os.PathLike):
        raise InvalidTypeError(f"a task file path must be a str or os.PathLike, not {type(path).__name__}")
    check_text(text_key, "text_key", empty=False)
    fmt = file_format if file_format is not None else file_format_of(path)
    if fmt not in ("json", "jsonl", "csv", "tsv", "txt"):
        raise InvalidInputError(f"unknown file_format {fmt!r}; use json, jsonl, csv, tsv or txt")
    name = os.fspath(path)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the generator below
    except OSError as exc:
        raise local_file_error("the task file", exc, name) from None
    except ValueError as exc:  # a NUL byte, or a character the file system cannot encode
        raise InvalidInputError(f"the task file path {name!r} is not a usable file name: {exc}") from None
    return _read_stream(stream, fmt, name, text_key)


def _read_stream(stream: io.BufferedReader, fmt: FileFormat, name: str, text_key: str) -> Iterator[dict[str, Any]]:
    with stream:
        if fmt == "json":
            yield from _read_json(stream, name)
            return
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="" if fmt in ("csv", "tsv") else None)
        try:
            if fmt == "jsonl":
                yield from _read_jsonl(text, name)
            elif fmt == "txt":
                for line in text:
                    yield {text_key: line[:-1] if line.endswith("\n") else line}
            else:
                yield from _read_delimited(text, name, "\t" if fmt == "tsv" else None)
        except UnicodeDecodeError as exc:
            raise InvalidInputError(f"{name} is not UTF-8 text: {exc}") from None


def _read_json(stream: io.BufferedReader, name: str) -> Iterator[dict[str, Any]]:
    head = stream.peek(64)[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        try:
            task = json.load(io.TextIOWrapper(stream, encoding="utf-8-sig"), parse_constant=refuse_constant)
        except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
            raise InvalidInputError(f"{name} is not valid JSON: {exc}") from None
        yield task
        return
    yield from iter_json_array(stream, source=name)


def _read_jsonl(text: io.TextIOWrapper, name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text, 1):
        if not line.strip():
            continue
        try:
            task = json.loads(line, parse_constant=refuse_constant)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply to read
            raise InvalidInputError(f"{name}, line {number}: not valid JSON: {exc}") from None
        if not isinstance(task, dict):
            raise InvalidInputError(f"{name}, line {number}: a task must be a JSON object, not {type(task).__name__}")
        yield task


def _read_delimited(text: io.TextIOWrapper, name: str, delimiter: str | None) -> Iterator[dict[str, Any]]:
    first = text.readline()
    if delimiter is None:
        # Label Studio's own rule for CSV uploads: semicolons only when they outnumber commas on the first line.
        delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(_chain_line(first, text), delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return
        if any(not column for column in header) or len(set(header)) != len(header):
            raise InvalidInputError(f"{name}: the header row needs distinct, non-empty column names, got {header}")
        for row in reader:
            if not row:
                continue
            if len(row) > len(header):
                raise InvalidInputError(
                    f"{name}, line {reader.line_num}: {len(row)} fields, but the header has {len(header)}"
                )
            yield dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
    except csv.Error as exc:
        raise InvalidInputError(f"{name}, line {reader.line_num}: {exc}") from None


def _chain_line(first: str, rest: Iterable[str]) -> Iterator[str]:
    yield first
    yield from rest
