"""The progress protocol, its null and tqdm reporters, and the progress= argument rules."""

from __future__ import annotations

import io
import sys
from typing import Any

import pytest

from lsclient.core.progress import (
    PROGRESS_ENV_VAR,
    NullProgressReporter,
    ProgressReporter,
    TqdmProgressReporter,
    default_progress,
    track,
)


class RecordingReporter:
    def __init__(self) -> None:
        self.events: list[tuple[Any, ...]] = []

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        self.events.append(("start", total, desc, unit))

    def advance(self, n: int = 1) -> None:
        self.events.append(("advance", n))

    def set_total(self, total: int | None) -> None:
        self.events.append(("total", total))

    def set_status(self, text: str) -> None:
        self.events.append(("status", text))

    def finish(self) -> None:
        self.events.append(("finish",))


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PROGRESS_ENV_VAR, raising=False)


def test_null_reporter_accepts_every_call() -> None:
    reporter = NullProgressReporter()
    reporter.finish()  # finish before start is harmless
    with track(reporter, total=3, desc="nothing", unit="B") as bar:
        bar.advance()
        bar.advance(2)
        bar.set_total(None)
        bar.set_status("completed")
    reporter.advance()  # and so are updates after finish
    assert isinstance(reporter, ProgressReporter)


def test_track_finishes_even_when_the_block_raises() -> None:
    reporter = RecordingReporter()
    with pytest.raises(KeyboardInterrupt), track(reporter, None, "job"):
        reporter.advance()
        raise KeyboardInterrupt
    assert reporter.events == [("start", None, "job", "it"), ("advance", 1), ("finish",)]


def test_tqdm_reporter_counts_and_shows_status() -> None:
    out = io.StringIO()
    reporter = TqdmProgressReporter(file=out, mininterval=0)
    assert isinstance(reporter, ProgressReporter)
    with track(reporter, total=10, desc="export 12", unit="task"):
        reporter.advance(3)
        reporter.advance()
        assert reporter.count == 4
        reporter.set_status("in_progress")
        reporter.set_total(20)
        reporter.advance(16)
        assert reporter.count == 20
    assert reporter.count == 0  # closed
    text = out.getvalue()
    assert "export 12" in text
    assert "20/20" in text
    assert "in_progress" in text
    assert "task" in text


def test_tqdm_reporter_can_be_restarted_and_closes_a_forgotten_bar() -> None:
    out = io.StringIO()
    reporter = TqdmProgressReporter(file=out, mininterval=0)
    reporter.start(5, "first")
    reporter.advance(5)
    reporter.start(None, "second")  # the first bar is closed, a fresh one starts at 0
    assert reporter.count == 0
    reporter.advance(2)
    reporter.finish()
    reporter.finish()
    assert "first" in out.getvalue() and "second" in out.getvalue()


def test_tqdm_reporter_scales_bytes() -> None:
    out = io.StringIO()
    with track(TqdmProgressReporter(file=out, mininterval=0), total=3 * 1024 * 1024, desc="download", unit="B") as bar:
        bar.advance(3 * 1024 * 1024)
    assert "3.00M/3.00M" in out.getvalue()


def test_tqdm_kwargs_override_defaults() -> None:
    out = io.StringIO()
    with track(TqdmProgressReporter(file=out, mininterval=0, desc="fixed"), total=1, desc="ignored") as bar:
        bar.advance()
    assert "fixed" in out.getvalue() and "ignored" not in out.getvalue()


def test_without_tqdm_everything_is_a_quiet_no_op(monkeypatch: pytest.MonkeyPatch, no_env: None) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # makes "import tqdm" raise ImportError
    reporter = TqdmProgressReporter()
    with track(reporter, total=2, desc="x"):
        reporter.advance(2)
        reporter.set_status("done")
        reporter.set_total(3)
    assert reporter.count == 0
    assert isinstance(default_progress(True), NullProgressReporter)
    assert isinstance(default_progress(None), NullProgressReporter)


@pytest.mark.parametrize("value", [None, True])
def test_default_progress_is_a_tqdm_bar(value: bool | None, no_env: None) -> None:
    assert isinstance(default_progress(value), TqdmProgressReporter)


def test_false_is_silent(no_env: None) -> None:
    assert isinstance(default_progress(False), NullProgressReporter)


@pytest.mark.parametrize("env", ["0", "false", "OFF", " no "])
@pytest.mark.parametrize("value", [None, True])
def test_environment_silences_default_bars_at_call_time(
    monkeypatch: pytest.MonkeyPatch, env: str, value: bool | None
) -> None:
    monkeypatch.delenv(PROGRESS_ENV_VAR, raising=False)
    assert isinstance(default_progress(value), TqdmProgressReporter)
    monkeypatch.setenv(PROGRESS_ENV_VAR, env)  # changed after import: still honoured
    assert isinstance(default_progress(value), NullProgressReporter)


@pytest.mark.parametrize("env", ["1", "yes", ""])
def test_other_environment_values_keep_bars(monkeypatch: pytest.MonkeyPatch, env: str) -> None:
    monkeypatch.setenv(PROGRESS_ENV_VAR, env)
    assert isinstance(default_progress(None), TqdmProgressReporter)


def test_a_reporter_instance_is_used_as_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PROGRESS_ENV_VAR, "0")
    mine = RecordingReporter()
    assert default_progress(mine) is mine


def test_anything_else_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="progress must be"):
        default_progress("yes")  # type: ignore[arg-type]
