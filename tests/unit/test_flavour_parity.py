"""The two flavours of the core have the same API: every public class, function, method and property of
``lsclient.core._async`` exists in ``lsclient.core._sync`` under its sync name, with the same parameters and
docstring (after the rewrite rules of scripts/unasync.py), async where the async one is a coroutine function.
Also: the rules themselves, on small inputs."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from pathlib import Path

import pytest

import lsclient.core._async
from lsclient.core.resources import public_name

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import unasync  # noqa: E402

ASYNC_MODULES = sorted(
    info.name for info in pkgutil.walk_packages(lsclient.core._async.__path__, lsclient.core._async.__name__ + ".")
)


def _twin_module(name: str) -> object:
    return importlib.import_module(name.replace("._async.", "._sync.", 1))


def _public_members(cls: type) -> dict[str, object]:
    """Public functions and properties a class defines or inherits from lsclient (not from object/Generic)."""
    members: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("lsclient."):
            continue
        for name, member in vars(klass).items():
            if name.startswith("_") and name not in (
                "__aenter__",
                "__aexit__",
                "__enter__",
                "__exit__",
                "__aiter__",
                "__iter__",
            ):
                continue
            if inspect.isfunction(member) or isinstance(member, property) or hasattr(member, "func"):
                members[name] = member
    return members


def _function(member: object) -> object:
    if isinstance(member, property):
        return member.fget
    return getattr(member, "func", member)


def _signature(function: object, *, rewrite: bool = True) -> str:
    # Default values that are functions print with their address: compare their names only.
    text = re.sub(r" at 0x[0-9a-f]+>", ">", str(inspect.signature(function)))  # type: ignore[arg-type]
    return unasync.unasync_text(text) if rewrite else text


def _check_function(where: str, async_fn: object, sync_fn: object, problems: list[str]) -> None:
    if _signature(async_fn) != _signature(sync_fn, rewrite=False):
        problems.append(f"{where}: parameters differ: {inspect.signature(async_fn)} vs {inspect.signature(sync_fn)}")  # type: ignore[arg-type]
    if unasync.unasync_text(inspect.getdoc(async_fn) or "") != (inspect.getdoc(sync_fn) or ""):
        problems.append(f"{where}: docstrings differ")
    if inspect.iscoroutinefunction(sync_fn) or inspect.isasyncgenfunction(sync_fn):
        problems.append(f"{where}: the sync twin is async")


@pytest.mark.parametrize("module_name", ASYNC_MODULES)
def test_every_async_name_has_its_sync_twin(module_name: str) -> None:
    module = importlib.import_module(module_name)
    twin = _twin_module(module_name)
    problems: list[str] = []
    for name, value in vars(module).items():
        if name.startswith("_") or getattr(value, "__module__", None) != module.__name__:
            continue
        sync_name = unasync.unasync_text(name)
        sync_value = getattr(twin, sync_name, None)
        if sync_value is None:
            problems.append(f"{name}: no {sync_name} in {twin.__name__}")  # type: ignore[attr-defined]
            continue
        if inspect.isfunction(value):
            _check_function(name, value, sync_value, problems)
        elif inspect.isclass(value):
            if public_name(value) != sync_name:
                problems.append(f"{name}: the sync twin is named {sync_name}, not {public_name(value)}")
            sync_members = _public_members(sync_value)
            for attr, member in _public_members(value).items():
                sync_attr = unasync.unasync_text(attr)
                if sync_attr not in sync_members:
                    problems.append(f"{name}.{attr}: no {sync_name}.{sync_attr}")
                    continue
                if isinstance(member, property) != isinstance(sync_members[sync_attr], property):
                    problems.append(f"{name}.{attr}: a property in one flavour only")
                    continue
                _check_function(f"{name}.{attr}", _function(member), _function(sync_members[sync_attr]), problems)
    assert problems == []


def test_the_public_surface_has_both_flavours() -> None:
    import lsclient

    for name in (
        "Client",
        "Project",
        "Task",
        "Annotation",
        "Prediction",
        "Export",
        "Dataset",
        "Target",
        "User",
        "Webhook",
    ):
        sync_value, async_value = (
            getattr(lsclient, name),
            getattr(lsclient, "Async" + name if name != "Client" else "AsyncClient"),
        )
        assert sync_value.__module__.startswith("lsclient.core._sync.")
        assert async_value.__module__.startswith("lsclient.core._async.")
    assert inspect.isfunction(lsclient.make_async_client) and not inspect.iscoroutinefunction(
        lsclient.make_async_client
    )


def test_every_sync_module_is_generated() -> None:
    root = Path(lsclient.core._async.__file__).parent.parent / "_sync"
    for path in root.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated by scripts/unasync.py"), path


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("async def fetch(self) -> Self:", "def fetch(self) -> Self:"),
        ("x = await call(projects_retrieve.asyncio_detailed, 3)", "x = call(projects_retrieve.sync_detailed, 3)"),
        ("async for task in tasks:", "for task in tasks:"),
        ("async with make_async_client() as client:", "with make_client() as client:"),
        ("class AsyncProjectsRepo(AsyncRetrieves[AsyncProject]):", "class ProjectsRepo(Retrieves[Project]):"),
        ("Callable[[float], Awaitable[None]] = async_sleep", "Callable[[float], None] = sleep"),
        ("-> AsyncGenerator[Page[T], None]:", "-> Generator[Page[T], None, None]:"),
        ("from lsclient.core._async.paging import AsyncPager", "from lsclient.core._sync.paging import Pager"),
        ("self.http.get_async_httpx_client().aclose()", "self.http.get_httpx_client().close()"),
        ("await response.aread(); response.aiter_bytes()", "response.read(); response.iter_bytes()"),
        ("def __aiter__(self): ... async def __aenter__", "def __iter__(self): ... def __enter__"),
        ("# a comment about asynchronous work and Asyncio", "# a comment about asynchronous work and Asyncio"),
    ],
)
def test_unasync_rules(source: str, expected: str) -> None:
    assert unasync.unasync_text(source) == expected
