"""Read the items of a top-level JSON array one at a time, in memory bounded by the largest item.

Label Studio exports and task files are one big JSON array; ``json.load`` would hold all of it (and
its parsed objects) at once. :func:`iter_json_array` decodes item by item from a binary stream.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO, Any

from .errors import InvalidInputError

_WHITESPACE = " \t\r\n"
_NUMBER_TAIL = "0123456789.eE+-"


class NotJsonConstantError(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity`` in a file: Python's ``json`` reads them, JSON (the server) has none."""


def refuse_constant(name: str) -> Any:
    """``parse_constant`` for :mod:`json`: refuse the non-JSON constants Python would read as floats.

    >>> json.loads("[NaN]", parse_constant=refuse_constant)
    Traceback (most recent call last):
    ...
    lsclient.core.jsonstream.NotJsonConstantError: NaN is not JSON (JSON has no NaN or infinity)
    """
    raise NotJsonConstantError(f"{name} is not JSON (JSON has no NaN or infinity)")


def iter_json_array(stream: IO[bytes], *, chunk_size: int = 1 << 16, source: str = "JSON") -> Iterator[Any]:
    """Yield each element of the JSON array in ``stream`` (UTF-8, BOM allowed), parsing incrementally.

    >>> import io
    >>> list(iter_json_array(io.BytesIO(b'[{"a": 1}, 2, "x"]')))
    [{'a': 1}, 2, 'x']

    :raises InvalidInputError: the content is not UTF-8 text, or not a JSON array (names ``source`` and the offset).
    """
    decoder = json.JSONDecoder(parse_constant=refuse_constant)
    count = 0  # items yielded, for error messages
    text_decoder = codecs.getincrementaldecoder("utf-8-sig")()
    buffer = ""
    position = 0  # characters consumed before ``buffer`` starts, for error messages
    eof = False

    def more() -> bool:
        nonlocal buffer, eof
        if eof:
            return False
        chunk = stream.read(chunk_size)
        try:
            if not chunk:
                eof = True
                buffer += text_decoder.decode(b"", final=True)
                return False
            buffer += text_decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise InvalidInputError(f"{source} is not UTF-8 text: {exc.reason} near byte {exc.start}") from None
        return True

    def skip_whitespace(index: int) -> int:
        while True:
            while index < len(buffer) and buffer[index] in _WHITESPACE:
                index += 1
            if index < len(buffer) or not more():
                return index

    def fail(index: int, what: str) -> InvalidInputError:
        # json's own messages may end in " at" ("Unterminated string starting at"): don't say it twice.
        where = "character" if what.endswith(" at") else "at character"
        return InvalidInputError(f"{source} is not a JSON array: {what} {where} {position + index}")

    index = skip_whitespace(0)
    if index >= len(buffer) or buffer[index] != "[":
        raise fail(index, "expected '['")
    index = skip_whitespace(index + 1)
    if index < len(buffer) and buffer[index] == "]":
        return
    while True:
        while True:
            try:
                item, end = decoder.raw_decode(buffer, index)
            except RecursionError:
                raise fail(index, "an item nested too deeply to read") from None
            except json.JSONDecodeError as exc:
                # An item cut by the chunk boundary: read more and try again; at EOF it is really broken.
                if more():
                    continue
                raise fail(exc.pos, exc.msg) from exc
            except NotJsonConstantError as exc:
                raise InvalidInputError(f"{source}, item #{count} (at character {position + index}): {exc}") from None
            except ValueError as exc:  # e.g. an integer of more than 4,300 digits
                raise fail(index, str(exc)) from None
            # A number cut by the chunk boundary decodes as a shorter one ("12" + "34", "-65" + ".5"): read on.
            cut = end == len(buffer) or buffer[end] in _NUMBER_TAIL
            if isinstance(item, (int, float)) and cut and more():
                continue
            break
        yield item
        count += 1
        index = skip_whitespace(end)
        if index >= len(buffer):
            raise fail(index, "unexpected end of data")
        if buffer[index] == "]":
            if skip_whitespace(index + 1) < len(buffer):
                raise fail(index + 1, "data after the closing ']'")
            return
        if buffer[index] != ",":
            raise fail(index, "expected ',' or ']'")
        index = skip_whitespace(index + 1)
        if index > chunk_size:
            # Drop what has been consumed (now and then, not per item, to keep this linear).
            position += index
            buffer = buffer[index:]
            index = 0
