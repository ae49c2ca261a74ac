"""wait_for / async_wait_for with a fake clock: no test here really sleeps."""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from lsclient.core._async.waiting import wait_for as async_wait_for
from lsclient.core._sync.waiting import wait_for
from lsclient.core.errors import JobFailedError, JobTimeoutError

STORAGE_DONE = ("completed", "completed_with_errors")


class FakeTime:
    """A clock that only moves when the waiter sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class FakeJob:
    """Answers each poll with the next state of ``statuses`` (the last one repeats)."""

    def __init__(self, statuses: Sequence[str], **extra: Any) -> None:
        self.statuses = list(statuses)
        self.extra = extra
        self.polls = 0

    def poll(self) -> dict[str, Any]:
        status = self.statuses[min(self.polls, len(self.statuses) - 1)]
        self.polls += 1
        return {"status": status, "poll": self.polls, **self.extra}

    async def async_poll(self) -> dict[str, Any]:
        return self.poll()


def status(state: dict[str, Any]) -> str:
    return str(state["status"])


def run(fake: FakeJob, time: FakeTime, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("job", "export 12 of project 3")
    return wait_for(fake.poll, status_of=status, clock=time.clock, sleep=time.sleep, **kwargs)


def run_async(fake: FakeJob, time: FakeTime, **kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("job", "export 12 of project 3")
    coroutine = async_wait_for(fake.async_poll, status_of=status, clock=time.clock, sleep=time.async_sleep, **kwargs)
    return asyncio.run(coroutine)


RUNNERS = pytest.mark.parametrize("runner", [run, run_async], ids=["sync", "async"])
Runner = Callable[..., dict[str, Any]]


@RUNNERS
def test_an_already_completed_job_returns_without_sleeping(runner: Runner) -> None:
    job, time = FakeJob(["completed"]), FakeTime()
    assert runner(job, time) == {"status": "completed", "poll": 1}
    assert job.polls == 1
    assert time.sleeps == []


@RUNNERS
def test_intervals_grow_by_backoff_up_to_max_interval(runner: Runner) -> None:
    job, time = FakeJob(["created"] + ["in_progress"] * 8 + ["completed"]), FakeTime()
    state = runner(job, time, poll_interval=0.5, backoff=2.0, max_interval=5.0)
    assert state["status"] == "completed"
    assert job.polls == 10
    assert time.sleeps == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0, 5.0, 5.0]


@pytest.mark.parametrize(
    ("poll_interval", "backoff", "max_interval", "expected"),
    [
        (0.5, 1.5, 5.0, [0.5, 0.75, 1.125, 1.6875]),
        (1.0, 1.0, 1.0, [1.0, 1.0, 1.0, 1.0]),
        (2.0, 3.0, 4.0, [2.0, 4.0, 4.0, 4.0]),
    ],
)
def test_interval_table(poll_interval: float, backoff: float, max_interval: float, expected: list[float]) -> None:
    job, time = FakeJob(["in_progress"] * 4 + ["completed"]), FakeTime()
    run(job, time, poll_interval=poll_interval, backoff=backoff, max_interval=max_interval)
    assert time.sleeps == pytest.approx(expected)


@RUNNERS
@pytest.mark.parametrize("pending", ["created", "initialized", "queued", "in_progress", "a_status_from_the_future"])
def test_unknown_and_pending_statuses_mean_keep_waiting(runner: Runner, pending: str) -> None:
    job, time = FakeJob([pending, pending, "completed"]), FakeTime()
    assert runner(job, time)["status"] == "completed"
    assert job.polls == 3


@RUNNERS
def test_failed_raises_with_the_servers_traceback(runner: Runner) -> None:
    job, time = FakeJob(["in_progress", "failed"], traceback="Traceback ...\nValueError: boom"), FakeTime()
    with pytest.raises(JobFailedError) as caught:
        runner(job, time, traceback_of=lambda s: s.get("traceback"))
    err = caught.value
    assert err.job == "export 12 of project 3"
    assert err.status == "failed"
    assert err.traceback == "Traceback ...\nValueError: boom"
    assert "export 12 of project 3" in str(err)
    assert job.polls == 2


def test_failed_without_traceback_of() -> None:
    with pytest.raises(JobFailedError) as caught:
        run(FakeJob(["failed"]), FakeTime())
    assert caught.value.traceback is None


@RUNNERS
@pytest.mark.parametrize(
    ("timeout", "poll_interval", "backoff", "max_interval"),
    [(3.0, 0.5, 1.5, 5.0), (10.0, 1.0, 2.0, 3.0), (0.2, 0.5, 1.5, 5.0), (7.0, 7.0, 1.0, 7.0), (100.0, 0.5, 1.5, 5.0)],
)
def test_timeout_raises_and_never_sleeps_past_the_deadline(
    runner: Runner, timeout: float, poll_interval: float, backoff: float, max_interval: float
) -> None:
    job, time = FakeJob(["in_progress"]), FakeTime()
    start = time.now
    with pytest.raises(JobTimeoutError) as caught:
        runner(job, time, timeout=timeout, poll_interval=poll_interval, backoff=backoff, max_interval=max_interval)
    assert sum(time.sleeps) == pytest.approx(timeout)  # the last pause is cut to end exactly at the deadline
    assert time.now - start <= timeout + 1e-9
    assert job.polls == len(time.sleeps) + 1  # one last look at the deadline
    err = caught.value
    assert err.job == "export 12 of project 3"
    assert err.timeout == timeout
    assert err.last_status == "in_progress"


def test_zero_timeout_polls_once() -> None:
    job, time = FakeJob(["queued"]), FakeTime()
    with pytest.raises(JobTimeoutError):
        run(job, time, timeout=0)
    assert job.polls == 1
    assert time.sleeps == []


def test_a_job_that_completes_at_the_deadline_is_not_a_timeout() -> None:
    job, time = FakeJob(["in_progress", "in_progress", "completed"]), FakeTime()
    assert run(job, time, timeout=1.0, poll_interval=0.75, backoff=1.0, max_interval=0.75)["status"] == "completed"
    assert time.sleeps == [0.75, 0.25]


@RUNNERS
@pytest.mark.parametrize(
    ("statuses", "outcome"),
    [
        (["initialized", "queued", "in_progress", "completed"], "completed"),
        (["queued", "completed_with_errors"], "completed_with_errors"),
        (["initialized", "failed"], JobFailedError),
        (["queued"], JobTimeoutError),
    ],
)
def test_storage_sync_statuses(runner: Runner, statuses: list[str], outcome: str | type[Exception]) -> None:
    job, time = FakeJob(statuses), FakeTime()
    if isinstance(outcome, str):
        assert runner(job, time, done=STORAGE_DONE, timeout=30)["status"] == outcome
    else:
        with pytest.raises(outcome):
            runner(job, time, done=STORAGE_DONE, timeout=30)


def test_completed_with_errors_is_not_done_unless_asked() -> None:
    job, time = FakeJob(["completed_with_errors"]), FakeTime()
    with pytest.raises(JobTimeoutError) as caught:
        run(job, time, timeout=1)
    assert caught.value.last_status == "completed_with_errors"


class Status(enum.StrEnum):
    """Shaped like the enums openapi-python-client generates."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


class PlainStatus(enum.Enum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


@pytest.mark.parametrize("enum_class", [Status, PlainStatus])
def test_enum_statuses_compare_by_value(enum_class: Any) -> None:
    states = iter([enum_class.IN_PROGRESS, enum_class.COMPLETED])
    time = FakeTime()
    result = wait_for(
        lambda: next(states),
        status_of=lambda s: s,
        done={enum_class.COMPLETED},
        job="j",
        clock=time.clock,
        sleep=time.sleep,
    )
    assert result is enum_class.COMPLETED


class RecordingReporter:
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        self.events.append(("start", total, desc))

    def advance(self, n: int = 1) -> None:
        self.events.append(("advance", n))

    def set_total(self, total: int | None) -> None:
        self.events.append(("total", total))

    def set_status(self, text: str) -> None:
        self.events.append(("status", text))

    def finish(self) -> None:
        self.events.append(("finish",))


@RUNNERS
def test_status_and_counts_are_reported(runner: Runner) -> None:
    counts = iter([(0, None), (200, 500), (200, 500), (500, 500)])
    job = FakeJob(["queued", "in_progress", "in_progress", "completed"])
    reporter = RecordingReporter()
    runner(job, FakeTime(), job="sync of storage 1", progress=reporter, progress_of=lambda s: next(counts))
    assert reporter.events == [
        ("start", None, "sync of storage 1"),
        ("status", "queued"),
        ("total", None),
        ("status", "in_progress"),
        ("total", 500),
        ("advance", 200),
        ("total", 500),
        ("status", "completed"),
        ("total", 500),
        ("advance", 300),
        ("finish",),
    ]


@RUNNERS
@pytest.mark.parametrize("statuses", [["failed"], ["in_progress"]])
def test_the_reporter_is_finished_on_errors(runner: Runner, statuses: list[str]) -> None:
    reporter = RecordingReporter()
    with pytest.raises((JobFailedError, JobTimeoutError)):
        runner(FakeJob(statuses), FakeTime(), progress=reporter, timeout=1)
    assert reporter.events[-1] == ("finish",)


@RUNNERS
def test_errors_from_poll_propagate(runner: Runner) -> None:
    class NotFound(Exception):
        pass

    class Broken(FakeJob):
        def poll(self) -> dict[str, Any]:
            if self.polls == 2:
                raise NotFound("export 12 was deleted")
            return super().poll()

    reporter = RecordingReporter()
    with pytest.raises(NotFound):
        runner(Broken(["in_progress"]), FakeTime(), progress=reporter)
    assert reporter.events[-1] == ("finish",)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": -1},
        {"poll_interval": 0},
        {"backoff": 0.5},
        {"poll_interval": 2.0, "max_interval": 1.0},
        {"done": ("completed",), "failed": ("completed",)},
    ],
)
def test_invalid_arguments_are_rejected_before_polling(kwargs: dict[str, Any]) -> None:
    job = FakeJob(["completed"])
    with pytest.raises(ValueError):
        run(job, FakeTime(), **kwargs)
    assert job.polls == 0


def test_real_clock_and_sleep_defaults() -> None:
    job = FakeJob(["in_progress", "completed"])
    assert wait_for(job.poll, status_of=status, job="j", poll_interval=0.01)["status"] == "completed"

    async def main() -> dict[str, Any]:
        return await async_wait_for(
            FakeJob(["in_progress", "completed"]).async_poll, status_of=status, job="j", poll_interval=0.01
        )

    assert asyncio.run(main())["status"] == "completed"
