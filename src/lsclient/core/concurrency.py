"""The few things sync and async code do differently, as small hand-written twins outside both trees.

The I/O code of the core is written once, as async code (``core/_async``), and ``scripts/unasync.py`` turns
``async_sleep`` into ``sleep``, ``async_run_blocking`` into ``run_blocking`` and so on. What those names do
truly differs between the flavours, so each pair lives here, once.

``asyncio`` and ``concurrent.futures`` are imported by the functions that use them: a sync program never loads
``asyncio`` (slow to import) on their account, and an async one has it already.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

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
    import asyncio

    await asyncio.sleep(seconds)


def sleep(seconds: float) -> None:
    """Pause the current thread for ``seconds``."""
    time.sleep(seconds)


async def async_run_blocking(function: Callable[[], T]) -> T:
    """Run blocking work (a disk flush, a rename) in a worker thread, so the event loop goes on."""
    import asyncio

    return await asyncio.to_thread(function)


def run_blocking(function: Callable[[], T]) -> T:
    """Run blocking work here and now."""
    return function()


H = TypeVar("H")


def _refill(pending: list[tuple[T, H]], items: Iterator[T], size: int, start: Callable[[T], H]) -> bool:
    """Start calls for the next items until ``size`` are pending; whether any call is pending (the window's rule,
    shared by both twins below)."""
    while len(pending) < size:
        try:
            item = next(items)
        except StopIteration:
            break
        pending.append((item, start(item)))
    return bool(pending)


async def async_map_ordered(
    function: Callable[[T], Awaitable[R]], items: Iterator[T], concurrency: int
) -> AsyncGenerator[tuple[T, R | BaseException], None]:
    """Apply ``function`` to ``items`` with at most ``concurrency`` calls in flight; yield results in input order.

    Each result is ``(item, value)`` or ``(item, exception)``: a failure is handed back in its place and the caller
    decides whether to go on. ``items`` is pulled lazily, one item per started call. A caller that stops early
    (closing the generator) cancels the calls still in flight and waits for them to end; a caller that must
    account for every call it started reads to the end instead.
    """
    import asyncio

    pending: list[tuple[T, asyncio.Task[R]]] = []
    try:
        while _refill(pending, items, concurrency, lambda item: asyncio.ensure_future(function(item))):
            item, task = pending.pop(0)
            try:
                outcome: R | BaseException = await task
            except Exception as exc:
                outcome = exc
            yield item, outcome
            del item, task, outcome  # not held while the next items are made (an import batch is megabytes)
    finally:
        for _, task in pending:
            task.cancel()
        for _, task in pending:
            with contextlib.suppress(BaseException):  # cancelled by us: its outcome is not wanted
                await task


def map_ordered(
    function: Callable[[T], R], items: Iterator[T], concurrency: int
) -> Generator[tuple[T, R | BaseException], None, None]:
    """Apply ``function`` to ``items`` with at most ``concurrency`` threads; yield results in input order.

    Each result is ``(item, value)`` or ``(item, exception)``. With ``concurrency=1`` everything runs in the
    calling thread. A caller that stops early (closing the generator) cancels the calls not yet started; those
    already running finish before it returns.
    """
    if concurrency <= 1:
        for item in items:
            try:
                outcome: R | BaseException = function(item)
            except Exception as exc:
                outcome = exc
            yield item, outcome
            del item, outcome  # not held while the next item is made (an import batch is megabytes)
        return
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="lsclient") as pool:
        pending: list[tuple[T, Future[R]]] = []
        try:
            while _refill(pending, items, concurrency, lambda item: pool.submit(function, item)):
                item, future = pending.pop(0)
                wait([future], return_when=FIRST_COMPLETED)
                exception = future.exception()
                if exception is not None and not isinstance(exception, Exception):
                    raise exception  # KeyboardInterrupt and the like are not results, as in the async twin
                yield item, (exception if exception is not None else future.result())
                del item, future, exception  # not held while the next items are made
        finally:
            for _, future in pending:
                future.cancel()
