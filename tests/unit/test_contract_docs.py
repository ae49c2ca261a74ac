"""docs/compatibility.md quotes the contract test's coverage figures exactly (they are computed from the
``@covers`` declarations, without a server)."""

from __future__ import annotations

import importlib
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "compatibility.md"


def test_compatibility_page_quotes_the_contract_coverage() -> None:
    module = importlib.import_module("tests.integration.test_contract")
    for name in ("test_storages_real", "test_ml_backends"):
        importlib.import_module(f"tests.integration.{name}")
    line = module.coverage_line()
    assert line in DOC.read_text(encoding="utf-8"), f"docs/compatibility.md should say: {line}"
