"""iter_json_array: the same items as json.loads, for every way a stream can be cut into chunks."""

from __future__ import annotations

import io
import json
import re

import pytest

from lsclient.core.errors import InvalidInputError
from lsclient.core.jsonstream import iter_json_array

DOCUMENTS = [
    [],
    [1],
    [12345, -6.5e3, 0],
    ["a", "é ü 日本", 'quote " and \\\\ backslash', ""],
    [{"id": 1, "data": {"text": "x"}, "annotations": [{"result": []}]}, None, True, False],
    [[1, [2, [3]]], {"nested": {"deep": [1, 2, {"k": "v"}]}}],
    [{"text": "x" * 5000}, {"text": "y"}],
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: json.dumps(d)[:30])
@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 64, 1 << 16])
@pytest.mark.parametrize("indent", [None, 2])
def test_same_items_as_json_loads(document: list[object], chunk_size: int, indent: int | None) -> None:
    raw = json.dumps(document, indent=indent, ensure_ascii=False).encode()
    assert list(iter_json_array(io.BytesIO(raw), chunk_size=chunk_size)) == document


def test_a_byte_order_mark_is_accepted() -> None:
    assert list(iter_json_array(io.BytesIO(b"\xef\xbb\xbf[1, 2]"), chunk_size=1)) == [1, 2]


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b'{"a": 1}', "expected '['"),
        (b"", "expected '['"),
        (b"[1, 2", "unexpected end"),
        (b"[1 2]", "expected ',' or ']'"),
        (b"[1, }", "Expecting value"),
        (b"[1] 2", "after the closing"),
    ],
)
def test_malformed_input_names_the_problem(raw: bytes, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=re.escape(problem)):
        list(iter_json_array(io.BytesIO(raw), chunk_size=2, source="tasks.json"))


def test_items_are_produced_lazily() -> None:
    class Counting(io.BytesIO):
        reads = 0

        def read(self, size: int | None = -1) -> bytes:
            Counting.reads += 1
            return super().read(size)

    stream = Counting(json.dumps([{"i": i} for i in range(1000)]).encode())
    first = next(iter_json_array(stream, chunk_size=64))
    assert first == {"i": 0} and Counting.reads <= 2
