"""Waiting for long server-side jobs (export snapshots, conversions, storage syncs) with one poller.

Label Studio reports each job's state as a status string:

- exports and conversions: ``created | in_progress | failed | completed``;
- storage syncs: ``initialized | queued | in_progress | failed | completed | completed_with_errors``.

:func:`lsclient.core._async.waiting.wait_for` (and its sync twin) polls until the status is one of ``done``
(returns the last state) or ``failed`` (raises :class:`~lsclient.core.errors.JobFailedError` with the server's
traceback), and raises :class:`~lsclient.core.errors.JobTimeoutError` once ``timeout`` seconds have passed.
Any other status, including ones Label Studio adds in future, means "keep waiting". The first poll happens at once:
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

import enum
import logging
import math
from collections.abc import Callable, Collection
from typing import TypeVar

from .arguments import check_seconds
from .errors import InvalidInputError, InvalidTypeError, JobFailedError, JobTimeoutError
from .progress import ProgressReporter

__all__ = ["PollSchedule", "status_text"]

S = TypeVar("S")

logger = logging.getLogger(__name__)


def status_text(value: object) -> str:
    """A job status as text: the value of a generated ``str`` enum, or ``str(value)``."""
    # Generated models use ``str`` enums; compare their values, not their names or reprs.
    if isinstance(value, enum.Enum):
        value = value.value
    return str(value)


class PollSchedule:
    """The bookkeeping of one wait (shared by both flavours): what a state means and how long to sleep next."""

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
        timeout = check_seconds(timeout, "timeout", allow_zero=True)
        poll_interval = check_seconds(poll_interval, "poll_interval")
        max_interval = check_seconds(max_interval, "max_interval")
        if isinstance(backoff, bool) or not isinstance(backoff, int | float) or not math.isfinite(backoff):
            raise InvalidTypeError(f"backoff must be a finite number >= 1, got {backoff!r}")
        if max_interval < poll_interval:
            raise InvalidInputError(f"max_interval ({max_interval!r}) must be >= poll_interval ({poll_interval!r})")
        if backoff < 1:
            raise InvalidInputError(f"backoff must be >= 1, got {backoff!r}")
        self.job = job
        self.done = frozenset(status_text(s) for s in done)
        self.failed = frozenset(status_text(s) for s in failed)
        overlap = self.done & self.failed
        if overlap:
            raise InvalidInputError(f"statuses cannot be both done and failed: {sorted(overlap)}")
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
        status = status_text(status_of(state))
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
