"""Run one sync-looking test against both flavours of the core: ``make_client`` and ``make_async_client``.

The integration tests are written once, in the sync style. For the ``async`` flavour, :func:`connect` returns the
real :class:`~lsclient.AsyncClient` behind a :class:`Bridge`: every coroutine it hands out is awaited on an event
loop in a background thread, every ``async for`` becomes a ``for``, ``async with`` a ``with``, and every object of
``lsclient.core._async`` (repositories, entities, pagers) is bridged in turn. So each test drives the async code
end to end, and its assertions hold for both flavours. ``isinstance(bridged, Project)`` is true when the bridged
object is an ``AsyncProject`` (the bridge reports the sync twin as its ``__class__``), so type checks in tests are
written once too.

The bridge is test machinery only: it is not how users call the async client (they ``await`` it).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import threading
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import httpx

from lsclient import make_async_client, make_client
from lsclient.core.resources import public_name

FLAVOURS = ("sync", "async")
_ASYNC_PACKAGE = "lsclient.core._async"


class EventLoopThread:
    """An asyncio event loop running in a daemon thread; :meth:`run` waits for one coroutine's result."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        # one bridge per object, so `bridged_a is bridged_b` holds when the async objects are the same
        self.bridges: dict[int, tuple[Any, Bridge]] = {}
        self._thread = threading.Thread(target=self.loop.run_forever, name="bridge-loop", daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


def _sync_twin(cls: type) -> type:
    module = importlib.import_module(cls.__module__.replace("._async.", "._sync.", 1))
    return getattr(module, public_name(cls))


def _unwrap(value: Any) -> Any:
    if isinstance(value, Bridge):
        return object.__getattribute__(value, "_target")
    if isinstance(value, list):
        return [_unwrap(item) for item in value]
    if isinstance(value, tuple):
        return tuple(_unwrap(item) for item in value)
    return value


def bridge(value: Any, runner: EventLoopThread) -> Any:
    """``value`` as sync code would see it: awaited, iterated synchronously, bridged."""
    if inspect.iscoroutine(value):
        return bridge(runner.run(value), runner)
    if inspect.isasyncgen(value):
        return _iterate(value, runner)
    if isinstance(value, list):
        return [bridge(item, runner) for item in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(bridge(item, runner) for item in value)
    if isinstance(value, dict):
        return {key: bridge(item, runner) for key, item in value.items()}
    if callable(value) and not isinstance(value, type) and getattr(value, "__module__", "").startswith(_ASYNC_PACKAGE):

        def call(*args: Any, **kwargs: Any) -> Any:
            return bridge(value(*_unwrap(list(args)), **{k: _unwrap(v) for k, v in kwargs.items()}), runner)

        return call
    if type(value).__module__.startswith(_ASYNC_PACKAGE):
        known = runner.bridges.get(id(value))
        if known is None or known[0] is not value:
            known = runner.bridges[id(value)] = (value, Bridge(value, runner))
        return known[1]
    return value


def _iterate(iterable: Any, runner: EventLoopThread) -> Iterator[Any]:
    iterator = iterable.__aiter__()
    try:
        while True:
            try:
                item = runner.run(iterator.__anext__())
            except StopAsyncIteration:
                return
            yield bridge(item, runner)
    finally:
        close = getattr(iterator, "aclose", None)
        if close is not None:
            runner.run(close())


class Bridge:
    """A sync view of one object of the async core (see the module docstring)."""

    __slots__ = ("_runner", "_target")

    def __init__(self, target: Any, runner: EventLoopThread) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_runner", runner)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: D105 - lets isinstance() see the sync twin
        return _sync_twin(type(object.__getattribute__(self, "_target")))

    def __getattr__(self, name: str) -> Any:
        return bridge(getattr(self._target, name), self._runner)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._target, name)

    def __iter__(self) -> Iterator[Any]:
        return _iterate(self._target, self._runner)

    def __enter__(self) -> Bridge:
        bridge(self._target.__aenter__(), self._runner)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        bridge(self._target.__aexit__(*exc_info), self._runner)

    def close(self) -> None:
        bridge(self._target.aclose(), self._runner)

    def __repr__(self) -> str:
        return repr(self._target)

    def __str__(self) -> str:
        return str(self._target)

    def __eq__(self, other: object) -> bool:
        return bool(self._target == _unwrap(other))

    def __hash__(self) -> int:
        return hash(self._target)

    def __len__(self) -> int:
        return len(self._target)


def _async_httpx_client(own: httpx.Client) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with the same request/response hooks as a test's ``httpx.Client``."""

    def lift(hook: Callable[[Any], Any]) -> Callable[[Any], Any]:
        async def lifted(message: Any) -> None:
            hook(message)

        return lifted

    hooks = {name: [lift(hook) for hook in own.event_hooks[name]] for name in ("request", "response")}
    own.close()
    return httpx.AsyncClient(event_hooks=hooks)


def connect(flavour: str, *args: Any, **kwargs: Any) -> Any:
    """``make_client(*args, **kwargs)`` for ``"sync"``; the bridged ``make_async_client(...)`` for ``"async"``.

    A sync ``httpx_client=`` given for the async flavour is replaced by an ``httpx.AsyncClient`` with its hooks.
    Every bridged client runs on the session's one event loop (see :func:`_shared_runner`).
    """
    if flavour == "sync":
        return make_client(*args, **kwargs)
    if flavour != "async":
        raise ValueError(f"unknown flavour {flavour!r}")
    if isinstance(kwargs.get("httpx_client"), httpx.Client):
        kwargs["httpx_client"] = _async_httpx_client(kwargs["httpx_client"])
    return Bridge(make_async_client(*args, **kwargs), _shared_runner())


_RUNNER: EventLoopThread | None = None


def _shared_runner() -> EventLoopThread:
    """One event loop for every bridged client of the test session, as an asyncio program has one loop: objects
    of two clients (a copy from one server to another, say) meet on it. Its thread is a daemon."""
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = EventLoopThread()
    return _RUNNER


def construct(sync_class: type, client: Any, *args: Any, **kwargs: Any) -> Any:
    """``sync_class(client, ...)`` in the client's flavour: the ``Async`` twin, bridged, for a bridged client."""
    if not isinstance(client, Bridge):
        return sync_class(client, *args, **kwargs)
    module = importlib.import_module(sync_class.__module__.replace("._sync.", "._async.", 1))
    async_class = getattr(module, "Async" + sync_class.__name__)
    runner = object.__getattribute__(client, "_runner")
    return Bridge(
        async_class(_unwrap(client), *_unwrap(list(args)), **{k: _unwrap(v) for k, v in kwargs.items()}), runner
    )


def is_async(value: Any) -> bool:
    """Whether ``value`` is a bridged object of the async flavour."""
    return isinstance(value, Bridge)


def in_flavour_of(sync_function: Callable[..., Any], anchor: Any) -> Callable[..., Any]:
    """A module function of the sync core, or its async twin (bridged) when ``anchor`` is a bridged object."""
    if not isinstance(anchor, Bridge):
        return sync_function
    module = importlib.import_module(sync_function.__module__.replace("._sync.", "._async.", 1))
    return bridge(getattr(module, sync_function.__name__), object.__getattribute__(anchor, "_runner"))  # type: ignore[no-any-return]
