"""Batches sent concurrently (``concurrency=``), in both flavours, against the in-memory import endpoint: ids in
input order, no new batch after a failure, an exact account of what went in, and keyed re-runs without duplicates.
Also the pure :class:`~lsclient.core.batching.Ledger` that takes the batches' outcomes in input order."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from lsclient.core.batching import BatchFailure, JsonItem, Ledger
from lsclient.core.errors import (
    BadRequestError,
    IncompleteImportError,
    InvalidInputError,
    PredictionImportError,
    ServerError,
    TaskImportError,
)
from tests.unit.test_importing import FakeLabelStudio, Flavour, texts

# ------------------------------------------------------------------------------------------------- the ledger


def failure(
    first: int,
    failed_at: int,
    done: list[int],
    last: int,
    *,
    in_doubt: bool = False,
    landed: dict[int, int] | None = None,
) -> BatchFailure:
    return BatchFailure(
        first=first,
        failed_at=failed_at,
        done=done,
        last=last,
        in_doubt=in_doubt,
        cause=ValueError("x"),
        landed=landed or {},
    )


def test_ledger_without_failure_keeps_results_in_order() -> None:
    ledger = Ledger()
    ledger.add([0, 1], [1, 2])
    ledger.add([2], [3])
    assert (ledger.results, ledger.failure, ledger.in_doubt, ledger.failed_range) == ([1, 2, 3], None, False, range(0))
    assert ledger.landed_by_index == {} and ledger.landed_total == 0


def test_ledger_a_clean_failure_alone_is_not_in_doubt() -> None:
    ledger = Ledger()
    ledger.add([0, 1], [1, 2])
    ledger.fail(failure(2, 3, [3], last=3))  # item 2 went in before the bad item 3
    assert (ledger.results, ledger.in_doubt, ledger.failed_range, ledger.landed) == ([1, 2, 3], False, range(3, 4), [])


def test_ledger_batches_after_a_clean_failure_are_known_not_doubt() -> None:
    ledger = Ledger()
    ledger.add([0, 1], [1, 2])
    ledger.fail(failure(2, 3, [3], last=3))
    ledger.add([4, 5], [5, 6])  # in flight when item 3 failed, and went in
    assert ledger.results == [1, 2, 3] and ledger.landed_by_index == {4: 5, 5: 6}
    assert (ledger.in_doubt, ledger.failed_range, ledger.unknown) == (False, range(3, 4), [])


def test_ledger_widens_the_failed_range_only_over_unknown_outcomes() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, 2, [10, 11], last=2))  # a 400 at item 2
    ledger.add([5, 6, 7], [15, 16, 17])  # known: in
    ledger.fail(failure(8, 8, [], last=9, in_doubt=True))  # unknown: the answer was lost
    ledger.fail(failure(10, 10, [], last=11))  # known: not in (say, a refused connection)
    assert (ledger.in_doubt, ledger.failed_range, ledger.unknown) == (True, range(2, 10), [range(8, 10)])
    assert ledger.landed_by_index == {5: 15, 6: 16, 7: 17}


def test_ledger_a_failed_request_in_doubt_covers_its_own_items_only() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, 0, [], last=9, in_doubt=True))
    ledger.add([10, 11], [20, 21])
    assert (ledger.in_doubt, ledger.failed_range, ledger.landed_by_index) == (True, range(0, 10), {10: 20, 11: 21})


def test_ledger_later_failures_count_what_they_did_import() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, 0, [], last=9, in_doubt=True))
    ledger.fail(failure(10, 12, [110, 111], last=12))  # items 10..11 in, 12 rejected
    assert (ledger.landed_by_index, ledger.failed_range) == ({10: 110, 11: 111}, range(0, 10))
    ledger.fail(failure(20, 20, [], last=29, in_doubt=True))  # a later request in doubt reaches its last item
    assert ledger.failed_range == range(0, 30) and ledger.results == []
    assert ledger.unknown == [range(0, 10), range(20, 30)]


def test_ledger_a_later_failure_that_imported_nothing_changes_nothing() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, 3, [1, 2, 3], last=3))
    ledger.fail(failure(10, 10, [], last=14))
    assert (ledger.in_doubt, ledger.failed_range, ledger.landed) == (False, range(3, 4), [])


def test_ledger_items_of_a_failed_request_on_the_server_anyway_are_known() -> None:
    # tasks created incomplete that could not be removed, or already imported with the key, are facts
    ledger = Ledger()
    ledger.fail(failure(0, 2, [10, 11], last=5, landed={2: 12, 3: 13, 4: 14, 5: 15}))
    assert (ledger.results, ledger.in_doubt, ledger.failed_range) == ([10, 11], False, range(2, 6))
    assert ledger.landed_by_index == {2: 12, 3: 13, 4: 14, 5: 15}
    ledger.fail(failure(6, 7, [16], last=9, landed={9: 19}))  # a later one: item 6 in, 7 failed, 9 already there
    assert list(ledger.landed_by_index) == [2, 3, 4, 5, 6, 9]


def test_ledger_of_prediction_counts() -> None:
    # For predictions a result is a request's created count, not a per-item id: only totals are meaningful.
    ledger = Ledger()
    ledger.add([0, 1, 2, 3], [4])
    ledger.fail(failure(4, 5, [1], last=5))  # prediction 4 created, 5 rejected
    ledger.add([8, 9, 10, 11], [3])  # a concurrent request: the server skipped one of its 4
    ledger.fail(failure(12, 14, [1, 1], last=15, in_doubt=True))  # two halves went in before 14
    assert (sum(ledger.results), ledger.landed_total, ledger.in_doubt, ledger.failed_range) == (
        5,
        5,
        True,
        range(5, 16),
    )


def test_ledger_media_files_that_became_several_tasks_have_no_index() -> None:
    ledger = Ledger()
    ledger.fail(failure(0, 0, [], last=1))
    ledger.add([2, 3], [30, 31, 32])  # a .txt upload became two tasks: ids cannot be told apart by file
    ledger.add([4, 5], [40, 41])
    assert ledger.landed_by_index == {4: 40, 5: 41}
    assert [span.results for span in ledger.landed] == [(30, 31, 32), (40, 41)]


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
    # Items 10..19 went in although they come after failed_at: known facts, not doubt. Item 7 alone failed.
    assert (error.in_doubt, error.failed_range) == (False, range(7, 8))
    assert list(error.imported_after) == list(range(10, 20))
    assert server.texts(list(error.imported_after.values())) == [f"t{i}" for i in range(10, 20)]
    assert sorted(server.tasks) == sorted([*error.imported_task_ids, *error.imported_after.values()])
    message = str(error)
    assert "items #0-#6 are imported; item #7 was rejected: 400" in message
    assert message.endswith(f"items #10-#19 were imported too: task ids {list(error.imported_after.values())}")
    assert "may or may not" not in message and not getattr(error, "__notes__", [])

    tasks[7] = {"text": "t7"}
    if key is not None:  # the same key after fixing the task: only what is missing is sent, ids in input order
        ids = server.run(tasks, batch_size=5, concurrency=3, key=key)
        assert ids[:7] == error.imported_task_ids and ids[10:20] == list(error.imported_after.values())
    else:  # without a key: the rest, less what is already in, completes the import exactly
        rest = [index for index in range(error.failed_at, 30) if index not in error.imported_after]
        new = iter(server.run([tasks[index] for index in rest], batch_size=5, concurrency=3))
        ids = [*error.imported_task_ids, *(error.imported_after.get(i) or next(new) for i in range(7, 30))]
    assert server.texts(ids) == [f"t{i}" for i in range(30)] and len(server.tasks) == 30


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
    # Items 10 and 11 (before the batch at 10's own bad item) and 15..19 are on the server too: known, not doubt.
    assert (error.in_doubt, error.failed_range) == (False, range(6, 7))
    assert list(error.imported_after) == [10, 11, *range(15, 20)]
    assert [int(text[1:]) for text in server.texts(list(error.imported_after.values()))] == list(error.imported_after)
    on_server = {int(text[1:]) for text in server.texts(list(server.tasks))}
    assert on_server == {*range(6), 10, 11, *range(15, 20)}
    assert "items #10-#11, #15-#19 were imported too" in str(error)


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
    # Only the failed request's outcome is unknown; the batches after it are known to be in.
    assert (error.failed_at, error.in_doubt, error.failed_range) == (5, True, range(5, 10))
    assert server.texts(error.imported_task_ids) == [f"t{i}" for i in range(5)] and len(server.tasks) == 20
    assert server.texts(list(error.imported_after.values())) == [f"t{i}" for i in range(10, 20)]
    assert list(error.imported_after) == list(range(10, 20))
    assert "items #5-#9 may or may not have been imported" in str(error)


def test_a_later_request_in_doubt_widens_the_failed_range_over_its_items(server: FakeLabelStudio) -> None:
    # A 400 at item 2 (slow); meanwhile the batch at 5 goes in and the one at 10 lands but its answer is lost.
    server.index_faults = {10: ["dropped"]}
    flight = InFlight(before={0: 0.3})
    slow_server(server, flight)
    tasks: list[dict[str, str]] = [*texts(2), {"wrong": "x"}, *texts(17, 3)]
    with pytest.raises(TaskImportError) as info:
        server.run(tasks, batch_size=5, concurrency=3)
    error = info.value
    assert set(flight.started) == {0, 5, 10}
    assert (error.failed_at, error.in_doubt, error.failed_range) == (2, True, range(2, 15))
    assert server.texts(error.imported_task_ids) == ["t0", "t1"]
    assert server.texts(list(error.imported_after.values())) == [f"t{i}" for i in range(5, 10)]
    assert len(server.tasks) == 12  # items 10..14 did land: only a key could have told
    message = str(error)
    assert "item #2 was rejected" in message and "items #5-#9 were imported too" in message
    assert "may or may not have been imported" in message


def test_tasks_created_incomplete_and_not_removed_are_known_to_be_in(server: FakeLabelStudio) -> None:
    def post_tasks(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        ids = server.post_tasks(client, project_id, batch, timeout)
        if batch[0].index == 3:
            raise server.flavour.module._Incomplete(
                ids, "Label Studio created 3 tasks but only 0 of their 1 predictions"
            )
        return ids

    def remove_tasks(client: object, project_id: int, task_ids: list[int]) -> None:
        raise ServerError(status_code=500, method="POST", url="/dm/actions", detail="database is locked")

    server.flavour.patch("_post_tasks", post_tasks)
    server.flavour.patch("_remove_tasks", remove_tasks)
    with pytest.raises(TaskImportError) as info:
        server.run(texts(9), batch_size=3, concurrency=2)
    error = info.value
    assert isinstance(error.__cause__, IncompleteImportError) and not error.__cause__.removed
    # They are on the server (incomplete): a known outcome, in imported_after, not doubt.
    assert (error.failed_at, error.in_doubt, error.failed_range) == (3, False, range(3, 6))
    assert list(error.imported_after)[:3] == [3, 4, 5] and error.imported_after[3] == error.__cause__.task_ids[0]
    assert sorted(server.tasks) == sorted([*error.imported_task_ids, *error.imported_after.values()])


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
    assert set(flight.started) == {0, 4, 8, 12}
    # Batches at 8 and 12 went in while the one at 4 was failing: counted, and not doubt.
    assert (error.failed_at, error.created, error.created_after, error.in_doubt) == (4, 4, 8, False)
    assert str(error).endswith(
        "prediction #4 was rejected: 400 Bad Request on POST /import/predictions: no such task; "
        "requests after it created 8 more"
    )


def test_predictions_in_doubt_after_the_failure(flavour: Flavour) -> None:
    # 4 (slow) is rejected; 8 fails in doubt after 12 started (when 0 was done); 12 goes in.
    flight = InFlight(before={4: 0.2, 8: 0.1})

    def post(client: object, project_id: int, batch: list[JsonItem], timeout: float) -> list[int]:
        if batch[0].index == 4:
            raise BadRequestError(status_code=400, method="POST", url="/import/predictions", detail="no such task")
        if batch[0].index == 8:
            raise ServerError(status_code=500, method="POST", url="/import/predictions", detail="boom")
        return [len(batch)]

    flavour.patch("_post_predictions", post, before=flight.before, after=flight.after)
    with pytest.raises(PredictionImportError) as info:
        flavour.import_predictions(predictions(20), batch_size=4, concurrency=3)
    error = info.value
    assert set(flight.started) == {0, 4, 8, 12}
    assert (error.failed_at, error.created, error.created_after, error.in_doubt) == (4, 4, 4, True)
    assert "may or may not have been applied" in str(error)
