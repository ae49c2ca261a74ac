"""gc_paused: no collection runs inside a pause, and the collector's state is restored after the last one ends."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from lsclient.core.gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _collections_during(work: Callable[[], Any]) -> int:
    """How many collections started while ``work`` ran."""
    runs: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(phase)

    gc.callbacks.append(record)
    try:
        work()
    finally:
        gc.callbacks.remove(record)
    return len(runs)


def _many_containers() -> list[dict[str, list[int]]]:
    return [{"ids": [n]} for n in range(50_000)]


def test_no_collection_runs_inside_a_pause() -> None:
    assert _collections_during(_many_containers) > 0  # the same work collects when not paused

    def paused() -> None:
        with gc_paused():
            _many_containers()

    assert _collections_during(paused) == 0
    assert gc.isenabled()


def test_nested_pauses_enable_the_collector_after_the_outermost() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_enabled_again_after_an_error() -> None:
    with pytest.raises(ZeroDivisionError), gc_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_the_program_disabled_stays_disabled() -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_share_one_state() -> None:
    entered, release, done = threading.Event(), threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            entered.set()
            release.wait(10)
        done.set()

    thread = threading.Thread(target=other)
    thread.start()
    assert entered.wait(10)
    with gc_paused():
        release.set()
        assert done.wait(10)  # the other thread's pause ended first: ours still holds the collector off
        assert not gc.isenabled()
    thread.join(10)
    assert gc.isenabled()
