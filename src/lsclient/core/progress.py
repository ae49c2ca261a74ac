"""Progress reporting: a tiny protocol, a null reporter and a tqdm adapter.

Long operations (waiting for a server-side job, streaming a download) take a ``progress`` argument and
talk to it only through :class:`ProgressReporter`, so the logic never depends on tqdm. ``tqdm`` is an
optional extra (``pip install lsclient[progress]``); without it every bar quietly becomes a no-op.

Example::

    from lsclient.core.progress import TqdmProgressReporter, track

    with track(TqdmProgressReporter(), total=3, desc="tasks") as bar:
        for _ in range(3):
            bar.advance()
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, runtime_checkable

from .errors import InvalidTypeError

__all__ = [
    "PROGRESS_ENV_VAR",
    "NullProgressReporter",
    "ProgressReporter",
    "TqdmProgressReporter",
    "default_progress",
    "progress_enabled",
    "track",
]

#: Set to ``0`` (or ``false``/``no``/``off``) to silence the SDK's default progress bars.
PROGRESS_ENV_VAR = "LSCLIENT_PROGRESS"

_OFF_VALUES = frozenset({"0", "false", "no", "off"})


@runtime_checkable
class ProgressReporter(Protocol):
    """Receives progress of one operation at a time: ``start``, any number of updates, ``finish``.

    Implementations must tolerate ``finish`` without ``start`` and updates after ``finish`` (both are no-ops).
    """

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        """Begin an operation of ``total`` units (``None`` when the size is not known yet)."""

    def advance(self, n: int = 1) -> None:
        """Record that ``n`` more units are done."""

    def set_total(self, total: int | None) -> None:
        """Change the expected number of units, e.g. once the server has reported it."""

    def set_status(self, text: str) -> None:
        """Show a short status text next to the counts, e.g. the server's job status."""

    def finish(self) -> None:
        """End the current operation; the reporter may be started again afterwards."""


@contextmanager
def track(reporter: ProgressReporter, total: int | None, desc: str, unit: str = "it") -> Iterator[ProgressReporter]:
    """Start ``reporter`` for the ``with`` block and always finish it, even when the block raises.

    >>> with track(NullProgressReporter(), total=2, desc="demo") as bar:
    ...     bar.advance(2)
    """
    reporter.start(total, desc, unit)
    try:
        yield reporter
    finally:
        reporter.finish()


class NullProgressReporter:
    """A reporter that ignores everything; the choice when the caller wants silence."""

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        """Do nothing."""

    def advance(self, n: int = 1) -> None:
        """Do nothing."""

    def set_total(self, total: int | None) -> None:
        """Do nothing."""

    def set_status(self, text: str) -> None:
        """Do nothing."""

    def finish(self) -> None:
        """Do nothing."""

    def __repr__(self) -> str:
        return "NullProgressReporter()"


class TqdmProgressReporter:
    """Draws a tqdm bar per operation (on stderr unless ``file=`` says otherwise).

    ``tqdm_kwargs`` are passed to every ``tqdm(...)`` call and override the defaults chosen from
    ``start`` (``total``, ``desc``, ``unit``; byte counts get ``unit_scale=True``). tqdm is imported
    when a bar is first started; when it is not installed the reporter behaves like
    :class:`NullProgressReporter`.
    """

    def __init__(self, **tqdm_kwargs: Any) -> None:
        self._tqdm_kwargs = tqdm_kwargs
        self._bar: Any = None

    def start(self, total: int | None, desc: str, unit: str = "it") -> None:
        """Open a new bar, closing a previous one that was left open."""
        self.finish()
        try:
            tqdm = importlib.import_module("tqdm").tqdm
        except ImportError:
            return
        kwargs: dict[str, Any] = {"total": total, "desc": desc, "unit": unit}
        if unit == "B":
            kwargs.update(unit_scale=True, unit_divisor=1024)
        kwargs.update(self._tqdm_kwargs)
        self._bar = tqdm(**kwargs)

    def advance(self, n: int = 1) -> None:
        """Move the bar forward by ``n`` units."""
        if self._bar is not None:
            self._bar.update(n)

    def set_total(self, total: int | None) -> None:
        """Change the bar's total and redraw it."""
        if self._bar is not None and self._bar.total != total:
            self._bar.total = total
            self._bar.refresh()

    def set_status(self, text: str) -> None:
        """Show ``text`` as the bar's postfix."""
        if self._bar is not None:
            self._bar.set_postfix_str(text)

    def finish(self) -> None:
        """Close the bar, if one is open."""
        bar, self._bar = self._bar, None
        if bar is not None:
            bar.close()

    @property
    def count(self) -> int:
        """Units counted by the open bar so far (0 when no bar is open)."""
        return int(self._bar.n) if self._bar is not None else 0

    def __repr__(self) -> str:
        return f"TqdmProgressReporter(open={self._bar is not None})"


def _tqdm_available() -> bool:
    try:
        importlib.import_module("tqdm")
    except ImportError:
        return False
    return True


def progress_enabled() -> bool:
    """Whether default bars are wanted: false when ``LSCLIENT_PROGRESS`` is ``0``/``false``/``no``/``off``.

    The variable is read on every call, so it can be changed at run time.
    """
    return os.environ.get(PROGRESS_ENV_VAR, "").strip().lower() not in _OFF_VALUES


def default_progress(progress: bool | ProgressReporter | None) -> ProgressReporter:
    """Turn a ``progress=`` argument into a reporter.

    - a :class:`ProgressReporter` is returned unchanged (the caller's choice always wins);
    - ``False`` gives a :class:`NullProgressReporter`;
    - ``True`` or ``None`` give a :class:`TqdmProgressReporter` on stderr, unless tqdm is not installed
      or ``LSCLIENT_PROGRESS=0`` is set in the environment, in which case they give a null reporter.

    >>> default_progress(False)
    NullProgressReporter()
    """
    if progress is None or isinstance(progress, bool):
        if progress is not False and progress_enabled() and _tqdm_available():
            return TqdmProgressReporter()
        return NullProgressReporter()
    if isinstance(progress, ProgressReporter):
        return progress
    raise InvalidTypeError(f"progress must be a bool, None or a ProgressReporter, not {type(progress).__name__}")
