"""Pausing CPython's cyclic garbage collector while one large answer is turned into objects: :func:`gc_paused`.

A page of 10,000 tasks becomes about 100,000 containers in a few hundred milliseconds (the JSON's dicts and
lists, then the models and entities). The collector runs after every 700 new containers, and as the heap grows
it also runs full collections, each of which walks every live object, the page included. None of these objects
is garbage while the page is parsed, so those collections find nothing, and on such a page they cost about as
much as the parse itself. With the collector paused, it does the same work once, after the pause.

The pause is re-entrant and thread-safe: the collector is disabled when the first pause starts and enabled again
when the last one ends, and only if it was enabled before the first one began. A pause is for CPU-bound work
only. It must never span I/O (a request, an ``await``), because other threads and tasks would run without the
collector meanwhile.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]

_lock = threading.Lock()
_depth = 0  # pauses under way, in every thread
_restore = False  # whether the collector was enabled when the outermost pause began


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector for the ``with`` block (reference counting still frees objects).

    Nested and concurrent pauses share one state: the collector is enabled again when the last one ends, and
    only if it was enabled when the first began (a program that disabled it keeps it disabled).

    >>> with gc_paused():
    ...     answer = tasks_list.build_response(client=http, response=response).parsed  # doctest: +SKIP
    """
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
