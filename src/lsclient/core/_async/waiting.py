"""Waiting for a long server-side job (export snapshot, conversion, storage sync): :func:`wait_for`.

The decisions (what a status means, how long to pause) live in :class:`lsclient.core.waiting.PollSchedule`;
this module only polls and pauses.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Collection
from typing import TypeVar

from ..concurrency import async_sleep
from ..progress import NullProgressReporter, ProgressReporter, track
from ..waiting import PollSchedule

__all__ = ["wait_for"]

S = TypeVar("S")


async def wait_for(
    poll: Callable[[], Awaitable[S]],
    *,
    status_of: Callable[[S], str],
    done: Collection[str] = ("completed",),
    failed: Collection[str] = ("failed",),
    job: str,
    timeout: float = 600,
    poll_interval: float = 0.5,
    max_interval: float = 5.0,
    backoff: float = 1.5,
    progress: ProgressReporter | None = None,
    progress_of: Callable[[S], tuple[int, int | None]] | None = None,
    traceback_of: Callable[[S], str | None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[object]] = async_sleep,
) -> S:
    """Call ``poll()`` until the job it reads is done, then return the last state.

    :param poll: reads the job's current state from the server; called once immediately.
    :param status_of: extracts the status string from a state.
    :param done: statuses that end the wait successfully (e.g. add ``"completed_with_errors"`` for
        storage syncs: the state is returned and the caller decides what to tell the user).
    :param failed: statuses that end the wait with :class:`~lsclient.core.errors.JobFailedError`.
    :param job: a human name used in errors and as the progress description, e.g. ``"export 12 of project 3"``.
    :param timeout: seconds after which :class:`~lsclient.core.errors.JobTimeoutError` is raised; the
        waiter never sleeps past this deadline (it polls one last time at the deadline).
    :param poll_interval: first pause between polls; each pause is ``backoff`` times the previous one,
        up to ``max_interval``.
    :param progress: receives the status text (and counts, with ``progress_of``); started and finished here.
    :param progress_of: extracts ``(units done, total units or None)`` from a state.
    :param traceback_of: extracts the server's error text from a failed state.
    :param clock: monotonic time source in seconds (replaceable in tests).
    :param sleep: pauses between polls (replaceable in tests).
    :raises JobFailedError: the status became one of ``failed``.
    :raises JobTimeoutError: ``timeout`` passed without a done or failed status.
    """
    reporter = progress if progress is not None else NullProgressReporter()
    state_machine = PollSchedule(
        job=job,
        done=done,
        failed=failed,
        timeout=timeout,
        poll_interval=poll_interval,
        max_interval=max_interval,
        backoff=backoff,
        reporter=reporter,
        clock=clock,
    )
    with track(reporter, None, job):
        while True:
            state = await poll()
            if state_machine.finished(state, status_of, progress_of, traceback_of):
                return state
            await sleep(state_machine.next_delay())
