"""Every operation of the vendored schema has a generated function and a facade method (sync and async)."""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import lsclient.api_client.api as api_package
from lsclient.api_client import AsyncLabelStudioApi, AuthenticatedClient, LabelStudioApi

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import normalize_schema  # noqa: E402

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def _schema_operations() -> dict[tuple[str, str], str]:
    schema = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    corrections = json.loads((ROOT / "openapi" / "corrections.json").read_text(encoding="utf-8"))
    doc, _ = normalize_schema.normalize(schema, corrections)
    return {
        (method, path): op["operationId"]
        for path, item in doc["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _generated_modules() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        module = importlib.import_module(info.name)
        if info.ispkg or not hasattr(module, "_get_kwargs"):
            continue
        source = inspect.getsource(module._get_kwargs)
        method = re.search(r'"method": "(\w+)"', source)
        url = re.search(r'"url": f?"([^"]+)"', source)
        assert method and url, info.name
        # A path parameter is written ``{path_segment(id)}`` in the f-string; the schema's template says ``{id}``.
        path = re.sub(r"\{path_segment\((\w+)\)\}", r"{\1}", url.group(1))
        found[(method.group(1), path)] = info.name
    return found


SCHEMA_OPERATIONS = _schema_operations()
GENERATED = _generated_modules()


def test_schema_has_the_expected_number_of_operations() -> None:
    vendored = json.loads((ROOT / "openapi" / "label-studio.schema.json").read_text(encoding="utf-8"))
    served = sum(1 for item in vendored["paths"].values() for method in item if method in HTTP_METHODS)
    assert served == 190  # Label Studio 1.23.2 as served
    assert len(SCHEMA_OPERATIONS) == served + 1  # + GET /api/version, described by openapi/corrections.json


def test_every_operation_has_a_generated_module() -> None:
    missing = sorted(set(SCHEMA_OPERATIONS) - set(GENERATED))
    assert missing == []
    assert len(GENERATED) == len(SCHEMA_OPERATIONS)


@pytest.mark.parametrize("key", sorted(SCHEMA_OPERATIONS), ids=lambda k: SCHEMA_OPERATIONS[k])
def test_module_is_named_after_the_operation_and_callable(key: tuple[str, str]) -> None:
    module = importlib.import_module(GENERATED[key])
    assert module.__name__.rsplit(".", 1)[1] == SCHEMA_OPERATIONS[key].lower()
    for name in ("sync_detailed", "asyncio_detailed"):
        assert callable(getattr(module, name))


def _facade_targets(facade_root: object) -> set[str]:
    """Generated modules reached from facade methods (read from each method's body)."""
    targets: set[str] = set()
    for tag in (name for name, value in vars(type(facade_root)).items() if hasattr(value, "func")):
        facade = getattr(facade_root, tag)
        for name, method in inspect.getmembers(facade, inspect.ismethod):
            if name.startswith("_"):
                continue
            for called in re.findall(r"\b_(\w+)\.(?:sync|asyncio|stream)", inspect.getsource(method)):
                targets.add(f"{api_package.__name__}.{tag}.{called}")
    return targets


@pytest.mark.parametrize("facade_type", [LabelStudioApi, AsyncLabelStudioApi])
def test_every_operation_is_reachable_from_the_facade(facade_type: type) -> None:
    facade = facade_type(AuthenticatedClient(base_url="http://127.0.0.1:9", token="t"))
    assert _facade_targets(facade) == set(GENERATED.values())
