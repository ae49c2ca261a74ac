"""What a scenario and its contenders are (shared by the orchestrator and the workers; stdlib only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: the families a contender belongs to; the headline table has one column per family
LSCLIENT = "lsclient"
LSCLIENT_ASYNC = "lsclient-async"
SDK = "sdk"
RAW = "raw"
BASELINE = "baseline"  # Python alone, no server: a floor, never the "raw best"
FAMILIES = (LSCLIENT, LSCLIENT_ASYNC, SDK, RAW, BASELINE)

#: which interpreter runs a contender
PROJECT_PYTHON = "project"  # lsclient's own environment (lsclient, httpx)
SDK_PYTHON = "sdk"  # the virtualenv holding only label-studio-sdk


@dataclass(frozen=True)
class Contender:
    """One way of doing a scenario's work, run in a fresh process per round.

    :ivar key: unique within the scenario (``"lsclient"``, ``"raw-close"``...); the worker calls the scenario
        module's function of that name with ``-`` read as ``_``.
    :ivar family: one of :data:`FAMILIES`.
    :ivar what: the code it runs, as the report shows it (Markdown).
    :ivar headline: the family's representative in the headline table (its default way); raw is represented by
        its best contender instead.
    :ivar needs_workers: concurrent writes the development server cannot take; not run there (the scenario's
        notes say why).
    """

    key: str
    family: str
    what: str
    headline: bool = False
    needs_workers: bool = False

    @property
    def python(self) -> str:
        return SDK_PYTHON if self.family == SDK else PROJECT_PYTHON

    @property
    def function(self) -> str:
        return self.key.replace("-", "_")


@dataclass(frozen=True)
class Metric:
    """A number every run reports (a key of the worker's result) and how to show it."""

    key: str
    label: str
    unit: str  # "s", "ms", "MiB" or "" (a count)


WALL = Metric("wall_s", "wall time", "s")
CPU = Metric("cpu_s", "client CPU", "s")
DELTA_PEAK = Metric("delta_peak_mib", "Δ peak RSS", "MiB")
PEAK = Metric("peak_mib", "peak RSS", "MiB")
REQUESTS = Metric("requests", "requests", "")


@dataclass
class Scenario:
    """A piece of work measured for several contenders.

    :ivar server: ``"main"`` (the server of ``--server``), ``"concurrency"`` (the one of ``--concurrency-server``) or
        None (no server while measuring).
    :ivar heavy: long runs: ``--heavy-rounds`` rounds instead of ``--rounds``.
    :ivar warm_up: run every contender once, unrecorded, before the rounds (bytecode and file caches).
    :ivar prepare: ``prepare(ctx) -> spec`` in the orchestrator: seeds what every run needs; the spec (JSON) goes to
        every worker of the scenario.
    :ivar before_run: ``before_run(ctx, spec, contender) -> spec`` for one run (e.g. a fresh project).
    :ivar check: ``check(ctx, spec, contender, result) -> None`` after one run: raises ``AssertionError`` when the
        work was not done (wrong count...), then cleans up what the run left.
    """

    name: str
    title: str
    metrics: tuple[Metric, ...]
    contenders: tuple[Contender, ...]
    server: str | None = "main"
    heavy: bool = False
    warm_up: bool = False
    notes: tuple[str, ...] = ()
    prepare: Callable[[Any], dict[str, Any]] | None = None
    before_run: Callable[[Any, dict[str, Any], Contender], dict[str, Any]] | None = None
    check: Callable[[Any, dict[str, Any], Contender, dict[str, Any]], None] | None = None
    info: dict[str, Any] = field(default_factory=dict)  # facts the orchestrator learnt while preparing (report)

    @property
    def metric(self) -> Metric:
        """The primary metric (the first)."""
        return self.metrics[0]

    def contender(self, key: str) -> Contender:
        for contender in self.contenders:
            if contender.key == key:
                return contender
        raise KeyError(f"scenario {self.name} has no contender {key!r}")
