"""The few things sync and async code do differently, as small hand-written twins outside both trees.

The I/O code of the core is written once, as async code (``core/_async``), and ``scripts/unasync.py`` turns
``async_sleep`` into ``sleep``, ``async_run_blocking`` into ``run_blocking`` and so on. What those names do
truly differs between the flavours, so each pair lives here, once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

__all__ = [
    "async_map_ordered",
    "async_run_blocking",
    "async_sleep",
    "map_ordered",
    "run_blocking",
    "sleep",
]

T = TypeVar("T")
R = TypeVar("R")


async def async_sleep(seconds: float) -> None:
    """Pause the current task for ``seconds``."""
    await asyncio.sleep(seconds)


def sleep(seconds: float) -> None:
    """Pause the current thread for ``seconds``."""
    time.sleep(seconds)


async def async_run_blocking(function: Callable[[], T]) -> T:
    """Run blocking work (a disk flush, a rename) in a worker thread, so the event loop goes on."""
    return await asyncio.to_thread(function)


def run_blocking(function: Callable[[], T]) -> T:
    """Run blocking work here and now."""
    return function()


async def async_map_ordered(
    function: Callable[[T], Awaitable[R]], items: Iterator[T], concurrency: int
) -> AsyncIterator[tuple[T, R | BaseException]]:
    """Apply ``function`` to ``items`` with at most ``concurrency`` calls in flight; yield results in input order.

    Each result is ``(item, value)`` or ``(item, exception)``: a failure is handed back in its place, and no
    item after it is started once the caller stops iterating (calls already in flight are awaited first, so
    nothing runs unobserved). ``items`` is pulled lazily, one item per started call.
    """
    pending: list[tuple[T, asyncio.Task[R]]] = []
    exhausted = False
    try:
        while True:
            while not exhausted and len(pending) < concurrency:
                item = next(items, _END)
                if item is _END:
                    exhausted = True
                    break
                pending.append((item, asyncio.ensure_future(function(item))))  # type: ignore[arg-type]
            if not pending:
                return
            item, task = pending.pop(0)
            try:
                yield item, await task
            except Exception as exc:
                yield item, exc
    finally:
        for _, task in pending:
            task.cancel() if not task.done() else None
        for _, task in pending:
            try:
                await task
            except BaseException:  # noqa: B012 - already reported or cancelled by us
                pass


def map_ordered(
    function: Callable[[T], R], items: Iterator[T], concurrency: int
) -> Iterator[tuple[T, R | BaseException]]:
    """Apply ``function`` to ``items`` with at most ``concurrency`` threads; yield results in input order.

    Each result is ``(item, value)`` or ``(item, exception)``. With ``concurrency=1`` everything runs in the
    calling thread. When the caller stops iterating, calls already running finish before this returns.
    """
    if concurrency <= 1:
        for item in items:
            try:
                yield item, function(item)
            except Exception as exc:
                yield item, exc
        return
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="lsclient") as pool:
        pending: list[tuple[T, Future[R]]] = []
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < concurrency:
                    item = next(items, _END)
                    if item is _END:
                        exhausted = True
                        break
                    pending.append((item, pool.submit(function, item)))  # type: ignore[arg-type]
                if not pending:
                    return
                item, future = pending.pop(0)
                wait([future], return_when=FIRST_COMPLETED)
                exception = future.exception()
                yield item, (exception if exception is not None else future.result())
        finally:
            for _, future in pending:
                future.cancel()


_END: object = object()
