"""Every docs example exists in both flavours: each sync block of docs/*.md is followed by its async twin, and
``scripts/unasync.py`` rewrites the twin into exactly the sync block (no server needed; the examples run in
tests/integration/test_docs_examples.py).
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest

from tests.integration.test_docs_examples import BLOCKS, Block

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from unasync import unasync_text  # noqa: E402

PAIRED = [block for block in BLOCKS if not block.skipped_page]


def _twin(block: Block) -> Block | None:
    index = BLOCKS.index(block)
    following = BLOCKS[index + 1] if index + 1 < len(BLOCKS) else None
    if following is not None and following.page == block.page and following.example == block.example:
        return following
    return None


@pytest.mark.parametrize("block", [b for b in PAIRED if b.flavour == "sync"], ids=lambda b: b.id)
def test_sync_example_has_its_async_twin(block: Block) -> None:
    twin = _twin(block)
    assert twin is not None and twin.flavour == "async", (
        f"docs/{block.page} line {block.line}: a ```python block must be followed by its ```python async twin"
    )
    generated = unasync_text(twin.code)
    diff = "".join(
        difflib.unified_diff(
            block.code.splitlines(keepends=True),
            generated.splitlines(keepends=True),
            f"docs/{block.page}:{block.line} (sync)",
            f"unasync(docs/{twin.page}:{twin.line})",
        )
    )
    assert generated == block.code, f"the async twin does not unasync to the sync block:\n{diff}"


@pytest.mark.parametrize("block", [b for b in PAIRED if b.flavour == "async"], ids=lambda b: b.id)
def test_async_example_compiles(block: Block) -> None:
    block.compile()  # top-level await allowed; a SyntaxError names the page and line


def test_every_flavour_is_present() -> None:
    assert {block.flavour for block in PAIRED} == {"sync", "async"}
