"""Waiting for long server-side jobs (export snapshots, conversions, storage syncs) with one poller.

Label Studio reports each job's state as a status string:

- exports and conversions: ``created | in_progress | failed | completed``;
- storage syncs: ``initialized | queued | in_progress | failed | completed | completed_with_errors``.

:func:`wait_for` polls until the status is one of ``done`` (returns the last state) or ``failed``
(raises :class:`~lsclient.core.errors.JobFailedError` with the server's traceback), and raises
:class:`~lsclient.core.errors.JobTimeoutError` once ``timeout`` seconds have passed. Any other status,
including ones Label Studio adds in future, means "keep waiting". The first poll happens at once:
Label Studio Community runs these jobs synchronously, so usually nothing sleeps at all.

Example::

    export = wait_for(
        lambda: get_export(project_id, export_id),
        status_of=lambda e: e.status,
        traceback_of=lambda e: e.traceback,
        job=f"export {export_id} of project {project_id}",
        timeout=300,
    )
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Collection
from typing import TypeVar

from .errors import JobFailedError, JobTimeoutError
from .progress import NullProgressReporter, ProgressReporter, track

__all__ = ["async_wait_for", "wait_for"]

S = TypeVar("S")

logger = logging.getLogger(__name__)


def _status_text(value: object) -> str:
    # Generated models use ``str`` enums; compare their values, not their names or reprs.
    if isinstance(value, enum.Enum):
        value = value.value
    return str(value)


class _Poll:
    """The bookkeeping shared by the sync and async waiters: what a state means and how long to sleep."""

    def __init__(
        self,
        *,
        job: str,
        done: Collection[str],
        failed: Collection[str],
        timeout: float,
        poll_interval: float,
        max_interval: float,
        backoff: float,
        reporter: ProgressReporter,
        clock: Callable[[], float],
    ) -> None:
        if timeout < 0:
            raise ValueError(f"timeout must be >= 0 seconds, got {timeout!r}")
        if poll_interval <= 0:
            raise ValueError(f"poll_interval must be > 0 seconds, got {poll_interval!r}")
        if max_interval < poll_interval:
            raise ValueError(f"max_interval ({max_interval!r}) must be >= poll_interval ({poll_interval!r})")
        if backoff < 1:
            raise ValueError(f"backoff must be >= 1, got {backoff!r}")
        self.job = job
        self.done = frozenset(_status_text(s) for s in done)
        self.failed = frozenset(_status_text(s) for s in failed)
        overlap = self.done & self.failed
        if overlap:
            raise ValueError(f"statuses cannot be both done and failed: {sorted(overlap)}")
        self.timeout = timeout
        self.interval = poll_interval
        self.max_interval = max_interval
        self.backoff = backoff
        self.reporter = reporter
        self.clock = clock
        self.deadline = clock() + timeout
        self.last_status: str | None = None
        self.reported_count = 0

    def finished(
        self,
        state: S,
        status_of: Callable[[S], str],
        progress_of: Callable[[S], tuple[int, int | None]] | None,
        traceback_of: Callable[[S], str | None] | None,
    ) -> bool:
        """Report ``state``; True when the job is done, :class:`JobFailedError` when it failed."""
        status = _status_text(status_of(state))
        if status != self.last_status:
            logger.debug("%s: status %s", self.job, status)
            self.reporter.set_status(status)
            self.last_status = status
        if progress_of is not None:
            count, total = progress_of(state)
            self.reporter.set_total(total)
            if count > self.reported_count:
                self.reporter.advance(count - self.reported_count)
                self.reported_count = count
        if status in self.done:
            return True
        if status in self.failed:
            traceback = traceback_of(state) if traceback_of is not None else None
            raise JobFailedError(job=self.job, status=status, traceback=traceback)
        return False

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll, never past the deadline; :class:`JobTimeoutError` after it."""
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise JobTimeoutError(job=self.job, timeout=self.timeout, last_status=self.last_status)
        delay = min(self.interval, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return delay


def wait_for(
    poll: Callable[[], S],
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
    sleep: Callable[[float], object] = time.sleep,
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
    :param sleep: blocking sleep (replaceable in tests).
    :raises JobFailedError: the status became one of ``failed``.
    :raises JobTimeoutError: ``timeout`` passed without a done or failed status.
    """
    reporter = progress if progress is not None else NullProgressReporter()
    state_machine = _Poll(
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
            state = poll()
            if state_machine.finished(state, status_of, progress_of, traceback_of):
                return state
            sleep(state_machine.next_delay())


async def async_wait_for(
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
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> S:
    """The ``async`` twin of :func:`wait_for`: ``poll`` is awaited and pauses use ``asyncio.sleep``.

    Cancelling the awaiting task stops the polling (the server-side job itself keeps running).
    """
    reporter = progress if progress is not None else NullProgressReporter()
    state_machine = _Poll(
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
