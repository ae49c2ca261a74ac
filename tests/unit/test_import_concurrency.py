"""Batches sent concurrently (``concurrency=``), in both flavours, against the in-memory import endpoint: ids in
input order, no new batch after a failure, an exact account of what went in, and keyed re-runs without duplicates.
Also the pure :class:`~lsclient.core.batching.Ledger` that takes the batches' outcomes in input order."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from lsclient.core.batching import BatchFailure, JsonItem, Ledger
from lsclient.core.errors import BadRequestError, InvalidInputError, PredictionImportError, TaskImportError
from tests.unit.test_importing import FakeLabelStudio, Flavour, texts

# ------------------------------------------------------------------------------------------------- the ledger


def failure(failed_at: int, done: list[int], last: int, *, in_doubt: bool = False) -> BatchFailure:
    return BatchFailure(failed_at=failed_at, done=done, last=last, in_doubt=in_doubt, cause=ValueError("x"))


def test_ledger_without_failure_keeps_results_in_order() -> None:
    ledger = Ledger()
    ledger.add([1, 2], last=1)
    ledger.add([3], last=2)
    assert (ledger.results, ledger.failure, ledger.in_doubt, ledger.failed_range) == ([1, 2, 3], None, False, range(0))


def test_ledger_a_clean_failure_alone_is_not_in_doubt() -> None:
    ledger = Ledger()
    ledger.add([1, 2], last=1)
    ledger.fail(failure(3, [3], last=3))
    assert (ledger.results, ledger.in_doubt, ledger.failed_range, ledger.landed_after) == (
        [1, 2],
        False,
        range(3, 4),
        [],
    )


def test_ledger_batches_after_the_failure_widen_what_may_be_in() -> None:
    ledger = Ledger()
    ledger.add([1, 2], last=1)
    ledger.fail(failure(3, [3], last=3))
    ledger.add([5, 6], last=5)  # in flight when item 3 failed, and went in
    assert ledger.results == [1, 2] and ledger.landed_after == [5, 6]
    assert (ledger.in_doubt, ledger.failed_range, ledger.reach) == (True, range(3, 6), 5)


def test_ledger_later_failures_count_what_they_did_import() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, [], last=9, in_doubt=True))
    ledger.fail(failure(12, [11], last=12))  # items 10..11 in, 12 rejected: reach is 11
    assert (ledger.landed_after, ledger.reach, ledger.failed_range) == ([11], 11, range(0, 12))
    ledger.fail(failure(20, [], last=29, in_doubt=True))  # a later request in doubt reaches its last item
    assert ledger.failed_range == range(0, 30) and ledger.results == []


def test_ledger_a_later_failure_that_imported_nothing_changes_nothing() -> None:
    ledger = Ledger()
    ledger.fail(failure(3, [], last=3))
    ledger.fail(failure(10, [], last=14))
    assert (ledger.in_doubt, ledger.failed_range, ledger.landed_after) == (False, range(3, 4), [])


# ------------------------------------------------------------------------------------------- the import loop


class InFlight:
    """Counts the requests in flight (pauses before and after each, by the first input index of its batch)."""

    def __init__(self, before: dict[int, float] | None = None, after: dict[int, float] | None = None) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0
        self.started: list[int] = []  # first input index of each request, in the order they started
        self._before = before or {}
        self._after = after or {}

    def before(self, client: object, project_id: int, batch: list[Any], timeout: float) -> float:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
            self.started.append(batch[0].index)
        return self._before.get(batch[0].index, 0.01)

    def after(self, client: object, project_id: int, batch: list[Any], timeout: float) -> float:
        with self.lock:
            self.now -= 1
        return self._after.get(batch[0].index, 0.0)


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Flavour:
    return Flavour(request.param, monkeypatch)


@pytest.fixture
def server(flavour: Flavour) -> FakeLabelStudio:
    fake = FakeLabelStudio(flavour)
    flavour.patch("find_keyed_tasks", fake.find_keyed_tasks)
    return fake


def slow_server(server: FakeLabelStudio, flight: InFlight) -> FakeLabelStudio:
    server.flavour.patch("_post_tasks", server.post_tasks, before=flight.before, after=flight.after)
    return server


def test_ids_come_back_in_input_order_when_later_batches_finish_first(server: FakeLabelStudio) -> None:
    flight = InFlight(before={index: 0.01 + (50 - index) * 0.002 for index in range(0, 50, 5)})
    slow_server(server, flight)
    ids = server.run(texts(50), batch_size=5, concurrency=4)
    assert server.texts(ids) == [f"t{i}" for i in range(50)] and len(server.tasks) == 50
    assert ids != sorted(ids)  # later batches were created first, yet every id is in its input place
    assert flight.most == 4 and len(flight.started) == 10


def test_concurrency_one_sends_one_batch_at_a_time(server: FakeLabelStudio) -> None:
    flight = InFlight()
    slow_server(server, flight)
    ids = server.run(texts(20), batch_size=5)
    assert ids == sorted(ids) and server.texts(ids) == [f"t{i}" for i in range(20)]
    assert flight.most == 1 and flight.started == [0, 5, 10, 15]


@pytest.mark.parametrize("key", [None, "k"])
def test_a_failure_stops_new_batches_and_reports_what_went_in_after_it(
    server: FakeLabelStudio, key: str | None
) -> None:
    # Batches of 5 at 0, 5, 10...; 3 in flight. The batch at 5 holds a bad task (#7) and answers slowly, so the
    # batches at 10 and 15 (started while it ran) go in before its failure is known; none starts after it.
    flight = InFlight(before={5: 0.3})
    slow_server(server, flight)
    tasks: list[dict[str, str]] = [*texts(7), {"wrong": "x"}, *texts(22, 8)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=5, concurrency=3, key=key)
    error = info.value
    assert set(flight.started) == {0, 5, 10, 15}
    assert isinstance(error.__cause__, BadRequestError)
    assert error.failed_at == 7 and server.texts(error.imported_task_ids) == [f"t{i}" for i in range(7)]
    # Items 10..19 went in although they come after failed_at: said by in_doubt, failed_range and a note.
    assert (error.in_doubt, error.failed_range) == (True, range(7, 20))
    assert len(server.tasks) == 17
    notes = getattr(error, "__notes__", [])
    assert len(notes) == 1 and "went in" in notes[0] and "up to #19" in notes[0]

    if key is not None:  # the same key after fixing the task: only what is missing is sent, ids in input order
        tasks[7] = {"text": "t7"}
        ids = server.run(tasks, batch_size=5, concurrency=3, key=key)
        assert server.texts(ids) == [f"t{i}" for i in range(30)] and len(server.tasks) == 30
        assert ids[:7] == error.imported_task_ids


def test_an_earlier_failure_in_input_order_wins_over_an_earlier_one_in_time(server: FakeLabelStudio) -> None:
    # Bad tasks at 6 and 12. The batch at 10 fails first (fast), the batch at 5 later (slow) but it comes first in
    # the input; the batch at 15 was started (when the one at 0 was done) before any failure and goes in.
    flight = InFlight(before={5: 0.2, 10: 0.05})
    slow_server(server, flight)
    tasks: list[dict[str, str]] = [*texts(6), {"wrong": "a"}, *texts(5, 7), {"wrong": "b"}, *texts(7, 13)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=5, concurrency=3, key="k")
    error = info.value
    assert error.failed_at == 6 and server.texts(error.imported_task_ids) == [f"t{i}" for i in range(6)]
    assert set(flight.started) == {0, 5, 10, 15}
    # Items 10 and 11 (before the batch at 10's own bad item) and 15..19 are on the server too.
    assert (error.in_doubt, error.failed_range) == (True, range(6, 20))
    on_server = {int(text[1:]) for text in server.texts(list(server.tasks))}
    assert on_server == {*range(6), 10, 11, *range(15, 20)}


def test_a_request_in_doubt_is_checked_by_key_among_ids_of_batches_that_finished_meanwhile(
    server: FakeLabelStudio,
) -> None:
    # The batch at 5 lands at once, but its answer is lost late; the batch at 10 finishes meanwhile with higher ids.
    # The check by key must still find the batch at 5 (no resend, no duplicate).
    server.index_faults = {5: ["dropped"]}
    flight = InFlight(before={0: 0.0, 5: 0.0, 10: 0.0}, after={5: 0.2})
    slow_server(server, flight)
    ids = server.run(texts(15), batch_size=5, concurrency=3, key="k")
    assert server.texts(ids) == [f"t{i}" for i in range(15)] and len(server.tasks) == 15
    assert [outcome for _, _, outcome in server.requests].count("dropped") == 1 and len(server.requests) == 3


def test_a_request_in_doubt_without_a_key_is_reported_with_what_went_in_after_it(server: FakeLabelStudio) -> None:
    server.index_faults = {5: ["500"]}
    flight = InFlight(before={5: 0.2})
    slow_server(server, flight)
    with pytest.raises(TaskImportError) as info:
        server.run(texts(20), batch_size=5, concurrency=3)
    error = info.value
    assert (error.failed_at, error.in_doubt, error.failed_range) == (5, True, range(5, 20))
    assert server.texts(error.imported_task_ids) == [f"t{i}" for i in range(5)] and len(server.tasks) == 20


def test_a_bad_item_in_the_source_is_reported_after_every_batch_before_it(server: FakeLabelStudio) -> None:
    def source() -> Any:
        yield from texts(23)
        yield "not a task"

    slow_server(server, InFlight())
    with pytest.raises(TaskImportError) as info:
        server.run(source(), batch_size=5, concurrency=3)
    assert info.value.failed_at == 23 and not info.value.in_doubt
    assert server.texts(info.value.imported_task_ids) == [f"t{i}" for i in range(23)]


@pytest.mark.parametrize("concurrency", [0, -1, 1.5, "2", None])
def test_concurrency_must_be_a_positive_int(server: FakeLabelStudio, concurrency: Any) -> None:
    with pytest.raises(InvalidInputError, match="concurrency must be an int >= 1"):
        server.run(texts(3), concurrency=concurrency)
    with pytest.raises(InvalidInputError, match="concurrency must be an int >= 1"):
        server.flavour.import_predictions([], concurrency=concurrency)
    assert server.requests == []


# ------------------------------------------------------------------------------------------------ predictions


def predictions(n: int) -> list[dict[str, Any]]:
    return [{"task": 1000 + i, "result": []} for i in range(n)]


def test_predictions_concurrently_count_every_batch(flavour: Flavour) -> None:
    flight = InFlight(before={index: 0.05 - index * 0.002 for index in range(0, 20, 4)})

    def post(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        return [len(batch)]

    flavour.patch("_post_predictions", post, before=flight.before, after=flight.after)
    assert flavour.import_predictions(predictions(20), batch_size=4, concurrency=3) == 20
    assert flight.most == 3


def test_predictions_failure_reports_created_before_it_and_doubt_after_it(flavour: Flavour) -> None:
    flight = InFlight(before={4: 0.2})

    def post(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        if batch[0].index == 4:
            raise BadRequestError(status_code=400, method="POST", url="/import/predictions", detail="no such task")
        return [len(batch)]

    flavour.patch("_post_predictions", post, before=flight.before, after=flight.after)
    with pytest.raises(PredictionImportError) as info:
        flavour.import_predictions(predictions(20), batch_size=4, concurrency=3)
    error = info.value
    assert set(flight.started) <= {0, 4, 8, 12} and 4 in flight.started
    assert (error.failed_at, error.created) == (4, 4)
    assert error.in_doubt  # batches at 8 (and 12) went in while the one at 4 was failing
